"""Property-based tests: whatever text or bytes a user saves, loading and checking end in
findings or success, never an uncaught exception."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import EXAMPLES
from planverksted.analysis import Analysis, analyse_text
from planverksted.cli import shell as cli
from planverksted.lint.finding import CODES
from planverksted.source.load import decode

SAMPLES = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.yaml"))]
STRAY = [
    ":",
    "-",
    "[",
    "]",
    "{",
    "}",
    "&",
    "*",
    "!!",
    "!!python/object ",
    "'",
    '"',
    "\t",
    "#",
    "|",
    ">",
    "%",
    "@",
    "`",
    ",",
    "? ",
    "---\n",
    "...\n",
    "\n",
    "  ",
    "~",
    "\ufeff",
    "\x00",
]

FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def assert_sound(analysis: Analysis) -> None:
    """Every finding is registered and located; a model exists exactly when the file has no
    finding that stops understanding it."""
    for finding in analysis.findings:
        assert finding.code in CODES
        assert finding.line >= 1 and finding.column >= 1
        assert finding.message
    if analysis.schedule is not None:
        assert analysis.workshop is not None


@FUZZ
@given(st.text())
def test_any_text(text: str) -> None:
    assert_sound(analyse_text(text, "f.yaml"))


@FUZZ
@given(st.binary())
def test_any_bytes(raw: bytes) -> None:
    text, findings = decode(raw)
    if text is None:
        assert [f.code for f in findings] == ["not-utf8"]
    else:
        assert_sound(analyse_text(text, "f.yaml"))


# Text built from YAML's own punctuation and the format's keys finds the parser's corners
# much faster than arbitrary unicode does.
ATOMS = st.sampled_from(
    [
        *STRAY,
        "planverksted: 1\n",
        "title: T\n",
        "agenda:\n",
        "  - ",
        "time: 13.00-13.10",
        "start: 13:10",
        "duration: 15 min",
        "parts:\n",
        "kind: pause",
        "who: [a, b]",
        "days:\n",
        "method: igp",
        "questions: q",
        "13.00",
        "1 t 30 min",
        "null",
        "yes",
        "no",
        "&a ",
        "*a",
        "<<: *a",
        "{",
        "}",
        "æøå",
    ]
)


@FUZZ
@given(st.lists(ATOMS, max_size=40).map("".join))
def test_yaml_shaped_text(text: str) -> None:
    assert_sound(analyse_text(text, "f.yaml"))


@FUZZ
@given(
    sample=st.sampled_from(SAMPLES),
    seed=st.integers(min_value=0, max_value=2**32 - 1),
    edits=st.integers(min_value=1, max_value=6),
)
def test_mutated_examples(sample: str, seed: int, edits: int) -> None:
    """Deleted lines, shuffled lines, flipped bytes and stray YAML punctuation."""
    rng = random.Random(seed)
    lines = sample.splitlines(keepends=True)
    for _ in range(edits):
        action = rng.randrange(4)
        if action == 0 and lines:
            del lines[rng.randrange(len(lines))]
        elif action == 1 and len(lines) > 1:
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif action == 2 and lines:
            i = rng.randrange(len(lines))
            raw = bytearray(lines[i].encode("utf-8"))
            if raw:
                raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
            lines[i] = raw.decode("utf-8", errors="replace")
        elif lines:
            i = rng.randrange(len(lines))
            at = rng.randrange(len(lines[i]) + 1)
            lines[i] = lines[i][:at] + rng.choice(STRAY) + lines[i][at:]
    assert_sound(analyse_text("".join(lines), "f.yaml"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])  # fmt: skip
@given(raw=st.one_of(st.binary(max_size=400), st.lists(ATOMS, max_size=30).map(
    lambda atoms: "".join(atoms).encode("utf-8"))))  # fmt: skip
def test_the_check_command_on_any_saved_file(tmp_path: Path, raw: bytes) -> None:
    """The command itself, as a user runs it on whatever they saved: findings, never a crash."""
    path = tmp_path / "w.yaml"
    path.write_bytes(raw)
    result = CliRunner().invoke(cli.app, ["check", "--format", "json", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code in (0, 1)
    assert json.loads(result.stdout)["summary"]["files"] == 1
