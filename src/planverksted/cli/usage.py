"""A command line that cannot be parsed, said in the user's language.

typer (and the click inside it) words its usage errors in English ("Missing argument",
"No such option"). The shell hands each one here instead of letting it print itself: this
module reads what the error knows (the option, the argument, the value, the choices) and
words it from the catalogues, in the language of the workshop file named on the command
line, else ``--lang``, else the locale's (:mod:`planverksted.cli.voice`).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Sequence
from typing import Any

_LANG_OPTIONS = ("--lang", "--language")
_WORKSHOP_SUFFIXES = (".yaml", ".yml")

# The English texts click builds for errors that carry no attributes of their own.
_NO_SUCH_COMMAND = re.compile(
    r"^No such command (?P<name>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|\S+)\."
    r"(?: Did you mean (?P<guess>.+)\?)?$"
)
_EXTRA_ARGUMENTS = re.compile(r"^Got unexpected extra argument(?:s|\(s\))? \((?P<args>.*)\)$")
_VALUE = re.compile(r"^(?P<value>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\") is not ")

# What an argument's metavar names, in words (the catalogue's ``usage.thing.<key>``).
_THINGS = {"file": "file", "files": "file", "source": "source", "name": "name"}


def hear(args: Sequence[str]) -> None:
    """Before anything is parsed: the language the command line asks for, from ``--lang``
    and from the first workshop file it names, so a usage error is in that language."""
    from planverksted import i18n
    from planverksted.cli import voice

    for index, arg in enumerate(args):
        value: str | None = None
        if arg in _LANG_OPTIONS and index + 1 < len(args):
            value = args[index + 1]
        elif arg.startswith(tuple(f"{name}=" for name in _LANG_OPTIONS)):
            value = arg.split("=", 1)[1]
        if value is not None:
            voice.hear_option(i18n.normalise(value))
    for arg in args:
        if arg.lower().endswith(_WORKSHOP_SUFFIXES):
            spoken = voice.sniff_file(arg)
            if spoken is not None:
                voice.hear_file(spoken)
                break


def _names(error: BaseException) -> set[str]:
    return {kind.__name__ for kind in type(error).__mro__}


def _command(error: BaseException, fallback: str) -> str:
    context = getattr(error, "ctx", None)
    path = getattr(context, "command_path", None)
    return str(path) if path else fallback


def _option(param: Any) -> str:
    """The name a user types for ``param``: its first long option (``--lang``, not its
    other name ``--language``), else its first option, else its metavar."""
    options = [str(name) for name in getattr(param, "opts", []) if str(name).startswith("-")]
    long = [name for name in options if name.startswith("--")]
    if long or options:
        return (long or options)[0]
    return str(getattr(param, "name", "") or "").upper()


def _value(message: str) -> str | None:
    """The value click quotes at the start of ``message`` ("'x' is not one of …")."""
    found = _VALUE.match(message)
    if found is None:
        return None
    try:
        value = ast.literal_eval(found.group("value"))
    except (ValueError, SyntaxError):
        return None
    return value if isinstance(value, str) else None


def explain(error: BaseException, language: str, command: str) -> tuple[str, str]:
    """The message and the hint for the usage ``error``, in ``language``; ``command`` is the
    command line's command (``planverksted check``) when the error does not know it."""
    from planverksted import i18n
    from planverksted.printable import visible

    def say(text_id: str, **args: Any) -> str:
        return i18n.fill(i18n.message(text_id, language), language, args)

    def quoted(text: str) -> str:
        return i18n.quote(visible(text), language)

    command = _command(error, command)
    hint = say("usage.help", run=quoted(f"{command} -h"))
    help_all = say("usage.help-all", run=quoted("planverksted -h"))
    names = _names(error)
    param = getattr(error, "param", None)
    message = str(getattr(error, "message", "") or "")
    if "NoSuchOption" in names:
        option = visible(str(getattr(error, "option_name", "")))
        said = say("usage.no-such-option", command=command, option=option)
        possibilities = list(getattr(error, "possibilities", None) or [])
        if possibilities:
            hint = say("did-you-mean", guess=i18n.choices(sorted(possibilities), language))
        return said, hint
    if "MissingParameter" in names:
        key = str(getattr(param, "name", "") or "").lower()
        if getattr(param, "param_type_name", "") == "option":
            return say("usage.missing-option", command=command, option=_option(param)), hint
        thing = _THINGS.get(key)
        what = say(f"usage.thing.{thing}") if thing else quoted(_option(param))
        return say("usage.missing-argument", command=command, thing=what), hint
    if "BadOptionUsage" in names:
        option = visible(str(getattr(error, "option_name", "")))
        if "requires" in message:
            return say("usage.needs-value", option=option), hint
        return say("usage.option-takes-no-value", option=option), hint
    if "BadParameter" in names and param is not None:
        option = _option(param)
        value = _value(message)
        choices = getattr(getattr(param, "type", None), "choices", None)
        shown = quoted(value) if value is not None else ""
        if choices:
            listed = i18n.choices([str(getattr(c, "value", c)) for c in choices], language)
            said = say("usage.not-a-choice", option=option, value=shown)
            return said, say("usage.choose", choices=listed)
        kind = str(getattr(getattr(param, "type", None), "name", ""))
        if kind.startswith(("int", "float")) and value is not None:
            return say("usage.not-a-number", option=option, value=shown), hint
        return say("usage.bad-value", option=option), hint
    found = _NO_SUCH_COMMAND.match(message)
    if found is not None:
        name = _value(found.group("name") + " is not ") or found.group("name")
        guess = found.group("guess")
        if guess is not None:
            guessed = _value(guess + " is not ") or guess
            help_all = say("did-you-mean", guess=quoted(guessed))
        return say("usage.no-such-command", name=quoted(name)), help_all
    found = _EXTRA_ARGUMENTS.match(message)
    if found is not None:
        return say("usage.extra", command=command, args=visible(found.group("args"))), hint
    if "Missing command" in message:
        return say("usage.missing-command"), help_all
    return say("usage.unreadable", command=command), hint
