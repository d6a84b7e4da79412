"""Decoding a logo's bytes far enough to trust them: a PNG's chunks and pixels, an SVG's XML.

A logo is handed to Typst, python-docx and browsers, each with its own decoder and its own
way of failing on a damaged or hostile file (a crash, gigabytes of memory, a fetch). So it
is judged here once, before any of them sees it, with caps on what decoding it may cost:

- a PNG must be whole: the signature, an ``IHDR`` of a valid kind, every chunk's CRC, a
  ``PLTE`` where the colour type needs one, ``IDAT`` data that inflates to exactly the rows
  the header promises (each with a valid filter byte), and ``IEND``; its dimensions are
  capped (:data:`MAX_SIDE`, :data:`MAX_PIXELS`) before a byte is inflated;
- an SVG must be well-formed XML whose root is ``<svg>``, with no document type (so no
  entities, internal or external), no processing instruction, no reference to anything
  outside itself (``href``, ``url(…)`` and ``@import`` may only point into the file, ``#id``),
  and capped in elements (:data:`MAX_SVG_ELEMENTS`) and depth (:data:`MAX_SVG_DEPTH`).

Nothing here imports the rest of planverksted: the verdict is a :class:`Refusal` with a
reason code and values that the logo rule words in the user's language.
"""

from __future__ import annotations

import dataclasses
import re
import struct
import zlib
from collections.abc import Iterator

MAX_SIDE = 10_000
"""Cap on a PNG's width and height, in pixels: a logo needs a few hundred."""
MAX_PIXELS = 20_000_000
"""Cap on a PNG's pixels (width × height): 20 megapixels, 80 MB as 8-bit RGBA once decoded."""
MAX_SVG_ELEMENTS = 10_000
"""Cap on the elements of an SVG logo."""
MAX_SVG_DEPTH = 64
"""Cap on how deeply an SVG logo's elements nest."""

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_CHUNK_STEP = 64 * 1024
"""How much compressed data is inflated at a time while the rows are checked."""

# Bit depths allowed for each colour type, and the samples of a pixel (PNG spec, 11.2.2).
_DEPTHS = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}
_SAMPLES = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
# Adam7: the first column and row of each pass and the step between them.
_ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2),
          (0, 1, 1, 2))  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Refusal:
    """Why an image is not used: a reason code (``png-broken``, ``svg-dtd`` …) and its values.

    Reasons: ``png-broken``, ``png-size`` (width, height), ``svg-broken`` (line_number),
    ``svg-dtd``, ``svg-reference`` (reference), ``svg-instruction``, ``svg-size`` (cap
    reached: elements or depth), ``svg-dimensions`` (attribute, value: a width or height
    of zero or less), ``not-png``, ``not-svg``.
    """

    reason: str
    values: dict[str, int | str] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class Image:
    """An image found whole: its media type and size in pixels (None for an SVG)."""

    media: str
    width: int | None = None
    height: int | None = None


def inspect(data: bytes, kind: str) -> Image | Refusal:
    """``data`` judged as a ``png`` or an ``svg``."""
    return inspect_png(data) if kind == "png" else inspect_svg(data)


class _BrokenError(Exception):
    pass


def inspect_png(data: bytes) -> Image | Refusal:
    """A PNG checked whole, its size capped before its pixels are inflated."""
    if not data.startswith(PNG_SIGNATURE):
        return Refusal("not-png")
    try:
        chunks = list(_chunks(data))
        if not chunks or chunks[0][0] != b"IHDR" or len(chunks[0][1]) != 13:
            raise _BrokenError
        width, height, depth, colour, compression, filtering, interlace = struct.unpack(
            ">IIBBBBB", chunks[0][1]
        )
        if (
            width == 0
            or height == 0
            or depth not in _DEPTHS.get(colour, ())
            or (compression, filtering) != (0, 0)
            or interlace not in (0, 1)
        ):
            raise _BrokenError
        if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
            return Refusal("png-size", {"width": width, "height": height})
        kinds = [kind for kind, _ in chunks]
        if kinds[-1] != b"IEND" or kinds.count(b"IEND") != 1 or kinds.count(b"IHDR") != 1:
            raise _BrokenError
        first = kinds.index(b"IDAT") if b"IDAT" in kinds else -1
        if first < 0 or any(
            kind != b"IDAT" for kind in kinds[first : first + kinds.count(b"IDAT")]
        ):
            raise _BrokenError  # no image data, or not in one run of chunks
        if colour == 3 and b"PLTE" not in kinds[:first]:
            raise _BrokenError
        compressed = (body for kind, body in chunks if kind == b"IDAT")
        _check_rows(compressed, _row_lengths(width, height, depth * _SAMPLES[colour], interlace))
    except (_BrokenError, struct.error, zlib.error):
        return Refusal("png-broken")
    return Image("image/png", width, height)


def _chunks(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    """Each chunk's type and data, its CRC checked; nothing may follow ``IEND``."""
    at = len(PNG_SIGNATURE)
    while at < len(data):
        if at + 12 > len(data):
            raise _BrokenError
        length, kind = struct.unpack(">I4s", data[at : at + 8])
        end = at + 8 + length
        if length > 0x7FFFFFFF or end + 4 > len(data) or not kind.isalpha():
            raise _BrokenError
        body = data[at + 8 : end]
        (crc,) = struct.unpack(">I", data[end : end + 4])
        if zlib.crc32(kind + body) != crc:
            raise _BrokenError
        yield kind, body
        at = end + 4
        if kind == b"IEND" and at != len(data):
            raise _BrokenError


def _row_lengths(width: int, height: int, bits: int, interlace: int) -> list[tuple[int, int]]:
    """(rows, bytes per row with its filter byte) of each pass of the image."""
    if not interlace:
        return [(height, 1 + (width * bits + 7) // 8)]
    passes = []
    for x0, y0, dx, dy in _ADAM7:
        columns = (width - x0 + dx - 1) // dx if width > x0 else 0
        rows = (height - y0 + dy - 1) // dy if height > y0 else 0
        if columns and rows:
            passes.append((rows, 1 + (columns * bits + 7) // 8))
    return passes


def _check_rows(compressed: Iterator[bytes], passes: list[tuple[int, int]]) -> None:
    """Inflate the data a piece at a time: exactly the rows expected, each filter byte 0-4."""
    expected = sum(rows * length for rows, length in passes)
    starts = _row_starts(passes)
    next_start = next(starts, None)
    inflater = zlib.decompressobj()
    seen = 0
    for piece in compressed:
        pending = piece
        while pending:
            out = inflater.decompress(pending, _CHUNK_STEP)
            pending = inflater.unconsumed_tail
            if seen + len(out) > expected:
                raise _BrokenError
            while next_start is not None and next_start < seen + len(out):
                if out[next_start - seen] > 4:
                    raise _BrokenError
                next_start = next(starts, None)
            seen += len(out)
            if inflater.eof:
                break
        if inflater.eof:
            break
    if not inflater.eof or seen != expected:
        raise _BrokenError


def _row_starts(passes: list[tuple[int, int]]) -> Iterator[int]:
    at = 0
    for rows, length in passes:
        for _ in range(rows):
            yield at
            at += length


_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.IGNORECASE | re.DOTALL)
_IMPORT = re.compile(r"@import", re.IGNORECASE)
_SVG_NAMESPACE = "http://www.w3.org/2000/svg"
_HREFS = ("href", "http://www.w3.org/1999/xlink href")


class _RefusedError(Exception):
    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.reason)
        self.refusal = refusal


def inspect_svg(data: bytes) -> Image | Refusal:
    """An SVG parsed by expat with every document type refused and its elements capped."""
    from xml.parsers import expat

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return Refusal("not-svg")
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    state = {"elements": 0, "depth": 0}
    root: list[str] = []
    styles = [False]

    def refuse(reason: str, **values: int | str) -> None:
        raise _RefusedError(Refusal(reason, dict(values)))

    def doctype(*_: object) -> None:
        refuse("svg-dtd")

    def external(*_: object) -> int:
        refuse("svg-dtd")
        return 0  # pragma: no cover - refused above; expat needs a number

    def instruction(target: str, _data: str) -> None:
        refuse("svg-instruction")

    def reference(value: str) -> None:
        value = value.strip()
        if value and not value.startswith("#"):
            refuse("svg-reference", reference=_short(value))

    def urls(value: str) -> None:
        if _IMPORT.search(value):
            refuse("svg-reference", reference="@import")
        for _, target in _URL.findall(value):
            reference(target)

    def start(name: str, attributes: dict[str, str]) -> None:
        state["elements"] += 1
        state["depth"] += 1
        if state["elements"] > MAX_SVG_ELEMENTS or state["depth"] > MAX_SVG_DEPTH:
            refuse("svg-size")
        if not root:
            root.append(name)
            if name not in (f"{_SVG_NAMESPACE} svg", "svg"):
                refuse("not-svg")
            for side in ("width", "height"):
                if _not_positive(attributes.get(side, "")):
                    refuse("svg-dimensions", attribute=side, value=_short(attributes[side]))
        styles.append(name in (f"{_SVG_NAMESPACE} style", "style"))
        for key, value in attributes.items():
            if key in _HREFS or key.endswith(" href"):
                reference(value)
            urls(value)

    def end(_name: str) -> None:
        state["depth"] -= 1
        styles.pop()

    def characters(value: str) -> None:
        if styles[-1]:  # a style sheet: its url(…) and @import
            urls(value)

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = doctype
    parser.UnparsedEntityDeclHandler = doctype
    parser.NotationDeclHandler = doctype
    parser.ExternalEntityRefHandler = external
    parser.ProcessingInstructionHandler = instruction
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    try:
        parser.Parse(text.encode("utf-8"), True)
    except _RefusedError as refused:
        return refused.refusal
    except expat.ExpatError as error:
        if not root:
            return Refusal("not-svg")
        return Refusal("svg-broken", {"line_number": error.lineno})
    if not root:
        return Refusal("not-svg")
    return Image("image/svg+xml")


_LENGTH = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def _not_positive(value: str) -> bool:
    """A width or height that is a number of zero or less (``0``, ``-10px``, ``1e-400``):
    no program draws the image. Anything else (``abc``, ``100%``) programs read as unset."""
    found = _LENGTH.match(value)
    return found is not None and float(found.group()) <= 0


def _short(value: str) -> str:
    """A reference as quoted in a message: one line, at most 60 characters."""
    value = " ".join(value.split())
    return value if len(value) <= 60 else value[:59] + "…"
