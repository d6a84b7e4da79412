"""Rendering a view model to Markdown or HTML through Jinja: the one module that knows Jinja.

A user's template runs in Jinja's immutable sandbox (and so does any built-in one it
includes or extends); the built-in templates alone, which are ours, run in a plain
environment, much faster on big programmes. Undefined names are errors in both.
HTML is autoescaped; in Markdown every printed value is
escaped by :func:`escape_markdown`, so text from the workshop file can neither
break a table nor smuggle in HTML. Templates are looked up along a search path:
the user's template folder first, then the built-in templates (also reachable as
``builtin/<name>``), so a user's template can include or extend a built-in one.
"""

from __future__ import annotations

import functools
import math
import os
import re
import stat
import traceback
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planverksted import capped, i18n
from planverksted.errors import TemplateError, reason, what_it_is

if TYPE_CHECKING:
    from jinja2 import BaseLoader, Environment

FORMATS = ("md", "html")
BUILTIN_TEMPLATES = {"md": "runsheet.md.j2", "html": "runsheet.html.j2"}
_BUILTIN_PACKAGE = "planverksted.templates"
_BUILTIN_PREFIX = "builtin"

_MARKDOWN_CHARACTERS = str.maketrans(
    {
        "\\": "\\\\",
        "`": "\\`",
        "*": "\\*",
        "_": "\\_",
        "~": "\\~",
        "[": "\\[",
        "]": "\\]",
        "|": "\\|",
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
    }
)
# At the start of a line these would open a heading, a list, a rule or a setext underline.
_LINE_START_MARK = re.compile(r"^(\s*)(#{1,6}|[+-])(?=\s|$)")
_LINE_START_NUMBER = re.compile(r"^(\s*\d{1,9})([.)])(?=\s|$)")
_LINE_RULE = re.compile(r"^(\s*)([=-])(?=\2*\s*$)")


def escape_markdown(text: str) -> str:
    """Text made inert in GitHub-flavoured Markdown, safe inside a table cell.

    ``| < > &`` and the emphasis and link characters are escaped, and line breaks
    become ``<br>``, so one value stays one cell and no raw HTML passes through.
    """
    lines = []
    for line in text.strip().splitlines():
        line = line.rstrip().translate(_MARKDOWN_CHARACTERS)
        line = _LINE_START_MARK.sub(r"\1\\\2", line)
        line = _LINE_START_NUMBER.sub(r"\1\\\2", line)
        line = _LINE_RULE.sub(r"\1\\\2", line)
        lines.append(line)
    return "<br>".join(lines)


def css_string(value: Any) -> Any:
    """``value`` as a quoted CSS string, for ``content:`` in a style sheet (the page footer).

    Every character but letters, digits and spaces is written as a CSS escape, so no text
    can end the string, the rule or the ``<style>`` element.
    """
    from markupsafe import Markup

    text = " ".join(str(value).split())
    escaped = "".join(c if c.isalnum() or c == " " else f"\\{ord(c):x} " for c in text)
    return Markup(f'"{escaped}"')


def _finalize_markdown(value: Any) -> str:
    from markupsafe import Markup

    # Markup is what ``|safe`` gives: the template's author asked for it as written.
    if isinstance(value, Markup):
        return str(value)
    return escape_markdown(str(value))


def render(
    context: Mapping[str, Any],
    output_format: str,
    template: Path | None = None,
    read: list[Path] | None = None,
) -> str:
    """``context`` rendered as ``md`` or ``html``, by the built-in template or the user's.

    Every file of the user's that the template read (itself, what it includes) is added
    to ``read``.
    """
    if output_format not in FORMATS:
        raise ValueError(f"unknown format {output_format!r}")
    if template is None:
        return (
            _builtin_environment(output_format)
            .get_template(BUILTIN_TEMPLATES[output_format])
            .render(context)
        )
    return _render_user_template(context, output_format, template, [] if read is None else read)


def prepare_builtin(output_format: str) -> None:
    """Compile the built-in template of ``output_format`` now (it is kept for the process)."""
    _builtin_environment(output_format).get_template(BUILTIN_TEMPLATES[output_format])


def prepare_builtin_page(name: str) -> None:
    """Compile the built-in HTML template ``name`` now (it is kept for the process), so that
    a render in a capped child finds it compiled instead of compiling it again."""
    _builtin_environment("html").get_template(name)


def render_builtin(name: str, context: Mapping[str, Any]) -> str:
    """A built-in HTML template other than the run-sheet's (``live.html.j2``), autoescaped.

    Compiled once a process, in the built-in HTML environment (compiling the live page's
    template took a quarter of a second at every render).
    """
    return _builtin_environment("html").get_template(name).render(context)


def render_builtin_as(name: str, context: Mapping[str, Any], output_format: str) -> str:
    """A built-in template (``programme.md.j2``) rendered with ``output_format``'s escaping."""
    return _builtin_environment(output_format).get_template(name).render(context)


def builtin_template_text(name: str) -> str:
    """The text of a built-in template (or its style sheet), as installed."""
    from importlib.resources import files

    return files(_BUILTIN_PACKAGE).joinpath(name).read_text(encoding="utf-8")


def _builtin_source(name: str) -> tuple[str, str, Callable[[], bool]] | None:
    # Built-in templates are flat files: no name reaches outside the package.
    if "/" in name or "\\" in name or name.startswith("."):
        return None
    from importlib.resources import files

    resource = files(_BUILTIN_PACKAGE).joinpath(name)
    if not resource.is_file():
        return None
    return resource.read_text(encoding="utf-8"), f"<built-in template {name}>", lambda: True


@functools.cache
def _builtin_environment(output_format: str) -> Environment:
    """One environment per format for the built-in templates, kept for the process.

    Compiling the run-sheet template takes 20-30 ms; a long-running process
    (``planverksted serve``) renders again on every save and so compiles it only once.
    """
    return _environment(output_format, _builtin_loader(), kind=_view_environment())


def _builtin_loader() -> BaseLoader:
    from jinja2 import FunctionLoader

    return FunctionLoader(_builtin_source)


def _environment(output_format: str, loader: BaseLoader, *, kind: type[Environment]) -> Environment:
    from jinja2 import StrictUndefined

    environment = kind(
        loader=loader,
        undefined=StrictUndefined,
        autoescape=output_format == "html",
        finalize=_finalize_markdown if output_format == "md" else None,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    environment.filters["css_string"] = css_string
    return environment


@functools.cache
def _view_environment() -> type[Environment]:
    """A Jinja environment for the view model, which is plain dicts: ``row.title`` is a key.

    Jinja looks an attribute up first and a key second, so every ``row.title`` would raise
    and catch an AttributeError (half the rendering time of a big programme), and a key
    named like a dict method (``items``) would find the method.
    """
    from jinja2 import Environment

    class ViewEnvironment(Environment):
        def getattr(self, obj: Any, attribute: str) -> Any:
            if type(obj) is dict and attribute in obj:
                return obj[attribute]
            return super().getattr(obj, attribute)

    return ViewEnvironment


MAX_TEMPLATE_SECONDS = 20.0
"""Run-time cap of a user's template: the built-in HTML of 30,000 blocks takes a few seconds."""
MAX_OUTPUT_CHARACTERS = 64_000_000
"""Output cap of a user's template (and of any one value it builds): four times the built-in
HTML of the biggest file the size cap lets through."""
MAX_WIDTH = 10_000
"""Cap on a padding width (``center``, ``format``) and on the digits of a number made."""
MAX_TEMPLATE_BYTES = 1024 * 1024
"""Size cap of one template file."""


_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[-+ #0]*[0-9*]*(?:\.[0-9*]*)?")
_BRACE_SPEC = re.compile(r"\{[^{}]*:([^{}]*)\}")


def _cap_error(text_id: str, **args: Any) -> TemplateError:
    """A template over one of its caps (``template.too-large``, ``.memory``, ``.time``)."""
    return TemplateError.of(text_id, "template.capped.hint", **args)


class _CapExceededError(Exception):
    """One expression of a template built more than the caps allow: worded by the
    catalogues' ``text_id`` (``template.cap.width``), the cap as ``count``."""

    def __init__(self, text_id: str, count: int) -> None:
        super().__init__(text_id)
        self.text_id = text_id
        self.count = count


def _cap_exceeded(text_id: str, count: int) -> Exception:
    """Jinja's SecurityError (which the sandbox lets through as what it is) carrying the
    wording of the cap that was passed."""
    return _cap_exceeded_class()(text_id, count)


@functools.cache
def _cap_exceeded_class() -> type[_CapExceededError]:
    from jinja2.exceptions import SecurityError

    class CapExceededError(_CapExceededError, SecurityError):
        pass

    return CapExceededError


def _jinja_problem(error: BaseException) -> i18n.PerLanguage:
    """What Jinja says went wrong, in the message's language: a name or attribute that is
    not defined in the catalogues' words, any other of Jinja's own texts quoted."""
    text = " ".join(str(getattr(error, "message", None) or error).split())
    if isinstance(error, _CapExceededError):
        return i18n.worded(error.text_id, count=i18n.number(error.count))
    undefined = re.fullmatch(r"'(.+)' is undefined", text)
    if undefined:
        return i18n.worded("template.undefined", name=i18n.Key(undefined[1]))
    attribute = re.fullmatch(r"'(.+)' has no attribute '(.+)'", text)
    if attribute:
        return i18n.worded(
            "template.no-attribute", value=i18n.Key(attribute[1]), name=i18n.Key(attribute[2])
        )
    return i18n.worded("template.jinja-says", text=text)


def _confined_loader(folder: Path, read: list[Path]) -> BaseLoader:
    """Templates by name from ``folder`` only: regular files whose real path stays inside it.

    A link is followed only when it ends inside the folder; every file read is added to
    ``read`` (so that no output of the same run replaces it).
    """
    from jinja2 import BaseLoader, TemplateNotFound
    from jinja2.loaders import split_template_path

    root = Path(os.path.realpath(folder))

    class ConfinedLoader(BaseLoader):
        def get_source(
            self, environment: Environment, template: str
        ) -> tuple[str, str, Callable[[], bool]]:
            pieces = split_template_path(template)
            candidate = folder.joinpath(*pieces)
            try:
                real = Path(os.path.realpath(candidate))
                status = real.stat()
            except (OSError, ValueError):
                raise TemplateNotFound(template) from None
            if not real.is_relative_to(root):
                raise TemplateError.of(
                    "template.link-outside",
                    "template.link-outside.hint",
                    template=i18n.Key(template),
                    target=real,
                    folder=folder,
                )
            if not stat.S_ISREG(status.st_mode):
                raise TemplateNotFound(template)
            if status.st_size > MAX_TEMPLATE_BYTES:
                raise _cap_error(
                    "template.too-large",
                    template=i18n.Key(template),
                    size=i18n.number(MAX_TEMPLATE_BYTES // 1024),
                )
            with real.open("rb") as handle:
                source = handle.read(MAX_TEMPLATE_BYTES + 1).decode("utf-8")
            read.append(real)
            return source, str(candidate), lambda: True

    return ConfinedLoader()


def _capped_environment(output_format: str, loader: BaseLoader) -> Environment:
    """The sandbox, with caps on what one expression may build and on the output."""
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    def check_size(value: Any) -> Any:
        if isinstance(value, (str, list, tuple)) and len(value) > MAX_OUTPUT_CHARACTERS:
            raise _cap_exceeded("template.cap.value", MAX_OUTPUT_CHARACTERS)
        return value

    def check_width(values: Any) -> None:
        """Padding widths given as numbers (``center(10**9)``) stay under the cap."""
        for value in values:
            if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_WIDTH:
                raise _cap_exceeded("template.cap.width", MAX_WIDTH)

    def check_format(text: Any, arguments: Any) -> None:
        """Widths and precisions in a format string (``'%*d'``, ``'{:>999999}'``) too."""
        if not isinstance(text, str):
            return
        specs = _PERCENT_SPEC.findall(text) + _BRACE_SPEC.findall(text)
        for spec in specs:
            for digits in re.findall(r"[0-9]+", spec):
                if len(digits) > 5 or int(digits) > MAX_WIDTH:
                    raise _cap_exceeded("template.cap.width", MAX_WIDTH)
        if any("*" in spec for spec in specs):
            check_width(arguments if isinstance(arguments, tuple) else [arguments])

    class CappedEnvironment(ImmutableSandboxedEnvironment):
        intercepted_binops = frozenset({"*", "**", "%", "+"})

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            if operator == "*":
                for text, times in ((left, right), (right, left)):
                    if (
                        isinstance(text, (str, list, tuple))
                        and isinstance(times, int)
                        and len(text) * times > MAX_OUTPUT_CHARACTERS
                    ):
                        raise _cap_exceeded("template.cap.value", MAX_OUTPUT_CHARACTERS)
            elif (
                operator == "**"
                and isinstance(left, int)
                and isinstance(right, int)
                and right > 0
                and abs(left) > 1
                and right * abs(left).bit_length() > 4 * MAX_WIDTH
            ):
                raise _cap_exceeded("template.cap.digits", MAX_WIDTH)
            elif operator == "%":
                check_format(left, right)
            elif (
                operator == "+"
                and isinstance(left, (str, list, tuple))
                and isinstance(right, type(left))
                and len(left) + len(right) > MAX_OUTPUT_CHARACTERS
            ):
                raise _cap_exceeded("template.cap.value", MAX_OUTPUT_CHARACTERS)
            return super().call_binop(context, operator, left, right)

        def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
            # The sandbox wraps str.format; the method itself is what it wraps.
            method = getattr(__obj, "__wrapped__", __obj)
            owner = getattr(method, "__self__", None)
            if isinstance(owner, str):
                if getattr(method, "__name__", "") in ("format", "format_map"):
                    check_format(owner, ())
                else:  # center, ljust, rjust, zfill, expandtabs: a width
                    check_width([*args, *kwargs.values()])
            return check_size(super().call(__context, __obj, *args, **kwargs))

    environment = _environment(output_format, loader, kind=CappedEnvironment)
    for name in ("center", "indent", "truncate", "wordwrap", "format"):
        original = environment.filters[name]

        def capped(*args: Any, _original: Any = original, **kwargs: Any) -> Any:
            if _original.__name__ == "do_format":
                check_format(args[0] if args else None, tuple(args[1:]))
            else:
                check_width([*args[1:], *kwargs.values()])
            return check_size(_original(*args, **kwargs))

        capped.__name__ = original.__name__
        if getattr(original, "jinja_pass_arg", None) is not None:
            capped.jinja_pass_arg = original.jinja_pass_arg  # type: ignore[attr-defined]
        environment.filters[name] = capped

    def concat(chunks: Any) -> str:
        parts, total = [], 0
        for chunk in chunks:
            total += len(chunk)
            if total > MAX_OUTPUT_CHARACTERS:
                raise _cap_exceeded("template.cap.output", MAX_OUTPUT_CHARACTERS)
            parts.append(chunk)
        return "".join(parts)

    environment.concat = concat  # type: ignore[method-assign]
    return environment


def _render_user_template(
    context: Mapping[str, Any], output_format: str, template: Path, read: list[Path]
) -> str:
    from jinja2 import ChoiceLoader, PrefixLoader

    if what_it_is(template) is not None:
        raise not_a_template_file(template)
    folder = template.parent
    builtin = _builtin_loader()
    loader = ChoiceLoader(
        [
            _confined_loader(folder, read),
            PrefixLoader({_BUILTIN_PREFIX: builtin}),
            builtin,
        ]
    )
    environment = _capped_environment(output_format, loader)
    # The render runs in a child process under the caps (planverksted.capped): a time cap
    # that holds even where SIGINT is ignored, and a memory cap. What it read comes back.
    caps = capped.Caps(
        what=template.name,
        seconds=MAX_TEMPLATE_SECONDS,
        cpu_seconds=max(1, math.ceil(MAX_TEMPLATE_SECONDS)),
    )

    def work() -> tuple[str, list[Path]]:
        return _render_mapped(environment, template, context), read

    try:
        text, files = capped.run(work, caps)
    except capped.CapError as error:
        if error.cap == "memory":
            raise _cap_error(
                "template.memory", template=template.name, size=capped.size_words(caps.memory)
            ) from None
        raise _cap_error(
            "template.time", template=template.name, seconds=f"{MAX_TEMPLATE_SECONDS:g}"
        ) from None
    read[:] = files
    return text


def _render_mapped(environment: Environment, template: Path, context: Mapping[str, Any]) -> str:
    """The template rendered, every way it can fail turned into a plain TemplateError."""
    from jinja2 import TemplateError as JinjaTemplateError
    from jinja2 import TemplateNotFound, TemplateSyntaxError
    from jinja2.exceptions import SecurityError, UndefinedError

    hint = "template.hint"
    try:
        return environment.get_template(template.name).render(context)
    except TemplateSyntaxError as error:
        place = _place(error.filename, error.lineno)
        raise TemplateError.of(
            "template.syntax", hint, place=place, problem=_jinja_problem(error)
        ) from None
    except TemplateNotFound as error:
        place = _runtime_place(error, environment)
        raise TemplateError.of(
            "template.not-found",
            hint,
            place=place,
            name=i18n.Key(str(error.name)),
            template=template.name,
        ) from None
    except UnicodeDecodeError:
        raise not_utf8(template) from None
    except OSError as error:
        raise TemplateError.of(
            "render.template-cannot-read", template=template, reason=reason(error)
        ) from None
    except SecurityError as error:
        place = _runtime_place(error, environment)
        raise TemplateError.of(
            "template.sandbox",
            "template.sandbox.hint",
            place=place,
            problem=_jinja_problem(error),
        ) from None
    except UndefinedError as error:
        place = _runtime_place(error, environment)
        raise TemplateError.of(
            "template.error", hint, place=place, problem=_jinja_problem(error)
        ) from None
    except (JinjaTemplateError, ArithmeticError, LookupError, TypeError, ValueError) as error:
        place = _runtime_place(error, environment)
        raise TemplateError.of(
            "template.error",
            hint,
            place=place,
            problem=i18n.worded("template.python-says", kind=type(error).__name__, text=error),
        ) from None
    except RecursionError:
        raise TemplateError.of(
            "template.recursion", hint, template=_display(str(template))
        ) from None


def not_a_template_file(template: Path) -> TemplateError:
    """The template named is a folder, a pipe, a device or not there."""
    return TemplateError.of(
        "template.not-file",
        "template.not-file.hint",
        template=template,
        what=i18n.PerLanguage(lambda language: what_it_is(template, language) or ""),
    )


def not_utf8(template: Path) -> TemplateError:
    return TemplateError.of("template.not-utf8", template=template)


def _display(filename: str | None) -> str:
    return (
        os.path.normpath(filename)
        if filename and not filename.startswith("<")
        else (filename or "<template>")
    )


def _place(filename: str | None, line: int | None) -> str:
    return f"{_display(filename)}:{line}" if line else _display(filename)


def _runtime_place(error: BaseException, environment: Environment) -> str:
    """``file:line`` of the template line that was running when ``error`` was raised.

    Jinja rewrites tracebacks so that template frames carry the template's file and
    line; the innermost such frame is the line to show.
    """
    cache = environment.cache
    templates = {t.filename for t in cache.values()} if cache is not None else set()
    frames = [
        frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename in templates
    ]
    if not frames:
        return "<template>"
    return _place(frames[-1].filename, frames[-1].lineno)
