"""Importing a run-sheet someone already has: Word, Excel, CSV or Markdown to a workshop file.

``source`` opens the file safely and hands it to one reader per format (``docx``, ``xlsx``,
``csv``, ``markdown``); each gives a :class:`~planverksted.importing.sheet.Document` of
tables of cells. ``interpret`` finds the run-sheet table and turns its rows into blocks,
``emit`` writes them as YAML text a planner can keep. Nothing here prints or exits.
"""
