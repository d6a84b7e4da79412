"""Print pages in headless Chromium and measure them: a tiny DevTools client over a pipe.

Chromium's ``--remote-debugging-pipe`` speaks the DevTools protocol (JSON messages ending
in a NUL byte) on file descriptors 3 (to Chromium) and 4 (from it): no web socket and no
dependency. One session loads a page, emulates print media to read computed styles, marks
the top and bottom of every box that must stay whole, and prints the page to an A4 PDF.
Poppler's ``pdfinfo`` and ``pdftotext`` then read the PDF: how many pages, and on which page
each mark landed. A box whose top and bottom marks land on different pages was split.

The marks are absolutely positioned in their box, so they take no room and change no
layout; they are tiny white text, there only for ``pdftotext`` to find.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from browser import CHROMIUM_FLAGS, devtools_port, find_chromium

CHROMIUM = find_chromium()


def _has_arial_metrics() -> bool:
    """Whether a font with Arial's metrics is there: the page counts are those of the planners'
    Windows laptops (Arial, Segoe UI); DejaVu alone sets wider and runs a page longer."""
    try:
        listed = subprocess.run(
            ["fc-list", ":", "family"], capture_output=True, text=True, check=False, timeout=60
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return sys.platform != "linux"  # no fontconfig: the system's own fonts
    return any(name in listed for name in ("Liberation Sans", "Arial", "Arimo"))


MISSING = [
    tool
    for tool, present in (
        ("chromium", CHROMIUM),
        ("pdftotext", shutil.which("pdftotext")),
        ("fonts-liberation", _has_arial_metrics()),
    )
    if not present
]
SKIP_REASON = (
    f"needs {' and '.join(MISSING)} (Debian: apt-get install chromium poppler-utils "
    "fonts-liberation; .ci/run installs them)"
)

KEEP_WHOLE = ".agenda-table tbody, .task, .questions, .method, .evaluation .form, .findings"
"""The boxes that must never be split across pages: blocks, task cards, question sets."""

_MARK = """
(selector) => {
  const boxes = [...document.querySelectorAll(selector)];
  boxes.forEach((box, index) => {
    if (getComputedStyle(box).position === "static") box.style.position = "relative";
    for (const [edge, name] of [["top", "A"], ["bottom", "Z"]]) {
      const mark = document.createElement("span");
      mark.textContent = `QX${String(index).padStart(4, "0")}${name}`;
      mark.style.cssText = `position:absolute;left:0;${edge}:0;font:3px monospace;` +
        "color:#fff;line-height:1;pointer-events:none;white-space:nowrap";
      box.appendChild(mark);
    }
  });
  return boxes.map((box) => (box.innerText || "").trim().split("\\n")[0].slice(0, 60));
}
"""

_FONTS = """
() => {
  const sizes = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!node.textContent.trim() || !element || !element.getClientRects().length) continue;
    const style = getComputedStyle(element);
    if (style.visibility === "hidden" || style.display === "none") continue;
    sizes.push({
      pt: parseFloat(style.fontSize) * 0.75,
      weight: parseInt(style.fontWeight, 10),
      text: node.textContent.trim().slice(0, 40),
      classes: [...element.closest("[class]")?.classList ?? []].join(" "),
      tag: element.tagName.toLowerCase(),
      path: (() => {
        const names = [];
        for (let e = element; e && e !== document.body; e = e.parentElement) {
          names.push(e.tagName.toLowerCase() + (e.className ? "." + [...e.classList].join(".") : ""));
        }
        return names.reverse().join(" > ");
      })(),
    });
  }
  return sizes;
}
"""


@dataclasses.dataclass
class Printed:
    """A page printed to PDF, with what was measured on the way."""

    pdf: bytes
    pages: list[str]
    """The text of each page (``pdftotext -layout``), marks included."""
    boxes: list[str]
    """The first line of each box that must stay whole, in document order."""
    fonts: list[dict[str, Any]]
    """Every visible text's computed size in points under print media, with where it is."""

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def page_of(self, mark: str) -> int:
        """The 1-based page a mark landed on."""
        pages = [number for number, text in enumerate(self.pages, 1) if mark in text]
        if len(pages) != 1:
            raise AssertionError(f"mark {mark} found on pages {pages}")
        return pages[0]

    def split_boxes(self) -> list[tuple[str, int, int]]:
        """(first line, top page, bottom page) of every box that crosses a page boundary."""
        split = []
        for index, title in enumerate(self.boxes):
            top, bottom = self.page_of(f"QX{index:04d}A"), self.page_of(f"QX{index:04d}Z")
            if top != bottom:
                split.append((title, top, bottom))
        return split

    def content_lines(self, page: int) -> list[str]:
        """The lines of text on a page, without the marks and the page's own footer."""
        lines = []
        for line in self.pages[page - 1].splitlines():
            line = " ".join(word for word in line.split() if not word.startswith("QX"))
            if line and not _is_footer(line):
                lines.append(line)
        return lines


def _is_footer(line: str) -> bool:
    words = line.split()
    return len(words) >= 4 and words[-2] in ("av", "of") and words[-1].isdigit()


class _Pipe:
    """DevTools messages over Chromium's pipe."""

    def __init__(
        self, to_browser: int, from_browser: int, process: subprocess.Popen[Any], profile: str
    ) -> None:
        self.process = process
        self.profile = profile
        self.to_browser = to_browser
        self.from_browser = from_browser
        self.buffer = b""
        self.next_id = 0
        self.events: list[dict[str, Any]] = []
        self.idle: list[tuple[str, str]] = []
        """Tabs (target, session) opened before and free again: a new tab costs about as
        much processor time as the page loaded into it."""

    @contextlib.contextmanager
    def tabs(self, count: int) -> Iterator[list[str]]:
        """``count`` tabs' sessions, with page events on, each as a new one: no media or
        screen size emulated, no event left over. A tab that ends in an error is closed."""
        taken, self.idle = self.idle[:count], self.idle[count:]
        if len(taken) < count:
            created = self.send_all(
                [("Target.createTarget", None, {"url": "about:blank"})] * (count - len(taken))
            )
            targets = [answer["targetId"] for answer in created]
            attached = self.send_all(
                [("Target.attachToTarget", None, {"targetId": t, "flatten": True}) for t in targets]
            )
            made = [(t, a["sessionId"]) for t, a in zip(targets, attached, strict=True)]
            # What --hide-scrollbars and TZ=UTC did for the whole browser, for these tabs: the
            # browser's other pages (tests/browser.py) are as a user's.
            self.send_all(
                [("Page.enable", session, {}) for _, session in made]
                + [("Emulation.setScrollbarsHidden", s, {"hidden": True}) for _, s in made]
                + [("Emulation.setTimezoneOverride", s, {"timezoneId": "UTC"}) for _, s in made]
            )
            taken += made
        sessions = {session for _, session in taken}
        try:
            yield [session for _, session in taken]
        except BaseException:
            self.send_all([("Target.closeTarget", None, {"targetId": t}) for t, _ in taken])
            raise
        self.send_all(
            [("Emulation.setEmulatedMedia", session, {"media": ""}) for session in sessions]
            + [("Emulation.clearDeviceMetricsOverride", session, {}) for session in sessions]
        )
        # What the pages said is read: their events can never answer a later wait.
        self.events = [event for event in self.events if event.get("sessionId") not in sessions]
        self.idle += taken

    def devtools_port(self) -> int:
        """The port of this browser's DevTools for a web socket client (tests/browser.py)."""
        return devtools_port(self.profile, self.process)

    def send(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        (result,) = self.send_all([(method, session, params)])
        return result

    def send_all(
        self, commands: list[tuple[str, str | None, dict[str, Any]]]
    ) -> list[dict[str, Any]]:
        """Send every (method, session, params) at once, then read their answers, in order:
        commands to different pages run side by side in Chromium."""
        sent: dict[int, str] = {}
        for method, session, params in commands:
            self.next_id += 1
            message: dict[str, Any] = {"id": self.next_id, "method": method, "params": params}
            if session is not None:
                message["sessionId"] = session
            os.write(self.to_browser, json.dumps(message).encode() + b"\0")
            sent[self.next_id] = method
        answers: dict[int, dict[str, Any]] = {}
        while len(answers) < len(sent):
            reply = self._read()
            ident = reply.get("id")
            if ident not in sent:
                self.events.append(reply)
                continue
            if "error" in reply:
                raise RuntimeError(f"{sent[ident]}: {reply['error']}")
            answers[ident] = reply.get("result", {})
        return [answers[ident] for ident in sent]

    def wait_for(self, method: str, session: str | None = None) -> dict[str, Any]:
        """The next event ``method`` (of the page ``session``, when given)."""
        while True:
            for index, event in enumerate(self.events):
                if event.get("method") == method and session in (None, event.get("sessionId")):
                    return self.events.pop(index)
            self.events.append(self._read())

    def _read(self) -> dict[str, Any]:
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_browser, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        parsed: dict[str, Any] = json.loads(message)
        return parsed


def _high(fd: int) -> int:
    """``fd`` moved above 9, so that placing the pipe on 3 and 4 cannot clobber it."""
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return moved


@contextlib.contextmanager
def chromium() -> Iterator[_Pipe]:
    """A headless Chromium with its DevTools pipe; closed on the way out."""
    assert CHROMIUM is not None, SKIP_REASON
    commands_read, commands_write = map(_high, os.pipe())
    replies_read, replies_write = map(_high, os.pipe())

    def on_3_and_4() -> None:
        os.dup2(commands_read, 3)
        os.dup2(replies_write, 4)

    # Chromium's helper processes may still write to the profile as it closes: never fail on it.
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        process = subprocess.Popen(
            [
                CHROMIUM,
                *CHROMIUM_FLAGS,
                "--remote-debugging-pipe",
                "--remote-debugging-port=0",  # for tests/browser.py's pages in this browser
                f"--user-data-dir={profile}",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            # The child's 3 and 4 are kept open: close_fds runs after preexec_fn.
            pass_fds=(3, 4, commands_read, replies_write),
            preexec_fn=on_3_and_4,  # only dup2, before exec
            env={**os.environ, "LANG": "C.UTF-8"},
        )
        os.close(commands_read)
        os.close(replies_write)
        try:
            yield _Pipe(commands_write, replies_read, process, profile)
        finally:
            os.close(commands_write)
            os.close(replies_read)
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def print_page(browser: _Pipe, page: Path) -> Printed:
    """Load ``page``, measure it under print media, and print it to A4 PDF."""
    return print_pages(browser, [page])[0]


AT_ONCE = 8
"""Pages loaded, measured and printed side by side in one browser (each in a tab of its own)."""


def print_pages(browser: _Pipe, pages: list[Path]) -> list[Printed]:
    """Each page printed as :func:`print_page` prints it, up to ``AT_ONCE`` side by side: a
    page spends most of its time waiting for Chromium, not on the processor."""
    printed: list[Printed] = []
    for start in range(0, len(pages), AT_ONCE):
        printed += _print_together(browser, pages[start : start + AT_ONCE])
    return printed


def _print_together(browser: _Pipe, pages: list[Path]) -> list[Printed]:
    with browser.tabs(len(pages)) as sessions:

        def each(method: str, **params: Any) -> list[tuple[str, str | None, dict[str, Any]]]:
            return [(method, session, params) for session in sessions]

        browser.send_all(
            [
                ("Page.navigate", session, {"url": page.resolve().as_uri()})
                for session, page in zip(sessions, pages, strict=True)
            ]
        )
        for session in sessions:
            browser.wait_for("Page.loadEventFired", session)
        browser.send_all(each("Emulation.setEmulatedMedia", media="print"))
        fonts = _evaluate_all(browser, list(sessions), _FONTS)
        boxes = _evaluate_all(browser, list(sessions), _MARK, KEEP_WHOLE)
        pdfs = [
            base64.b64decode(answer["data"])
            for answer in browser.send_all(
                each(
                    "Page.printToPDF",
                    printBackground=True,
                    preferCSSPageSize=True,
                    displayHeaderFooter=False,
                )
            )
        ]
    return [
        Printed(pdf, pages, box, font)
        for pdf, pages, box, font in zip(pdfs, _pages_of_each(pdfs), boxes, fonts, strict=True)
    ]


def _pages_of_each(pdfs: list[bytes]) -> list[list[str]]:
    """:func:`_pages` of each PDF, read by as many ``pdftotext`` side by side."""
    with tempfile.TemporaryDirectory() as folder:
        readers = []
        for number, pdf in enumerate(pdfs):
            path = Path(folder) / f"printed-{number}.pdf"
            path.write_bytes(pdf)
            readers.append(
                subprocess.Popen(
                    ["pdftotext", "-layout", str(path), "-"],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                )
            )
        texts = []
        for reader in readers:
            out, err = reader.communicate()
            if reader.returncode != 0:
                raise subprocess.CalledProcessError(reader.returncode, reader.args, out, err)
            texts.append(out)
    return [_split_pages(text) for text in texts]


def _evaluate_all(
    browser: _Pipe, sessions: list[str | None], function: str, *args: str
) -> list[Any]:
    call = f"({function})({', '.join(json.dumps(arg) for arg in args)})"
    params = {"expression": call, "returnByValue": True, "awaitPromise": True}
    values = []
    for result in browser.send_all([("Runtime.evaluate", s, params) for s in sessions]):
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        values.append(result["result"]["value"])
    return values


def _split_pages(text: str) -> list[str]:
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return pages


def main(folder: str) -> None:
    """Print the seed's three sheets and write their pages as PNGs (for docs/img)."""
    import sys

    root = Path(__file__).resolve().parents[1]
    seed = root / "examples" / "kommunestyre-tett-pa.yaml"
    command = Path(sys.executable).with_name("planverksted")
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    sheets = {
        "kjoreplan-kompakt": ["--layout", "compact"],
        "kjoreplan": [],
        "program-deltakere": ["--audience", "participant"],
    }
    with tempfile.TemporaryDirectory() as work, chromium() as browser:
        for name, args in sheets.items():
            page = Path(work) / f"{name}.html"
            subprocess.run([str(command), "render", str(seed), "-o", str(page), *args], check=True)
            pdf = Path(work) / f"{name}.pdf"
            pdf.write_bytes(print_page(browser, page).pdf)
            for old in target.glob(f"{name}-[0-9]*.png"):
                old.unlink()
            subprocess.run(
                ["pdftoppm", "-png", "-r", "60", str(pdf), str(target / name)], check=True
            )


if __name__ == "__main__":
    import sys

    main(sys.argv[1] if len(sys.argv) > 1 else "docs/img")
