"""Shared files (#23): ``people:`` (and ``participants:``, ``blocks:``) as the path of a YAML
file, read with a workshop file's caps and located in its own file; reusable ``blocks``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planverksted.analysis import analyse_file
from planverksted.cli import shell as cli
from planverksted.runsheet.view import build_context
from planverksted.source.load import MAX_BYTES

HEAD = 'planverksted: 1\ntitle: Verksted\nstart: "9:00"\n'


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def write(name: str, text: str) -> Path:
    path = Path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def findings(name: str) -> list[tuple[str, int, int, str, str]]:
    analysis = analyse_file(name)
    return [(f.file, f.line, f.column, f.code, f.message) for f in analysis.findings]


PEOPLE = "ordforer: {name: Ordføreren, role: Ordfører}\nkd: Kommunedirektøren\n"


def test_a_people_file_stands_for_the_people() -> None:
    write("felles/folk.yaml", PEOPLE)
    write(
        "w.yaml",
        HEAD
        + "people: felles/folk.yaml\nagenda:\n  - {title: A, duration: 5, who: [ordforer, kd]}\n",
    )
    analysis = analyse_file("w.yaml")
    assert analysis.findings == ()
    assert analysis.sources == (Path("felles/folk.yaml"),)
    row = build_context(analysis)["days"][0]["blocks"][0]
    assert row["who_text"] == "Ordføreren, Kommunedirektøren"


def test_a_people_file_is_found_beside_the_file_that_names_it(tmp_path: Path) -> None:
    write("prog/felles/folk.yaml", PEOPLE)
    write(
        "prog/w.yaml",
        HEAD + "people: felles/folk.yaml\nagenda:\n  - {title: A, duration: 5, who: kd}\n",
    )
    assert findings("prog/w.yaml") == []
    assert analyse_file(str(tmp_path / "prog" / "w.yaml")).findings == ()


@pytest.mark.parametrize(
    ("shared", "expected"),
    [
        pytest.param(
            "ordforer: {name: Ordføreren}\nkd: {navn: Kommunedirektøren}\n",
            [
                ("felles/folk.yaml", 2, 6, "unknown-key", "unknown key 'navn' in person 'kd'"),
            ],
            id="a-fault-in-the-people-file",
        ),
        pytest.param(
            "- Ordføreren\n",
            [
                (
                    "felles/folk.yaml",
                    1,
                    1,
                    "shared-file-shape",
                    "this file is named by people, so its top level should be keys (a mapping), "
                    "but it holds a list",
                )
            ],
            id="a-list",
        ),
        pytest.param(
            "kd: !!python/object {}\n",
            [
                (
                    "felles/folk.yaml",
                    1,
                    5,
                    "yaml-tag",
                    "YAML tags (!!python/object) are not allowed in a workshop file",
                ),
            ],
            id="a-tag",
        ),
        pytest.param(
            "a: &x {name: A}\nb: *x\n",
            [
                (
                    "felles/folk.yaml",
                    1,
                    4,
                    "yaml-alias",
                    "YAML anchors (&x) are not allowed in a workshop file",
                ),
                (
                    "felles/folk.yaml",
                    2,
                    4,
                    "yaml-alias",
                    "YAML aliases (*x) are not allowed in a workshop file",
                ),
            ],
            id="an-alias",
        ),
        pytest.param(
            "kd: [unclosed\n",
            None,
            id="a-syntax-error",
        ),
    ],
)
def test_faults_in_a_shared_file_are_located_in_it(
    shared: str, expected: list[tuple[str, int, int, str, str]] | None
) -> None:
    write("felles/folk.yaml", shared)
    write("w.yaml", HEAD + "people: felles/folk.yaml\nagenda:\n  - {title: A, duration: 5}\n")
    got = findings("w.yaml")
    if expected is None:
        assert got == [
            (
                "felles/folk.yaml",
                1,
                5,
                "unclosed-bracket",
                "the '[' that opens here is never closed with ']'",
            )
        ]
    else:
        assert got == expected


def test_a_shared_file_over_the_size_cap_is_refused() -> None:
    Path("folk.yaml").write_bytes(b"#" * (MAX_BYTES + 1))
    write("w.yaml", HEAD + "people: folk.yaml\nagenda:\n  - {title: A, duration: 5}\n")
    ((file, line, column, code, _),) = findings("w.yaml")
    assert (file, line, column) == ("w.yaml", 4, 9) and code == "shared-file-unreadable"


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda: None, "there is no such file"),
        (lambda: Path("folk.yaml").mkdir(), "it is a folder"),
        (lambda: os.mkfifo("folk.yaml"), "it is not a regular file"),
        (lambda: Path("folk.yaml").symlink_to("nowhere.yaml"), "there is no such file"),
    ],
    ids=["missing", "folder", "fifo", "dangling-link"],
)
def test_a_shared_path_that_is_no_file_is_located_at_its_line(make: object, reason: str) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    make()  # type: ignore[operator]
    write("w.yaml", HEAD + "people: folk.yaml\nagenda:\n  - {title: A, duration: 5}\n")
    assert findings("w.yaml") == [
        ("w.yaml", 4, 9, "shared-file-unreadable", f"people: 'folk.yaml' cannot be read: {reason}")
    ]


def test_a_link_is_judged_by_its_target() -> None:
    write("andre/folk.yaml", PEOPLE)
    Path("folk.yaml").symlink_to(Path("andre/folk.yaml").absolute())
    write("w.yaml", HEAD + "people: folk.yaml\nagenda:\n  - {title: A, duration: 5, who: kd}\n")
    assert findings("w.yaml") == []
    os.mkfifo("rør")
    Path("rør.yaml").symlink_to(Path("rør").absolute())
    write("v.yaml", HEAD + "people: rør.yaml\nagenda:\n  - {title: A, duration: 5}\n")
    assert [code for _, _, _, code, _ in findings("v.yaml")] == ["shared-file-unreadable"]


def test_people_text_that_is_no_yaml_path_is_still_a_type_error() -> None:
    write("w.yaml", HEAD + "people: Ordføreren\nagenda:\n  - {title: A, duration: 5}\n")
    assert [code for _, _, _, code, _ in findings("w.yaml")] == ["wrong-type"]


def test_participants_may_be_a_yaml_file() -> None:
    write("deltakere.yaml", "- Kari Nordmann\n- {name: Ola Nordmann, party: Sp}\n")
    write("w.yaml", HEAD + "participants: deltakere.yaml\nagenda:\n  - {title: A, duration: 5}\n")
    analysis = analyse_file("w.yaml")
    assert analysis.findings == () and analysis.workshop is not None
    assert [p.name for p in analysis.workshop.participants or ()] == [
        "Kari Nordmann",
        "Ola Nordmann",
    ]


# Reusable blocks.

LIBRARY = (
    "film-planstrategi:\n"
    "  title: Film om planstrategi\n"
    "  kind: film\n"
    "  duration: 10\n"
    "  link: https://example.org/planstrategi\n"
    "  notes: Sjekk lyden\n"
)


@pytest.mark.parametrize("inline", [True, False], ids=["inline", "file"])
def test_use_takes_a_reusable_block_its_own_keys_winning(inline: bool) -> None:
    if inline:
        blocks = "blocks:\n" + "".join(f"  {line}\n" for line in LIBRARY.splitlines())
    else:
        write("moduler.yaml", LIBRARY)
        blocks = "blocks: moduler.yaml\n"
    write(
        "w.yaml",
        HEAD
        + blocks
        + "agenda:\n"
        + "  - use: film-planstrategi\n"
        + "  - {use: film-planstrategi, title: Filmen igjen, duration: 5}\n"
        + "  - title: Deler\n    parts:\n      - {use: film-planstrategi, kind: talk}\n",
    )
    analysis = analyse_file("w.yaml")
    assert analysis.findings == ()
    view = build_context(analysis)
    rows = [
        (row["time"], row["title"], row["kind"], row["notes"], row["link_href"])
        for block in view["days"][0]["blocks"]
        for row in [block, *block["parts"]]
    ]
    link = "https://example.org/planstrategi"
    assert rows == [
        ("09.00–09.10", "Film om planstrategi", "film", "Sjekk lyden", link),
        ("09.10–09.15", "Filmen igjen", "film", "Sjekk lyden", link),
        ("09.15–09.25", "Deler", "other", None, None),
        ("09.15–09.25", "Film om planstrategi", "talk", "Sjekk lyden", link),
    ]


def test_an_unknown_block_is_located_with_did_you_mean() -> None:
    write(
        "w.yaml",
        HEAD
        + "blocks:\n  film-planstrategi: {title: Film, duration: 10}\n"
        + "agenda:\n  - {title: A, duration: 5}\n  - use: film-planstrategien\n",
    )
    analysis = analyse_file("w.yaml")
    assert [(f.line, f.column, f.code, f.message, f.hint) for f in analysis.findings] == [
        (
            8,
            10,
            "block-unknown",
            "use: 'film-planstrategien' is not defined under blocks",
            "did you mean 'film-planstrategi'?",
        )
    ]


def test_an_unknown_block_without_a_library_says_how_to_make_one() -> None:
    write("w.yaml", HEAD + "agenda:\n  - use: film\n")
    (finding,) = analyse_file("w.yaml").findings
    assert (finding.code, finding.hint) == (
        "block-unknown",
        "define it under blocks: (key → title, kind, duration, who, notes, link)",
    )


def test_only_web_links_are_made_links() -> None:
    write("w.yaml", HEAD + "agenda:\n  - {title: A, duration: 5, link: 'javascript:alert(1)'}\n")
    row = build_context(analyse_file("w.yaml"))["days"][0]["blocks"][0]
    assert (row["link"], row["link_href"]) == ("javascript:alert(1)", None)


# check over folders: a shared file is checked through the files that name it.


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli.app, ["check", "--lang", "en", *args])
    return result.exit_code, result.stdout


def test_check_reports_a_shared_file_once_and_never_as_a_workshop() -> None:
    write("prog/felles/folk.yaml", "kd: {navn: Kommunedirektøren}\n")
    for name in ("a", "b"):
        write(
            f"prog/{name}.yaml",
            HEAD + "people: felles/folk.yaml\nagenda:\n  - {title: A, duration: 5}\n",
        )
    code, out = invoke("prog", "prog/a.yaml", "prog/felles/folk.yaml")
    assert code == 1
    lines = [line for line in out.splitlines() if not line.startswith(" ")]
    # The workshops name no language: bokmål, the words of their shared file's faults too.
    assert lines == [
        "prog/felles/folk.yaml:1:6: feil[unknown-key] ukjent nøkkel «navn» i personen «kd»",
        "1 feil i 1 av 3 filer",
    ]


# serve follows the shared files too.


def test_the_preview_follows_a_change_in_the_people_file() -> None:
    from planverksted.preview.page import Preview

    write("felles/folk.yaml", PEOPLE)
    path = write(
        "w.yaml", HEAD + "people: felles/folk.yaml\nagenda:\n  - {title: A, duration: 5, who: kd}\n"
    )
    preview = Preview(path, display="w.yaml")
    assert preview.refresh(force=True)
    assert preview.sources == (Path("felles/folk.yaml"),)
    assert not preview.refresh()  # nothing changed
    write("felles/folk.yaml", "kd: {name: Kari Nordmann}\n")
    assert preview.refresh()
    assert preview.analysis is not None
    assert "Kari Nordmann" in preview.page("facilitator", None).decode()


def test_the_watcher_follows_the_shared_files(tmp_path: Path) -> None:
    from planverksted.preview.watch import FileWatcher

    write("w.yaml", HEAD)
    write("andre/folk.yaml", PEOPLE)
    watcher = FileWatcher(Path("w.yaml"), lambda: None)
    assert watcher.folders == [str(tmp_path)]
    watcher.follow([Path("andre/folk.yaml")])
    assert str(tmp_path / "andre" / "folk.yaml") in watcher.targets
    assert watcher.folders == sorted([str(tmp_path), str(tmp_path / "andre")])
    watcher.follow([])
    assert watcher.folders == [str(tmp_path)] and len(watcher.targets) == 1


def test_a_web_link_is_a_link_in_html_and_text_elsewhere() -> None:
    from planverksted.runsheet.formats import Job, get

    write(
        "w.yaml",
        HEAD
        + "agenda:\n"
        + "  - {title: A, duration: 5, link: 'https://example.org/film?a=1&b=2'}\n"
        + "  - {title: B, duration: 5, link: 'javascript:alert(1)'}\n",
    )
    analysis = analyse_file("w.yaml")
    html = get("html").render(Job(analysis, "participant", None))
    assert '<a href="https://example.org/film?a=1&amp;b=2">' in html
    assert "javascript:alert(1)</span>" in html and 'href="javascript' not in html
    markdown = get("md").render(Job(analysis, "facilitator", None))
    assert "<br>*Lenke:* https://example.org/film?a=1&amp;b=2 |" in markdown


def test_a_missing_people_file_is_one_error_not_a_warning_a_who() -> None:
    write("w.yaml", HEAD + "people: folk.yaml\nagenda:\n  - {title: A, duration: 5, who: kd}\n")
    assert [code for _, _, _, code, _ in findings("w.yaml")] == ["shared-file-unreadable"]


# A broken people file (#23, probe F9): its own located error, first and alone; a who naming
# one of its people is no slip of the workshop's while the file cannot be read whole.

GLIMPSE = "root:x:0:0:root:/root:/bin/bash daemon:x…"
BROKEN_PEOPLE: dict[str, tuple[str | None, str, str]] = {
    "a-list": (
        "- Ordføreren\n",
        "folk.yaml:1:1: {error}[shared-file-shape] ",
        "this file is named by people, so its top level should be keys (a mapping), "
        "but it holds a list",
    ),
    "an-unclosed-brace": (
        "kd: {name: KD\nordforer: Ordføreren\n",
        "folk.yaml:1:5: {error}[unclosed-bracket] ",
        "the '{' that opens here is never closed with '}'",
    ),
    "a-link-to-a-text-file": (
        None,
        "folk.yaml:1:1: {error}[shared-file-shape] ",
        "this file is named by people, so its top level should be keys (a mapping), "
        f"but it holds the text '{GLIMPSE}'",
    ),
}
"""Each case: the people file (None: a link to a long text file), where its error is, and
its English message (the Norwegian ones are the catalogues')."""
ERROR = {"nb": "feil", "nn": "feil", "en": "error"}


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
@pytest.mark.parametrize("case", list(BROKEN_PEOPLE))
def test_a_broken_people_file_is_its_own_error_and_no_who_is_unknown(
    case: str, language: str
) -> None:
    text, where, english = BROKEN_PEOPLE[case]
    if text is None:
        write("passwd", "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin\n" * 40)
        Path("folk.yaml").symlink_to(Path("passwd").absolute())
    else:
        write("folk.yaml", text)
    write(
        "w.yaml",
        HEAD
        + f"language: {language}\npeople: folk.yaml\nagenda:\n"
        + "  - {title: A, duration: 5, who: ordforer}\n"
        + "  - {title: B, duration: 5, who: [kd, planlegger]}\n"
        + "  - {title: C, duration: 5, who: ordforer}\n",
    )
    result = CliRunner().invoke(cli.app, ["check", "w.yaml"])
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if not line.startswith(" ")]
    assert len(lines) == 2, result.stdout  # the error, then the count: nothing before it
    assert lines[0].startswith(where.format(error=ERROR[language])), result.stdout
    if language == "en":
        assert lines[0] == where.format(error="error") + english
    if text is None:
        assert GLIMPSE in lines[0] and lines[0].count("daemon") == 1
    assert "unknown-person" not in result.stdout


def test_a_broken_people_file_comes_before_the_workshops_own_findings() -> None:
    write("felles/folk.yaml", "- Ordføreren\n")
    write(
        "a.yaml",
        HEAD
        + "people: felles/folk.yaml\nagenda:\n  - {title: A, duration: 5, who: kd}\n"
        + "  - {title: B, duration: 5, method: gruppearbeid}\n",
    )
    codes = [(file, code) for file, _, _, code, _ in findings("a.yaml")]
    assert codes[0] == ("felles/folk.yaml", "shared-file-shape")
    assert ("a.yaml", "unknown-person") not in codes and len(codes) > 1


def test_a_workshop_file_that_is_one_long_text_is_not_quoted_whole() -> None:
    write("w.yaml", "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin\n" * 40)
    assert findings("w.yaml") == [
        (
            "w.yaml",
            1,
            1,
            "not-mapping",
            f"the file should start with keys such as 'title:', but it holds the text '{GLIMPSE}'",
        )
    ]
