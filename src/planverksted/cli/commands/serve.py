"""``planverksted serve``: the run-sheet in a browser, new on every save of the file.

A local web server on 127.0.0.1 (a free port unless ``--port`` says) shows the
facilitator's run-sheet with the file's findings in a bar on top, with links to the
handout and the other languages, and the page follows each save by itself. Ctrl-C (or
SIGTERM) stops it, with exit code 0.
"""

from __future__ import annotations

import errno
import gc
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from planverksted.errors import PlanverkstedError, UsageError

if TYPE_CHECKING:
    from planverksted.preview.page import Preview
    from planverksted.preview.server import PreviewServer


def run(file: str, port: int = 0, open_browser: bool = False) -> int:
    """Serve the live preview of ``file`` until stopped; 0 when stopped by the user."""
    path = _check_input(file)
    try:
        import watchfiles  # noqa: F401  (imported here: only serve needs it)
    except ImportError:
        raise PlanverkstedError(
            "serve needs the watchfiles package, which is not installed",
            "install planverksted again (pip install planverksted), which brings it",
        ) from None
    from planverksted.preview.page import Preview
    from planverksted.preview.watch import FileWatcher

    # The shell pauses the garbage collector for a one-shot command; a server runs for
    # hours, so it collects again (each refresh still pauses it while it works).
    gc.enable()
    preview = Preview(path, display=file)
    preview.refresh(force=True)
    server = _listen(preview, port)
    stop = threading.Event()

    def changed() -> None:
        try:
            if preview.refresh():
                watcher.follow(preview.sources)
                _news(file, preview.summary())
        except Exception as error:  # a bug must not stop the watching
            print(f"planverksted: internal error while refreshing ({error})", file=sys.stderr)

    watcher = FileWatcher(path, changed)
    watcher.follow(preview.sources)
    serving = threading.Thread(target=server.serve_forever, name="planverksted-serve")
    with _stopped_by_signals(stop):
        watcher.start()
        serving.start()
        print(f"planverksted: serving {file} at {server.url}", flush=True)
        print("    the page follows every save; press Ctrl-C to stop", flush=True)
        _news(file, preview.summary())
        if open_browser:
            import webbrowser

            webbrowser.open(server.url)
        try:
            while not stop.wait(0.2):
                pass
        finally:
            preview.close()
            server.shutdown()
            server.server_close()
            watcher.stop()
    print("planverksted: stopped", file=sys.stderr, flush=True)
    return 0


def _check_input(file: str) -> Path:
    if file == "-":
        raise UsageError.of("serve.stdin", "serve.stdin.hint")
    path = Path(file)
    if path.is_dir():
        raise UsageError.of("serve.folder", file=file)
    if not path.exists():
        raise UsageError.of("no-such-file", file=file)
    if not path.is_file():
        raise UsageError.of("serve.not-regular", file=file)
    return path


def _request_failed(error: BaseException) -> None:
    """A request that failed by no fault of the client's: one line, never a traceback."""
    from planverksted.i18n import fill, message

    language = "en"  # as the command's other plain failures are worded
    text = fill(
        message("serve.request-error", language),
        language,
        {"error": f"{type(error).__name__}: {error}"},
    )
    print(f"planverksted: {text}", file=sys.stderr, flush=True)


def _listen(preview: Preview, port: int) -> PreviewServer:
    from planverksted.preview.server import PreviewServer

    try:
        return PreviewServer(preview, port, on_error=_request_failed)
    except OSError as error:
        if error.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1)):
            raise PlanverkstedError(
                f"port {port} is already in use",
                "leave out --port to get a free one, or choose another",
            ) from None
        if error.errno in (errno.EACCES, getattr(errno, "WSAEACCES", -1)):
            raise PlanverkstedError(
                f"not allowed to listen on port {port}",
                "leave out --port to get a free one, or choose one above 1023",
            ) from None
        raise PlanverkstedError(
            f"cannot listen on 127.0.0.1:{port}: {(error.strerror or str(error)).lower()}"
        ) from None


def _news(file: str, summary: str) -> None:
    print(f"planverksted: {time.strftime('%H:%M:%S')} {file}: {summary}", file=sys.stderr)


@contextmanager
def _stopped_by_signals(stop: threading.Event) -> Iterator[None]:
    """Ctrl-C (SIGINT) and SIGTERM set ``stop`` instead of raising somewhere inside."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(_number: int, _frame: FrameType | None) -> None:
        stop.set()

    names = ("SIGINT", "SIGTERM", "SIGBREAK")  # SIGBREAK: Ctrl-Break, on Windows only
    numbers = [getattr(signal, name) for name in names if hasattr(signal, name)]
    previous: dict[int, Callable[[int, FrameType | None], object] | int | None] = {}
    for number in numbers:
        previous[number] = signal.signal(number, handler)
    try:
        yield
    finally:
        for number, action in previous.items():
            signal.signal(number, action if action is not None else signal.SIG_DFL)
