"""Running one piece of work (a render) under a time and a memory cap that always holds.

A template or a file can make a renderer loop, or grow without end, in code we do not
control (Jinja's evaluation, Typst's compiler, python-docx). Interrupting the main
thread (``_thread.interrupt_main``) does nothing when SIGINT is ignored, as it is for
any program started in the background by a non-interactive shell, so the work runs in a
child process instead:

- on POSIX the process is forked (cheap: nothing is copied or pickled on the way in),
  the child sets ``RLIMIT_CPU`` and a memory limit (``RLIMIT_DATA`` where the system
  enforces it, else ``RLIMIT_AS``) on itself, and the parent kills it with SIGKILL at
  the wall-clock cap; only the result (and an expected error) comes back, pickled;
- where there is no fork (Windows), the work runs in a daemon thread and the caller
  gets the time cap's error when it passes; the thread is abandoned and ends with the
  command (there is no memory cap there).

Work already inside a capped child runs inline: caps do not nest.
"""

from __future__ import annotations

import dataclasses
import os
import pickle
import sys
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

from planverksted.errors import PlanverkstedError

T = TypeVar("T")

MAX_SECONDS = 300.0
"""Wall-clock cap of one render. The processor-time cap is what stops runaway work; this
one stops work that waits for ever (a read that never returns), and is five minutes so
that a busy machine, where a render of seconds takes a minute on the clock, never meets it."""
MAX_CPU_SECONDS = 20
"""Processor-time cap of one render (every thread of it together)."""
MAX_MEMORY = 1024 * 1024 * 1024
"""Memory cap of one render, in bytes (1 GiB): what the child may hold, the work it
inherited from the command included."""

_inside = False
"""True in a capped child: caps do not nest."""


@dataclasses.dataclass(frozen=True)
class Caps:
    """The caps of one piece of work."""

    what: str = "it"
    """What is being made, as messages name it: the output file, or the format (PDF)."""
    seconds: float = dataclasses.field(default_factory=lambda: MAX_SECONDS)
    cpu_seconds: int = dataclasses.field(default_factory=lambda: MAX_CPU_SECONDS)
    memory: int = dataclasses.field(default_factory=lambda: MAX_MEMORY)


def size_words(size: int) -> str:
    """1 GiB as "1 GB", 64 MiB as "64 MB": the words a message uses."""
    return f"{size / 1024**3:g} GB" if size >= 1024**3 else f"{size / 1024**2:g} MB"


class CapError(PlanverkstedError):
    """The work passed a cap: ``cap`` is ``time`` (wall clock), ``cpu`` or ``memory``."""

    def __init__(self, message: str, hint: str | None = None, *, cap: str = "time", **kw: Any):
        super().__init__(message, hint, **kw)
        self.cap = cap


class ChildCrash(RuntimeError):  # noqa: N818 - a crash report names it as it is
    """The child failed with an error that is not a user's (a bug): its traceback as text."""


def run(work: Callable[[], T], caps: Caps | None = None) -> T:
    """``work()`` under ``caps``; :class:`CapError` (``cap``: time, cpu or memory) past one.

    An expected error (:class:`PlanverkstedError`) raised by the work is raised again here,
    worded as it was; any other is a :class:`ChildCrash` with the child's traceback.
    """
    caps = caps or Caps()
    if _inside:
        return work()
    if not hasattr(os, "fork"):  # Windows
        return _in_thread(work, caps)
    return _in_child(work, caps)


def error(cap: str, caps: Caps) -> CapError:
    """The error for passing ``cap`` (``time``, ``cpu``, ``memory``), worded in any language."""
    return _error(cap, caps)


def _error(cap: str, caps: Caps) -> CapError:
    from planverksted import i18n

    values = {
        "time": {"seconds": f"{caps.seconds:g}"},
        "cpu": {"seconds": str(caps.cpu_seconds)},
        "memory": {"size": size_words(caps.memory)},
    }[cap] | {"what": caps.what}

    def wording(language: str) -> tuple[str, str | None]:
        text = i18n.fill(i18n.message(f"capped.{cap}", language), language, values)
        return text, i18n.message("capped.hint", language)

    message, hint = wording("en")
    return CapError(message, hint, cap=cap, wording=wording)


def _in_thread(work: Callable[[], T], caps: Caps) -> T:
    import threading

    outcome: list[tuple[bool, Any]] = []

    def target() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as error:
            outcome.append((False, error))

    thread = threading.Thread(target=target, daemon=True, name="planverksted-render")
    thread.start()
    thread.join(caps.seconds)
    if not outcome:
        raise _error("time", caps)
    done, value = outcome[0]
    if not done:
        raise value
    return value  # type: ignore[no-any-return]


def _in_child(work: Callable[[], T], caps: Caps) -> T:
    import selectors
    import signal
    import time
    import warnings

    read_end, write_end = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    with warnings.catch_warnings():
        # Python 3.12+ warns of fork in a process with threads: the child runs only our
        # work and leaves with os._exit, touching no lock another thread may hold.
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # pragma: no cover - the child's lines are not traced
        os.close(read_end)
        _child(work, caps, write_end)
    os.close(write_end)
    chunks: list[bytes] = []
    deadline = time.monotonic() + caps.seconds
    timed_out = False
    with selectors.DefaultSelector() as selector:
        selector.register(read_end, selectors.EVENT_READ)
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                timed_out = True
                break
            if not selector.select(left):
                continue
            chunk = os.read(read_end, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    os.close(read_end)
    if timed_out:
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    if timed_out:
        raise _error("time", caps)
    payload = b"".join(chunks)
    if os.WIFSIGNALED(status) or not payload:
        killed = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
        if killed == getattr(signal, "SIGXCPU", None):
            raise _error("cpu", caps)
        # Out of memory: Python raises MemoryError (sent back as "memory"), native code
        # aborts (SIGABRT) or is killed; a child that died any other way did too.
        raise _error("memory", caps)
    kind, value = pickle.loads(payload)
    if kind == "ok":
        return value  # type: ignore[no-any-return]
    if kind == "memory":
        raise _error("memory", caps)
    if kind == "expected":
        raise _rebuilt(value)
    raise ChildCrash(value)


def _child(work: Callable[[], Any], caps: Caps, out: int) -> None:  # pragma: no cover
    """Run ``work`` with the limits set, send its outcome to ``out``, and leave at once."""
    global _inside
    _inside = True
    code = 0
    try:
        set_limits(caps)
        try:
            payload = pickle.dumps(("ok", work()))
        except MemoryError:
            payload = pickle.dumps(("memory", None))
        except PlanverkstedError as error:
            payload = pickle.dumps(("expected", _portable(error)))
        except RecursionError:
            payload = pickle.dumps(("memory", None))
        except BaseException:
            payload = pickle.dumps(("crash", traceback.format_exc()))
        view = memoryview(payload)
        while view:
            written = os.write(out, view)
            view = view[written:]
    except BaseException:
        code = 70
    finally:
        os._exit(code)


def set_limits(caps: Caps) -> None:  # pragma: no cover - runs in the child
    """The caps on processor time and memory, set on this process (POSIX; else nothing)."""
    from planverksted.process_limits import set_limits as limit

    limit(caps.cpu_seconds, caps.memory)


@dataclasses.dataclass(frozen=True)
class _Portable:
    """An expected error as it crosses from the child: its class and its words in every
    language (its wording is a closure, which does not pickle)."""

    kind: type[PlanverkstedError]
    message: str
    hint: str | None
    worded: dict[str, tuple[str, str | None]]
    extra: dict[str, Any]


def _portable(error: PlanverkstedError) -> _Portable:  # pragma: no cover - in the child
    from planverksted.i18n import LANGUAGES

    # An error made without a wording stays one: the shell writes it as it was made.
    worded = (
        {language: error.in_language(language) for language in LANGUAGES}
        if error.wording is not None
        else {}
    )
    extra = {
        key: value
        for key, value in vars(error).items()
        if key not in ("message", "hint", "wording") and _pickles(value)
    }
    return _Portable(type(error), error.message, error.hint, worded, extra)


def _pickles(value: Any) -> bool:  # pragma: no cover - in the child
    try:
        pickle.dumps(value)
    except Exception:
        return False
    return True


def _rebuilt(portable: _Portable) -> PlanverkstedError:
    worded = portable.worded
    error = portable.kind.__new__(portable.kind)
    PlanverkstedError.__init__(
        error,
        portable.message,
        portable.hint,
        wording=(lambda language: worded.get(language, (portable.message, portable.hint)))
        if worded
        else None,
    )
    for key, value in portable.extra.items():
        setattr(error, key, value)
    return error
