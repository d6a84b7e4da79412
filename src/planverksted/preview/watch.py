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
from collections.abc import Callable
from pathlib import Path

DEBOUNCE_MS = 300
"""At most this long to gather the changes of one save before reporting them."""
STEP_MS = 30
"""Report the changes once nothing has changed for this long."""


class FileWatcher:
    """Calls ``on_change`` from its own thread each time ``path`` is saved."""

    def __init__(self, path: Path, on_change: Callable[[], object]) -> None:
        self.on_change = on_change
        self.targets = {_normal(path), _normal(Path(os.path.realpath(path)))}
        self.folders = sorted({str(Path(target).parent) for target in self.targets})
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="planverksted-watch", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        from watchfiles import watch

        try:
            for _changes in watch(
                *self.folders,
                watch_filter=lambda _change, name: _normal(Path(name)) in self.targets,
                debounce=DEBOUNCE_MS,
                step=STEP_MS,
                stop_event=self._stop,
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


def _normal(path: Path) -> str:
    """One spelling of a path, to compare (case-blind where the file system is, on Windows)."""
    return os.path.normcase(os.path.normpath(Path(path).absolute()))
