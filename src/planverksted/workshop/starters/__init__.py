"""Starter workshop files for ``planverksted new``, installed as package data."""
