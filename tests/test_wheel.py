"""The built-in templates work from a wheel, not only from the source tree.

Builds the wheel, installs it with its dependencies into a fresh virtual environment
(away from the source tree and the development install), and renders the seed there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT

SEED = EXAMPLES / "kommunestyre-tett-pa.yaml"
GOLDEN = ROOT / "tests" / "golden"
LEFT_OUT = (
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".*_cache",
    ".hypothesis",
)


def as_users_do() -> dict[str, str]:
    """The environment, as on a user's machine: a command compiles what it imports once and
    keeps it, also where this machine says PYTHONDONTWRITEBYTECODE (each command would compile
    pydantic, rich … again), and pip compiles nothing up front, pip's build environment
    included (PIP_COMPILE=0 is --no-compile). The same wheel is built, installed and run."""
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return environment | {"PIP_COMPILE": "0"}


def run(*args: object, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(arg) for arg in args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
        env=as_users_do(),
    )
    assert result.returncode == 0, result.stderr
    return result


@pytest.mark.slow
def test_a_wheel_install_renders_the_seed(tmp_path: Path) -> None:
    # Built from a copy: pip builds in the tree it is given, and this one stays clean.
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*LEFT_OUT))
    wheels = tmp_path / "wheels"
    run(sys.executable, "-m", "pip", "wheel", source, "--no-deps", "--quiet", "-w", wheels)
    (wheel,) = wheels.glob("planverksted-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for name in ("runsheet.html.j2", "runsheet.md.j2", "style.css", "runsheet.typ"):
        assert f"planverksted/templates/{name}" in names

    # A bare environment, filled by this pip (--python): no copy of pip to install first, and
    # no byte-compiling of every dependency up front (what a command imports is compiled then).
    environment = tmp_path / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", environment)
    python = environment / "bin" / "python"
    run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-compile",
        "--disable-pip-version-check", wheel)  # fmt: skip
    located = run(
        python,
        "-c",
        "import importlib.resources as r; print(r.files('planverksted.templates'))",
        cwd=tmp_path,
    )
    assert Path(located.stdout.strip()).is_relative_to(environment)

    out = tmp_path / "kjoreplan.html"
    command = environment / "bin" / "planverksted"
    run(command, "render", SEED, "-o", out, cwd=tmp_path)
    assert out.read_text(encoding="utf-8") == (
        GOLDEN / "kommunestyre-tett-pa.facilitator.html"
    ).read_text(encoding="utf-8")
    markdown = run(command, "render", SEED, "--audience", "participant", cwd=tmp_path)
    assert markdown.stdout == (GOLDEN / "kommunestyre-tett-pa.participant.md").read_text(
        encoding="utf-8"
    )

    # The calendar comes with the core install; PDF and Word name the extra they need.
    run(command, "render", SEED, "-o", tmp_path / "dag.ics", cwd=tmp_path)
    assert (tmp_path / "dag.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    for suffix, extra in ((".pdf", "pdf"), (".docx", "docx")):
        refused = subprocess.run(
            [str(command), "render", str(SEED), "-o", str(tmp_path / f"x{suffix}")],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            check=False,
            env=as_users_do(),
        )
        assert refused.returncode == 2
        assert refused.stderr.splitlines()[-1] == (  # in the seed's bokmål
            f"    tips: installer den med: pip install 'planverksted[{extra}]'"
        )
        assert not (tmp_path / f"x{suffix}").exists()
    # The live page's script and style sheet are installed with the templates.
    live = tmp_path / "live.html"
    run(command, "run", SEED, "-o", live, cwd=tmp_path)
    page = live.read_text(encoding="utf-8")
    assert "function stateAt(day, t)" in page and "--room-ground" in page
