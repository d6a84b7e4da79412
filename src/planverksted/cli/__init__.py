"""The command line: a thin typer shell (``app``) and one module a command."""

from planverksted.cli.shell import app, main

__all__ = ["app", "main"]
