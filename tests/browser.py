"""Headless Chromium driven through the DevTools protocol, for tests of the live page.

A minimal WebSocket client on the standard library (RFC 6455: the handshake, masked text
frames out, text frames in), enough to send DevTools commands and read their answers.
Every wait is bounded, so a hung browser fails a test instead of hanging the suite.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import struct
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # No first window: its New Tab page costs a second of processor time after every start.
    "--no-startup-window",
    # A page loaded into a tab reuses the tab's frame instead of building a new one: the same
    # page, about a fifth less processor time a load (measured on Chromium 156).
    "--disable-features=RenderDocument",
)
TIMEOUT = 300.0
"""Seconds before a wait on the browser counts as hung: generous, for a busy machine."""


def find_chromium() -> str | None:
    """The Chromium to test with: $CHROMIUM, /usr/bin/chromium, or one on the PATH."""
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium"):
        if candidate and Path(candidate).is_file():
            return candidate
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class DevToolsError(RuntimeError):
    pass


class _WebSocket:
    def __init__(self, url: str) -> None:
        assert url.startswith("ws://")
        host_port, _, path = url[len("ws://") :].partition("/")
        host, _, port = host_port.partition(":")
        self.sock = socket.create_connection((host, int(port)), timeout=TIMEOUT)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (
            f"GET /{path} HTTP/1.1\r\nHost: {host_port}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
        )
        self.sock.sendall(request.encode())
        response = b""
        while b"\r\n\r\n" not in response:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise DevToolsError("the browser closed the connection during the handshake")
            response += chunk
        head, _, self.buffer = response.partition(b"\r\n\r\n")
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise DevToolsError(f"WebSocket handshake refused: {head[:200]!r}")

    def _read(self, count: int) -> bytes:
        while len(self.buffer) < count:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise DevToolsError("the browser closed the connection")
            self.buffer += chunk
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def send(self, text: str) -> None:
        payload = text.encode()
        header = bytearray([0x81])
        length = len(payload)
        if length < 126:
            header.append(0x80 | length)
        elif length < 1 << 16:
            header += bytes([0x80 | 126]) + struct.pack("!H", length)
        else:
            header += bytes([0x80 | 127]) + struct.pack("!Q", length)
        mask = os.urandom(4)
        masked = bytes(byte ^ mask[i % 4] for i, byte in enumerate(payload))
        self.sock.sendall(bytes(header) + mask + masked)

    def receive(self) -> str:
        message = b""
        while True:
            first, second = self._read(2)
            opcode, length = first & 0x0F, second & 0x7F
            if length == 126:
                (length,) = struct.unpack("!H", self._read(2))
            elif length == 127:
                (length,) = struct.unpack("!Q", self._read(8))
            payload = self._read(length)
            if opcode == 0x8:
                raise DevToolsError("the browser closed the WebSocket")
            if opcode == 0x9:  # ping: answer it, read on
                continue
            message += payload
            if first & 0x80:
                return message.decode()

    def close(self) -> None:
        self.sock.close()


def devtools_port(profile: str | Path, process: subprocess.Popen[Any]) -> int:
    """The port a Chromium started with ``--remote-debugging-port=0`` listens on."""
    marker = Path(profile) / "DevToolsActivePort"
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if marker.is_file():
            lines = marker.read_text().split()
            if lines:
                return int(lines[0])
        if process.poll() is not None:
            raise DevToolsError("Chromium exited before it opened the DevTools port")
        time.sleep(0.05)
    raise DevToolsError("Chromium did not open the DevTools port in time")


class Browser:
    """One page of a headless Chromium; ``evaluate`` runs JavaScript in it.

    ``Browser(chromium)`` starts a Chromium of its own, closed with the page;
    :meth:`page_of` opens a page in a Chromium already running (the test process's one,
    see conftest.py), and closing it closes only the page.
    """

    def __init__(self, chromium: str, width: int = 1280, height: int = 720) -> None:
        self.profile: str | None = tempfile.mkdtemp(prefix="pv-chromium-")
        self.process: subprocess.Popen[Any] | None = subprocess.Popen(
            [
                chromium,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={self.profile}",
                "--remote-debugging-port=0",
                f"--window-size={width},{height}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            self._open_page(devtools_port(self.profile, self.process), width, height)
        except BaseException:
            self.close()
            raise

    @classmethod
    def page_of(cls, port: int, width: int = 1280, height: int = 720) -> Browser:
        """A new page in the Chromium whose DevTools listen on ``port``."""
        opened = cls.__new__(cls)
        opened.profile = opened.process = None
        try:
            opened._open_page(port, width, height)
        except BaseException:
            opened.close()
            raise
        return opened

    def _open_page(self, port: int, width: int, height: int) -> None:
        self.exceptions: list[dict[str, Any]] = []
        self._id = 0
        self.port = port
        # No window opens at the start (--no-startup-window): the page is made here.
        made = urllib.request.Request(f"http://127.0.0.1:{port}/json/new?about:blank", method="PUT")
        with urllib.request.urlopen(made, timeout=TIMEOUT) as answer:
            page = json.load(answer)
        self.target = page["id"]
        self.ws = _WebSocket(page["webSocketDebuggerUrl"])
        self.send("Runtime.enable")
        self.send("Page.enable")
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        self._id += 1
        ident = self._id
        self.ws.send(json.dumps({"id": ident, "method": method, "params": params or {}}))
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            message = json.loads(self.ws.receive())
            if message.get("method") == "Runtime.exceptionThrown":
                self.exceptions.append(message["params"]["exceptionDetails"])
            if message.get("id") == ident:
                if "error" in message:
                    raise DevToolsError(f"{method}: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result
        raise DevToolsError(f"{method}: no answer in time")

    def evaluate(self, expression: str, *, await_promise: bool = False) -> Any:
        result = self.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": await_promise},
        )
        if "exceptionDetails" in result:
            raise DevToolsError(f"{expression[:80]}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def open(self, url: str) -> None:
        """Load ``url`` and wait until the live page has drawn itself."""
        self._mark_stale()
        loaded = self.send("Page.navigate", {"url": url})
        # A new document has a loader; a move within the same document (only the #fragment
        # changes) has none, and its old window is the page.
        self._wait_ready(new_document="loaderId" in loaded)

    def clear_storage(self) -> None:
        """Forget what pages kept in the browser's storage: a page opened next starts as in a
        new browser. Pages from files share one origin, ``file://``."""
        self.send(
            "Storage.clearDataForOrigin", {"origin": "file://", "storageTypes": "local_storage"}
        )

    def reload(self) -> None:
        self._mark_stale()
        self.send("Page.reload", {"ignoreCache": True})
        self._wait_ready(new_document=True)

    def _mark_stale(self) -> None:
        """Mark the window shown now, so a wait can tell it from the document that replaces it:
        on a busy machine the old page still answers "ready" just after a navigation."""
        self.evaluate("window.__planverkstedStale = true")

    def _wait_ready(self, *, new_document: bool) -> None:
        deadline = time.monotonic() + TIMEOUT
        fresh = "!window.__planverkstedStale && " if new_document else ""
        while time.monotonic() < deadline:
            try:
                ready = self.evaluate(
                    f"{fresh}document.readyState === 'complete' && !!window.planverksted"
                    " && !!window.planverksted.view()"
                )
            except DevToolsError:  # the old document's context went away mid-question
                ready = False
            if ready:
                return
            time.sleep(0.02)
        raise DevToolsError("the page did not become ready in time")

    def press(self, key: str) -> None:
        """Press and release one key, as a keyboard would send it."""
        codes = {
            "ArrowRight": 39,
            "ArrowLeft": 37,
            "Tab": 9,
            "Enter": 13,
            " ": 32,
            "+": 187,
            "-": 189,
        }
        code = codes.get(key, ord(key.upper()) if len(key) == 1 else 0)
        text = key if len(key) == 1 else ("\r" if key == "Enter" else "")
        down = {"type": "keyDown" if text else "rawKeyDown", "key": key,
                "windowsVirtualKeyCode": code, "text": text}  # fmt: skip
        self.send("Input.dispatchKeyEvent", down)
        self.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": key,
                                             "windowsVirtualKeyCode": code})  # fmt: skip

    def text(self, element_id: str) -> str:
        value = self.evaluate(
            f"(function(e){{return e && !e.closest('[hidden]') ? e.textContent : ''}})"
            f"(document.getElementById({json.dumps(element_id)}))"
        )
        return str(value)

    def close(self) -> None:
        ws = getattr(self, "ws", None)
        if ws is not None:
            ws.close()
        if self.process is None:  # a page of a Chromium that goes on: close only the page
            target = getattr(self, "target", None)
            if target is not None:
                closing = f"http://127.0.0.1:{self.port}/json/close/{target}"
                with urllib.request.urlopen(closing, timeout=TIMEOUT):
                    pass
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        if self.profile is not None:
            shutil.rmtree(self.profile, ignore_errors=True)
