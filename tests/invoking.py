"""The command line run in-process: what the installed command would do, without its process.

A test that only reads a command's exit code, output and files needs no process of its own:
starting one costs an interpreter and every import (about half a second of processor time,
several seconds on a busy machine). ``planverksted(...)`` runs the same typer application as
the console script, through typer's ``CliRunner``, in a given folder and environment, and
answers with a ``subprocess.CompletedProcess``, so that a test reads it as it read the
process's. Tests of what only a process has (the console's encoding, signals, a closed
standard stream, a terminal, the interpreter's start) keep the process.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator, Mapping
from pathlib import Path

from typer.testing import CliRunner

from planverksted.cli import shell


@contextlib.contextmanager
def _in(folder: Path | None) -> Iterator[None]:
    if folder is None:
        yield
        return
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def planverksted(
    *args: object,
    input: str | bytes | None = None,
    cwd: Path | None = None,
    env: Mapping[str, str | None] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``planverksted *args`` in-process; its exit code, standard output and error.

    ``env`` is laid over the environment for the run (a value of None removes the variable).
    An exception that escaped the command (which the console script would have shown as a
    traceback) is raised here, so that it fails the test instead of passing as exit 1.
    """
    words = [str(arg) for arg in args]
    with _in(cwd):
        result = CliRunner().invoke(shell.app, words, input=input, env=env)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return subprocess.CompletedProcess(
        ["planverksted", *words], result.exit_code, result.stdout, result.stderr
    )


def planverksted_bytes(
    *args: object, cwd: Path | None = None, env: Mapping[str, str | None] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """As :func:`planverksted`, with standard output and error as bytes (a PDF on stdout)."""
    words = [str(arg) for arg in args]
    with _in(cwd):
        result = CliRunner().invoke(shell.app, words, env=env)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return subprocess.CompletedProcess(
        ["planverksted", *words], result.exit_code, result.stdout_bytes, result.stderr_bytes
    )
