"""``planverksted serve``: the run-sheet in a browser, new on every save of the file.

A local web server on 127.0.0.1 (a free port unless ``--port`` says) shows the
facilitator's run-sheet with the file's findings in a bar on top, with links to the
handout and the other languages, and the page follows each save by itself. A programme
file shows its overview, and the page follows saves of its workshops too. Ctrl-C (or
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

from planverksted.cli import voice
from planverksted.cli.voice import say, words
from planverksted.errors import PlanverkstedError, UsageError, reason

if TYPE_CHECKING:
    from planverksted.preview.page import Preview
    from planverksted.preview.server import PreviewServer


def run(file: str, port: int = 0, open_browser: bool = False) -> int:
    """Serve the live preview of ``file`` until stopped; 0 when stopped by the user."""
    path = _check_input(file)
    try:
        import watchfiles  # noqa: F401  (imported here: only serve needs it)
    except ImportError:
        raise PlanverkstedError.of("serve.watchfiles", "serve.watchfiles.hint") from None
    from planverksted.preview.page import Preview
    from planverksted.preview.watch import FileWatcher

    # The shell pauses the garbage collector for a one-shot command; a server runs for
    # hours, so it collects again (each refresh still pauses it while it works).
    gc.enable()
    preview = Preview(path, display=file)
    preview.refresh(force=True)
    _hear(preview)
    server = _listen(preview, port)
    stop = threading.Event()

    def changed() -> None:
        try:
            if preview.refresh():
                watcher.follow(preview.sources)
                _hear(preview)
                _news(file, preview)
        except Exception as error:  # a bug must not stop the watching
            say("serve.refresh-failed", error=error)

    def trouble(error: BaseException | None) -> None:
        if error is None:
            say("serve.watching-again")
        else:
            say("serve.watch-refused", error=_watch_reason(error))

    watcher = FileWatcher(path, changed, trouble)
    watcher.follow(preview.sources)
    serving = threading.Thread(target=server.serve_forever, name="planverksted-serve")
    with _stopped_by_signals(stop):
        watcher.start()
        serving.start()
        print(f"planverksted: {words('serve.serving', file=file, url=server.url)}", flush=True)
        print(f"    {words('serve.follows')}", flush=True)
        _news(file, preview)
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
    say("serve.stopped")
    sys.stderr.flush()
    return 0


def _watch_reason(error: BaseException) -> object:
    """Why the system refused a watch, in the line's language: an OS error by its errno;
    watchfiles' own text (English) quoted."""
    if isinstance(error, OSError) and error.errno is not None:
        return reason(error)
    from planverksted.i18n import PerLanguage, fill, message

    text = str(error) or type(error).__name__
    return PerLanguage(
        lambda language: fill(message("os.other", language), language, {"text": text})
    )


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
            raise PlanverkstedError.of(
                "serve.port-in-use", "serve.port-in-use.hint", port=port
            ) from None
        if error.errno in (errno.EACCES, getattr(errno, "WSAEACCES", -1)):
            raise PlanverkstedError.of(
                "serve.port-denied", "serve.port-denied.hint", port=port
            ) from None
        raise PlanverkstedError.of("serve.cannot-listen", port=port, reason=reason(error)) from None


def _hear(preview: Preview) -> None:
    """The file's language, as it was last read: the log speaks it, as the page does."""
    analysis = preview.analysis or preview.last_good
    if analysis is not None:
        voice.hear_file(analysis.told_language)


def _news(file: str, preview: Preview) -> None:
    """A line on each change: the time (13.57.30 in Norwegian) and the findings' count."""
    from planverksted import i18n

    language = voice.language()
    separator = i18n.catalogue(language).TIME_SEPARATOR
    now = time.strftime(f"%H{separator}%M{separator}%S")
    print(f"planverksted: {now} {file}: {preview.summary(language)}", file=sys.stderr)


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
