"""The programme overview in each format: HTML, Markdown, PDF (Typst), Word, and a calendar.

Each draws the one view (``programme.view``); the calendar holds every workshop's days.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from planverksted.printable import visible_view
from planverksted.programme.analysis import ProgrammeAnalysis
from planverksted.programme.view import ProgrammeView, build_programme_view

FORMATS = ("html", "md", "pdf", "docx", "ics")
"""The formats of a programme overview, by the names ``render`` knows them."""


def render_programme(
    analysis: ProgrammeAnalysis,
    output_format: str,
    language: str | None = None,
    target: Path | None = None,
) -> str | bytes:
    """The programme of ``analysis`` (without errors) as ``output_format``."""
    if output_format not in FORMATS:
        raise ValueError(f"no programme overview as {output_format!r}")
    view = build_programme_view(analysis, language)
    if output_format in ("html", "md"):
        from planverksted.runsheet.templating import render_builtin_as

        return render_builtin_as(f"programme.{output_format}.j2", view, output_format)
    if output_format == "pdf":
        return _pdf(view)
    if output_format == "docx":
        return _docx(view)
    return _calendar(analysis, view, target)


def _pdf(view: ProgrammeView) -> bytes:
    from importlib.resources import as_file, files

    from planverksted import capped
    from planverksted.runsheet.formats.pdf import compile_pdf

    shown: Any = visible_view(view)
    labels = view["labels"]
    data = {
        "view": shown,
        "page_label": f"{labels['page']} {{page}} {labels['page_of']} {{pages}}",
    }
    resource = files("planverksted.templates").joinpath("programme.typ")
    with as_file(resource) as template:
        return compile_pdf(
            json.dumps(data, ensure_ascii=False, separators=(",", ":")),
            Path(template),
            title=view["page_title"],
            caps=capped.Caps(what="PDF"),
        )


def _docx(view: ProgrammeView) -> bytes:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    shown: Any = visible_view(view)
    labels = shown["labels"]
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.8))
    from planverksted.runsheet.formats.docx import _core, _fixed_zip, _set_language

    _set_language(document, shown["lang_tag"])
    core = document.core_properties
    core.title = _core(shown["page_title"])
    core.language = shown["lang_tag"]
    core.author = _core(shown["organiser"] or "")
    core.last_modified_by = ""
    core.revision = 1
    for name in ("created", "modified", "lastPrinted"):
        for child in list(core._element):
            if child.tag.endswith("}" + name):
                core._element.remove(child)
    document.add_paragraph(labels["programme_overview"]).runs[0].font.size = Pt(9)
    document.add_heading(shown["title"], 1)
    if shown["subtitle"]:
        document.add_paragraph(shown["subtitle"])
    for label, value in (
        (labels["programme_period"], shown["period"]),
        (labels["audience"], shown["audience"]),
        (labels["organiser"], shown["organiser"]),
    ):
        if value:
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{label}: ").bold = True
            paragraph.add_run(value)
    if shown["description"]:
        document.add_paragraph(shown["description"])
    if shown["goals"]:
        document.add_heading(labels["goals"], 2)
        for goal in shown["goals"]:
            paragraph = document.add_paragraph(f"{goal['number']}.\t{goal['text']}")
            served = paragraph.add_run(
                f"\n{labels['programme_served_by']}: {goal['workshops_text']}"
            )
            served.font.size = Pt(9)
    document.add_heading(labels["programme_workshops"], 2)
    headers = [
        labels["programme_date"],
        labels["time"],
        labels["venue"],
        labels["programme_workshop"],
        labels["programme_goals_served"],
        labels["programme_leads"],
        labels["programme_status"],
    ]
    widths = [4.4, 2.4, 3.0, 6.6, 1.5, 4.0, 3.0]
    table = document.add_table(rows=1, cols=len(headers))
    if "Table Grid" in [style.name for style in document.styles]:
        table.style = document.styles["Table Grid"]
    for cell, header, width in zip(table.rows[0].cells, headers, widths, strict=True):
        cell.width = Cm(width)
        cell.paragraphs[0].add_run(header).bold = True
    for workshop in shown["workshops"]:
        cells = table.add_row().cells
        values = [
            workshop["date"] or "–",
            workshop["time"] or "",
            workshop["venue"] or "",
            None,
            workshop["goals_text"],
            workshop["who_text"],
            workshop["status"],
        ]
        for cell, value, width in zip(cells, values, widths, strict=True):
            cell.width = Cm(width)
            if value is not None:
                cell.paragraphs[0].add_run(value)
        title = cells[3].paragraphs[0]
        title.add_run(workshop["title"]).bold = True
        if workshop["follows"]:
            run = title.add_run(f"\n{labels['programme_follows']}: {workshop['follows']}")
            run.font.size = Pt(9)
    document.add_paragraph(labels["made_with"]).runs[0].font.size = Pt(8.5)
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


def _calendar(analysis: ProgrammeAnalysis, view: ProgrammeView, target: Path | None) -> str:
    from planverksted.runsheet.formats import Job
    from planverksted.runsheet.formats.ics import render_programme as calendar

    jobs = [
        (entry.spec.file.strip(), Job(entry.analysis, "participant", view["lang"]))
        for entry in analysis.entries
        if entry.analysis is not None and entry.analysis.schedule is not None
    ]
    return calendar(jobs, view["title"], view["lang"], target)
