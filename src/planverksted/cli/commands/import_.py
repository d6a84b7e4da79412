"""``planverksted import``: a run-sheet from Word, Excel, CSV or Markdown as a workshop file.

The new file is written (never over an existing one without ``--force``), then checked:
the findings are printed as ``check`` prints them, and the exit code is check's.
"""

from __future__ import annotations

import os
import shlex
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from planverksted import i18n
from planverksted.analysis import analyse_text
from planverksted.cli import voice
from planverksted.errors import PlanverkstedError, UsageError
from planverksted.importing.convert import convert, sniff_language
from planverksted.lint.finding import Severity
from planverksted.lint.formatters.text import write_text
from planverksted.lint.wording import worded
from planverksted.printable import visible
from planverksted.source.load import WORKSHOP_SUFFIXES
from planverksted.writing import plan_output, write_atomic


def run(
    source: str,
    output: str | None,
    *,
    table: int | None = None,
    force: bool = False,
    strict: bool = False,
    language: str | None = None,
) -> int:
    """Import ``source`` into ``output`` (``-``: print it), then check it as ``check`` does.

    The messages are in the new file's language (:mod:`planverksted.cli.voice`);
    ``language`` (``--lang``) words those said before that is known.
    """
    if language is not None:
        voice.hear_option(language)
    if output is None:
        raise UsageError.of("import.no-output", "import.no-output.hint", source=source)
    # Every line in the run-sheet's language (then --lang, the locale's last): a text
    # source's words are known before it is read, so its refusals speak them too.
    voice.hear_file(sniff_language(source))
    converted = convert(source, table)
    imported = converted.imported
    if imported.language is not None:
        voice.hear_file(imported.language)
    # The run-sheet's language where it tells one; --lang (then the locale) where it does not.
    spoken = voice.language()
    target = None if output == "-" else _target(output, source, force)
    if target is None:
        sys.stdout.write(converted.text)
    else:
        replacing = os.path.lexists(target)
        write_atomic(target, converted.text)
        blocks = _count_blocks(imported.data)
        message = "import.replaced" if replacing else "import.written"
        print(
            _say(
                message,
                spoken,
                path=output,
                source=Path(source).name,
                table=imported.table,
                blocks=blocks(spoken),
            )
        )
    for note in imported.notes:
        warning = i18n.message("import.warning", spoken)
        print(f"planverksted: {warning}: {visible(note.worded(spoken))}", file=sys.stderr)
    display = "<stdout>" if target is None else output
    folder = None if target is None else target.parent
    analysis = analyse_text(converted.text, display, folder=folder)
    # One language for the whole run: the findings speak as the messages do.
    used = spoken
    findings = [worded(finding, used) for finding in analysis.findings]
    # The findings go where check writes them; with -o - the workshop text is there.
    write_text(findings, 1, sys.stderr if target is None else sys.stdout, used)
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    if target is not None:
        print(_say("import.next", spoken, path=shlex.quote(output)))
    return 1 if any(finding.severity in failing for finding in findings) else 0


def _target(output: str, source: str, force: bool) -> Path:
    path = Path(output)
    if path.suffix.lower() not in WORKSHOP_SUFFIXES:
        raise UsageError.of(
            "import.output-suffix",
            "import.output-suffix.hint",
            path=output,
            source=source,
            suggestion=str(path.with_suffix(".yaml")),
        )
    if path.is_dir():
        raise PlanverkstedError.of("import.output-folder", "import.output-folder.hint", path=output)
    try:
        same = Path(source).exists() and path.exists() and path.samefile(source)
    except OSError:
        same = False
    if same:
        raise UsageError.of("import.output-is-source", "import.output-is-source.hint", path=output)
    # lexists: a link to nowhere is something there too, and writing would follow it.
    if os.path.lexists(path) and not force:
        raise PlanverkstedError.of("import.exists", "import.exists.hint", path=output)
    # writing.py's rules: only a regular file is ever replaced, never the source itself.
    return plan_output(path, inputs={source: "input.source"}, force=True)


def _count_blocks(data: dict[str, Any]) -> Callable[[str], str]:
    days = data.get("days")
    agendas = [day["agenda"] for day in days] if isinstance(days, list) else [data["agenda"]]
    count = sum(len(agenda) for agenda in agendas)

    def words(language: str) -> str:
        text_id = "import.blocks.one" if count == 1 else "import.blocks.many"
        blocks = _say(text_id, language, count=count)
        if isinstance(days, list) and len(days) > 1:
            counted = _say("import.days", language, count=len(days))
            return f"{counted}, {blocks}"
        return blocks

    return words


def _say(text_id: str, language: str, **args: object) -> str:
    return i18n.fill(i18n.message(text_id, language), language, args)
