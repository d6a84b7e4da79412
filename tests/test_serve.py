"""`planverksted serve` end to end: the installed command in a subprocess, spoken to over HTTP."""

from __future__ import annotations

import http.client
import re
import signal
import socket
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import HANG
from planverksted.cli import shell as cli
from serving import BIN, GAP, GAP_LINE, METHOD_LINE, SEED, save, serving

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="stops the server with POSIX signals (SIGINT, SIGTERM)"
)

NO_GAP = "time: 13.15 – 13.40"
TITLE = "Arbeidsverksted for kommunestyret"
GAP_FINDING = f'linje {GAP_LINE}</span>: <span class="pv-message">5 min uten plan mellom'
METHOD_FINDING = f'linje {METHOD_LINE}</span>: <span class="pv-message">metoden IGP tar 19 min'


def state(page: str) -> str:
    """The classes of the findings bar: pv-clean, pv-warning or pv-error, and pv-stale."""
    found = re.search(r'<div id="planverksted-preview" class="([^"]*)"', page)
    assert found, page[:200]
    return found.group(1)


def seed() -> str:
    return SEED.read_text(encoding="utf-8")


def test_the_page_shows_the_run_sheet_and_follows_each_save(tmp_path: Path) -> None:
    with serving(tmp_path) as served:
        page = served.page()
        assert f"<h1>{TITLE}</h1>" in page
        assert '<span class="pv-summary">2 advarsler</span>' in page
        assert GAP_FINDING in page and METHOD_FINDING in page
        assert "start bolken kl. 13.15, eller fyll tiden med en bolk" in page  # the hint

        # Fixing the gap, saved in place: the finding is gone from the page in time.
        save(served.file, seed().replace(GAP, NO_GAP))
        page = served.wait_for_page(lambda text: GAP_FINDING not in text)
        assert GAP_FINDING not in page and METHOD_FINDING in page
        assert '<span class="pv-summary">1 advarsel</span>' in page

        # A new title, saved as many editors do: a new file renamed over the old one.
        save(served.file, seed().replace(TITLE, "Nytt verksted"), by_rename=True)
        page = served.wait_for_page(lambda text: "<h1>Nytt verksted</h1>" in text)
        assert "<h1>Nytt verksted</h1>" in page and GAP_FINDING in page

        # An error: the findings say where, over the last good run-sheet, dimmed.
        broken = seed().replace("kind: talk\n    notes:", "kidn: talk\n    notes:")
        save(served.file, broken, by_rename=True)
        page = served.wait_for_page(lambda text: "pv-stale" in state(text))
        assert state(page) == "pv-error pv-stale"
        assert f'linje {GAP_LINE + 2}</span>: <span class="pv-message">ukjent nøkkel «kidn»' in page
        assert "Under ser du den siste kjøreplanen uten feil, nedtonet." in page
        assert "<h1>Nytt verksted</h1>" in page  # the last good one, not a blank page

        # Fixed again: the page is live, not dimmed.
        save(served.file, seed().replace(GAP, NO_GAP))
        page = served.wait_for_page(lambda text: "pv-stale" not in state(text))
        assert f"<h1>{TITLE}</h1>" in page and "1 advarsel" in page

        code, error = served.stop(signal.SIGINT)
    assert code == 0
    assert "Traceback" not in error
    # The seed is a bokmål file: serve's log speaks bokmål, as its page does.
    assert error.splitlines()[0].endswith("verksted.yaml: 2 advarsler")
    assert error.splitlines()[-1] == "planverksted: stoppet"


def test_the_event_stream_announces_each_save(tmp_path: Path) -> None:
    with serving(tmp_path) as served:
        connection = http.client.HTTPConnection("127.0.0.1", served.port, timeout=HANG)
        connection.request("GET", "/events")
        stream = connection.getresponse()
        assert stream.status == 200
        assert stream.getheader("Content-Type") == "text/event-stream; charset=utf-8"
        assert stream.readline() == b"retry: 500\n"
        assert stream.readline() == b"\n"
        first = stream.readline()
        assert first.startswith(b"data: ")
        stream.readline()
        save(served.file, seed().replace(GAP, NO_GAP))
        second = stream.readline()
        assert second.startswith(b"data: ") and second != first
        connection.close()
        assert served.stop()[0] == 0


def test_handout_and_languages_are_a_link_away(tmp_path: Path) -> None:
    with serving(tmp_path) as served:
        page = served.page()
        assert '<a href="/participant">Program</a>' in page
        assert '<a href="/facilitator/nn" title="nynorsk">nn</a>' in page

        handout = served.page("/participant")
        assert '<body class="participant' in handout
        assert "Korte innlegg" not in handout  # a facilitator's note
        assert "Korte innlegg" in page

        nynorsk = served.page("/facilitator/nn")
        assert '<html lang="nn">' in nynorsk and "Køyreplan" in nynorsk
        assert '<span class="pv-summary">2 åtvaringar</span>' in nynorsk
        assert "5 min utan plan mellom" in nynorsk

        english = served.page("/participant/en")
        assert '<html lang="en">' in english and '<body class="participant' in english
        assert (
            f'line {GAP_LINE}</span>: <span class="pv-message">5 min unplanned between' in english
        )
        assert served.page("/facilitator") == page  # "/" is the facilitator's run-sheet
        assert served.stop()[0] == 0


OTHER_PATHS = [
    "/verksted.yaml",
    "/../verksted.yaml",
    "/%2e%2e/verksted.yaml",
    "//etc/passwd",
    "/etc/passwd",
    "/facilitator/de",
    "/facilitator/nb/",
    "/participant/../facilitator",
    "/events/",
    "/favicon.ico",
    "/style.css",
    "/index.html",
    "*",
]


def test_any_other_path_is_not_found(tmp_path: Path) -> None:
    with serving(tmp_path) as served:
        for path in OTHER_PATHS:
            status, text = served.get(path)
            assert status == 404, path
            assert text.startswith("Not found. The pages are: /, /facilitator, /participant")
            assert "planverksted: 1" not in text and "root:" not in text
        assert served.stop()[0] == 0


def test_only_its_own_host_names_are_answered(tmp_path: Path) -> None:
    with serving(tmp_path) as served:
        port = served.port
        for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"LOCALHOST:{port}"):
            assert served.get("/", host=host)[0] == 200, host
        for host in (
            "evil.example",
            f"evil.example:{port}",
            "127.0.0.1",
            "localhost",
            "127.0.0.1:1",
            f"127.0.0.1.evil.example:{port}",
            "",
        ):
            for path in ("/", "/events", "/nowhere"):
                status, text = served.get(path, host=host)
                assert status == 403, (host, path)
                assert TITLE not in text
        # HTTP/1.0 without any Host at all.
        with socket.create_connection(("127.0.0.1", port), timeout=HANG) as raw:
            raw.sendall(b"GET / HTTP/1.0\r\n\r\n")
            answer = b""
            while chunk := raw.recv(65536):
                answer += chunk
        assert answer.startswith(b"HTTP/1.0 403 ")
        assert served.stop()[0] == 0


@pytest.mark.skipif(sys.platform != "linux", reason="127.0.0.2 is a loopback address on Linux")
def test_it_listens_on_127_0_0_1_only(tmp_path: Path) -> None:
    with serving(tmp_path) as served:
        # A server on all addresses (0.0.0.0) would answer at 127.0.0.2 too.
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.2", served.port), timeout=5).close()
        assert served.stop()[0] == 0


def test_sigterm_stops_it_cleanly_too(tmp_path: Path) -> None:
    with serving(tmp_path) as served:
        assert served.get()[0] == 200
        code, error = served.stop(signal.SIGTERM)
    assert code == 0
    assert "Traceback" not in error and error.endswith("planverksted: stoppet\n")


def test_a_file_with_errors_from_the_start_shows_its_errors(tmp_path: Path) -> None:
    text = 'planverksted: 1\ntitle: <b>Verksted</b>\nstart: "13:00"\nagenda:\n  - {title: A, duration: 5, kidn: x}\n'
    with serving(tmp_path, text) as served:
        page = served.page()
        assert state(page) == "pv-error"
        assert "Ingen kjøreplan ennå: rett feilene og lagre filen." in page
        assert "mente du «kind»?" in page
        save(served.file, text.replace("kidn: x", "kind: talk"))
        page = served.wait_for_page(lambda text: "pv-error" not in state(text))
        assert "<h1>&lt;b&gt;Verksted&lt;/b&gt;</h1>" in page  # escaped, as render does
        assert "<b>Verksted</b>" not in page
        assert served.stop()[0] == 0


def test_a_deleted_file_keeps_the_last_run_sheet_dimmed(tmp_path: Path) -> None:
    with serving(tmp_path) as served:
        served.file.unlink()
        page = served.wait_for_page(
            lambda text: "pv-stale" in state(text) and "kan ikke lese filen" in text
        )
        assert f"<h1>{TITLE}</h1>" in page
        save(served.file, seed())
        page = served.wait_for_page(lambda text: "pv-stale" not in state(text))
        assert "2 advarsler" in page
        assert served.stop()[0] == 0


def test_open_starts_the_browser_at_the_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.py"
    browser.write_text(
        "import pathlib, sys\n"  # written whole, then renamed: never seen half-written
        f"pathlib.Path({str(opened)!r} + '.tmp').write_text(sys.argv[1])\n"
        f"pathlib.Path({str(opened)!r} + '.tmp').replace({str(opened)!r})\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("BROWSER", f"{sys.executable} {browser} %s")
    with serving(tmp_path, None, "--open") as served:
        deadline = time.monotonic() + HANG
        while not opened.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert opened.read_text() == served.url
        assert served.stop()[0] == 0


def test_a_port_in_use_is_a_plain_message(tmp_path: Path) -> None:
    import subprocess

    (tmp_path / "verksted.yaml").write_text(seed(), encoding="utf-8")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [str(BIN), "serve", "verksted.yaml", "--port", str(port)],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=HANG,
            check=False,
        )
    assert result.returncode == 1
    assert result.stderr == (
        f"planverksted: port {port} er allerede i bruk\n"
        "    tips: ta bort --port for å få en ledig port, eller velg en annen\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nowhere.yaml"], "planverksted: no such file: nowhere.yaml"),
        (["-"], "planverksted: serve watches a file, not standard input"),
        (["."], "planverksted: . is a folder; serve takes one workshop file"),
    ],
)
def test_what_cannot_be_served_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli.app, ["serve", *args])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == message


def test_a_port_out_of_range_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli.app, ["serve", str(SEED), "--port", "70000"])
    assert result.exit_code == 2


def test_the_help_says_what_it_does() -> None:
    result = CliRunner().invoke(cli.app, ["serve", "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    assert "new on every save" in result.output
    assert "--open" in result.output and "--port" in result.output
