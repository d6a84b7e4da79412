"""Loading: every bad input the issue names gets its exact code and position; good input keeps
its full meaning (times quoted or not, every date and duration form, BOM and CRLF)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import HEADER, analyse, found
from planverksted.analysis import analyse_file, analyse_text
from planverksted.source import load

AGENDA = "agenda:\n  - {title: A, time: 13.00 – 13.10}\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "title: Drøfting: er det fellesnevnere?\n",
            (
                "colon-in-text",
                1,
                16,
                "': ' inside the text of 'title' makes YAML read what follows as a new key",
            ),
            id="colon-in-text",
        ),
        pytest.param(
            "planverksted: 1\ntitle: [A, B\n",
            ("unclosed-bracket", 2, 8, "the '[' that opens here is never closed with ']'"),
            id="unclosed-bracket",
        ),
        pytest.param(
            "planverksted: 1\n\ttitle: A\n",
            ("yaml-tab", 2, 1, "this line is indented with a tab; tabs can't indent in YAML"),
            id="tab",
        ),
        pytest.param(
            "", ("empty-file", 1, 1, "the file is empty: there is no workshop in it"), id="empty"
        ),
        pytest.param(
            "# only a comment\n\n",
            ("empty-file", 1, 1, "the file is empty: there is no workshop in it"),
            id="only-comments",
        ),
        pytest.param(
            "- a\n- b\n",
            (
                "not-mapping",
                1,
                1,
                "the file should start with keys such as 'title:', but it holds a list",
            ),
            id="top-level-list",
        ),
        pytest.param(
            "just words\n",
            (
                "not-mapping",
                1,
                1,
                "the file should start with keys such as 'title:', but it "
                "holds the text 'just words'",
            ),
            id="top-level-text",
        ),
        pytest.param(
            "planverksted: 1\ntitle: A\ntitle: B\n" + AGENDA,
            (
                "duplicate-key",
                3,
                1,
                "the key 'title' appears twice in the same place (first on line 2)",
            ),
            id="duplicate-key",
        ),
        pytest.param(
            HEADER + "venue: !!python/object/apply:os.system [echo hi]\n" + AGENDA,
            (
                "yaml-tag",
                3,
                8,
                "YAML tags (!!python/object/apply:os.system) are not allowed in a workshop file",
            ),
            id="python-tag",
        ),
        pytest.param(
            HEADER + "venue: &sal Salen\naudience: *sal\n" + AGENDA,
            ("yaml-alias", 3, 8, "YAML anchors (&sal) are not allowed in a workshop file"),
            id="anchor",
        ),
        pytest.param(
            "planverksted: 1\ntitle: A\n---\nplanverksted: 1\n",
            (
                "multiple-documents",
                3,
                1,
                "the file holds more than one YAML document (a second '---')",
            ),
            id="two-documents",
        ),
        pytest.param(
            "planverksted: 1\n? [a, b]\n: x\ntitle: A\n" + AGENDA,
            ("wrong-type", 2, 3, "a key must be plain text, not a list or mapping"),
            id="complex-key",
        ),
    ],
)
def test_bad_yaml_is_one_located_finding(text: str, expected: tuple[str, int, int, str]) -> None:
    assert found(text)[0] == expected


def test_tags_are_refused_never_executed(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    text = HEADER + f"venue: !!python/object/apply:os.system ['touch {marker}']\n" + AGENDA
    assert "yaml-tag" in [f.code for f in analyse(text).findings]
    assert not marker.exists()


def test_billion_laughs_is_refused_at_once() -> None:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)]
    analysis = analyse("\n".join(lines) + "\n")
    assert {f.code for f in analysis.findings} == {"yaml-alias", "unknown-key", "missing-key"}
    assert analysis.workshop is None


def test_nesting_past_the_depth_cap() -> None:
    depth = load.MAX_DEPTH + 5
    text = "title: " + "[" * depth + "]" * depth + "\n"
    assert found(text) == [
        ("too-deep", 1, load.MAX_DEPTH + 7, "the file nests deeper than the depth cap of 32 levels")
    ]


def test_file_over_the_size_cap(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"# " + b"x" * load.MAX_BYTES + b"\n")
    analysis = analyse_file(str(path))
    assert [(f.code, f.line, f.message) for f in analysis.findings] == [
        ("file-too-large", 1, "the file is larger than the size cap of 4 MiB")
    ]


def test_too_many_values(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load, "MAX_VALUES", 50)
    text = HEADER + "goals: [" + ", ".join(["mål"] * 60) + "]\n"
    assert found(text)[0][0::3] == ("file-too-large", "the file holds more than 50 values, the cap")


def test_not_utf8_names_the_byte_and_place(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("planverksted: 1\ntitle: Møte\n".encode("latin-1"))
    finding = analyse_file(str(path)).findings[0]
    assert (finding.code, finding.line, finding.column) == ("not-utf8", 2, 9)
    assert finding.message == "the file is not UTF-8 text (byte 0xf8 cannot be read)"
    assert finding.hint is not None and "UTF-8" in finding.hint


def test_unreadable_path_is_a_finding(tmp_path: Path) -> None:
    finding = analyse_file(str(tmp_path)).findings[0]
    assert (finding.code, finding.line, finding.column) == ("file-unreadable", 1, 1)


def test_bom_and_crlf_are_fine() -> None:
    text = "\ufeffplanverksted: 1\r\ntitle: A\r\nagenda:\r\n  - {title: B, time: 13.00-13.10}\r\n"
    analysis = analyse_text(text, "w.yaml")
    assert analysis.findings == ()
    assert analysis.workshop is not None and analysis.workshop.title == "A"


@pytest.mark.parametrize(
    ("written", "minutes"),
    [("13:10", 790), ('"13:10"', 790), ("13.10", 790), ("'13.10'", 790), ("9:05", 545)],
)
def test_times_mean_what_they_say_quoted_or_not(written: str, minutes: int) -> None:
    analysis = analyse(HEADER + f"start: {written}\nagenda:\n  - {{title: A, duration: 5}}\n")
    assert analysis.findings == ()
    assert analysis.workshop is not None and analysis.workshop.start == minutes


@pytest.mark.parametrize(
    ("written", "language"),
    [("no", "nb"), ("nb", "nb"), ("nn", "nn"), ("en", "en"), ("NO", "nb"), ('"no"', "nb")],
)
def test_language_no_means_norwegian(written: str, language: str) -> None:
    analysis = analyse(HEADER + f"language: {written}\nagenda:\n  - {{title: A, time: 9-10}}\n")
    # "9-10" is a range of whole hours, as Norwegians write it: the file is valid.
    assert analysis.workshop is not None
    assert analysis.workshop.language == language


@pytest.mark.parametrize("written", ["yes", "no", "on", "off", "true", "null2", "1.5", "790"])
def test_yes_no_on_off_are_text_where_text_is_expected(written: str) -> None:
    analysis = analyse(HEADER + f"venue: {written}\nagenda:\n  - {{title: A, time: 13-14.5}}\n")
    assert [f.code for f in analysis.findings] == ["bad-time"]
    analysis = analyse(HEADER + f"venue: {written}\nagenda:\n  - {{title: A, time: 13.00-14.00}}\n")
    assert analysis.workshop is not None and analysis.workshop.venue == written


@pytest.mark.parametrize(
    ("written", "iso"), [("2024-04-18", "2024-04-18"), ("18.04.2024", "2024-04-18")]
)
def test_dates_in_both_forms(written: str, iso: str) -> None:
    analysis = analyse(HEADER + f"date: {written}\nagenda:\n  - {{title: A, time: 9.00-10.00}}\n")
    assert analysis.workshop is not None and analysis.workshop.date is not None
    assert analysis.workshop.date.isoformat() == iso


def test_positions_are_one_based_and_count_characters_not_bytes() -> None:
    text = HEADER + "agenda:\n  - {title: Ærlig økt, time: 13.00-13.1}\n"
    assert found(text) == [
        ("bad-time", 4, 30, "cannot read the time '13.1' ('time' of block 1 \"Ærlig økt\")")
    ]


@pytest.mark.parametrize("text", ["~\n", "null\n", "---\n", "--- ~\n"])
def test_an_empty_yaml_document_is_no_workshop(text: str) -> None:
    analysis = analyse_text(text, "w.yaml")
    assert [(f.code, f.message) for f in analysis.findings] == [
        ("empty-file", "the file holds an empty YAML document: there is no workshop in it")
    ]
    assert analysis.workshop is None
