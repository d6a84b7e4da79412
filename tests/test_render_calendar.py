"""The calendar (.ics): Oslo times with their VTIMEZONE, one event a day or a block, stable UIDs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from conftest import EXAMPLES, ROOT
from test_render_cli import SEED, run

TWO_DAYS = EXAMPLES / "tett-pa-samling-to-dagar.yaml"
ENGLISH = ROOT / "tests" / "data" / "render-en.yaml"
OSLO = ZoneInfo("Europe/Oslo")


def calendar(path: Path) -> Any:
    from icalendar import Calendar

    return Calendar.from_ical(path.read_bytes())


def events(path: Path) -> list[Any]:
    return list(calendar(path).walk("VEVENT"))


def test_participants_get_one_event_for_the_day_at_oslo_time_end_to_end(tmp_path: Path) -> None:
    out = tmp_path / "dag.ics"
    result = run(SEED, "-o", out, "--audience", "participant", TZ="America/New_York")
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[-1] == f"planverksted: laget {out}"
    [event] = events(out)
    assert str(event["SUMMARY"]) == "Arbeidsverksted for kommunestyret"
    assert str(event["LOCATION"]) == "Kommunestyresalen"
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start == dt.datetime(2024, 4, 18, 13, 0, tzinfo=OSLO)
    assert end == dt.datetime(2024, 4, 18, 16, 0, tzinfo=OSLO)
    assert start.astimezone(dt.UTC) == dt.datetime(2024, 4, 18, 11, 0, tzinfo=dt.UTC)  # summer time
    description = str(event["DESCRIPTION"])
    assert description.splitlines()[2] == (
        "13.00–13.10  Innledning ved ordfører – ønska resultat for dagen · Ordføreren"
    )
    assert "    13.55–14.10  Gruppearbeid" in description.splitlines()
    assert "Korte innlegg" not in description  # a facilitator's note
    text = out.read_bytes().decode("utf-8")
    assert "DTSTART;TZID=Europe/Oslo:20240418T130000\r\n" in text  # CRLF, as RFC 5545 has it
    [zone] = calendar(out).walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Oslo"
    assert "TZOFFSETTO:+0200" in text
    assert text.index("BEGIN:VTIMEZONE") < text.index("BEGIN:VEVENT")


def test_the_facilitator_gets_one_event_a_block(tmp_path: Path) -> None:
    from planverksted.analysis import analyse_file

    out = tmp_path / "blokker.ics"
    assert run(SEED, "-o", out).returncode == 0
    found = events(out)
    schedule = analyse_file(str(SEED)).schedule
    assert schedule is not None
    blocks = schedule.days[0].blocks
    assert [str(e["SUMMARY"]) for e in found] == [block.title for block in blocks]
    for event, block in zip(found, blocks, strict=True):
        assert event.decoded("DTSTART") == dt.datetime(2024, 4, 18, tzinfo=OSLO) + dt.timedelta(
            minutes=block.start
        )
    assert len({str(e["UID"]) for e in found}) == len(found)
    knowledge = next(e for e in found if str(e["SUMMARY"]) == "Kunnskapsgrunnlag")
    description = str(knowledge["DESCRIPTION"]).splitlines()
    assert "13.40–13.50  Utfordringsbilde · Kommunedirektøren" in description
    assert "Metode: IGP (19 min)" in description
    assert (
        "13.55–13.57  Reflekter – Ta utgangspunkt i egen kommune eller kjennskap til kommuner generelt"
        in description
    )
    pause = next(e for e in found if str(e["SUMMARY"]) == "Pause")
    assert str(pause["TRANSP"]) == "TRANSPARENT"


def test_two_days_in_nynorsk_are_two_events_and_one_time_zone(tmp_path: Path) -> None:
    out = tmp_path / "samling.ics"
    assert run(TWO_DAYS, "-o", out, "-a", "participant").returncode == 0
    found = events(out)
    assert [str(e["SUMMARY"]) for e in found] == [
        "Tett på – samling om planstrategi – Dag 1 – kunnskapsgrunnlag",
        "Tett på – samling om planstrategi – Dag 2 – vegen vidare",
    ]
    assert [e.decoded("DTSTART").date() for e in found] == [
        dt.date(2024, 4, 16),
        dt.date(2024, 4, 17),
    ]
    assert len(list(calendar(out).walk("VTIMEZONE"))) == 1


def test_a_re_render_updates_the_events_instead_of_adding_new_ones(tmp_path: Path) -> None:
    source = tmp_path / "w.yaml"
    text = SEED.read_text(encoding="utf-8")
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "dag.ics"
    assert run(source, "-o", out).returncode == 0
    first = {str(e["UID"]): e for e in events(out)}
    assert {int(e["SEQUENCE"]) for e in first.values()} == {0}
    before = out.read_bytes()

    # Unchanged: the same calendar, byte for byte (the stamps are kept).
    assert run(source, "-o", out).returncode == 0
    assert out.read_bytes() == before

    # The 5-minute gap closed: blocks from 13.20 move, and only they get the next sequence.
    assert "time: 13.20 – 13.40" in text
    source.write_text(text.replace("time: 13.20 – 13.40", "time: 13.15 – 13.40"), encoding="utf-8")
    assert run(source, "-o", out).returncode == 0
    second = {str(e["UID"]): e for e in events(out)}
    assert second.keys() == first.keys()
    changed = {str(e["SUMMARY"]) for e in second.values() if int(e["SEQUENCE"]) == 1}
    unchanged = {str(e["SUMMARY"]) for e in second.values() if int(e["SEQUENCE"]) == 0}
    assert changed == {"Plansystemet, koplinga plan og økonomi"}
    assert "Innledning ved ordfører – ønska resultat for dagen" in unchanged
    plan = next(e for e in second.values() if int(e["SEQUENCE"]) == 1)
    assert plan.decoded("DTSTART") == dt.datetime(2024, 4, 18, 13, 15, tzinfo=OSLO)

    # Changed again: the sequence grows on.
    source.write_text(text.replace("time: 13.20 – 13.40", "time: 13.16 – 13.40"), encoding="utf-8")
    assert run(source, "-o", out).returncode == 0
    assert max(int(e["SEQUENCE"]) for e in events(out)) == 2


def test_a_file_there_that_is_not_a_calendar_is_replaced(tmp_path: Path) -> None:
    out = tmp_path / "dag.ics"
    out.write_bytes(b"\x00\xffnot a calendar")
    assert run(SEED, "-o", out, "-a", "participant").returncode == 0
    assert int(events(out)[0]["SEQUENCE"]) == 0


def test_uids_come_from_title_date_and_block(tmp_path: Path) -> None:
    a, b = tmp_path / "a.ics", tmp_path / "b.ics"
    assert run(SEED, "-o", a).returncode == 0
    assert run(SEED, "-o", b, "--lang", "en").returncode == 0
    assert [str(e["UID"]) for e in events(a)] == [str(e["UID"]) for e in events(b)]
    assert all(str(e["UID"]).endswith("@planverksted") for e in events(a))


def test_a_calendar_needs_the_date(tmp_path: Path) -> None:
    source = tmp_path / "w.yaml"
    source.write_text(
        "planverksted: 1\ntitle: X\nstart: '9:00'\nagenda:\n  - {title: A, duration: 5}\n",
        encoding="utf-8",
    )
    result = run(source, "-o", tmp_path / "x.ics")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "planverksted: en kalender trenger datoen, og filen har ingen",
        "    tips: legg til datoen i filen, for eksempel «date: 2024-04-18»",
    ]
    assert not (tmp_path / "x.ics").exists()


@pytest.mark.parametrize("audience", ["facilitator", "participant"])
def test_the_english_example_keeps_its_notes_for_the_facilitator(
    tmp_path: Path, audience: str
) -> None:
    out = tmp_path / "x.ics"
    assert run(ENGLISH, "-o", out, "-a", audience).returncode == 0
    text = "\n".join(str(e["DESCRIPTION"]) for e in events(out))
    from documents import notes
    from planverksted.analysis import analyse_file

    for note in notes(analyse_file(str(ENGLISH))):
        assert (note in text) == (audience == "facilitator"), note


def test_a_calendar_goes_to_standard_output_too() -> None:
    result = run(SEED, "--format", "ics", "-a", "participant")
    assert result.returncode == 0
    assert result.stdout.startswith("BEGIN:VCALENDAR")


def test_a_block_taken_out_is_sent_as_cancelled(tmp_path: Path) -> None:
    source = tmp_path / "w.yaml"
    text = SEED.read_text(encoding="utf-8")
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "dag.ics"
    assert run(source, "-o", out).returncode == 0
    before = {str(e["UID"]): e for e in events(out)}
    pause = next(uid for uid, e in before.items() if str(e["SUMMARY"]) == "Pause")

    pause_block = "  - title: Pause\n    kind: break\n    duration: 15\n"
    assert pause_block in text
    source.write_text(text.replace(pause_block, ""), encoding="utf-8")
    assert run(source, "-o", out).returncode == 0
    after = {str(e["UID"]): e for e in events(out)}
    assert after.keys() == before.keys()
    cancelled = after[pause]
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert int(cancelled["SEQUENCE"]) == 1
    assert cancelled.decoded("DTSTART") == dt.datetime(2024, 4, 18, 14, 15, tzinfo=OSLO)
    assert all("STATUS" not in e for uid, e in after.items() if uid != pause)
    once = out.read_bytes()

    # Rendered again, the cancelled event stays as it was; put back, it is live again.
    assert run(source, "-o", out).returncode == 0
    assert out.read_bytes() == once
    source.write_text(text, encoding="utf-8")
    assert run(source, "-o", out).returncode == 0
    back = {str(e["UID"]): e for e in events(out)}[pause]
    assert "STATUS" not in back
    assert int(back["SEQUENCE"]) == 2


def test_another_workshops_events_are_left_alone(tmp_path: Path) -> None:
    out = tmp_path / "dag.ics"
    assert run(TWO_DAYS, "-o", out).returncode == 0
    assert run(SEED, "-o", out).returncode == 0
    assert all("STATUS" not in e for e in events(out))
    assert {str(e["X-PLANVERKSTED-WORKSHOP"]) for e in events(out)} == {
        "Arbeidsverksted for kommunestyret"
    }
