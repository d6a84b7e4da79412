"""The organiser's logo: a local PNG or SVG file, read and embedded in the printed sheet.

The file is read here, beside the workshop file it is named in, so that ``check`` and
``render`` report the same located finding. A logo that cannot be used is a warning:
the run-sheet is still made, without it.
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path

from planverksted.lint.finding import Finding
from planverksted.lint.registry import Code
from planverksted.lint.severity import WARNING
from planverksted.lint.wording import finding
from planverksted.workshop.model import Workshop

SECTION = "Checking the schedule"
ORDER = 120

LOGO_CAP = 512 * 1024
"""The largest logo embedded, in bytes: a logo is small, and the HTML carries it inline."""

_PNG = b"\x89PNG\r\n\x1a\n"
_KIB = 1024

CODES = (
    Code(
        "logo-unreadable",
        WARNING,
        "the `organiser_logo` file is missing, unreadable, or not a PNG or SVG image",
        example="`organiser_logo: logo.jpg`, or a file that is not there",
    ),
    Code(
        "logo-too-large",
        WARNING,
        "the `organiser_logo` file is larger than 512 KiB",
        example="a 3 MB photograph as the logo",
    ),
)

TEXTS = {
    "logo-unreadable": {
        "en": "the logo {file} is not there",
        "nb": "logoen {file} finnes ikke",
        "nn": "logoen {file} finst ikkje",
    },
    "logo-unreadable.folder": {
        "en": "the logo {file} is a folder",
        "nb": "logoen {file} er en mappe",
        "nn": "logoen {file} er ei mappe",
    },
    "logo-unreadable.unreadable": {
        "en": "the logo {file} cannot be read",
        "nb": "logoen {file} kan ikke leses",
        "nn": "logoen {file} kan ikkje lesast",
    },
    "logo-unreadable.type": {
        "en": "the logo {file} is not a PNG or SVG file",
        "nb": "logoen {file} er ikke en PNG- eller SVG-fil",
        "nn": "logoen {file} er ikkje ei PNG- eller SVG-fil",
    },
    "logo-unreadable.not-png": {
        "en": "the logo {file} is named .png but is not a PNG image",
        "nb": "logoen {file} heter .png, men er ikke et PNG-bilde",
        "nn": "logoen {file} heiter .png, men er ikkje eit PNG-bilete",
    },
    "logo-unreadable.not-svg": {
        "en": "the logo {file} is named .svg but is not an SVG image",
        "nb": "logoen {file} heter .svg, men er ikke et SVG-bilde",
        "nn": "logoen {file} heiter .svg, men er ikkje eit SVG-bilete",
    },
    "logo-unreadable.hint": {
        "en": "give the path of a PNG or SVG file, relative to the workshop file",
        "nb": "skriv stien til en PNG- eller SVG-fil, regnet fra verkstedfilen",
        "nn": "skriv stien til ei PNG- eller SVG-fil, rekna frå verkstadfila",
    },
    "logo-too-large": {
        "en": "the logo {file} is {size} KiB; the cap is {cap} KiB",
        "nb": "logoen {file} er på {size} KiB; grensen er {cap} KiB",
        "nn": "logoen {file} er på {size} KiB; grensa er {cap} KiB",
    },
    "logo-too-large.hint": {
        "en": "save a smaller version of it (a logo needs no more than a few hundred pixels)",
        "nb": "lagre en mindre utgave av den (en logo trenger ikke mer enn noen hundre piksler)",
        "nn": "lagre ei mindre utgåve av han (ein logo treng ikkje meir enn nokre hundre pikslar)",
    },
}
"""No ``.print`` texts: these are about the file, not the day, and stay off the page."""


def read_logo(workshop: Workshop, folder: Path | None) -> tuple[str | None, list[Finding]]:
    """The logo as a ``data:`` URI for an ``<img>``, or None and a finding saying why.

    ``folder`` is the workshop file's folder (None for standard input: the working folder).
    An SVG is embedded as an image (``<img src="data:image/svg+xml;base64,…">``), where a
    browser runs no script in it and fetches nothing.
    """
    given = workshop.organiser_logo
    if given is None:
        return None, []
    path = (folder or Path()) / given
    suffix = path.suffix.lower()

    def problem(reason: str) -> tuple[None, list[Finding]]:
        return None, [
            finding(
                "logo-unreadable",
                ("organiser_logo",),
                times=workshop.language,
                text="logo-unreadable" if reason == "missing" else f"logo-unreadable.{reason}",
                hint="logo-unreadable.hint",
                file=given,
            )
        ]

    if suffix not in (".png", ".svg"):
        return problem("type")
    try:
        if path.is_dir():
            return problem("folder")
        if not path.is_file():
            return problem("missing")
        size = path.stat().st_size
        if size > LOGO_CAP:
            return None, [
                finding(
                    "logo-too-large",
                    ("organiser_logo",),
                    times=workshop.language,
                    hint="logo-too-large.hint",
                    file=given,
                    size=-(-size // _KIB),
                    cap=LOGO_CAP // _KIB,
                )
            ]
        with path.open("rb") as file:
            data = file.read(LOGO_CAP + 1)
    except OSError:
        return problem("unreadable")
    if len(data) > LOGO_CAP:  # it grew while we looked
        return problem("unreadable")
    if suffix == ".png":
        if not data.startswith(_PNG):
            return problem("not-png")
        media = "image/png"
    else:
        if not _looks_like_svg(data):
            return problem("not-svg")
        media = "image/svg+xml"
    try:
        encoded = base64.b64encode(data).decode("ascii")
    except (binascii.Error, ValueError):  # pragma: no cover - b64encode takes any bytes
        return problem("unreadable")
    return f"data:{media};base64,{encoded}", []


def _looks_like_svg(data: bytes) -> bool:
    """UTF-8 text whose first element is ``<svg`` (after an XML declaration or comments)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return "<svg" in text[:4096].lower()
