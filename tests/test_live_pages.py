"""The room sees only the room (#19): `run` writes the projector's page without a single
text marked for the facilitator, and the facilitator's page beside it with all of them.

Every facilitator-only text of the examples, the starters and a workshop full of them is
looked for in the room's page: its HTML as written, and the data its script reads.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from conftest import EXAMPLES
from live_samples import SECRETS
from planverksted.analysis import Analysis, analyse_file
from planverksted.cli.commands.run import run
from planverksted.workshop.scaffold import list_starters

# The examples where they are (one reads its participants from a file beside it), the
# starters and the sample as text.
SOURCES: dict[str, Path | str] = {path.stem: path for path in EXAMPLES.glob("*.yaml")}
SOURCES |= {starter.name: starter.text for starter in list_starters()}
SOURCES["secrets"] = SECRETS


def secrets_and_public(analysis: Analysis) -> tuple[set[str], str]:
    """The texts only the facilitator may see, and everything the room may (to tell apart
    a secret that is also said in public, like a who that is also in a title)."""
    assert analysis.schedule is not None and analysis.workshop is not None
    people = analysis.workshop.people
    secret: set[str] = set()
    public = [analysis.workshop.title, analysis.workshop.subtitle or ""]
    for day in analysis.schedule.days:
        for timed in day.blocks:
            items = [(timed.block, timed.steps)] + [(p.part, p.steps) for p in timed.parts]
            for item, steps in items:
                hidden = timed.block.facilitator_only or item.facilitator_only
                who = [people[key].name if key in people else key for key in item.who]
                secret.update(text for text in (item.notes, *who) if text)
                secret.update(step.note for step in steps if step.note)
                if hidden:
                    secret.update(text for text in (item.title, item.description) if text)
                    secret.update(step.title for step in steps)
                else:
                    public.append(item.title)
                    public.extend(step.title for step in steps)
                    public.append(item.description or "")
    return secret, "\n".join(public)


def page_texts(page: str) -> str:
    """What a page holds as text: its HTML unescaped, and its data as its script reads it."""
    data = re.search(r'<script type="application/json" id="live-data">(.*?)</script>', page, re.S)
    assert data is not None
    return html.unescape(page) + json.dumps(json.loads(data[1]), ensure_ascii=False)


@pytest.mark.parametrize("name", sorted(SOURCES))
@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_the_rooms_page_holds_nothing_for_the_facilitator(
    tmp_path: Path, name: str, language: str
) -> None:
    given = SOURCES[name]
    if isinstance(given, Path):
        source = given
    else:
        source = tmp_path / f"{name}.yaml"
        source.write_text(given, encoding="utf-8")
    assert run(str(source), str(tmp_path / "rom.html"), language) == 0
    facilitator_page = next(p for p in tmp_path.glob("rom.*.html"))
    room = page_texts((tmp_path / "rom.html").read_text(encoding="utf-8"))
    facilitator = page_texts(facilitator_page.read_text(encoding="utf-8"))
    secret, public = secrets_and_public(analyse_file(str(source)))
    kept = {text for text in secret if text not in public}
    for text in sorted(kept):
        assert text not in room, (name, text)
        assert text in facilitator, (name, text)
    # No way to reveal them either: no facilitator view, no switch, no key for it.
    assert 'id="facilitator"' not in room and 'id="toggle-view"' not in room
    assert '"audience":"room"' in (tmp_path / "rom.html").read_text(encoding="utf-8")


def test_the_secrets_workshop_has_secrets_of_every_kind() -> None:
    """The sample above holds each kind the room must not see, so the test can fail."""
    from conftest import analyse

    secret, _ = secrets_and_public(analyse(SECRETS))
    assert {
        "Hemmelig notat",
        "Rigging av salen",
        "Flytt bordene før de kommer",
        "Instruks til verter",
        "Bare for oss",
        "Steg-notat bare for oss",
        "Husk å takke & <avslutte>",
        "Gruppeleder Lukket",
        "Vertskapet Hemmelig",
    } <= secret
