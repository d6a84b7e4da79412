"""``planverksted render``: a workshop file as a run-sheet in any format of the registry.

A file with errors is not rendered: its findings go to standard error, as ``check``
writes them, and nothing is written. Warnings go to standard error too, and the
run-sheet is still made. ``-o`` may be given several times, and ``--all DIR`` writes
every format for both audiences: the file is analysed once, every output is checked
before the work and rendered before any is written. Each output file is written
atomically and never over the workshop file itself.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planverksted import i18n
from planverksted.cli import voice
from planverksted.cli.voice import say
from planverksted.errors import PlanverkstedError, UsageError, reason
from planverksted.i18n import PerLanguage, choices_of
from planverksted.lint.formatters.text import wants_colour, write_text

if TYPE_CHECKING:
    from planverksted.analysis import Analysis
    from planverksted.runsheet.formats import Job, OutputFormat, Registered

TEMPLATE_SUFFIXES = (".j2", ".jinja", ".jinja2")


def run(
    file: str,
    output_format: str | None = None,
    output: str | Sequence[str] | None = None,
    audience: str = "facilitator",
    language: str | None = None,
    template: str | None = None,
    layout: str | None = None,
    findings: bool = True,
    *,
    all_dir: str | None = None,
    options: Mapping[str, Any] | None = None,
    force: bool = False,
) -> int:
    """Render ``file``; 0 when every output was made, 1 when the file has errors.

    ``output`` is one path or several (``-o`` repeated): each is rendered from the one
    analysis, all of them before any is written. ``all_dir`` writes the run-sheet and the
    handout in every installed format into that folder. ``layout`` is ``full`` (the
    default) or ``compact``; ``findings=False`` leaves the check's findings off the
    run-sheet (they still go to standard error). ``options`` are more format settings
    (``reference_docx``). ``force`` lets ``-o`` replace a file that is not an earlier
    output (:func:`writing.plan_output` has the rules every output follows).
    """
    if _is_programme(file):
        return _render_programme(
            file,
            output_format,
            [output] if isinstance(output, str) else list(output or []),
            language,
            all_dir=all_dir,
            force=force,
            refused={
                "--template": template is not None,
                "--layout": layout is not None,
                "--audience": audience != "facilitator",
                "--reference-docx": bool((options or {}).get("reference_docx")),
            },
        )
    rendered = _rendered_workshop(
        file,
        output_format,
        output,
        audience,
        language,
        template,
        layout,
        findings,
        all_dir=all_dir,
        options=options,
        force=force,
    )
    if rendered is None:
        return 1
    _emit(rendered)
    return 0


def _emit(rendered: Sequence[tuple[Path | None, str | bytes]]) -> None:
    """Write every output to its file, all or none, then those without one to standard output."""
    from planverksted.writing import write_all

    # Every file or none: one that cannot be written leaves the others as they were.
    files = [(target, content) for target, content in rendered if target is not None]
    write_all(files)
    for path, _ in files:
        say("wrote", target=path)
    for target, content in rendered:
        if target is None:
            if isinstance(content, bytes):
                sys.stdout.flush()
                sys.stdout.buffer.write(content)
            else:
                sys.stdout.write(content)


def _rendered_workshop(
    file: str,
    output_format: str | None,
    output: str | Sequence[str] | None,
    audience: str,
    language: str | None,
    template: str | None,
    layout: str | None,
    findings: bool,
    *,
    all_dir: str | None,
    options: Mapping[str, Any] | None,
    force: bool,
) -> list[tuple[Path | None, str | bytes]] | None:
    """Every output of the workshop ``file``, rendered and its target checked, none written
    (None when the file has errors: its findings are already on standard error).

    ``run`` writes them; a programme's ``--all`` writes them with its other outputs, all
    or none.
    """
    options = {"findings": findings, **(options or {})}
    if layout is not None:
        options["layout"] = layout
    outputs = [output] if isinstance(output, str) else list(output or [])
    template_path = Path(template) if template is not None else None
    _refuse_empty_names(
        FILE=file,
        **{"-o": outputs, "--all": all_dir, "--template": template},
        **{"--reference-docx": (options or {}).get("reference_docx")},
    )
    _check_input(file)
    if all_dir is not None:
        if outputs or output_format is not None or template_path is not None or layout:
            raise UsageError.of("render.all-alone", "render.all-alone.hint")
        _prepare_folder(Path(all_dir))
        plan = _plan_all(file, Path(all_dir), None)
    else:
        plan = _plan(file, output_format, outputs, audience, template_path, force=force)
        if layout is not None:
            for chosen, _, _ in plan:
                _check_layout(layout, chosen.format, audience)
    _check_options(options, plan)

    analysis = analyse_file_reporting(file, language)
    if analysis is None:
        return None
    if all_dir is not None:
        assert analysis.workshop is not None  # a file without errors has one
        plan = _plan_all(file, Path(all_dir), language or analysis.workshop.language)
        plan = _drop_calendar_without_date(plan, analysis)
    plan = _check_print_caps(plan, analysis, leave_out=all_dir is not None)

    from planverksted.runsheet.formats import Job

    views: dict[str, Any] = {}
    rendered: list[tuple[Path | None, str | bytes]] = []
    inputs = _inputs(file, template_path)
    for chosen, target, job_audience in plan:
        job = Job(analysis, job_audience, language, template_path, target, options=options)
        if job_audience in views:
            # One view for each audience, whatever the number of formats drawn from it.
            job.__dict__["view"] = views[job_audience]
        if chosen.format.to_file == "no":
            job.width, job.color_system = _width(), _color_system()
        views.setdefault(job_audience, job.view)
        rendered.append((target, _render_capped(chosen, job)))
        # What a template included is known only now: none of it may be replaced either.
        inputs.update((path, "input.included") for path in job.template_files)

    from planverksted.runsheet import formats
    from planverksted.writing import plan_output

    for target, _ in rendered:
        if target is not None:
            plan_output(
                target,
                inputs=inputs,
                replaces=formats.suffixes(),
                force=force or all_dir is not None,
                hint=_HINT,
            )
    return rendered


def _refuse_empty_names(**given: str | Sequence[str] | None) -> None:
    """An empty name (``--all ""``, ``-o ""``) names no file: it would mean the working
    folder, or nothing. Said at once, as the usage error it is."""
    for option, value in given.items():
        values = [value] if isinstance(value, str) or value is None else list(value)
        if any(item is not None and str(item) == "" for item in values):
            raise UsageError.of("empty-name", "empty-name.hint", option=option)


def _render_capped(chosen: Registered, job: Job) -> str | bytes:
    """One output made in a child process under the render caps (:mod:`planverksted.capped`).

    The view is built here first, so that the child only draws it; what a template read
    comes back with the document.
    """
    from planverksted import capped

    what = job.target.name if job.target is not None else chosen.format.name.upper()
    if chosen.prepare is not None:
        chosen.prepare(job)

    def work() -> tuple[str | bytes, list[Path]]:
        return chosen.render(job), job.template_files

    document, read = capped.run(work, capped.Caps(what=what))
    job.template_files[:] = read
    return document


Planned = tuple["Registered", Path | None, str]
"""One output to make: its format, its file (None: standard output), its audience."""


def analyse_file_reporting(file: str, language: str | None = None) -> Analysis | None:
    """The file's analysis, its findings written to standard error; None when it has errors.

    The findings speak ``language``, else the file's own.
    """
    from planverksted.analysis import analyse_file
    from planverksted.lint.wording import worded

    analysis = analyse_file(file)
    voice.hear_file(analysis.told_language)
    if analysis.findings:
        spoken = voice.language()
        write_text([worded(f, spoken) for f in analysis.findings], 1, sys.stderr, spoken)
    if analysis.errors:
        say("render.not-rendered")
        return None
    return analysis


def _plan(
    file: str,
    output_format: str | None,
    outputs: list[str],
    audience: str,
    template_path: Path | None,
    *,
    force: bool = False,
) -> list[Planned]:
    """The outputs of ``-o`` (each once), checked before any work is done."""
    from planverksted.runsheet import formats

    if len(outputs) > 1 and template_path is not None:
        raise UsageError.of("render.template-many", "render.template-many.hint")
    targets = [None if name == "-" else Path(name) for name in outputs] or [None]
    if targets.count(None) > 1:
        raise UsageError.of("render.stdout-twice", "render.stdout-twice.hint")
    for target in targets:
        if target is not None:
            from planverksted.writing import check_writable

            check_writable(target)
    if template_path is not None:
        _check_template(template_path)
    from planverksted.writing import plan_output

    inputs = _inputs(file, template_path)
    plan: list[Planned] = []
    seen: dict[str, Path] = {}
    for target in targets:
        chosen = formats.get(
            choose_format(output_format, target, template_path, _isatty(sys.stdout))
        )
        if target is not None:
            plan_output(target, inputs=inputs, replaces=formats.suffixes(), force=force, hint=_HINT)
            real = os.path.realpath(target)
            if real in seen:
                raise UsageError.of(
                    "render.output-twice", "render.output-twice.hint", target=target
                )
            seen[real] = target
        elif chosen.format.to_file == "only":
            raise UsageError.of(
                "render.file-only",
                "render.file-only.hint",
                format=chosen.format.name.upper(),
                suffix=chosen.format.suffixes[0],
            )
        if template_path is not None and not chosen.format.templates:
            raise UsageError.of(
                "render.template-format",
                "render.template-format.hint",
                formats=choices_of(_template_formats()),
                summary=format_words(chosen.format.name),
                choices=_choices(_template_formats()),
            )
        if template_path is not None:
            _check_template_fits(chosen, template_path)
        _require(chosen)
        plan.append((chosen, target, audience))
    return plan


def _check_template_fits(chosen: Registered, template: Path) -> None:
    """A template of a binary format (a Typst .typ) makes that format and no other.

    Markdown and HTML share Jinja, so either renders the other's template as it always did.
    """
    from planverksted.runsheet import formats

    kind = _template_format(template)
    own = chosen.format
    if own.binary and kind != own.name:
        raise UsageError.of(
            "render.template-suffix",
            "render.template-suffix.hint",
            format=own.name.upper(),
            wanted=own.templates[0],
            given=template.name,
        )
    if kind is not None and kind != own.name and formats.get(kind).format.binary:
        raise UsageError.of(
            "render.template-kind",
            "render.template-kind.hint",
            template=template.name,
            kind=kind,
            made=kind.upper(),
            format=own.name,
        )


def _require(chosen: Registered) -> None:
    """Refuse a format whose optional part is not installed, naming the exact install."""
    if not chosen.format.available():
        raise UsageError.of(
            "render.extra",
            "render.extra.hint",
            format=chosen.format.name,
            extra=chosen.format.extra,
        )


def _prepare_folder(folder: Path) -> None:
    """The folder of ``--all``, made if it is not there (its parent must be)."""
    from planverksted.errors import OutputError

    if folder.exists() and not folder.is_dir():
        raise OutputError.of("render.all-is-file", "render.all-is-file.hint", folder=folder)
    if not folder.exists():
        if not folder.parent.is_dir():
            raise OutputError.of(
                "render.all-no-parent",
                "render.all-no-parent.hint",
                folder=folder,
                parent=folder.parent,
            )
        try:
            folder.mkdir()
        except OSError as error:
            raise OutputError.of("render.all-cannot", folder=folder, reason=reason(error)) from None


def _plan_all(file: str, folder: Path, language: str | None) -> list[Planned]:
    """Run-sheet and handout in every installed file format, into ``folder``.

    Without ``language`` (before the file is read) it only checks that some format is
    installed, and says which are not; with it, it names the files.
    """
    from planverksted.runsheet import formats
    from planverksted.writing import plan_output

    names = i18n.catalogue(language or i18n.DEFAULT).FILE_NAMES
    plan: list[Planned] = []
    for entry in formats.every():
        if entry.format.to_file == "no" or not entry.format.suffixes:
            continue
        if not entry.format.available():
            if language is None:
                continue
            say(
                "render.all-missing-extra",
                format=entry.format.name.upper(),
                extra=entry.format.extra,
            )
            continue
        for audience in ("facilitator", "participant"):
            target = folder / f"{names[audience]}{entry.format.suffixes[0]}"
            if language is not None:
                # The names are ours, and replace only files of their own suffix.
                plan_output(
                    target,
                    inputs=_inputs(file, None),
                    replaces=entry.format.suffixes,
                    hint=_HINT,
                )
            plan.append((entry, target, audience))
    return plan


def _check_print_caps(plan: list[Planned], analysis: Analysis, *, leave_out: bool) -> list[Planned]:
    """A file over the caps of the printed documents makes no PDF or Word document.

    ``check``'s warning (``too-large-to-print``, already shown) says where; asked for one
    with -o, the command refuses before any work; --all leaves them out and says so.
    """
    from planverksted.lint.rules.print_caps import PRINTED

    if not any(f.code == "too-large-to-print" for f in analysis.findings):
        return plan
    printed = [step for step in plan if step[0].format.name in PRINTED]
    if not printed:
        return plan
    if not leave_out:
        raise PlanverkstedError.of(
            "render.too-large-to-print",
            "render.too-large-to-print.hint",
            format=printed[0][0].format.name.upper(),
        )
    print(f"planverksted: {_message('render.print-left-out', analysis)}", file=sys.stderr)
    return [step for step in plan if step[0].format.name not in PRINTED]


def _message(key: str, analysis: Analysis) -> str:
    return i18n.message(key, analysis.language)


def _drop_calendar_without_date(plan: list[Planned], analysis: Analysis) -> list[Planned]:
    """--all makes a calendar only of a file with dates (a calendar needs them), and says so."""
    schedule = analysis.schedule
    if schedule is None or all(day.date is not None for day in schedule.days):
        return plan
    if any(chosen.format.name == "ics" for chosen, _, _ in plan):
        say("render.all-no-date")
    return [step for step in plan if step[0].format.name != "ics"]


def _check_options(options: Mapping[str, Any], plan: list[Planned]) -> None:
    reference = options.get("reference_docx")
    if reference is None:
        return
    if not any(chosen.format.name == "docx" for chosen, _, _ in plan):
        raise UsageError.of("render.reference-no-docx", "render.reference-no-docx.hint")
    from planverksted.runsheet.reference_docx import check_reference

    check_reference(Path(reference))


def _check_layout(layout: str, output_format: OutputFormat, audience: str) -> None:
    """``--layout`` only where the format draws it, and ``compact`` only for the facilitator."""
    from planverksted.runsheet import formats

    if layout not in output_format.layouts:
        drawn = [entry.format.name for entry in formats.every() if layout in entry.format.layouts]
        raise UsageError.of(
            "render.layout-format",
            "render.layout-format.hint",
            layout=layout,
            summary=format_words(output_format.name),
            choices=_choices(drawn),
        )
    if layout == "compact" and audience != "facilitator":
        raise UsageError.of("render.layout-audience", "render.layout-audience.hint")


def _template_formats() -> list[str]:
    """The formats a template renders: md, html, pdf."""
    from planverksted.runsheet import formats

    return [entry.format.name for entry in formats.every() if entry.format.templates]


def _choices(names: list[str]) -> PerLanguage:
    """ "html or --format pdf" (after a "--format"), in the message's language."""
    return choices_of([names[0], *(f"--format {name}" for name in names[1:])])


def format_words(name: str) -> PerLanguage:
    """A format as a message names it: "a Word document", "et Word-dokument"."""
    return i18n.worded(f"format.{name}")


def choose_format(
    output_format: str | None, target: Path | None, template: Path | None, to_terminal: bool
) -> str:
    """The output format: as asked, else from the output's suffix, else from the template's.

    Without any of these: the terminal preview when standard output is a terminal,
    Markdown when it is piped or redirected.
    """
    from planverksted.runsheet import formats

    by_suffix = formats.by_suffix(target.suffix) if target is not None else None
    suffix_format = by_suffix.format.name if by_suffix is not None else None
    if output_format is not None:
        if target is not None and formats.get(output_format).format.to_file == "no":
            raise UsageError.of(
                "render.not-to-file",
                "render.not-to-file.hint",
                summary=format_words(output_format),
                choices=_choices(_file_formats()),
            )
        if suffix_format is not None and suffix_format != output_format:
            raise UsageError.of(
                "render.format-mismatch",
                "render.format-mismatch.hint",
                format=output_format,
                target=target,
            )
        return output_format
    if target is not None:
        if suffix_format is None:
            raise UsageError.of(
                "render.unknown-suffix",
                "render.unknown-suffix.hint",
                target=target,
                suffixes=PerLanguage(_file_suffixes),
                choices=_choices(_file_formats()),
            )
        return suffix_format
    if template is not None:
        from_template = _template_format(template)
        if from_template is not None:
            return from_template
        raise UsageError.of(
            "render.unknown-template",
            "render.unknown-template.hint",
            template=template,
            choices=_choices(_template_formats()),
        )
    return "terminal" if to_terminal else "md"


def _file_formats() -> list[str]:
    from planverksted.runsheet import formats

    return [entry.format.name for entry in formats.every() if entry.format.to_file != "no"]


def _file_suffixes(language: str = "en") -> str:
    from planverksted.runsheet import formats

    usual = [entry.format.suffixes[0] for entry in formats.every() if entry.format.suffixes]
    return i18n.choices(usual, language)


def _template_format(template: Path) -> str | None:
    """``runsheet.html.j2`` is an HTML template; ``handout.md`` a Markdown one."""
    from planverksted.runsheet import formats

    name = template.name.lower()
    for suffix in TEMPLATE_SUFFIXES:
        name = name.removesuffix(suffix)
    suffix = Path(name).suffix
    return next(
        (entry.format.name for entry in formats.every() if suffix in entry.format.templates), None
    )


_HINT = "render.input-as-output.hint"


def _inputs(file: str, template: Path | None) -> dict[Path | str, str]:
    """The files this run reads, each with what it is: no output may replace one."""
    from planverksted.writing import STDIN

    inputs: dict[Path | str, str] = (
        {STDIN: "input.stdin"} if file == "-" else {Path(file): "input.workshop"}
    )
    if template is not None:
        inputs[template] = "input.template"
    return inputs


def _isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False


def _check_input(file: str) -> None:
    if file == "-":
        return
    path = Path(file)
    try:
        status = path.stat()
    except FileNotFoundError:
        raise UsageError.of("no-such-file", file=file) from None
    except OSError as error:
        raise PlanverkstedError.of("render.cannot-read", file=file, reason=reason(error)) from None
    if stat.S_ISDIR(status.st_mode):
        raise UsageError.of("render.folder", file=file)


def _check_template(template: Path) -> None:
    try:
        status = template.stat()
    except FileNotFoundError:
        raise UsageError.of(
            "render.template-missing", "render.template-missing.hint", template=template
        ) from None
    except OSError as error:
        raise PlanverkstedError.of(
            "render.template-cannot-read", template=template, reason=reason(error)
        ) from None
    if stat.S_ISDIR(status.st_mode):
        raise UsageError.of(
            "render.template-folder", "render.template-missing.hint", template=template
        )
    if not stat.S_ISREG(status.st_mode):
        raise UsageError.of(
            "render.template-special", "render.template-missing.hint", template=template
        )


def _color_system() -> str | None:
    """Colour where :func:`wants_colour` says so (the 16 standard colours), else None."""
    return "standard" if wants_colour(sys.stdout) else None


def _width() -> int:
    """The terminal's width (COLUMNS wins, as everywhere), 100 when it cannot be told.

    The preview clamps it to a readable 40..200 columns.
    """
    try:
        return shutil.get_terminal_size((100, 24)).columns
    except (OSError, ValueError):
        return 100


# --- programmes (#23): a programme file renders as its overview, and --all its workshops. ---

_PROGRAMME = re.compile(r"^programme[ \t]*:", re.MULTILINE)


def _is_programme(file: str) -> bool:
    """Whether ``file`` is a programme file (a top-level ``programme:``), read cheaply."""
    if file == "-":
        return False
    from planverksted.source.load import read_source

    try:
        if not Path(file).is_file():
            return False
    except OSError:
        return False
    text, _ = read_source(file)
    return text is not None and _PROGRAMME.search(text) is not None


def _render_programme(
    file: str,
    output_format: str | None,
    outputs: list[str],
    language: str | None,
    *,
    all_dir: str | None,
    force: bool,
    refused: Mapping[str, bool],
) -> int:
    """The programme overview to each ``-o`` (or Markdown on standard output).

    With ``all_dir``, each workshop's documents go below it, a folder a workshop, and the
    overview with them in every format unless ``-o`` names where it goes
    (``-o program.pdf --all verksteder/``). Everything is rendered before anything is
    written, and then written all or none.
    """
    from planverksted.lint.wording import worded
    from planverksted.programme.analysis import analyse_programme_file
    from planverksted.programme.render import FORMATS, render_programme
    from planverksted.runsheet import formats
    from planverksted.writing import check_writable, plan_output

    for option, given in refused.items():
        if given:
            raise UsageError.of(
                "render.programme-option", "render.programme-option.hint", option=option
            )
    if all_dir is not None and output_format is not None and not outputs:
        raise UsageError.of("render.all-alone", "render.all-alone.hint")
    _refuse_empty_names(FILE=file, **{"-o": outputs, "--all": all_dir})
    folder = Path(all_dir) if all_dir is not None else None
    if folder is not None:
        _check_folder(folder)
    targets: list[tuple[str, Path | None]] = []
    stem = Path(file).stem
    if folder is not None and not outputs:
        targets = [
            (name, folder / f"{stem}.{'md' if name == 'md' else name}")
            for name in FORMATS
            if formats.get(name).format.available()
        ]
    else:
        for name in outputs or ["-"]:
            target = None if name == "-" else Path(name)
            chosen = output_format
            if chosen is None:
                found = formats.by_suffix(target.suffix) if target is not None else None
                chosen = (
                    found.format.name if found is not None else "md" if target is None else None
                )
            if chosen not in FORMATS:
                shown = chosen or (target.suffix if target is not None else "")
                raise UsageError.of(
                    "render.programme-format", "render.programme-format.hint", format=shown
                )
            if target is not None:
                check_writable(target)
            targets.append((chosen, target))
    analysis = analyse_programme_file(file)
    voice.hear_file(analysis.language)
    spoken = voice.language()
    if analysis.findings:
        write_text([worded(f, spoken) for f in analysis.all_findings], 1, sys.stderr, spoken)
    if analysis.programme is None or any(f.severity.name == "ERROR" for f in analysis.findings):
        say("render.not-rendered")
        return 1
    broken = [
        entry for entry in analysis.entries if entry.analysis is None or entry.analysis.errors
    ]
    if folder is not None and broken:
        raise PlanverkstedError.of("render.programme-workshops", count=len(broken))
    inputs: dict[Path | str, str] = {Path(file): "input.programme"}
    for entry in analysis.entries:
        inputs[Path(entry.file)] = "input.programme-workshop"
        if entry.analysis is not None:
            inputs.update((source, "input.shared") for source in entry.analysis.sources)
    inputs.update((source, "input.shared") for source in analysis.sources)
    made: list[Path] = []  # folders this run made, taken away again if nothing is written
    try:
        if folder is not None:
            _make_folder(folder, made)
        rendered: list[tuple[Path | None, str | bytes]] = []
        for name, target in targets:
            rendered.append((target, render_programme(analysis, name, language, target)))
        for target, _ in rendered:
            if target is not None:
                plan_output(
                    target,
                    inputs=inputs,
                    replaces=formats.suffixes(),
                    force=force or (folder is not None and not outputs),
                    hint=_HINT,
                )
        if folder is not None:
            # Each workshop's documents in a folder of its own, named after its file.
            used: set[str] = set()
            for entry in analysis.entries:
                name = Path(entry.file).stem
                while name in used:
                    name += "-2"
                used.add(name)
                _check_folder(folder / name)
                _make_folder(folder / name, made)
                try:
                    workshop = _rendered_workshop(
                        entry.file,
                        None,
                        None,
                        "facilitator",
                        language,
                        None,
                        None,
                        True,
                        all_dir=str(folder / name),
                        options=None,
                        force=False,
                    )
                finally:
                    # A workshop's findings spoke its own language; the rest is the
                    # programme's (a refusal of its documents' folder too).
                    voice.hear_file(analysis.language)
                if workshop is None:  # checked above: no workshop has errors
                    raise PlanverkstedError.of("render.programme-workshops", count=1)
                rendered += workshop
        # -o naming a file a workshop's documents also go to (-o ut/a/kjoreplan.html --all ut).
        seen: set[str] = set()
        for target, _ in rendered:
            if target is None:
                continue
            real = os.path.normcase(os.path.realpath(target))
            if real in seen:
                raise UsageError.of(
                    "render.programme-output-clash",
                    "render.programme-output-clash.hint",
                    target=target,
                    folder=folder,
                )
            seen.add(real)
        # Every file or none: the overview and every workshop's documents are one step.
        _emit(rendered)
    except BaseException:
        for made_folder in reversed(made):
            with contextlib.suppress(OSError):
                made_folder.rmdir()  # only an empty one goes
        raise
    return 0


def _check_folder(folder: Path) -> None:
    """The folder of ``--all`` can be made (or is there): not a file, its parent there or
    to be made by this run."""
    from planverksted.errors import OutputError

    if folder.exists() and not folder.is_dir():
        raise OutputError.of("render.all-is-file", "render.all-is-file.hint", folder=folder)


def _make_folder(folder: Path, made: list[Path]) -> None:
    """Make the folder of ``--all`` (noted in ``made``) when it is not there."""
    if folder.is_dir():
        return
    _prepare_folder(folder)
    made.append(folder)
