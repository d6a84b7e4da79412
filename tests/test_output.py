"""Atomic output: all of the new text or the old file untouched, and plain messages."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from planverksted import writing as output
from planverksted.errors import OutputError
from planverksted.writing import write_atomic

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
POSIX_MODES = pytest.mark.skipif(
    sys.platform == "win32", reason="POSIX file modes (Windows has only read-only)"
)
SYMLINKS = pytest.mark.skipif(
    sys.platform == "win32", reason="symbolic links need extra rights on Windows"
)


def names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


@POSIX_MODES
def test_writes_a_new_file_with_the_usual_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.html"
    write_atomic(target, "første\nlinje\n")
    assert target.read_bytes() == "første\nlinje\n".encode()
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    assert names(tmp_path) == ["out.html"]


@POSIX_MODES
def test_replaces_an_existing_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert names(tmp_path) == ["out.md"]


@SYMLINKS
def test_writes_through_a_symbolic_link(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "new"


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (
            lambda tmp: tmp / "missing" / "out.md",
            "cannot write {tmp}/missing/out.md: the folder {tmp}/missing does not exist",
        ),
        (lambda tmp: tmp, "{tmp} is a folder, not a file"),
    ],
    ids=["missing folder", "a folder"],
)
def test_plain_messages(tmp_path: Path, make: object, expected: str) -> None:
    target = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(OutputError) as raised:
        write_atomic(target, "text")
    assert raised.value.message == expected.format(tmp=tmp_path)


def test_a_failure_while_writing_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.md"
    target.write_text("the old run-sheet", encoding="utf-8")

    def full_disk(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", full_disk)
    with pytest.raises(OutputError) as raised:
        write_atomic(target, "the new run-sheet")
    assert raised.value.message == f"cannot write {target}: the disk is full"
    assert target.read_text(encoding="utf-8") == "the old run-sheet"
    assert names(tmp_path) == ["out.md"]


def test_permission_denied_when_replacing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.md"
    target.write_text("old", encoding="utf-8")

    def refuse(self: Path, other: Path) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(OutputError) as raised:
        write_atomic(target, "new")
    assert raised.value.message == f"cannot write {target}: permission denied"
    assert target.read_text(encoding="utf-8") == "old"
    assert names(tmp_path) == ["out.md"]


def test_permission_denied_in_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(**kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(output.tempfile, "mkstemp", refuse)
    with pytest.raises(OutputError) as raised:
        write_atomic(tmp_path / "out.md", "new")
    assert raised.value.message == (
        f"cannot write {tmp_path}/out.md: permission denied in the folder {tmp_path}"
    )


def test_an_interrupt_while_writing_removes_the_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(descriptor: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(output.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "out.md", "new")
    assert names(tmp_path) == []


@pytest.mark.skipif(IS_ROOT, reason="root may write anywhere")
@POSIX_MODES
def test_a_read_only_folder_for_real(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(OutputError) as raised:
            write_atomic(folder / "out.md", "text")
        assert raised.value.message == (
            f"cannot write {folder}/out.md: permission denied in the folder {folder}"
        )
    finally:
        folder.chmod(0o755)


@pytest.mark.skipif(IS_ROOT, reason="root may write anywhere")
def test_a_read_only_file_for_real(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(OutputError) as raised:
        write_atomic(target, "new")
    assert (
        raised.value.message == f"cannot write {target}: permission denied (the file is read-only)"
    )
    assert target.read_text(encoding="utf-8") == "old"
