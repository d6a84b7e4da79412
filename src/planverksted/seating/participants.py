"""Reading the participants: the file's own list, or a CSV or XLSX file beside it.

One function, :func:`read_participants`, turns ``participants:`` into a list of
:class:`Participant`, each with the row it came from, and findings for what cannot be
read. Files are read within caps (size, rows, and for a workbook the unpacked size), never
run, and never fetched from anywhere but the folder of the workshop file.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from planverksted.archive import MIB, ArchiveCaps, ArchiveRefused, open_archive
from planverksted.i18n import Key, Title
from planverksted.lint.finding import Finding
from planverksted.lint.wording import finding
from planverksted.suggest import fold
from planverksted.workshop.model import Participant, Workshop, participant_column

MAX_BYTES = 5 * 1024 * 1024
"""The largest participant file read, in bytes."""
MAX_ROWS = 10_000
"""The most rows read from a participant file (a council has 50, a conference a few thousand)."""
MAX_UNPACKED = 50 * MIB
"""The most an XLSX workbook (a zip archive) may unpack to: no zip bombs."""
MAX_RATIO = 100
"""How many times its packed size one part of a workbook may unpack to (XML: 5 to 30)."""

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
_SEPARATORS = (";", "\t", ",")
_PATH = ("participants",)


@dataclasses.dataclass(frozen=True)
class Roster:
    """The participants, in the order given, each with the row (file) or number (list)."""

    participants: tuple[Participant, ...] = ()
    rows: tuple[int, ...] = ()
    file: str | None = None
    """The participant file as the workshop names it; None for a list in the file."""

    def by_name(self) -> dict[str, Participant]:
        """Each participant by folded name (the first of a repeated name)."""
        table: dict[str, Participant] = {}
        for participant in self.participants:
            table.setdefault(fold(participant.name), participant)
        return table


def read_participants(workshop: Workshop, folder: Path | None) -> tuple[Roster, list[Finding]]:
    """The workshop's participants, and findings for a file that cannot be read or for a
    name given twice. ``folder`` is the workshop file's folder (None: the working folder)."""
    given = workshop.participants
    language = workshop.language
    if given is None:
        return Roster(), []
    if not isinstance(given, str):
        roster = Roster(tuple(given), tuple(range(1, len(given) + 1)))
        return roster, _duplicates(roster, language)
    rows, problems = _read_file(given, (folder or Path()) / given, language)
    if rows is None:
        return Roster(file=given), problems
    roster, more = _roster(given, rows, language)
    return roster, problems + more + _duplicates(roster, language)


def _problem(
    reason: str, file: str, language: str, hint: str | None = None, **args: Any
) -> Finding:
    text = "participants-file" if reason == "missing" else f"participants-file.{reason}"
    return finding(
        "participants-file",
        _PATH,
        times=language,
        text=text,
        hint=hint or "participants-file.hint",
        file=Key(file),
        **args,
    )


def _read_file(
    given: str, path: Path, language: str
) -> tuple[list[list[str]] | None, list[Finding]]:
    """The file's rows as text cells, or None and a finding saying why not."""
    suffix = path.suffix.lower()
    if suffix not in CSV_SUFFIXES + XLSX_SUFFIXES:
        return None, [_problem("type", given, language, "participants-file.type.hint")]
    try:
        if path.is_dir():
            return None, [_problem("folder", given, language)]
        if not path.exists():
            return None, [_problem("missing", given, language)]
        if not path.is_file():  # a named pipe, a device: there, but no file to read
            return None, [_problem("special", given, language)]
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, [
                _problem(
                    "too-large",
                    given,
                    language,
                    "participants-file.cap.hint",
                    size=f"{-(-size // 1024):,}",
                    cap=f"{MAX_BYTES // 1024:,}",
                )
            ]
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError:
        return None, [_problem("unreadable", given, language)]
    if suffix in XLSX_SUFFIXES:
        return _xlsx_rows(given, data, language)
    return _csv_rows(given, data, language)


def _decode(data: bytes) -> str | None:
    """UTF-8 (with or without a byte-order mark), else Windows-1252 (Excel's "CSV")."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


def _csv_rows(
    given: str, data: bytes, language: str
) -> tuple[list[list[str]] | None, list[Finding]]:
    text = _decode(data)
    if text is None or "\x00" in text:
        return None, [_problem("encoding", given, language, "participants-file.encoding.hint")]
    first = next((line for line in text.splitlines() if line.strip()), "")
    # The separator the first row uses most: Norwegian Excel writes ';', others ',' or tab.
    separator = max(_SEPARATORS, key=lambda mark: (first.count(mark), mark == ","))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    rows: list[list[str]] = []
    try:
        for row in reader:
            if len(rows) > MAX_ROWS:
                return None, [_too_many(given, language)]
            rows.append([cell.strip() for cell in row])
    except csv.Error:
        return None, [_problem("unreadable", given, language)]
    return rows, []


def _too_many(given: str, language: str) -> Finding:
    return _problem(
        "too-many-rows", given, language, "participants-file.cap.hint", cap=f"{MAX_ROWS:,}"
    )


def _xlsx_rows(
    given: str, data: bytes, language: str
) -> tuple[list[list[str]] | None, list[Finding]]:
    try:
        import openpyxl  # type: ignore[import-untyped]
    except ImportError:
        return None, [_problem("xlsx", given, language, "participants-file.xlsx.hint")]
    broken = _problem("broken", given, language, "participants-file.broken.hint")
    try:
        # Judged by its directory before openpyxl unpacks anything (a zip bomb is refused).
        with open_archive(data, _caps()):
            pass
    except ArchiveRefused as refused:
        return None, [_refused(refused, given, language) or broken]
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:
        return None, [broken]
    rows: list[list[str]] = []
    try:
        sheet = workbook.worksheets[0]
        for row in sheet.iter_rows(values_only=True):
            if len(rows) > MAX_ROWS:
                return None, [_too_many(given, language)]
            rows.append([_cell(value) for value in row[:200]])
    except Exception:
        return None, [broken]
    finally:
        workbook.close()
    return rows, []


def _caps() -> ArchiveCaps:
    """What a workbook's archive is held to (:mod:`planverksted.archive`)."""
    return ArchiveCaps(members=10_000, unpacked=MAX_UNPACKED, ratio=MAX_RATIO, ratio_from=MIB)


def _refused(refused: ArchiveRefused, given: str, language: str) -> Finding | None:
    """The finding for a workbook past a cap of its archive; None for one that is no zip."""
    hint = "participants-file.bomb.hint"
    if refused.cap == "members":
        return _problem("members", given, language, hint, count=refused.count)
    if refused.cap == "ratio":
        return _problem(
            "ratio",
            given,
            language,
            hint,
            member=Key(refused.member),
            ratio=refused.times,
            cap=MAX_RATIO,
        )
    if refused.cap == "unpacked":
        return _problem(
            "unpacked", given, language, hint, mib=-(-refused.size // MIB), cap=MAX_UNPACKED // MIB
        )
    return None


def _cell(value: object) -> str:
    """A cell as text: 3.0 as 3, nothing as empty."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _roster(given: str, rows: list[list[str]], language: str) -> tuple[Roster, list[Finding]]:
    while rows and not any(rows[0]):
        rows = rows[1:]
    header = [participant_column(cell) if cell else "" for cell in rows[0]] if rows else []
    if "name" not in header:
        shown = ", ".join(cell for cell in (rows[0] if rows else []) if cell)[:120]
        return Roster(file=given), [
            _problem(
                "no-name",
                given,
                language,
                "participants-file.no-name.hint",
                header=shown or "–",
            )
        ]
    name_at = header.index("name")
    participants: list[Participant] = []
    numbers: list[int] = []
    findings: list[Finding] = []
    for number, row in enumerate(rows[1:], 2):
        if not any(row):
            continue
        name = row[name_at] if name_at < len(row) else ""
        if not name:
            findings.append(
                _problem("row-name", given, language, "participants-file.row-name.hint", row=number)
            )
            continue
        columns = {
            column: cell
            for column, cell in zip(header, row, strict=False)
            if column and column != "name" and cell
        }
        try:
            participants.append(Participant.model_validate({**columns, "name": name}))
        except ValidationError:  # pragma: no cover - every cell is non-empty text
            continue
        numbers.append(number)
    if not participants and not findings:
        findings.append(_problem("empty", given, language, "participants-file.empty.hint"))
    return Roster(tuple(participants), tuple(numbers), given), findings


def _duplicates(roster: Roster, language: str) -> list[Finding]:
    """A name given twice (case and accents aside), with both rows."""
    first: dict[str, int] = {}
    findings = []
    for index, (participant, row) in enumerate(zip(roster.participants, roster.rows, strict=True)):
        key = fold(participant.name)
        if key not in first:
            first[key] = row
            continue
        findings.append(
            finding(
                "participant-duplicate",
                _PATH if roster.file else (*_PATH, index),
                times=language,
                text="participant-duplicate" if roster.file else "participant-duplicate.list",
                hint="participant-duplicate.hint",
                name=Title(participant.name),
                row=row,
                first=first[key],
                file=Key(roster.file or ""),
            )
        )
    return findings
