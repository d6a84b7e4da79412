"""`planverksted new` and its starters: clean files, details filled in on the text, never a clobber."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from invoking import planverksted
from planverksted.analysis import analyse_text
from planverksted.cli.commands import new
from planverksted.errors import UsageError
from planverksted.source.load import load_text
from planverksted.timing.clock import format_clock
from planverksted.workshop import scaffold
from planverksted.workshop.jsonschema import SCHEMA_FILENAME, schema_text

BIN = Path(sys.executable).with_name("planverksted")
STARTERS = {starter.name: starter for starter in scaffold.list_starters()}
LANGUAGE_WORDS = {"nb": "bokmål", "nn": "nynorsk", "en": "English"}


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The command line, in-process (tests/invoking.py)."""
    return planverksted(*args, cwd=cwd, env={"NO_COLOR": None})


def test_the_starters_are_the_ones_promised() -> None:
    assert {"blank", "kommunestyre", "kommunestyre-nn", "samling-to-dager"} <= set(STARTERS)


@pytest.mark.parametrize("name", sorted(STARTERS))
def test_every_starter_checks_clean(name: str) -> None:
    analysis = analyse_text(STARTERS[name].text, f"{name}.yaml")
    assert analysis.findings == ()


@pytest.mark.parametrize("name", sorted(STARTERS))
def test_every_starter_can_be_filled_in_and_moved(name: str) -> None:
    text = STARTERS[name].text
    for key in ("title", "date", "start", "end", "language"):
        assert re.search(rf"^{key}:", text, re.MULTILINE), f"{name} has no top-level {key}:"
    # No block has a clock time of its own: each follows the one before from the day's start.
    workshop = analyse_text(text).workshop
    assert workshop is not None
    agendas = [day.agenda for day in workshop.days] if workshop.days else [workshop.agenda or ()]
    for block in (block for agenda in agendas for block in agenda):
        assert (block.time, block.start, block.end) == (None, None, None), block.title


@pytest.mark.parametrize("name", sorted(STARTERS))
def test_every_starter_says_its_language_in_its_description(name: str) -> None:
    starter = STARTERS[name]
    language = scaffold.top_level_value(starter.text, "language")
    assert language in LANGUAGE_WORDS
    assert starter.description.endswith(f"({LANGUAGE_WORDS[language]})")


def test_the_council_starter_mends_the_seeds_faults() -> None:
    analysis = analyse_text(STARTERS["kommunestyre"].text)
    assert analysis.schedule is not None
    blocks = analysis.schedule.blocks()
    assert [b.start for b in blocks[1:]] == [b.end for b in blocks[:-1]]  # no gap anywhere
    igp_parts = [p for b in blocks for p in b.parts if p.method_key == "igp"]
    assert igp_parts
    assert all(part.end - part.start >= 19 for part in igp_parts)
    kinds = {b.block.kind for b in blocks} | {p.part.kind for b in blocks for p in b.parts}
    assert {"intro", "talk", "film", "group", "plenary", "break", "summary", "evaluation"} <= kinds
    assert analysis.workshop is not None
    assert analysis.workshop.goals and analysis.workshop.evaluation


def _times(text: str) -> list[tuple[int, int]]:
    analysis = analyse_text(text)
    assert analysis.schedule is not None
    return [(block.start, block.end) for block in analysis.schedule.blocks()]


@pytest.mark.parametrize("name", sorted(STARTERS))
def test_a_new_start_moves_the_whole_day(name: str) -> None:
    text = STARTERS[name].text
    own_start = scaffold.top_level_value(text, "start")
    assert own_start is not None
    moved = new.fill(text, new.Details(start="07:15"))
    shift = 7 * 60 + 15 - int(own_start[:2]) * 60 - int(own_start[3:])
    assert _times(moved) == [(start + shift, end + shift) for start, end in _times(text)]
    assert analyse_text(moved).findings == ()


def test_filling_in_keeps_every_comment_and_line() -> None:
    text = STARTERS["blank"].text
    filled = new.fill(
        text,
        new.Details(title="Verksted", date="2024-04-18", start="13:00", end="15:00", language="nn"),
    )
    assert filled.splitlines()[0] == f"# yaml-language-server: $schema={SCHEMA_FILENAME}"
    assert "# starter:" not in filled
    assert len(filled.splitlines()) == len(text.splitlines()) - 1
    comments = [line.partition("#")[2] for line in text.splitlines()[2:] if "#" in line]
    assert comments == [line.partition("#")[2] for line in filled.splitlines()[1:] if "#" in line]
    lines = {line.partition(":")[0]: line for line in filled.splitlines() if re.match(r"\w", line)}
    assert lines["title"].startswith('title: "Verksted"   ')
    assert lines["date"].startswith("date: 2024-04-18   ")
    assert lines["start"].startswith('start: "13:00"   ')
    assert lines["language"].startswith("language: nn   ")
    # The comments stay in their column.
    column = next(line for line in text.splitlines() if line.startswith("title:")).index("#")
    keys = ("planverksted", "title", "language", "date", "start", "end")
    assert {lines[key].index("#") for key in keys} == {column}


@pytest.mark.parametrize(
    ("details", "expected"),
    [
        (new.Details(title="Møte: «Tett på»"), {"title": "Møte: «Tett på»"}),
        (new.Details(date="18.04.2024"), {"date": "2024-04-18"}),
        (new.Details(date="2024-4-8"), {"date": "2024-04-08"}),
        (new.Details(start="9.30"), {"start": "09.30", "end": "12.30"}),
        (new.Details(end="17:00"), {"start": "14.00", "end": "17.00"}),
        (new.Details(start="8:00", end="11:00"), {"start": "08.00", "end": "11.00"}),
        (new.Details(language="en"), {"language": "en", "start": "13:00"}),
    ],
)
def test_details_are_filled_in(details: new.Details, expected: dict[str, str]) -> None:
    analysis = analyse_text(new.fill(STARTERS["kommunestyre"].text, details))
    workshop = analysis.workshop
    assert workshop is not None
    language = workshop.language
    seen = {
        "title": workshop.title,
        "date": workshop.date.isoformat() if workshop.date else None,
        "start": format_clock(workshop.start, language) if workshop.start is not None else None,
        "end": format_clock(workshop.end, language) if workshop.end is not None else None,
        "language": language,
    }
    assert {key: seen[key] for key in expected} == expected
    assert analysis.findings == ()


@pytest.mark.parametrize(
    ("own", "start", "end", "expected"),
    [
        ((780, 960), None, None, (780, 960)),
        ((780, 960), 540, None, (540, 720)),
        ((780, 960), None, 1020, (840, 1020)),
        ((780, 960), 540, 600, (540, 600)),
        ((780, 960), 1260, None, (1260, 1440)),
    ],
)
def test_plan_day(
    own: tuple[int, int], start: int | None, end: int | None, expected: tuple[int, int]
) -> None:
    assert new.plan_day(*own, start, end) == expected


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (1261, None, "the starter's day takes 3 h: starting at 21:01, it would run past midnight"),
        (None, 179, "the starter's day takes 3 h: ending at 02:59, it would start before midnight"),
        (600, 600, "--end 10:00 is not after --start 10:00"),
    ],
)
def test_plan_day_refuses_a_day_that_cannot_be(
    start: int | None, end: int | None, message: str
) -> None:
    with pytest.raises(UsageError) as caught:
        new.plan_day(780, 960, start, end)
    assert caught.value.message == message


@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), min_size=1))
def test_a_quoted_title_reads_back_exactly(title: str) -> None:
    loaded = load_text(f"title: {scaffold.yaml_quote(title)}\n")
    assert loaded.findings == []
    assert loaded.data == {"title": title}


@given(st.text(alphabet=st.characters(exclude_categories=("Cs",))))
def test_unquoting_undoes_quoting(text: str) -> None:
    quoted = scaffold.yaml_quote(text)
    assert scaffold.top_level_value(f"title: {quoted}  # note\n", "title") == text


def test_set_top_level_refuses_a_missing_or_repeated_key() -> None:
    with pytest.raises(LookupError):
        scaffold.set_top_level("title: A\n", "date", "2024-04-18")
    with pytest.raises(LookupError):
        scaffold.set_top_level("title: A\ntitle: B\n", "title", '"C"')
    # Indented keys are not top-level: a day's title stays as it is.
    assert scaffold.set_top_level("title: A\ndays:\n  - title: B\n", "title", '"C"') == (
        'title: "C"\ndays:\n  - title: B\n'
    )


# End to end, as a user runs it.


def test_new_writes_a_clean_file_and_the_schema_beside_it(tmp_path: Path) -> None:
    result = run("new", "verksted.yaml", "--starter", "kommunestyre", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Laget verksted.yaml fra startmalen kommunestyre: "
        "«Arbeidsverksted for kommunestyret», 13.00–16.00, 8 bolker.",
        "Laget planverksted.schema.json: redigeringsprogrammer som leser den første linjen, "
        "kan nå fullføre og sjekke filen mens du skriver.",
        "Neste steg: fyll den ut, og kjør så planverksted check verksted.yaml",
    ]
    assert result.stderr == ""
    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == [SCHEMA_FILENAME, "verksted.yaml"]  # and no temporary file left behind
    assert (tmp_path / SCHEMA_FILENAME).read_text(encoding="utf-8") == schema_text()
    checked = run("check", "--strict", "verksted.yaml", cwd=tmp_path)
    assert (checked.returncode, checked.stdout) == (0, "ingen merknader i 1 fil\n")
    # Readable like any other new file, not private as a temporary file is.
    umask = os.umask(0)
    os.umask(umask)
    mode = stat.S_IMODE((tmp_path / "verksted.yaml").stat().st_mode)
    assert mode == 0o666 & ~umask


def test_new_never_overwrites_without_force(tmp_path: Path) -> None:
    target = tmp_path / "verksted.yaml"
    target.write_text("mine\n", encoding="utf-8")
    before = target.stat().st_mtime_ns
    result = run("new", str(target))
    assert result.returncode == 1
    assert result.stderr == (
        f"planverksted: {target} finnes allerede; den er ikke endret\n"
        "    tips: bruk --force for å skrive over den, eller velg et annet navn\n"
    )
    assert (target.read_text(encoding="utf-8"), target.stat().st_mtime_ns) == ("mine\n", before)
    assert not (tmp_path / SCHEMA_FILENAME).exists()
    forced = run("new", str(target), "--force")
    assert forced.returncode == 0
    assert forced.stdout.startswith(f"Skrev over {target} med startmalen blank:")
    assert target.read_text(encoding="utf-8") == new.fill(STARTERS["blank"].text, new.Details())


def test_new_keeps_a_different_schema_unless_forced(tmp_path: Path) -> None:
    schema = tmp_path / SCHEMA_FILENAME
    schema.write_text("{}\n", encoding="utf-8")
    kept = run("new", "a.yaml", cwd=tmp_path)
    assert kept.returncode == 0
    assert schema.read_text(encoding="utf-8") == "{}\n"
    assert kept.stderr == (
        f"planverksted: beholdt {SCHEMA_FILENAME}, som ikke er lik skjemaet i denne versjonen\n"
        f"    tips: planverksted schema -o {SCHEMA_FILENAME} skriver over det (eller bruk --force)\n"
    )
    same = run("new", "b.yaml", "--force", cwd=tmp_path)
    assert f"Skrev over {SCHEMA_FILENAME}" in same.stdout
    assert schema.read_text(encoding="utf-8") == schema_text()
    again = run("new", "c.yaml", cwd=tmp_path)
    assert f"{SCHEMA_FILENAME} er allerede oppdatert" in again.stdout


@pytest.mark.parametrize(
    ("args", "code", "stderr"),
    [
        (
            ("--date", "2024-02-30"),
            2,
            "planverksted: --date: «2024-02-30» er ikke en dato som finnes\n",
        ),
        (
            ("--date", "april"),
            2,
            "planverksted: --date: kan ikke lese datoen «april»\n"
            "    tips: skriv datoen som 18.04.2024, 18. april 2024 eller 2024-04-18\n",
        ),
        (
            ("--start", "9.5"),
            2,
            "planverksted: --start: kan ikke lese klokkeslettet «9.5»\n"
            "    tips: et klokkeslett er timer og minutter, ikke et desimaltall: halv ti er 09.30\n",
        ),
        (
            ("--end", "25.00"),
            2,
            "planverksted: --end: «25.00» er ikke et klokkeslett\n"
            "    tips: timene går fra 00 til 23 og minuttene fra 00 til 59\n",
        ),
        (
            ("--starter", "kommunestyr"),
            2,
            "planverksted: there is no starter called 'kommunestyr'\n"
            "    hint: did you mean 'kommunestyre'?\n",
        ),
        (
            ("--title", " "),
            2,
            "planverksted: --title: tittelen er tom\n"
            "    tips: skriv tittelen på verkstedet i anførselstegn\n",
        ),
    ],
)
def test_bad_options_are_usage_errors(
    tmp_path: Path, args: tuple[str, ...], code: int, stderr: str
) -> None:
    result = run("new", "verksted.yaml", *args, cwd=tmp_path)
    assert (result.returncode, result.stderr, result.stdout) == (code, stderr, "")
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_a_plain_error(tmp_path: Path) -> None:
    result = run("new", str(tmp_path / "nowhere" / "verksted.yaml"))
    assert result.returncode == 1
    assert result.stderr == (
        f"planverksted: kan ikke skrive {tmp_path / 'nowhere' / 'verksted.yaml'}: mappen "
        f"{tmp_path / 'nowhere'} finnes ikke\n"
        "    tips: lag mappen først, eller skriv et annet sted\n"
    )


def test_a_name_that_is_not_yaml_or_a_folder_is_refused(tmp_path: Path) -> None:
    result = run("new", "verksted.txt", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (
        2,
        "planverksted: verksted.txt: navnet på en verkstedfil slutter på .yaml eller .yml\n"
        "    tips: planverksted new verksted.yaml\n",
    )
    (tmp_path / "mappe.yaml").mkdir()
    assert run("new", "mappe.yaml", cwd=tmp_path).returncode == 1
    assert run("new", cwd=tmp_path).returncode == 2


def test_start_and_end_that_the_agenda_does_not_fill_are_written_with_a_warning(
    tmp_path: Path,
) -> None:
    result = run("new", "v.yaml", "--start", "9:00", "--end", "12:00", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stderr.splitlines()[0] == (
        "planverksted: check finner 1 ting å se på i den nye filen:"
    )
    assert "advarsel[short-of-end] programmet slutter kl. 11.00" in result.stderr
    check = run("check", "v.yaml", cwd=tmp_path)
    assert "advarsel[short-of-end]" in check.stdout


def test_a_two_day_gathering_gets_consecutive_dates(tmp_path: Path) -> None:
    result = run(
        "new", "s.yaml", "-s", "samling-to-dager", "--date", "02.09.2024", "--start", "9:00",
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0
    assert "09.00–15.00, mandag 2. september 2024, 2 dager, 28 bolker." in result.stdout
    analysis = analyse_text((tmp_path / "s.yaml").read_text(encoding="utf-8"))
    assert analysis.schedule is not None
    assert [str(day.date) for day in analysis.schedule.days] == ["2024-09-02", "2024-09-03"]
    assert analysis.findings == ()


def test_new_dash_prints_the_file(tmp_path: Path) -> None:
    result = run("new", "-", "--starter", "blank-en", "--title", "Council", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout == new.fill(STARTERS["blank-en"].text, new.Details(title="Council"))
    assert list(tmp_path.iterdir()) == []


def test_new_list_names_every_starter_with_its_description() -> None:
    result = run("new", "--list")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == sorted(STARTERS)
    for line, name in zip(lines, sorted(STARTERS), strict=True):
        assert line.endswith(STARTERS[name].description)
    assert lines[0] == (
        f"{'blank':<{max(map(len, STARTERS))}}  Blank, with comments that teach the format (bokmål)"
    )
