"""The one error hierarchy: what a command can fail with, each carrying its exit code.

Problems in a workshop file are findings, not errors; these are for everything around
it (a missing file, an output that cannot be written, a template that breaks).
"""

from __future__ import annotations

import errno
import functools
import os
from collections.abc import Callable
from typing import Any, Self

Wording = Callable[[str], tuple[str, str | None]]
"""A function from a language to the message and hint in it."""


class PlanverkstedError(Exception):
    """An expected failure, shown to the user as a plain message.

    One made with :meth:`of` can be worded in any language (``in_language``); its
    ``message`` and ``hint`` are the English.
    """

    exit_code = 1

    def __init__(
        self, message: str, hint: str | None = None, *, wording: Wording | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.wording = wording

    @classmethod
    def of(cls, text: str, hint: str | None = None, **args: Any) -> Self:
        """An error worded by the catalogues' ``MESSAGES`` ``text`` and ``hint``, with ``args``."""
        from planverksted import i18n

        def wording(language: str) -> tuple[str, str | None]:
            return (
                i18n.fill(i18n.message(text, language), language, args),
                i18n.fill(i18n.message(hint, language), language, args) if hint else None,
            )

        return cls.worded(wording)

    @classmethod
    def worded(cls, wording: Wording) -> Self:
        """An error worded by a function of the language."""
        message, hint = wording("en")
        return cls(message, hint, wording=wording)

    def in_language(self, language: str) -> tuple[str, str | None]:
        """The message and hint in ``language`` (as made, when it has no wording)."""
        if self.wording is None:
            return self.message, self.hint
        return self.wording(language)


class UsageError(PlanverkstedError):
    """The command line asks for something that cannot be done as asked."""

    exit_code = 2


class OutputError(PlanverkstedError):
    """An output file cannot be written."""


class TemplateError(PlanverkstedError):
    """A template cannot be read or rendered: a syntax error, an undefined name, unsafe code."""


_ERRNO_TEXTS = {
    errno.ENOENT: "os.not-found",
    errno.EACCES: "os.denied",
    errno.EPERM: "os.denied",
    errno.ENOSPC: "os.full",
    errno.EDQUOT: "os.quota",
    errno.EROFS: "os.read-only",
    errno.ENAMETOOLONG: "os.name-too-long",
    errno.EISDIR: "os.is-folder",
    errno.ENOTDIR: "os.not-folder",
    errno.ELOOP: "os.loop",
    errno.EIO: "os.io",
    errno.EBUSY: "os.busy",
    errno.EEXIST: "os.exists",
    errno.EMFILE: "os.too-many",
    errno.ENFILE: "os.too-many",
    errno.EADDRINUSE: "os.address-in-use",
    errno.EADDRNOTAVAIL: "os.address-not-available",
    errno.EBADF: "os.closed",
    errno.EPIPE: "os.closed",
    errno.EINVAL: "os.invalid",
    errno.EFBIG: "os.too-big",
}
"""The operating system's errors planverksted words itself, by errno: the system's own text
is English (or the C locale's) whatever the user speaks."""


def reason_in(error: BaseException, language: str) -> str:
    """An OS error in a few plain words in ``language``: "permission denied", "ingen tilgang".

    An error without a text of its own is the system's text, quoted in a sentence of the
    language.
    """
    from planverksted import i18n

    text_id = _ERRNO_TEXTS.get(getattr(error, "errno", None) or -1)
    if text_id is not None:
        return i18n.message(text_id, language)
    raw = (getattr(error, "strerror", None) or str(error) or type(error).__name__).lower()
    return i18n.fill(i18n.message("os.other", language), language, {"text": raw})


def reason(error: BaseException) -> Any:
    """An OS error in a few plain words, worded in the language of the message it goes in
    (a value for :meth:`PlanverkstedError.of` and the findings); ``str()`` is the English."""
    from planverksted.i18n import PerLanguage

    return PerLanguage(functools.partial(reason_in, error))


def what_it_is(path: str | os.PathLike[str], language: str = "en") -> str | None:
    """What ``path`` is when it is not a regular file, to follow "is": "a folder", "a named
    pipe (FIFO)", "a device", "a socket", "a special file" or "not there"; None for a
    regular file (or a link to one). A message then names the real problem: a FIFO is
    not "not there"."""
    import stat
    from pathlib import Path

    from planverksted import i18n

    try:
        mode = Path(path).stat().st_mode
    except OSError:
        return i18n.message("file-kind.missing", language)
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        kind = "folder"
    elif stat.S_ISFIFO(mode):
        kind = "fifo"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "device"
    elif stat.S_ISSOCK(mode):
        kind = "socket"
    else:
        kind = "special"
    return i18n.message(f"file-kind.{kind}", language)
