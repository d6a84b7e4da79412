"""The command line: a thin typer shell (``app``) and one module a command.

``shell`` declares the commands and their options and maps errors to plain messages and
exit codes; ``commands/`` holds each command's ``run(...) -> int``.
"""

from planverksted.cli.shell import app, main

__all__ = ["app", "main"]
