"""One zip guard under every reader of a zip archive the user hands over: a zip bomb is
refused with a plain message (exit 1), in bounded memory.

The bombs are real, each inside a real Word document or workbook: a part of 256 MiB of
zeros packed into a quarter of a MiB; 10,000 entries more; and a part whose headers say
1,000 bytes but which unpacks to 256 MiB (zipfile would hand out 1,000 bytes, after
unpacking all of it in memory). Each is handed to the three readers: ``import`` of a Word
document, ``render --reference-docx`` (a template, .dotx) and a participant workbook
(.xlsx) named by a workshop file. Without the guard each reader takes over 500 MiB (or
accepts the workbook); memory is measured by tracemalloc's peak, never by time.
"""

from __future__ import annotations

import functools
import io
import struct
import tracemalloc
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, ROOT
from planverksted.archive import ArchiveCaps, ArchiveRefused, open_archive
from planverksted.cli import shell
from planverksted.errors import PlanverkstedError
from planverksted.runsheet import reference_docx

ENGLISH = ROOT / "tests" / "data" / "render-en.yaml"
"""An English file: the messages speak its language."""
ZEROS = 256 * 1024 * 1024
"""What a bomb's part unpacks to: far more than the peak memory a refusal may take."""
PEAK = 64 * 1024 * 1024
"""The most memory (tracemalloc's peak) any refusal below may take."""


@functools.cache
def _zeros() -> tuple[bytes, int]:
    """:data:`ZEROS` bytes of zeros as a raw deflate stream, and their CRC-32: made once."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = bytes(4 * 1024 * 1024)
    raw, crc = [], 0
    for _ in range(ZEROS // len(chunk)):
        raw.append(packer.compress(chunk))
        crc = zlib.crc32(chunk, crc)
    raw.append(packer.flush())
    return b"".join(raw), crc


def _archive(entries: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip archive written by hand: each entry's name, packed bytes, method (0 stored,
    8 deflated), CRC-32 and unpacked size as its headers say them (true or not)."""
    body: list[bytes] = []  # joined at the end: adding to bytes copies all before each time
    directory: list[bytes] = []
    offset = 0
    for name, packed, method, crc, size in entries:
        encoded = name.encode()
        sizes = (crc, len(packed), size, len(encoded), 0)
        directory.append(
            struct.pack(
                "<4s6H3I5H2I", b"PK\x01\x02", 20, 20, 0, method, 0, 0, *sizes, 0, 0, 0, 0, offset
            )
            + encoded
        )
        local = struct.pack("<4s5H3I2H", b"PK\x03\x04", 20, 0, method, 0, 0, *sizes)
        body.append(local + encoded + packed)
        offset += len(body[-1])
    count = len(entries)
    listed = b"".join(directory)
    end = struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, count, count, len(listed), offset, 0)
    return b"".join(body) + listed + end


def _stored(name: str, content: bytes) -> tuple[str, bytes, int, int, int]:
    return name, content, 0, zlib.crc32(content), len(content)


@functools.cache
def _real(kind: str) -> tuple[tuple[str, bytes, int, int, int], ...]:
    """The entries of a real Word document (``docx``) or workbook (``xlsx``), stored: made
    once."""
    if kind == "docx":
        data = (EXAMPLES / "kjoreplan-tett-pa.docx").read_bytes()
    else:
        import openpyxl

        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.append(["navn", "parti"])
        sheet.append(["Kari Nordmann", "Ap"])
        out = io.BytesIO()
        workbook.save(out)
        data = out.getvalue()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return tuple(_stored(info.filename, archive.read(info)) for info in archive.infolist())


def _bombed(kind: str, main: str, part: tuple[str, bytes, int, int, int]) -> bytes:
    """The real package of ``kind`` with its part ``main`` replaced by ``part``."""
    return _archive([part if entry[0] == main else entry for entry in _real(kind)])


def ratio_bomb(kind: str, main: str) -> bytes:
    """The main part 256 MiB of zeros, packed into a quarter of a MiB (its directory says so)."""
    raw, crc = _zeros()
    return _bombed(kind, main, (main, raw, 8, crc, ZEROS))


def members_bomb(kind: str, main: str) -> bytes:
    """10,000 entries more than the package has: more than any document or workbook has."""
    return _archive([*_real(kind), *(_stored(str(number), b"") for number in range(10_000))])


def lying_bomb(kind: str, main: str) -> bytes:
    """The main part's headers say 1,000 bytes (with their CRC); it unpacks to 256 MiB."""
    raw, _ = _zeros()
    return _bombed(kind, main, (main, raw, 8, zlib.crc32(bytes(1000)), 1000))


BOMBS: dict[str, Callable[[str, str], bytes]] = {
    "ratio": ratio_bomb,
    "members": members_bomb,
    "lying": lying_bomb,
}
MAIN = {"docx": "word/document.xml", "xlsx": "xl/theme/theme1.xml"}


@pytest.fixture(scope="session")
def bombs() -> dict[tuple[str, str], bytes]:
    """Each bomb in a real Word document and in a real workbook."""
    return {
        (bomb, kind): make(kind, main)
        for bomb, make in BOMBS.items()
        for kind, main in MAIN.items()
    }


def measured(work: Callable[[], Any]) -> tuple[Any, int]:
    """``work()``, and the peak of memory it took (tracemalloc)."""
    tracemalloc.start()
    try:
        result = work()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


def test_the_bombs_are_bombs(bombs: dict[tuple[str, str], bytes]) -> None:
    """The test's own bombs: small packed, and the lying one truly unpacks past its word."""
    for data in bombs.values():
        assert len(data) < 2 * 1024 * 1024
    with zipfile.ZipFile(io.BytesIO(bombs["lying", "docx"])) as archive:
        info = archive.getinfo("word/document.xml")
        assert info.file_size == 1000
        offset = info.header_offset + 30 + len(info.filename)
        raw = archive.fp.getvalue()[offset : offset + info.compress_size]  # type: ignore[union-attr]
    assert len(zlib.decompressobj(-15).decompress(raw, ZEROS)) == ZEROS


@pytest.mark.parametrize(
    ("kind", "cap", "values"),
    [
        ("ratio", "ratio", {"member": "word/document.xml"}),
        ("members", "members", {"count": 10_017}),
        ("lying", "damaged", {"member": "word/document.xml"}),
    ],
)
def test_the_guard_refuses_each_bomb(
    bombs: dict[tuple[str, str], bytes], kind: str, cap: str, values: dict[str, object]
) -> None:
    with pytest.raises(ArchiveRefused) as raised:
        open_archive(bombs[kind, "docx"])
    assert raised.value.cap == cap
    for name, value in values.items():
        assert getattr(raised.value, name) == value
    if cap == "ratio":
        assert raised.value.times > 1000


def test_the_guard_counts_the_unpacked_size_and_knows_no_zip() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for number in range(3):
            archive.writestr(f"{number}.xml", bytes(600))
    with pytest.raises(ArchiveRefused) as raised:
        open_archive(out.getvalue(), ArchiveCaps(unpacked=1000))
    assert (raised.value.cap, raised.value.size) == ("unpacked", 1800)
    with open_archive(out.getvalue(), ArchiveCaps(unpacked=1800)) as archive:
        assert len(archive.infolist()) == 3
    bzip2 = io.BytesIO()
    with zipfile.ZipFile(bzip2, "w", zipfile.ZIP_BZIP2) as archive:
        archive.writestr("word/document.xml", b"<x/>")
    with pytest.raises(ArchiveRefused) as raised:
        open_archive(bzip2.getvalue())  # Office packs nothing so: bzip2 bombs grow far more
    assert (raised.value.cap, raised.value.member) == ("damaged", "word/document.xml")
    for data in (b"", b"PK\x05\x06", b"no zip at all", bytes(100)):
        with pytest.raises(ArchiveRefused) as raised:
            open_archive(data)
        assert raised.value.cap == "not-zip"


def _import(tmp_path: Path, data: bytes) -> tuple[Any, str]:
    source = tmp_path / "kjoreplan.docx"
    source.write_bytes(data)
    result = CliRunner().invoke(
        shell.app, ["import", str(source), "-o", str(tmp_path / "k.yaml"), "--lang", "en"]
    )
    assert not (tmp_path / "k.yaml").exists()
    return result, str(source)


def _reference(tmp_path: Path, data: bytes) -> tuple[Any, str]:
    reference = tmp_path / "kommunemal.dotx"
    reference.write_bytes(data)
    target = tmp_path / "x.docx"
    result = CliRunner().invoke(
        shell.app,
        [
            "render",
            "--lang",
            "en",
            str(ENGLISH),
            "-o",
            str(target),
            "--reference-docx",
            str(reference),
        ],
    )
    assert not target.exists()
    # The render reads it in a capped child, out of tracemalloc's sight: read here too.
    with pytest.raises(PlanverkstedError):
        reference_docx.open_reference(reference)
    return result, str(reference)


def _participants(tmp_path: Path, data: bytes) -> tuple[Any, str]:
    (tmp_path / "deltakarar.xlsx").write_bytes(data)
    workshop = tmp_path / "w.yaml"
    workshop.write_text(
        "planverksted: 1\ntitle: Workshop\nlanguage: en\nparticipants: deltakarar.xlsx\n"
        "start: '09:00'\nagenda:\n  - {title: Welcome, duration: 10}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(shell.app, ["check", "--lang", "en", str(workshop)])
    return result, "deltakarar.xlsx"


READERS = {"import": _import, "reference": _reference, "participants": _participants}
KIND = {"import": "docx", "reference": "docx", "participants": "xlsx"}
SAYS = {
    ("import", "ratio"): "{file} is refused: its part 'word/document.xml' would grow 1028 times "
    "when unpacked (the cap is 100)",
    ("import", "members"): "{file} is a package of 10017 files, more than a document has",
    ("import", "lying"): "{file} cannot be read as a file from Word: it is damaged, protected "
    "with a password, or of another kind",
    ("reference", "ratio"): "the reference document {file} is not a Word document: its part "
    "word/document.xml unpacks to more than 200 times its packed size (a zip bomb)",
    ("reference", "members"): "the reference document {file} is not a Word document (it has "
    "10017 parts",
    ("reference", "lying"): "the reference document {file} is damaged: a part of it cannot be "
    "unpacked",
    ("participants", "ratio"): "error[participants-file] the participant file '{file}' is "
    "refused: its part 'xl/theme/theme1.xml' would grow 1028 times when unpacked (the cap "
    "is 100)",
    ("participants", "members"): "error[participants-file] the participant file '{file}' is a "
    "package of 10009 files, more than a workbook has",
    ("participants", "lying"): "error[participants-file] the participant file '{file}' is not a "
    "workbook that can be read",
}


@pytest.mark.parametrize("kind", BOMBS)
@pytest.mark.parametrize("reader", READERS)
def test_every_reader_refuses_a_bomb_plainly_in_bounded_memory(
    tmp_path: Path, bombs: dict[tuple[str, str], bytes], reader: str, kind: str
) -> None:
    (result, file), peak = measured(lambda: READERS[reader](tmp_path, bombs[kind, KIND[reader]]))
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and "object at" not in result.output
    assert SAYS[reader, kind].format(file=file) in result.output, result.output
    assert peak < PEAK, f"{peak / 1024 / 1024:.0f} MiB"
