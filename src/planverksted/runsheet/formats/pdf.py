"""PDF: a tagged A4 run-sheet or handout, typeset by Typst from the view model as data.

The view goes to the Typst template as JSON through ``sys.inputs``; the template reads it
with ``json(bytes(sys.inputs.data))`` and shows every value as text, so nothing in a
workshop file can inject Typst markup. Only Typst's own bundled fonts are used (system
fonts are ignored), so the same input gives the same bytes on every machine, and the PDF
has no creation date. It is tagged for accessibility as PDF/UA-1, with the document's
title and language set. A user's ``--template x.typ`` gets the same data, compiled with
its own folder as the root: Typst reads no file outside it, and a template that imports a
``@preview`` package (which Typst would download while compiling) is refused.
"""

from __future__ import annotations

import base64
import functools
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from planverksted import i18n
from planverksted.errors import TemplateError, UsageError
from planverksted.i18n import Key, PerLanguage
from planverksted.printable import visible_view
from planverksted.runsheet.formats import Job, OutputFormat

if TYPE_CHECKING:
    from typst import TypstError

    from planverksted.runsheet.view import View

FORMAT = OutputFormat(
    "pdf",
    suffixes=(".pdf",),
    binary=True,
    to_file="only",
    templates=(".typ",),
    extra="pdf",
    requires=("typst",),
    rank=40,
    summary="a tagged A4 PDF, to archive or print",
    layouts=("full", "compact"),
)

BUILTIN_TEMPLATE = "runsheet.typ"
LAYOUTS = ("full", "compact")
PDF_STANDARD: Literal["ua-1"] = "ua-1"
"""Typst checks PDF/UA-1 as it writes (tags, title, language); the typst package has it from
0.14.3 (Typst 0.14), the least version the ``pdf`` extra asks for."""


_PACKAGE_IMPORT = re.compile(r"@preview/")


def render(job: Job) -> bytes:
    """The job's run-sheet or handout as PDF bytes."""
    layout = str(job.options.get("layout") or "full")
    if layout not in LAYOUTS:
        raise UsageError.of(
            "pdf.layout",
            "pdf.layout.hint",
            layout=Key(layout),
            layouts=PerLanguage(functools.partial(i18n.choices, list(LAYOUTS))),
        )
    # Control characters from the file are shown as escapes (\x1b), as in every output that
    # is not HTML or Markdown: a PDF cannot draw them (PDF/UA refuses the file).
    view = visible_view(job.view)
    return compile_pdf(pdf_data(view, layout), job.template, title=view["page_title"])


def pdf_data(view: View, layout: str = "full") -> str:
    """What the template reads as ``sys.inputs.data``: the view and the page's own words."""
    labels = view["labels"]
    # The footer's page number, "Side {page} av {pages}": the template fills in the numbers.
    page_label = f"{labels['page']} {{page}} {labels['page_of']} {{pages}}"
    data = {
        "view": view,
        "layout": layout,
        "page_label": page_label,
        "logo": logo_data(view["workshop"]["logo"]),
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def logo_data(uri: str | None) -> dict[str, Any] | None:
    """The logo's ``data:`` URI as Typst reads it: its format and its bytes as numbers."""
    if uri is None:
        return None
    header, _, encoded = uri.partition(",")
    kind = {"data:image/png;base64": "png", "data:image/svg+xml;base64": "svg"}.get(header)
    if kind is None:
        return None
    return {"format": kind, "data": list(base64.b64decode(encoded))}


def compile_pdf(data: str, template: Path | None, *, title: str) -> bytes:
    """Compile the built-in template (or the user's ``template``) with ``data``."""
    import typst

    if template is None:
        source = _builtin_template()
        main, root = source, source.parent
    else:
        main, root = _user_template(template), template.parent.resolve()
    try:
        result = typst.compile(
            main,
            root=root,
            font_paths=[],
            ignore_system_fonts=True,
            sys_inputs={"data": data},
            pdf_standards=PDF_STANDARD,
        )
    except typst.TypstError as error:
        raise _template_error(error, template) from None
    if not isinstance(result, bytes):  # pragma: no cover - PDF output is one file
        raise TypeError("typst returned pages, not a PDF")
    return result


def _builtin_template() -> Path:
    from importlib.resources import as_file, files

    resource = files("planverksted.templates").joinpath(BUILTIN_TEMPLATE)
    # The templates are installed as plain files (wheel and editable installs alike).
    with as_file(resource) as path:
        return Path(path)


def _user_template(template: Path) -> Path:
    if not template.is_file():
        what = "a folder" if template.is_dir() else "not there"
        raise TemplateError(
            f"the template {template} is {what}", "give the path of a template file"
        )
    try:
        text = template.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise TemplateError(f"the template {template} is not UTF-8 text") from None
    except OSError as error:
        raise TemplateError(
            f"cannot read the template {template}: {(error.strerror or str(error)).lower()}"
        ) from None
    if _PACKAGE_IMPORT.search(text):
        raise TemplateError(
            f"the template {template} imports a Typst package from @preview, "
            "which Typst would download while compiling",
            "copy what you need into a .typ file beside the template and import that",
        )
    return template.resolve()


def _template_error(error: TypstError, template: Path | None) -> TemplateError:
    """A Typst error as a plain message: the first line of its diagnostic, with a hint."""
    message = str(getattr(error, "message", "") or error).strip().splitlines()[0]
    hints = [str(hint) for hint in getattr(error, "hints", []) or []]
    place = _place(str(getattr(error, "diagnostic", "") or ""), template)
    if template is None:
        # The built-in template failing is a bug, not the user's: say so plainly.
        return TemplateError(
            f"the built-in PDF template failed: {message}",
            "this is a bug in planverksted; please report it",
        )
    hint = hints[0] if hints else "see docs/templates.md for the data a Typst template is given"
    return TemplateError(f"template error{place}: {message}", hint)


def _place(diagnostic: str, template: Path | None) -> str:
    """`` at x.typ:12`` from Typst's diagnostic (``┌─ x.typ:12:5``), when it names a place.

    The template itself is named as the user gave it; another file by Typst's name for it.
    """
    found = re.search(r"┌─ (\S+?):(\d+):\d+", diagnostic)
    if not found:
        return f" in {template}" if template is not None else ""
    name = found.group(1)
    if template is not None and Path(name).name == template.name:
        name = str(template)
    return f" at {name}:{found.group(2)}"
