"""The live preview's web server: the standard library's, on 127.0.0.1 only.

It answers a fixed set of paths (:data:`planverksted.preview.page.PAGES`, and
``/events``, the stream that tells the page a new version is there); anything else is
404, and nothing in a path or query ever reaches the file system. Only requests whose
``Host`` is ``127.0.0.1:PORT`` or ``localhost:PORT`` are answered (403 otherwise), so a
web page elsewhere cannot read the preview by pointing a name of its own at 127.0.0.1
(DNS rebinding). Pages carry a Content-Security-Policy that lets only the preview's own
script run.

It holds against what a client may do: a client that goes away mid-answer is let go
quietly (no traceback on the terminal); a request must be sent in whole within
:data:`HEADER_TIMEOUT` seconds and an idle connection is closed after
:data:`CONNECTION_TIMEOUT`; and at most :data:`MAX_CONNECTIONS` connections are served at
once (each holds a thread): one more is told 503 and closed at once, without a thread.
"""

from __future__ import annotations

import contextlib
import io
import socket
import sys
import threading
import time
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from planverksted.preview.page import PAGES, SCRIPT_HASH, Preview

HOST = "127.0.0.1"
EVENTS = "/events"
MAX_STREAMS = 16
"""Open event streams at once (one per open tab); each holds a thread."""
KEEP_ALIVE = 15.0
"""Seconds between comments on an idle event stream, to notice a closed tab."""
MAX_CONNECTIONS = 64
"""Connections served at once, event streams included; each holds a thread."""
HEADER_TIMEOUT = 10.0
"""Seconds a client has to send its whole request (a browser needs milliseconds)."""
CONNECTION_TIMEOUT = 30.0
"""Seconds a connection may stay silent while it is being answered before it is closed."""
_BUSY = (
    b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
    b"Connection: close\r\nRetry-After: 1\r\n\r\nToo many open connections.\n"
)
_GONE = (ConnectionError, TimeoutError, socket.timeout)
"""What a client that went away, or stopped sending, leaves behind: not worth a word."""

_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
    f"connect-src 'self'; script-src 'sha256-{SCRIPT_HASH}'; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)


class PreviewServer(ThreadingHTTPServer):
    """Serves one :class:`Preview` on 127.0.0.1."""

    daemon_threads = True
    request_queue_size = 128
    """Connections the system holds for accepting: a page load opens a few at once."""
    # On Windows SO_REUSEADDR would let a second server take a port already in use.
    allow_reuse_address = sys.platform != "win32"

    def __init__(
        self,
        preview: Preview,
        port: int = 0,
        on_error: Callable[[BaseException], object] | None = None,
    ) -> None:
        self.preview = preview
        self.on_error = on_error
        """Told of a failure that is not a client's doing (a bug): the command says it."""
        self.streams = threading.BoundedSemaphore(MAX_STREAMS)
        self.connections = threading.BoundedSemaphore(MAX_CONNECTIONS)
        self._open = 0
        self._open_changed = threading.Condition()
        super().__init__((HOST, port), _Handler)
        self.hosts = {f"127.0.0.1:{self.port}", f"localhost:{self.port}"}

    def process_request(self, request: Any, client_address: Any) -> None:
        """A thread for the connection, if fewer than :data:`MAX_CONNECTIONS` are open."""
        if not self.connections.acquire(blocking=False):
            with contextlib.suppress(OSError):
                request.setblocking(False)
                request.send(_BUSY)
            self.shutdown_request(request)
            return
        self._count(+1)
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._done()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._done()

    def _done(self) -> None:
        self.connections.release()
        self._count(-1)

    def _count(self, step: int) -> None:
        with self._open_changed:
            self._open += step
            self._open_changed.notify_all()

    def wait_until_open(self, most: int, timeout: float) -> bool:
        """Wait until at most ``most`` connections are being served; False on ``timeout``."""
        with self._open_changed:
            return self._open_changed.wait_for(lambda: self._open <= most, timeout)

    @property
    def open_connections(self) -> int:
        """Connections being served now, each in a thread of its own."""
        with self._open_changed:
            return self._open

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away is no news; anything else is one line, not a traceback."""
        error = sys.exc_info()[1]
        if error is None or isinstance(error, _GONE):
            return
        if self.on_error is not None:
            self.on_error(error)

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}/"


class _DeadlineReader(io.RawIOBase):
    """A socket read that ends at a fixed time, however slowly the client sends."""

    def __init__(self, connection: socket.socket, deadline: float) -> None:
        super().__init__()
        self.connection = connection
        self.deadline = deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the request was not sent in time")
        self.connection.settimeout(left)
        return self.connection.recv_into(buffer)


class _Handler(BaseHTTPRequestHandler):
    server: PreviewServer
    server_version = "planverksted"
    sys_version = ""
    timeout = CONNECTION_TIMEOUT

    def setup(self) -> None:
        super().setup()
        # The request line and headers within HEADER_TIMEOUT in all, not per byte.
        self.rfile = io.BufferedReader(
            _DeadlineReader(self.connection, time.monotonic() + HEADER_TIMEOUT)
        )

    def handle(self) -> None:
        try:
            super().handle()
        except _GONE:  # the client went away or stopped sending: nothing to say to it
            self.close_connection = True

    def do_GET(self) -> None:
        self._answer(body=True)

    def do_HEAD(self) -> None:
        self._answer(body=False)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the terminal is for the file's news, not for every request."""

    def _answer(self, *, body: bool) -> None:
        self.connection.settimeout(CONNECTION_TIMEOUT)  # the request is in: writing now
        host = (self.headers.get("Host") or "").strip().lower()
        if host not in self.server.hosts:
            self._text(
                HTTPStatus.FORBIDDEN,
                f"This preview answers only to {self.server.url} "
                f"(or http://localhost:{self.server.port}/).\n",
                body,
            )
            return
        # The target is matched whole against a fixed table; a query is ignored.
        path = self.path.split("?", 1)[0]
        if path == EVENTS and body:
            self._events()
            return
        page = PAGES.get(path)
        if page is None:
            known = ", ".join(PAGES)
            self._text(HTTPStatus.NOT_FOUND, f"Not found. The pages are: {known}\n", body)
            return
        try:
            content = self.server.preview.page(*page)
        except Exception as error:  # a bug in rendering: say so, keep serving
            self._text(
                HTTPStatus.INTERNAL_SERVER_ERROR,
                f"planverksted could not make this page ({type(error).__name__}: {error}).\n"
                "This is a bug in planverksted, not in your file; please report it.\n",
                body,
            )
            return
        self._send(HTTPStatus.OK, "text/html; charset=utf-8", content, body)

    def _events(self) -> None:
        """Server-sent events: the version now, then each new one as the file is saved."""
        if not self.server.streams.acquire(blocking=False):
            self._text(HTTPStatus.SERVICE_UNAVAILABLE, "Too many open previews.\n", True)
            return
        try:
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "text/event-stream; charset=utf-8")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(b"retry: 500\n\n")
            seen = None
            while True:
                version = self.server.preview.wait_for_version(seen, KEEP_ALIVE)
                if version is None:
                    return
                if version == seen:
                    self.wfile.write(b": still here\n\n")
                else:
                    self.wfile.write(f"data: {version}\n\n".encode())
                    seen = version
                self.wfile.flush()
        except OSError:  # the tab was closed
            return
        finally:
            self.server.streams.release()

    def _text(self, status: HTTPStatus, text: str, body: bool) -> None:
        self._send(status, "text/plain; charset=utf-8", text.encode("utf-8"), body)

    def _send(self, status: HTTPStatus, kind: str, content: bytes, body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(content)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Content-Security-Policy", _POLICY)
        self.end_headers()
        if body:
            self.wfile.write(content)
