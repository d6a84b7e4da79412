"""The command line: a thin typer shell over the pipeline.

Each command parses its arguments, calls a ``commands.*.run`` function that returns
an exit code, and exits with it. Heavy modules are imported inside the command that
needs them, so ``--help`` and shell completion stay instant. ``_handle_errors`` maps
expected failures to plain messages and anything else to a short crash report;
``--debug`` shows the traceback.
"""

# No "from __future__ import annotations": typer would have to eval every annotation.

import contextlib
import enum
import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
import typer.core

from planverksted import __version__


def _purpose(name: str, help_text: str | None) -> str | None:
    """``help_text`` with its first line, the command's purpose, in the locale's language:
    typer's own words stay English, but a nynorsk user reads what a command is for in
    nynorsk (``purpose.<name>`` in the catalogues; a command without one keeps its own)."""
    from planverksted import i18n
    from planverksted.cli import voice

    language = voice.locale_language()
    table = i18n.catalogue(language).MESSAGES
    purpose = table.get(f"purpose.{name}")
    if purpose is None:
        return help_text
    rest = (help_text or "").strip().split("\n\n", 1)
    return purpose if len(rest) < 2 else f"{purpose}\n\n{rest[1]}"


@contextlib.contextmanager
def _help_in_language(command: Any, name: str) -> Iterator[None]:
    own = command.help
    command.help = _purpose(name, own)
    try:
        yield
    finally:
        command.help = own


class _Command(typer.core.TyperCommand):
    """A command whose purpose line is written in the locale's language."""

    def format_help_text(self, ctx: Any, formatter: Any) -> None:
        with _help_in_language(self, self.name or ""):
            super().format_help_text(ctx, formatter)

    def get_short_help_str(self, limit: int = 45) -> str:
        with _help_in_language(self, self.name or ""):
            return super().get_short_help_str(limit)


class _Group(typer.core.TyperGroup):
    """The command line itself, its purpose line in the locale's language, its usage errors
    in the user's (:mod:`planverksted.cli.usage`)."""

    def format_help_text(self, ctx: Any, formatter: Any) -> None:
        with _help_in_language(self, "app"):
            super().format_help_text(ctx, formatter)

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        from planverksted.cli import usage, voice
        from planverksted.i18n import message

        given = list(sys.argv[1:] if args is None else args)
        try:
            result = super().main(given, prog_name, complete_var, standalone_mode=False, **extra)
        except Exception as error:
            kinds = {kind.__name__ for kind in type(error).__mro__}
            if "Abort" in kinds:  # the input ended while a question waited for an answer
                print(f"planverksted: {message('interrupted', voice.language())}", file=sys.stderr)
                sys.exit(1)
            if "ClickException" not in kinds:
                raise
            if "NoArgsIsHelpError" in kinds:  # no command at all: the help, as typer shows it
                error.show()  # type: ignore[attr-defined]
                sys.exit(error.exit_code)  # type: ignore[attr-defined]
            voice.reset()
            usage.hear(given)
            language = voice.language()
            named = given[0] if given and given[0] in self.commands else None
            said, hint = usage.explain(
                error, language, f"planverksted {named}" if named else "planverksted"
            )
            print(f"planverksted: {said}", file=sys.stderr)
            print(f"    {message('hint', language)}: {hint}", file=sys.stderr)
            voice.reset()
            sys.exit(2 if "UsageError" in kinds else getattr(error, "exit_code", 1))
        sys.exit(result if isinstance(result, int) else 0)


app = typer.Typer(
    name="planverksted",
    cls=_Group,
    help="Plan political workshops: check and render timed run-sheets from one YAML file.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

_state: dict[str, Any] = {"debug": False}


class CheckFormat(enum.StrEnum):
    text = "text"
    json = "json"
    github = "github"


def _languages() -> type[enum.StrEnum]:
    """The --lang choices: every catalogue in i18n/ and the other names for them (no, nob, …)."""
    from planverksted import i18n

    names = [*i18n.LANGUAGES, *i18n.LANGUAGE_ALIASES]
    return enum.StrEnum("Language", {name: name for name in names})  # type: ignore[return-value]


if TYPE_CHECKING:
    Language = enum.StrEnum
else:
    Language = _languages()


def _version(value: bool) -> None:
    if value:
        print(f"planverksted {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the full traceback if planverksted itself fails.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    _state["debug"] = debug
    # One command, one --lang: nothing is left from an earlier run in the same process.
    from planverksted.cli import voice

    voice.reset()


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a command runs.

    A big programme makes a few hundred thousand small dicts and tuples (positions, the
    model, the view); the collector would rescan them again and again for nothing, as
    nothing here makes cycles. Rendering 10,000 blocks takes half the time, with the same
    peak memory (docs/performance.md).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _handle_errors(command: Callable[[], int], files: Sequence[str] = ()) -> NoReturn:
    """Run a command and exit with its code; no user ever sees a raw traceback.

    Every line is written in the run's language (:mod:`planverksted.cli.voice`): that of
    the workshop ``files`` the command works on, else ``--lang``, else the locale's.
    """
    from planverksted.cli import voice
    from planverksted.cli.streams import OutputClosedError, StdoutError, silence_stdout
    from planverksted.errors import PlanverkstedError, reason_in
    from planverksted.i18n import fill
    from planverksted.i18n import message as text
    from planverksted.printable import visible

    # What an earlier run left (a test calling a command's run() itself) is not this run's.
    voice.hear_file(None)
    languages = {voice.sniff_file(name) for name in files}
    if len(languages) == 1:
        voice.hear_file(languages.pop())
    try:
        with _collector_paused():
            code = command()
    except (OutputClosedError, BrokenPipeError):
        # The reader went away (| head -1): what it wanted, it has. Stop quietly, as cat does.
        # (A binary format writes to the byte stream below the guarded text one.)
        silence_stdout()
        code = 0
    except PlanverkstedError as error:
        if isinstance(error, StdoutError):
            silence_stdout()
        # An error made without a catalogue wording is English: so is its hint's label.
        language = voice.language() if error.wording is not None else "en"
        message, hint = error.in_language(language)
        # A message may quote what the user typed or a file holds: never as control characters.
        print(f"planverksted: {visible(message)}", file=sys.stderr)
        if hint:
            print(f"    {text('hint', language)}: {visible(hint)}", file=sys.stderr)
        code = error.exit_code
    except OSError as error:
        if _state["debug"] or error.filename is None:
            raise
        # A path the user gave that the system refuses: a file problem, not a bug.
        name = visible(os.fsdecode(error.filename))
        language = voice.language()
        line = fill(
            text("path-problem", language),
            language,
            {"file": name, "reason": reason_in(error, language)},
        )
        print(f"planverksted: {line}", file=sys.stderr)
        code = 1
    except KeyboardInterrupt:
        print(f"planverksted: {text('interrupted', voice.language())}", file=sys.stderr)
        code = 130
    except Exception as error:  # the crash report, instead of a traceback
        if _state["debug"]:
            raise
        language = voice.language()
        report = fill(
            text("crash", language), language, {"error": f"{type(error).__name__}: {error}"}
        )
        print(f"planverksted: {report}", file=sys.stderr)
        code = 3
    raise typer.Exit(code)


def _spoken(language: enum.StrEnum | None) -> str | None:
    """The language code of a --lang option (``no`` is ``nb``), remembered for messages."""
    from planverksted import i18n
    from planverksted.cli import voice

    code = None if language is None else i18n.normalise(language.value)
    voice.hear_option(code)
    return code


@app.command(cls=_Command)
def check(
    files: Annotated[
        list[str],
        typer.Argument(
            metavar="FILE...",
            help="Workshop files to check; a folder means every *.yaml in it; - reads stdin.",
            show_default=False,
        ),
    ],
    output_format: Annotated[
        CheckFormat, typer.Option("--format", "-f", help="text, json or github (annotations).")
    ] = CheckFormat.text,
    strict: Annotated[
        bool, typer.Option("--strict", help="Warnings fail the check too (exit 1).")
    ] = False,
    ignore: Annotated[
        list[str] | None,
        typer.Option("--ignore", metavar="CODE", help="Leave out findings with this code."),
    ] = None,
    language: Annotated[
        Language | None,
        typer.Option(
            "--lang",
            "--language",
            help="Each file's findings are in its own language (nb when it names none); "
            "this words the rest in nb, nn or en (no means nb): the summary of files in "
            "several languages, and what is said before a file is read. Default: the "
            "locale's (LANG), else English.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Validate and time-check workshop files, like a linter.

    Exit 0 when no file has errors, 1 when one has (or warnings, with --strict), 2 for a
    wrong command line.
    """

    def run() -> int:
        from planverksted.cli.commands import check as command

        return command.run(files, output_format.value, strict, ignore or [], spoken)

    spoken = _spoken(language)

    _handle_errors(run, files)


def _render_formats() -> type[enum.StrEnum]:
    """The --format choices: every module in runsheet/formats (the modules are not imported)."""
    from planverksted.runsheet import formats

    return enum.StrEnum("RenderFormat", {name: name for name in formats.names()})  # type: ignore[return-value]


if TYPE_CHECKING:
    RenderFormat = enum.StrEnum
else:
    RenderFormat = _render_formats()


class Audience(enum.StrEnum):
    facilitator = "facilitator"
    participant = "participant"


class Layout(enum.StrEnum):
    full = "full"
    compact = "compact"
    tables = "tables"
    cards = "cards"


@app.command(cls=_Command)
def render(
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE", help="The workshop file; - reads stdin.", show_default=False
        ),
    ],
    output_format: Annotated[
        RenderFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="The output format. Default: from the suffix of -o (.md, .html, …); "
            "without -o, the terminal preview on a terminal and Markdown when piped.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        list[str] | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="Write to this file (replaced atomically) instead of standard output. "
            "Give it again for more formats from one run: -o a.pdf -o a.docx -o dag.ics.",
        ),
    ] = None,
    all_dir: Annotated[
        str | None,
        typer.Option(
            "--all",
            metavar="DIR",
            help="Write the run-sheet and the handout in every installed format "
            "(html, md, pdf, docx, ics) into DIR.",
            show_default=False,
        ),
    ] = None,
    audience: Annotated[
        Audience,
        typer.Option(
            "--audience",
            "-a",
            help="facilitator: the full run-sheet; participant: a handout without notes "
            "or anything marked facilitator_only.",
        ),
    ] = Audience.facilitator,
    language: Annotated[
        Language | None,
        typer.Option(
            "--lang",
            "--language",
            help="The run-sheet's labels, dates and times in nb, nn or en (no means nb). "
            "Default: the file's language, which the command's own lines always speak.",
            show_default=False,
        ),
    ] = None,
    template: Annotated[
        str | None,
        typer.Option(
            "--template",
            metavar="PATH",
            help="Your own template (Jinja, or Typst for PDF), given the context in "
            "docs/templates.md.",
        ),
    ] = None,
    reference_docx: Annotated[
        str | None,
        typer.Option(
            "--reference-docx",
            metavar="PATH",
            help="For Word output: take the styles, page and headers of this document or "
            "template (.docx, .dotx).",
            show_default=False,
        ),
    ] = None,
    layout: Annotated[
        Layout | None,
        typer.Option(
            "--layout",
            help="full: every section (default); compact: the facilitator's run-sheet on "
            "one page, with method steps inline; tables: who sits at which table; cards: a "
            "card for each table, two to an A4 page (HTML, PDF).",
            show_default=False,
        ),
    ] = None,
    no_findings: Annotated[
        bool,
        typer.Option("--no-findings", help="Leave the check's findings off the run-sheet."),
    ] = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Replace an existing -o file even when it is not an earlier output "
            "(a file whose suffix no format writes, such as .yaml).",
        ),
    ] = False,
) -> None:
    """Render a workshop file as a run-sheet.

    HTML, PDF, Word, calendar, Markdown or a terminal preview.

    A file with errors is not rendered (exit 1); warnings are shown on standard error
    and the run-sheet is still made. Exit 2 for a wrong command line.
    """

    def run() -> int:
        from planverksted.cli.commands import render as command

        return command.run(
            file,
            output_format.value if output_format is not None else None,
            output,
            audience.value,
            spoken,
            template,
            layout.value if layout is not None else None,
            not no_findings,
            all_dir=all_dir,
            options={"reference_docx": reference_docx} if reference_docx is not None else {},
            force=force,
        )

    spoken = _spoken(language)

    _handle_errors(run, [file])


@app.command(name="run", cls=_Command)
def run_command(
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE", help="The workshop file; - reads stdin.", show_default=False
        ),
    ],
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="Write the room's page (for the projector) to this file (.html), and the "
            "facilitator's beside it (live.html: live.prosessleder.html), instead of opening "
            "them in the browser.",
        ),
    ] = None,
    language: Annotated[
        Language | None,
        typer.Option(
            "--lang",
            "--language",
            help="The pages' labels and times in nb, nn or en (no means nb). Default: the "
            "file's language, which the command's own lines always speak.",
            show_default=False,
        ),
    ] = None,
    terminal: Annotated[
        bool,
        typer.Option("--terminal", help="Show now, next and the countdown in the terminal."),
    ] = False,
    now: Annotated[
        str | None,
        typer.Option(
            "--now",
            metavar="TIME",
            help="Hold the clock at 13:57 (or 2024-04-18T13:57), to rehearse.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace an existing file that is not .html.")
    ] = False,
) -> None:
    """Run the workshop on the day: a live page.

    Two HTML pages that work offline: the room's page (for the projector) shows what runs
    now, a countdown and what comes next, and nothing marked for the facilitator; the
    facilitator's page the whole day with the notes and the expected times. Without -o
    the facilitator's page opens in the browser. --terminal shows it in the terminal.
    """

    def run() -> int:
        from planverksted.cli.commands import run as command

        return command.run(file, output, spoken, force=force, terminal=terminal, now=now)

    spoken = _spoken(language)
    _handle_errors(run, [file])


# Completion runs on every <Tab>: these read names without pydantic, jinja2 or rich.
def _complete_starter(incomplete: str) -> list[tuple[str, str]]:
    from planverksted.workshop.scaffold import list_starters

    return [(s.name, s.description) for s in list_starters() if s.name.startswith(incomplete)]


def _complete_method(incomplete: str) -> list[tuple[str, str]]:
    from planverksted.workshop.builtin_methods import BUILTIN_METHODS

    return [
        (key, str(method.get("description", "")))
        for key, method in BUILTIN_METHODS.items()
        if key.startswith(incomplete)
    ]


@app.command(cls=_Command)
def new(
    path: Annotated[
        str | None,
        typer.Argument(
            metavar="PATH",
            help="The workshop file to create (.yaml); - prints it instead.",
            show_default=False,
        ),
    ] = None,
    starter: Annotated[
        str,
        typer.Option(
            "--starter",
            "-s",
            metavar="NAME",
            help="The starter to begin from; --list shows them.",
            autocompletion=_complete_starter,
        ),
    ] = "blank",
    title: Annotated[
        str | None,
        typer.Option("--title", metavar="TEXT", help="The workshop's title.", show_default=False),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date", metavar="DATE", help="The day: 2024-04-18 or 18.04.2024.", show_default=False
        ),
    ] = None,
    start: Annotated[
        str | None,
        typer.Option(
            "--start",
            metavar="HH:MM",
            help="When the day starts; the agenda and the planned end move with it.",
            show_default=False,
        ),
    ] = None,
    end: Annotated[
        str | None,
        typer.Option(
            "--end",
            metavar="HH:MM",
            help="The planned end; alone, the agenda and the start move with it.",
            show_default=False,
        ),
    ] = None,
    language: Annotated[
        Language | None,
        typer.Option(
            "--language",
            "--lang",
            help="nb, nn or en (no means nb): the language of the file, and of the starter "
            "chosen. Default: the starter's.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="Replace an existing file, and a different schema file beside it."
        ),
    ] = False,
    list_only: Annotated[
        bool, typer.Option("--list", help="List the starters, one per line, and stop.")
    ] = False,
) -> None:
    """Start a new workshop file from a starter.

    Beside it goes planverksted.schema.json, which the file's first line points editors
    at, for completion and checking as you type. An existing file is never replaced
    without --force (exit 1).
    """

    def run() -> int:
        from planverksted.cli.commands import new as command

        if list_only:
            sys.stdout.write(command.list_starters())
            return 0
        details = command.Details(
            title=title,
            date=date,
            start=start,
            end=end,
            language=spoken,
        )
        return command.run(path, starter, details, force=force)

    spoken = _spoken(language)

    _handle_errors(run)


@app.command(name="import", cls=_Command)
def import_command(
    source: Annotated[
        str,
        typer.Argument(
            metavar="SOURCE",
            help="The run-sheet you have: a Word (.docx), Excel (.xlsx), CSV or Markdown file.",
            show_default=False,
        ),
    ],
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="The workshop file to write (.yaml); - prints it instead.",
            show_default=False,
        ),
    ] = None,
    table: Annotated[
        int | None,
        typer.Option(
            "--table",
            metavar="N",
            min=1,
            help="Read table N (from 1; a sheet in Excel). Default: the first with a column "
            "of times.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace an existing workshop file.")
    ] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Warnings of the check fail too (exit 1).")
    ] = False,
    language: Annotated[
        Language | None,
        typer.Option(
            "--lang",
            "--language",
            help="Word what is said before the run-sheet is read in nb, nn or en (no means "
            "nb); after, the messages and findings are in the new file's language.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Import a run-sheet from Word, Excel or CSV.

    Bring the run-sheet you have: a table in a .docx, .xlsx, .csv or Markdown file. Each row
    becomes a block with its time as written; the new file is then checked, and
    the findings printed as check prints them. Exit 0 when it has no errors, 1 when it has
    (or warnings, with --strict) or cannot be read, 2 for a wrong command line. An
    existing file is never replaced without --force.
    """

    def run() -> int:
        from planverksted.cli.commands import import_ as command

        return command.run(source, output, table=table, force=force, strict=strict, language=spoken)

    spoken = _spoken(language)

    _handle_errors(run)


@app.command(cls=_Command)
def schema(
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="Write the schema to this file (replaced atomically) instead of printing it.",
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option("--force", help="Replace an existing -o file even when it is not .json."),
    ] = False,
    programme: Annotated[
        bool,
        typer.Option(
            "--programme",
            help="The schema of programme files (programme: and its workshops) instead.",
        ),
    ] = False,
) -> None:
    """Print the JSON Schema of workshop files, for editors.

    It is generated from the same model that check validates with.
    """

    def run() -> int:
        from planverksted.cli.commands import schema as command

        return command.run(output, force=force, programme=programme)

    _handle_errors(run)


@app.command(cls=_Command)
def methods(
    name: Annotated[
        str | None,
        typer.Argument(
            metavar="[NAME]",
            help="A method to show in full.",
            show_default=False,
            autocompletion=_complete_method,
        ),
    ] = None,
    language: Annotated[
        Language | None,
        typer.Option(
            "--lang",
            "--language",
            help="The methods' words in nb, nn or en (no means nb). Default: the locale's "
            "(LANG), else English.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """List the built-in group methods, or show one in full.

    With NAME: its steps with their minutes, and the source of the timings. Exit 1 when
    there is no method called NAME.
    """

    def run() -> int:
        from planverksted.cli.commands import methods as command

        return command.run(name, spoken)

    spoken = _spoken(language)

    _handle_errors(run)


class GroupsFormat(enum.StrEnum):
    text = "text"
    json = "json"


@app.command(cls=_Command)
def groups(
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE", help="The workshop file; - reads stdin.", show_default=False
        ),
    ],
    output_format: Annotated[
        GroupsFormat, typer.Option("--format", "-f", help="text, or json for tools.")
    ] = GroupsFormat.text,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            metavar="PATH",
            help="An earlier allocation: the workshop file as it was (.yaml), or a saved "
            "--format json. Moves as few people as possible, and says who moved.",
        ),
    ] = None,
    language: Annotated[
        Language | None,
        typer.Option(
            "--lang",
            "--language",
            help="The listing in nb, nn or en (no means nb). Default: the file's language, "
            "which the findings and messages always speak.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Show who sits where: tables, rounds, balance and parallel tracks.

    Every group work's tables in every round (the host first), how many of each mix value
    sit at each table, pairs who meet twice, and who goes to which parallel track. Exit 1
    when the file has errors.
    """

    def run() -> int:
        from planverksted.cli.commands import groups as command

        return command.run(file, output_format.value, since, spoken)

    spoken = _spoken(language)

    _handle_errors(run, [file])


@app.command(cls=_Command)
def serve(
    file: Annotated[
        str,
        typer.Argument(metavar="FILE", help="The workshop file to show.", show_default=False),
    ],
    port: Annotated[
        int,
        typer.Option(
            "--port",
            "-p",
            min=0,
            max=65535,
            help="The port to listen on, at 127.0.0.1. Default: a free one.",
            show_default=False,
        ),
    ] = 0,
    open_browser: Annotated[
        bool, typer.Option("--open", help="Open the page in your web browser.")
    ] = False,
) -> None:
    """Show the run-sheet in your browser, new on every save.

    The page has the file's findings in a bar on top, and links to the handout and to
    each language. Only this computer can see it (127.0.0.1). Ctrl-C stops it (exit 0).
    """

    def run() -> int:
        from planverksted.cli.commands import serve as command

        return command.run(file, port, open_browser)

    _handle_errors(run, [file])


def main() -> None:
    """The console script."""
    from planverksted.cli import streams, voice
    from planverksted.i18n import message

    streams.prepare()
    code: int | str | None = 0
    try:
        app()
    except SystemExit as exit:
        code = exit.code
    except streams.OutputClosedError:
        code = 0
    except streams.StdoutError as error:
        print(f"planverksted: {error.in_language(voice.language())[0]}", file=sys.stderr)
        code = 1
    except KeyboardInterrupt:  # before a command took over (parsing the command line)
        print(f"planverksted: {message('interrupted', voice.language())}", file=sys.stderr)
        code = 130
    finally:
        # The process ends here: spare its final garbage collection a walk over every object
        # a big programme left (40 ms of the exit after rendering 10,000 blocks).
        gc.freeze()
    try:
        sys.stdout.flush()
    except streams.OutputClosedError:
        pass
    except streams.StdoutError as error:
        print(f"planverksted: {error.in_language(voice.language())[0]}", file=sys.stderr)
        code = 1
    # Nothing is left to write: the interpreter's own last flush must not fail either.
    streams.silence_stdout()
    raise SystemExit(code)
