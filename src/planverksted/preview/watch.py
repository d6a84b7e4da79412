"""Watching one file (and the files it names) for saves, with ``watchfiles``, in a thread.

The folder is watched, not the file: many editors save by writing a new file beside
the old one and renaming it over it, and a watch on the old file would go with it.
Changes are filtered to the files' own names (and, for a symbolic link, to the file it
points to) and debounced, so one save is one refresh.

The watch outlives its folders: a folder that is not there (deleted, or not made yet) is
waited for by watching the nearest folder above it that is; when a watched folder is
deleted or replaced by another of the same name, the watch starts again over the folders
as they are now. Each time a watch starts, the file is read again (``on_change``), so a
save made while nothing was watching is not lost. A watch the system refuses is tried
again after a moment; one it keeps refusing is reported (``on_trouble``), once, and so is
the watch that works again after it.
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

DEBOUNCE_MS = 300
"""At most this long to gather the changes of one save before reporting them."""
STEP_MS = 30
"""Report the changes once nothing has changed for this long."""
LOOK_AGAIN_MS = 500
"""How often a watch looks whether its folders are still the ones it watches, even when no
change was reported (a folder deleted with everything above it may report nothing)."""
REFUSALS_REPORTED = 3
"""A watch refused this many times in a row is reported: once may be a folder deleted just
as it was watched; three times, half a second apart, is the system saying no (a limit of
watches reached)."""


class FileWatcher:
    """Calls ``on_change`` from its own thread each time ``path`` (or a file it follows) is saved.

    :meth:`follow` adds the files the workshop names (a shared people file): a save of
    any of them is a change too.
    """

    def __init__(
        self,
        path: Path,
        on_change: Callable[[], object],
        on_trouble: Callable[[BaseException | None], object] | None = None,
    ) -> None:
        self.on_change = on_change
        self.on_trouble = on_trouble
        """Told of a watch the system keeps refusing (its error), and of the watch that
        works again after it (None)."""
        self._refusals = 0
        self.targets = _spellings(path)
        self.folders = sorted({str(Path(target).parent) for target in self.targets})
        self._own = frozenset(self.targets)
        self._stop = threading.Event()
        self._refolder = threading.Event()
        self.ready = threading.Event()
        self._seen: dict[str, tuple[int, int, int] | None] = {}
        """Set once the folders are watched: a save from then on is reported."""
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
        while not self._stop.is_set():
            self._refolder.clear()
            self._watch_once()

    def _watch_once(self) -> None:
        """Report saves until a folder is no longer the one watched, or the folders change."""
        from watchfiles import watch

        self.ready.clear()
        folders = list(self.folders)
        known = {folder: _identity(folder) for folder in folders}
        # A folder that is not there is waited for from the nearest folder above it.
        watched = sorted({folder if known[folder] else _nearest(folder) for folder in folders})
        names = set(self.targets) | {
            _normal(step)
            for folder in folders
            for step in _steps(Path(folder), Path(_nearest(folder)))
        }
        try:
            for changes in watch(
                *watched,
                watch_filter=lambda _change, name: _normal(Path(name)) in names,
                debounce=DEBOUNCE_MS,
                step=STEP_MS,
                stop_event=_Either(self._stop, self._refolder),
                recursive=False,
                raise_interrupt=False,
                rust_timeout=LOOK_AGAIN_MS,
                yield_on_timeout=True,
            ):
                seen = _signatures(self.targets)
                if (
                    not self.ready.is_set()
                    or seen != self._seen
                    or any(_normal(Path(name)) in self.targets for _, name in changes)
                ):
                    # The signatures catch a save the system never reported (one made as a
                    # re-created folder's watch was being put on): looked at every
                    # LOOK_AGAIN_MS, a stat of each file, nothing opened.
                    self._seen = seen
                    # Once watched (the first time, or again after a folder came back),
                    # the file is read again: a save made before the watch was on counts.
                    self.on_change()
                    self.ready.set()
                    self._working()
                if any(_identity(folder) != was for folder, was in known.items()):
                    return
        except Exception as error:  # a folder went away as the watch was put on it, or
            # the system refused the watch: look again after a moment (or stop).
            self._refused(error)
            self._stop.wait(LOOK_AGAIN_MS / 1000)

    def _refused(self, error: BaseException) -> None:
        self._refusals += 1
        if self._refusals == REFUSALS_REPORTED and self.on_trouble is not None:
            self.on_trouble(error)

    def _working(self) -> None:
        if self._refusals >= REFUSALS_REPORTED and self.on_trouble is not None:
            self.on_trouble(None)
        self._refusals = 0


class _Either:
    """Set when either event is: a watch ends when serve stops or its folders change."""

    def __init__(self, first: threading.Event, second: threading.Event) -> None:
        self.first, self.second = first, second

    def is_set(self) -> bool:
        return self.first.is_set() or self.second.is_set()


def _signatures(paths: Iterable[str]) -> dict[str, tuple[int, int, int] | None]:
    """Inode, size and modification time of each path (None where it is not there)."""
    found: dict[str, tuple[int, int, int] | None] = {}
    for path in paths:
        try:
            status = Path(path).stat()
        except OSError:
            found[path] = None
        else:
            found[path] = (status.st_ino, status.st_size, status.st_mtime_ns)
    return found


def _spellings(path: Path) -> set[str]:
    """The path as given and the file it points to (for a symbolic link)."""
    return {_normal(path), _normal(Path(os.path.realpath(path)))}


def _nearest(folder: str) -> str:
    """``folder``, or the nearest folder above it that is there."""
    path = Path(folder)
    while _identity(str(path)) is None and path != path.parent:
        path = path.parent
    return str(path)


def _steps(folder: Path, above: Path) -> list[Path]:
    """The folders from ``folder`` up to just below ``above``: those still to come."""
    steps = []
    while folder != above and folder != folder.parent:
        steps.append(folder)
        folder = folder.parent
    return steps


def _identity(folder: str) -> tuple[int, int] | None:
    """Which folder is at ``folder`` now (device and inode), or None when none is."""
    try:
        status = Path(folder).stat()
    except OSError:
        return None
    return (status.st_dev, status.st_ino) if stat.S_ISDIR(status.st_mode) else None


def _normal(path: Path) -> str:
    """One spelling of a path, to compare (case-blind where the file system is, on Windows)."""
    return os.path.normcase(os.path.normpath(Path(path).absolute()))
