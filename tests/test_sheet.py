"""The sheet in the facilitator's hand: --layout compact, --no-findings, logo, footer, print wording."""

from __future__ import annotations

import base64
import re
import subprocess
from pathlib import Path

import pytest

from conftest import EXAMPLES
from invoking import planverksted
from planverksted.analysis import analyse_file
from planverksted.lint.registry import CODES
from planverksted.lint.rules.logo import LOGO_CAP
from planverksted.lint.severity import Severity
from planverksted.lint.wording import TEXTS
from planverksted.runsheet.formats.terminal import render_terminal
from planverksted.runsheet.templating import css_string
from planverksted.runsheet.view import build_context

SEED = EXAMPLES / "kommunestyre-tett-pa.yaml"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>'


def run(*args: object, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return planverksted(*args, cwd=cwd, env={"NO_COLOR": None, "COLUMNS": None})


# --layout compact and --no-findings, end to end.


def test_the_compact_run_sheet_end_to_end(tmp_path: Path) -> None:
    out = tmp_path / "kjoreplan.html"
    result = run("render", SEED, "--layout", "compact", "-o", out)
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert '<body class="facilitator layout-compact">' in html
    # The method's steps at their clock times, inline under their row, with the notes.
    assert (
        '<span class="step"><b>13.55–13.57</b> Reflekter <i>– Ta utgangspunkt i egen kommune'
    ) in html
    # Preparations come first; the findings sit on their rows, worded for the facilitator.
    assert html.index('id="preparations"') < html.index('id="agenda"')
    assert "13.15–13.20: 5 min uten plan" in html
    assert "start bolken kl. 13.15" not in html  # the check's hint: it stays in check
    # No goals, task cards or evaluation: those are in the full sheet.
    assert 'id="goals"' not in html and 'class="task"' not in html


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--layout", "compact", "--format", "md"],
            "planverksted: --layout compact finnes ikke for Markdown",
        ),
        (
            ["--layout", "compact", "-a", "participant", "-o", "x.html"],
            "planverksted: --layout compact er kjøreplanen til prosessleder på én side",
        ),
        (["--layout", "tiny", "-o", "x.html"], "planverksted: --layout kan ikke være «tiny»"),
    ],
)
def test_layout_usage_errors(tmp_path: Path, args: list[str], message: str) -> None:
    result = run("render", SEED, *args, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_no_findings_leaves_the_box_and_the_flags_out(tmp_path: Path) -> None:
    out = tmp_path / "kjoreplan.html"
    result = run("render", SEED, "--no-findings", "-o", out)
    assert result.returncode == 0
    html = out.read_text(encoding="utf-8")
    assert 'class="findings"' not in html and 'class="flag' not in html
    # The check still speaks, where the planner works: on standard error.
    assert "advarsel[gap]" in result.stderr
    markdown = run("render", SEED, "--no-findings", "--format", "md").stdout
    assert "Merknader" not in markdown and "⚠" not in markdown


def test_the_handout_never_has_findings() -> None:
    context = build_context(analyse_file(str(SEED)), audience="participant")
    assert context["findings"] == []
    rows = [
        row
        for day in context["days"]
        for block in day["blocks"]
        for row in [block, *block["parts"]]
    ]
    assert all(row["findings"] == [] for row in rows)


# Findings on paper: worded for the facilitator, times first, no file advice.

ABOUT_THE_FILE = {
    "unknown-person",
    "unknown-code",
    "logo-unreadable",
    "logo-too-large",
    "glyph-missing",
    "too-large-to-print",
    # A programme's findings: about the term's workshops, never on one workshop's sheet.
    "workshop-order",
    "workshop-no-date",
    "workshop-overlap",
    "follows-not-earlier",
}
"""Warnings about the file, not the day: check reports them; the printed sheet does not."""
PROGRAMME_TEXTS = {"goal-not-served.programme"}
"""A day's warning worded for a programme (its overview has no printed findings)."""


def message_texts(code: str) -> list[str]:
    return [
        text_id
        for text_id in TEXTS
        if (text_id == code or text_id.startswith(code + "."))
        and not text_id.endswith((".hint", ".print", ".none"))
    ]


def test_every_warning_about_the_day_has_a_print_wording() -> None:
    warnings = [name for name, code in CODES.items() if code.severity is Severity.WARNING]
    missing = [
        text_id
        for name in warnings
        if name not in ABOUT_THE_FILE
        for text_id in message_texts(name)
        if text_id not in PROGRAMME_TEXTS and f"{text_id}.print" not in TEXTS
    ]
    assert missing == []
    printed_about_the_file = [
        text_id
        for name in ABOUT_THE_FILE
        for text_id in message_texts(name)
        if f"{text_id}.print" in TEXTS
    ]
    assert printed_about_the_file == []


def test_print_wordings_have_no_linter_jargon() -> None:
    prints = {text_id: wording for text_id, wording in TEXTS.items() if text_id.endswith(".print")}
    assert prints
    for text_id, wording in prints.items():
        assert set(wording) == {"en", "nb", "nn"}, text_id
        for text in wording.values():
            # After the time ("13.15–13.20: "), with the slots for values taken out.
            words = re.sub(r"\{\w+\}", "", text.split(": ", 1)[-1])
            assert not re.search(r"checks|kind|\w+:\s|_|`|people|method ", words), text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nb",
            [
                "13.15–13.20: 5 min uten plan",
                "13.55–14.10: IGP tar 19 min, men det er satt av 15 min",
            ],
        ),
        (
            "nn",
            [
                "13.15–13.20: 5 min utan plan",
                "13.55–14.10: IGP tek 19 min, men det er sett av 15 min",
            ],
        ),
        (
            "en",
            [
                "13:15–13:20: 5 min with nothing planned",
                "13:55–14:10: IGP takes 19 min, but only 15 min is set aside",
            ],
        ),
    ],
)
def test_the_seeds_findings_on_paper(language: str, expected: list[str]) -> None:
    context = build_context(analyse_file(str(SEED)), language=language)
    assert [finding["text"] for finding in context["findings"]] == expected


def test_a_finding_about_the_file_stays_off_the_page(tmp_path: Path) -> None:
    source = tmp_path / "w.yaml"
    source.write_text(
        "planverksted: 1\ntitle: V\nstart: '9:00'\nagenda:\n  - {title: A, duration: 10, who: ordforr}\n",
        encoding="utf-8",
    )
    analysis = analyse_file(str(source))
    assert [f.code for f in analysis.findings] == ["unknown-person"]
    assert build_context(analysis)["findings"] == []


# The organiser's logo and the footer.


def workshop(folder: Path, extra: str) -> Path:
    source = folder / "verksted.yaml"
    source.write_text(
        "planverksted: 1\ntitle: Verksted\norganiser: Agder fylkeskommune\n"
        f"{extra}start: '9:00'\nagenda:\n  - {{title: Alt, duration: 10}}\n",
        encoding="utf-8",
    )
    return source


@pytest.mark.parametrize(
    ("name", "data", "media"), [("logo.png", PNG, "image/png"), ("logo.svg", SVG, "image/svg+xml")]
)
def test_the_logo_is_embedded_as_data(tmp_path: Path, name: str, data: bytes, media: str) -> None:
    (tmp_path / "grafikk").mkdir()
    (tmp_path / "grafikk" / name).write_bytes(data)
    source = workshop(tmp_path, f"organiser_logo: grafikk/{name}\n")
    out = tmp_path / "kjoreplan.html"
    # Run from elsewhere: the path is relative to the workshop file, not the working folder.
    result = run("render", source, "-o", out, cwd=tmp_path / "grafikk")
    assert result.returncode == 0 and result.stderr == f"planverksted: laget {out}\n"
    html = out.read_text(encoding="utf-8")
    encoded = base64.b64encode(data).decode()
    assert (
        f'<img class="logo" src="data:{media};base64,{encoded}" alt="Agder fylkeskommune">' in html
    )
    # An SVG is only ever an image: its script is inside base64 data, never in the page.
    assert "<script" not in html and "alert" not in html


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("mangler.png", None, "the logo mangler.png is not there"),
        ("logo.jpg", b"\xff\xd8\xff", "the logo logo.jpg is not a PNG or SVG file"),
        ("logo.png", b"GIF89a", "the logo logo.png is named .png but is not a PNG image"),
        ("logo.svg", b"<html></html>", "the logo logo.svg is named .svg but is not an SVG image"),
        ("stor.png", PNG + bytes(LOGO_CAP), "the logo stor.png is 513 KiB; the cap is 512 KiB"),
    ],
)
def test_a_logo_that_cannot_be_used_is_a_located_warning(
    tmp_path: Path, name: str, data: bytes | None, message: str
) -> None:
    if data is not None:
        (tmp_path / name).write_bytes(data)
    source = workshop(tmp_path, f"organiser_logo: {name}\n")
    # Marked English at its end (the lines stay where they were): check speaks its language.
    with source.open("a", encoding="utf-8") as end:
        end.write("language: en\n")
    checked = run("check", source)
    assert checked.returncode == 0  # a warning
    first = checked.stdout.splitlines()[0]
    code = "logo-too-large" if "cap" in message else "logo-unreadable"
    assert first == f"{source}:4:17: warning[{code}] {message}"
    # The sheet is still made, without a logo.
    out = tmp_path / "kjoreplan.html"
    rendered = run("render", source, "-o", out)
    assert rendered.returncode == 0
    assert "<img" not in out.read_text(encoding="utf-8")


def test_a_logo_folder_and_the_norwegian_wording(tmp_path: Path) -> None:
    (tmp_path / "logo.svg").mkdir()
    source = workshop(tmp_path, "language: nn\norganiser_logo: logo.svg\n")
    analysis = analyse_file(str(source))
    (finding,) = analysis.findings
    assert finding.message == "the logo logo.svg is a folder"
    from planverksted.lint.wording import in_language

    assert in_language(finding, "nn") == (
        "logoen logo.svg er ei mappe",
        "skriv stien til ei PNG- eller SVG-fil, rekna frå verkstadfila",
    )


def test_the_footer_on_screen_and_on_every_printed_page(tmp_path: Path) -> None:
    source = workshop(tmp_path, 'footer: "Kontakt: Kari </style> «planavdelinga»"\n')
    out = tmp_path / "kjoreplan.html"
    assert run("render", source, "-o", out).returncode == 0
    html = out.read_text(encoding="utf-8")
    assert '<p class="footer">Kontakt: Kari &lt;/style&gt; «planavdelinga»</p>' in html
    # In the page's margin box as a CSS string that nothing in it can end.
    assert (
        f"@bottom-left {{ content: {css_string('Kontakt: Kari </style> «planavdelinga»')}; }}"
        in html
    )
    assert html.count("</style>") == 2
    markdown = run("render", source, "--format", "md").stdout
    assert markdown.endswith("---\n\nKontakt: Kari &lt;/style&gt; «planavdelinga»\n")


def test_css_string_escapes_everything_but_letters_and_digits() -> None:
    assert css_string('a"b\\c</style>\nø') == '"a\\22 b\\5c c\\3c \\2f style\\3e  ø"'


# The terminal preview shows everything.


def test_the_preview_shows_everything_the_sheet_has() -> None:
    text = render_terminal(build_context(analyse_file(str(SEED))), width=80)
    for expected in (
        "Ønsket resultat",
        "•  Bedre forståelse av rammer og handlingsrom for lokalpolitikere",
        "Forberedelser",
        "☐  Post-it-lapper – Trengs kl. 13.55: Gruppearbeid",
        "Gruppeoppgave 1 · 13.55–14.10",
        "13.55–13.57  Reflekter",
        "Ta utgangspunkt i egen kommune",
        "Evaluering",
        "  1. Hvor nyttig er disse øvelsene for deg og din kommune?",
    ):
        assert expected in text, expected
    # At 80 columns the warnings get the width of the page, not a squeezed column.
    assert "⚠ Advarsel: 13.55–14.10: IGP tar 19 min, men det er satt av 15 min" in text


def test_the_handout_shows_the_method_steps_without_the_facilitators_notes(tmp_path: Path) -> None:
    out = tmp_path / "program.html"
    assert run("render", SEED, "--audience", "participant", "-o", out).returncode == 0
    html = out.read_text(encoding="utf-8")
    assert '<th scope="row" class="time">13.55–13.57</th>\n<td>Reflekter</td>' in html
    assert "Ta utgangspunkt i egen kommune" not in html
    assert "Korte innlegg" not in html  # a block's notes
