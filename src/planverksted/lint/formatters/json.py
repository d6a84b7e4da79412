"""Findings as one JSON document: the language, every finding's fields, counts by severity."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from planverksted.lint.finding import Finding, Severity, count_by_severity

_JSON_HIDDEN = re.compile("[\x7f-\x9f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


def to_json(
    findings: Sequence[Finding],
    files: int,
    language: str = "en",
    languages: Sequence[str] | None = None,
) -> str:
    """The findings as JSON; ``language`` is the language their messages are worded in.

    ``languages``, one for each finding, when they are not all in ``language`` (files in
    several languages, each worded in its own): each finding then names its own.
    """
    counts = count_by_severity(findings)
    own = list(languages) if languages is not None and set(languages) - {language} else None
    document = {
        "language": language,
        "findings": [
            {
                "file": finding.file,
                "line": finding.line,
                "column": finding.column,
                "severity": str(finding.severity),
                "code": finding.code,
                "message": finding.message,
                "hint": finding.hint,
                **({"language": own[index]} if own is not None else {}),
            }
            for index, finding in enumerate(findings)
        ],
        "summary": {
            "files": files,
            "errors": counts[Severity.ERROR],
            "warnings": counts[Severity.WARNING],
            "info": counts[Severity.INFO],
        },
    }
    # JSON escapes C0 controls itself; DEL, C1 and invisible format characters too, here.
    return _JSON_HIDDEN.sub(
        lambda match: f"\\u{ord(match[0]):04x}", json.dumps(document, ensure_ascii=False, indent=2)
    )
