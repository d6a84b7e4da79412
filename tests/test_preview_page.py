"""The live page, in process: what the bar says, escaping, the fixed routes, and waiting for a new version
(the work per save is a budget of benchmarks/per_save.py)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from conftest import EXAMPLES
from planverksted.preview.page import PAGES, Preview
from serving import GAP_LINE

SEED = EXAMPLES / "kommunestyre-tett-pa.yaml"


def preview_of(tmp_path: Path, text: str) -> Preview:
    file = tmp_path / "w.yaml"
    file.write_text(text, encoding="utf-8")
    preview = Preview(file, display="w.yaml")
    preview.refresh(force=True)
    return preview


def test_the_routes_are_a_fixed_table() -> None:
    assert sorted(PAGES) == sorted(
        ["/", "/facilitator", "/participant"]
        + [f"/{a}/{lang}" for a in ("facilitator", "participant") for lang in ("nb", "nn", "en")]
    )
    assert PAGES["/"] == ("facilitator", None)
    assert PAGES["/participant/nn"] == ("participant", "nn")


def test_the_bar_words_findings_in_the_file_language(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8").replace("language: nb", "language: nn")
    preview = preview_of(tmp_path, text)
    page = preview.page("facilitator", None).decode("utf-8")
    assert '<span class="pv-summary">2 åtvaringar</span>' in page
    assert (
        f'<span class="pv-where">linje {GAP_LINE}</span>: <span class="pv-message">5 min utan plan'
        in page
    )
    assert preview.summary() == "2 warnings"  # for the terminal, in English like check


def test_text_from_the_file_is_escaped_in_the_bar_and_the_page(tmp_path: Path) -> None:
    text = (
        "planverksted: 1\ntitle: '<script>alert(1)</script>'\nstart: '13:00'\nagenda:\n"
        "  - {title: '<img src=x onerror=alert(1)>', duration: 10}\n"
        "  - {title: B, start: '13:20', duration: 5}\n"
    )
    page = preview_of(tmp_path, text).page("facilitator", "en").decode("utf-8")
    assert "<script>alert(1)</script>" not in page and "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page  # in the gap finding and the table
    assert page.count("<script>") == 1  # the preview's own script, and no other


def test_a_file_with_errors_keeps_the_last_good_run_sheet(tmp_path: Path) -> None:
    preview = preview_of(tmp_path, SEED.read_text(encoding="utf-8"))
    good = preview.version
    preview.path.write_text("planverksted: 1\ntitle: [\n", encoding="utf-8")
    assert preview.refresh() is True
    assert preview.version != good
    page = preview.page("participant", "en").decode("utf-8")
    assert 'class="pv-error pv-stale"' in page
    assert "Below is the last run-sheet without errors, dimmed." in page
    # The file's own text is marked bokmål on the English page (WCAG 2.1, 3.1.2).
    assert '<h1 lang="nb">Arbeidsverksted for kommunestyret</h1>' in page
    assert '<body class="participant' in page
    assert preview.refresh() is False  # nothing saved since


def test_wait_for_version_returns_at_once_for_a_new_version_and_none_when_closed(
    tmp_path: Path,
) -> None:
    preview = preview_of(tmp_path, SEED.read_text(encoding="utf-8"))
    assert preview.wait_for_version(None, timeout=5) == preview.version
    started = time.perf_counter()
    assert preview.wait_for_version(preview.version, timeout=0.05) == preview.version
    assert time.perf_counter() - started >= 0.04
    preview.close()
    assert preview.wait_for_version(preview.version, timeout=5) is None


def test_a_save_is_told_by_its_text_not_its_time_stamp(tmp_path: Path) -> None:
    seed = SEED.read_text(encoding="utf-8")
    preview = preview_of(tmp_path, seed)
    first = preview.version
    os.utime(preview.path)  # touched, or saved unchanged: nothing to show
    assert preview.refresh() is False and preview.version == first
    for changed in ("13.15 – 13.40", "13.15 – 13.35"):  # same length, at once
        preview.path.write_text(seed.replace("13.20 – 13.40", changed), encoding="utf-8")
        assert preview.refresh() is True
    assert "13.15–13.35" in preview.page("facilitator", None).decode("utf-8")
