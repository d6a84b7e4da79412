"""`planverksted groups`: the tables of every group work and round, the balance, pairs who
meet twice, people moved since an earlier allocation, the tracks; text and JSON."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from planverksted.cli import shell as cli

COUNCIL = """planverksted: 1
title: Kommunestyret
language: nb
people:
  johnny: {name: Johnny}
participants:
  - {name: Kari Nordmann, party: Ap}
  - {name: Ola Hansen, party: H}
  - {name: Per Berg, party: Ap}
  - {name: Åse Lie, party: Sp}
  - {name: Siri Dahl, party: H}
  - {name: Tor Moen, party: Sp}
rooms:
  rom1: {name: Grupperom 1, capacity: 20}
  salen: {name: Salen, capacity: 40}
tables: {count: 2, mix: [party], hosts: [johnny]}
agenda:
  - title: Kafédialog
    start: "13.00"
    kind: group
    duration: 40
    groups: {rounds: 2}
  - title: Parallelle verkstader
    walk: 5 min
    parallel:
      - {title: Helse og omsorg, room: rom1, duration: 40}
      - {title: Oppvekst, room: salen, duration: 45}
    split: {mix: [party]}
"""


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli.app, ["groups", *args])
    return result.exit_code, result.stdout, result.stderr


def _write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_groups_prints_every_round_host_first_with_the_balance(tmp_path: Path) -> None:
    code, out, err = _run(_write(tmp_path, "k.yaml", COUNCIL))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Kafédialog · 13.00–13.40 · 2 bord · 2 runder · blandet etter parti",
        "  Runde 1",
        "    Bord 1 (4): Johnny (vert), Ola Hansen, Per Berg, Tor Moen",
        "      parti: (ingen) 1, Ap 1, H 1, Sp 1",
        "    Bord 2 (3): Åse Lie, Kari Nordmann, Siri Dahl",
        "      parti: Ap 1, H 1, Sp 1",
        "  Runde 2",
        "    Bord 1 (4): Johnny (vert), Åse Lie, Per Berg, Siri Dahl",
        "      parti: (ingen) 1, Ap 1, H 1, Sp 1",
        "    Bord 2 (3): Kari Nordmann, Ola Hansen, Tor Moen",
        "      parti: Ap 1, H 1, Sp 1",
        "  alle kolonnene det blandes etter, er så jevnt fordelt som tallene tillater",
        "  3 par sitter sammen mer enn én gang: Åse Lie + Siri Dahl; Johnny + Per Berg; Ola Hansen + Tor Moen",
        "",
        "Parallelle verkstader (parallelle spor)",
        "  Helse og omsorg · 13.45–14.25 · Grupperom 1 · 3",
        "    Åse Lie, Kari Nordmann, Siri Dahl",
        "  Oppvekst · 13.45–14.30 · Salen · 3",
        "    Ola Hansen, Per Berg, Tor Moen",
    ]


def test_groups_speaks_english_when_asked(tmp_path: Path) -> None:
    code, out, _ = _run(_write(tmp_path, "k.yaml", COUNCIL), "--lang", "en")
    assert code == 0
    assert out.splitlines()[:3] == [
        "Kafédialog · 13:00–13:40 · 2 tables · 2 rounds · mixed by party",
        "  Round 1",
        "    Table 1 (4): Johnny (host), Ola Hansen, Per Berg, Tor Moen",
    ]


def test_the_json_is_in_the_agreed_shape(tmp_path: Path) -> None:
    code, out, _ = _run(_write(tmp_path, "k.yaml", COUNCIL), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data == {
        "allocations": [
            {
                "block": "Kafédialog",
                "part": None,
                "rounds": [
                    [
                        {
                            "table": 1,
                            "host": "Johnny",
                            "members": ["Johnny", "Ola Hansen", "Per Berg", "Tor Moen"],
                        },
                        {
                            "table": 2,
                            "host": None,
                            "members": ["Åse Lie", "Kari Nordmann", "Siri Dahl"],
                        },
                    ],
                    [
                        {
                            "table": 1,
                            "host": "Johnny",
                            "members": ["Johnny", "Åse Lie", "Per Berg", "Siri Dahl"],
                        },
                        {
                            "table": 2,
                            "host": None,
                            "members": ["Kari Nordmann", "Ola Hansen", "Tor Moen"],
                        },
                    ],
                ],
            }
        ],
        "tracks": [
            {
                "block": "Parallelle verkstader",
                "track": "Helse og omsorg",
                "room": "rom1",
                "members": ["Åse Lie", "Kari Nordmann", "Siri Dahl"],
            },
            {
                "block": "Parallelle verkstader",
                "track": "Oppvekst",
                "room": "salen",
                "members": ["Ola Hansen", "Per Berg", "Tor Moen"],
            },
        ],
    }


def _bigger() -> str:
    names = [
        f"    - {{name: Deltaker {n:02d}, party: {'ApHSpV'[n % 3 * 2 : n % 3 * 2 + 2]}}}"
        for n in range(24)
    ]
    return COUNCIL.replace(
        COUNCIL[COUNCIL.index("  - {name: Kari") : COUNCIL.index("rooms:")],
        "\n".join(name[2:] for name in names) + "\n",
    ).replace("groups: {rounds: 2}", "groups: {rounds: 1}")


def test_since_an_earlier_file_says_who_moved(tmp_path: Path) -> None:
    old = _write(tmp_path, "gammel.yaml", _bigger())
    new = _write(
        tmp_path, "ny.yaml", _bigger().replace("rooms:", "  - {name: Nykommer, party: Ap}\nrooms:")
    )
    code, out, _ = _run(new, "--since", old, "--lang", "en")
    assert code == 0
    moved = [line for line in out.splitlines() if "since" in line]
    assert len(moved) == 1
    assert moved[0].startswith("  nobody moved since ") or moved[0].startswith("  1 moved since ")


def test_since_a_saved_allocation_moves_no_one_when_nothing_changed(tmp_path: Path) -> None:
    workshop = _write(tmp_path, "k.yaml", _bigger())
    _, saved, _ = _run(workshop, "--format", "json")
    allocation = _write(tmp_path, "bord.json", saved)
    code, out, _ = _run(workshop, "--since", allocation, "--lang", "en")
    assert code == 0
    assert f"  nobody moved since {allocation}" in out.splitlines()


def test_since_something_else_is_a_usage_error(tmp_path: Path) -> None:
    workshop = _write(tmp_path, "k.yaml", COUNCIL)
    notes = _write(tmp_path, "notater.txt", "hei")
    code, _, err = _run(workshop, "--since", notes, "--lang", "nn")
    assert code == 2
    # The file's language (bokmål) speaks: --lang is the listing's.
    assert err.splitlines()[0].startswith(f"planverksted: --since {notes}: ")
    workshop = _write(tmp_path, "k.yaml", COUNCIL.replace("language: nb", "language: en"))
    code, _, err = _run(workshop, "--since", notes)
    assert code == 2
    assert err.splitlines() == [
        f"planverksted: --since {notes}: give a workshop file (.yaml) or a saved allocation "
        "(.json)",
        "    hint: save one with: planverksted groups FILE --format json > tables.json",
    ]
    broken = _write(tmp_path, "bord.json", '{"allocations": [{"block": 3}]}')
    code, _, err = _run(workshop, "--since", broken)
    assert code == 2
    assert err.splitlines()[0] == (
        f"planverksted: --since {broken}: not an allocation saved by planverksted groups "
        "--format json"
    )


def test_a_file_with_errors_shows_them_and_exits_1(tmp_path: Path) -> None:
    text = COUNCIL.replace("hosts: [johnny]", "hosts: [jonny]").replace(
        "language: nb", "language: en"
    )
    path = _write(tmp_path, "k.yaml", text)
    code, out, err = _run(path)
    assert code == 1
    assert err.splitlines() == [
        f"{path}:16:42: error[unknown-participant] \"jonny\" in 'hosts' is neither a "
        "participant nor a person",
        '    hint: did you mean "johnny"?',
        "1 error in 1 of 1 file",
    ]
    assert out.startswith("Kafédialog")


def test_a_file_that_seats_no_one_says_so(tmp_path: Path) -> None:
    text = "planverksted: 1\ntitle: T\nlanguage: en\nagenda:\n  - {title: A, start: '9', duration: 5}\n"
    code, out, _ = _run(_write(tmp_path, "k.yaml", text))
    assert (code, out) == (0, "No group work with tables, and no parallel tracks.\n")


def test_the_same_file_seats_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    import os
    import subprocess

    from test_new import BIN

    path = _write(tmp_path, "k.yaml", _bigger())
    outputs = []
    for seed in ("1", "2", "random"):
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [str(BIN), "groups", path, "--format", "json"],
            capture_output=True,
            text=True,
            env=environment,
            check=False,
            timeout=600,
        )
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
