"""The logo rule in-process: which files are embedded, and what is said about the others."""

from __future__ import annotations

import base64
import struct
import zlib
from pathlib import Path

import pytest

from planverksted import images
from planverksted.lint.rules.logo import LOGO_CAP, read_logo
from planverksted.workshop.model import Workshop

SIGNATURE = b"\x89PNG\r\n\x1a\n"


def chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png(
    width: int = 2,
    height: int = 2,
    *,
    colour: int = 2,
    depth: int = 8,
    interlace: int = 0,
    rows: bytes | None = None,
    pad: int = 0,
) -> bytes:
    """A whole PNG (RGB, filter 0 rows of zeros unless given), ``pad`` bytes of a private chunk."""
    header = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, interlace)
    if rows is None:
        rows = (b"\x00" + b"\x00" * ((width * depth * 3 + 7) // 8)) * height
    extra = chunk(b"prVt", b"\x00" * (pad - 12)) if pad else b""
    return (
        SIGNATURE + chunk(b"IHDR", header) + extra
        + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
    )  # fmt: skip


PNG = png()
SVG = b'<?xml version="1.0"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg"/>'


def workshop(logo: str) -> Workshop:
    return Workshop.model_validate(
        {"planverksted": "1", "title": "T", "organiser_logo": logo, "agenda": [{"title": "A"}]}
    )


def said(logo: str, folder: Path) -> list[tuple[str, str, str | None]]:
    uri, findings = read_logo(workshop(logo), folder)
    assert uri is None
    return [(f.code, f.message, f.hint) for f in findings]


HINT = "give the path of a PNG or SVG file, relative to the workshop file"


@pytest.mark.parametrize(
    ("name", "data", "media"),
    [("logo.png", PNG, "image/png"), ("logo.SVG", SVG, "image/svg+xml"),
     ("bom.svg", b"\xef\xbb\xbf<svg/>", "image/svg+xml"),
     ("late.svg", b" " * 4096 + b"<svg/>", "image/svg+xml")],
)  # fmt: skip
def test_a_png_or_svg_is_embedded_as_a_data_uri(
    tmp_path: Path, name: str, data: bytes, media: str
) -> None:
    (tmp_path / name).write_bytes(data)
    uri, findings = read_logo(workshop(name), tmp_path)
    assert findings == []
    assert uri == f"data:{media};base64,{base64.b64encode(data).decode('ascii')}"


def test_no_logo_is_nothing_to_say(tmp_path: Path) -> None:
    bare = Workshop.model_validate({"planverksted": "1", "title": "T", "agenda": [{"title": "A"}]})
    assert read_logo(bare, tmp_path) == (None, [])


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("logo.jpg", b"x", "the logo logo.jpg is not a PNG or SVG file"),
        ("gone.png", None, "the logo gone.png is not there"),
        ("logo.png", b"GIF89a", "the logo logo.png is named .png but is not a PNG image"),
        ("logo.svg", b"<html></html>", "the logo logo.svg is named .svg but is not an SVG image"),
        (
            "latin.svg",
            b"<svg>\xe6</svg>",
            "the logo latin.svg is named .svg but is not an SVG image",
        ),
        ("upper.svg", b"<SVG/>", "the logo upper.svg is named .svg but is not an SVG image"),
    ],
)
def test_a_logo_that_cannot_be_used_is_one_warning_with_a_hint(
    tmp_path: Path, name: str, data: bytes | None, message: str
) -> None:
    if data is not None:
        (tmp_path / name).write_bytes(data)
    assert said(name, tmp_path) == [("logo-unreadable", message, HINT)]


def test_a_folder_is_no_logo(tmp_path: Path) -> None:
    (tmp_path / "logo.png").mkdir()
    assert said("logo.png", tmp_path) == [
        ("logo-unreadable", "the logo logo.png is a folder", HINT)
    ]


def test_a_logo_at_the_cap_is_embedded_and_one_byte_more_is_too_large(tmp_path: Path) -> None:
    (tmp_path / "cap.png").write_bytes(png(pad=LOGO_CAP - len(PNG)))
    assert len(png(pad=LOGO_CAP - len(PNG))) == LOGO_CAP
    assert read_logo(workshop("cap.png"), tmp_path)[1] == []
    (tmp_path / "big.png").write_bytes(png(pad=LOGO_CAP - len(PNG) + 1))
    assert said("big.png", tmp_path) == [
        (
            "logo-too-large",
            "the logo big.png is 513 KiB; the cap is 512 KiB",
            "save a smaller version of it (a logo needs no more than a few hundred pixels)",
        )
    ]


BROKEN = "the logo {} is a damaged PNG image (cut short, or with wrong checksums)"
SVG_HINT = "save the logo again as plain SVG, with images and fonts embedded as paths"
IHDR_AT = len(SIGNATURE) + 8


def flipped(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :]


def header_of(width: int, height: int, depth: int = 8, colour: int = 2) -> bytes:
    """A PNG signature and header alone: what a crafted file of any size claims."""
    return SIGNATURE + chunk(
        b"IHDR", struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, 0)
    )


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (SIGNATURE, "the signature alone"),
        (PNG[:-12], "no IEND"),
        (PNG[:40], "cut inside a chunk"),
        (flipped(PNG, IHDR_AT + 2), "the header's CRC does not match"),
        (flipped(PNG, len(PNG) - 20), "the data's CRC does not match"),
        (PNG + b"junk", "bytes after IEND"),
        (header_of(2, 2, depth=3), "a bit depth RGB does not have"),
        (header_of(0, 2), "no width"),
        (SIGNATURE + chunk(b"IHDR", b"\x00" * 12), "a short header"),
        (header_of(2, 2) + chunk(b"IEND", b""), "no image data"),
        (png(colour=3, depth=8, rows=b"\x00\x00\x00" * 2), "a palette image with no palette"),
        (png(rows=b"\x00" * 7 * 2 + b"\x00"), "one byte more than the rows"),
        (png(rows=b"\x00" * 7 + b"\x00" * 6), "one byte fewer than the rows"),
        (png(rows=b"\x05" + b"\x00" * 6 + b"\x00" * 7), "a filter type that does not exist"),
        (png(interlace=1, rows=b"\x00" * 14), "interlaced rows counted as plain ones"),
        (
            SIGNATURE + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", b"not zlib at all") + chunk(b"IEND", b""),
            "data that does not inflate",
        ),
    ],
)  # fmt: skip
def test_a_png_that_is_not_whole_is_refused(tmp_path: Path, data: bytes, why: str) -> None:
    (tmp_path / "logo.png").write_bytes(data)
    assert said("logo.png", tmp_path) == [("logo-unreadable", BROKEN.format("logo.png"), HINT)], why


@pytest.mark.parametrize(
    ("data", "size"),
    [
        (png(1, 1), (1, 1)),
        (png(9, 1, colour=0, depth=1, rows=b"\x00\xff\x80"), (9, 1)),
    ],
)  # fmt: skip
def test_whole_pngs_of_every_kind_are_used(data: bytes, size: tuple[int, int]) -> None:
    verdict = images.inspect_png(data)
    assert isinstance(verdict, images.Image), verdict
    assert (verdict.width, verdict.height) == size


def test_an_interlaced_png_is_checked_pass_by_pass() -> None:
    # 3 × 5 pixels, RGB 8-bit: Adam7 passes 1, 3-7 hold pixels (pass 2 starts at x=4), 15 in all.
    passes = [(1, 4), (1, 4), (2, 4), (1, 7), (3, 4), (2, 10)]
    assert images._row_lengths(3, 5, 24, 1) == passes
    rows = b"".join(b"\x00" * length for count, length in passes for _ in range(count))
    assert isinstance(images.inspect_png(png(3, 5, interlace=1, rows=rows)), images.Image)
    assert images.inspect_png(png(3, 5, interlace=1, rows=rows + b"\x00")) == images.Refusal(
        "png-broken"
    )


@pytest.mark.parametrize(
    ("width", "height", "message"),
    [
        (64_000, 64_000, "the logo logo.png is 64,000 × 64,000 pixels; the cap is 10,000 on a "
         "side and 20,000,000 pixels in all"),
        (10_001, 1, "the logo logo.png is 10,001 × 1 pixels; the cap is 10,000 on a side and "
         "20,000,000 pixels in all"),
        (5_000, 4_001, "the logo logo.png is 5,000 × 4,001 pixels; the cap is 10,000 on a side "
         "and 20,000,000 pixels in all"),
    ],
)  # fmt: skip
def test_a_png_over_the_pixel_caps_is_refused_from_its_header_alone(
    tmp_path: Path, width: int, height: int, message: str
) -> None:
    # The header alone, a few dozen bytes: refused before any pixel is inflated.
    (tmp_path / "logo.png").write_bytes(header_of(width, height))
    hint = "save a smaller version of it (a logo needs no more than a few hundred pixels)"
    assert said("logo.png", tmp_path) == [("logo-too-large", message, hint)]


def test_a_png_at_the_pixel_cap_is_used() -> None:
    # 5,000 × 4,000 grey pixels, one bit each: 2.5 MB of rows, a few KB compressed.
    rows = (b"\x00" + b"\x00" * 625) * 4_000
    assert isinstance(images.inspect_png(png(5_000, 4_000, colour=0, depth=1, rows=rows)),
                      images.Image)  # fmt: skip


NESTED = (
    b'<svg xmlns="http://www.w3.org/2000/svg">' + b"<g>" * 50_000 + b"</g>" * 50_000 + b"</svg>"
)


@pytest.mark.parametrize(
    ("data", "message", "hint"),
    [
        (
            b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>',
            "the logo logo.svg has a document type (<!DOCTYPE> or <!ENTITY>), which an SVG logo "
            "may not have",
            SVG_HINT,
        ),
        (
            b'<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
            b'"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg/>',
            "the logo logo.svg has a document type (<!DOCTYPE> or <!ENTITY>), which an SVG logo "
            "may not have",
            SVG_HINT,
        ),
        (
            b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
            b'<image xlink:href="file:///etc/passwd"/></svg>',
            "the logo logo.svg refers to file:///etc/passwd, outside itself; an SVG logo may only "
            "refer to its own parts (#id)",
            SVG_HINT,
        ),
        (
            b'<svg xmlns="http://www.w3.org/2000/svg"><use href="other.svg#a"/></svg>',
            "the logo logo.svg refers to other.svg#a, outside itself; an SVG logo may only refer "
            "to its own parts (#id)",
            SVG_HINT,
        ),
        (
            b'<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill: url( \'https://x.example/p\' )"/>'
            b"</svg>",
            "the logo logo.svg refers to https://x.example/p, outside itself; an SVG logo may only "
            "refer to its own parts (#id)",
            SVG_HINT,
        ),
        (
            b'<svg xmlns="http://www.w3.org/2000/svg"><style>@import "x.css";</style></svg>',
            "the logo logo.svg refers to @import, outside itself; an SVG logo may only refer to "
            "its own parts (#id)",
            SVG_HINT,
        ),
        (
            b'<?xml-stylesheet href="x.css"?><svg/>',
            "the logo logo.svg has a processing instruction (<?…?>), which an SVG logo may not "
            "have",
            SVG_HINT,
        ),
        (
            b'<svg xmlns="http://www.w3.org/2000/svg">\n<g>\n</svg>',
            "the logo logo.svg is not well-formed SVG (line 3)",
            SVG_HINT,
        ),
        (
            b'<svg xmlns="http://www.w3.org/2000/svg" width="0" height="10"><rect/></svg>',
            'the logo logo.svg has width="0": a size of zero or less, which no program can draw',
            SVG_HINT,
        ),
        (
            b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="-.5mm"><rect/></svg>',
            'the logo logo.svg has height="-.5mm": a size of zero or less, which no program can '
            "draw",
            SVG_HINT,
        ),
        (
            b'<svg xmlns="http://www.w3.org/2000/svg" width="1e-400"><rect/></svg>',
            'the logo logo.svg has width="1e-400": a size of zero or less, which no program can '
            "draw",
            SVG_HINT,
        ),
        (
            NESTED,
            "the logo logo.svg has more than 10,000 elements or is nested more than 64 levels deep",
            "save a smaller version of it (a logo needs no more than a few hundred pixels)",
        ),
        (
            b"<svg>" + b"<rect/>" * 10_000 + b"</svg>",
            "the logo logo.svg has more than 10,000 elements or is nested more than 64 levels deep",
            "save a smaller version of it (a logo needs no more than a few hundred pixels)",
        ),
    ],
)
def test_an_svg_that_is_not_safe_is_refused(
    tmp_path: Path, data: bytes, message: str, hint: str
) -> None:
    (tmp_path / "logo.svg").write_bytes(data)
    code = "logo-too-large" if "elements" in message else "logo-unreadable"
    assert said("logo.svg", tmp_path) == [(code, message, hint)]


@pytest.mark.parametrize(
    "data",
    [
        b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        b'<defs><linearGradient id="g"/></defs><rect fill="url(#g)"/><use xlink:href="#g"/>'
        b"<style>rect { fill: url(#g) }</style></svg>",
        b"<svg>" + b"<g>" * 63 + b"</g>" * 63 + b"</svg>",
        b"<svg>" + b"<rect/>" * 9_999 + b"</svg>",
        b'<svg xmlns="http://www.w3.org/2000/svg"><text>url(x) is only words</text></svg>',
        # Sizes a program reads as unset: drawn at the default size.
        b'<svg xmlns="http://www.w3.org/2000/svg" width="abc" height="100%"><rect/></svg>',
    ],
)
def test_a_safe_svg_is_used(tmp_path: Path, data: bytes) -> None:
    (tmp_path / "logo.svg").write_bytes(data)
    uri, findings = read_logo(workshop("logo.svg"), tmp_path)
    assert findings == [] and uri is not None


def test_the_pixel_caps_are_worded_in_norwegian(tmp_path: Path) -> None:
    from planverksted.lint.wording import in_language

    (tmp_path / "logo.png").write_bytes(header_of(64_000, 64_000))
    _, findings = read_logo(workshop("logo.png"), tmp_path)
    assert in_language(findings[0], "nb")[0] == (
        "logoen logo.png er 64\u00a0000 × 64\u00a0000 piksler; grensen er 10\u00a0000 i bredde "
        "og høyde og 20\u00a0000\u00a0000 piksler i alt"
    )
    assert in_language(findings[0], "nn")[0] == (
        "logoen logo.png er 64\u00a0000 × 64\u00a0000 pikslar; grensa er 10\u00a0000 på kvar "
        "led og 20\u00a0000\u00a0000 pikslar i alt"
    )


def test_a_refused_logo_leaves_every_document_made_without_it(tmp_path: Path) -> None:
    """The verdict is one: what check refuses reaches no format, and each is still made."""
    from planverksted.analysis import analyse_file
    from planverksted.runsheet import formats

    bad = {
        "signature.png": SIGNATURE,
        "header.png": PNG[:33],
        "huge.png": header_of(64_000, 64_000) + PNG[33:],
        "entity.svg": b'<!DOCTYPE svg [<!ENTITY a "a">]><svg>&a;</svg>',
        "nested.svg": NESTED,
        "href.svg": b'<svg xmlns="http://www.w3.org/2000/svg"><image href="/etc/passwd"/></svg>',
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
        source = tmp_path / f"{name}.yaml"
        source.write_text(
            f"planverksted: 1\ntitle: Verksted\nlanguage: en\norganiser_logo: {name}\n"
            "date: 2024-04-18\nstart: '9:00'\nagenda:\n  - {title: Alt, duration: 10}\n",
            encoding="utf-8",
        )
        analysis = analyse_file(str(source))
        assert [f.code for f in analysis.findings] in (["logo-unreadable"], ["logo-too-large"])
        assert analysis.findings[0].line == 4, name
        assert analysis.logo is None
        for entry in formats.every():
            if entry.format.available() and entry.format.to_file != "no":
                assert entry.render(formats.Job(analysis, target=tmp_path / "x")), entry.format.name


ACCEPTED = {
    "grey.png": png(9, 1, colour=0, depth=1, rows=b"\x00\xff\x80"),
    "interlaced.png": png(3, 5, interlace=1, rows=b"\x00" * (4 + 4 + 8 + 7 + 12 + 20)),
    "references.svg": (
        b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        b'width="10" height="10"><defs><linearGradient id="g"/></defs>'
        b'<rect width="10" height="10" fill="url(#g)"/><use xlink:href="#g"/></svg>'
    ),
    "deep.svg": b'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4">'
    + b"<g>" * 62
    + b'<rect width="4" height="4"/>'
    + b"</g>" * 62
    + b"</svg>",
    "unset-size.svg": b'<svg xmlns="http://www.w3.org/2000/svg" width="abc" height="100%" '
    b'viewBox="0 0 0 0"><rect width="4" height="4"/></svg>',
}


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_a_logo_check_accepts_is_drawn_in_the_pdf_and_word(tmp_path: Path, name: str) -> None:
    pytest.importorskip("typst")
    pytest.importorskip("docx")
    from planverksted.analysis import analyse_file
    from planverksted.runsheet import formats

    (tmp_path / name).write_bytes(ACCEPTED[name])
    source = tmp_path / "w.yaml"
    source.write_text(
        f"planverksted: 1\ntitle: Verksted\norganiser: Agder\norganiser_logo: {name}\n"
        "start: '9:00'\nagenda:\n  - {title: Alt, duration: 10}\n",
        encoding="utf-8",
    )
    analysis = analyse_file(str(source))
    assert not analysis.findings and analysis.logo is not None
    pdf = formats.get("pdf").render(formats.Job(analysis))
    assert isinstance(pdf, bytes) and b"/Alt(Agder)" in pdf
    assert formats.get("docx").render(formats.Job(analysis))
