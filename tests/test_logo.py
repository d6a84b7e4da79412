"""The logo rule in-process: which files are embedded, and what is said about the others."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from planverksted.lint.rules.logo import LOGO_CAP, read_logo
from planverksted.workshop.model import Workshop

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16
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
     ("bom.svg", b"\xef\xbb\xbf<SVG/>", "image/svg+xml")],
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
        (
            "late.svg",
            b" " * 4096 + b"<svg/>",
            "the logo late.svg is named .svg but is not an SVG image",
        ),
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
    (tmp_path / "cap.png").write_bytes(PNG + b"\x00" * (LOGO_CAP - len(PNG)))
    assert read_logo(workshop("cap.png"), tmp_path)[1] == []
    (tmp_path / "big.png").write_bytes(PNG + b"\x00" * (LOGO_CAP - len(PNG) + 1))
    assert said("big.png", tmp_path) == [
        (
            "logo-too-large",
            "the logo big.png is 513 KiB; the cap is 512 KiB",
            "save a smaller version of it (a logo needs no more than a few hundred pixels)",
        )
    ]
