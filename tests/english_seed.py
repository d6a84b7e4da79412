"""The seed marked as English, for tests that read the program's lines in English.

The program speaks a workshop file's language (issue #20: the file's, else --lang, else
the locale's), so a test that reads English messages renders or checks an English file:
the seed with ``language: en`` (its titles stay as written, its warnings the same).
"""

from __future__ import annotations

from pathlib import Path

from conftest import EXAMPLES

SEED = EXAMPLES / "kommunestyre-tett-pa.yaml"


def english_copy(folder: Path, source: Path = SEED) -> Path:
    """``source`` written into ``folder`` under its own name, its ``language:`` made ``en``."""
    text = source.read_text(encoding="utf-8")
    marked = text.replace("\nlanguage: nb\n", "\nlanguage: en\n", 1)
    assert marked != text, "the seed names its language"
    path = folder / source.name
    path.write_text(marked, encoding="utf-8")
    return path
