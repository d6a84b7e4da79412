"""Regenerate ``src/planverksted/glyph_ranges.py``: the characters Typst's bundled fonts draw.

    python tools/glyph_coverage.py          # writes the module (about 5 minutes)

A PDF is made with Typst's bundled fonts only (Libertinus Serif, New Computer Modern and
its Math, DejaVu Sans Mono), and PDF/UA-1 refuses a character none of them has. The fonts
are built into the typst wheel's binary; this script finds them there (an OpenType table
directory with a ``cmap``), reads each font's character map (formats 4 and 12), and takes
the union. Then Typst itself is the judge, one compile for each character between two
letters, in the regular, bold and italic styles: a font may map a character Typst does not
use it for in text (the math font's, some of DejaVu Sans Mono's), and Typst draws some
characters no font maps as nothing (bidi controls, variation selectors, tags).
``tests/test_glyphs.py`` compiles every drawable character with Typst, so a table that no
longer matches the installed typst fails there.
"""

from __future__ import annotations

import json
import struct
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "planverksted" / "glyph_ranges.py"
STYLES = ("", '#set text(weight: "bold")', '#set text(style: "italic")')
PROBE = (
    '#set document(title: "t")\n#set text(lang: "nb", font: "Libertinus Serif")\n{style}\n'
    "#let d = json(bytes(sys.inputs.data))\n#d.t\n"
)


def fonts(binary: bytes) -> list[bytes]:
    """Every OpenType font embedded in ``binary``."""
    found = []
    for signature in (b"OTTO", b"\x00\x01\x00\x00"):
        at = binary.find(signature)
        while at >= 0:
            font = _font_at(binary, at)
            if font is not None:
                found.append(font)
            at = binary.find(signature, at + 1)
    return found


def _font_at(binary: bytes, at: int) -> bytes | None:
    try:
        (count,) = struct.unpack(">H", binary[at + 4 : at + 6])
        if not 4 <= count <= 40:
            return None
        end, tags = 0, set()
        for n in range(count):
            tag, _, offset, length = struct.unpack(
                ">4sIII", binary[at + 12 + 16 * n : at + 28 + 16 * n]
            )
            if not all(32 <= c < 127 for c in tag):
                return None
            tags.add(tag)
            end = max(end, offset + length)
    except struct.error:
        return None
    if b"cmap" not in tags or end > 20_000_000:
        return None
    return binary[at : at + end]


def mapped(font: bytes) -> set[int]:
    """The code points ``font``'s Unicode character maps (formats 4 and 12) give a glyph."""
    (count,) = struct.unpack(">H", font[4:6])
    tables = {}
    for n in range(count):
        tag, _, offset, _ = struct.unpack(">4sIII", font[12 + 16 * n : 28 + 16 * n])
        tables[tag] = offset
    cmap = tables[b"cmap"]
    (subtables,) = struct.unpack(">H", font[cmap + 2 : cmap + 4])
    points: set[int] = set()
    for n in range(subtables):
        platform, encoding, offset = struct.unpack(
            ">HHI", font[cmap + 4 + 8 * n : cmap + 12 + 8 * n]
        )
        if (platform, encoding) not in ((3, 1), (3, 10), (0, 3), (0, 4)):
            continue
        at = cmap + offset
        (kind,) = struct.unpack(">H", font[at : at + 2])
        if kind == 4:
            points |= _format4(font, at)
        elif kind == 12:
            (groups,) = struct.unpack(">I", font[at + 12 : at + 16])
            for g in range(groups):
                start, end, glyph = struct.unpack(">III", font[at + 16 + 12 * g : at + 28 + 12 * g])
                points |= {c for c in range(start, end + 1) if glyph + c - start}
    return points


def _format4(font: bytes, at: int) -> set[int]:
    (double,) = struct.unpack(">H", font[at + 6 : at + 8])
    segments = double // 2
    ends = struct.unpack(f">{segments}H", font[at + 14 : at + 14 + double])
    starts_at = at + 16 + double
    starts = struct.unpack(f">{segments}H", font[starts_at : starts_at + double])
    deltas = struct.unpack(f">{segments}h", font[starts_at + double : starts_at + 2 * double])
    ranges_at = starts_at + 2 * double
    offsets = struct.unpack(f">{segments}H", font[ranges_at : ranges_at + double])
    points = set()
    for s in range(segments):
        for c in range(starts[s], ends[s] + 1):
            if c == 0xFFFF:
                continue
            if offsets[s] == 0:
                glyph = (c + deltas[s]) & 0xFFFF
            else:
                where = ranges_at + 2 * s + offsets[s] + 2 * (c - starts[s])
                (glyph,) = struct.unpack(">H", font[where : where + 2])
                glyph = (glyph + deltas[s]) & 0xFFFF if glyph else 0
            if glyph:
                points.add(c)
    return points


def drawn_by_typst(points: list[int], scratch: Path, style: str) -> set[int]:
    """Which of ``points`` Typst draws between two letters under PDF/UA-1, in ``style``."""
    import typst

    main = scratch / "probe.typ"
    main.write_text(PROBE.format(style=style), encoding="utf-8")
    compiler = typst.Compiler(str(main), font_paths=[], ignore_system_fonts=True)
    drawn = set()
    for point in points:
        data = json.dumps({"t": f"x{chr(point)}y"})
        try:
            compiler.compile(sys_inputs={"data": data}, pdf_standards="ua-1")
        except typst.TypstError:
            continue
        drawn.add(point)
    return drawn


def ranges(points: set[int]) -> list[tuple[int, int]]:
    joined: list[list[int]] = []
    for point in sorted(points):
        if joined and joined[-1][1] == point - 1:
            joined[-1][1] = point
        else:
            joined.append([point, point])
    return [(a, b) for a, b in joined]


def main() -> int:
    import tempfile

    import typst

    binary = next(Path(typst.__file__).parent.glob("_typst*.so"), None) or next(
        Path(typst.__file__).parent.glob("_typst*.pyd")
    )
    covered: set[int] = set()
    libertinus: set[int] | None = None
    for font in fonts(binary.read_bytes()):
        covered |= mapped(font)
        if "Libertinus Serif".encode("utf-16-be") in font:
            libertinus = mapped(font) if libertinus is None else libertinus & mapped(font)
    # Typst is the judge: a font may map a character Typst does not use it for (the math
    # font's, some of DejaVu Sans Mono's), and it draws some characters no font maps as
    # nothing (bidi controls, variation selectors, tags). One compile each, in every style.
    candidates = sorted(covered) + [
        c for c in range(0x20, 0x110000)
        if c not in covered and unicodedata.category(chr(c)) in ("Cf", "Zs", "Zl", "Zp", "Mn", "Me")
    ]  # fmt: skip
    with tempfile.TemporaryDirectory() as scratch:
        drawable = set(candidates)
        for style in STYLES:
            drawable = drawn_by_typst(sorted(drawable), Path(scratch), style)
    drawable = {c for c in drawable if c >= 0x20 and not 0x7F <= c <= 0x9F}
    version = typst.__version__ if hasattr(typst, "__version__") else "?"
    lines = [
        '"""The characters Typst\'s bundled fonts draw: generated by tools/glyph_coverage.py.',
        "",
        f"From the typst package {version}: {len(drawable):,} code points in "
        f"{len(ranges(drawable))} ranges. Do not edit;",
        "regenerate with ``python tools/glyph_coverage.py`` when typst changes its fonts.",
        '"""',
        "",
        "RANGES: tuple[tuple[int, int], ...] = (",
    ]
    lines += [f"    (0x{a:04X}, 0x{b:04X})," for a, b in ranges(drawable)]
    lines.append(")")
    lines += [
        "",
        "LIBERTINUS: tuple[tuple[int, int], ...] = (",
        "    # What every style of Libertinus Serif, the text font, has: a combining mark is",
        "    # drawn on a letter of these (in another font, the mark may be missing there).",
    ]
    lines += [f"    (0x{a:04X}, 0x{b:04X})," for a, b in ranges(libertinus or set())]
    lines.append(")")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(drawable):,} code points", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
