"""``planverksted run``: the workshop on the day, as a live page or in the terminal.

Two self-contained HTML pages (:mod:`planverksted.runsheet.live`): the room's, for the
projector, which holds nothing marked for the facilitator, and the facilitator's, with the
whole day and the notes. ``-o live.html`` writes the room's page there and the
facilitator's beside it as ``live.prosessleder.html`` (``live.prosessleiar.html`` in
nynorsk, ``live.facilitator.html`` in English: the page's language), atomically; an
existing file that is not a web page only with ``--force``, never the workshop file
itself, and neither page when one of them may not be written. Without ``-o`` both go to a
temporary folder and the facilitator's page, which links to the room's, is opened in the
browser. ``--terminal`` shows the same now/next/countdown with rich
(:mod:`planverksted.runsheet.live_terminal`). A file with errors is not run.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from planverksted.cli import voice
from planverksted.cli.voice import say
from planverksted.errors import UsageError
from planverksted.i18n import Key
from planverksted.lint.formatters.text import write_text

if TYPE_CHECKING:
    from planverksted.analysis import Analysis

PAGE_SUFFIXES = (".html", ".htm")

_NOW = re.compile(
    r"(?:(?P<date>\d{4}-\d{2}-\d{2})[T ])?(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:[:.](?P<s>\d{2}))?"
)


def parse_now(text: str) -> tuple[dt.date | None, int]:
    """``13:57``, ``13.57``, ``13:57:30`` or ``2024-04-18T13:57``: a date and seconds of day."""
    match = _NOW.fullmatch(text.strip())
    if match is None:
        raise UsageError.of("run.now", "run.now.hint", raw=Key(text))
    hours, minutes, seconds = int(match["h"]), int(match["m"]), int(match["s"] or 0)
    if hours > 23 or minutes > 59 or seconds > 59:
        raise UsageError.of("run.now-range", "run.now-range.hint", raw=Key(text))
    date = None
    if match["date"]:
        try:
            date = dt.date.fromisoformat(match["date"])
        except ValueError:
            raise UsageError.of("run.now-date", raw=Key(text), date=match["date"]) from None
    return date, hours * 3600 + minutes * 60 + seconds


def run(
    file: str,
    output: str | None = None,
    language: str | None = None,
    *,
    force: bool = False,
    terminal: bool = False,
    now: str | None = None,
) -> int:
    """Make the live page (or run the terminal view) for ``file``; 1 when it has errors."""
    from planverksted.analysis import analyse_file

    _check_input(file)
    target = Path(output) if output is not None else None
    if terminal and target is not None:
        raise UsageError.of("run.terminal-and-output", "run.terminal-and-output.hint")
    if output == "-":
        raise UsageError.of("run.stdout", "run.stdout.hint")
    if target is not None and now is not None:
        raise UsageError.of("run.now-and-output", "run.now-and-output.hint")
    moment = parse_now(now) if now is not None else None
    if target is not None:
        _check_target(file, target, force=force)

    _refuse_programme(file)
    analysis = analyse_file(file)
    voice.hear_file(analysis.told_language)
    if analysis.findings:
        from planverksted.lint.wording import worded

        spoken = voice.language()
        findings = [worded(finding, spoken) for finding in analysis.findings]
        write_text(findings, 1, sys.stderr, spoken)
    if analysis.errors:
        say("run.not-run")
        return 1

    if terminal:
        from planverksted.runsheet.live_terminal import run_terminal

        return run_terminal(analysis, language, moment)

    from planverksted.runsheet.live import facilitator_page_name
    from planverksted.writing import write_all

    if target is None:
        import tempfile

        target = Path(tempfile.mkdtemp(prefix="planverksted-")) / "live.html"
        opening = True
    else:
        opening = False
    # The pages' names are in the pages' own language (--lang, else the file's).
    beside = target.with_name(facilitator_page_name(target.name, language or analysis.language))
    if not opening:
        _check_target(file, beside, force=force)
    room, facilitator = _pages(analysis, language, target)
    write_all([(target, room), (beside, facilitator)])  # both pages, or neither
    say("run.wrote-room", target=target)
    say("run.wrote-facilitator", target=beside)
    return _open(beside, now) if opening else 0


def _pages(analysis: Analysis, language: str | None, target: Path) -> tuple[str, str]:
    """The room's and the facilitator's pages, made under the render caps
    (:mod:`planverksted.capped`) as every other render is: passing one is a plain message."""
    from planverksted import capped
    from planverksted.runsheet import live

    def work() -> tuple[str, str]:
        room = live.render_live_page(analysis, language, "room")
        facilitator = live.render_live_page(
            analysis, language, "facilitator", room_page=target.name
        )
        return room, facilitator

    live.prepare()  # compiled here, not again in the capped child
    return capped.run(work, capped.Caps(what=target.name))


def _open(path: Path, now: str | None) -> int:
    """Open the page at ``path`` in the browser (with ``?now=`` when asked)."""
    import urllib.parse
    import webbrowser

    address = path.resolve().as_uri()
    if now is not None:
        address += "?" + urllib.parse.urlencode({"now": now.strip()})
    try:
        opened = webbrowser.open(address)
    except webbrowser.Error:
        opened = False
    if not opened:
        say("run.no-browser", address=address)
    return 0


def _check_input(file: str) -> None:
    if file == "-":
        return
    path = Path(file)
    if path.is_dir():
        raise UsageError.of("run.folder", file=file)
    if not path.exists():
        raise UsageError.of("no-such-file", file=file)


def _check_target(file: str, target: Path, *, force: bool) -> None:
    """The one output rule (:func:`writing.plan_output`): never the workshop file (nor
    standard input's), only a regular file, and without --force only an earlier page."""
    from planverksted.writing import STDIN, plan_output

    what = "input.stdin" if file == "-" else "input.workshop"
    plan_output(
        target,
        inputs={STDIN if file == "-" else Path(file): what},
        replaces=PAGE_SUFFIXES,
        force=force,
        hint="run.input-as-output.hint",
    )


def _refuse_programme(file: str) -> None:
    """A programme file is no workshop: said plainly, in its language, not as three
    false errors of a workshop's keys."""
    from planverksted.programme.analysis import refusal_of_programme

    refused = refusal_of_programme(file, "run")
    if refused is not None:
        error, language = refused
        voice.hear_file(language)
        raise error
