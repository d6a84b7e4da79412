"""Write examples/kjoreplan-tett-pa.docx: the seed's run-sheet as a planner has it in Word.

The table is the seed document's "Eksempel på kjøreplan" (Kommuneplankonferansen 2024,
"Slik får vi bedre planpolitikere"), row for row and line for line, with its bold titles
and italic questions, and without a heading row, as in the seed. One thing is added: the
group work at 13.40 names its method (IGP), which the seed gives on the next slide, so
that ``planverksted import`` can find both of the seed's faults (the hole at 13.15, and
the 19 minutes of IGP in 15 minutes of group work).

The output is byte for byte the same on every run (fixed dates, fixed zip timestamps):

    python tools/make_seed_docx.py            # writes examples/kjoreplan-tett-pa.docx
    python tools/make_seed_docx.py OUT.docx
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

import docx
from docx.shared import Cm

TARGET = Path(__file__).resolve().parent.parent / "examples" / "kjoreplan-tett-pa.docx"
FIXED = dt.datetime(2024, 2, 12, 9, 0, 0)
ZIP_TIMESTAMP = (2024, 2, 12, 9, 0, 0)

# Each cell line: a list of (text, bold, italic) runs.
Run = tuple[str, bool, bool]
ROWS: list[tuple[str, list[list[Run]]]] = [
    ("13.00 – 13.10", [[("Innledning ved ordfører – ønska resultat for dagen", False, False)]]),
    (
        "13.10 – 13.15",
        [
            [
                ("Om ", False, False),
                ("Tett-på", False, True),
                (" og presentasjon av laget", False, False),
            ]
        ],
    ),
    (
        "13.20 – 13.40",
        [
            [("Plansystemet, koplinga plan og økonomi", False, False)],
            [("Korte innlegg", False, False)],
        ],
    ),
    (
        "13.40 – 14.15",
        [
            [("Kunnskapsgrunnlag", True, False)],
            [("Utfordringsbilde v/kommundirektør", False, False)],
            [("Kort innlegg og innledning til gruppearbeid - vise film", False, False)],
            [
                ("Gruppearbeid (IGP) ", False, False),
                (
                    "Hva er den viktigste kunnskapen vi har og hva trenger vi å vite mer om",
                    False,
                    True,
                ),
                (", 15 min", False, False),
            ],
            [("Plenum", False, False)],
        ],
    ),
    ("14.15 – 14.30", [[("Pause", False, False)]]),
    (
        "14.30 – 15.55",
        [
            [("Planstrategi og kommuneplanens samfunnsdel", True, False)],
            [("Kort innledning om planstrategi og film om planstrategi (film)", False, False)],
            [("Innlegg om kommuneplanens samfunnsdel (Johnny)", False, False)],
            [
                ("Gruppearbeid ", False, False),
                (
                    "Trenger vi å endre eller revidere gjeldene KPS? Hvilke andre planer trenger "
                    "vi for å styre kommunen ønska retning?",
                    False,
                    True,
                ),
                (" 50 min.", False, False),
            ],
            [("Presentasjon i plenum, 20 min.", False, False)],
        ],
    ),
    (
        "15.55 – 16.00",
        [
            [("Oppsummering og vegen videre v/ordfører", False, False)],
            [("settes på saklista neste kommunestyremøte", False, False)],
            [("Evaluering og tilbakemelding", False, False)],
        ],
    ),
]


def build() -> bytes:
    document = docx.Document()
    for section in document.sections:
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2)
    document.add_paragraph("Arbeidsverksted med kommunestyret", "Title")
    document.add_paragraph(
        "Eksempel fra «Slik får vi bedre planpolitikere», Kommuneplankonferansen 2024 "
        "(Distriktssenteret og Agder fylkeskommune, Tett på)."
    )
    document.add_paragraph("Eksempel på kjøreplan", "Heading 1")
    table = document.add_table(rows=0, cols=2)
    table.style = document.styles["Table Grid"]
    for time, lines in ROWS:
        cells = table.add_row().cells
        cells[0].width, cells[1].width = Cm(3.2), Cm(13.8)
        cells[0].paragraphs[0].add_run(time)
        for number, runs in enumerate(lines):
            paragraph = cells[1].paragraphs[0] if number == 0 else cells[1].add_paragraph()
            for text, bold, italic in runs:
                run = paragraph.add_run(text)
                run.bold = bold or None
                run.italic = italic or None
    document.add_paragraph(
        "Hvilke planer trenger vi for å styre kommunen i ønska retning?", "Heading 2"
    )
    for question in (
        "a) Har vi den kunnskapen vi trenger? Hva er den viktigste kunnskapen vi har, hva "
        "trenger vi evt. å vite mer om?",
        "b) Gir gjeldende samfunnsdel nok rom til å styre og utvikle kommunen?",
        "c) Har kommunen de planene som trengs for å styre? Hva trenger vi å endre på fra "
        "forrige planstrategi?",
    ):
        document.add_paragraph(question)
    document.add_paragraph("Metode (IGP):")
    for step in (
        "Reflekter i 2 min. Ta utgangspunkt i egen kommune eller kjennskap til kommuner generelt",
        "Dele rundt bordet 12 min.",
        "Drøfting, er det fellesnevnerne? 5 min.",
    ):
        document.add_paragraph(step, "List Bullet")
    core = document.core_properties
    core.title = "Arbeidsverksted med kommunestyret – kjøreplan"
    core.author = "Distriktssenteret og Agder fylkeskommune"
    core.last_modified_by = ""
    core.language = "nb-NO"
    core.revision = 1
    core.created = core.modified = FIXED
    core.last_printed = FIXED
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """The package again with every entry stamped the same: the same bytes on every run."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as package,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for info in sorted(package.infolist(), key=lambda item: item.filename):
            entry = zipfile.ZipInfo(info.filename, ZIP_TIMESTAMP)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            copy.writestr(entry, package.read(info))
    return out.getvalue()


def main(argv: list[str]) -> int:
    target = Path(argv[1]) if len(argv) > 1 else TARGET
    target.write_bytes(build())
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
