"""Reading the Word document or template of ``--reference-docx``: bounded, and total.

The file is the user's (a municipality's template, mailed around), so it is read as
anything handed over is: never through a special file (a FIFO is not waited on), at most
:data:`MAX_BYTES`, and, as it is a zip package, judged by its directory before anything
is unpacked: at most :data:`MAX_PARTS` parts, :data:`MAX_UNPACKED` bytes unpacked in all,
and no large part packed more tightly than :data:`MAX_RATIO` to one (a zip bomb), before
python-docx opens it. Every way it can fail is a :class:`PlanverkstedError` with a plain
message naming the file and what is wrong with it (exit 1); none shows a library's
internals. A missing file is a usage error (exit 2), as any missing input is.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from planverksted.archive import ArchiveCaps, ArchiveRefused, open_archive
from planverksted.errors import PlanverkstedError, UsageError, reason
from planverksted.i18n import PerLanguage

if TYPE_CHECKING:
    from docx.document import Document

MAX_BYTES = 32 * 1024 * 1024
"""The largest reference document read: a template with its pictures and fonts is a few MiB."""
MAX_UNPACKED = 256 * 1024 * 1024
"""What all its parts may unpack to together."""
MAX_PARTS = 10_000
"""Parts in its package: a template has a few dozen."""
MAX_RATIO = 200
"""How much more a part may unpack to than it takes packed (XML packs ten to thirty to one)."""
RATIO_FROM = 1024 * 1024
"""Parts smaller than this unpacked are not held to :data:`MAX_RATIO`: they cost nothing."""

TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

USED_STYLES = {
    "heading 1": "paragraph",
    "heading 2": "paragraph",
    "heading 3": "paragraph",
    "subtitle": "paragraph",
    "list bullet": "paragraph",
    "table grid": "table",
    # parity-paper: the writer's named styles for bold, italic, small text and its tables.
    "strong": "character",
    "emphasis": "character",
    "detail": "character",
    "run-sheet table": "table",
}
"""The styles the Word writer asks a document for by name, with the type each must be."""


def _error(text: str, path: Path, **args: object) -> PlanverkstedError:
    return PlanverkstedError.of(text, "reference.hint", reference=path, **args)


def check_reference(path: Path) -> None:
    """Refuse at once what cannot be a reference document: a missing file, a folder, a FIFO."""
    try:
        status = path.stat()
    except FileNotFoundError:
        raise UsageError.of(
            "render.reference-missing", "render.reference-missing.hint", reference=path
        ) from None
    except OSError as error:
        raise _error("reference.unreadable", path, reason=reason(error)) from None
    _check_kind(path, status)


def _check_kind(path: Path, status: os.stat_result) -> None:
    if stat.S_ISDIR(status.st_mode):
        raise _error("reference.folder", path)
    if not stat.S_ISREG(status.st_mode):
        raise _error("reference.special", path, kind=PerLanguage(_kind_words(status.st_mode)))


def _kind_words(mode: int) -> Callable[[str], str]:
    """What the special file is, in the message's language: "a named pipe (FIFO)"."""
    from planverksted import i18n

    if stat.S_ISFIFO(mode):
        kind = "file-kind.fifo"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "file-kind.device"
    elif stat.S_ISSOCK(mode):
        kind = "file-kind.socket"
    else:
        kind = "file-kind.special"
    return lambda language: i18n.message(kind, language)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, read without waiting on a special file and within :data:`MAX_BYTES`."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        check_reference(path)  # gone since the command line was read: says so
        raise
    except IsADirectoryError:
        raise _error("reference.folder", path) from None
    except OSError as error:
        raise _error("reference.unreadable", path, reason=reason(error)) from None
    try:
        status = os.fstat(descriptor)
        _check_kind(path, status)
        if status.st_size > MAX_BYTES:
            raise _error("reference.too-large", path, mib=MAX_BYTES // (1024 * 1024))
        chunks, size = [], 0
        while size <= MAX_BYTES:
            chunk = os.read(descriptor, 1024 * 1024)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as error:
        raise _error("reference.unreadable", path, reason=reason(error)) from None
    finally:
        with contextlib.suppress(OSError):
            os.close(descriptor)
    if size > MAX_BYTES:
        raise _error("reference.too-large", path, mib=MAX_BYTES // (1024 * 1024))
    return b"".join(chunks)


def caps() -> ArchiveCaps:
    """What the reference document's package is held to (:mod:`planverksted.archive`)."""
    return ArchiveCaps(
        members=MAX_PARTS, unpacked=MAX_UNPACKED, ratio=MAX_RATIO, ratio_from=RATIO_FROM
    )


@contextlib.contextmanager
def _package(data: bytes, path: Path) -> Iterator[zipfile.ZipFile]:
    """The zip package of ``data``, its directory judged before any part is unpacked."""
    try:
        package = open_archive(data, caps())
    except ArchiveRefused as refused:
        if refused.cap == "members":
            raise _error("reference.parts", path, count=refused.count, most=MAX_PARTS) from None
        if refused.cap == "unpacked":
            raise _error("reference.unpacked", path, mib=MAX_UNPACKED // (1024 * 1024)) from None
        if refused.cap == "ratio":
            raise _error("reference.packed", path, part=refused.member, ratio=MAX_RATIO) from None
        if refused.cap == "damaged":
            raise _error("reference.damaged", path) from None
        raise _error("reference.not-zip", path) from None
    with package:
        yield package


def as_document(data: bytes, path: Path) -> bytes:
    """The package as a document: a template (.dotx) gets the document's content type.

    Also unpacks every part once, so that a damaged one (a wrong checksum, a method zip
    does not know, a part cut short) is found here, with a plain message.
    """
    out = io.BytesIO()
    try:
        with _package(data, path) as package:
            names = set(package.namelist())
            if "[Content_Types].xml" not in names:
                raise _error("reference.not-word", path)
            types = package.read("[Content_Types].xml")
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
                for info in package.infolist():
                    content = package.read(info)
                    if info.filename == "[Content_Types].xml":
                        content = content.replace(TEMPLATE_TYPE, DOCUMENT_TYPE)
                    copy.writestr(info, content)
    except PlanverkstedError:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        NotImplementedError,
        RuntimeError,  # a part with a password
        ValueError,
        OSError,
        KeyError,
    ):
        raise _error("reference.damaged", path) from None
    return out.getvalue() if TEMPLATE_TYPE in types else data


def open_reference(path: Path) -> Document:
    """The municipality's document or template, its body emptied; a plain error if it is none."""
    import docx

    package = as_document(read_bytes(path), path)
    try:
        document = docx.Document(io.BytesIO(package))
    except Exception:  # python-docx and lxml on a package from anywhere: none of it is ours
        raise _error("reference.not-word", path) from None
    body = getattr(document.element, "body", None)
    if body is None:
        raise _error("reference.no-body", path)
    body.text = None
    for child in list(body):
        if not isinstance(child.tag, str) or not child.tag.endswith("}sectPr"):
            body.remove(child)
    if not any(isinstance(c.tag, str) and c.tag.endswith("}sectPr") for c in body):
        _add_section(document)
    _rename_misfits(document)
    return document


def _add_section(document: Document) -> None:
    """A document without section properties gets A4 ones: the writer sizes pictures by them."""
    from docx.oxml.ns import qn
    from docx.shared import Cm

    body = document.element.body
    body.append(body.makeelement(qn("w:sectPr"), {}))
    section = document.sections[-1]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(2)


def _rename_misfits(document: Document) -> None:
    """A style the writer asks for by name, of another type than it needs, gets another name.

    ("Table Grid" made as a paragraph style would otherwise stop the writer; renamed, the
    writer falls back to plain formatting as for a style the document lacks.)
    """
    from docx.oxml.ns import qn

    try:
        styles = document.styles.element
    except Exception:  # a styles part python-docx cannot read: the writer meets it, not here
        return
    for style in styles.findall(qn("w:style")):
        name = style.find(qn("w:name"))
        if name is None:
            continue
        wanted = USED_STYLES.get(str(name.get(qn("w:val")) or "").lower())
        if wanted is not None and style.get(qn("w:type"), "paragraph") != wanted:
            name.set(qn("w:val"), f"{name.get(qn('w:val'))} ({style.get(qn('w:type'))})")


def unusable(path: Path) -> PlanverkstedError:
    """The error for a reference document python-docx opened but could not write into."""
    return _error("reference.unusable", path)
