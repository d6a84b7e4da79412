"""serve against what clients and the file system may do, in process, over real sockets.

Each test runs its own server on 127.0.0.1, port 0, with its own watcher, and waits for
events (a new version, a closed socket, the server idle), never for a length of time;
every wait has a generous bound, so that a broken server fails the test instead of
hanging it.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import os
import shutil
import socket
import struct
import sys
import threading
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from planverksted.preview import server as server_module
from planverksted.preview.page import Preview
from planverksted.preview.server import PreviewServer
from planverksted.preview.watch import FileWatcher

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="named pipes and RST are POSIX")

BOUND = 120.0
"""The longest any wait here may take before the test fails (seconds): never reached."""

WORKSHOP = """\
planverksted: 1
title: {title}
language: {language}
date: 2024-04-18
start: '13:00'
agenda:
  - {{title: Innledning, duration: 30}}
"""


def workshop(title: str = "Første", language: str = "nb") -> str:
    return WORKSHOP.format(title=title, language=language)


@dataclass
class Served:
    preview: Preview
    server: PreviewServer
    file: Path
    versions: list[str]
    changed: threading.Condition

    def request(self, path: str = "/") -> tuple[int, str]:
        connection = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=BOUND)
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            return response.status, response.read().decode("utf-8")
        finally:
            connection.close()

    def wait_for_page(self, holds: str) -> str:
        """The page, once ``holds`` is in it (after as many saves as it takes)."""
        with self.changed:
            ok = self.changed.wait_for(lambda: holds in self.page(), BOUND)
        assert ok, self.page()[:2000]
        return self.page()

    def page(self) -> str:
        return self.preview.page("facilitator", None).decode("utf-8")


@contextlib.contextmanager
def serving(tmp_path: Path, text: str | None = None) -> Iterator[Served]:
    folder = tmp_path / "verksted"
    folder.mkdir()
    file = folder / "w.yaml"
    file.write_text(text or workshop(), encoding="utf-8")
    preview = Preview(file, display="w.yaml")
    preview.refresh(force=True)
    server = PreviewServer(preview, 0)
    changed = threading.Condition()
    versions: list[str] = []

    def on_change() -> None:
        preview.refresh()
        with changed:
            versions.append(preview.version)
            changed.notify_all()

    watcher = FileWatcher(file, on_change)
    # serve_forever looks for shutdown() every poll_interval (half a second by default):
    # asked every 20 ms, the end of each test waits for nothing.
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    )
    thread.start()
    watcher.start()
    assert watcher.ready.wait(BOUND)
    try:
        yield Served(preview, server, file, versions, changed)
    finally:
        preview.close()
        server.shutdown()
        server.server_close()
        watcher.stop()
        thread.join(BOUND)


def _reset(sock: socket.socket) -> None:
    """Close as a client that vanishes does: at once, with a reset (RST), nothing read."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def _connect(port: int) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port), timeout=BOUND)


def test_a_client_that_goes_away_early_is_let_go_quietly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with serving(tmp_path) as served:
        port = served.server.port
        request = f"GET /participant/en HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()
        for _ in range(20):  # gone before, while and after the page is written
            sock = _connect(port)
            sock.sendall(request)
            _reset(sock)
        for cut in (5, len(request) // 2, len(request) - 1):  # gone mid-request
            sock = _connect(port)
            sock.sendall(request[:cut])
            _reset(sock)
        # The event stream: opened, then gone, then a new version to write into it.
        sock = _connect(port)
        sock.sendall(f"GET /events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
        assert sock.recv(1)
        _reset(sock)
        served.file.write_text(workshop("Andre"), encoding="utf-8")
        served.wait_for_page("Andre")
        assert served.server.wait_until_open(0, BOUND)
        status, _ = served.request("/")
        assert status == 200
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert captured.err == ""


def test_half_sent_requests_hold_no_more_than_the_cap_and_are_closed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server_module, "HEADER_TIMEOUT", 1.0)
    threads_before = threading.active_count()
    with serving(tmp_path) as served:
        port = served.server.port
        half_sent = []
        for _ in range(300):
            sock = _connect(port)
            sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1")
            half_sent.append(sock)
        most = server_module.MAX_CONNECTIONS
        assert served.server.open_connections <= most
        # The server's threads (serve_forever, the watcher) and one a connection, at most.
        assert threading.active_count() <= threads_before + 2 + most + 1
        # Every half-sent request ends: refused at once (503) or closed at the deadline.
        for sock in half_sent:
            answer = b""
            while chunk := sock.recv(4096):
                answer += chunk
            assert answer == b"" or answer.startswith(b"HTTP/1.0 503 Service Unavailable\r\n")
            sock.close()
        assert served.server.wait_until_open(0, BOUND)
        status, text = served.request("/")
        assert status == 200 and "Første" in text


def test_a_request_dripped_a_byte_at_a_time_ends_at_the_deadline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server_module, "HEADER_TIMEOUT", 0.5)
    with serving(tmp_path) as served:
        sock = _connect(served.server.port)
        sock.settimeout(0.05)
        closed = False
        # Far more bytes than the deadline lets through: the server must close first.
        for _ in range(100_000):
            try:
                sock.sendall(b"X")
                if sock.recv(1) == b"":
                    closed = True
                    break
            except TimeoutError:
                continue
            except (BrokenPipeError, ConnectionResetError):
                closed = True
                break
        sock.close()
        assert closed


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"\x00\xff\x00\x00\x00\xff\x00\x00"
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 1, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows[:7]))
        + chunk(b"IEND", b"")
    )


def test_the_logo_is_found_beside_the_workshop_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    text = workshop() + "organiser_logo: logo.png\n"
    (tmp_path / "verksted").mkdir()
    (tmp_path / "verksted" / "logo.png").write_bytes(_png())
    (tmp_path / "verksted" / "w.yaml").write_text(text, encoding="utf-8")
    preview = Preview(tmp_path / "verksted" / "w.yaml", display="w.yaml")
    preview.refresh(force=True)
    page = preview.page("facilitator", None).decode("utf-8")
    assert base64.b64encode(_png()).decode() in page
    assert preview.analysis is not None and not preview.analysis.findings


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_file_replaced_by_a_named_pipe_is_said_and_followed_back(tmp_path: Path) -> None:
    with serving(tmp_path, workshop(language="en")) as served:
        served.file.unlink()
        os.mkfifo(served.file)
        page = served.wait_for_page("named pipe (FIFO)")
        assert "cannot read the file: it is a named pipe (FIFO), not a regular file" in page
        assert '<html lang="en">' in page
        served.file.unlink()
        served.file.write_text(workshop("Tilbake", "en"), encoding="utf-8")
        served.wait_for_page("<h1>Tilbake</h1>")


def test_a_folder_deleted_and_made_again_is_followed(tmp_path: Path) -> None:
    with serving(tmp_path) as served:
        folder = served.file.parent
        shutil.rmtree(folder)
        served.wait_for_page("pv-stale")
        folder.mkdir()
        served.file.write_text(workshop("Gjenskapt"), encoding="utf-8")
        served.wait_for_page("<h1>Gjenskapt</h1>")
        # And it is watched again: the next save comes through too.
        served.file.write_text(workshop("Lagret igjen"), encoding="utf-8")
        served.wait_for_page("<h1>Lagret igjen</h1>")


@pytest.mark.parametrize(
    ("language", "summary", "note"),
    [
        ("en", "1 error", "The file has errors. Below is the last run-sheet without errors"),
        ("nn", "1 feil", "Fila har feil. Under ser du den siste køyreplanen utan feil"),
        ("nb", "1 feil", "Filen har feil. Under ser du den siste kjøreplanen uten feil"),
    ],
)
def test_the_bar_speaks_the_files_language_also_when_it_has_errors(
    tmp_path: Path, language: str, summary: str, note: str
) -> None:
    file = tmp_path / "w.yaml"
    file.write_text(workshop(language=language), encoding="utf-8")
    preview = Preview(file, display="w.yaml")
    preview.refresh(force=True)
    file.write_text(workshop(language=language) + "  - {title: B, duraton: 5}\n", encoding="utf-8")
    preview.refresh()
    page = preview.page("facilitator", None).decode("utf-8")
    assert f'<span class="pv-summary">{summary}</span>' in page
    assert note in page

    # An error from the start (no good run-sheet yet): the file's language still.
    fresh = Preview(file, display="w.yaml")
    fresh.refresh(force=True)
    page = fresh.page("facilitator", None).decode("utf-8")
    assert f'<html lang="{language}">' in page
    assert f'<span class="pv-summary">{summary}</span>' in page


def test_a_failure_of_its_own_is_one_line_from_the_command_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from planverksted.cli.commands import serve as command
    from planverksted.preview import server as served_module

    def broken(self: object, *, body: bool) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(served_module._Handler, "_answer", broken)
    told: list[BaseException] = []
    with serving(tmp_path) as served:
        served.server.on_error = told.append
        connection = http.client.HTTPConnection("127.0.0.1", served.server.port, timeout=BOUND)
        connection.request("GET", "/")
        with pytest.raises((http.client.RemoteDisconnected, ConnectionError)):
            connection.getresponse()
        connection.close()
        assert served.server.wait_until_open(0, BOUND)
    assert [str(error) for error in told] == ["a bug"]
    assert capsys.readouterr().err == ""
    command._request_failed(told[0])
    assert capsys.readouterr().err == (
        "planverksted: internal error while answering a request (RuntimeError: a bug); "
        "serve goes on\n"
    )


RUDE = [
    (
        "a header line of 70,000 bytes",
        "GET / HTTP/1.1\r\nHost: {host}\r\nX-A: " + "a" * 70_000,
        431,
    ),
    ("200 headers", "GET / HTTP/1.1\r\nHost: {host}\r\n" + "X-A: a\r\n" * 200, 431),
    ("a request line of 100,000 bytes", "GET /" + "a" * 100_000 + " HTTP/1.1\r\nHost: {host}", 414),
    ("a method it does not know", "BREW / HTTP/1.1\r\nHost: {host}", 501),
    ("POST with a body", "POST / HTTP/1.1\r\nHost: {host}\r\nContent-Length: 5\r\n\r\nhello", 501),
    ("OPTIONS *", "OPTIONS * HTTP/1.1\r\nHost: {host}", 501),
    ("a path up and out", "GET /../../etc/passwd HTTP/1.1\r\nHost: {host}", 404),
    ("a path up and out, encoded", "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: {host}", 404),
    ("an absolute address", "GET http://evil.example/ HTTP/1.1\r\nHost: {host}", 404),
    ("a NUL in the path", "GET /\x00 HTTP/1.1\r\nHost: {host}", 404),
    ("letters outside ASCII", "GET /fasilitator/æøå HTTP/1.1\r\nHost: {host}", 404),
    ("no Host", "GET / HTTP/1.1", 403),
    ("a version that is none", "GET / HTTP/9.9\r\nHost: {host}", 505),
    ("a query of junk", "GET /?now=99:99&x=%ff%fe HTTP/1.1\r\nHost: {host}", 200),
    ("the event stream asked with HEAD", "HEAD /events HTTP/1.1\r\nHost: {host}", 404),
]


@pytest.mark.parametrize(("what", "request_text", "status"), RUDE, ids=[r[0] for r in RUDE])
def test_a_rude_request_is_answered_plainly_and_never_reaches_the_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], what: str, request_text: str, status: int
) -> None:
    with serving(tmp_path) as served:
        failures: list[BaseException] = []
        served.server.on_error = failures.append
        host = f"127.0.0.1:{served.server.port}"
        raw = request_text.replace("{host}", host)
        if "\r\n\r\n" not in raw:
            raw += "\r\n\r\n"
        sock = _connect(served.server.port)
        try:
            sock.sendall(raw.encode("utf-8"))
            answer = b""
            while chunk := sock.recv(65536):
                answer += chunk
        finally:
            sock.close()
    if answer.startswith(b"HTTP/"):
        assert answer.split(b"\r\n", 1)[0].split(b" ")[1] == str(status).encode(), answer[:200]
    else:  # a version it cannot speak is answered as HTTP/0.9 is: the body alone
        assert f"Error code: {status}".encode() in answer, answer[:400]
    assert b"root:" not in answer
    assert failures == []
    assert "Traceback" not in capsys.readouterr().err
