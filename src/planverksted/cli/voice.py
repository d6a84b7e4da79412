"""The language the command line speaks in a run: every line it writes is in one.

It is the language of the workshop file the command works on (its ``language:`` line,
bokmål when it names none), as soon as that is known; else ``--lang`` when given; else the
locale's (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, the first set one deciding) when it names
bokmål, nynorsk or Norwegian; else English. (``--lang`` also chooses the language of what
``render`` and ``run`` make: that is the document, not the program's voice.) The shell
sets what it knows before a command runs and resets it after, so nothing is left for the
next run in the same process.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import IO, Any

_SNIFF_BYTES = 64 * 1024
"""How much of a file is read to find its ``language:`` line before the command runs."""

_state: dict[str, str | None] = {"option": None, "file": None}


def language() -> str:
    """The language to write the next line in (see the module's doc)."""
    return _state["file"] or unfiled()


def unfiled() -> str:
    """The language of a line no single file's language decides (before a file is read, or
    for a set of files in several languages): ``--lang``, else the locale's."""
    return _state["option"] or locale_language()


def hear_option(code: str | None) -> None:
    """``--lang`` as given (a language code), or None when not given."""
    _state["option"] = code


def hear_file(code: str | None) -> None:
    """The language of the file the command works on, once it is known."""
    _state["file"] = code


def reset() -> None:
    """Forget the option and the file: the next run starts from the locale."""
    _state["option"] = _state["file"] = None


def locale_language() -> str:
    """The locale's language when it names one of planverksted's (nb_NO.UTF-8, nn_NO, no),
    else English. The first variable set decides, as POSIX says: LC_ALL=C means C."""
    from planverksted import i18n

    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            name = value.split(".")[0].split("@")[0].split("_")[0]
            return i18n.normalise(name) or "en"
    return "en"


def sniff_file(name: str) -> str | None:
    """The language of the workshop file ``name`` from its first bytes, or None when it
    cannot be told yet (standard input, a missing or special file, one that cannot be read).

    Only a regular file is read, and only its start: a FIFO would hang, a huge file cost.
    A file that is not UTF-8 text tells nothing (check says what it is instead).
    """
    if name == "-":
        return None
    try:
        path = Path(name)
        if not stat.S_ISREG(path.stat().st_mode):
            return None
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except (OSError, ValueError):
        return None
    from planverksted.source.load import sniff_language

    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as error:
        # The start read may end inside a character: only a fault before that counts.
        if error.start < len(head) - 3:
            return None
        text = head[: error.start].decode("utf-8")
    return sniff_language(text)


def words(text_id: str, **args: Any) -> str:
    """The catalogue's message ``text_id`` filled with ``args``, in the run's language."""
    from planverksted import i18n

    spoken = language()
    return i18n.fill(i18n.message(text_id, spoken), spoken, args)


def say(text_id: str, *, to: IO[str] | None = None, plain: bool = False, **args: Any) -> None:
    """Write the message ``text_id`` as a line, in the run's language.

    A status line goes to standard error after "planverksted: " (``plain``: to ``to``, as
    it is, by default standard output): the output itself stays on standard output.
    """
    line = words(text_id, **args)
    if plain:
        print(line, file=to or sys.stdout)
    else:
        print(f"planverksted: {line}", file=to or sys.stderr)
