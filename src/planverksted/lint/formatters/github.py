"""Findings as GitHub Actions workflow commands, which annotate the lines in a pull request."""

from __future__ import annotations

from collections.abc import Sequence

from planverksted.lint.finding import Finding, Severity
from planverksted.printable import visible

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def github_escape(text: str, *, property_value: bool = False) -> str:
    """Text made safe for a workflow command: control characters visible, ``%``, CR and LF
    escaped always; ``:`` and ``,`` too in a property (file, title), where they would end
    the value; no ``::`` in a message, which a lax reader could take for another command."""
    text = visible(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        return text.replace(":", "%3A").replace(",", "%2C")
    return text.replace("::", ": :")


def to_github(
    findings: Sequence[Finding], language: str = "en", languages: Sequence[str] | None = None
) -> str:
    """``::error file=…,line=…,col=…,title=code::message (hint: …)``, one line a finding.

    The hint's label is in ``language`` ("tips" in Norwegian), as the findings are; or in
    each finding's own language in ``languages`` (files in several languages).
    """
    from planverksted.i18n import message as text

    lines = []
    for index, finding in enumerate(findings):
        label = text("hint", languages[index] if languages is not None else language)
        message = finding.message + (f" ({label}: {finding.hint})" if finding.hint else "")
        file = github_escape(finding.file, property_value=True)
        lines.append(
            f"::{_COMMANDS[finding.severity]} file={file},line={finding.line},"
            f"col={finding.column},"
            f"title={github_escape(finding.code, property_value=True)}::{github_escape(message)}"
        )
    return "\n".join(lines)
