"""Watching one file for saves, with ``watchfiles``, in a thread of its own.

The folder is watched, not the file: many editors save by writing a new file beside
the old one and renaming it over it, and a watch on the old file would go with it.
Changes are filtered to the file's own name (and, for a symbolic link, to the file it
points to) and debounced, so one save is one refresh.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

DEBOUNCE_MS = 300
"""At most this long to gather the changes of one save before reporting them."""
STEP_MS = 30
"""Report the changes once nothing has changed for this long."""


class FileWatcher:
    """Calls ``on_change`` from its own thread each time ``path`` (or a file it follows) is saved.

    :meth:`follow` adds the files the workshop names (a shared people file): a save of
    any of them is a change too.
    """

    def __init__(self, path: Path, on_change: Callable[[], object]) -> None:
        self.on_change = on_change
        self.targets = _spellings(path)
        self.folders = sorted({str(Path(target).parent) for target in self.targets})
        self._own = frozenset(self.targets)
        self._stop = threading.Event()
        self._refolder = threading.Event()
        self._thread = threading.Thread(target=self._run, name="planverksted-watch", daemon=True)

    def follow(self, paths: Iterable[Path]) -> None:
        """Watch the file and ``paths`` (replacing the paths followed before)."""
        targets = set(self._own)
        for path in paths:
            targets |= _spellings(path)
        folders = sorted({str(Path(target).parent) for target in targets})
        self.targets = targets
        if folders != self.folders:
            self.folders = folders
            self._refolder.set()  # the watch starts again over the new folders

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        from watchfiles import watch

        stop_or_refolder = _Either(self._stop, self._refolder)
        try:
            while not self._stop.is_set():
                self._refolder.clear()
                for _changes in watch(
                    *self.folders,
                    watch_filter=lambda _change, name: _normal(Path(name)) in self.targets,
                    debounce=DEBOUNCE_MS,
                    step=STEP_MS,
                    stop_event=stop_or_refolder,
                    recursive=False,
                    raise_interrupt=False,
                    yield_on_timeout=False,
                ):
                    self.on_change()
        except Exception as error:  # the folder went away, or the system refused a watch
            print(
                f"planverksted: stopped watching for changes ({error}); restart serve",
                file=sys.stderr,
            )


class _Either:
    """Set when either event is: a watch ends when serve stops or its folders change."""

    def __init__(self, first: threading.Event, second: threading.Event) -> None:
        self.first, self.second = first, second

    def is_set(self) -> bool:
        return self.first.is_set() or self.second.is_set()


def _spellings(path: Path) -> set[str]:
    """The path as given and the file it points to (for a symbolic link)."""
    return {_normal(path), _normal(Path(os.path.realpath(path)))}


def _normal(path: Path) -> str:
    """One spelling of a path, to compare (case-blind where the file system is, on Windows)."""
    return os.path.normcase(os.path.normpath(Path(path).absolute()))
