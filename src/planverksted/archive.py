"""Zip archives handed over by the user (.docx, .dotx, .xlsx), judged by their directory
before anything in them is unpacked: one guard below every reader of one.

A Word document or an Excel workbook is a zip archive, and a zip archive can say it holds
gigabytes in a few kilobytes (a zip bomb), or hold a million entries. :func:`open_archive`
refuses one at once, from its directory alone, when it has more than ``members`` entries,
would unpack to more than ``unpacked`` bytes in all, or has an entry of ``ratio_from``
bytes or more that unpacks to more than ``ratio`` times its packed size (XML packs five to
thirty to one; a bomb a thousand). Before even that, the archive's end record is read, so
that a directory of millions of entries is refused before it is parsed.

The directory may lie: an entry may say 1,000 bytes and unpack to gigabytes. Python's
:mod:`zipfile`, which python-docx and openpyxl read through, hands out no more than the
size said, but unpacks all it read in one go to get there; so every entry is unpacked
once here, a megabyte at a time, and refused when it grows past its word. The work is
bounded by the sizes the caps allow. Nothing here knows words: :class:`ArchiveRefused`
says which cap was passed and by how much, and each reader words it for its own file.
"""

from __future__ import annotations

import dataclasses
import io
import struct
import zipfile
import zlib

MIB = 1024 * 1024


@dataclasses.dataclass(frozen=True)
class ArchiveCaps:
    """The caps one reader holds an archive to."""

    members: int = 10_000
    """Entries in it: a Word document has about twenty, a workbook a few dozen."""
    unpacked: int = 64 * MIB
    """All its entries together, unpacked."""
    ratio: int = 100
    """How many times its packed size one entry may unpack to."""
    ratio_from: int = MIB
    """Entries smaller than this unpacked are not held to :attr:`ratio` (small files pack well)."""


class ArchiveRefused(Exception):  # noqa: N818 - it is a refusal, worded by each reader
    """An archive refused: ``cap`` is ``not-zip``, ``damaged`` (an entry unpacks to more
    than its directory says, is packed in a way Office never packs, or cannot be unpacked),
    ``members``, ``unpacked`` or ``ratio``.

    ``count`` is the number of entries (``members``), ``size`` what it would unpack to in
    bytes (``unpacked``), ``member`` and ``times`` the entry and how many times it grows
    (``ratio``).
    """

    def __init__(
        self, cap: str, *, count: int = 0, size: int = 0, member: str = "", times: int = 0
    ) -> None:
        super().__init__(cap)
        self.cap = cap
        self.count = count
        self.size = size
        self.member = member
        self.times = times


def open_archive(data: bytes, caps: ArchiveCaps | None = None) -> zipfile.ZipFile:
    """The zip archive of ``data``, once its directory is within ``caps``.

    Raises :class:`ArchiveRefused` (never another error) when it is no zip archive or
    passes a cap; the caller closes the archive it gets.
    """
    caps = caps or ArchiveCaps()
    declared = _declared_entries(data)
    if declared is not None:
        entries, directory = declared
        # Each entry takes 46 bytes and its name; a directory far larger than the cap's
        # entries need is refused before Python makes an object of each entry.
        if entries > caps.members:
            raise ArchiveRefused("members", count=entries)
        if directory > caps.members * 1024:  # fewer entries said than it holds
            raise ArchiveRefused("members", count=directory // 1024)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, KeyError):
        raise ArchiveRefused("not-zip") from None
    except (MemoryError, RecursionError):  # pragma: no cover - a directory past the caps
        raise ArchiveRefused("members") from None
    try:
        _judge(members, caps)
        for member in members:
            _unpacks_as_said(data, member)
    except ArchiveRefused:
        archive.close()
        raise
    return archive


def _judge(members: list[zipfile.ZipInfo], caps: ArchiveCaps) -> None:
    if len(members) > caps.members:
        raise ArchiveRefused("members", count=len(members))
    total = 0
    for member in members:
        total += member.file_size
        packed = max(member.compress_size, 1)
        if member.file_size >= caps.ratio_from and member.file_size > caps.ratio * packed:
            raise ArchiveRefused(
                "ratio", member=member.filename[:80], times=member.file_size // packed
            )
    if total > caps.unpacked:
        raise ArchiveRefused("unpacked", size=total)


CHUNK = 1024 * 1024
"""How much is unpacked at a time while an entry is measured."""


def _unpacks_as_said(data: bytes, member: zipfile.ZipInfo) -> None:
    """Refuse (``damaged``) an entry that unpacks to more than its directory says.

    :mod:`zipfile` hands out no more than that size, but to get there it unpacks all of
    what it read in one go: an entry that says 1,000 bytes and unpacks to gigabytes would
    take them in memory first. So each deflated entry is unpacked here once, a chunk at a
    time, and counted. Entries packed another way than stored or deflated (the only two
    Office writes) are refused, as bzip2 and LZMA bombs grow far more than deflate's.
    """
    if member.compress_type == zipfile.ZIP_STORED:
        return  # what is read is what is stored: no more than it takes
    if member.compress_type != zipfile.ZIP_DEFLATED:
        raise ArchiveRefused("damaged", member=member.filename[:80])
    at = member.header_offset
    if data[at : at + 4] != b"PK\x03\x04" or at + 30 > len(data):
        raise ArchiveRefused("damaged", member=member.filename[:80])
    name, extra = struct.unpack_from("<HH", data, at + 26)
    start = at + 30 + name + extra
    packed = memoryview(data)[start : start + member.compress_size]
    unpacker = zlib.decompressobj(-zlib.MAX_WBITS)
    size = 0
    try:
        for offset in range(0, len(packed), CHUNK):
            piece: bytes | memoryview = packed[offset : offset + CHUNK]
            while True:
                out = unpacker.decompress(piece, CHUNK)
                size += len(out)
                if size > member.file_size:
                    raise ArchiveRefused("damaged", member=member.filename[:80])
                piece = unpacker.unconsumed_tail
                # A full chunk may leave more behind, though all input is taken.
                if not piece and len(out) < CHUNK:
                    break
            if unpacker.eof:
                break
    except zlib.error:
        raise ArchiveRefused("damaged", member=member.filename[:80]) from None


_END = b"PK\x05\x06"
_END64_LOCATOR = b"PK\x06\x07"
_END64 = b"PK\x06\x06"


def _declared_entries(data: bytes) -> tuple[int, int] | None:
    """The entries and the directory's size in bytes, as the archive's end record gives
    them; None when it has none that can be read (:mod:`zipfile` then judges it)."""
    # The end record is the last 22 bytes, before a comment of at most 65,535.
    at = data.rfind(_END, max(0, len(data) - 22 - 65_535))
    if at < 0 or at + 22 > len(data):
        return None
    entries, directory = struct.unpack_from("<HI", data, at + 10)
    if entries != 0xFFFF and directory != 0xFFFFFFFF:
        return entries, directory
    locator = at - 20  # a Zip64 archive: its own end record says
    if locator < 0 or data[locator : locator + 4] != _END64_LOCATOR:
        return None
    (offset,) = struct.unpack_from("<Q", data, locator + 8)
    if offset + 56 > len(data) or data[offset : offset + 4] != _END64:
        return None
    entries64, directory64 = struct.unpack_from("<QQ", data, offset + 32)
    return int(entries64), int(directory64)
