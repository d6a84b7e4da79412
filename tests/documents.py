"""Reading rendered documents back as text, and what they must say in order, from the view."""

from __future__ import annotations

import io
import unicodedata
from html.parser import HTMLParser
from typing import Any

View = dict[str, Any]


def normal(text: str) -> str:
    """Letters and digits only, folded: line breaks, hyphenation and dashes do not count."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(character for character in text if character.isalnum())


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skip += tag in ("style", "script", "title")

    def handle_endtag(self, tag: str) -> None:
        self.skip -= tag in ("style", "script", "title")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join(parser.parts)


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def docx_text(data: bytes) -> str:
    """Every run of text in the document's body, in document order (tables included)."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(io.BytesIO(data))
    return " ".join(node.text or "" for node in document.element.body.iter(qn("w:t")))


def expected(view: View) -> list[str]:
    """What every document of ``view`` must say, in this order: titles, times, people, questions, steps."""
    items = [view["workshop"]["title"]]
    if view["workshop"]["subtitle"]:
        items.append(view["workshop"]["subtitle"])
    items += [fact["value"] for fact in view["facts"]]
    items += [entry["item"] for entry in view["preparations"]]
    items += view["goals"]
    for day in view["days"]:
        if view["multi_day"]:
            items.append(day["name"])
        for block in day["blocks"]:
            for row in [block, *block["parts"]]:
                items += [row["time"], row["title"]]
                items += [person["name"] for person in row["who"]]
    if view["facilitator"]:
        items += view["evaluation"]  # a short list after the agenda
    for task in view["group_tasks"]:
        items.append(task["title"])
        items += task["questions"]
        if task["method"]:
            for step in task["method"]["steps"]:
                items += [step["time"], step["title"]]
    if not view["facilitator"]:
        items += view["evaluation"]  # a form at the end
    return items


def notes(analysis: Any, language: str | None = None) -> list[str]:
    """Every note in the file (blocks, parts, method steps): what no participant may see.

    A built-in method's notes are in the run-sheet's ``language``.
    """
    from planverksted.runsheet.view import build_context

    view = build_context(analysis, audience="facilitator", language=language)
    found = []
    for day in view["days"]:
        for block in day["blocks"]:
            found += [row["notes"] for row in [block, *block["parts"]] if row["notes"]]
    for task in view["group_tasks"]:
        if task["method"]:
            found += [step["note"] for step in task["method"]["steps"] if step["note"]]
    return found


def missing_in_order(text: str, items: list[str]) -> list[str]:
    """The items not found in ``text`` in this order (empty when all are)."""
    haystack = normal(text)
    position = 0
    missing = []
    for item in items:
        needle = normal(item)
        found = haystack.find(needle, position)
        if found < 0:
            missing.append(item)
            continue
        position = found + len(needle)
    return missing
