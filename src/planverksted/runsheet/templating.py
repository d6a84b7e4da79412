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
import os
import re
import traceback
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planverksted.errors import TemplateError

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


def render(context: Mapping[str, Any], output_format: str, template: Path | None = None) -> str:
    """``context`` rendered as ``md`` or ``html``, by the built-in template or the user's."""
    if output_format not in FORMATS:
        raise ValueError(f"unknown format {output_format!r}")
    if template is None:
        return (
            _builtin_environment(output_format)
            .get_template(BUILTIN_TEMPLATES[output_format])
            .render(context)
        )
    return _render_user_template(context, output_format, template)


def render_builtin(name: str, context: Mapping[str, Any]) -> str:
    """A built-in HTML template other than the run-sheet's (``live.html.j2``), autoescaped."""
    environment = _environment("html", _builtin_loader(), sandboxed=False)
    return environment.get_template(name).render(context)


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
    return _environment(output_format, _builtin_loader(), sandboxed=False)


def _builtin_loader() -> BaseLoader:
    from jinja2 import FunctionLoader

    return FunctionLoader(_builtin_source)


def _environment(output_format: str, loader: BaseLoader, *, sandboxed: bool = True) -> Environment:
    from jinja2 import StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    kind = ImmutableSandboxedEnvironment if sandboxed else _view_environment()
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


def _render_user_template(context: Mapping[str, Any], output_format: str, template: Path) -> str:
    from jinja2 import (
        ChoiceLoader,
        FileSystemLoader,
        PrefixLoader,
        TemplateNotFound,
        TemplateSyntaxError,
    )
    from jinja2 import TemplateError as JinjaTemplateError
    from jinja2.exceptions import SecurityError, UndefinedError

    if not template.is_file():
        what = "a folder" if template.is_dir() else "not there"
        raise TemplateError(
            f"the template {template} is {what}", "give the path of a template file"
        )
    folder = template.parent
    builtin = _builtin_loader()
    loader = ChoiceLoader(
        [
            FileSystemLoader(str(folder)),
            PrefixLoader({_BUILTIN_PREFIX: builtin}),
            builtin,
        ]
    )
    environment = _environment(output_format, loader)
    hint = "see docs/templates.md for what a template is given"
    try:
        return environment.get_template(template.name).render(context)
    except TemplateSyntaxError as error:
        place = _place(error.filename, error.lineno)
        raise TemplateError(f"template syntax error at {place}: {error.message}", hint) from None
    except TemplateNotFound as error:
        place = _runtime_place(error, environment)
        raise TemplateError(
            f"template error at {place}: no template named {error.name!r} next to "
            f"{template.name} or among the built-in templates",
            hint,
        ) from None
    except UnicodeDecodeError:
        raise TemplateError(f"the template {template} is not UTF-8 text") from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise TemplateError(f"cannot read the template {template}: {reason}") from None
    except SecurityError as error:
        place = _runtime_place(error, environment)
        raise TemplateError(
            f"template error at {place}: not allowed in a template: {error}",
            "templates run in a sandbox: use the variables in docs/templates.md",
        ) from None
    except UndefinedError as error:
        place = _runtime_place(error, environment)
        raise TemplateError(f"template error at {place}: {error.message}", hint) from None
    except (JinjaTemplateError, ArithmeticError, LookupError, TypeError, ValueError) as error:
        place = _runtime_place(error, environment)
        raise TemplateError(
            f"template error at {place}: {type(error).__name__}: {error}", hint
        ) from None
    except RecursionError:
        raise TemplateError(
            f"template error in {_display(str(template))}: it calls itself without end", hint
        ) from None


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
