"""Standard streams that never crash a run: any encoding, a closed pipe, a full disk.

``prepare()`` runs first in the console script. Text that the console's encoding cannot
carry (cp1252, ASCII) comes out as ``?`` instead of an error; a closed or missing stream
reads or writes nothing; standard output that is closed by its reader (``| head -1``) ends
the run quietly, as ``cat`` does; a failed write to it (``> /dev/full``) is a plain error.
Messages to a standard error that cannot take them are lost, never a crash.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO, Any

from planverksted.errors import PlanverkstedError, reason


class OutputClosedError(Exception):
    """Standard output's reader has gone (a broken pipe): stop, quietly."""


class StdoutError(PlanverkstedError):
    """Standard output cannot be written (a full disk, a closed descriptor)."""


class _Guarded:
    """A text stream whose write and flush errors become :class:`OutputClosedError` or a plain error
    (standard output), or are dropped (standard error)."""

    def __init__(self, stream: IO[str], *, quiet: bool) -> None:
        self._stream = stream
        self._quiet = quiet

    def _failed(self, error: OSError) -> None:
        if self._quiet:
            return
        if isinstance(error, BrokenPipeError):
            raise OutputClosedError from None
        raise StdoutError.of("stdout.failed", reason=reason(error)) from None

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as error:
            self._failed(error)
            return len(text)
        except ValueError:  # a closed file
            if self._quiet:
                return len(text)
            raise StdoutError.of("stdout.failed", reason=_closed_words()) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as error:
            self._failed(error)
        except ValueError:
            if not self._quiet:
                raise StdoutError.of("stdout.failed", reason=_closed_words()) from None

    def isatty(self) -> bool:
        try:
            return self._stream.isatty()
        except (OSError, ValueError):
            return False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _closed_words() -> object:
    from planverksted.i18n import worded

    return worded("os.closed")


def prepare() -> None:
    """Make the standard streams safe for the rest of the run (see the module's doc)."""
    for name in ("stdin", "stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None or _closed(stream):
            # Python sets a stream to None when its descriptor was closed before start.
            mode = "r" if name == "stdin" else "w"
            setattr(sys, name, Path(os.devnull).open(mode, encoding="utf-8"))  # noqa: SIM115
            continue
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(errors="replace")
    sys.stdout = _Guarded(sys.stdout, quiet=False)
    sys.stderr = _Guarded(sys.stderr, quiet=True)


def _closed(stream: IO[str]) -> bool:
    try:
        stream.fileno()
    except (OSError, ValueError):
        return True
    except Exception:  # a stream without a descriptor (a test's StringIO) is open
        return False
    return False


def silence_stdout() -> None:
    """Point standard output at nothing, so the interpreter's last flush cannot fail."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno() if sys.__stdout__ is not None else 1)
        os.close(devnull)


def can_encode(stream: object, text: str) -> bool:
    """Whether ``stream``'s encoding carries ``text`` (a console in cp1252 has no ⚠)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True
