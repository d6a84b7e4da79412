"""``planverksted schema``: print or write the JSON Schema that editors check workshops with."""

from __future__ import annotations

import sys
from pathlib import Path

from planverksted.cli.voice import say
from planverksted.errors import UsageError
from planverksted.source.load import WORKSHOP_SUFFIXES
from planverksted.workshop.jsonschema import SCHEMA_FILENAME, schema_text
from planverksted.writing import plan_output, write_atomic


def run(output: str | None, *, force: bool = False, programme: bool = False) -> int:
    """Print the schema (of programme files, with ``programme``), or write it to ``output``."""
    if programme:
        from planverksted.workshop.jsonschema import programme_schema_text

        text = programme_schema_text()
    else:
        text = schema_text()
    if output is None or output == "-":
        sys.stdout.write(text)
        return 0
    target = Path(output)
    # The one likely slip, -o verksted.yaml, would replace a workshop with the schema.
    if target.suffix.lower() in WORKSHOP_SUFFIXES:
        raise UsageError.of(
            "schema.workshop-suffix",
            "schema.workshop-suffix.hint",
            output=output,
            schema=SCHEMA_FILENAME,
        )
    plan_output(target, replaces=(".json",), force=force)
    write_atomic(target, text)
    say("schema.wrote", plain=True, output=output)
    return 0
