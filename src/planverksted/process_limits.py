"""The processor-time and memory limits a capped process sets on itself (POSIX).

Kept apart from :mod:`planverksted.capped`, and importing nothing but the standard library's
``resource`` and ``signal`` when called: the Typst worker (a fresh interpreter for every PDF)
sets its limits with this alone, without the dataclasses, typing and pickle machinery that
``capped`` brings (about 40 ms of every PDF's start).
"""

from __future__ import annotations

import sys


def set_limits(cpu_seconds: int, memory: int) -> None:  # pragma: no cover - in the child
    """Cap this process at ``cpu_seconds`` more processor time and ``memory`` bytes (POSIX;
    elsewhere nothing: the parent's wall-clock kill alone)."""
    try:
        import resource
    except ImportError:  # Windows
        return
    import signal

    # The child runs work, not the command: Ctrl-C reaches the parent, which kills it.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    used = resource.getrusage(resource.RUSAGE_SELF)
    cpu = int(used.ru_utime + used.ru_stime) + cpu_seconds
    _lower(resource.RLIMIT_CPU, cpu, cpu + 1)
    _lower(resource.RLIMIT_CORE, 0, 0)  # no core file where it stops
    if sys.platform.startswith("linux"):
        # What the process writes to (heap, anonymous maps): not the address space that
        # thread stacks and allocator arenas reserve without using.
        _lower(resource.RLIMIT_DATA, memory, memory)
    elif sys.platform != "darwin":
        # macOS reserves gigabytes of address space at start and enforces no memory
        # limit: there the time caps alone hold.
        _lower(resource.RLIMIT_AS, memory, memory)


def _lower(kind: int, soft: int, hard: int) -> None:  # pragma: no cover - in the child
    """Lower a limit to ``soft``/``hard``, never above what the system already allows."""
    import resource

    try:
        _, allowed = resource.getrlimit(kind)
        if allowed != resource.RLIM_INFINITY:
            soft, hard = min(soft, allowed), min(hard, allowed)
        resource.setrlimit(kind, (soft, hard))
    except (ValueError, OSError):
        pass  # a limit the system will not take: the others and the wall clock still hold
