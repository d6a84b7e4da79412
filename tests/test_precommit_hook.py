"""The pre-commit hook (.pre-commit-hooks.yaml) works as a user's repository would use it.

`pre-commit run` installs planverksted from a copy of this repository into an environment
of its own (pip, from the package index), once, and runs the hook on a temporary git
repository holding workshop files, then with `files:` narrowed as the README shows.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import EXAMPLES, HANG, ROOT

PRE_COMMIT = Path(sys.executable).with_name("pre-commit")
BROKEN = "planverksted: 1\ntitle: X\nagenda:\n  - {title: A, duration: 5, kidn: talk}\n"
NOT_A_WORKSHOP = "name: CI\non: push\njobs: {}\n"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("git") is None, reason="needs git"),
    pytest.mark.skipif(not (ROOT / ".git").exists(), reason="needs this repository's git"),
]


def git(folder: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "commit.gpgsign=false", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        check=True,
        env=os.environ
        | {
            "GIT_AUTHOR_NAME": "Test",
            "GIT_AUTHOR_EMAIL": "test@example.org",
            "GIT_COMMITTER_NAME": "Test",
            "GIT_COMMITTER_EMAIL": "test@example.org",
        },
    ).stdout


def copy_of_this_repository(target: Path) -> str:
    """This repository's files as they are now (committed or not), committed; the commit."""
    listed = git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    git(target, "init", "-q")
    git(target, "add", "-A")
    git(target, "commit", "-q", "-m", "planverksted as it is")
    return git(target, "rev-parse", "HEAD").strip()


def pre_commit(folder: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PRE_COMMIT")}
    environment |= {"PRE_COMMIT_HOME": str(home), "NO_COLOR": "1", "TERM": "dumb"}
    # pip installs without byte-compiling every module of every dependency up front
    # (PIP_COMPILE=0 is --no-compile; PIP_NO_COMPILE reads the other way round); the hook's
    # runs then compile what they import once and keep it, as on a user's machine, also where
    # this machine says PYTHONDONTWRITEBYTECODE (every run would compile pydantic, rich …
    # again). The same package is installed and run either way.
    environment["PIP_COMPILE"] = "0"
    environment.pop("PYTHONDONTWRITEBYTECODE", None)

    return subprocess.run(
        [str(PRE_COMMIT), *args, "--color", "never"],
        cwd=folder,
        capture_output=True,
        text=True,
        env=environment,
        timeout=HANG,
        check=False,
    )


def test_the_hook_checks_workshop_files_and_fails_on_errors(tmp_path: Path) -> None:
    planverksted = tmp_path / "planverksted"
    planverksted.mkdir()
    revision = copy_of_this_repository(planverksted)
    home = tmp_path / "pre-commit-home"

    repository = tmp_path / "kommune"
    (repository / "workshops").mkdir(parents=True)
    (repository / ".github").mkdir()
    shutil.copyfile(EXAMPLES / "kommunestyre-tett-pa.yaml", repository / "workshops/tett-pa.yaml")
    (repository / "workshops" / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    (repository / ".github" / "ci.yml").write_text(NOT_A_WORKSHOP, encoding="utf-8")
    hook: dict[str, str] = {"id": "planverksted"}
    config = {"repos": [{"repo": str(planverksted), "rev": revision, "hooks": [hook]}]}
    (repository / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    git(repository, "init", "-q")
    git(repository, "add", "-A")
    # One configuration, one revision: pre-commit installs planverksted into its environment
    # once (the slow part) and reuses it for every run below.

    # Warnings alone pass.
    result = pre_commit(repository, home, "run", "--files", "workshops/tett-pa.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "planverksted check" in result.stdout and "Passed" in result.stdout

    # An error fails the commit, with the finding where it is.
    result = pre_commit(
        repository, home, "run", "--files", "workshops/tett-pa.yaml", "workshops/broken.yaml"
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Failed" in result.stdout
    assert (
        "workshops/broken.yaml:4:29: feil[unknown-key] ukjent nøkkel «kidn» i bolk 1 «A»"
        in result.stdout
    )

    # Not narrowed, the hook checks every YAML file, the CI workflow too.
    (repository / "workshops" / "broken.yaml").unlink()
    git(repository, "add", "-A")
    result = pre_commit(repository, home, "run", "--all-files")
    assert result.returncode == 1
    assert ".github/ci.yml:1:1: feil[missing-key]" in result.stdout

    # Narrowed to workshops/ as the README shows: other YAML files are left alone.
    hook["files"] = "^workshops/"
    (repository / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    git(repository, "add", "-A")
    result = pre_commit(repository, home, "run", "--all-files")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout

    # Not narrowed, the hook checks every YAML file, the CI workflow too.
    del hook["files"]
    (repository / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    git(repository, "add", "-A")
    result = pre_commit(repository, home, "run", "--all-files")
    assert result.returncode == 1
    assert ".github/ci.yml:1:1: feil[missing-key]" in result.stdout
