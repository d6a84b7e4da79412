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
from planverksted.runsheet.columns import Column, Text, fit, texts
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


DETAIL = "Detail"
"""The character style of small, muted text (durations, roles, materials): a reference
document restyles it by defining a character style of this name."""
STRONG, EMPHASIS = "Strong", "Emphasis"
"""Word's own character styles for bold labels and times, and for italic remarks."""
TABLE = "Run-sheet Table"
"""The table style of every table (based on Word's "Table Grid"; its first row bold)."""
PADDING = 0.45 * 28.35
"""Room a column's text leaves inside its cell, in points: Word's cell margins (0.19 cm a
side) and a little to spare."""


class _Writer:
    """Writes the view into a document, section by section, in the order of the HTML."""

    def __init__(self, document: Document, view: View) -> None:
        self.document = document
        self.view = view
        self.labels: dict[str, str] = view["labels"]
        self.facilitator: bool = view["facilitator"]
        self.written: list[Any] = []
        self.style_cache: dict[str, Any] = {}
        self.style_ids: dict[str, str | None] = {}
        # The file's own text is marked with the file's language wherever the document
        # speaks another (as the HTML marks it lang="nb"), so Word checks its spelling
        # with the right dictionary.
        text_lang = view["text_lang"]
        self.own_tag = i18n.catalogue(text_lang).LANGUAGE_TAG if text_lang else None
        _add_styles(document)
        self.styles = {style.name for style in document.styles}
        self.size = _body_size(document)
        # What a table's text is set in: its style's size, else the body's.
        table_font = document.styles[TABLE].font.size
        self.table_size = float(table_font.pt) if table_font is not None else self.size
        section = document.sections[-1]
        width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
        self.text_width = width / 12700 if width > 0 else 481.9  # EMU to points; A4 less 2 cm

    def write(self) -> None:
        view, labels = self.view, self.labels
        workshop = view["workshop"]
        self.logo(workshop["logo"], workshop["organiser"] or workshop["title"])
        self.add(self.paragraph(), view["document_for"], DETAIL)
        self.heading(workshop["title"], 1, own=True)
        if workshop["subtitle"]:
            self.paragraph(workshop["subtitle"], "Subtitle", own=True)
        for fact in view["facts"]:
            paragraph = self.paragraph()
            self.add(paragraph, f"{fact['label']}: ", STRONG)
            self.add(paragraph, fact["value"], own=fact["key"] not in ("date", "time"))
        if workshop["description"]:
            self.paragraph(workshop["description"], own=True)
        # The sections in the order of the HTML run-sheet.
        if view["preparations"]:
            self.heading(labels["preparations"], 2)
            for entry in view["preparations"]:
                paragraph = self.paragraph("☐ ")
                self.add(paragraph, entry["item"], own=True)
                self.add(paragraph, " ")
                for number, use in enumerate(entry["uses"]):
                    self.add(paragraph, ("; " if number else labels["needed_for"] + " "), DETAIL)
                    self.add(paragraph, use["when"] + ": ", DETAIL)
                    self.add(paragraph, use["title"], DETAIL, own=True)
        if view["findings"]:
            self.heading(labels["findings"], 2)
            for finding in view["findings"]:
                self.finding(self.paragraph(), finding)
        if view["goals"]:
            self.heading(labels["goals"], 2)
            if view["coverage"]:
                self.numbered(view["goals"])
            else:
                self.bullets(view["goals"])
        self.heading(labels["agenda"], 2)
        for day in view["days"]:
            if view["multi_day"]:
                heading = self.heading(day["heading"], 3)
                # Each day of several starts a page, as on the printed HTML and the PDF.
                heading.paragraph_format.page_break_before = day["number"] > 1
            self.agenda(day)
            self.tracks(day)
        if view["coverage"]:
            self.coverage()
        # The facilitator's evaluation is a short list after the agenda; the participants'
        # is a form on a page of its own at the end, with the workshop's title and date.
        if view["evaluation"] and self.facilitator:
            self.evaluation()
        if view["group_tasks"]:
            self.heading(labels["group_work"], 2)
            for task in view["group_tasks"]:
                self.task(task)
        if view["evaluation"] and not self.facilitator:
            self.evaluation()
        self.add(self.paragraph(), labels["made_with"], DETAIL)
        self.finish()

    def logo(self, uri: str | None, name: str) -> None:
        """The organiser's logo, when it is a PNG (Word shows no SVG without a PNG beside it).

        It stands in a paragraph of its own above the title (nothing flows beside it), fitted
        into 4.5 × 1.6 cm whatever its shape.
        """
        from docx.shared import Cm

        header, _, encoded = (uri or "").partition(",")
        if header != "data:image/png;base64":
            return
        blob = _picture(encoded)
        if blob is None:
            return
        from docx.image.image import Image

        image = Image.from_blob(blob)
        box_width, box_height = Cm(4.5), Cm(1.6)
        if image.px_width * box_height > image.px_height * box_width:
            self.document.add_picture(io.BytesIO(blob), width=box_width)
        else:
            self.document.add_picture(io.BytesIO(blob), height=box_height)
        picture = self.document.inline_shapes[-1]._inline
        picture.docPr.set("descr", name)  # the alternative text

    def coverage(self) -> None:
        """Each goal, the blocks that serve it and the minutes spent on it."""
        labels, size = self.labels, self.table_size
        self.heading(labels["coverage"], 2)
        headers = [labels["coverage_goal"], labels["coverage_blocks"], labels["coverage_minutes"]]
        coverage = self.view["coverage"]
        widths = self.widths(
            [
                Column(texts([g["text"] for g in coverage], size), rest=True),
                Column(texts([u["text"] for g in coverage for u in g["blocks"]], size), 0.4),
                Column([Text(g["duration"], size, whole=True) for g in coverage], 0.2),
            ],
            headers,
        )
        table = self.table(headers, widths)
        for goal in coverage:
            _, cells = self.row(table, widths)
            text = cells[0].paragraphs[0]
            self.add(text, f"{goal['number']}. ", STRONG)
            self.add(text, goal["text"], own=True)
            for number, use in enumerate(goal["blocks"]):
                paragraph = cells[1].paragraphs[0] if number == 0 else cells[1].add_paragraph()
                self.add(paragraph, use["text"], own=True)
            if not goal["blocks"]:
                self.add(cells[1].paragraphs[0], labels["coverage_none"], EMPHASIS)
            self.add(cells[2].paragraphs[0], goal["duration"])
        self.flush()

    def evaluation(self) -> None:
        if not self.facilitator:
            workshop = self.view["workshop"]
            # The form to tear off: a page of its own, headed by the workshop and its date.
            form_for = self.paragraph()
            form_for.paragraph_format.page_break_before = True
            _keep_with_next(form_for)
            self.add(form_for, workshop["title"], STRONG, own=True)
            if workshop["date"]:
                self.add(form_for, " · " + workshop["date"], STRONG)
        self.heading(self.labels["evaluation"], 2)
        if not self.facilitator:
            self.paragraph(self.labels["evaluation_intro"])
        self.numbered(self.view["evaluation"], lines=0 if self.facilitator else 2)

    # Paragraphs and runs.

    def style(self, name: str) -> Any:
        """The document's style ``name`` (looked up once), or None when it has none."""
        if name not in self.style_cache:
            self.style_cache[name] = self.document.styles[name] if name in self.styles else None
        return self.style_cache[name]

    def style_id(self, name: str, kind: Any) -> str | None:
        """The id a paragraph or run of style ``name`` (of ``kind``) is marked with: None for
        the document's default or a style it has not. Looked up once a style: python-docx
        looks for the default style among all of them at every run it styles."""
        key = f"{kind}:{name}"
        if key not in self.style_ids:
            style = self.style(name)
            self.style_ids[key] = (
                None if style is None else self.document.part.get_style_id(style, kind)  # type: ignore[no-untyped-call]
            )
        return self.style_ids[key]

    def add(
        self, paragraph: Paragraph, text: str, style: str | None = None, *, own: bool = False
    ) -> Any:
        """A run of ``text`` in the character ``style``; the file's own text in its language."""
        from docx.enum.style import WD_STYLE_TYPE

        run = paragraph.add_run(text)
        if style:
            _run_style(run._r, self.style_id(style, WD_STYLE_TYPE.CHARACTER))
        if own and self.own_tag:
            _put_lang(run._r.get_or_add_rPr(), self.own_tag)
        return run

    def paragraph(
        self, text: str = "", style: str | None = None, *, own: bool = False
    ) -> Paragraph:
        from docx.enum.style import WD_STYLE_TYPE

        paragraph = self.document.add_paragraph("")
        if style:
            paragraph._p.style = self.style_id(style, WD_STYLE_TYPE.PARAGRAPH)
        if text:
            self.add(paragraph, text, own=own)
        return paragraph

    def heading(self, text: str, level: int, *, own: bool = False) -> Paragraph:
        """A paragraph in Word's own heading style ("Heading 1" …), bold text without one."""
        if f"Heading {level}" in self.styles:
            return self.paragraph(text, f"Heading {level}", own=own)
        paragraph = self.paragraph()
        self.add(paragraph, text, STRONG, own=own)
        return paragraph

    def finding(self, paragraph: Paragraph, finding: Any) -> None:
        self.add(paragraph, f"{finding['severity_label']}: ", STRONG)
        self.add(paragraph, finding["text"])

    def bullets(self, items: Iterable[str]) -> None:
        for item in items:
            if "List Bullet" in self.styles:
                self.paragraph(item, "List Bullet", own=True)
            else:
                paragraph = self.paragraph("• ")
                self.add(paragraph, item, own=True)

    def numbered(self, items: Iterable[str], *, lines: int = 0) -> None:
        """Numbered in the text itself, so each list starts at 1 whatever the template's lists."""
        from docx.shared import Cm

        for number, item in enumerate(items, 1):
            paragraph = self.paragraph(f"{number}.\t")
            self.add(paragraph, item, own=True)
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

    def widths(self, columns: list[Column], headers: list[str]) -> list[float]:
        """Each column's width in points: its content's, the header's word included."""
        with_headers = [
            Column(
                [*column.texts, Text(header, self.table_size, bold=True)], column.share, column.rest
            )
            for column, header in zip(columns, headers, strict=True)
        ]
        return fit(with_headers, self.text_width, PADDING)

    def table(self, headers: list[str], widths: list[float], *, repeat: bool = True) -> Table:
        """A table in the Run-sheet Table style; its header row repeats on each page if asked."""
        from docx.shared import Pt

        table: Table = self.document.add_table(rows=1, cols=len(headers))
        table.style = self.style(TABLE)
        table.autofit = False
        # The grid (what LibreOffice reads) and each cell (what Word reads) get the widths.
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Pt(width)
        for cell, header, width in zip(table.rows[0].cells, headers, widths, strict=True):
            cell.width = Pt(width)
            self.add(cell.paragraphs[0], header, STRONG)
        if repeat:
            _repeat_header(table.rows[0])
        _cant_split(table.rows[0])
        return table

    def row(self, table: Table, widths: list[float]) -> tuple[_Row, list[_Cell]]:
        """A new row at the end of ``table``, and its cells."""
        from docx.shared import Pt

        row = _add_row(table)
        _cant_split(row)
        cells = _cells(row, table)
        for cell, width in zip(cells, widths, strict=True):
            if cell.width != Pt(width):  # it has the grid's width: the same, as a rule
                cell.width = Pt(width)
        return row, cells

    def agenda_columns(self, day: Day) -> tuple[list[str], list[float]]:
        """The agenda's headers and its columns' widths, sized to this day's content."""
        labels, size = self.labels, self.table_size
        small = DETAIL_SIZE
        rows = [row for block in day["blocks"] for row in [block, *block["parts"]]]
        people = [person for row in rows for person in row["who"]]
        headers = [labels["time"], labels["what"], labels["kind"], labels["who"]]
        columns = [
            # A time is never broken: "13.00–13.10" on one line.
            Column([Text(row["time"], size, bold=True, whole=True) for row in rows]),
            Column(texts([row["title"] for row in rows], size, bold=True), rest=True),
            Column(texts([row["kind_label"] for row in rows], size), 0.2),
            Column(
                texts([p["name"] for p in people], size)
                + texts([p["detail"] for p in people], small),
                0.25,
            ),
        ]
        if self.facilitator:
            headers.append(labels["notes"])
            notes = [
                labels["facilitator_only"] if row["facilitator_only"] else None for row in rows
            ]
            # Notes are set small (as the printed HTML sets them): the titles get the room.
            columns.append(Column(texts([row["notes"] for row in rows] + notes, small), 0.22))
        return headers, self.widths(columns, headers)

    def agenda(self, day: Day) -> None:
        headers, widths = self.agenda_columns(day)
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
                    self.finding(merged.paragraphs[0], finding)
            # A block and its parts stay on one page: every row keeps with the next but the last.
            for cells in rows[:-1]:
                for cell in cells:
                    for paragraph in cell.paragraphs:
                        _keep_with_next(paragraph)
            self.flush()

    def tracks(self, day: Day) -> None:
        """Each block's parallel tracks as a table: track, room, time, who (seating, #22)."""
        labels, size = self.labels, self.table_size
        for block in day["blocks"]:
            tracks = block.get("tracks")
            if not tracks:
                continue
            paragraph = self.paragraph()
            self.add(paragraph, block["title"], STRONG, own=True)
            self.add(paragraph, f" – {labels['seating_parallel']}")
            _keep_with_next(paragraph)
            headers = [
                labels["seating_track"],
                labels["seating_room"],
                labels["time"],
                labels["who"],
            ]
            widths = self.widths(
                [
                    Column(
                        texts([t["title"] for t in tracks], size, bold=True)
                        + texts([t["description"] for t in tracks], size)
                        + texts([t["notes"] for t in tracks], size),
                        rest=True,
                    ),
                    Column(texts([t["room"] for t in tracks], size), 0.25),
                    Column([Text(t["time"], size, whole=True) for t in tracks]),
                    Column(texts([t["who_text"] for t in tracks], size), 0.3),
                ],
                headers,
            )
            table = self.table(headers, widths)
            for track in tracks:
                _, cells = self.row(table, widths)
                self.add(cells[0].paragraphs[0], track["title"], STRONG, own=True)
                if track["description"]:
                    self.add(cells[0].add_paragraph(), track["description"], own=True)
                if track["notes"]:  # only ever there for the facilitator
                    self.add(cells[0].add_paragraph(), track["notes"], DETAIL, own=True)
                self.add(cells[1].paragraphs[0], track["room"] or "", own=True)
                self.add(cells[2].paragraphs[0], track["time"])
                self.add(cells[3].paragraphs[0], track["who_text"], own=True)
            self.flush()

    def agenda_row(self, cells: list[_Cell], item: Row) -> None:
        from docx.shared import Cm

        labels = self.labels
        time = cells[0].paragraphs[0]
        self.add(time, item["time"], None if item["is_part"] else STRONG)
        if self.facilitator:
            self.add(cells[0].add_paragraph(), item["duration"], DETAIL)
        what = cells[1].paragraphs[0]
        self.add(what, item["title"], None if item["is_part"] else STRONG, own=True)
        if item["is_part"]:
            what.paragraph_format.left_indent = Cm(0.4)
        if item["description"]:
            self.add(cells[1].add_paragraph(), item["description"], own=True)
        if item["task"] is not None:
            self.add(cells[1].add_paragraph(), f"{labels['task']} {item['task']}", DETAIL)
        if item["materials"]:
            paragraph = cells[1].add_paragraph()
            self.add(paragraph, f"{labels['materials']}: ", DETAIL)
            self.add(paragraph, ", ".join(item["materials"]), DETAIL, own=True)
        if item["link"]:
            self.add(cells[1].add_paragraph(), f"{labels['link']}: {item['link']}", DETAIL)
        if item["goals_text"]:
            self.add(
                cells[1].add_paragraph(), f"{labels['goal_numbers']}: {item['goals_text']}", DETAIL
            )
        self.add(cells[2].paragraphs[0], item["kind_label"])
        self.people(cells[3], item["who"])
        if self.facilitator:
            notes = cells[4].paragraphs[0]
            if item["facilitator_only"]:
                self.add(notes, labels["facilitator_only"], EMPHASIS)
                if item["notes"]:
                    notes = cells[4].add_paragraph()
            if item["notes"]:
                self.add(notes, item["notes"], DETAIL, own=True)

    def people(self, cell: _Cell, people: list[Person]) -> None:
        for number, person in enumerate(people):
            paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
            self.add(paragraph, person["name"], own=True)
            if person["detail"]:
                self.add(cell.add_paragraph(), person["detail"], DETAIL, own=True)

    def task(self, task: Task) -> None:
        labels, size = self.labels, self.table_size
        meta = self.paragraph()
        self.add(meta, task["heading"], STRONG)
        details = [task["time"], *([task["day"]] if task["day"] else []), task["duration"]]
        self.add(meta, " · " + " · ".join(details))
        _keep_with_next(meta)
        heading = self.heading(task["title"], 3, own=True)
        if task["part_of"]:
            self.add(heading, f" ({labels['part_of']}: ")
            self.add(heading, task["part_of"], own=True)
            self.add(heading, ")")
        if task["description"]:
            self.paragraph(task["description"], own=True)
        if task["notes"]:
            paragraph = self.paragraph()
            self.add(paragraph, f"{labels['notes']}: ", STRONG)
            self.add(paragraph, task["notes"], own=True)
        if task["questions"]:
            paragraph = self.paragraph()
            self.add(paragraph, labels["questions"], STRONG)
            if task["questions_title"]:
                self.add(paragraph, ": ", STRONG)
                self.add(paragraph, task["questions_title"], STRONG, own=True)
            _keep_with_next(paragraph)
            self.numbered(task["questions"], lines=0 if self.facilitator else 1)
        method = task["method"]
        if method:
            own = method["own"]
            paragraph = self.paragraph()
            self.add(paragraph, f"{labels['method']}: ", STRONG)
            self.add(paragraph, method["name"], STRONG, own=own)
            if method["description"]:
                self.add(paragraph, " – ")
                self.add(paragraph, method["description"], own=own)
            self.add(paragraph, f" ({method['total']})")
            _keep_with_next(paragraph)
            steps = method["steps"]
            headers = [labels["time"], labels["step"]]
            columns = [
                Column([Text(step["time"], size, whole=True) for step in steps]),
                Column(texts([step["title"] for step in steps], size), 0.45, rest=True),
            ]
            if self.facilitator:
                headers.append(labels["notes"])
                columns[1] = Column(columns[1].texts, 0.4)
                columns.append(Column(texts([step["note"] for step in steps], size), rest=True))
            widths = self.widths(columns, headers)
            # A method's few steps are kept whole on one page, with the line above them,
            # rather than repeating their header on the next (which LibreOffice loses rows of).
            table = self.table(headers, widths, repeat=False)
            for step in steps:
                _, cells = self.row(table, widths)
                self.add(cells[0].paragraphs[0], step["time"])
                self.add(cells[1].paragraphs[0], step["title"], own=own)
                if self.facilitator and step["note"]:
                    self.add(cells[2].paragraphs[0], step["note"], own=own)
            for row in table.rows[:-1]:
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        _keep_with_next(paragraph)
        for finding in task["findings"]:
            self.finding(self.paragraph(), finding)
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


TABLE_SIZE = 10.0
"""The size of text in a table, in points (the Run-sheet Table style's)."""
DETAIL_SIZE = 9.0
"""The size of the Detail style's text, in points: nothing on paper under 9 pt."""


def _body_size(document: Document) -> float:
    """The size of the document's body text in points ("Normal", else its defaults, else 11)."""
    from docx.oxml.ns import qn

    try:
        size = document.styles["Normal"].font.size
    except KeyError:
        size = None
    if size is not None:
        return float(size.pt)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    found = (
        defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:sz')}")
        if defaults is not None
        else None
    )
    if found is not None and (found.get(qn("w:val")) or "").isdigit():
        return int(found.get(qn("w:val"))) / 2
    return 11.0


def _add_styles(document: Document) -> None:
    """The named styles the writer uses, where the document (a reference one) has none.

    A municipality's reference document restyles the run-sheet by defining these names:
    "Strong", "Emphasis" (Word's own), "Detail" and "Run-sheet Table".
    """
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    styles = document.styles
    names = {style.name for style in styles}
    if STRONG not in names:
        styles.add_style(STRONG, WD_STYLE_TYPE.CHARACTER).font.bold = True
    if EMPHASIS not in names:
        styles.add_style(EMPHASIS, WD_STYLE_TYPE.CHARACTER).font.italic = True
    if DETAIL not in names:
        detail = styles.add_style(DETAIL, WD_STYLE_TYPE.CHARACTER)
        detail.font.size = Pt(DETAIL_SIZE)
        detail.font.color.rgb = RGBColor.from_string(MUTED)
    if TABLE not in names:
        table = styles.add_style(TABLE, WD_STYLE_TYPE.TABLE)
        if "Table Grid" in names:
            table.base_style = styles["Table Grid"]
        else:
            # Borders of its own where the document has no "Table Grid" to build on.
            # (python-docx's style element has no get_or_add_tblPr: made here, after the
            # name; the paragraph and run properties set below go before it, in order.)
            properties = table.element.find(qn("w:tblPr"))
            if properties is None:
                properties = table.element.makeelement(qn("w:tblPr"), {})
                table.element.append(properties)
            borders = properties.makeelement(qn("w:tblBorders"), {})
            for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
                borders.append(
                    borders.makeelement(
                        qn(f"w:{edge}"),
                        {
                            qn("w:val"): "single",
                            qn("w:sz"): "4",
                            qn("w:space"): "0",
                            qn("w:color"): "auto",
                        },
                    )
                )
            properties.append(borders)
        # Rows as tight as a table's: no space after each paragraph in a cell, single lines,
        # at the size of the printed HTML's tables.
        table.font.size = Pt(TABLE_SIZE)
        table.paragraph_format.space_after = Pt(0)
        table.paragraph_format.line_spacing = 1.0
        # The first row (the header, repeated on each page) is bold by the style itself.
        first = table.element.makeelement(qn("w:tblStylePr"), {qn("w:type"): "firstRow"})
        run = first.makeelement(qn("w:rPr"), {})
        run.append(run.makeelement(qn("w:b"), {}))
        first.append(run)
        table.element.append(first)


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


# python-docx adds a property element by looking for each of the 30-odd elements that may
# follow it (one search each, at every call): a quarter of a long document's time. A new
# run or paragraph has nothing after where these go, so they are put there directly, as
# python-docx would put them (the same XML).


def _run_style(run: Any, style_id: str | None) -> None:
    """A new run's character style (``w:rPr/w:rStyle``); an empty ``w:rPr`` for None."""
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    properties = run.rPr
    if properties is None:
        properties = OxmlElement("w:rPr")
        run.insert(0, properties)
    if style_id is not None and properties.find(qn("w:rStyle")) is None:
        properties.insert(0, OxmlElement("w:rStyle", attrs={qn("w:val"): style_id}))


def _keep_with_next(paragraph: Paragraph) -> None:
    """``w:keepNext``: right after the paragraph's style, where the schema puts it."""
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    properties = paragraph._p.get_or_add_pPr()
    if properties.find(qn("w:keepNext")) is not None:
        return
    style = properties.find(qn("w:pStyle"))
    if style is None:
        properties.insert(0, OxmlElement("w:keepNext"))
    else:
        style.addnext(OxmlElement("w:keepNext"))


def _add_row(table: Table) -> _Row:
    """``table.add_row()``: a row of one cell a grid column, each with the column's width."""
    from docx.table import _Row

    tbl = table._tbl
    tr = tbl.add_tr()
    for column in tbl.tblGrid.gridCol_lst:
        tc = tr.add_tc()
        if column.w is not None:
            _cell_width(tc, column.w)
    return _Row(tr, table)


def _cell_width(tc: Any, width: Any) -> None:
    """A new cell's ``w:tcPr/w:tcW``: its first and only property."""
    from docx.oxml.parser import OxmlElement

    properties = tc.tcPr
    if properties is None:
        properties = OxmlElement("w:tcPr")
        tc.insert(0, properties)
    if len(properties):
        properties.width = width  # python-docx's own way, where the cell is not new
        return
    element = OxmlElement("w:tcW")
    element.width = width
    properties.insert(0, element)
