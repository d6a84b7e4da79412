"""The caps on what an import reads: a source is bounded like a workshop file is.

A run-sheet is a page or two; the caps are generous for a year of workshops and still
keep every import small in time and memory. Word and Excel files are zip packages: their
members are measured before any library unpacks them, so a zip bomb is refused unread.
"""

from __future__ import annotations

from planverksted.lint.rules.caps import MAX_ROWS as WORKSHOP_ROWS
from planverksted.source.load import MAX_BYTES, MAX_VALUES

MAX_TEXT_BYTES = MAX_BYTES
"""A CSV or Markdown file: the size cap of a workshop file (4 MiB)."""
MAX_PACKAGE_BYTES = 32 * 1024 * 1024
"""A Word or Excel file on disk: room for pictures and logos beside the table."""
MAX_UNPACKED_BYTES = 64 * 1024 * 1024
"""All members of a package together, unpacked."""
MAX_RATIO = 100
"""How much one member may grow when unpacked; XML grows 5 to 20 times, a zip bomb thousands."""
RATIO_FROM = 1024 * 1024
"""Members smaller than this unpacked are not judged by their ratio (a tiny file packs well)."""
MAX_MEMBERS = 10_000
"""Members in a package: a Word document has about twenty."""
MAX_ROWS = WORKSHOP_ROWS
"""Rows read from one table: the run-sheet cap of a workshop file."""
MAX_CELLS = MAX_VALUES
"""Cells read from one source: the value cap of a workshop file."""
MAX_COLUMNS = 64
"""Columns of a table: a run-sheet has three to eight."""
MAX_CELL_TEXT = MAX_BYTES
"""All the text of a source's tables: what does not fit in a workshop file cannot be imported."""
