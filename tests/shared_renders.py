"""The same Word or PDF document rendered once per test process, for tests of what a command
does with its documents (where it writes them, all or none, what it refuses), not of how a
document is drawn.

``render --all`` makes every format of every workshop of a programme, and the tests of its
files run it again and again on the same examples: each Word document costs about a quarter
of a second, each PDF a Typst process. A Word or PDF document is a function of the view it is
drawn from and the options (no template and no reference document of the user's), the same
bytes every time (tests/test_render_documents.py holds that promise), so a test that meets
the same view again gets the bytes the first render made: every other step of the command
(the plan, the checks of every target, the writing, all or none) runs as before. The first
render of each view runs as the command runs it, in its capped child process.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterator
from typing import Any

import pytest

from planverksted.cli.commands import render

_SHARED = ("docx", "pdf")
_made: dict[str, str | bytes] = {}


def _key(chosen: Any, job: Any) -> str | None:
    """What the document is a function of, or None when it reads more (a user's template, a
    reference document) or is another format."""
    if chosen.format.name not in _SHARED or job.template is not None:
        return None
    if job.options.get("reference_docx"):
        return None
    drawn = [chosen.format.name, job.view, sorted(job.options.items())]
    try:  # the view is data (the PDF's template reads it as JSON): all of it is in the key
        text = json.dumps(drawn, sort_keys=True)
    except TypeError:
        return None
    return hashlib.sha256(text.encode()).hexdigest()


@contextlib.contextmanager
def shared_documents(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Within: a Word or PDF document the command made before in this process is not made
    again from the same view; its bytes are used."""
    made_once = render._render_capped

    def made(chosen: Any, job: Any) -> str | bytes:
        key = _key(chosen, job)
        if key is None:
            return made_once(chosen, job)
        if key not in _made:
            _made[key] = made_once(chosen, job)
        return _made[key]

    monkeypatch.setattr(render, "_render_capped", made)
    yield
