"""``planverksted run`` end to end: the page written or opened, the terminal view, refusals."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import EXAMPLES, HANG
from invoking import planverksted
from planverksted.analysis import analyse_file
from planverksted.runsheet.live import live_data, render_live_page, script_json
from planverksted.runsheet.live_terminal import Timekeeper, plain
from planverksted.timing import running

BIN = Path(sys.executable).with_name("planverksted")
SEED = EXAMPLES / "kommunestyre-tett-pa.yaml"
TWO_DAYS = EXAMPLES / "tett-pa-samling-to-dagar.yaml"


def run(*args: object, **env: str) -> subprocess.CompletedProcess[str]:
    """``planverksted run`` in-process, with standard input and output as pipes."""
    return planverksted("run", *args, env={"NO_COLOR": None, "COLUMNS": None, **env})


def run_installed(*args: object, **env: str) -> subprocess.CompletedProcess[str]:
    """The installed command in a process of its own, with standard input and output as
    pipes: for what a process reads once, at its start (the browser to open, the folder
    for temporary files)."""
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS")}
    return subprocess.run(
        [str(BIN), "run", *map(str, args)],
        capture_output=True,
        text=True,
        env=environment | env,
        stdin=subprocess.DEVNULL,
        timeout=HANG,
        check=False,
    )


def test_writes_the_rooms_page_and_the_facilitators_beside_it(tmp_path: Path) -> None:
    target = tmp_path / "live.html"
    beside = tmp_path / "live.prosessleder.html"
    result = run(SEED, "-o", target)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[-2:] == [
        f"planverksted: laget {target} (siden for salen, til prosjektoren)",
        f"planverksted: laget {beside} (siden for prosessleder)",
    ]
    assert sorted(path.name for path in tmp_path.iterdir()) == [target.name, beside.name]
    for page in (target.read_text(encoding="utf-8"), beside.read_text(encoding="utf-8")):
        assert page.startswith('<!DOCTYPE html>\n<html lang="nb">')
        # Nothing fetched: no external script, style sheet, image or font.
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
        assert "<link" not in page and "@import" not in page and "url(" not in page
        assert page.count("<script") == 2 and page.count("</script>") == 2
    room, facilitator = target.read_text(encoding="utf-8"), beside.read_text(encoding="utf-8")
    assert "<title>Visning for salen – Arbeidsverksted for kommunestyret</title>" in room
    assert 'id="toggle-view"' not in room and 'id="facilitator"' not in room
    assert "<title>Visning for prosessleder – Arbeidsverksted for kommunestyret</title>" in (
        facilitator
    )
    assert '<a id="room-page" class="room-page" href="live.html" target="_blank">' in facilitator


@pytest.mark.parametrize(
    ("language", "name", "view"),
    [
        ("nb", "rom.prosessleder.html", "Visning for prosessleder"),
        ("nn", "rom.prosessleiar.html", "Vising for prosessleiar"),
        ("en", "rom.facilitator.html", "Facilitator view"),
    ],
)
def test_the_facilitators_page_is_named_in_the_pages_language(
    tmp_path: Path, language: str, name: str, view: str
) -> None:
    assert run(SEED, "-o", tmp_path / "rom.html", "--lang", language).returncode == 0
    page = (tmp_path / name).read_text(encoding="utf-8")
    assert f'<html lang="{language}">' in page and f"<title>{view} – " in page
    assert f'<html lang="{language}">' in (tmp_path / "rom.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("room", "language", "facilitator"),
    [
        ("live.html", "nb", "live.prosessleder.html"),
        ("dag.1.htm", "nn", "dag.1.prosessleiar.htm"),
        ("rom", "en", "rom.facilitator.html"),
        (".html", "nb", ".html.prosessleder.html"),
    ],
)
def test_facilitator_page_names(room: str, language: str, facilitator: str) -> None:
    from planverksted.runsheet.live import facilitator_page_name

    assert facilitator_page_name(room, language) == facilitator


def test_neither_page_is_written_when_one_may_not_be(tmp_path: Path) -> None:
    (tmp_path / "live.prosessleder.html").mkdir()
    result = run(SEED, "-o", tmp_path / "live.html")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert not (tmp_path / "live.html").exists()


def test_an_existing_page_is_replaced_but_not_another_file(tmp_path: Path) -> None:
    page = tmp_path / "live.html"
    page.write_text("old", encoding="utf-8")
    assert run(SEED, "-o", page).returncode == 0
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    notes = tmp_path / "notes.txt"
    notes.write_text("mine", encoding="utf-8")
    result = run(SEED, "-o", notes)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-2:] == [
        f"planverksted: {notes} finnes allerede og er ikke laget av planverksted før (denne "
        "kommandoen skriver bare over filer som slutter på .htm eller .html); den er ikke endret",
        "    tips: bruk --force for å skrive over den, eller skriv til en annen fil",
    ]
    assert notes.read_text(encoding="utf-8") == "mine"
    assert run(SEED, "-o", notes, "--force").returncode == 0
    assert notes.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_never_writes_over_the_workshop_file(tmp_path: Path) -> None:
    source = tmp_path / "verksted.yaml"
    source.write_bytes(SEED.read_bytes())
    for extra in ([], ["--force"]):
        result = run(source, "-o", source, *extra)
        assert result.returncode == 2
        assert "er selve verkstedfilen" in result.stderr
    assert source.read_bytes() == SEED.read_bytes()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_refuses_what_is_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    result = run(SEED, "-o", fifo, "--force")
    assert result.returncode == 1
    assert "det er et navngitt rør (FIFO), ikke en vanlig fil" in result.stderr


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--terminal", "-o", "x.html"], 2, "--terminal viser dagen i terminalen"),
        (["--now", "25:00", "--terminal"], 2, "--now «25:00» er ikke et gyldig klokkeslett"),
        (["--now", "soon", "--terminal"], 2, "--now «soon» er ikke et klokkeslett"),
        (["--now", "2024-02-30T13:00", "--terminal"], 2, "2024-02-30 er ikke en dato"),
        (["--now", "13:00", "-o", "x.html"], 2, "--now brukes med --terminal"),
        (["--lang", "de"], 2, "planverksted: --lang kan ikke være «de»"),
        (["-o", "-"], 2, "run skriver to sider, til filer, ikke til standard ut"),
    ],
)
def test_plain_usage_errors(tmp_path: Path, args: list[str], code: int, message: str) -> None:
    result = planverksted("run", SEED, *args, cwd=tmp_path)
    assert result.returncode == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_file_with_errors_is_not_run(tmp_path: Path) -> None:
    broken = tmp_path / "b.yaml"
    broken.write_text("planverksted: 1\ntitle: X\nagenda:\n  - {title: A, kidn: 5}\n")
    result = run(broken, "-o", tmp_path / "live.html")
    assert result.returncode == 1
    assert "ikke startet, fordi filen har feil" in result.stderr
    assert not (tmp_path / "live.html").exists()


def test_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    result = run(tmp_path / "none.yaml")
    assert (result.returncode, result.stderr) == (
        2,
        f"planverksted: no such file: {tmp_path / 'none.yaml'}\n",
    )


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in browser is a shell script")
def test_without_o_the_page_opens_in_the_browser(tmp_path: Path) -> None:
    record = tmp_path / "opened.txt"
    opener = tmp_path / "open-browser"
    # Written whole, then renamed: the test never reads it half-written.
    opener.write_text(
        f'#!/bin/sh\nprintf "%s" "$1" > "{record}.tmp" && mv "{record}.tmp" "{record}"\n'
    )
    opener.chmod(0o755)
    # In a process of its own: Python reads $BROWSER and $TMPDIR once per process.
    result = run_installed(SEED, "--now", "13:57", BROWSER=str(opener), TMPDIR=str(tmp_path))
    assert result.returncode == 0, result.stderr
    deadline = time.monotonic() + HANG
    while not record.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    address = record.read_text()
    # The facilitator's page opens; it links to the room's, beside it.
    assert address.startswith("file://")
    assert address.endswith("/live.prosessleder.html?now=13%3A57")
    line = result.stderr.splitlines()[-1]
    written = Path(
        line.removeprefix("planverksted: laget ").removesuffix(" (siden for prosessleder)")
    )
    assert written.parent.parent == tmp_path
    assert 'href="live.html"' in written.read_text(encoding="utf-8")
    assert (written.parent / "live.html").is_file()


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        (
            "nb",
            [
                "Arbeidsverksted for kommunestyret    13.57",
                "Kunnskapsgrunnlag",
                "Gruppearbeid",
                "Dele rundt bordet · Steg 2 av 3",
                "12:00 igjen",
                "Neste kl. 14.09: Drøfting: er det fellesnevnere?",
                "I rute · Forventet slutt: 16.00 (planen: 16.00)",
            ],
        ),
        (
            "nn",
            [
                "Arbeidsverksted for kommunestyret    13.57",
                "Kunnskapsgrunnlag",
                "Gruppearbeid",
                "Dele rundt bordet · Steg 2 av 3",
                "12:00 att",
                "Neste kl. 14.09: Drøfting: er det fellesnevnere?",
                "I rute · Venta slutt: 16.00 (planen: 16.00)",
            ],
        ),
        (
            "en",
            [
                "Arbeidsverksted for kommunestyret    13:57",
                "Kunnskapsgrunnlag",
                "Gruppearbeid",
                "Dele rundt bordet · Step 2 of 3",
                "12:00 left",
                "Next at 14:09: Drøfting: er det fellesnevnere?",
                "On schedule · Expected end: 16:00 (plan: 16:00)",
            ],
        ),
    ],
)
def test_terminal_view_when_piped(language: str, lines: list[str]) -> None:
    result = run(SEED, "--terminal", "--now", "13:57", "--lang", language)
    assert result.returncode == 0
    assert result.stdout.splitlines() == lines


def seed_keeper(now: str) -> Timekeeper:
    analysis = analyse_file(str(SEED))
    from planverksted.runsheet.live import running_days

    hours, minutes = map(int, now.split(":"))
    fixed = (None, hours * 3600 + minutes * 60)
    return Timekeeper(running_days(analysis), live_data(analysis), lambda: fixed)


def test_terminal_keys_move_the_offset_and_name_what_it_pushes() -> None:
    keeper = seed_keeper("13:57")
    for _ in range(6):
        keeper.press("plus")
    lines = [text for _, text in keeper.lines()]
    assert "Ligger 6 min etter planen · Forventet slutt: 16.06 (planen: 16.00)" in lines
    assert "⚠ Advarsel: Pause kl. 14.15 blir skjøvet til kl. 14.21" in lines
    assert "⚠ Advarsel: Dagen slutter 6 min etter planlagt slutt kl. 16.00" in lines
    keeper.press("next")  # +1 min held the plan in the step at 13.57: next is the one at 14.09
    assert keeper.offset == running.offset_to(14 * 3600 + 9 * 60, 13 * 3600 + 57 * 60, None)
    keeper.press("pause")
    assert keeper.paused_at is not None
    keeper.press("pause")
    assert keeper.paused_at is None
    keeper.press("previous")
    keeper.press("minus")
    assert keeper.summary().startswith("Ligger")


def test_terminal_text_from_the_file_carries_no_control_characters() -> None:
    assert plain("A\x1b[31mB\x07") == "A\\x1b[31mB\\x07"


def test_script_json_cannot_close_the_script() -> None:
    text = script_json({"title": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text


def test_the_page_data_holds_every_time_and_word() -> None:
    data = live_data(analyse_file(str(TWO_DAYS)), "en")
    assert data["lang"] == "en" and data["labels"]["left"] == "left"
    day = data["days"][1]
    assert (day["date"], day["date_text"]) == ("2024-04-17", "Wednesday 17 April 2024")
    group = day["blocks"][1]["parts"][1]
    assert group["method"] == "IGP"
    first = group["steps"][0]
    assert (first["title"], first["start"], first["end"]) == ("Reflekter", 565, 567)
    assert group["questions"] == ["Gir gjeldande samfunnsdel nok rom til å styre kommunen?"]
    assert "Vestland fylkeskommune" in day["blocks"][0]["who"]


def test_the_inline_script_and_style_cannot_end_their_elements() -> None:
    from planverksted.runsheet.templating import builtin_template_text

    for name, closing in (("live.js", "</script"), ("live.css", "</style")):
        text = builtin_template_text(name).lower()
        assert closing not in text and "<!--" not in text and "<script" not in text


def test_page_renders_without_the_cli() -> None:
    page = render_live_page(analyse_file(str(SEED)), "en")
    assert '<html lang="en">' in page and "Facilitator view" in page


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal is POSIX")
@pytest.mark.parametrize("ending", ["q", "\x03"])
def test_terminal_view_in_a_terminal_leaves_it_clean(ending: str) -> None:
    import fcntl
    import pty
    import select
    import struct
    import termios

    environment = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    pid, master = pty.fork()
    if pid == 0:  # the child: the command, in the pseudo-terminal
        os.execve(
            str(BIN), [str(BIN), "run", str(SEED), "--terminal", "--now", "13:57"], environment
        )
    fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    output = b""

    def read_until(what: str, shown: bytes | None) -> None:
        """Read the screen until ``shown`` is on it (None: until the view closes the
        terminal), or until the view has ended; fail if it hangs."""
        nonlocal output
        deadline = time.monotonic() + HANG
        while shown is None or shown not in output:
            if time.monotonic() > deadline:
                pytest.fail(f"the terminal view hung: no {what} after {HANG:.0f} s")
            ready, _, _ = select.select([master], [], [], 1.0)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # EIO: the view ended and closed the terminal
                    return
                if not chunk:
                    return
                output += chunk

    status = 0
    try:
        read_until("first screen", b"Dele rundt bordet")
        during = termios.tcgetattr(master)
        os.write(master, b"+")
        read_until("answer to +", b"Ligger 1 min etter planen")
        os.write(master, ending.encode())
        read_until("end of the view", None)
        attributes = termios.tcgetattr(master)
    finally:
        deadline = time.monotonic() + HANG
        done, status = os.waitpid(pid, os.WNOHANG)
        while not done and time.monotonic() < deadline:
            time.sleep(0.05)
            done, status = os.waitpid(pid, os.WNOHANG)
        if not done:  # a hung view must fail the test, not hang the suite
            os.kill(pid, 9)
            _, status = os.waitpid(pid, 0)
        os.close(master)
    text = output.decode("utf-8", errors="replace")
    assert os.waitstatus_to_exitcode(status) == 0
    assert "Dele rundt bordet" in text
    assert "Ligger 1 min etter planen" in text
    assert not during[3] & termios.ECHO  # keys are read without echo
    assert "\x1b[?1049l" in text  # back from the alternate screen
    assert "\x1b[?25h" in text  # the cursor shown again
    assert attributes[3] & termios.ECHO and attributes[3] & termios.ICANON
