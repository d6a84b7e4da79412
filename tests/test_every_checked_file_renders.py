"""Any file that check passes renders in every format, for every audience, in every language.

A property: hypothesis writes workshop files (blocks in and out of order, parts, methods,
question sets, several days, silenced findings, odd text), and every one that check finds
no error in must render in every format of the registry (Markdown, HTML, the terminal
preview in colour or not, any width, Unicode or ASCII; and any format added later)
without an exception.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from planverksted.analysis import analyse_text
from planverksted.errors import PlanverkstedError
from planverksted.i18n import LANGUAGES
from planverksted.lint.finding import CODES
from planverksted.runsheet import formats
from planverksted.runsheet.formats.terminal import render_terminal
from planverksted.runsheet.view import AUDIENCES, build_context
from planverksted.workshop.model import KINDS

IGNORABLE = sorted(code for code, info in CODES.items() if info.ignorable)

titles = st.text(
    st.one_of(
        st.characters(max_codepoint=0x17F, exclude_categories=("Cs",)),
        st.sampled_from("\u200b\u200d\u202e\u2028\ufeff–—«»…€"),
    ),
    min_size=1,
    max_size=30,
).filter(lambda text: text.strip() != "")
"""Norwegian and Sami letters, controls, invisible characters and typography. (Any script
at all, emoji and line breaks: ``hard_text`` below.)"""


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


clock = st.integers(6 * 60, 12 * 60).map(_clock)
minutes = st.integers(1, 60)
people_keys = st.sampled_from(["ordforer", "kd", "johnny", "ukjent", "Kari Nordmann"])
method_keys = st.sampled_from(["igp", "1-2-4-all", "mine"])


@st.composite
def parts(draw: st.DrawFn) -> dict[str, Any]:
    part: dict[str, Any] = {"title": draw(titles), "duration": draw(minutes)}
    if draw(st.booleans()):
        part["kind"] = draw(st.sampled_from(KINDS))
    if draw(st.booleans()):
        part["method"] = draw(method_keys)
    if draw(st.booleans()):
        part["who"] = draw(people_keys)
    if draw(st.booleans()):
        part["questions"] = draw(st.sampled_from(["planer", ["Hva nå?"], "Et spørsmål?"]))
    return part


@st.composite
def blocks(draw: st.DrawFn) -> dict[str, Any]:
    block: dict[str, Any] = {"title": draw(titles)}
    timing = draw(st.sampled_from(["time", "start-duration", "duration", "start", "parts"]))
    if timing == "time":
        start = draw(st.integers(6 * 60, 12 * 60))
        block["time"] = f"{_clock(start)} – {_clock(start + draw(minutes))}"
    elif timing == "start-duration":
        block["start"], block["duration"] = draw(clock), draw(minutes)
    elif timing == "duration":
        block["duration"] = draw(minutes)
    elif timing == "start":
        block["start"] = draw(clock)
    if timing == "parts" or draw(st.integers(0, 4)) == 0:
        block["parts"] = draw(st.lists(parts(), min_size=1, max_size=3))
    if draw(st.booleans()):
        block["kind"] = draw(st.sampled_from(KINDS))
    for key, values in (
        ("who", st.lists(people_keys, min_size=1, max_size=2)),
        ("notes", titles),
        ("description", titles),
        ("materials", st.lists(titles, min_size=1, max_size=2)),
        ("method", method_keys),
        ("facilitator_only", st.booleans()),
    ):
        if draw(st.integers(0, 3)) == 0:
            block[key] = draw(values)
    return block


@st.composite
def workshops(draw: st.DrawFn) -> dict[str, Any]:
    workshop: dict[str, Any] = {"planverksted": 1, "title": draw(titles)}
    workshop["language"] = draw(st.sampled_from(LANGUAGES))
    workshop["start"] = draw(clock)
    for key, values in (
        ("end", st.integers(12 * 60, 20 * 60).map(_clock)),
        ("date", st.sampled_from(["2024-04-18", "18.04.2024", "2025-12-31"])),
        ("subtitle", titles),
        ("venue", titles),
        ("goals", st.lists(titles, min_size=1, max_size=2)),
        ("evaluation", st.lists(titles, min_size=1, max_size=2)),
    ):
        if draw(st.booleans()):
            workshop[key] = draw(values)
    workshop["people"] = {"ordforer": {"name": "Ordføreren", "role": "Ordfører"}, "kd": "KD"}
    workshop["methods"] = {
        "mine": {
            "steps": draw(
                st.lists(
                    st.fixed_dictionaries({"title": titles, "duration": minutes}),
                    min_size=1,
                    max_size=4,
                )
            )
        }
    }
    workshop["questions"] = {
        "planer": {"title": "Planer", "items": ["Hva?", "Hvorfor?"], "method": "igp"}
    }
    workshop["checks"] = {
        "ignore": draw(
            st.lists(st.sampled_from(IGNORABLE), min_size=1, max_size=len(IGNORABLE), unique=True)
        )
    }
    if draw(st.booleans()):
        workshop["agenda"] = draw(st.lists(blocks(), min_size=1, max_size=6))
    else:
        days = draw(st.lists(st.lists(blocks(), min_size=1, max_size=4), min_size=1, max_size=3))
        workshop["days"] = [{"start": draw(clock), "agenda": agenda} for agenda in days]
    return workshop


TEXT_FORMATS = ("md", "html", "terminal")
"""Fast: each is rendered for every audience in every language."""


@pytest.mark.slow
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    workshops(),
    st.integers(1, 400),
    st.sampled_from([None, "standard"]),
    st.booleans(),
    st.sampled_from(AUDIENCES),
    st.sampled_from(LANGUAGES),
)
def test_every_file_check_passes_renders_everywhere(
    workshop: dict[str, Any],
    width: int,
    colour: str | None,
    ascii_only: bool,
    one_audience: str,
    one_language: str,
) -> None:
    text = yaml.safe_dump(workshop, allow_unicode=True, sort_keys=False)
    analysis = analyse_text(text, "w.yaml")
    event("check passes" if not analysis.errors else "check finds errors")
    if analysis.errors:
        return
    # Every other format of the registry (PDF, Word, calendar: slow) once, for one audience
    # in one language; new formats are covered as they come. A format that cannot make a
    # file says so plainly (a calendar of a file without a date), never with a crash.
    for entry in formats.every():
        if entry.format.name in TEXT_FORMATS or not entry.format.available():
            continue
        job = formats.Job(analysis, one_audience, one_language)
        try:
            assert entry.render(job)
        except PlanverkstedError as error:
            event(f"{entry.format.name}: {error.message[:60]}")
            assert entry.format.name == "ics" and "date" in error.message, error.message
    for audience in AUDIENCES:
        for language in LANGUAGES:
            for name in ("md", "html"):
                job = formats.Job(analysis, audience, language)
                assert formats.get(name).render(job)
            context = build_context(analysis, audience=audience, language=language)
            preview = render_terminal(
                context, width=width, color_system=colour, ascii_only=ascii_only
            )
            assert preview.strip()
            if colour is None:
                assert max(len(line) for line in preview.splitlines()) <= max(40, min(width, 200))


def test_an_ignored_overlap_with_blocks_out_of_order_renders() -> None:
    text = """\
planverksted: 1
title: Verksted
checks: {ignore: [overlap, gap]}
agenda:
  - {title: Sent, time: "14:00 - 15:00"}
  - {title: Tidlig, time: "09:00 - 10:00"}
"""
    analysis = analyse_text(text, "w.yaml")
    assert not analysis.errors
    for language in LANGUAGES:
        context = build_context(analysis, language=language)
        preview = render_terminal(context, width=80)
        assert "Tidlig" in preview and "Sent" in preview


# --- Every format, every audience, every layout, with what the outputs find hardest (#18) ---


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


_PNG = (
    b"\x89PNG\r\n\x1a\n"
    + _chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
    + _chunk(b"IDAT", zlib.compress(b"\x00" + b"\x00" * 6 + b"\x00" + b"\xff" * 6))
    + _chunk(b"IEND", b"")
)
LOGOS = {
    "good.png": _PNG,
    "signature.png": _PNG[:8],
    "header.png": _PNG[:30],
    "huge.png": _PNG[:16] + struct.pack(">II", 64_000, 64_000) + _PNG[24:],
    "good.svg": b'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4">'
    b'<rect width="4" height="4"/></svg>',
    "entity.svg": b'<!DOCTYPE svg [<!ENTITY a "a">]><svg>&a;</svg>',
    "deep.svg": b"<svg>" + b"<g>" * 5_000 + b"</g>" * 5_000 + b"</svg>",
    "href.svg": b'<svg xmlns="http://www.w3.org/2000/svg"><image href="/etc/passwd"/></svg>',
}


@pytest.fixture(scope="session")
def logo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The logos, good and broken, beside the generated files (written once)."""
    folder = tmp_path_factory.mktemp("logos")
    for name, data in LOGOS.items():
        (folder / name).write_bytes(data)
    return folder


hard_text = st.one_of(
    titles,
    st.sampled_from(
        [
            "Velkommen 👋",
            "中文 会议 日本語 한국어",
            "שלום, مرحبا",
            "ᚠᚢᚦ \u05f6 \U0001f44d\U0001f3fd",
            "to\nlinjer",
            "Lang " + "tittel " * 60,
            "x" * 400,
        ]
    ),
    st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=20),
).filter(lambda text: text.strip() != "")
"""Any script at all, emoji, line breaks, long text: the PDF draws what it can (check
warns of the rest), every other format shows it."""


@st.composite
def hard_workshops(draw: st.DrawFn) -> dict[str, Any]:
    workshop = draw(workshops())
    workshop["title"] = draw(hard_text)
    # Times laid end to end, so that most files pass check: the hard part here is the text,
    # the logos and the dates, not the clock (the test above covers the clock).
    agendas = (
        [day["agenda"] for day in workshop["days"]] if "days" in workshop else [workshop["agenda"]]
    )
    for block in (block for agenda in agendas for block in agenda):
        block.pop("time", None)
        block.pop("start", None)
        if "parts" in block:
            block.pop("duration", None)
        else:
            block.setdefault("duration", 10)
    if draw(st.booleans()):
        workshop["organiser_logo"] = draw(st.sampled_from(sorted(LOGOS)))
    edge = draw(st.sampled_from([None, "0001-01-01", "9999-12-31", "2024-02-29", "same"]))
    if "days" in workshop:
        for day in workshop["days"]:
            if draw(st.booleans()):
                day["agenda"][0]["title"] = draw(hard_text)
        if edge == "same":
            for day in workshop["days"]:
                day["date"] = "2024-04-18"
        elif edge is not None:
            workshop["days"][0]["date"] = edge
    elif edge not in (None, "same"):
        workshop["date"] = edge
    if edge in ("0001-01-01", "9999-12-31"):
        workshop.pop("date", None) if "days" in workshop else None
    return workshop


def _outputs() -> list[list[tuple[str, str]]]:
    """Every format of the registry in every layout it has (and any added later), and the live
    page's two views, in four shares of about equal work: each share a test of its own, so
    that they run side by side (pytest-xdist). The PDF's layouts are the slow ones."""
    made = [
        (entry.format.name, layout)
        for entry in formats.every()
        if entry.format.available()
        for layout in entry.format.layouts
    ]
    pdf = [output for output in made if output[0] == "pdf"]
    rest = [output for output in made if output[0] != "pdf"]
    rest += [("live", "room"), ("live", "facilitator")]
    return [
        pdf[: len(pdf) // 2],
        pdf[len(pdf) // 2 :],
        rest[: len(rest) // 2],
        rest[len(rest) // 2 :],
    ]


SHARES = _outputs()


@pytest.mark.slow
@pytest.mark.parametrize(
    "share",
    SHARES,
    ids=["+".join(f"{name}-{layout}" for name, layout in share) for share in SHARES],
)
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])  # fmt: skip
@given(workshop=hard_workshops())
def test_every_file_check_passes_is_made_in_every_format_audience_and_layout(
    logo_folder: Path, share: list[tuple[str, str]], workshop: dict[str, Any]
) -> None:
    """The invariant of #18: what check passes with no error, every format makes, for both
    audiences, in every layout it has: a glyph no font has or a logo check refused is a
    warning, and the document is made without it."""
    from planverksted.runsheet.live import render_live_page

    text = yaml.safe_dump(workshop, allow_unicode=True, sort_keys=False)
    analysis = analyse_text(text, str(logo_folder / "w.yaml"), folder=logo_folder)
    event("check passes" if not analysis.errors else "check finds errors")
    if analysis.errors:
        return
    if analysis.workshop is not None and analysis.workshop.organiser_logo in LOGOS:
        good = analysis.workshop.organiser_logo.startswith("good")
        assert (analysis.logo is not None) is good
    printable = not any(f.code == "too-large-to-print" for f in analysis.findings)
    for name, layout in share:
        if name == "live":
            assert render_live_page(analysis, audience=layout)  # type: ignore[arg-type]
            continue
        if name in ("pdf", "docx") and not printable:
            continue
        entry = formats.get(name)
        for audience in AUDIENCES:
            job = formats.Job(
                analysis, audience, target=logo_folder / "x", options={"layout": layout}
            )
            try:
                assert entry.render(job)
            except PlanverkstedError as error:
                event(f"{name}: {error.message[:60]}")
                assert name == "ics" and "date" in error.message, error.message
