"""Reading the file: faults that stop the file from being read as YAML at all.

The loader (``source.load``) makes these findings as it reads; this module documents them."""

from __future__ import annotations

from planverksted.lint.registry import Code
from planverksted.lint.severity import ERROR

SECTION = "Reading the file"
ORDER = 10

CODES = (
    Code(
        "file-unreadable",
        ERROR,
        "the file cannot be opened or read",
        ignorable=False,
        example="`check` on a folder with no read permission",
    ),
    Code(
        "not-utf8",
        ERROR,
        "the file is not UTF-8 text",
        ignorable=False,
        example="a file saved as Latin-1 or UTF-16 from Notepad",
    ),
    Code(
        "file-too-large",
        ERROR,
        "over the size cap (4 MiB) or the value cap (500,000)",
        ignorable=False,
        example="a 5 MiB file",
    ),
    Code(
        "empty-file",
        ERROR,
        "the file holds no workshop",
        ignorable=False,
        example="an empty file, or only comments",
    ),
    Code(
        "yaml-syntax",
        ERROR,
        "the file is not valid YAML, in a way no code below names more exactly",
        ignorable=False,
        example="`venue: @rådhuset` (a value that starts with `@`)",
    ),
    Code(
        "yaml-tag",
        ERROR,
        "a YAML tag, refused and never run",
        ignorable=False,
        example="`venue: !!python/object/apply:os.system [ls]`",
    ),
    Code(
        "yaml-alias",
        ERROR,
        "a YAML anchor or alias, refused",
        ignorable=False,
        example="`venue: &sal Salen` then `audience: *sal`",
    ),
    Code(
        "too-deep",
        ERROR,
        "nesting past the depth cap (32)",
        ignorable=False,
        example="`title: [[[[[[…]]]]]]`",
    ),
    Code(
        "multiple-documents",
        ERROR,
        "more than one YAML document",
        ignorable=False,
        example="a second `---` line",
    ),
    Code(
        "duplicate-key",
        ERROR,
        "the same key twice in one mapping",
        ignorable=False,
        example="`title:` on two lines at the top",
    ),
)
