"""Findings and the rules that make them, and the formatters that print them."""
