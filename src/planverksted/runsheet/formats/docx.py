"""Word (.docx): the run-sheet or handout to edit, with real headings, tables and language.

Made with python-docx from the view model: the title and sections in Word's own heading
styles ("Heading 1", shown as "Overskrift 1" in a Norwegian Word), the agenda and method
steps as real tables whose header row repeats on each page and whose rows never split
(``w:tblHeader``, ``w:cantSplit``; a block's rows are kept together too), and the proofing
language (nb-NO, nn-NO, en-GB) set on the document's defaults and on every style, so that
Word checks the spelling with the right dictionary. ``--reference-docx kommunemal.docx``
starts from the municipality's own document or template (.docx or .dotx): its styles, page
and headers are kept, its body is replaced. The same input gives the same bytes: the
document has no creation date, and the package's entries carry a fixed timestamp.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planverksted import i18n
from planverksted.printable import visible_view
from planverksted.runsheet.formats import Job, OutputFormat

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import Table, _Cell, _Row
    from docx.text.paragraph import Paragraph

    from planverksted.runsheet.view import Day, Person, Row, Task, View

FORMAT = OutputFormat(
    "docx",
    suffixes=(".docx",),
    binary=True,
    to_file="only",
    extra="docx",
    requires=("docx",),
    rank=50,
    summary="a Word document, to edit and file",
)


ZIP_TIMESTAMP = (1980, 1, 1, 0, 0, 0)
"""Every entry of the package gets this time (the earliest a zip holds): same input, same bytes."""

MUTED = "4A5360"
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")


def prepare(job: Job) -> None:
    """Import python-docx once, in the command's process."""
    import docx  # noqa: F401


def render(job: Job) -> bytes:
    """The job's run-sheet or handout as the bytes of a .docx file."""
    reference = job.options.get("reference_docx")
    if not reference:
        return _render(job, _blank(), reference=False)
    from planverksted.runsheet.reference_docx import open_reference, unusable

    document = open_reference(Path(reference))
    try:
        return _render(job, document, reference=True)
    except (ValueError, KeyError, IndexError, AttributeError, TypeError, LookupError) as error:
        # python-docx opened the document but meets in it what it cannot write into (a
        # style of an unknown type, a part that points nowhere): the document's fault.
        raise unusable(Path(reference)) from error


def _render(job: Job, document: Document, *, reference: bool) -> bytes:
    # Control characters from the file as escapes (\x1b): Word's XML cannot hold them.
    view = visible_view(job.view)
    if not reference and view["workshop"]["footer"]:
        # The workshop's footer line on every page (a municipality's own document keeps its).
        for section in document.sections:
            section.footer.paragraphs[0].text = view["workshop"]["footer"]
    _set_language(document, i18n.catalogue(view["lang"]).LANGUAGE_TAG)
    _set_properties(document, view)
    _Writer(document, view).write()
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


def _blank() -> Document:
    import docx
    from docx.shared import Cm

    document = docx.Document()
    for section in document.sections:
        # python-docx's own template is US Letter; a Norwegian office prints on A4.
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2)
        section.top_margin = section.bottom_margin = Cm(2)
    return document


def _set_language(document: Document, tag: str) -> None:
    """``w:lang`` on the defaults of every run and on every style that has run properties."""
    from docx.oxml.ns import qn

    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = styles.makeelement(qn("w:docDefaults"), {})
        styles.insert(0, defaults)
    run_default = defaults.find(qn("w:rPrDefault"))
    if run_default is None:
        run_default = defaults.makeelement(qn("w:rPrDefault"), {})
        defaults.insert(0, run_default)
    properties = run_default.find(qn("w:rPr"))
    if properties is None:
        properties = run_default.makeelement(qn("w:rPr"), {})
        run_default.append(properties)
    _put_lang(properties, tag)
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:type")) in ("paragraph", "character", "table"):
            run_properties = style.get_or_add_rPr()
            _put_lang(run_properties, tag)


def _put_lang(properties: Any, tag: str) -> None:
    from docx.oxml.ns import qn

    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = properties.makeelement(qn("w:lang"), {})
        # The schema orders run properties: w:lang comes before these three, after the rest.
        later = [properties.find(qn(name)) for name in _AFTER_LANG]
        following = next((element for element in later if element is not None), None)
        if following is None:
            properties.append(lang)
        else:
            following.addprevious(lang)
    # Only the language of Latin text: East Asian and complex-script text keep theirs.
    lang.set(qn("w:val"), tag)


def _picture(encoded: str) -> bytes | None:
    """The PNG's bytes when Word can show them (python-docx reads its size), else None.

    check refuses a broken logo already; this holds for any image that reaches here, so
    a picture python-docx cannot read leaves the logo out instead of stopping the document.
    """
    import base64
    import binascii

    try:
        blob = base64.b64decode(encoded, validate=False)
    except (binascii.Error, ValueError):
        return None
    from docx.image.image import Image

    try:
        image = Image.from_blob(blob)
        usable = image.px_width > 0 and image.px_height > 0
    except Exception:  # python-docx's image parser on any bytes (struct.error and its own)
        return None
    return blob if usable else None


CORE_LENGTH = 255
"""The most characters a document property (title, subject, author) may have in Word."""


def _core(text: str) -> str:
    """``text`` as a document property: on one line, shortened with … to :data:`CORE_LENGTH`."""
    text = " ".join(text.split())
    return text if len(text) <= CORE_LENGTH else text[: CORE_LENGTH - 1] + "…"


def _set_properties(document: Document, view: View) -> None:
    """Title, language and author; no dates (they would make every render different)."""
    core = document.core_properties
    core.title = _core(view["page_title"])
    core.language = i18n.catalogue(view["lang"]).LANGUAGE_TAG
    core.subject = _core(view["workshop"]["subtitle"] or "")
    core.author = _core(view["workshop"]["organiser"] or "")
    core.last_modified_by = ""
    core.comments = ""
    core.revision = 1
    element = core._element
    for name in ("created", "modified", "lastPrinted"):
        for child in list(element):
            if child.tag.endswith("}" + name):
                element.remove(child)


def _fixed_zip(data: bytes) -> bytes:
    """The package again, every entry with :data:`ZIP_TIMESTAMP` (python-docx stamps now)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as package,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for info in package.infolist():
            entry = zipfile.ZipInfo(info.filename, ZIP_TIMESTAMP)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            copy.writestr(entry, package.read(info))
    return out.getvalue()


class _Writer:
    """Writes the view into a document, section by section, in the order of the HTML."""

    def __init__(self, document: Document, view: View) -> None:
        self.document = document
        self.view = view
        self.labels: dict[str, str] = view["labels"]
        self.facilitator: bool = view["facilitator"]
        self.styles = {style.name for style in document.styles}
        self.written: list[Any] = []
        self.style_cache: dict[str, Any] = {}

    def write(self) -> None:
        view, labels = self.view, self.labels
        workshop = view["workshop"]
        self.logo(workshop["logo"], workshop["organiser"] or workshop["title"])
        self.muted(self.paragraph(), view["document_for"])
        self.heading(workshop["title"], 1)
        if workshop["subtitle"]:
            self.paragraph(workshop["subtitle"], "Subtitle")
        for fact in view["facts"]:
            paragraph = self.paragraph()
            paragraph.add_run(f"{fact['label']}: ").bold = True
            paragraph.add_run(fact["value"])
        if workshop["description"]:
            self.paragraph(workshop["description"])
        # The sections in the order of the HTML run-sheet.
        if view["preparations"]:
            self.heading(labels["preparations"], 2)
            for entry in view["preparations"]:
                paragraph = self.paragraph("☐ " + entry["item"] + " ")
                self.muted(paragraph, f"{labels['needed_for']} {entry['needed_for']}")
        if view["findings"]:
            self.heading(labels["findings"], 2)
            for finding in view["findings"]:
                paragraph = self.paragraph()
                paragraph.add_run(f"{finding['severity_label']}: ").bold = True
                paragraph.add_run(finding["text"])
        if view["goals"]:
            self.heading(labels["goals"], 2)
            if view["coverage"]:
                self.numbered(view["goals"])
            else:
                self.bullets(view["goals"])
        self.heading(labels["agenda"], 2)
        for day in view["days"]:
            if view["multi_day"]:
                self.heading(day["heading"], 3)
            self.agenda(day)
        if view["coverage"]:
            self.coverage()
        # The facilitator's evaluation is a short list after the agenda; the participants'
        # is a form at the end.
        if view["evaluation"] and self.facilitator:
            self.evaluation()
        if view["group_tasks"]:
            self.heading(labels["group_work"], 2)
            for task in view["group_tasks"]:
                self.task(task)
        if view["evaluation"] and not self.facilitator:
            self.evaluation()
        self.muted(self.paragraph(), labels["made_with"])
        self.finish()

    def logo(self, uri: str | None, name: str) -> None:
        """The organiser's logo, when it is a PNG (Word shows no SVG without a PNG beside it)."""
        from docx.shared import Cm

        header, _, encoded = (uri or "").partition(",")
        if header != "data:image/png;base64":
            return
        blob = _picture(encoded)
        if blob is None:
            return
        self.document.add_picture(io.BytesIO(blob), height=Cm(1.6))
        picture = self.document.inline_shapes[-1]._inline
        picture.docPr.set("descr", name)  # the alternative text

    def coverage(self) -> None:
        """Each goal, the blocks that serve it and the minutes spent on it."""
        labels = self.labels
        self.heading(labels["coverage"], 2)
        headers = [labels["coverage_goal"], labels["coverage_blocks"], labels["coverage_minutes"]]
        widths = [6.5, 8.0, 2.5]
        table = self.table(headers, widths)
        for goal in self.view["coverage"]:
            _, cells = self.row(table, widths)
            text = cells[0].paragraphs[0]
            text.add_run(f"{goal['number']}. ").bold = True
            text.add_run(goal["text"])
            for number, use in enumerate(goal["blocks"]):
                paragraph = cells[1].paragraphs[0] if number == 0 else cells[1].add_paragraph()
                paragraph.add_run(use["text"])
            if not goal["blocks"]:
                cells[1].paragraphs[0].add_run(labels["coverage_none"]).italic = True
            cells[2].paragraphs[0].add_run(goal["duration"])
        self.flush()

    def evaluation(self) -> None:
        self.heading(self.labels["evaluation"], 2)
        if not self.facilitator:
            self.paragraph(self.labels["evaluation_intro"])
        self.numbered(self.view["evaluation"], lines=0 if self.facilitator else 2)

    # Paragraphs.

    def style(self, name: str) -> Any:
        """The document's style ``name`` (looked up once), or None when it has none."""
        if name not in self.style_cache:
            self.style_cache[name] = self.document.styles[name] if name in self.styles else None
        return self.style_cache[name]

    def paragraph(self, text: str = "", style: str | None = None) -> Paragraph:
        return self.document.add_paragraph(text, self.style(style) if style else None)

    def heading(self, text: str, level: int) -> Paragraph:
        """A paragraph in Word's own heading style ("Heading 1" …), bold text without one."""
        if f"Heading {level}" in self.styles:
            return self.paragraph(text, f"Heading {level}")
        paragraph = self.paragraph()
        paragraph.add_run(text).bold = True
        return paragraph

    def muted(self, paragraph: Paragraph, text: str) -> None:
        from docx.shared import Pt, RGBColor

        run = paragraph.add_run(text)
        run.font.size = Pt(8.5)
        run.font.color.rgb = RGBColor.from_string(MUTED)

    def bullets(self, items: Iterable[str]) -> None:
        for item in items:
            if "List Bullet" in self.styles:
                self.paragraph(item, "List Bullet")
            else:
                self.paragraph("• " + item)

    def numbered(self, items: Iterable[str], *, lines: int = 0) -> None:
        """Numbered in the text itself, so each list starts at 1 whatever the template's lists."""
        from docx.shared import Cm

        for number, item in enumerate(items, 1):
            paragraph = self.paragraph(f"{number}.\t{item}")
            paragraph.paragraph_format.left_indent = Cm(0.7)
            paragraph.paragraph_format.first_line_indent = Cm(-0.7)
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(0.7))
            for _ in range(lines):
                self._writing_line()

    def _writing_line(self) -> None:
        """An empty line with a rule under it, to write on."""
        from docx.oxml.ns import qn

        paragraph = self.paragraph()
        borders = paragraph._p.get_or_add_pPr().makeelement(qn("w:pBdr"), {})
        bottom = borders.makeelement(
            qn("w:bottom"),
            {qn("w:val"): "single", qn("w:sz"): "4", qn("w:space"): "1", qn("w:color"): "B9C1CC"},
        )
        borders.append(bottom)
        paragraph._p.get_or_add_pPr().append(borders)

    # Tables.

    def table(self, headers: list[str], widths: list[float]) -> Table:
        from docx.shared import Cm

        table: Table = self.document.add_table(rows=1, cols=len(headers))
        if "Table Grid" in self.styles:
            table.style = self.style("Table Grid")
        table.autofit = False
        # The grid (what LibreOffice reads) and each cell (what Word reads) get the widths.
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Cm(width)
        for cell, header, width in zip(table.rows[0].cells, headers, widths, strict=True):
            cell.width = Cm(width)
            cell.paragraphs[0].add_run(header).bold = True
        _repeat_header(table.rows[0])
        _cant_split(table.rows[0])
        return table

    def row(self, table: Table, widths: list[float]) -> tuple[_Row, list[_Cell]]:
        """A new row at the end of ``table``, and its cells."""
        from docx.shared import Cm

        row: _Row = table.add_row()  # type: ignore[no-untyped-call]
        _cant_split(row)
        cells = _cells(row, table)
        for cell, width in zip(cells, widths, strict=True):
            cell.width = Cm(width)
        return row, cells

    def agenda(self, day: Day) -> None:
        labels = self.labels
        headers = [labels["time"], labels["what"], labels["kind"], labels["who"]]
        widths = [2.6, 7.2, 2.6, 4.6]
        if self.facilitator:
            headers.append(labels["notes"])
            widths = [2.3, 5.4, 2.2, 3.6, 3.5]
        table = self.table(headers, widths)
        for block in day["blocks"]:
            rows: list[list[_Cell]] = []
            for item in [block, *block["parts"]]:
                _, cells = self.row(table, widths)
                rows.append(cells)
                self.agenda_row(cells, item)
                for finding in item["findings"]:
                    _, flag = self.row(table, widths)
                    rows.append(flag)
                    merged = flag[1].merge(flag[-1])
                    paragraph = merged.paragraphs[0]
                    paragraph.add_run(f"{finding['severity_label']}: ").bold = True
                    paragraph.add_run(finding["text"])
            # A block and its parts stay on one page: every row keeps with the next but the last.
            for cells in rows[:-1]:
                for cell in cells:
                    for paragraph in cell.paragraphs:
                        paragraph.paragraph_format.keep_with_next = True
            self.flush()

    def agenda_row(self, cells: list[_Cell], item: Row) -> None:
        from docx.shared import Cm

        labels = self.labels
        time = cells[0].paragraphs[0]
        time.add_run(item["time"]).bold = not item["is_part"]
        self.muted(cells[0].add_paragraph(), item["duration"])
        what = cells[1].paragraphs[0]
        what.add_run(item["title"]).bold = not item["is_part"]
        if item["is_part"]:
            what.paragraph_format.left_indent = Cm(0.4)
        if item["description"]:
            cells[1].add_paragraph(item["description"])
        if item["task"] is not None:
            self.muted(cells[1].add_paragraph(), f"{labels['task']} {item['task']}")
        if item["materials"]:
            self.muted(
                cells[1].add_paragraph(), f"{labels['materials']}: {', '.join(item['materials'])}"
            )
        if item["link"]:
            self.muted(cells[1].add_paragraph(), f"{labels['link']}: {item['link']}")
        if item["goals_text"]:
            self.muted(cells[1].add_paragraph(), f"{labels['goal_numbers']}: {item['goals_text']}")
        cells[2].paragraphs[0].add_run(item["kind_label"])
        self.people(cells[3], item["who"])
        if self.facilitator:
            notes = cells[4].paragraphs[0]
            if item["facilitator_only"]:
                notes.add_run(labels["facilitator_only"]).italic = True
                if item["notes"]:
                    notes = cells[4].add_paragraph()
            if item["notes"]:
                notes.add_run(item["notes"])

    def people(self, cell: _Cell, people: list[Person]) -> None:
        for number, person in enumerate(people):
            paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
            paragraph.add_run(person["name"])
            if person["detail"]:
                self.muted(cell.add_paragraph(), person["detail"])

    def task(self, task: Task) -> None:
        labels = self.labels
        meta = self.paragraph()
        meta.add_run(task["heading"]).bold = True
        details = [task["time"], *([task["day"]] if task["day"] else []), task["duration"]]
        meta.add_run(" · " + " · ".join(details))
        meta.paragraph_format.keep_with_next = True
        title = task["title"]
        if task["part_of"]:
            title += f" ({labels['part_of']}: {task['part_of']})"
        self.heading(title, 3)
        if task["description"]:
            self.paragraph(task["description"])
        if task["notes"]:
            paragraph = self.paragraph()
            paragraph.add_run(f"{labels['notes']}: ").bold = True
            paragraph.add_run(task["notes"])
        if task["questions"]:
            paragraph = self.paragraph()
            title = f": {task['questions_title']}" if task["questions_title"] else ""
            paragraph.add_run(labels["questions"] + title).bold = True
            paragraph.paragraph_format.keep_with_next = True
            self.numbered(task["questions"], lines=0 if self.facilitator else 1)
        method = task["method"]
        if method:
            paragraph = self.paragraph()
            paragraph.add_run(f"{labels['method']}: {method['name']}").bold = True
            if method["description"]:
                paragraph.add_run(f" – {method['description']}")
            paragraph.add_run(f" ({method['total']})")
            paragraph.paragraph_format.keep_with_next = True
            headers = [labels["time"], labels["step"]]
            widths = [3.0, 14.0]
            if self.facilitator:
                headers.append(labels["notes"])
                widths = [3.0, 6.5, 7.5]
            table = self.table(headers, widths)
            for step in method["steps"]:
                _, cells = self.row(table, widths)
                cells[0].paragraphs[0].add_run(step["time"])
                cells[1].paragraphs[0].add_run(step["title"])
                if self.facilitator and step["note"]:
                    cells[2].paragraphs[0].add_run(step["note"])
        for finding in task["findings"]:
            paragraph = self.paragraph()
            paragraph.add_run(f"{finding['severity_label']}: ").bold = True
            paragraph.add_run(finding["text"])
        self.flush()

    def flush(self) -> None:
        """Move what is written out of the body, to put back at the end.

        python-docx finds where a new paragraph goes by walking the body's children, so a
        body of n paragraphs costs n² to write; kept short, it costs n.
        """
        body = self.document.element.body
        for child in list(body):
            if not child.tag.endswith("}sectPr"):
                body.remove(child)
                self.written.append(child)

    def finish(self) -> None:
        """Put everything written back into the body, before its section properties."""
        self.flush()
        body = self.document.element.body
        ending = body[-1] if len(body) and body[-1].tag.endswith("}sectPr") else None
        for child in self.written:
            if ending is None:
                body.append(child)
            else:
                ending.addprevious(child)


def _cells(row: _Row, table: Table) -> list[_Cell]:
    """The cells of a row just made (python-docx's ``row.cells`` walks the whole table)."""
    from docx.table import _Cell

    return [_Cell(tc, table) for tc in row._tr.tc_lst]


def _repeat_header(row: _Row) -> None:
    """The row repeats at the top of each page the table runs onto (``w:tblHeader``)."""
    _row_flag(row, "w:tblHeader")


def _cant_split(row: _Row) -> None:
    """The row is never broken across two pages (``w:cantSplit``)."""
    _row_flag(row, "w:cantSplit")


def _row_flag(row: _Row, name: str) -> None:
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    if properties.find(qn(name)) is None:
        properties.append(properties.makeelement(qn(name), {}))
