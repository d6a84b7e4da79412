"""Zip packages (.docx, .xlsx) measured before they are opened: no zip bomb is unpacked."""

from __future__ import annotations

import io
import zipfile

from planverksted.archive import ArchiveCaps, ArchiveRefused, open_archive
from planverksted.errors import PlanverkstedError
from planverksted.i18n import Key
from planverksted.importing import limits

MACRO_DOCUMENT = (
    b"application/vnd.ms-word.document.macroEnabled.main+xml",
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
)
PLAIN_DOCUMENT = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def caps() -> ArchiveCaps:
    """What an imported document's package is held to (:mod:`planverksted.archive`)."""
    return ArchiveCaps(
        members=limits.MAX_MEMBERS,
        unpacked=limits.MAX_UNPACKED_BYTES,
        ratio=limits.MAX_RATIO,
        ratio_from=limits.RATIO_FROM,
    )


def open_package(data: bytes, name: str, what: str) -> zipfile.ZipFile:
    """The package of ``data``, once its members are measured; a plain error if it is none.

    ``what`` names the kind of document in messages ("Word", "Excel").
    """
    try:
        return open_archive(data, caps())
    except ArchiveRefused as refused:
        if refused.cap == "members":
            raise PlanverkstedError.of(
                "import.package-members", "import.bomb.hint", file=name, count=refused.count
            ) from None
        if refused.cap == "ratio":
            raise PlanverkstedError.of(
                "import.bomb-ratio",
                "import.bomb.hint",
                file=name,
                member=Key(refused.member),
                ratio=refused.times,
                cap=limits.MAX_RATIO,
            ) from None
        if refused.cap == "unpacked":
            raise PlanverkstedError.of(
                "import.bomb-size",
                "import.bomb.hint",
                file=name,
                mib=refused.size // (1024 * 1024),
                cap=limits.MAX_UNPACKED_BYTES // (1024 * 1024),
            ) from None
        raise PlanverkstedError.of(
            "import.not-package", "import.not-package.hint", file=name, what=what
        ) from None


def read_member(package: zipfile.ZipFile, member: str, name: str, what: str) -> bytes:
    """A member's bytes, or a plain error when the package is broken."""
    try:
        return package.read(member)
    except (KeyError, zipfile.BadZipFile, ValueError, EOFError, OSError, RuntimeError):
        raise PlanverkstedError.of(
            "import.not-package", "import.not-package.hint", file=name, what=what
        ) from None


def as_plain_document(package: zipfile.ZipFile, data: bytes, name: str) -> bytes:
    """A Word package whose main part python-docx reads: a macro document (.docm) or a
    template (.dotx, .dotm) gets the plain document's content type; its macros are never run
    (python-docx reads only the document's XML)."""
    types = read_member(package, "[Content_Types].xml", name, "Word")
    if not any(kind in types for kind in MACRO_DOCUMENT):
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in package.infolist():
            # The macros themselves are left out: only the document's text is read.
            if info.filename.lower().endswith("vbaproject.bin"):
                continue
            content = read_member(package, info.filename, name, "Word")
            if info.filename == "[Content_Types].xml":
                for kind in MACRO_DOCUMENT:
                    content = content.replace(kind, PLAIN_DOCUMENT)
            copy.writestr(info, content)
    return out.getvalue()
