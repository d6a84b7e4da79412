"""``planverksted groups``: who sits at which table in every group work and round, the
balance of each table, pairs who meet twice, people moved since an earlier allocation, and
who goes to which parallel track."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Mapping
from pathlib import Path

from planverksted import i18n
from planverksted.analysis import Analysis, analyse_file
from planverksted.cli import voice
from planverksted.errors import UsageError, what_it_is
from planverksted.i18n import PerLanguage
from planverksted.lint.finding import Severity
from planverksted.lint.formatters.text import write_text
from planverksted.lint.wording import in_language
from planverksted.seating.export import (
    MAX_SAVED_BYTES,
    SavedAllocationError,
    allocation_json,
    read_saved,
)
from planverksted.seating.plan import GroupWork, Previous, Seating, TrackSeats, plan_seating
from planverksted.source.load import WORKSHOP_SUFFIXES
from planverksted.timing.clock import format_clock


def run(
    name: str, output_format: str = "text", since: str | None = None, language: str | None = None
) -> int:
    """Print the seating of ``name``; 1 when the file has errors, else 0.

    The listing on standard output is in ``language`` (``--lang``), else the file's, as a
    rendered document is; the findings and messages on standard error are in the file's
    language, as every line the program says is (:mod:`planverksted.cli.voice`).
    """
    if language is not None:
        voice.hear_option(language)
    _refuse_programme(name)
    analysis = analyse_file(name)
    voice.hear_file(analysis.told_language)
    listing = language or analysis.language
    previous = _previous(since) if since is not None else None
    seating = analysis.seating
    if analysis.schedule is not None and previous is not None:
        folder = None if name == "-" else Path(name).parent
        seating, _ = plan_seating(analysis.schedule, folder, previous)
    errors = _report(analysis, voice.language())
    if seating is None:
        seating = _empty()
    if output_format == "json":
        sys.stdout.write(allocation_json(seating) + "\n")
    else:
        sys.stdout.write("".join(f"{line}\n" for line in text_lines(seating, listing, since)))
    return 1 if errors else 0


def _empty() -> Seating:
    from planverksted.seating.participants import Roster

    return Seating(Roster())


def _report(analysis: Analysis, language: str) -> bool:
    """The file's errors (and warnings about the seating) on standard error; True on errors."""
    from planverksted.lint.rules import seating as rule

    ours = {code.name for code in rule.CODES}
    shown = [
        dataclasses.replace(finding, message=message, hint=hint)
        for finding in analysis.findings
        if finding.severity is Severity.ERROR or finding.code in ours
        for message, hint in [in_language(finding, language)]
    ]
    if shown:
        write_text(shown, 1, sys.stderr, language)
    return bool(analysis.errors)


def _previous(since: str) -> Previous:
    """The earlier allocation: a workshop file's own seating, or a saved ``--format json``."""
    path = Path(since)
    suffix = path.suffix.lower()
    if suffix in WORKSHOP_SUFFIXES:
        if not path.exists():
            raise UsageError.of("no-such-file", file=since)
        if not path.is_file():
            raise UsageError.of(
                "not-a-file",
                file=since,
                kind=PerLanguage(lambda lang: what_it_is(path, lang) or ""),
            )
        earlier = analyse_file(since)
        if earlier.seating is None:
            raise UsageError.of("groups.since-empty", "groups.since.hint", file=since)
        return earlier.seating.previous()
    if suffix != ".json":
        raise UsageError.of("groups.since-type", "groups.since.hint", file=since)
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_SAVED_BYTES + 1)
    except FileNotFoundError:
        raise UsageError.of("no-such-file", file=since) from None
    except OSError:
        raise UsageError.of("groups.since-unreadable", "groups.since.hint", file=since) from None
    try:
        if len(data) > MAX_SAVED_BYTES:
            raise SavedAllocationError("too large")
        return read_saved(data.decode("utf-8-sig"))
    except (SavedAllocationError, UnicodeDecodeError):
        raise UsageError.of("groups.since-unreadable", "groups.since.hint", file=since) from None


def text_lines(seating: Seating, language: str, since: str | None = None) -> list[str]:
    """The seating as plain lines: each group work and round, then the parallel tracks."""
    labels = i18n.labels_table(language)
    lines: list[str] = []
    for work in seating.groups:
        lines += _work_lines(work, labels, language, since)
        lines.append("")
    blocks: dict[str, list[TrackSeats]] = {}
    for track in seating.tracks:
        blocks.setdefault(track.block, []).append(track)
    for block, tracks in blocks.items():
        lines.append(f"{block} ({labels['seating_parallel'].lower()})")
        for track in tracks:
            span = _span(track.start, track.end, language)
            room = f" · {track.room_name}" if track.room_name else ""
            lines.append(f"  {track.track} · {span}{room} · {len(track.members)}")
            leaders = set(track.leaders)
            names = [
                f"{name} ({labels['seating_leads']})" if name in leaders else name
                for name in track.members
            ]
            lines.append(f"    {', '.join(names)}")
        lines.append("")
    if not lines:
        return [labels["seating_nothing"]]
    return lines[:-1]


def _span(start: int, end: int, language: str) -> str:
    return f"{format_clock(start, language)}–{format_clock(end, language)}"


def _work_lines(
    work: GroupWork, labels: Mapping[str, str], language: str, since: str | None
) -> list[str]:
    table_word = _label(labels, "seating_table")
    title = work.block if work.part is None else f"{work.block}: {work.part}"
    tables = len(work.rounds[0]) if work.rounds else 0
    facts = [_span(work.start, work.end, language), f"{tables} {_label(labels, 'seating_tables')}"]
    if len(work.rounds) > 1:
        facts.append(f"{len(work.rounds)} {_label(labels, 'seating_rounds')}")
    if work.mix:
        mixed = ", ".join(i18n.column_name(column, language) for column in work.mix)
        facts.append(f"{_label(labels, 'seating_mix')} {mixed}")
    lines = [f"{title} · {' · '.join(facts)}"]
    none = _label(labels, "seating_no_value")
    for number, seating_round in enumerate(work.rounds, 1):
        indent = "  "
        if len(work.rounds) > 1:
            lines.append(f"  {_label(labels, 'seating_round')} {number}")
            indent = "    "
        for table in seating_round:
            names = [
                f"{name} ({_label(labels, 'seating_host')})"
                if name == table.host and index == 0
                else name
                for index, name in enumerate(table.members)
            ]
            lines.append(
                f"{indent}{table_word} {table.number} ({len(table.members)}): {', '.join(names)}"
            )
            for column, counts in table.balance.items():
                tally = ", ".join(f"{value or none} {count}" for value, count in counts.items())
                lines.append(f"{indent}  {i18n.column_name(column, language)}: {tally}")
    if work.mix:
        if work.uneven:
            for column, value, spread in work.uneven:
                lines.append(
                    "  "
                    + _label(labels, "seating_uneven").format(
                        column=i18n.column_name(column, language),
                        value=value or none,
                        spread=spread,
                    )
                )
        else:
            lines.append(f"  {_label(labels, 'seating_even')}")
    if len(work.rounds) > 1:
        if work.repeated_pairs:
            pairs = "; ".join(f"{a} + {b}" for a, b in work.repeated_pairs)
            lines.append(
                "  "
                + _label(labels, "seating_repeats").format(
                    count=len(work.repeated_pairs), pairs=pairs
                )
            )
        else:
            lines.append(f"  {_label(labels, 'seating_repeats_none')}")
    if work.moved is not None and since is not None:
        if work.moved:
            lines.append(
                "  "
                + _label(labels, "seating_moved").format(
                    count=len(work.moved), since=since, names=", ".join(work.moved)
                )
            )
        else:
            lines.append("  " + _label(labels, "seating_moved_none").format(since=since))
    return lines


def _label(labels: Mapping[str, str], key: str) -> str:
    return labels[key]


def _refuse_programme(file: str) -> None:
    """A programme file is no workshop: said plainly, in its language, not as three
    false errors of a workshop's keys."""
    from planverksted.programme.analysis import refusal_of_programme

    refused = refusal_of_programme(file, "groups")
    if refused is not None:
        error, language = refused
        voice.hear_file(language)
        raise error
