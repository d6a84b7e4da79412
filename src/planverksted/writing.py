"""Writing an output file atomically: all of the new text, or the old file untouched.

The text goes to a temporary file in the target's own folder (so the final rename
never crosses file systems), is flushed to disk, and then replaces the target in
one step. On any failure the temporary file is removed and an existing file is
left as it was. Failures come back as :class:`OutputError` with a plain message.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from planverksted.errors import OutputError


def check_writable(path: Path) -> Path:
    """The file ``path`` will really write (through a link), or an OutputError saying why not.

    Commands call this before their work, so that a missing folder is reported at once,
    not after a long render.
    """
    # A symbolic link stays a link: the file it points to is what gets the new text.
    target = Path(os.path.realpath(path))
    folder = target.parent
    if target.is_dir():
        raise OutputError(f"{path} is a folder, not a file", "give a file name, like out.html")
    if not folder.is_dir():
        raise OutputError(
            f"cannot write {path}: the folder {path.parent} does not exist",
            "create the folder first, or write somewhere else",
        )
    if target.exists() and not os.access(target, os.W_OK):
        raise OutputError(f"cannot write {path}: permission denied (the file is read-only)")
    return target


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write ``content`` to ``path``, replacing it in one step; text as UTF-8 with ``\\n``."""
    target = check_writable(path)
    folder = target.parent
    mode = _mode_for(target)
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except PermissionError:
        raise OutputError(
            f"cannot write {path}: permission denied in the folder {path.parent}"
        ) from None
    except OSError as error:
        raise OutputError(f"cannot write {path}: {_reason(error)}") from None
    try:
        data = content.encode("utf-8") if isinstance(content, str) else content
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).chmod(mode)
        Path(temporary).replace(target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        if isinstance(error, PermissionError):
            raise OutputError(f"cannot write {path}: permission denied") from None
        if isinstance(error, OSError):
            raise OutputError(f"cannot write {path}: {_reason(error)}") from None
        raise
    _sync_folder(folder)


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


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()
