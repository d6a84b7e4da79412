"""Findings and the rules that make them, and the formatters that print them.

``finding`` is the one problem type (code, severity, message, hint, position);
``rules/`` holds one module per rule family (its codes, docs, wording and check), which
``registry`` gathers; ``wording`` words findings in each language; ``formatters/``
writes them as text, json or github annotations; ``checks_doc`` generates docs/checks.md.
"""
