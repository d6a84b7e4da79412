"""The organiser's logo: a local PNG or SVG file, read, decoded and embedded in the sheet.

The file is read here, beside the workshop file it is named in, so that ``check`` and
``render`` report the same located finding. It is decoded, not sniffed
(:mod:`planverksted.images`: a PNG whole and within the pixel caps, an SVG with no
document type, no references outside itself and capped in size), and the verdict is the
one every format acts on: a logo refused here never reaches Typst, python-docx or a
browser. A logo that cannot be used is a warning: the run-sheet is still made, without it.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from planverksted import images
from planverksted.lint.finding import Finding
from planverksted.lint.registry import Code
from planverksted.lint.severity import WARNING
from planverksted.lint.wording import PerLanguage, finding
from planverksted.workshop.model import Workshop

SECTION = "Checking the schedule"
ORDER = 120

LOGO_CAP = 512 * 1024
"""The largest logo embedded, in bytes: a logo is small, and the HTML carries it inline."""

_KIB = 1024

CODES = (
    Code(
        "logo-unreadable",
        WARNING,
        "the `organiser_logo` file is missing, unreadable, or not a whole PNG or a safe SVG "
        "image (an SVG may have no DTD, entities or references to other files)",
        example="`organiser_logo: logo.jpg`, a file that is not there, a PNG cut short, an "
        "SVG with `<!DOCTYPE`",
    ),
    Code(
        "logo-too-large",
        WARNING,
        f"the `organiser_logo` file is larger than 512 KiB, a PNG of more than "
        f"{images.MAX_SIDE:,} pixels on a side or {images.MAX_PIXELS:,} pixels in all, or an "
        f"SVG of more than {images.MAX_SVG_ELEMENTS:,} elements or {images.MAX_SVG_DEPTH} "
        "levels",
        example="a 3 MB photograph as the logo; a PNG of 64,000 × 64,000 pixels",
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
        "nn": "logoen {file} sluttar på .png, men er ikkje eit PNG-bilete",
    },
    "logo-unreadable.not-svg": {
        "en": "the logo {file} is named .svg but is not an SVG image",
        "nb": "logoen {file} heter .svg, men er ikke et SVG-bilde",
        "nn": "logoen {file} sluttar på .svg, men er ikkje eit SVG-bilete",
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
    "logo-unreadable.png-broken": {
        "en": "the logo {file} is a damaged PNG image (cut short, or with wrong checksums)",
        "nb": "logoen {file} er et skadet PNG-bilde (avkortet, eller med feil kontrollsummer)",
        "nn": "logoen {file} er eit skadd PNG-bilete (avkorta, eller med feil kontrollsummar)",
    },
    "logo-unreadable.svg-broken": {
        "en": "the logo {file} is not well-formed SVG (line {line_number})",
        "nb": "logoen {file} er ikke velformet SVG (linje {line_number})",
        "nn": "logoen {file} er ikkje velforma SVG (linje {line_number})",
    },
    "logo-unreadable.svg-dtd": {
        "en": "the logo {file} has a document type (<!DOCTYPE> or <!ENTITY>), "
        "which an SVG logo may not have",
        "nb": "logoen {file} har en dokumenttype (<!DOCTYPE> eller <!ENTITY>), "
        "noe en SVG-logo ikke kan ha",
        "nn": "logoen {file} har ein dokumenttype (<!DOCTYPE> eller <!ENTITY>), "
        "noko ein SVG-logo ikkje kan ha",
    },
    "logo-unreadable.svg-instruction": {
        "en": "the logo {file} has a processing instruction (<?…?>), which an SVG logo "
        "may not have",
        "nb": "logoen {file} har en prosesseringsinstruksjon (<?…?>), noe en SVG-logo ikke kan ha",
        "nn": "logoen {file} har ein prosesseringsinstruksjon (<?…?>), noko ein SVG-logo "
        "ikkje kan ha",
    },
    "logo-unreadable.svg-reference": {
        "en": "the logo {file} refers to {reference}, outside itself; an SVG logo may "
        "only refer to its own parts (#id)",
        "nb": "logoen {file} viser til {reference}, utenfor seg selv; en SVG-logo kan "
        "bare vise til sine egne deler (#id)",
        "nn": "logoen {file} viser til {reference}, utanfor seg sjølv; ein SVG-logo kan "
        "berre vise til sine eigne delar (#id)",
    },
    "logo-unreadable.svg-dimensions": {
        "en": 'the logo {file} has {attribute}="{value}": a size of zero or less, which no '
        "program can draw",
        "nb": 'logoen {file} har {attribute}="{value}": en størrelse på null eller mindre, '
        "som ingen programmer kan tegne",
        "nn": 'logoen {file} har {attribute}="{value}": ein storleik på null eller mindre, '
        "som ingen program kan teikne",
    },
    "logo-unreadable.svg-hint": {
        "en": "save the logo again as plain SVG, with images and fonts embedded as paths",
        "nb": "lagre logoen på nytt som ren SVG, med bilder og skrift gjort om til stier",
        "nn": "lagre logoen på nytt som rein SVG, med bilete og skrift gjort om til banar",
    },
    "logo-too-large.pixels": {
        "en": "the logo {file} is {width} × {height} pixels; the cap is {side} on a side "
        "and {pixels} pixels in all",
        "nb": "logoen {file} er {width} × {height} piksler; grensen er {side} i bredde og høyde "
        "og {pixels} piksler i alt",
        "nn": "logoen {file} er {width} × {height} pikslar; grensa er {side} på kvar led "
        "og {pixels} pikslar i alt",
    },
    "logo-too-large.svg": {
        "en": "the logo {file} has more than {elements} elements or is nested more than "
        "{depth} levels deep",
        "nb": "logoen {file} har flere enn {elements} elementer eller er nøstet mer enn "
        "{depth} nivåer dypt",
        "nn": "logoen {file} har fleire enn {elements} element eller er nøsta meir enn "
        "{depth} nivå djupt",
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
    verdict = images.inspect(data, suffix[1:])
    if isinstance(verdict, images.Refusal):
        return None, [_refused(workshop, given, verdict)]
    encoded = base64.b64encode(data).decode("ascii")
    return f"data:{verdict.media};base64,{encoded}", []


def _refused(workshop: Workshop, given: str, refusal: images.Refusal) -> Finding:
    """The finding for a logo the decoder refused, worded by its reason."""
    reason = refusal.reason
    values: dict[str, Any] = {"file": given, **refusal.values}
    code, hint = "logo-unreadable", "logo-unreadable.hint"
    if reason.startswith("svg-"):
        hint = "logo-unreadable.svg-hint"
    if reason == "png-size":
        code, text, hint = "logo-too-large", "logo-too-large.pixels", "logo-too-large.hint"
        values.update(
            side=_number(images.MAX_SIDE),
            pixels=_number(images.MAX_PIXELS),
            width=_number(int(refusal.values["width"])),
            height=_number(int(refusal.values["height"])),
        )
    elif reason == "svg-size":
        code, text, hint = "logo-too-large", "logo-too-large.svg", "logo-too-large.hint"
        values.update(elements=_number(images.MAX_SVG_ELEMENTS), depth=images.MAX_SVG_DEPTH)
    else:
        text = f"logo-unreadable.{reason}"
    return finding(
        code, ("organiser_logo",), times=workshop.language, text=text, hint=hint, **values
    )


def _number(value: int) -> PerLanguage:
    """A number grouped by thousands as the language writes it: 20,000,000 / 20 000 000."""

    def written(language: str) -> str:
        grouped = f"{value:,}"
        return grouped if language == "en" else grouped.replace(",", "\u00a0")

    return PerLanguage(written)
