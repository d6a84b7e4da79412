"""serve's watch: one the system keeps refusing is said once (in the file's language, by the
command), and so is the watch that works again after it; a refusal or two is not."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from planverksted.preview import watch as module
from planverksted.preview.watch import REFUSALS_REPORTED, FileWatcher

WAIT = 120.0  # a guard for a busy machine, not a budget


def _refusing(times: int) -> Any:
    """A stand-in for ``watchfiles.watch`` that refuses ``times`` times, then works."""
    calls = {"count": 0}

    def watch(*_folders: str, stop_event: Any, **_options: Any) -> Iterator[set[Any]]:
        calls["count"] += 1
        if calls["count"] <= times:
            raise OSError("OS file watch limit reached")
        yield set()
        pause = threading.Event()
        while not stop_event.is_set():
            pause.wait(0.01)

    return watch


@pytest.mark.parametrize(
    ("refusals", "told"),
    [
        (0, []),
        (REFUSALS_REPORTED - 1, []),
        (REFUSALS_REPORTED, ["OS file watch limit reached", None]),
        (REFUSALS_REPORTED + 4, ["OS file watch limit reached", None]),
    ],
)
def test_a_refused_watch_is_reported_once_and_so_is_its_return(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, refusals: int, told: list[str | None]
) -> None:
    import watchfiles

    monkeypatch.setattr(watchfiles, "watch", _refusing(refusals))
    monkeypatch.setattr(module, "LOOK_AGAIN_MS", 1)
    path = tmp_path / "w.yaml"
    path.write_text("planverksted: 1\n", encoding="utf-8")
    heard: list[BaseException | None] = []
    watcher = FileWatcher(path, lambda: None, heard.append)
    watcher.start()
    try:
        assert watcher.ready.wait(WAIT)
    finally:
        watcher.stop(WAIT)
    assert [None if error is None else str(error) for error in heard] == told


def test_serve_words_the_refusal_in_the_files_language(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from planverksted.cli import voice
    from planverksted.cli.commands import serve

    try:
        voice.hear_file("nn")
        serve.say("serve.watch-refused", error=serve._watch_reason(OSError("limit reached")))
        serve.say("serve.watching-again")
    finally:
        voice.reset()
    assert capsys.readouterr().err.splitlines() == [
        "planverksted: kan ikkje følgje med på lagringar (systemet melder: «limit reached»); "
        "prøver igjen kvart halve sekund",
        "planverksted: følgjer med på lagringar igjen",
    ]
