"""Every render runs under a time and a memory cap that holds, also where SIGINT is ignored.

Caps are tested with a tiny cap and work that can never finish, never with a wall-clock
budget: the test waits for the cap's error, however long the machine takes to get there.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES, ROOT
from english_seed import english_copy
from planverksted import capped
from planverksted.errors import TemplateError, UsageError

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the caps of a forked child")

SEED = EXAMPLES / "kommunestyre-tett-pa.yaml"


@pytest.fixture
def sigint_ignored() -> Iterator[None]:
    """SIGINT ignored, as for a program started in the background by a non-interactive shell."""
    if threading.current_thread() is not threading.main_thread():
        pytest.skip("signals are set in the main thread")
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)


def forever() -> None:
    threading.Event().wait()


def spin() -> None:
    while True:
        pass


def grow() -> None:
    kept = []
    while True:
        kept.append(bytearray(16 * 1024 * 1024))


@pytest.mark.parametrize(
    ("work", "caps", "message"),
    [
        (
            forever,
            capped.Caps(what="x.pdf", seconds=0.2),
            "making x.pdf took longer than the cap of 0.2 seconds; it was stopped",
        ),
        (
            spin,
            capped.Caps(what="x.html", seconds=600, cpu_seconds=1),
            "making x.html used more than the cap of 1 seconds of processor time; it was stopped",
        ),
        (
            grow,
            capped.Caps(what="x.docx", seconds=600, memory=256 * 1024 * 1024),
            "making x.docx needed more than the cap of 256 MB of memory; it was stopped",
        ),
    ],
)
def test_work_that_never_ends_is_stopped_at_its_cap_with_sigint_ignored(
    sigint_ignored: None, work: Any, caps: capped.Caps, message: str
) -> None:
    with pytest.raises(capped.CapError) as raised:
        capped.run(work, caps)
    assert raised.value.message == message
    assert raised.value.hint == (
        "the caps keep a slip in a file or a template from hanging or filling the machine: "
        "see docs/performance.md"
    )


def test_a_cap_is_worded_in_norwegian() -> None:
    error = capped.error("memory", capped.Caps(what="x.pdf", memory=1024**3))
    assert error.in_language("nb") == (
        "å lage x.pdf trengte mer enn grensen på 1 GB minne; arbeidet ble stoppet",
        "grensene hindrer at en feil i en fil eller en mal får programmet til å henge eller "
        "fyller opp maskinen: se docs/performance.md",
    )
    assert error.in_language("nn")[0] == (
        "å lage x.pdf trong meir enn grensa på 1 GB minne; arbeidet vart stoppa"
    )


def test_the_result_and_expected_errors_come_back_as_they_were() -> None:
    assert capped.run(lambda: ("text", b"\x00bytes", [Path("a")])) == (
        "text",
        b"\x00bytes",
        [Path("a")],
    )

    def refuse() -> None:
        raise UsageError.of("pdf.layout", "pdf.layout.hint", layout="x", layouts="full")

    with pytest.raises(UsageError) as raised:
        capped.run(refuse)
    assert raised.value.exit_code == 2
    assert raised.value.in_language("nb") == (
        "PDF-en har ingen layout som heter x",
        "bruk full",
    )


def test_a_bug_in_the_child_is_a_crash_with_its_traceback() -> None:
    def broken() -> None:
        raise KeyError("inside")

    with pytest.raises(capped.ChildCrash, match="KeyError: 'inside'"):
        capped.run(broken)


def test_caps_do_not_nest_and_the_parent_is_untouched() -> None:
    def inner() -> tuple[bool, int]:
        return capped._inside, capped.run(os.getpid)

    inside, pid = capped.run(inner)
    assert inside is True and pid != os.getpid()
    assert capped._inside is False


def test_a_jinja_template_that_loops_is_stopped_with_sigint_ignored(
    sigint_ignored: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planverksted.analysis import analyse_file
    from planverksted.runsheet import templating
    from planverksted.runsheet.view import build_context

    monkeypatch.setattr(templating, "MAX_TEMPLATE_SECONDS", 0.5)
    template = tmp_path / "mine.md.j2"
    template.write_text(
        "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}",
        encoding="utf-8",
    )
    with pytest.raises(TemplateError) as raised:
        templating.render(build_context(analyse_file(str(SEED))), "md", template)
    assert raised.value.message == (
        "the template mine.md.j2 ran longer than the cap of 0.5 seconds"
    )


def test_render_from_the_command_line_is_capped_and_exits_1(
    sigint_ignored: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from planverksted.cli import shell as cli
    from planverksted.runsheet.formats import md

    monkeypatch.setattr(capped, "MAX_SECONDS", 0.3)
    monkeypatch.setattr(md, "render", lambda job: forever())
    from planverksted.runsheet import formats

    formats.get.cache_clear()
    try:
        target = tmp_path / "k.md"
        result = CliRunner().invoke(
            # An English file: the command speaks the file's language.
            cli.app,
            ["render", str(english_copy(tmp_path)), "-o", str(target)],
        )
    finally:
        formats.get.cache_clear()
    assert result.exit_code == 1, result.output
    assert "making k.md took longer than the cap of 0.3 seconds; it was stopped" in result.stderr
    assert not target.exists()


def test_without_fork_the_time_cap_holds_in_a_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows has no fork: the work runs in a thread the caller stops waiting for."""
    monkeypatch.delattr(os, "fork")
    assert capped.run(lambda: "made") == "made"
    stop = threading.Event()
    with pytest.raises(capped.CapError) as raised:
        capped.run(stop.wait, capped.Caps(what="x.pdf", seconds=0.2))
    stop.set()  # the abandoned thread ends with the test
    assert raised.value.message == (
        "making x.pdf took longer than the cap of 0.2 seconds; it was stopped"
    )

    def refuse() -> None:
        raise UsageError("no")

    with pytest.raises(UsageError):
        capped.run(refuse)


def test_the_live_preview_page_is_made_under_the_caps(
    sigint_ignored: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """serve's page: a run-sheet that never finishes is stopped at its cap, and the bar says
    so in the file's language; the server goes on (the page is answered, not a bug)."""
    from planverksted.preview.page import Preview
    from planverksted.runsheet import templating

    monkeypatch.setattr(capped, "MAX_CPU_SECONDS", 1)
    monkeypatch.setattr(templating, "render", lambda *args, **kw: spin())
    file = tmp_path / "w.yaml"
    file.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    preview = Preview(file, display="w.yaml")
    preview.refresh(force=True)  # makes the default page: stopped at the cap, not hung
    page = preview.page("facilitator", None).decode("utf-8")
    assert (
        '<p class="pv-note pv-failed">å lage /facilitator brukte mer enn grensen på 1 sekunder '
        "prosessortid; arbeidet ble stoppet"
    ) in page, page[:3000]
    assert 'class="pv-error"' in page
    english = preview.page("participant", "en").decode("utf-8")
    assert (
        "making /participant/en used more than the cap of 1 seconds of processor time; "
        "it was stopped"
    ) in english


def test_run_makes_its_live_pages_under_the_caps(
    sigint_ignored: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from planverksted.cli import shell as cli
    from planverksted.runsheet import live

    monkeypatch.setattr(capped, "MAX_CPU_SECONDS", 1)
    monkeypatch.setattr(live, "render_live_page", lambda *args, **kw: spin())
    target = tmp_path / "live.html"
    english = ROOT / "tests" / "data" / "render-en.yaml"  # the messages speak its language
    result = CliRunner().invoke(cli.app, ["run", str(english), "-o", str(target)])
    assert result.exit_code == 1, result.output
    assert (
        "making live.html used more than the cap of 1 seconds of processor time; it was stopped"
    ) in result.stderr
    assert list(tmp_path.iterdir()) == []
