"""How findings are written, kept apart from the checking: one module per output format.

``text`` (located lines with hints and a summary, coloured on a terminal), ``json`` (one
document) and ``github`` (workflow commands that annotate a pull request), as yamllint
keeps ``standard``, ``parsable`` and ``github`` apart from its linter.
"""
