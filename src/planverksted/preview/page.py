"""The live page: a workshop file's run-sheet with its findings in a bar on top.

:class:`Preview` holds what the file said at its last save: the analysis, the last
analysis without errors, and a version that changes with every save. Its pages are the
built-in HTML run-sheet (the same context and template as ``render``) with a bar
injected at the top of the body: the findings, each with its line, message and hint,
and links to the handout and the other languages. A file with errors shows the last
good run-sheet dimmed under its errors, never a blank page. A small script, also
injected, listens for new versions and swaps the page's body in place.

A programme file (``programme:`` and its ``workshops``) is shown as ``render`` makes its
HTML: the programme overview, with the findings of the programme and of every workshop it
lists in the bar; a save of the programme, of a workshop it lists or of a shared file any of
them names is a new version.

Nothing here knows HTTP; :mod:`planverksted.preview.server` serves these pages.
"""

from __future__ import annotations

import base64
import contextlib
import gc
import hashlib
import html
import secrets
import threading
from collections.abc import Iterator
from pathlib import Path

from planverksted import capped
from planverksted.analysis import Analysis, analyse_text, unread
from planverksted.errors import PlanverkstedError
from planverksted.i18n import LANGUAGES, labels
from planverksted.lint.finding import Finding, Severity
from planverksted.lint.wording import in_language
from planverksted.programme.analysis import ProgrammeAnalysis
from planverksted.source.load import load_text, read_source

AUDIENCES = ("facilitator", "participant")
DEFAULT_LANGUAGE = "nb"

_WORDS: dict[str, dict[str, str]] = {
    "line": {"nb": "linje", "nn": "linje", "en": "line"},
    "clean": {"nb": "Ingen merknader", "nn": "Ingen merknader", "en": "No findings"},
    "error.1": {"nb": "feil", "nn": "feil", "en": "error"},
    "error.n": {"nb": "feil", "nn": "feil", "en": "errors"},
    "warning.1": {"nb": "advarsel", "nn": "åtvaring", "en": "warning"},
    "warning.n": {"nb": "advarsler", "nn": "åtvaringar", "en": "warnings"},
    "info.1": {"nb": "merknad", "nn": "merknad", "en": "note"},
    "info.n": {"nb": "merknader", "nn": "merknader", "en": "notes"},
    "stale": {
        "nb": "Filen har feil. Under ser du den siste kjøreplanen uten feil, nedtonet.",
        "nn": "Fila har feil. Under ser du den siste køyreplanen utan feil, nedtona.",
        "en": "The file has errors. Below is the last run-sheet without errors, dimmed.",
    },
    "nothing": {
        "nb": "Ingen kjøreplan ennå: rett feilene og lagre filen.",
        "nn": "Ingen køyreplan enno: rett feila og lagre fila.",
        "en": "No run-sheet yet: fix the errors and save the file.",
    },
    "language": {"nb": "Språk", "nn": "Språk", "en": "Language"},
    # serve a programme (#23, probe F16).
    "programme-nothing": {
        "nb": "Ingen programoversikt ennå: rett feilene og lagre filen.",
        "nn": "Inga programoversikt enno: rett feila og lagre fila.",
        "en": "No programme overview yet: fix the errors and save the file.",
    },
    "programme-stale": {
        "nb": "Filen har feil. Under ser du den siste programoversikten uten feil, nedtonet.",
        "nn": "Fila har feil. Under ser du den siste programoversikta utan feil, nedtona.",
        "en": "The file has errors. Below is the last programme overview without errors, dimmed.",
    },
    "document": {"nb": "Dokument", "nn": "Dokument", "en": "Document"},
}
_LANGUAGE_NAMES = {"nb": "bokmål", "nn": "nynorsk", "en": "English"}

RELOAD_SCRIPT = """\
(function () {
  "use strict";
  var busy = false, wanted = null;
  function shown() {
    var bar = document.getElementById("planverksted-preview");
    return bar ? bar.getAttribute("data-version") : "";
  }
  function refresh() {
    if (busy) { return; }
    busy = true;
    fetch(location.pathname, {cache: "no-store"}).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.text();
    }).then(function (text) {
      var page = new DOMParser().parseFromString(text, "text/html");
      document.title = page.title;
      document.documentElement.lang = page.documentElement.lang;
      document.body.className = page.body.className;
      document.body.replaceChildren.apply(document.body, Array.from(page.body.childNodes));
    }).catch(function () {
      location.reload();
    }).finally(function () {
      busy = false;
      if (wanted !== null && wanted !== shown()) { refresh(); }
    });
  }
  new EventSource("/events").onmessage = function (event) {
    wanted = event.data;
    if (wanted !== shown()) { refresh(); }
  };
})();
"""
"""Swaps the page's body for the new version's when the server announces one.

The server sends the current version as soon as the stream opens, so a save made
between loading the page and opening the stream is not missed; after a restart of the
server (a new token in every version) the page catches up the same way.
"""

SCRIPT_HASH = base64.b64encode(hashlib.sha256(RELOAD_SCRIPT.encode()).digest()).decode()
"""For the Content-Security-Policy: this script, and no other, may run in the page."""

_STYLE = """\
#planverksted-preview { position: sticky; top: 0; z-index: 1000; max-height: 45vh; overflow: auto;
  margin: 0 0 1rem; padding: .5rem 1rem; font: 14px/1.4 system-ui, sans-serif;
  background: #eef6ee; color: #142; border-bottom: 2px solid #3a7d44; }
#planverksted-preview.pv-warning { background: #fff7e0; color: #3d2e00; border-color: #c78a00; }
#planverksted-preview.pv-error { background: #fdeaea; color: #4a0c0c; border-color: #b3261e; }
#planverksted-preview .pv-bar { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem;
  align-items: baseline; }
#planverksted-preview .pv-summary { font-weight: 600; }
#planverksted-preview nav { margin-left: auto; }
#planverksted-preview nav a { margin-left: .5rem; color: inherit; }
#planverksted-preview nav a[aria-current] { font-weight: 700; text-decoration: none; }
#planverksted-preview ol { margin: .4rem 0 0; padding-left: 1.25rem; }
#planverksted-preview li { margin: .15rem 0; }
#planverksted-preview .pv-where { font-variant-numeric: tabular-nums; font-weight: 600; }
#planverksted-preview .pv-hint { display: block; opacity: .8; }
#planverksted-preview .pv-note { margin: .4rem 0 0; font-style: italic; }
#planverksted-preview.pv-stale ~ * { opacity: .35; filter: grayscale(1); }
@media print {
  #planverksted-preview { display: none; }
  #planverksted-preview.pv-stale ~ * { opacity: 1; filter: none; }
}
"""


def route(audience: str, language: str | None) -> str:
    """The path of the page for ``audience`` in ``language`` (None: the file's own)."""
    return f"/{audience}" + (f"/{language}" if language else "")


PAGES: dict[str, tuple[str, str | None]] = {
    "/": ("facilitator", None),
    **{route(audience, None): (audience, None) for audience in AUDIENCES},
    **{
        route(audience, language): (audience, language)
        for audience in AUDIENCES
        for language in LANGUAGES
    },
}
"""Every page the preview has, by path: a fixed set, so no path reaches the file system."""


class Preview:
    """One workshop file as the live page shows it, refreshed on every save.

    Thread-safe: the watcher calls :meth:`refresh`, the server's threads call
    :meth:`page` and :meth:`wait_for_version`.
    """

    def __init__(self, path: Path, display: str | None = None) -> None:
        self.path = path
        self.display = display or str(path)
        self.analysis: Analysis | ProgrammeAnalysis | None = None
        self.last_good: Analysis | ProgrammeAnalysis | None = None
        self._token = secrets.token_hex(4)
        self._count = 0
        self._text: str | None = None
        self.sources: tuple[Path, ...] = ()
        """The shared files the workshop names (for a programme: its workshops and theirs),
        as of the last refresh."""
        self._sources: tuple[str | None, ...] = ()
        self._pages: dict[tuple[str, str | None], bytes] = {}
        self._closed = False
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)

    def _sources_text(self) -> tuple[str | None, ...]:
        return tuple(read_source(str(source), special=False)[0] for source in self.sources)

    @property
    def version(self) -> str:
        """Changes with every save; differs between two runs of the server."""
        return f"{self._token}-{self._count}"

    def refresh(self, *, force: bool = False) -> bool:
        """Read and check the file again, if its text changed; True when it did.

        The text, not the file's time stamp, tells a save: a save of the same text (or a
        touch) changes nothing on the page, and two quick saves of the same length are
        still two. The default page (the facilitator's run-sheet in the file's language)
        is rendered at once, so the browser that asks for it next gets it without waiting.
        """
        # Never opened to wait on: the file may have been replaced by a named pipe.
        text, problems = read_source(str(self.path), special=False)
        # The shared files it names (people: felles/folk.yaml) are part of what it says.
        sources = self._sources_text()
        if (
            not force
            and self.analysis is not None
            and text is not None
            and text == self._text
            and sources == self._sources
        ):
            return False
        with _collector_paused():
            analysis: Analysis | ProgrammeAnalysis
            if text is None:  # unreadable: the finding says why, as check's does
                known = self.analysis.language if self.analysis is not None else DEFAULT_LANGUAGE
                analysis = unread(self.display, problems, known)
            else:
                # Files the file names (a logo, a programme's workshops) are found beside
                # it, as check and render find them, whatever the folder serve was started in.
                analysis = _analyse(text, self.display, self.path.parent)
            self.sources = _followed(analysis)
            sources = self._sources_text()
            last_good = analysis if _renderable(analysis) else self.last_good
            with self._lock:
                self._text = text
                self._sources = sources
                self.analysis, self.last_good = analysis, last_good
                self._count += 1
                self._pages = {}
            self.page("facilitator", None)
        with self._changed:
            self._changed.notify_all()
        return True

    def page(self, audience: str, language: str | None) -> bytes:
        """The HTML page for ``audience`` in ``language`` (None: the file's own), as UTF-8."""
        with self._lock:
            key = (audience, language)
            cached = self._pages.get(key)
            if cached is None:
                cached = self._pages[key] = self._make_page(audience, language).encode("utf-8")
            return cached

    def wait_for_version(self, seen: str | None, timeout: float) -> str | None:
        """The version, once it is not ``seen`` (or after ``timeout`` s); None when closed."""
        with self._changed:
            self._changed.wait_for(lambda: self._closed or self.version != seen, timeout)
            return None if self._closed else self.version

    def close(self) -> None:
        """Let everyone waiting for a version go."""
        with self._changed:
            self._closed = True
            self._changed.notify_all()

    def findings(self) -> tuple[Finding, ...]:
        """What check says of the file: for a programme, its own findings and its workshops'."""
        analysis = self.analysis
        if isinstance(analysis, ProgrammeAnalysis):
            return analysis.all_findings
        return analysis.findings if analysis is not None else ()

    def counts(self) -> dict[Severity, int]:
        findings = self.findings()
        return {severity: sum(f.severity is severity for f in findings) for severity in Severity}

    def summary(self, language: str = "en") -> str:
        """ "2 warnings", "1 error, 1 warning", or "No findings", in ``language``."""
        parts = [
            f"{count} {_WORDS[f'{severity}.1' if count == 1 else f'{severity}.n'][language]}"
            for severity, count in sorted(self.counts().items(), reverse=True)
            if count
        ]
        return ", ".join(parts) if parts else _WORDS["clean"][language]

    def _make_page(self, audience: str, language: str | None) -> str:
        analysis, last_good = self.analysis, self.last_good
        stale = analysis is not None and not _renderable(analysis)
        shown = self._language(language)
        failed: tuple[str, str | None] | None = None
        document = None
        if last_good is not None:
            try:
                if isinstance(last_good, ProgrammeAnalysis):
                    # The overview, as render makes it: a programme has no handout of its own.
                    document = _overview(last_good, language)
                else:
                    document = _run_sheet(last_good, audience, language)
            except PlanverkstedError as error:  # a cap passed: said in the bar, as render says it
                failed = error.in_language(shown)
        if document is None:
            document = _empty_document(shown, self.display)
        bar = self._bar(audience, language, shown, stale, nothing=last_good is None, failed=failed)
        return _inject(document, bar)

    def _language(self, language: str | None) -> str:
        """The language of the bar: the page's, else the file's (or its last good one's)."""
        if language:
            return language
        # The file's own language, also when it has errors (read from its language: line).
        if self.analysis is not None:
            return self.analysis.language
        return DEFAULT_LANGUAGE

    def _bar(
        self,
        audience: str,
        language: str | None,
        shown: str,
        stale: bool,
        *,
        nothing: bool,
        failed: tuple[str, str | None] | None = None,
    ) -> str:
        findings = self.findings()
        programme = isinstance(self.analysis or self.last_good, ProgrammeAnalysis)
        worst = max((f.severity for f in findings), default=Severity.INFO)
        state = {Severity.ERROR: "error", Severity.WARNING: "warning"}.get(worst, "clean")
        classes = f"pv-{state}" + (" pv-stale" if stale and not nothing else "")
        words = labels(shown)
        links = [
            _link(
                route(a, language),
                words["runsheet" if a == "facilitator" else "programme"],
                current=a == audience,
            )
            for a in AUDIENCES
            if not programme  # one document: the overview
        ]
        languages = [
            _link(route(audience, code), code, current=code == shown, title=_LANGUAGE_NAMES[code])
            for code in LANGUAGES
        ]
        items = "".join(_item(finding, shown, words, self.display) for finding in findings)
        kind = "programme-" if programme else ""
        note = ""
        if failed is not None:
            message, hint = failed
            note = f'<p class="pv-note pv-failed">{html.escape(message)}' + (
                f'<span class="pv-hint">{html.escape(hint)}</span>' if hint else ""
            )
            note += "</p>"
            classes = "pv-error"
        elif nothing:
            note = f'<p class="pv-note">{_WORDS[kind + "nothing"][shown]}</p>'
        elif stale:
            note = f'<p class="pv-note">{_WORDS[kind + "stale"][shown]}</p>'
        return (
            f'<div id="planverksted-preview" class="{classes}" data-version="{self.version}" '
            'role="status">\n'
            f'<div class="pv-bar"><span class="pv-file">{html.escape(self.display)}</span>'
            f'<span class="pv-summary">{html.escape(self.summary(shown))}</span>'
            + (
                f'<nav aria-label="{_WORDS["document"][shown]}">{"".join(links)}</nav>'
                if links
                else ""
            )
            + f'<nav aria-label="{_WORDS["language"][shown]}">{"".join(languages)}</nav></div>\n'
            + (f'<ol class="pv-findings">{items}</ol>\n' if items else "")
            + note
            + "</div>\n"
        )


def prepare() -> None:
    """Compile the run-sheet's template in this process, before any page is made in a
    child (:func:`_run_sheet`): each child then inherits it instead of compiling it."""
    from planverksted.runsheet import view  # noqa: F401  (imported once, here)
    from planverksted.runsheet.templating import prepare_builtin

    prepare_builtin("html")


def _run_sheet(analysis: Analysis, audience: str, language: str | None) -> str:
    """The HTML run-sheet of ``analysis``, made under the render caps (:mod:`capped`), as
    ``render`` makes it: a file at the size cap, or a slip in the template, cannot hang
    the server or fill the machine; passing a cap raises :class:`capped.CapError`."""

    def work() -> str:
        from planverksted.runsheet.templating import render
        from planverksted.runsheet.view import build_context

        return render(build_context(analysis, audience=audience, language=language), "html")

    prepare()
    return capped.run(work, capped.Caps(what=route(audience, language)))


def _item(finding: Finding, language: str, words: dict[str, str], display: str) -> str:
    message, hint = in_language(finding, language)
    severity = str(finding.severity)
    where = f"{_WORDS['line'][language]} {finding.line}"
    if finding.file and finding.file != display:
        # In another file: a workshop of the programme, or a shared file.
        where = f"{finding.file}, {where}"
    return (
        f'<li class="pv-{severity}"><span class="pv-severity">{html.escape(words[severity])}'
        f'</span> · <span class="pv-where">{html.escape(where)}</span>: '
        f'<span class="pv-message">{html.escape(message)}</span>'
        + (f'<span class="pv-hint">{html.escape(hint)}</span>' if hint else "")
        + "</li>"
    )


def _link(href: str, text: str, *, current: bool, title: str | None = None) -> str:
    attributes = f' href="{html.escape(href)}"'
    if title:
        attributes += f' title="{html.escape(title)}"'
    if current:
        attributes += ' aria-current="page"'
    return f"<a{attributes}>{html.escape(text)}</a>"


def _inject(document: str, bar: str) -> str:
    """``document`` with the bar first in its body, and its style and script in its head."""
    # The script exactly as hashed for the Content-Security-Policy: not a character more.
    head = f"<style>\n{_STYLE}</style>\n<script>{RELOAD_SCRIPT}</script>\n"
    at = document.find("</head>")
    document = document[:at] + head + document[at:]
    body = document.find("<body")
    opened = document.find(">", body) + 1
    return document[:opened] + "\n" + bar + document[opened:]


def _empty_document(language: str, display: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(display)} – planverksted</title>\n</head>\n<body>\n</body>\n</html>\n"
    )


def _overview(analysis: ProgrammeAnalysis, language: str | None) -> str:
    """The programme overview in HTML, made under the render caps as a run-sheet is."""

    def work() -> str:
        from planverksted.programme.render import render_programme

        return str(render_programme(analysis, "html", language))

    prepare()
    return capped.run(work, capped.Caps(what=route("facilitator", language)))


def _analyse(text: str, display: str, folder: Path) -> Analysis | ProgrammeAnalysis:
    """The file as what it is, as check and render read it: a programme, or a workshop."""
    from planverksted.programme.analysis import analyse_programme_text
    from planverksted.workshop.programme import is_programme

    loaded = load_text(text)
    if not loaded.fatal and is_programme(loaded.data):
        return analyse_programme_text(text, display, folder=folder, loaded=loaded)
    return analyse_text(text, display, folder=folder, loaded=loaded)


def _followed(analysis: Analysis | ProgrammeAnalysis) -> tuple[Path, ...]:
    """The files whose saves change the page: a workshop's shared files; a programme's,
    each workshop it lists (a missing one too: its coming is news) and theirs."""
    if not isinstance(analysis, ProgrammeAnalysis):
        return analysis.sources
    found = dict.fromkeys(analysis.sources)
    for entry in analysis.entries:
        found[Path(entry.file)] = None
        if entry.analysis is not None:
            found.update(dict.fromkeys(entry.analysis.sources))
    return tuple(found)


def _renderable(analysis: Analysis | ProgrammeAnalysis) -> bool:
    if isinstance(analysis, ProgrammeAnalysis):
        # As render: the programme's own errors stop it; a workshop's show in its row.
        return analysis.programme is not None and not any(
            f.severity is Severity.ERROR for f in analysis.findings
        )
    return not analysis.errors and analysis.schedule is not None


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for one refresh (as the CLI does for a command)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
