"""Reading a workshop file: bytes to text, YAML events to plain data with positions.

``load`` decodes, refuses tags and aliases, and keeps every scalar as the text the user
wrote; ``positions`` maps a path in the data (``agenda[3].time``) to its line and column.
"""
