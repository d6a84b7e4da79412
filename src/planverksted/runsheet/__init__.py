"""From an analysed workshop to documents: the typed view, and one module per output format.

``view`` builds what each audience sees (facilitator or participants) from the schedule;
``templating`` is the one place that knows Jinja (built-in and sandboxed user templates);
``formats/`` holds one module per output format behind a registry.
"""
