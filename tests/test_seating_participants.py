"""Participant files beside the workshop file: CSV in its separators and encodings, XLSX
through openpyxl, and every way such a file can fail (participants-file), located."""

from __future__ import annotations

import builtins
from pathlib import Path
from typing import Any

import pytest

from planverksted.analysis import Analysis, analyse_file
from planverksted.seating import participants as reader

WORKSHOP = """planverksted: 1
title: Kommunestyret
participants: {file}
tables: {{count: 2, mix: [party]}}
agenda:
  - {{title: Gruppearbeid, start: "13.00", kind: group, duration: 30}}
"""

COUNCIL_ROWS = [
    ("navn", "parti", "rolle"),
    ("Kari Nordmann", "Ap", "politikar"),
    ("Ola Hansen", "H", "politikar"),
    ("Åse Ødegård", "Sp", "politikar"),
    ("Siri Dahl", "", "administrasjon"),
]


def _analyse(tmp_path: Path, name: str, data: bytes | None) -> Analysis:
    if data is not None:
        (tmp_path / name).write_bytes(data)
    workshop = tmp_path / "verksted.yaml"
    workshop.write_text(WORKSHOP.format(file=name), encoding="utf-8")
    return analyse_file(str(workshop))


def _people(analysis: Analysis) -> list[tuple[str, dict[str, str]]]:
    assert analysis.seating is not None
    return [(p.name, p.columns) for p in analysis.seating.roster.participants]


EXPECTED = [
    ("Kari Nordmann", {"party": "Ap", "role": "politikar"}),
    ("Ola Hansen", {"party": "H", "role": "politikar"}),
    ("Åse Ødegård", {"party": "Sp", "role": "politikar"}),
    ("Siri Dahl", {"role": "administrasjon"}),
]


def _csv(separator: str, rows: list[tuple[str, ...]] = COUNCIL_ROWS) -> str:
    return "".join(separator.join(row) + "\r\n" for row in rows)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(_csv(",").encode("utf-8"), id="comma-utf8"),
        pytest.param(_csv(";").encode("utf-8-sig"), id="semicolon-utf8-bom"),
        pytest.param(_csv("\t").encode("utf-8"), id="tab"),
        pytest.param(_csv(";").encode("cp1252"), id="semicolon-windows-1252"),
        pytest.param(
            ("\n" + _csv(";").replace("Ola Hansen", '"Hansen; Ola"') + ";;\n").encode("utf-8"),
            id="blank-rows-and-quoted-separator",
        ),
    ],
)
def test_a_csv_file_is_read_in_its_separator_and_encoding(tmp_path: Path, data: bytes) -> None:
    analysis = _analyse(tmp_path, "kommunestyret.csv", data)
    assert analysis.errors == ()
    expected = EXPECTED
    if b"Hansen; Ola" in data:
        expected = [(("Hansen; Ola", c) if n == "Ola Hansen" else (n, c)) for n, c in EXPECTED]
    assert _people(analysis) == expected
    assert analysis.seating is not None
    assert [len(t.members) for t in analysis.seating.groups[0].rounds[0]] == [2, 2]


def test_an_xlsx_file_is_read_from_its_first_sheet(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Navn", "Parti", "Rolle", "Nummer"])
    for row in COUNCIL_ROWS[1:]:
        sheet.append([*[cell or None for cell in row], 3.0])
    workbook.save(tmp_path / "kommunestyret.xlsx")
    analysis = _analyse(tmp_path, "kommunestyret.xlsx", None)
    assert analysis.errors == ()
    assert _people(analysis) == [(n, {**c, "nummer": "3"}) for n, c in EXPECTED]


def _finding(analysis: Analysis) -> tuple[str, int, int, str, str | None]:
    (found,) = [f for f in analysis.findings if f.code.startswith("particip")]
    return (found.code, found.line, found.column, found.message, found.hint)


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        pytest.param(
            "borte.csv",
            None,
            (
                "participants-file",
                3,
                15,
                "the participant file 'borte.csv' is not there",
                "give the path of a CSV or XLSX file, relative to the workshop file",
            ),
            id="missing",
        ),
        pytest.param(
            "deltakere.pdf",
            b"%PDF-1.7",
            (
                "participants-file",
                3,
                15,
                "the participant file 'deltakere.pdf' is not a CSV or XLSX file",
                "save the list as CSV (.csv) or as an Excel workbook (.xlsx)",
            ),
            id="not-csv-or-xlsx",
        ),
        pytest.param(
            "liste.csv",
            b"fornavn;parti\nKari;Ap\n",
            (
                "participants-file",
                3,
                15,
                "the participant file 'liste.csv' has no name column (its first row is: "
                "fornavn, parti)",
                "the first row names the columns: name (or navn), then any others, like party",
            ),
            id="no-name-column",
        ),
        pytest.param(
            "liste.csv",
            b"navn;parti\nKari Nordmann;Ap\n;H\n",
            (
                "participants-file",
                3,
                15,
                "row 3 of 'liste.csv' has no name",
                "fill in the name, or delete the row",
            ),
            id="row-without-name",
        ),
        pytest.param(
            "liste.csv",
            b"navn;parti\n",
            (
                "participants-file",
                3,
                15,
                "the participant file 'liste.csv' has no participants",
                "write one participant a row under the first row",
            ),
            id="no-rows",
        ),
        pytest.param(
            "liste.csv",
            b"navn\x00;parti\n\x81\x8d\n",
            (
                "participants-file",
                3,
                15,
                "the participant file 'liste.csv' is neither UTF-8 nor Windows-1252 text",
                "save it again as CSV UTF-8",
            ),
            id="binary",
        ),
        pytest.param(
            "liste.xlsx",
            b"PK\x03\x04 not really a workbook",
            (
                "participants-file",
                3,
                15,
                "the participant file 'liste.xlsx' is not a workbook that can be read",
                "open it in Excel and save it again as .xlsx, or save it as CSV",
            ),
            id="broken-xlsx",
        ),
        pytest.param(
            "liste.csv",
            b"navn;parti\nKari Nordmann;Ap\nOla Hansen;H\nkari nordmann;Sp\n",
            (
                "participant-duplicate",
                3,
                15,
                "\"kari nordmann\" is a participant twice (rows 2 and 4 of 'liste.csv')",
                "names are compared with case and accents aside; tell the two apart, like "
                "'Kari Nordmann (Ap)'",
            ),
            id="duplicate-with-rows",
        ),
    ],
)
def test_a_participant_file_that_cannot_be_used_is_named_with_why(
    tmp_path: Path, name: str, data: bytes | None, expected: tuple[Any, ...]
) -> None:
    assert _finding(_analyse(tmp_path, name, data)) == expected


def test_a_folder_is_not_a_participant_file(tmp_path: Path) -> None:
    (tmp_path / "liste.csv").mkdir()
    analysis = _analyse(tmp_path, "liste.csv", None)
    assert _finding(analysis)[3] == "the participant file 'liste.csv' is a folder"


def test_the_caps_on_size_and_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_BYTES", 100)
    monkeypatch.setattr(reader, "MAX_ROWS", 3)
    big = _analyse(tmp_path, "stor.csv", b"navn\n" + b"Kari Nordmann\n" * 10)
    assert _finding(big)[3:] == (
        "the participant file 'stor.csv' is 1 KiB; the cap is 0 KiB",
        "keep the participants of this workshop only",
    )
    many = _analyse(tmp_path, "mange.csv", b"navn\na\nb\nc\nd\ne\n")
    assert _finding(many)[3] == "the participant file 'mange.csv' has more than 3 rows"


def test_without_openpyxl_the_message_gives_the_install_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = builtins.__import__

    def no_openpyxl(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "openpyxl" or name.startswith("openpyxl."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_openpyxl)
    analysis = _analyse(tmp_path, "liste.xlsx", b"PK\x03\x04")
    assert _finding(analysis)[3:] == (
        "reading 'liste.xlsx' needs openpyxl, which is not installed",
        "install it: pip install 'planverksted[xlsx]'",
    )


def test_the_findings_are_worded_in_the_files_language(tmp_path: Path) -> None:
    from planverksted.lint.wording import in_language

    analysis = _analyse(tmp_path, "borte.csv", None)
    (found,) = analysis.findings
    assert in_language(found, "nb") == (
        "deltakerfilen «borte.csv» finnes ikke",
        "skriv stien til en CSV- eller XLSX-fil, regnet fra verkstedfilen",
    )
    assert in_language(found, "nn")[0] == "deltakarfila «borte.csv» finst ikkje"


def test_the_participant_file_is_followed_as_an_input_of_the_workshop(tmp_path: Path) -> None:
    analysis = _analyse(tmp_path, "kommunestyret.csv", _csv(";").encode("utf-8"))
    assert analysis.sources == (tmp_path / "kommunestyret.csv",)
