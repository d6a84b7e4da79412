"""The command line: a thin typer shell over the pipeline.

Each command parses its arguments, calls a ``commands.*.run`` function that returns
an exit code, and exits with it. Heavy modules are imported inside the command that
needs them, so ``--help`` and shell completion stay instant. ``_handle_errors`` maps
expected failures to plain messages and anything else to a short crash report;
``--debug`` shows the traceback.
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Callable
from typing import Annotated, NoReturn

import typer

from planverksted import __version__

app = typer.Typer(
    name="planverksted",
    help="Plan political workshops: check and render timed run-sheets from one YAML file.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

_state = {"debug": False}


class CheckFormat(enum.StrEnum):
    text = "text"
    json = "json"
    github = "github"


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


def _handle_errors(command: Callable[[], int]) -> NoReturn:
    """Run a command and exit with its code; no user ever sees a raw traceback."""
    from planverksted.errors import PlanverkstedError

    try:
        code = command()
    except PlanverkstedError as error:
        print(f"planverksted: {error.message}", file=sys.stderr)
        if error.hint:
            print(f"    hint: {error.hint}", file=sys.stderr)
        code = error.exit_code
    except KeyboardInterrupt:
        print("planverksted: interrupted", file=sys.stderr)
        code = 130
    except Exception as error:  # the crash report, instead of a traceback
        if _state["debug"]:
            raise
        print(
            f"planverksted: internal error ({type(error).__name__}: {error}).\n"
            "This is a bug in planverksted, not in your file. Run again with --debug "
            "for the details, and please report it.",
            file=sys.stderr,
        )
        code = 3
    raise typer.Exit(code)


@app.command()
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
) -> None:
    """Validate and time-check workshop files, like a linter.

    Exit 0 when no file has errors, 1 when one has (or warnings, with --strict), 2 for a
    wrong command line.
    """

    def run() -> int:
        from planverksted.commands import check as command

        return command.run(files, output_format.value, strict, ignore or [])

    _handle_errors(run)


def main() -> None:
    """The console script."""
    app()
