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
from typing import Any

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


class _Unbuffered(CliRunner):
    """A runner whose standard output and error pass each write on at once (as
    ``PYTHONUNBUFFERED`` makes a process's), so that their mix is in the order written."""

    @contextlib.contextmanager
    def isolation(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        import sys

        with super().isolation(*args, **kwargs) as streams:
            for stream in (sys.stdout, sys.stderr):
                stream.reconfigure(write_through=True)  # type: ignore[union-attr]
            yield streams


def planverksted(
    *args: object,
    input: str | bytes | None = None,
    cwd: Path | None = None,
    env: Mapping[str, str | None] | None = None,
    merged: bool = False,
) -> subprocess.CompletedProcess[str]:
    """Run ``planverksted *args`` in-process; its exit code, standard output and error.

    ``env`` is laid over the environment for the run (a value of None removes the variable).
    ``merged``: standard error goes into standard output, each line where it was written
    (as ``stderr=subprocess.STDOUT`` gives a process's, unbuffered), and stderr is empty.
    An exception that escaped the command (which the console script would have shown as a
    traceback) is raised here, so that it fails the test instead of passing as exit 1.
    """
    words = [str(arg) for arg in args]
    with _in(cwd):
        runner = _Unbuffered() if merged else CliRunner()
        result = runner.invoke(shell.app, words, input=input, env=env)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    if merged:
        return subprocess.CompletedProcess(
            ["planverksted", *words], result.exit_code, result.output, ""
        )
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


@contextlib.contextmanager
def _environment(env: Mapping[str, str | None] | None) -> Iterator[None]:
    """``env`` laid over the environment (None removes a variable), and the old one back."""
    before = {name: os.environ.get(name) for name in env or {}}
    try:
        for name, value in (env or {}).items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def console_script(
    *args: object,
    encoding: str,
    input: bytes = b"",
    cwd: Path | None = None,
    env: Mapping[str, str | None] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """The console script (``planverksted.cli.main``) in-process, in a console of ``encoding``.

    The standard streams are made as the interpreter makes them when ``PYTHONIOENCODING``
    names ``encoding`` (and no error handler): text streams of that encoding over real files,
    standard input and output strict, standard error ``backslashreplace``. What the command
    sees of its console (the streams, their encoding and error handlers, their descriptors)
    is what the installed command would see; answers with the bytes it wrote, as a process
    run with that variable would have written them. The locale is left as it is: a console
    whose encoding comes from the locale (``LC_ALL=C``) needs a process of its own.
    """
    import gc
    import io
    import sys
    import tempfile

    from planverksted.cli import main

    words = [str(arg) for arg in args]
    with tempfile.TemporaryDirectory(prefix="planverksted-console-") as folder:
        given, out, err = (Path(folder) / name for name in ("in", "out", "err"))
        given.write_bytes(input)
        saved = (sys.stdin, sys.stdout, sys.stderr, sys.__stdout__, sys.argv)
        with given.open("rb") as read, out.open("wb") as written, err.open("wb") as said:
            sys.stdin = io.TextIOWrapper(read, encoding=encoding, errors="strict")
            sys.stdout = io.TextIOWrapper(written, encoding=encoding, errors="strict")
            sys.stderr = io.TextIOWrapper(said, encoding=encoding, errors="backslashreplace")
            sys.__stdout__ = sys.stdout
            sys.argv = ["planverksted", *words]
            code: int = 0
            try:
                with _in(cwd), _environment(env):
                    main()
            except SystemExit as end:
                if isinstance(end.code, str):  # as the interpreter shows it
                    print(end.code, file=sys.stderr)
                code = end.code if isinstance(end.code, int) else 0 if end.code is None else 1
            finally:
                gc.unfreeze()  # the console script freezes what is left, as it ends
                for stream in (sys.stdout, sys.stderr):
                    with contextlib.suppress(OSError, ValueError):
                        stream.flush()
                sys.stdin, sys.stdout, sys.stderr, sys.__stdout__, sys.argv = saved
        return subprocess.CompletedProcess(
            ["planverksted", *words], code, out.read_bytes(), err.read_bytes()
        )
