"""``planverksted render``: a workshop file as a run-sheet in Markdown, HTML or on the terminal.

A file with errors is not rendered: its findings go to standard error, as ``check``
writes them, and nothing is written. Warnings go to standard error too, and the
run-sheet is still made. An output file is written atomically and never over the
workshop file itself.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from planverksted.errors import UsageError
from planverksted.lint.report import wants_colour, write_text

if TYPE_CHECKING:
    from planverksted.runsheet.formats import OutputFormat

TEMPLATE_SUFFIXES = (".j2", ".jinja", ".jinja2")


def run(
    file: str,
    output_format: str | None = None,
    output: str | None = None,
    audience: str = "facilitator",
    language: str | None = None,
    template: str | None = None,
    layout: str | None = None,
    findings: bool = True,
) -> int:
    """Render ``file``; 0 when the run-sheet was made, 1 when the file has errors.

    ``layout`` is ``full`` (the default) or ``compact``; ``findings=False`` leaves the
    check's findings off the run-sheet (they still go to standard error).
    """
    from planverksted.analysis import analyse_file
    from planverksted.runsheet import formats

    target = None if output in (None, "-") else Path(output)
    template_path = Path(template) if template is not None else None
    _check_input(file)
    if target is not None:
        from planverksted.writing import check_writable

        check_writable(target)
    if template_path is not None and not template_path.is_file():
        what = "a folder" if template_path.is_dir() else "not there"
        raise UsageError(f"the template {template} is {what}", "give the path of a template file")
    chosen = formats.get(choose_format(output_format, target, template_path, sys.stdout.isatty()))
    if target is not None:
        _refuse_input_as_output(file, target)
    if template_path is not None and not chosen.format.templates:
        raise UsageError(
            f"a template renders {_template_formats()}, not {chosen.format.summary}",
            f"add --format {_template_formats(' or --format ')}, or write to a file with -o",
        )
    if layout is not None:
        _check_layout(layout, chosen.format, audience)
    if not chosen.format.available():
        raise UsageError(
            f"{chosen.format.name} output needs an optional part of planverksted",
            f"install it with: pip install 'planverksted[{chosen.format.extra}]'",
        )

    analysis = analyse_file(file)
    if analysis.findings:
        write_text(analysis.findings, 1, sys.stderr)
    if analysis.errors:
        print(
            "planverksted: not rendered, because the file has errors (see above)", file=sys.stderr
        )
        return 1

    from planverksted.runsheet.formats import Job

    options = {"findings": findings} | ({"layout": layout} if layout is not None else {})
    job = Job(analysis, audience, language, template_path, target, options=options)
    if chosen.format.to_file == "no":
        job.width, job.color_system = _width(), _color_system()
    rendered = chosen.render(job)
    if target is None:
        if isinstance(rendered, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(rendered)
        else:
            sys.stdout.write(rendered)
        return 0

    from planverksted.writing import write_atomic

    write_atomic(target, rendered)
    print(f"planverksted: wrote {target}", file=sys.stderr)
    return 0


def _check_layout(layout: str, output_format: OutputFormat, audience: str) -> None:
    """``--layout`` only where the format draws it, and ``compact`` only for the facilitator."""
    from planverksted.runsheet import formats

    if layout not in output_format.layouts:
        drawn = [entry.format.name for entry in formats.every() if layout in entry.format.layouts]
        raise UsageError(
            f"--layout {layout} is not drawn by {output_format.summary}",
            f"use --format {' or --format '.join(drawn)}, or leave out --layout",
        )
    if layout == "compact" and audience != "facilitator":
        raise UsageError(
            "--layout compact is the facilitator's one-page run-sheet",
            "leave out --layout for the participants' handout",
        )


def _template_formats(separator: str = " or ") -> str:
    from planverksted.runsheet import formats

    return separator.join(entry.format.name for entry in formats.every() if entry.format.templates)


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
            raise UsageError(
                f"{formats.get(output_format).format.summary} is not written to a file",
                f"leave out -o, or use --format {_file_formats(' or --format ')}",
            )
        if suffix_format is not None and suffix_format != output_format:
            raise UsageError(
                f"--format {output_format} does not match the output file {target}",
                f"name the file with .{output_format}, or leave out --format",
            )
        return output_format
    if target is not None:
        if suffix_format is None:
            raise UsageError(
                f"cannot tell the format from the file name {target}",
                f"name it {_file_suffixes()}, or add --format {_file_formats(' or --format ')}",
            )
        return suffix_format
    if template is not None:
        from_template = _template_format(template)
        if from_template is not None:
            return from_template
        raise UsageError(
            f"cannot tell the format from the template name {template}",
            f"add --format {_template_formats(' or --format ')}",
        )
    return "terminal" if to_terminal else "md"


def _file_formats(separator: str) -> str:
    from planverksted.runsheet import formats

    return separator.join(
        entry.format.name for entry in formats.every() if entry.format.to_file != "no"
    )


def _file_suffixes() -> str:
    from planverksted.runsheet import formats

    usual = [entry.format.suffixes[0] for entry in formats.every() if entry.format.suffixes]
    return ", ".join(usual[:-1]) + f" or {usual[-1]}" if len(usual) > 1 else "".join(usual)


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


def _check_input(file: str) -> None:
    if file == "-":
        return
    path = Path(file)
    if path.is_dir():
        raise UsageError(f"{file} is a folder; render takes one workshop file")
    if not path.exists():
        raise UsageError(f"no such file: {file}")


def _refuse_input_as_output(file: str, target: Path) -> None:
    """Never write the run-sheet over the workshop file it was made from."""
    if file == "-":
        return
    source = Path(file)
    same = os.path.realpath(source) == os.path.realpath(target)
    if not same and target.exists():
        try:
            same = source.samefile(target)
        except OSError:
            same = False
    if same:
        raise UsageError(
            f"the output {target} is the workshop file itself; it would be overwritten",
            "write the run-sheet to another file, like -o kjoreplan.html",
        )


def _color_system() -> str | None:
    """The terminal's colour system, or None where :func:`report.wants_colour` says no."""
    if not wants_colour(sys.stdout):
        return None
    from rich.console import Console

    return Console(file=sys.stdout).color_system or None


def _width() -> int:
    """The terminal's width (COLUMNS wins, as everywhere), 100 when it cannot be told."""
    return shutil.get_terminal_size((100, 24)).columns
