"""A source file to workshop text: open it safely, read it by its kind, interpret, write."""

from __future__ import annotations

import dataclasses
import os
import stat
from collections.abc import Callable
from pathlib import Path

from planverksted import i18n
from planverksted.errors import PlanverkstedError, UsageError, reason
from planverksted.importing import caps, limits
from planverksted.importing.emit import block_bytes, emit, verify
from planverksted.importing.interpret import Imported, interpret
from planverksted.importing.language import detect
from planverksted.importing.sheet import Document

READERS: dict[str, str] = {
    ".docx": "docx",
    ".docm": "docx",
    ".dotx": "docx",
    ".dotm": "docx",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xltx": "xlsx",
    ".xltm": "xlsx",
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".md": "markdown",
    ".markdown": "markdown",
}
"""The suffixes read, and the reader of each."""
SAVE_AS = {
    ".doc": ".docx",
    ".rtf": ".docx",
    ".odt": ".docx",
    ".pages": ".docx",
    ".xls": ".xlsx",
    ".ods": ".xlsx",
    ".numbers": ".xlsx",
    ".pdf": ".docx",
}
"""Formats not read, and what to save them as instead."""


@dataclasses.dataclass(frozen=True)
class Converted:
    text: str
    imported: Imported
    document: Document


def read_document(path: str) -> Document:
    """The document at ``path``, read by the reader of its suffix, within the caps."""
    suffix = Path(path).suffix.lower()
    if path == "-":
        raise UsageError.of("import.stdin", "import.stdin.hint")
    try:
        status = Path(path).stat()
    except FileNotFoundError:
        raise UsageError.of("no-such-file", file=path) from None
    except OSError as error:
        raise PlanverkstedError.of("import.unreadable", file=path, reason=reason(error)) from None
    if stat.S_ISDIR(status.st_mode):
        raise PlanverkstedError.of("import.folder", "import.folder.hint", file=path)
    if not stat.S_ISREG(status.st_mode):
        raise PlanverkstedError.of("import.not-regular", "import.folder.hint", file=path)
    if suffix in SAVE_AS:
        raise PlanverkstedError.of(
            "import.save-as",
            "import.save-as.hint",
            file=path,
            suffix=suffix,
            wanted=SAVE_AS[suffix],
        )
    kind = READERS.get(suffix)
    if kind is None:
        raise PlanverkstedError.of(
            "import.unknown-suffix",
            "import.unknown-suffix.hint",
            file=path,
            suffixes=", ".join(sorted(READERS)),
        )
    cap = limits.MAX_TEXT_BYTES if kind in ("csv", "markdown") else limits.MAX_PACKAGE_BYTES
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(cap + 1)
    except OSError as error:
        raise PlanverkstedError.of("import.unreadable", file=path, reason=reason(error)) from None
    if len(data) > cap:
        raise PlanverkstedError.of(
            "import.too-large", "import.too-big.hint", file=path, mib=cap // (1024 * 1024)
        )
    name = os.fsdecode(path)
    if kind == "csv" and suffix == ".txt" and _looks_like_markdown(data):
        kind = "markdown"
    return _reader(kind)(data, name)


_SNIFF_BYTES = 64 * 1024
"""How much of a text source is read for its language before it is imported."""


def sniff_language(path: str) -> str | None:
    """The language of a text source (CSV, Markdown) from its first words, or None: for a
    Word or Excel file, one that cannot be read, or words that do not tell."""
    if READERS.get(Path(path).suffix.lower()) not in ("csv", "markdown"):
        return None
    try:
        if not stat.S_ISREG(Path(path).stat().st_mode):
            return None
        with Path(path).open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except (OSError, ValueError):
        return None
    from planverksted.importing import text_readers

    return detect([text_readers.decode(head)])


def _looks_like_markdown(data: bytes) -> bool:
    return b"|---" in data or b"| ---" in data or b"|:--" in data


def _reader(kind: str) -> Callable[[bytes, str], Document]:
    if kind == "docx":
        from planverksted.importing import docx_reader

        return docx_reader.read
    if kind == "xlsx":
        from planverksted.importing import xlsx_reader

        return xlsx_reader.read
    from planverksted.importing import text_readers

    return text_readers.read_markdown if kind == "markdown" else text_readers.read_csv


def convert(path: str, table: int | None = None) -> Converted:
    """The workshop text for the run-sheet in ``path`` (its table ``table``, from 1)."""
    document = read_document(path)
    imported = interpret(document, table)
    language = imported.language or i18n.DEFAULT
    source = Path(document.name).name
    header = [
        i18n.fill(
            i18n.message("import.comment.source", language),
            language,
            {"file": source, "table": imported.table},
        ),
        i18n.fill(i18n.message("import.comment.check", language), language, {}),
    ]
    # A workshop file's caps, before a line is written: refused with the row that passes one.
    caps.check_before_emit(imported, path)
    text = emit(imported.data, header, imported.headings, check=False)
    caps.check_size(
        imported,
        path,
        len(text.encode("utf-8")),
        lambda: [
            block_bytes(block, in_day, imported.headings)
            for block, in_day in caps.blocks_of(imported.data)
        ],
    )
    verify(text, imported.data, path)
    return Converted(text, imported, document)


__all__ = ["READERS", "Converted", "convert", "read_document", "sniff_language"]
