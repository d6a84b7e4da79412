"""Diagnosis: a YAML mistake named the way a person at the next desk would name it.

PyYAML says where it got stuck ("mapping values are not allowed here"); this module reads
the lines around that place and says what the planner did: a tab, a line indented a space
too far, a block without its ``- ``, a quote never closed, a comma inside ``{…}``. Each
diagnosis points at the cause (not where the parser noticed it) and carries the edit that
fixes it, which its hint shows; the loader applies the edit to read on past the fault.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from planverksted import i18n
from planverksted.lint.finding import Finding
from planverksted.lint.wording import Spaces, word

Edit = tuple[int, str]
"""A line (0-based) and the text that replaces it."""


@dataclasses.dataclass(frozen=True)
class Diagnosis:
    """A finding, and the edits that fix it (``mechanical``) or at least let reading go on."""

    finding: Finding
    edits: tuple[Edit, ...]
    mechanical: bool = True

    def apply(self, text: str) -> str:
        lines = text.split("\n")
        for number, replacement in self.edits:
            if 0 <= number < len(lines):
                lines[number] = replacement
        return "\n".join(lines)


def _diagnosis(
    code: str,
    line: int,
    column: int,
    edits: tuple[Edit, ...],
    *,
    hint: str | None,
    text: str | None = None,
    mechanical: bool = True,
    **args: Any,
) -> Diagnosis:
    """A diagnosis at 0-based ``line`` and ``column``, worded from the catalogue."""
    text_id = text or code
    found = Finding(
        code,
        word(text_id, "en", args),
        word(hint, "en", args) if hint else None,
        line=line + 1,
        column=column + 1,
        wording=(text_id, hint, tuple(args.items())),
    )
    return Diagnosis(found, edits, mechanical)


# --- reading lines -------------------------------------------------------------------------

_LEAD = re.compile(r"^([ \t]*)((?:-[ \t]+)*)")
_KEY = re.compile(r"([^\s#'\"{\[\]},&*!|>%@`-][^:#]*?|-[^\s:#][^:#]*?):(?=[ \t]|$)")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _is_content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _lead(line: str) -> tuple[int, list[int], int]:
    """(indentation, the columns of its list dashes, the column its first key or text starts)."""
    match = _LEAD.match(line)
    assert match is not None
    indent = len(match[1])
    dashes = [indent + m.start() for m in re.finditer(r"-", match[2])]
    return indent, dashes, match.end()


def _key(line: str) -> str | None:
    """The key a line starts with (after any dashes), if it has one."""
    start = _lead(line)[2]
    match = _KEY.match(line, start)
    return match[1].strip() if match else None


def _previous(lines: list[str], number: int) -> int | None:
    for index in range(min(number, len(lines)) - 1, -1, -1):
        if _is_content(lines[index]):
            return index
    return None


def _outline(lines: list[str], number: int) -> list[tuple[int, str, int]]:
    """The lines above ``number`` that it could line up with, nearest first.

    Each as (column, what starts there: "-" or a key, line). Going up, only lines that
    start further left than any seen so far can still be open around this one.
    """
    found: list[tuple[int, str, int]] = []
    leftmost = 10**9
    for index in range(number - 1, -1, -1):
        line = lines[index]
        if not _is_content(line) or "\t" in line[: len(line) - len(line.lstrip())]:
            continue
        indent, dashes, start = _lead(line)
        if indent >= leftmost and not (indent == leftmost and dashes):
            continue
        leftmost = min(leftmost, indent)
        key = _key(line) or line[start:].strip()[:20]
        for column in dashes:
            found.append((column, "-", index))
        found.append((start, key, index))
        if indent == 0:
            break
    return found


# --- the mistakes --------------------------------------------------------------------------


def _tab(lines: list[str], last: int) -> Diagnosis | None:
    for number in range(min(last, len(lines) - 1) + 1):
        line = lines[number]
        lead = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" not in lead or not _is_content(line):
            continue
        rest = line.lstrip(" \t")
        above = _previous(lines, number)
        column = 0
        if above is not None:
            previous = lines[above]
            _, _, start = _lead(previous.replace("\t", "    "))
            column = start + 2 if previous.rstrip().endswith(":") else start
        fixed = " " * column + rest
        return _diagnosis(
            "yaml-tab",
            number,
            lead.index("\t"),
            ((number, fixed),),
            hint="yaml-tab.hint",
            spaces=Spaces(column),
            fixed=fixed.strip(),
        )
    return None


def _open_quote(line: str) -> tuple[int, str] | None:
    """Where a quoted value on this line opens without closing on it, and its quote mark."""
    start = _lead(line)[2]
    key = _KEY.match(line, start)
    value = key.end() if key else start
    while value < len(line) and line[value] in " \t":
        value += 1
    if value >= len(line) or line[value] not in "\"'":
        return None
    quote = line[value]
    index = value + 1
    while index < len(line):
        char = line[index]
        if quote == '"' and char == "\\":
            index += 2
            continue
        if char == quote:
            if quote == "'" and line[index + 1 : index + 2] == "'":
                index += 2
                continue
            return None
        index += 1
    return value, quote


def _unclosed_quote(lines: list[str], last: int, error: Any) -> Diagnosis | None:
    candidates = range(min(last, len(lines) - 1) + 1)
    if error.context == "while scanning a quoted scalar" and error.context_mark is not None:
        candidates = range(error.context_mark.line, error.context_mark.line + 1)
    for number in candidates:
        line = lines[number]
        if "{" in line or "[" in line:
            continue
        opened = _open_quote(line)
        if opened is None:
            continue
        column, quote = opened
        comment = re.search(r"[ \t]+#", line[column:])
        end = column + comment.start() if comment else len(line.rstrip())
        fixed = line[:end] + quote + line[end:]
        return _diagnosis(
            "unclosed-quote",
            number,
            column,
            ((number, fixed),),
            hint="unclosed-quote.hint",
            quote=quote,
            fixed=fixed.strip(),
        )
    return None


_CLOSING = {"{": "}", "[": "]"}


def _depth_at_end(line: str) -> list[tuple[int, str]]:
    """The brackets still open at the end of a line (quotes respected)."""
    stack: list[tuple[int, str]] = []
    quote = ""
    for index, char in enumerate(line):
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'" and (index == 0 or line[index - 1] in " \t{[,:"):
            quote = char
        elif char == "#" and (index == 0 or line[index - 1] in " \t"):
            break
        elif char in "{[":
            stack.append((index, char))
        elif char in "}]" and stack:
            stack.pop()
    return stack


def _unclosed_bracket(lines: list[str], error: Any) -> Diagnosis | None:
    mark = error.context_mark
    if not (error.context or "").startswith("while parsing a flow") or mark is None:
        return None
    if mark.line >= len(lines):
        return None
    line = lines[mark.line]
    still_open = _depth_at_end(line)
    if not still_open:
        return None
    fixed = line.rstrip() + "".join(_CLOSING[char] for _, char in reversed(still_open))
    column, bracket = still_open[0]
    return _diagnosis(
        "unclosed-bracket",
        mark.line,
        column,
        ((mark.line, fixed),),
        hint="unclosed-bracket.hint",
        bracket=bracket,
        closing=_CLOSING[bracket],
        fixed=fixed.strip(),
    )


_QUOTED_THEN_TEXT = re.compile(r"(\"(?:[^\"\\]|\\.)*\"|'(?:[^']|'')*')[ \t]*([^\s#,}\]][^#]*?)\s*$")


def _text_after_quote(lines: list[str], number: int) -> Diagnosis | None:
    line = lines[number]
    start = _lead(line)[2]
    key = _KEY.match(line, start)
    value = key.end() + 1 if key else start
    match = _QUOTED_THEN_TEXT.match(line, value)
    if match is None or "{" in line:
        return None
    inner = match[1][1:-1]
    if match[1][0] == "'" and match[2].endswith("'"):
        # 'Kari's innlegg': an apostrophe ends a single-quoted text; double quotes hold it.
        whole = f"{inner}'{match[2][:-1]}" if not inner.endswith(" ") else inner + match[2][:-1]
        fixed = line[: match.start()] + quoted(whole.replace("''", "'"))
        return _diagnosis(
            "text-after-quote",
            number,
            match.start(2) - 1,
            ((number, fixed),),
            text="text-after-quote.apostrophe",
            hint="yaml.quote-text",
            fixed=fixed.strip(),
        )
    fixed = f"{line[: match.start()]}«{inner}» {match[2]}"
    return _diagnosis(
        "text-after-quote",
        number,
        match.start(2),
        ((number, fixed),),
        hint="text-after-quote.hint",
        fixed=fixed.strip(),
    )


_NO_SPACE_AFTER_DASH = re.compile(r"^([ ]*(?:- +)*)-([^\s\-\d])")


def _no_space_after_dash(lines: list[str], numbers: list[int]) -> Diagnosis | None:
    for number in numbers:
        line = lines[number]
        match = _NO_SPACE_AFTER_DASH.match(line)
        if match is None:
            continue
        fixed = f"{line[: match.end(1)]}- {line[match.end(1) + 1 :]}"
        return _diagnosis(
            "no-space-after-dash",
            number,
            match.end(1) + 1,
            ((number, fixed),),
            hint="no-space-after-dash.hint",
            fixed=fixed.strip(),
        )
    return None


_NO_SPACE_AFTER_COLON = re.compile(r"([A-Za-zæøåÆØÅ_]+):(?=[^\s:/\\])")


def _no_space_after_colon(lines: list[str], numbers: list[int]) -> Diagnosis | None:
    for number in numbers:
        line = lines[number]
        start = _lead(line)[2]
        if _KEY.match(line, start):
            continue
        match = _NO_SPACE_AFTER_COLON.match(line, start)
        if match is None:
            continue
        fixed = f"{line[: match.end()]} {line[match.end() :]}"
        return _diagnosis(
            "no-space-after-colon",
            number,
            match.end(),
            ((number, fixed),),
            hint="no-space-after-colon.hint",
            key=match[1],
            fixed=fixed.strip(),
        )
    return None


_KNOWN_KEYS = (
    "title|time|start|end|duration|kind|who|notes|description|materials|parts|questions"
    "|method|date|agenda|name|role|organisation|venue|audience|organiser|subtitle|language"
)
_MISSING_COLON = re.compile(rf"({_KNOWN_KEYS})[ \t]+(?=[^\s:#])")


def _missing_colon(lines: list[str], numbers: list[int]) -> Diagnosis | None:
    """``title Velkommen``: a key of the format with no ``:`` after it."""
    for number in numbers:
        line = lines[number]
        start = _lead(line)[2]
        if _KEY.match(line, start) or ":" in line[start:].split(" #")[0]:
            continue
        match = _MISSING_COLON.match(line, start)
        if match is None:
            continue
        end = start + len(match[1])
        fixed = f"{line[:end]}:{line[end:]}"
        return _diagnosis(
            "missing-colon",
            number,
            end,
            ((number, fixed),),
            hint="missing-colon.hint",
            key=match[1],
            fixed=fixed.strip(),
        )
    return None


def quoted(text: str) -> str:
    """Text as a double-quoted YAML scalar (a « » pair inside is left as it is)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


_FLOW_VALUE_END = re.compile(r",[ \t]*[\w-]+:[ \t]|[ \t]*[}\]]")


def flow_value_end(line: str, start: int) -> int:
    """Where a value that starts at ``start`` inside ``{…}`` was meant to end."""
    match = _FLOW_VALUE_END.search(line, start)
    return match.start() if match else len(line.rstrip())


def _colon_in_text(lines: list[str], error: Any) -> Diagnosis | None:
    mark = error.problem_mark
    if mark is None or mark.line >= len(lines):
        return None
    line = lines[mark.line]
    if line[mark.column : mark.column + 1] != ":":
        return None
    start = _lead(line)[2]
    in_flow = (error.context or "").startswith("while parsing a flow mapping")
    if in_flow:
        opening = line.rfind("{", 0, mark.column)
        key_at = max(line.rfind(",", opening, mark.column), opening) + 1
        key = _KEY.match(line, key_at + len(line[key_at:]) - len(line[key_at:].lstrip()))
        if key is None:
            return None
        value = key.end() + 1
        while line[value : value + 1] in (" ", "\t"):
            value += 1
        end = flow_value_end(line, mark.column + 1)
    else:
        key = _KEY.match(line, start)
        if key is None or key.end() - 1 >= mark.column:
            return None
        value = key.end() + 1
        while line[value : value + 1] in (" ", "\t"):
            value += 1
        comment = re.search(r"[ \t]#", line[value:])
        end = value + comment.start() if comment else len(line.rstrip())
        end = value + len(line[value:end].rstrip())
    text = line[value:end]
    fixed = line[:value] + quoted(text) + line[end:]
    return _diagnosis(
        "colon-in-text",
        mark.line,
        mark.column,
        ((mark.line, fixed),),
        hint="yaml.quote-text",
        key=key[1].strip(),
        fixed=fixed.strip(),
    )


def _missing_dash_at_dash_column(lines: list[str], number: int) -> Diagnosis | None:
    """A block written at its list's dash column, with no ``- ``: the sibling's keys repeat."""
    line = lines[number]
    indent, dashes, _ = _lead(line)
    key = _key(line)
    if dashes or key is None:
        return None
    above = [(column, index) for column, what, index in _outline(lines, number) if what == "-"]
    match = next(((column, index) for column, index in above if column == indent), None)
    if match is None:
        return None
    edits: list[Edit] = [(number, f"{line[:indent]}- {line[indent:]}")]
    for index in range(number + 1, len(lines)):
        following = lines[index]
        if not _is_content(following):
            if following.strip():
                continue
            break
        if _indent(following) != indent or _lead(following)[1]:
            break
        edits.append((index, "  " + following))
    return _diagnosis(
        "missing-dash",
        number,
        indent,
        tuple(edits),
        hint="missing-dash.hint-lines" if len(edits) > 1 else "missing-dash.hint",
        key=key,
        other_line=match[1] + 1,
        line_number=number + 2,
        last_line=edits[-1][0] + 1,
        fixed=edits[0][1].strip(),
    )


def _indentation(lines: list[str], number: int) -> Diagnosis | None:
    line = lines[number]
    indent, dashes, start = _lead(line)
    column = dashes[0] if dashes else start
    above = _previous(lines, number)
    if above is None:
        return None
    previous = lines[above]
    if not dashes and previous.rstrip().endswith(":") and start > _lead(previous)[2]:
        return None  # a value nested under the key above may start in any deeper column
    candidates = [
        (col, what, index)
        for col, what, index in _outline(lines, number)
        if (what == "-") == bool(dashes)
    ]
    if not candidates or any(col == column for col, _, _ in candidates):
        return None
    expected, what, index = min(candidates, key=lambda c: (abs(c[0] - column), number - c[2]))
    shift = expected - column
    # What belongs to the line (an item's other keys, a key's nested lines) moves with it,
    # unless it already stands where it should: then only this line was out of place.
    edits: list[Edit] = [(number, " " * max(0, indent + shift) + line.lstrip(" "))]
    after = next((n for n in range(number + 1, len(lines)) if _is_content(lines[n])), None)
    if dashes:
        # An item's own keys stand in its key column; a '- ' there is the next item.
        belongs = (
            after is not None and _indent(lines[after]) == start and not _lead(lines[after])[1]
        )
        floor = start
    else:
        belongs = line.rstrip().endswith(":") and after is not None
        floor = indent + 1
    for below in range(number + 1, len(lines) if belongs else number + 1):
        following = lines[below]
        if not _is_content(following):
            continue
        level = _indent(following)
        if level < floor or (dashes and level == start and _lead(following)[1]):
            break
        edits.append((below, " " * max(0, level + shift) + following.lstrip(" ")))
    return _diagnosis(
        "yaml-indentation",
        number,
        indent if shift < 0 else min(indent, expected),
        tuple(edits),
        text="yaml-indentation" if shift < 0 else "yaml-indentation.less",
        hint=("yaml-indentation.remove" if shift < 0 else "yaml-indentation.add")
        + ("-lines" if len(edits) > 1 else ""),
        key="-" if dashes else (_key(line) or line.strip()[:20]),
        other="-" if what == "-" else what,
        other_line=index + 1,
        spaces=Spaces(abs(shift)),
        line_number=number + 1,
        last_line=edits[-1][0] + 1,
    )


def _needs_quotes(lines: list[str], error: Any) -> Diagnosis | None:
    """A value that starts with a character YAML keeps for itself: ``@``, `` ` ``, ``%``."""
    mark = error.problem_mark
    if mark is None or "cannot start any token" not in (error.problem or ""):
        return None
    line = lines[mark.line]
    start = _lead(line)[2]
    key = _KEY.match(line, start)
    value = key.end() + 1 if key else start
    while line[value : value + 1] in (" ", "\t"):
        value += 1
    if value != mark.column:
        return None
    comment = re.search(r"[ \t]#", line[value:])
    end = value + comment.start() if comment else len(line.rstrip())
    end = value + len(line[value:end].rstrip())
    fixed = line[:value] + quoted(line[value:end]) + line[end:]
    return _diagnosis(
        "yaml-syntax",
        mark.line,
        mark.column,
        ((mark.line, fixed),),
        text="yaml-syntax.character",
        hint="yaml.quote-text",
        character=line[value],
        fixed=fixed.strip(),
    )


def diagnose_syntax(text: str, error: Any) -> Diagnosis:
    """Name the mistake behind a PyYAML syntax error, at its cause, with the edit that fixes it."""
    lines = text.split("\n")
    mark = error.problem_mark or error.context_mark
    last = min(mark.line, len(lines) - 1) if mark is not None else len(lines) - 1
    if last >= 0 and not _is_content(lines[last]):
        last = _previous(lines, last) if _previous(lines, last) is not None else last
    near = [last]
    if error.context_mark is not None and error.context_mark.line not in near:
        near.append(error.context_mark.line)
    above = _previous(lines, last)
    if above is not None and above not in near:
        near.append(above)
    near = [n for n in near if 0 <= n < len(lines)]
    try:
        found = _named(lines, last, near, error)
    except (IndexError, ValueError):  # pragma: no cover - a mark past the text: say it plainly
        found = None
    if found is not None:
        return found
    line, column = (mark.line, mark.column) if mark is not None else (0, 0)
    problem = _yaml_words(error.problem or "", error.context or "")
    # Nothing to fix by rule: blank the line so the rest of the file can still be read.
    recovery = ((line, ""),) if 0 <= line < len(lines) else ()
    return _diagnosis(
        "yaml-syntax",
        line,
        column,
        recovery,
        hint=None,
        mechanical=False,
        problem=problem,
    )


def _yaml_words(problem: str, context: str) -> i18n.PerLanguage:
    """PyYAML's problem, and what it was reading (its context), in the finding's language."""

    def words(language: str) -> str:
        said = i18n.yaml_problem(problem, language) if problem.strip() else ""
        if not context.strip():
            return said
        return f"{said} ({i18n.yaml_problem(context, language)})"

    return i18n.PerLanguage(words)


def _named(lines: list[str], last: int, near: list[int], error: Any) -> Diagnosis | None:
    """The first mistake, in the order they hide each other, that explains the fault."""
    return (
        _tab(lines, last)
        or _unclosed_quote(lines, last, error)
        or _unclosed_bracket(lines, error)
        or _no_space_after_dash(lines, near)
        or _no_space_after_colon(lines, near)
        or _missing_colon(lines, near)
        or _colon_in_text(lines, error)
        or (_text_after_quote(lines, last) if 0 <= last < len(lines) else None)
        or (_missing_dash_at_dash_column(lines, last) if 0 <= last < len(lines) else None)
        or (_indentation(lines, last) if 0 <= last < len(lines) else None)
        or _needs_quotes(lines, error)
    )


# --- mistakes YAML reads without complaint, seen while composing ---------------------------

_DECIMAL_HOURS = re.compile(r"^(\d+),(\d+)[ \t]*(t|h|time|timer|timar|timer?)\.?$", re.IGNORECASE)


def decimal_hours(written: str) -> int | None:
    """Minutes in ``1,5 t`` (a duration with a decimal comma), or None if it is not one."""
    match = _DECIMAL_HOURS.match(written.strip())
    if match is None:
        return None
    fraction = int(match[2]) / 10 ** len(match[2])
    minutes = int(match[1]) * 60 + fraction * 60
    return int(minutes) if minutes == int(minutes) and minutes > 0 else None


def decimal_comma(
    text: str, start: int, end: int, line: int, column: int, language: str
) -> Diagnosis | None:
    """``duration: 1,5 t``: the written value at ``start``–``end`` of ``text``, if it is one."""
    from planverksted.timing.clock import format_duration

    written = text[start:end]
    minutes = decimal_hours(written)
    if minutes is None:
        return None
    lines = text.split("\n")
    line_start = text.rfind("\n", 0, start) + 1
    source = lines[line]
    replacement = format_duration(minutes, language)
    fixed = source[: start - line_start] + replacement + source[end - line_start :]
    comma = written.index(",")
    return _diagnosis(
        "decimal-comma-duration",
        line,
        column + comma,
        ((line, fixed),),
        hint="decimal-comma-duration.hint",
        written=written,
        fixed=fixed.strip(),
    )


def comma_in_flow(
    text: str, value_start: int, fragment_end: int, language: str
) -> Diagnosis | None:
    """``{title: Velkommen, og mål, …}``: a comma ends the value, the rest reads as a key.

    ``value_start`` is where the value before the comma starts, ``fragment_end`` where the
    text after it ends (both indexes into ``text``, on one line).
    """
    line_start = text.rfind("\n", 0, value_start) + 1
    line_end = text.find("\n", value_start)
    line_end = len(text) if line_end < 0 else line_end
    if text.find("\n", value_start, fragment_end) >= 0:
        return None
    source = text[line_start:line_end]
    number = text.count("\n", 0, value_start)
    start = value_start - line_start
    end = flow_value_end(source, fragment_end - line_start)
    if end <= start:
        return None
    comma = source.index(",", start)
    written = source[start:end]
    if decimal_hours(written) is not None:
        return decimal_comma(text, value_start, line_start + end, number, start, language)
    fixed = source[:start] + quoted(written) + source[end:]
    return _diagnosis(
        "comma-in-flow",
        number,
        comma,
        ((number, fixed),),
        hint="yaml.quote-text",
        text="comma-in-flow",
        written=written,
        fragment=source[comma + 1 : end].strip(),
        fixed=fixed.strip(),
    )


def colon_in_item(text: str, start: int) -> Diagnosis | None:
    """An item of a list of text, at ``start``, that YAML read as a key for its ``: ``."""
    number = text.count("\n", 0, start)
    line = text.split("\n")[number]
    column = start - (text.rfind("\n", 0, start) + 1)
    colon = line.find(": ", column)
    if colon < 0:
        colon = len(line.rstrip()) - 1
        if line[colon : colon + 1] != ":":
            return None
    comment = re.search(r"[ \t]#", line[column:])
    end = column + comment.start() if comment else len(line.rstrip())
    fixed = line[:column] + quoted(line[column:end]) + line[end:]
    return _diagnosis(
        "colon-in-text",
        number,
        colon,
        ((number, fixed),),
        text="colon-in-text.item",
        hint="yaml.quote-text",
        fixed=fixed.strip(),
    )


def missing_dash(text: str, first_key: int, key: str, sibling_line: int) -> Diagnosis | None:
    """Keys repeat inside one list item: a new item began at ``first_key`` without its ``- ``."""
    lines = text.split("\n")
    number = text.count("\n", 0, first_key)
    column = first_key - (text.rfind("\n", 0, first_key) + 1)
    line = lines[number]
    if column < 2 or line[column - 2 : column] != "  ":
        return None
    fixed = f"{line[: column - 2]}- {line[column:]}"
    return _diagnosis(
        "missing-dash",
        number,
        column - 2,
        ((number, fixed),),
        hint="missing-dash.hint",
        key=key,
        other_line=sibling_line,
        fixed=fixed.strip(),
    )
