"""PDF: a tagged A4 run-sheet or handout, typeset by Typst from the view model as data.

The view goes to the Typst template as JSON through ``sys.inputs``; the template reads it
with ``json(bytes(sys.inputs.data))`` and shows every value as text, so nothing in a
workshop file can inject Typst markup. Only Typst's own bundled fonts are used (system
fonts are ignored), so the same input gives the same bytes on every machine, and the PDF
has no creation date. It is tagged for accessibility as PDF/UA-1, with the document's
title and language set.

Typst compiles in a process of its own (:mod:`planverksted._typst_worker`) under the render caps of
:mod:`planverksted.capped`. A user's ``--template x.typ`` gets the same data, compiled
from a private copy of its folder that holds only the regular files inside it (links
judged by their target), with empty package folders and every download sent nowhere: it
can read no other file, and no package is ever read or fetched.
"""

from __future__ import annotations

import base64
import functools
import json
import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from planverksted import capped, glyphs, i18n
from planverksted.errors import TemplateError, UsageError, reason, what_it_is
from planverksted.i18n import Key, PerLanguage
from planverksted.printable import visible_view
from planverksted.runsheet.formats import Job, OutputFormat

if TYPE_CHECKING:
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
    layouts=("full", "compact", "tables", "cards"),
)

BUILTIN_TEMPLATE = "runsheet.typ"
SEATING_TEMPLATE = "seating.typ"
"""The built-in template of ``--layout tables`` and ``cards`` (who sits where)."""
LAYOUTS = ("full", "compact", "tables", "cards")
PDF_STANDARD: Literal["ua-1"] = "ua-1"
"""Typst checks PDF/UA-1 as it writes (tags, title, language); the typst package has it from
0.14.3 (Typst 0.14), the least version the ``pdf`` extra asks for."""


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
    caps = capped.Caps(what=job.target.name if job.target is not None else "PDF")
    builtin = SEATING_TEMPLATE if layout in ("tables", "cards") else BUILTIN_TEMPLATE
    return compile_pdf(
        pdf_data(view, layout), job.template, title=view["page_title"], caps=caps, builtin=builtin
    )


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
        # The region of the file's own language, where the document speaks another: the
        # template marks the file's text with it (as the HTML marks it lang="nb").
        "text_region": (
            i18n.catalogue(view["text_lang"]).LANGUAGE_TAG.split("-")[-1]
            if view["text_lang"]
            else None
        ),
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


MAX_TEMPLATE_FILES = 1_000
"""Cap on the files of a Typst template's folder (what the template may read)."""
MAX_TEMPLATE_FOLDER_BYTES = 64 * 1024 * 1024
"""Cap on the bytes of those files together."""
MAX_TEMPLATE_DEPTH = 16
"""Cap on how deep the folders below a template's folder go."""


def compile_pdf(
    data: str,
    template: Path | None,
    *,
    title: str,
    caps: capped.Caps | None = None,
    builtin: str = BUILTIN_TEMPLATE,
) -> bytes:
    """Compile the built-in template (or the user's ``template``) with ``data``.

    The compiler runs in a process of its own under ``caps`` (:mod:`planverksted._typst_worker`). A
    user's template is compiled from a private copy of its folder holding only the regular
    files whose real path is inside the folder (links judged by their target, as Jinja's
    includes are), so Typst can read nothing else; its package folders are empty and
    every download goes nowhere, so no package is read or fetched.
    """
    import tempfile

    caps = caps or capped.Caps(what="PDF")
    # Every character no bundled font has as U+FFFD, whoever made the data (check warns of
    # each, glyph-missing): PDF/UA-1 refuses a document with one. JSON escapes are ASCII.
    data = glyphs.drawable(data)
    with tempfile.TemporaryDirectory(prefix="planverksted-typst-") as scratch:
        packages = Path(scratch) / "packages"
        packages.mkdir()
        outside: dict[str, Path] = {}
        if template is None:
            main = _builtin_template(builtin)
            root = main.parent
        else:
            text = _user_template(template)
            root = Path(scratch) / "root"
            outside = _copy_folder(template.parent, root)
            main = root / template.name
            main.write_bytes(text.encode("utf-8"))
        request = {
            "main": str(main),
            "root": str(root),
            "data": data,
            "standard": PDF_STANDARD,
            "packages": str(packages),
            "cpu_seconds": caps.cpu_seconds,
            "memory": caps.memory,
        }
        for _ in range(_GLYPH_RETRIES):
            answer = _run_worker(json.dumps(request).encode("utf-8"), caps)
            if answer[:1] == b"P":
                return answer[1:]
            error = json.loads(answer[1:])
            # A character the glyph table let through (a mark on a letter of a fallback
            # font): drawn as the replacement, and the document made all the same.
            missing = _undisplayed(str(error.get("message") or ""))
            if not missing:
                break
            for character in missing:
                request["data"] = str(request["data"]).replace(character, glyphs.REPLACEMENT)
    raise _template_error(error, template, outside, root)


_GLYPH_RETRIES = 3
_UNDISPLAYED = re.compile(r'the text `"(.*?)"` could not be displayed', re.DOTALL)


def _undisplayed(message: str) -> set[str]:
    """The characters Typst says no font could display (its ``\\u{5c7}`` escapes read)."""
    found = _UNDISPLAYED.search(message)
    if not found:
        return set()
    text = re.sub(r"\\u\{([0-9a-fA-F]{1,6})\}", lambda m: chr(int(m.group(1), 16)), found.group(1))
    return {character for character in text if not character.isascii()}


def _run_worker(request: bytes, caps: capped.Caps) -> bytes:
    """The worker's answer; a cap's error when it was stopped."""
    import signal
    import subprocess
    import sys

    # -P: no folder of the user's (the working one) before the installed planverksted.
    command = [sys.executable, "-P", "-m", "planverksted._typst_worker"]
    try:
        done = subprocess.run(
            command, input=request, capture_output=True, timeout=caps.seconds, check=False
        )
    except subprocess.TimeoutExpired:
        raise capped.error("time", caps) from None
    if done.returncode == 0 and done.stdout[:1] in (b"P", b"E"):
        return done.stdout
    if -done.returncode == getattr(signal, "SIGXCPU", None):
        raise capped.error("cpu", caps)
    if done.returncode < 0 or b"MemoryError" in done.stderr or b"memory allocation" in done.stderr:
        raise capped.error("memory", caps)
    raise capped.ChildCrash(done.stderr.decode("utf-8", "replace"))


def _builtin_template(name: str = BUILTIN_TEMPLATE) -> Path:
    from importlib.resources import as_file, files

    resource = files("planverksted.templates").joinpath(name)
    # The templates are installed as plain files (wheel and editable installs alike).
    with as_file(resource) as path:
        return Path(path)


def _user_template(template: Path) -> str:
    """The template's text, read whole; a plain error when it cannot be."""
    from planverksted.runsheet.templating import not_a_template_file, not_utf8

    if what_it_is(template) is not None:
        raise not_a_template_file(template)
    try:
        with template.open("rb") as handle:
            raw = handle.read(MAX_TEMPLATE_FOLDER_BYTES + 1)
        if len(raw) > MAX_TEMPLATE_FOLDER_BYTES:
            raise _folder_too_big(template.parent)
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise not_utf8(template) from None
    except OSError as error:
        raise TemplateError.of(
            "render.template-cannot-read", template=template, reason=reason(error)
        ) from None


def _folder_too_big(folder: Path) -> TemplateError:
    return TemplateError.of(
        "pdf.folder-too-big",
        "pdf.folder-too-big.hint",
        folder=str(folder),
        files=i18n.number(MAX_TEMPLATE_FILES),
        size=f"{MAX_TEMPLATE_FOLDER_BYTES // 1024 // 1024}",
        depth=MAX_TEMPLATE_DEPTH,
    )


def _copy_folder(folder: Path, into: Path) -> dict[str, Path]:
    """Copy the regular files of ``folder`` whose real path is inside it into ``into``.

    A link is judged by its target: followed when it ends inside the folder, else left out
    (and returned, by its path relative to the folder, for the error that names it). Hidden
    entries (``.git``) and special files (pipes, devices) are left out; the folder is capped
    in files, bytes and depth.
    """
    real_root = Path(os.path.realpath(folder))
    outside: dict[str, Path] = {}
    budget = {"files": MAX_TEMPLATE_FILES, "bytes": MAX_TEMPLATE_FOLDER_BYTES}
    visited: set[Path] = set()

    def walk(here: Path, target: Path, relative: str, depth: int) -> None:
        real = Path(os.path.realpath(here))
        if real in visited:
            return
        visited.add(real)
        if depth > MAX_TEMPLATE_DEPTH:
            raise _folder_too_big(folder)
        target.mkdir(exist_ok=True)
        try:
            entries = sorted(os.scandir(here), key=lambda entry: entry.name)
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            name = f"{relative}{entry.name}"
            path = Path(entry.path)
            resolved = Path(os.path.realpath(path))
            if not resolved.is_relative_to(real_root):
                outside[name] = resolved
                continue
            try:
                status = resolved.stat()
            except OSError:
                continue
            if stat.S_ISDIR(status.st_mode):
                walk(path, target / entry.name, f"{name}/", depth + 1)
            elif stat.S_ISREG(status.st_mode):
                budget["files"] -= 1
                budget["bytes"] -= status.st_size
                if budget["files"] < 0 or budget["bytes"] < 0:
                    raise _folder_too_big(folder)
                _copy_regular(resolved, target / entry.name, budget)

    walk(folder, into, "", 0)
    return outside


def _copy_regular(source: Path, target: Path, budget: dict[str, int]) -> None:
    """Copy one file, opened without blocking and checked to be regular once open."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(source, flags)
    except OSError:
        return
    with os.fdopen(handle, "rb") as reading:
        if not stat.S_ISREG(os.fstat(reading.fileno()).st_mode):
            return
        data = reading.read(max(budget["bytes"], 0) + 1)
    target.write_bytes(data)


def _template_error(
    error: dict[str, Any], template: Path | None, outside: dict[str, Path], root: Path
) -> TemplateError:
    """A Typst error as a plain message: the first line of its diagnostic, with a hint."""
    message = str(error.get("message") or "").strip().splitlines()[0:1]
    first = message[0] if message else ""
    hints = [str(hint) for hint in error.get("hints") or []]
    diagnostic = str(error.get("diagnostic") or "")
    at_line, where = _place(diagnostic, template, root)
    if template is None:
        # The built-in template failing is a bug, not the user's: say so plainly.
        return TemplateError.of(
            "pdf.builtin-failed", "pdf.builtin-failed.hint", problem=_typst_says(first)
        )
    if "package" in first.lower():
        return TemplateError.of(
            "pdf.package",
            "pdf.package.hint",
            template=str(template),
            where=where,
            package=_package_named(first),
        )
    for name, target in outside.items():
        if str(root / name) in first or f"/{name}" in first:
            return TemplateError.of(
                "pdf.outside",
                "pdf.outside.hint",
                name=name,
                target=str(target),
                folder=str(template.parent.absolute()),
                where=where,
            )
    first = first.replace(str(root) + os.sep, "").replace(str(root), ".")
    if hints:
        return TemplateError.of(
            "template.error" if at_line else "template.error-in",
            "pdf.typst-hint",
            place=where,
            template=where,
            problem=_typst_says(first),
            advice=hints[0],
        )
    return TemplateError.of(
        "template.error" if at_line else "template.error-in",
        "pdf.error.hint",
        place=where,
        template=where,
        problem=_typst_says(first),
    )


def _typst_says(text: str) -> i18n.PerLanguage:
    """Typst's own (English) text, quoted in a sentence of the message's language."""
    if not text:
        return i18n.worded("pdf.typst-failed")
    return i18n.worded("pdf.typst-says", text=text)


def _package_named(message: str) -> str:
    """The package a Typst error names: ``@preview/cetz:0.2.2``, from a spec or a URL."""
    spec = re.search(r"@[\w-]+/[\w-]+:[\w.-]+", message)
    if spec:
        return spec.group(0)
    url = re.search(r"/([\w-]+)/([\w-]+?)-(\d[\w.]*?)\.tar\.gz", message)
    if url:
        return f"@{url.group(1)}/{url.group(2)}:{url.group(3)}"
    return "?"


def _place(diagnostic: str, template: Path | None, root: Path | None = None) -> tuple[bool, str]:
    """``x.typ:12`` from Typst's diagnostic (``┌─ x.typ:12:5``), when it names a place
    (True), else the template's name (False).

    The template itself is named as the user gave it; another file of its folder by its
    path in that folder (not in the private copy Typst compiled).
    """
    found = re.search(r"┌─ (\S+?):(\d+):\d+", diagnostic)
    if not found:
        return False, str(template) if template is not None else ""
    name = found.group(1)
    if template is not None and root is not None:
        real = Path(os.path.normpath(Path(name).absolute()))
        if real.is_relative_to(root):
            inside = real.relative_to(root)
            name = str(template) if inside == Path(template.name) else str(template.parent / inside)
    elif template is not None and Path(name).name == template.name:
        name = str(template)
    return True, f"{name}:{found.group(2)}"
