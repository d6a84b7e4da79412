"""Word's inputs: long texts, any picture, and a --reference-docx in any state end plainly.

Every case is a plain message naming the file and what it is (exit 1; a missing file is a
usage error, exit 2), never a crash report and never a library's internals.
"""

from __future__ import annotations

import base64
import io
import os
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from english_seed import english_copy
from planverksted.cli import shell
from planverksted.runsheet import reference_docx
from planverksted.runsheet.formats import docx as word

pytest.importorskip("docx")

SEED = EXAMPLES / "kommunestyre-tett-pa.yaml"


@pytest.fixture(autouse=True, scope="module")
def _english_seed(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The seed marked English: the command speaks the file's language, and these tests
    read its messages in English."""
    global SEED
    SEED = english_copy(tmp_path_factory.mktemp("seed"))


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def invoke(*args: object) -> Any:
    # The messages in English (the seed is a bokmål file, and would have them in bokmål).
    return CliRunner().invoke(shell.app, ["render", "--lang", "en", *map(str, args)])


def lines(result: Any) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith(("planverksted:", "  "))]


def png(width: int = 2, height: int = 2) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("blob", "usable"),
    [
        (png(), True),
        (b"\x89PNG\r\n\x1a\n", False),
        (b"", False),
        (png()[:20], False),
        (png(0, 0), False),
        (b"GIF89a", False),
        (b"\xff\xd8\xff", False),
        (os.urandom(64), False),
    ],
    ids=["good", "signature only", "empty", "cut header", "no pixels", "gif", "jpeg", "noise"],
)
def test_a_picture_word_cannot_show_is_left_out(blob: bytes, usable: bool) -> None:
    assert (word._picture(base64.b64encode(blob).decode()) is not None) is usable


def test_the_document_is_made_without_a_broken_logo(tmp_path: Path) -> None:
    """Through the writer itself: a logo python-docx cannot read leaves only the logo out."""
    import docx

    from planverksted.analysis import analyse_file
    from planverksted.runsheet.formats import Job

    job = Job(analyse_file(str(SEED)))
    view = dict(job.view)
    view["workshop"] = {
        **view["workshop"],
        "logo": "data:image/png;base64," + base64.b64encode(b"\x89PNG\r\n\x1a\n").decode(),
    }
    job.__dict__["view"] = view
    document = docx.Document(io.BytesIO(word.render(job)))
    assert not document.inline_shapes
    assert "Arbeidsverksted for kommunestyret" in [p.text for p in document.paragraphs]


def test_long_texts_fit_the_documents_properties(tmp_path: Path) -> None:
    import docx

    source = tmp_path / "w.yaml"
    long = "Ø" * 300
    source.write_text(
        f"planverksted: 1\ntitle: {long}\nsubtitle: {long}\norganiser: |\n  {long}\n  to\n"
        "date: 2024-04-18\nstart: '13:00'\nagenda:\n  - {title: A, duration: 10}\n",
        encoding="utf-8",
    )
    out = tmp_path / "x.docx"
    result = invoke(source, "-o", out)
    assert result.exit_code == 0, result.output
    core = docx.Document(str(out)).core_properties
    for value in (core.title, core.subject, core.author):
        assert len(value) == 255
        assert value.endswith("Ø…")
    assert "\n" not in core.author


def _docx(tmp_path: Path, change: dict[str, bytes | None] | None = None) -> bytes:
    """A Word document's bytes, with parts replaced (or taken out, for None)."""
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    out = io.BytesIO()
    change = change or {}
    with (
        zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for info in source.infolist():
            if info.filename in change:
                content = change[info.filename]
                if content is not None:
                    copy.writestr(info.filename, content)
            else:
                copy.writestr(info, source.read(info))
    return out.getvalue()


def _bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", b"\x00" * (8 * 1024 * 1024))
    return out.getvalue()


def _many_parts() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as package:
        for number in range(reference_docx.MAX_PARTS + 1):
            package.writestr(f"p{number}", b"")
    return out.getvalue()


def _bad_crc(tmp_path: Path) -> bytes:
    data = bytearray(_docx(tmp_path))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as package:
        info = package.getinfo("word/document.xml")
    # A byte of the packed part itself made wrong: it no longer unpacks to what it was.
    name_length, extra_length = struct.unpack("<HH", data[info.header_offset + 26 :][:4])
    start = info.header_offset + 30 + name_length + extra_length
    data[start + 10 : start + 20] = bytes(10)
    return bytes(data)


STYLED_AS_PARAGRAPH = (
    f'<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:styleId="TableGrid">'
    '<w:name w:val="Table Grid"/></w:style>'
    '<w:style w:type="character" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
    "</w:styles>"
).encode()

REFERENCES: dict[str, tuple[Any, int, str]] = {
    "not a zip": (lambda _: b"tekst", 1, "is not a Word document (it is not a zip package"),
    "a zip of something else": (
        lambda _: _zip({"hello.txt": b"hei"}),
        1,
        "is not a Word document (it has no document part that can be read)",
    ),
    "no body": (
        lambda t: _docx(t, {"word/document.xml": f'<w:document xmlns:w="{W}"/>'.encode()}),
        1,
        "has no body (no <w:body> in its document part)",
    ),
    "not a document at its root": (
        lambda t: _docx(t, {"word/document.xml": b"<other/>"}),
        1,
        "has no body (no <w:body> in its document part)",
    ),
    "broken XML": (
        lambda t: _docx(t, {"word/styles.xml": b"<w:styles"}),
        1,
        "is not a Word document (it has no document part that can be read)",
    ),
    "no document part": (
        lambda t: _docx(t, {"word/document.xml": None}),
        1,
        "is not a Word document (it has no document part that can be read)",
    ),
    "zip bomb": (
        lambda _: _bomb(),
        1,
        "is not a Word document: its part word/document.xml unpacks to more than 200 times its "
        "packed size (a zip bomb)",
    ),
    "too many parts": (
        lambda _: _many_parts(),
        1,
        "is not a Word document (it has 10001 parts; a Word document has a few dozen, at most "
        "10000)",
    ),
    "damaged part": (_bad_crc, 1, "is damaged: a part of it cannot be unpacked"),
    "empty": (lambda _: b"", 1, "is not a Word document (it is not a zip package"),
    "a style of no known type": (
        lambda t: _docx(
            t,
            {
                "word/styles.xml": f'<w:styles xmlns:w="{W}"><w:style w:type="foo" w:styleId="X">'
                '<w:name w:val="X"/></w:style></w:styles>'.encode()
            },
        ),
        1,
        "cannot be used: its parts do not fit together",
    ),
    "a page size that is no number": (
        lambda t: _docx(
            t,
            {
                "word/document.xml": f'<w:document xmlns:w="{W}"><w:body><w:sectPr>'
                '<w:pgSz w:w="abc"/></w:sectPr></w:body></w:document>'.encode()
            },
        ),
        1,
        "cannot be used: its parts do not fit together",
    ),
}


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for name, content in parts.items():
            package.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize("case", REFERENCES)
def test_a_reference_document_that_is_no_word_document_is_a_plain_error(
    tmp_path: Path, case: str
) -> None:
    make, code, says = REFERENCES[case]
    reference = tmp_path / "kommunemal.docx"
    reference.write_bytes(make(tmp_path))
    result = invoke(SEED, "-o", tmp_path / "x.docx", "--reference-docx", reference)
    assert result.exit_code == code, result.output
    message = [line for line in lines(result) if line.startswith("planverksted:")][-1]
    assert message.startswith(f"planverksted: the reference document {reference} {says}"), message
    assert lines(result)[-1] == (
        "    hint: give a Word document or template (.docx or .dotx), saved from Word"
    )
    assert "object at" not in result.output and "Traceback" not in result.output
    assert not (tmp_path / "x.docx").exists()


def test_the_unpacked_size_is_capped_before_python_docx_opens_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reference_docx, "MAX_UNPACKED", 1024)
    reference = tmp_path / "kommunemal.docx"
    reference.write_bytes(_docx(tmp_path))
    result = invoke(SEED, "-o", tmp_path / "x.docx", "--reference-docx", reference)
    assert result.exit_code == 1
    assert lines(result)[-2] == (
        f"planverksted: the reference document {reference} would unpack to more than 0 MiB, "
        "more than a Word document does"
    )


def test_a_reference_document_over_the_cap_is_not_read(tmp_path: Path) -> None:
    reference = tmp_path / "stor.docx"
    with reference.open("wb") as handle:  # sparse: no real disk used
        handle.truncate(reference_docx.MAX_BYTES + 1)
    result = invoke(SEED, "-o", tmp_path / "x.docx", "--reference-docx", reference)
    assert result.exit_code == 1
    assert lines(result)[-2] == (
        f"planverksted: the reference document {reference} is larger than 32 MiB"
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_reference_document_that_is_a_named_pipe_says_so(tmp_path: Path) -> None:
    reference = tmp_path / "kommunemal.docx"
    os.mkfifo(reference)
    result = invoke(SEED, "-o", tmp_path / "x.docx", "--reference-docx", reference)
    assert result.exit_code == 1
    assert lines(result)[-2] == (
        f"planverksted: the reference document {reference} is a named pipe (FIFO), not a file"
    )
    with pytest.raises(reference_docx.PlanverkstedError) as raised:
        reference_docx.read_bytes(reference)  # never waits for a writer
    assert "(FIFO)" in raised.value.message


def test_a_reference_document_that_is_a_folder_says_so(tmp_path: Path) -> None:
    result = invoke(SEED, "-o", tmp_path / "x.docx", "--reference-docx", tmp_path)
    assert result.exit_code == 1
    assert lines(result)[-2] == (
        f"planverksted: the reference document {tmp_path} is a folder, not a file"
    )


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads every file")
def test_a_reference_document_that_cannot_be_read_says_why(tmp_path: Path) -> None:
    reference = tmp_path / "kommunemal.docx"
    reference.write_bytes(_docx(tmp_path))
    reference.chmod(0)
    result = invoke(SEED, "-o", tmp_path / "x.docx", "--reference-docx", reference)
    assert result.exit_code == 1
    assert lines(result)[-2] == (
        f"planverksted: cannot read the reference document {reference}: permission denied"
    )


def test_a_style_of_the_wrong_type_falls_back_to_plain_formatting(tmp_path: Path) -> None:
    import docx

    reference = tmp_path / "kommunemal.docx"
    reference.write_bytes(_docx(tmp_path, {"word/styles.xml": STYLED_AS_PARAGRAPH}))
    out = tmp_path / "x.docx"
    result = invoke(SEED, "-o", out, "--reference-docx", reference)
    assert result.exit_code == 0, result.output
    document = docx.Document(str(out))
    assert document.tables
    assert "Arbeidsverksted for kommunestyret" in [p.text for p in document.paragraphs]


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_the_messages_are_in_every_language(language: str) -> None:
    from planverksted import i18n

    keys = [k for k in i18n.catalogue("en").MESSAGES if k.startswith(("reference.", "file-kind."))]
    assert len(keys) == 19
    for key in keys:
        assert i18n.message(key, language).strip()


def test_a_reference_document_without_sections_gets_an_a4_page(tmp_path: Path) -> None:
    import docx
    from docx.shared import Cm

    reference = tmp_path / "kommunemal.docx"
    body = f'<w:document xmlns:w="{W}"><w:body>tekst<w:p/></w:body></w:document>'
    reference.write_bytes(_docx(tmp_path, {"word/document.xml": body.encode()}))
    out = tmp_path / "x.docx"
    result = invoke(SEED, "-o", out, "--reference-docx", reference)
    assert result.exit_code == 0, result.output
    section = docx.Document(str(out)).sections[-1]
    # Word keeps lengths in twentieths of a point: within a hundredth of a millimetre.
    assert abs(section.page_width - Cm(21)) < Cm(0.001)
    assert abs(section.page_height - Cm(29.7)) < Cm(0.001)


def test_a_reference_document_without_a_table_grid_gets_bordered_tables(tmp_path: Path) -> None:
    import docx
    from docx.oxml.ns import qn

    reference = tmp_path / "kommunemal.docx"
    plain = (
        f'<w:styles xmlns:w="{W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
        '<w:name w:val="Normal"/></w:style></w:styles>'
    )
    reference.write_bytes(_docx(tmp_path, {"word/styles.xml": plain.encode()}))
    out = tmp_path / "x.docx"
    result = invoke(SEED, "-o", out, "--reference-docx", reference)
    assert result.exit_code == 0, result.output
    document = docx.Document(str(out))
    assert document.tables
    style = document.tables[0].style
    assert style is not None
    element = style.element
    assert element.find(qn("w:tblPr")).find(qn("w:tblBorders")) is not None
    order = [child.tag.split("}")[1] for child in element]
    assert order.index("tblPr") > order.index("rPr") > order.index("pPr")
