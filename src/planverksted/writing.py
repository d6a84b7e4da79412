"""Writing an output file safely: the one set of rules every command that writes follows.

:func:`plan_output` judges a target before any work: it refuses what is not a regular file
(a device, a FIFO, a socket, a folder), any input of the same run (also through a link, or
as standard input's file), and an existing file that is not clearly an earlier output of
the same kind, unless ``--force``. :func:`write_atomic` then writes: the data goes to a
temporary file in the target's own folder (so the final rename never crosses file
systems), is flushed to disk, and replaces the target in one step. On any failure, Ctrl-C,
SIGTERM or SIGHUP the temporary file is removed and an existing file is left as it was.
Failures come back as :class:`OutputError` with a plain message.
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import FrameType, MappingProxyType

from planverksted import i18n
from planverksted.errors import OutputError, UsageError, reason
from planverksted.i18n import PerLanguage, choices_of, worded

STDIN = "-"
"""Stands for standard input among a run's inputs: its file, when it is one, is an input."""


def plan_output(
    path: Path,
    *,
    inputs: Mapping[Path | str, str] = MappingProxyType({}),
    replaces: Iterable[str] = (),
    force: bool = False,
    hint: str = "output.is-input.hint",
) -> Path:
    """The file ``path`` will really write (through a link), or an error saying why not.

    ``inputs`` are the files the run reads, each with what it is (a message id such as
    ``input.workshop``; ``"-"``: standard input's file); none of them may be the output,
    whatever ``force`` says (a UsageError, with the message ``hint``). ``replaces`` are the
    suffixes of files this command makes (``.md``, ``.html``): an existing file with another
    suffix is replaced only with ``force``. A link is judged by the file it points to.
    Commands call this before their work, so a missing folder is reported at once, not
    after a long render.
    """
    target = check_writable(path)
    _refuse_inputs(path, target, inputs, hint)
    if not force and _exists(target):
        suffixes = {suffix.lower() for suffix in replaces}
        if target.suffix.lower() not in suffixes:
            linked = worded("output.linked", target=target) if Path(path).is_symlink() else ""
            raise OutputError.of(
                "output.exists" if suffixes else "output.exists.any",
                "output.exists.hint",
                path=path,
                linked=linked,
                made=choices_of(sorted(suffixes)),
            )
    return target


def check_writable(path: Path) -> Path:
    """The file ``path`` will really write (through a link), or an OutputError saying why not.

    Only a regular file or a missing one can be an output: a device, a FIFO or a socket
    would be replaced by a regular file (or hang the run), so they are refused.
    """
    try:
        # A symbolic link stays a link: the file it points to is what gets the new text.
        target = Path(os.path.realpath(path))
        status = _stat(target)
        folder_ok = target.parent.is_dir()
    except OSError as error:
        raise OutputError.of("output.cannot", path=path, reason=reason(error)) from None
    if status is not None and stat.S_ISDIR(status.st_mode):
        raise OutputError.of("output.folder", "output.folder.hint", path=path)
    if status is not None and not stat.S_ISREG(status.st_mode):
        raise OutputError.of(
            "output.special", "output.special.hint", path=path, kind=_kind(status.st_mode)
        )
    if not folder_ok:
        raise OutputError.of(
            "output.no-folder", "output.no-folder.hint", path=path, folder=path.parent
        )
    if status is not None and not os.access(target, os.W_OK):
        raise OutputError.of("output.read-only", path=path)
    return target


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write ``content`` to ``path``, replacing it in one step.

    Text is written as UTF-8 with ``\\n`` line ends, whatever the locale; bytes as they are.
    """
    write_all([(path, content)])


def write_all(outputs: Sequence[tuple[Path, str | bytes]]) -> None:
    """Write every output, or none of them: several ``-o`` are one step for the user.

    Each output is first written whole to a temporary file beside its target and flushed
    to disk; only when all of them are, they replace their targets, one rename each. If a
    rename fails (or Ctrl-C, SIGTERM or SIGHUP comes) the outputs already renamed are put
    back as they were: a file that was there gets its old content again (kept meanwhile as
    a hard link beside it), a new one is removed. Where the file system makes no hard
    links, a replaced file cannot be put back; the others still are.
    """
    staged: list[tuple[Path, Path, str]] = []
    with _cleanup_on_signals() as temporaries:
        try:
            for path, content in outputs:
                staged.append(_stage(path, content, temporaries))
            _commit(staged, temporaries)
        except BaseException:
            # Every temporary file still there (one half written included) goes.
            for temporary in temporaries:
                with contextlib.suppress(OSError):
                    Path(temporary).unlink()
            temporaries.clear()
            raise
    for folder in dict.fromkeys(target.parent for _, target, _ in staged):
        _sync_folder(folder)


def _stage(path: Path, content: str | bytes, temporaries: list[str]) -> tuple[Path, Path, str]:
    """``content`` written whole to a temporary file in ``path``'s folder, flushed to disk."""
    target = check_writable(path)
    folder = target.parent
    mode = _mode_for(target)
    payload = content.encode("utf-8") if isinstance(content, str) else content
    try:
        handle, temporary = tempfile.mkstemp(
            dir=folder, prefix=f".{target.name[:100]}.", suffix=".tmp"
        )
    except PermissionError:
        raise OutputError.of("output.folder-denied", path=path, folder=path.parent) from None
    except OSError as error:
        raise OutputError.of("output.cannot", path=path, reason=reason(error)) from None
    temporaries.append(temporary)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).chmod(mode)
    except OSError as error:
        raise OutputError.of("output.cannot", path=path, reason=reason(error)) from None
    return path, target, temporary


def _commit(staged: list[tuple[Path, Path, str]], temporaries: list[str]) -> None:
    """Every staged file renamed over its target; on any failure, those done undone."""
    done: list[tuple[Path, str | None]] = []
    backups: list[str] = []
    try:
        for path, target, temporary in staged:
            # Between the check and now something else may have taken the name: look again.
            status = _stat(target)
            if status is not None and not stat.S_ISREG(status.st_mode):
                raise OutputError.of("output.special", path=path, kind=_kind(status.st_mode))
            backup = _backup(target) if status is not None and len(staged) > 1 else None
            if backup is not None:
                backups.append(backup)
                temporaries.append(backup)
            try:
                Path(temporary).replace(target)
            except OSError as error:
                raise OutputError.of("output.cannot", path=path, reason=reason(error)) from None
            temporaries.remove(temporary)
            done.append((target, backup))
    except BaseException:
        for target, backup in reversed(done):
            with contextlib.suppress(OSError):
                if backup is not None:
                    Path(backup).replace(target)
                else:
                    target.unlink()
        raise
    finally:
        for backup in backups:
            with contextlib.suppress(OSError):
                Path(backup).unlink()
            with contextlib.suppress(ValueError):
                temporaries.remove(backup)


def _backup(target: Path) -> str | None:
    """A hard link to ``target`` beside it, to put it back by; None where none can be made."""
    import secrets

    for _ in range(8):
        name = target.parent / f".{target.name[:100]}.{secrets.token_hex(4)}.old"
        try:
            os.link(target, name)
        except FileExistsError:
            continue
        except OSError:
            return None
        return str(name)
    return None


def same_file(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _refuse_inputs(path: Path, target: Path, inputs: Mapping[Path | str, str], hint: str) -> None:
    """No output may replace a file the same run reads."""
    status = _stat(target)
    for source, what in inputs.items():
        if source == STDIN:
            same = status is not None and _is_stdin(status)
        else:
            try:
                same = os.path.realpath(source) == str(target)
                if not same and status is not None:
                    source_status = _stat(Path(source))
                    same = source_status is not None and same_file(source_status, status)
            except OSError:
                same = False
        if same:
            known = hint in i18n.catalogue(i18n.REFERENCE).MESSAGES
            raise UsageError.of(
                "output.is-input",
                hint if known else "output.is-input.hint",
                path=path,
                what=_input_words(what),
            )


def _is_stdin(status: os.stat_result) -> bool:
    """Whether standard input reads the regular file ``status`` describes."""
    try:
        stdin = os.fstat(0)
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(stdin.st_mode) and same_file(stdin, status)


def _stat(path: Path) -> os.stat_result | None:
    """The file's status (through links), or None when there is nothing there."""
    try:
        return path.stat()
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        return None


def _exists(path: Path) -> bool:
    return _stat(path) is not None


def _input_words(what: str) -> PerLanguage:
    """What an input is, in the message's language (``input.workshop``: "the workshop
    file itself"); a caller's own words stay as given."""

    def words(language: str) -> str:
        table = i18n.catalogue(language).MESSAGES
        return str(table[what]) if what in table else what

    return PerLanguage(words)


def _kind(mode: int) -> PerLanguage:
    if stat.S_ISDIR(mode):
        return worded("file-kind.folder")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return worded("file-kind.device")
    if stat.S_ISFIFO(mode):
        return worded("file-kind.fifo")
    if stat.S_ISSOCK(mode):
        return worded("file-kind.socket")
    return worded("file-kind.special")


_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))
"""Signals that end a run and that a write must clean up after (SIGHUP is not on Windows)."""


class _Stopped(BaseException):
    """SIGTERM or SIGHUP arrived during a write."""

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.number = number


@contextlib.contextmanager
def _cleanup_on_signals() -> Iterator[list[str]]:
    """Temporary files listed in the yielded list are removed if SIGTERM or SIGHUP arrives.

    The signal then ends the process as it would have (its default action), after the
    clean-up, so the caller sees the same exit status.
    """
    temporaries: list[str] = []
    if threading.current_thread() is not threading.main_thread():
        yield temporaries
        return

    def stop(number: int, frame: FrameType | None) -> None:
        raise _Stopped(number)

    previous: dict[int, Callable[[int, FrameType | None], object] | int | None] = {}
    for number in _SIGNALS:
        previous[number] = signal.signal(number, stop)
    try:
        yield temporaries
    except _Stopped as stopped:
        for temporary in temporaries:
            with contextlib.suppress(OSError):
                Path(temporary).unlink()
        for number, handler in previous.items():
            signal.signal(number, handler)
        signal.signal(stopped.number, signal.SIG_DFL)
        os.kill(os.getpid(), stopped.number)
        raise SystemExit(128 + stopped.number) from None
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _mode_for(target: Path) -> int:
    """The permissions the output should have: an existing file's own, else the usual ones."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        # mkstemp makes the file private (0600); a new output gets what the user's umask allows.
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable, where the platform allows it."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)
