"""A console that is not UTF-8 (cp1252, as on Windows) never stops a command."""

from __future__ import annotations

from pathlib import Path

import pytest

from invoking import console_script

SAMI = """\
planverksted: 1
title: Sámi ŋ verksted
start: "13:00"
agenda:
  - {title: Ŋoahkki čoahkkin, duration: 10}
  - {title: B, start: "13:20", duration: 5}
"""


@pytest.mark.parametrize(
    ("args", "code"),
    [(["check"], 0), (["render", "--format", "md"], 0), (["check", "--format", "github"], 0)],
)
def test_characters_cp1252_lacks_come_out_as_question_marks(
    tmp_path: Path, args: list[str], code: int
) -> None:
    file = tmp_path / "sami.yaml"
    file.write_text(SAMI, encoding="utf-8")
    # The console script in-process, in a console of cp1252: as the installed command run
    # with PYTHONIOENCODING=cp1252 (its standard streams are what that variable changes).
    result = console_script(*args, file, encoding="cp1252")
    assert result.returncode == code, result.stderr.decode("cp1252")
    output = (result.stdout + result.stderr).decode("cp1252")
    assert "internal error" not in output
    assert "?oahkki" in output  # Ŋ is not in cp1252
    if args[0] == "render":
        assert output.startswith("# Sámi ? verksted")  # á is, and stays
