"""Positions: where each key and value of a workshop file stands (1-based line and column).

The loader records a position for every key and every value it reads, by its path
in the data; findings made later from a path are located here.
"""

from __future__ import annotations

from planverksted.lint.finding import Path

Position = tuple[int, int]


class Positions:
    """Line and column of every value (and of every mapping key) by data path."""

    def __init__(self) -> None:
        self.values: dict[Path, Position] = {}
        self.keys: dict[Path, Position] = {}

    def locate(self, path: Path, *, key: bool = False) -> Position:
        """The position of ``path`` (of its key, if asked), else of its nearest recorded parent."""
        table = self.keys if key else self.values
        probe = path
        while True:
            if probe in table:
                return table[probe]
            if key and probe in self.values:
                return self.values[probe]
            if not probe:
                return (1, 1)
            probe = probe[:-1]
