"""The `planverksted` command, end to end: output format, exit codes, no tracebacks.

In-process (tests/invoking.py), save what only a process shows: ``python -m``, its imports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from invoking import planverksted
from planverksted.cli import shell as cli

SEED = str(EXAMPLES / "kommunestyre-tett-pa.yaml")
CLEAN = str(EXAMPLES / "tett-pa-samling-to-dagar.yaml")


@pytest.fixture
def english_seed(tmp_path: Path) -> str:
    """The seed marked as English: the program speaks a file's language, so this is how
    its lines are read in English (the titles stay as written)."""
    path = tmp_path / "kommunestyre-tett-pa.yaml"
    text = Path(SEED).read_text(encoding="utf-8")
    path.write_text(text.replace("\nlanguage: nb\n", "\nlanguage: en\n", 1), encoding="utf-8")
    return str(path)


def run(*args: str, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    return planverksted(*args, input=stdin, env={"NO_COLOR": None, **env})


def test_check_prints_located_findings_and_a_summary(english_seed: str) -> None:
    result = run("check", english_seed)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f'{english_seed}:73:11: warning[gap] 5 min unplanned between block "Om Tett på og presentasjon av '
        'laget" (ends 13:15) and block "Plansystemet, koplinga plan og økonomi" (starts 13:20)'
    )
    assert (
        lines[1]
        == "    hint: start it at 13:15, or fill the time with a block (a break is a block too)"
    )
    assert lines[2].startswith(
        f"{english_seed}:92:17: warning[method-too-long] method IGP takes 19 min"
    )
    assert lines[-1] == "2 warnings in 1 of 1 file"
    assert "\x1b[" not in result.stdout


@pytest.mark.parametrize(
    ("args", "code"),
    [
        ((CLEAN,), 0),
        ((SEED,), 0),
        (("--strict", SEED), 1),
        (("--strict", "--ignore", "gap", "--ignore", "method-too-long", SEED), 0),
        (("--strict", CLEAN), 0),
        ((str(EXAMPLES),), 0),
    ],
)
def test_exit_codes(args: tuple[str, ...], code: int) -> None:
    assert run("check", *args).returncode == code


def test_errors_exit_1_and_usage_errors_exit_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("planverksted: 1\ntitle: Drøfting: er det?\n", encoding="utf-8")
    result = run("check", str(broken))
    assert result.returncode == 1
    assert result.stdout.startswith(f"{broken}:2:16: feil[colon-in-text] ")
    missing = run("check", str(tmp_path / "nowhere.yaml"))
    assert (missing.returncode, missing.stderr) == (
        2,
        f"planverksted: no such file: {tmp_path / 'nowhere.yaml'}\n",
    )
    assert run("check", "--format", "xml", SEED).returncode == 2
    assert run("check").returncode == 2
    empty = tmp_path / "empty-folder"
    empty.mkdir()
    assert run("check", str(empty)).returncode == 2


def test_json_output() -> None:
    result = run("check", "--format", "json", SEED, CLEAN)
    document = json.loads(result.stdout)
    assert [
        (f["file"], f["line"], f["column"], f["severity"], f["code"]) for f in document["findings"]
    ] == [(SEED, 73, 11, "warning", "gap"), (SEED, 92, 17, "warning", "method-too-long")]
    assert document["summary"] == {"files": 2, "errors": 0, "warnings": 2, "info": 0}


def test_github_annotations(english_seed: str) -> None:
    result = run("check", "--format", "github", english_seed)
    file = english_seed.replace(":", "%3A").replace(",", "%2C")
    assert result.stdout.splitlines()[0].startswith(
        f"::warning file={file},line=73,col=11,title=gap::5 min unplanned between"
    )


def test_standard_input() -> None:
    text = Path(CLEAN).read_text(encoding="utf-8").replace("duration: 30\n", "duration: 20\n", 1)
    result = run("check", "-", stdin=text)
    assert result.returncode == 0
    assert result.stdout.startswith("<stdin>:")


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\x01\x02",
        b"planverksted: [1\n",
        b"\xff\xfe\x00t",
        b"- - - -\n",
        b"{a: *b}\n",
        b"!!binary aGVsbG8=\n",
        b"planverksted: 1\ntitle: T\nagenda: [{title: A, time: 99-100}]\n",
    ],
)
def test_no_traceback_for_anything_a_user_can_save(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "w.yaml"
    path.write_bytes(content)
    result = run("check", str(path))
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout.startswith(f"{path}:")


def test_python_dash_m_works() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "planverksted", "check", CLEAN],
        capture_output=True,
        text=True,
        check=False,
    )
    # The example is in nynorsk, and check speaks the file's language.
    assert (result.returncode, result.stdout) == (0, "ingen problem i 1 fil\n")


HELPS = [
    ["--help"],
    ["check", "--help"],
    ["render", "--help"],
    ["new", "--help"],
    ["methods", "--help"],
    ["schema", "--help"],
]


@pytest.fixture(scope="module")
def imported_by_help() -> dict[str, list[str]]:
    """Each help's heavy imports, in one fresh interpreter: each help is asked in turn, and
    what is new in ``sys.modules`` after it is its own (none imported one before it)."""
    probe = (
        "import json, sys\n"
        "from planverksted.cli import shell as cli\n"
        "found = {}\n"
        f"for args in {HELPS!r}:\n"
        "    try:\n        cli.app(args)\n    except SystemExit:\n        pass\n"
        "    found[' '.join(args)] = sorted(\n"
        "        m for m in ('jinja2', 'pydantic', 'yaml') if m in sys.modules\n    )\n"
        "print(json.dumps(found))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    found: dict[str, list[str]] = json.loads(result.stdout.splitlines()[-1])
    return found


@pytest.mark.parametrize("args", HELPS)
def test_help_imports_neither_jinja2_nor_pydantic(
    imported_by_help: dict[str, list[str]], args: list[str]
) -> None:
    assert imported_by_help[" ".join(args)] == []


def test_an_internal_error_is_a_short_report_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from planverksted.cli.commands import check

    def explode(*args: object) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(check, "analyse_any", explode)
    result = CliRunner().invoke(cli.app, ["check", CLEAN])
    assert result.exit_code == 3
    # The crash report speaks the file's language (nynorsk) too.
    assert "intern feil (RuntimeError: boom)" in result.output
    assert "Dette er ein feil i planverksted, ikkje i fila di." in result.output
    assert "Traceback" not in result.output
    debug = CliRunner().invoke(cli.app, ["--debug", "check", CLEAN])
    assert isinstance(debug.exception, RuntimeError)


def test_an_unknown_ignore_code_is_a_usage_error(english_seed: str) -> None:
    result = run("check", "--ignore", "gapp", english_seed)
    assert (result.returncode, result.stderr) == (
        2,
        "planverksted: --ignore gapp: there is no finding code called 'gapp'\n"
        "    hint: did you mean 'gap'?\n",
    )


def test_a_folder_is_checked_without_its_hidden_folders(tmp_path: Path) -> None:
    (tmp_path / ".venv" / "lib").mkdir(parents=True)
    (tmp_path / ".venv" / "lib" / "tool.yaml").write_text("not: [a workshop\n", encoding="utf-8")
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "Verksted.YML").write_bytes(Path(CLEAN).read_bytes())
    result = run("check", str(tmp_path))
    assert (result.returncode, result.stdout) == (0, "ingen problem i 1 fil\n")


def test_the_schema_never_replaces_a_workshop_file(tmp_path: Path) -> None:
    target = tmp_path / "Verksted.YAML"
    target.write_text("planverksted: 1\n", encoding="utf-8")
    result = run("schema", "-o", str(target))
    assert result.returncode == 2
    assert target.read_text(encoding="utf-8") == "planverksted: 1\n"


def test_check_speaks_the_language_of_the_file() -> None:
    """A bokmål file gets bokmål findings, whatever --lang says (it words only what no
    file's language decides); a nynorsk file nynorsk ones."""
    result = run("check", SEED)
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f"{SEED}:73:11: advarsel[gap] 5 min uten plan mellom «Om Tett på og presentasjon av "
        "laget» (slutter kl. 13.15) og «Plansystemet, koplinga plan og økonomi» (starter kl. 13.20)"
    )
    assert lines[1].startswith("    tips: start bolken kl. 13.15")
    assert lines[-1] == "2 advarsler i 1 av 1 fil"
    assert run("check", "--lang", "nn", SEED).stdout == result.stdout
    assert run("check", "--lang", "en", SEED).stdout == result.stdout
    assert run("check", "--ignore", "gap", "--ignore", "method-too-long", CLEAN).stdout == (
        "ingen problem i 1 fil\n"
    )


def test_json_names_the_language_its_messages_are_in(english_seed: str) -> None:
    assert json.loads(run("check", "--format", "json", SEED).stdout)["language"] == "nb"
    english = json.loads(run("check", "--format", "json", english_seed).stdout)
    assert english["language"] == "en"
    assert english["findings"][0]["message"].startswith("5 min unplanned between")
    assert json.loads(run("check", "--format", "json", CLEAN).stdout)["language"] == "nn"


@pytest.mark.parametrize(
    ("lang", "env", "expected"),
    [
        ((), {}, "planverksted: no such file: nowhere.yaml\n"),
        ((), {"LANG": "nb_NO.UTF-8"}, "planverksted: filen finnes ikke: nowhere.yaml\n"),
        ((), {"LANG": "nn_NO.UTF-8"}, "planverksted: fila finst ikkje: nowhere.yaml\n"),
        ((), {"LANG": "no_NO"}, "planverksted: filen finnes ikke: nowhere.yaml\n"),
        ((), {"LANG": "de_DE.UTF-8"}, "planverksted: no such file: nowhere.yaml\n"),
        ((), {"LANG": "nb_NO.UTF-8", "LC_ALL": "C"}, "planverksted: no such file: nowhere.yaml\n"),
        ((), {"LC_ALL": "nn_NO.UTF-8"}, "planverksted: fila finst ikkje: nowhere.yaml\n"),
        (
            ("--lang", "nn"),
            {"LANG": "nb_NO.UTF-8"},
            "planverksted: fila finst ikkje: nowhere.yaml\n",
        ),
        (("--lang", "en"), {"LANG": "nb_NO.UTF-8"}, "planverksted: no such file: nowhere.yaml\n"),
    ],
)
def test_usage_errors_follow_lang_then_the_locale_then_english(
    tmp_path: Path, lang: tuple[str, ...], env: dict[str, str], expected: str
) -> None:
    result = planverksted(
        "check", *lang, "nowhere.yaml", cwd=tmp_path, env={"LANG": None, "LC_ALL": None, **env}
    )
    assert (result.returncode, result.stderr) == (2, expected)


def test_a_norwegian_usage_error_has_a_norwegian_hint() -> None:
    result = run("check", "--lang", "nn", "--ignore", "gapp", SEED)
    assert (result.returncode, result.stderr) == (
        2,
        "planverksted: --ignore gapp: det finnes ingen merknadskode som heter «gapp»\n"
        "    tips: mente du «gap»?\n",
    )


def test_help_stays_english_and_names_each_command_in_the_locales_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    result = run("--help")
    assert "Commands" in result.stdout
    purposes = {
        "C.UTF-8": ("check", "Validate and time-check workshop files, like a linter."),
        "nb_NO.UTF-8": ("render", "Lag kjøreplan og program av en verkstedfil."),
        "nn_NO.UTF-8": ("render", "Lag køyreplan og program av ei verkstadfil."),
    }
    runner = CliRunner()
    for locale, (command, purpose) in purposes.items():
        monkeypatch.setenv("LANG", locale)
        first = runner.invoke(cli.app, [command, "--help"]).output.split("\n\n")[1]
        assert first.strip() == purpose, locale
        listing = runner.invoke(cli.app, ["--help"]).output
        assert f"  {command} " in listing and purpose.rstrip(".") in listing
        # typer's own words stay English.
        assert "Show this message and exit." in listing


def test_lang_is_not_left_behind_for_the_next_command_in_the_same_process() -> None:
    runner = CliRunner()
    norwegian = runner.invoke(cli.app, ["check", "--lang", "nn", "nowhere.yaml"])
    assert "fila finst ikkje" in norwegian.stderr
    english = runner.invoke(cli.app, ["check", "nowhere.yaml"])
    assert "no such file" in english.stderr
