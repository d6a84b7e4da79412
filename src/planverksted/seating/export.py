"""A seating plan as data for tools (``groups --format json``), and read back as the earlier
allocation of a later one (``groups --since saved.json``)."""

from __future__ import annotations

import json
from typing import Any

from planverksted.seating.plan import Previous, Seating, previous_of

MAX_SAVED_BYTES = 5 * 1024 * 1024
"""The largest saved allocation read back."""


def allocation_data(seating: Seating) -> dict[str, Any]:
    """``{"allocations": [{"block", "part", "rounds": [[{"table", "host", "members"}]]}],
    "tracks": [{"block", "track", "room", "members"}]}``, members by name, the host among them."""
    return {
        "allocations": [
            {
                "block": work.block,
                "part": work.part,
                "rounds": [
                    [
                        {"table": table.number, "host": table.host, "members": list(table.members)}
                        for table in seating_round
                    ]
                    for seating_round in work.rounds
                ],
            }
            for work in seating.groups
        ],
        "tracks": [
            {
                "block": track.block,
                "track": track.track,
                "room": track.room,
                "members": list(track.members),
            }
            for track in seating.tracks
        ],
    }


def allocation_json(seating: Seating) -> str:
    return json.dumps(allocation_data(seating), ensure_ascii=False, indent=2)


class SavedAllocationError(ValueError):
    """A saved allocation that is not in the shape :func:`allocation_data` writes."""


def read_saved(text: str) -> Previous:
    """A saved allocation (the JSON of ``groups --format json``) as an earlier allocation."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise SavedAllocationError("not JSON") from None
    if not isinstance(data, dict) or not isinstance(data.get("allocations"), list):
        raise SavedAllocationError("no allocations")
    found = []
    for item in data["allocations"]:
        if not isinstance(item, dict) or not isinstance(item.get("block"), str):
            raise SavedAllocationError("an allocation without its block")
        part = item.get("part")
        rounds = item.get("rounds")
        if (part is not None and not isinstance(part, str)) or not isinstance(rounds, list):
            raise SavedAllocationError("an allocation without rounds")
        tables = []
        for seating_round in rounds:
            if not isinstance(seating_round, list):
                raise SavedAllocationError("a round that is not a list of tables")
            members = []
            for table in seating_round:
                names = table.get("members") if isinstance(table, dict) else None
                if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                    raise SavedAllocationError("a table without its members")
                members.append(names)
            tables.append(members)
        found.append((item["block"], part, tables))
    return previous_of(iter(found))
