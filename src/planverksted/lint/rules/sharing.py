"""Shared files (``people: felles/folk.yaml``) and reusable blocks (``blocks:`` with ``use:``)."""

from __future__ import annotations

from planverksted.lint.registry import Code
from planverksted.lint.severity import ERROR

SECTION = "Understanding it"
ORDER = 25

CODES = (
    Code(
        "shared-file-unreadable",
        ERROR,
        "a shared file that `people`, `participants` or `blocks` names cannot be read: "
        "missing, a folder, not a regular file, or unreadable",
        ignorable=False,
        example="`people: felles/folk.yaml` with no such file beside the workshop file",
    ),
    Code(
        "shared-file-shape",
        ERROR,
        "a shared file whose top level is not what its key holds (keys for `people` and "
        "`blocks`, a list for `participants`)",
        ignorable=False,
        example="a people file that is a list: `- Ordføreren`",
    ),
    Code(
        "block-unknown",
        ERROR,
        "a `use` that names no block under `blocks`",
        example="`use: film-planstrategi` beside `blocks: {film-planstrategien: …}`",
    ),
)

TEXTS = {
    "shared-file-unreadable": {
        "en": "{field}: {name} cannot be read: {reason}",
        "nb": "{field}: {name} kan ikke leses: {reason}",
        "nn": "{field}: {name} kan ikkje lesast: {reason}",
    },
    "shared-file-unreadable.hint": {
        "en": "the path is relative to this file's folder; check its spelling",
        "nb": "stien er relativ til mappen denne filen ligger i; sjekk skrivemåten",
        "nn": "stien er relativ til mappa denne fila ligg i; sjekk skrivemåten",
    },
    "shared-file.missing": {
        "en": "there is no such file",
        "nb": "filen finnes ikke",
        "nn": "fila finst ikkje",
    },
    "shared-file.folder": {
        "en": "it is a folder",
        "nb": "det er en mappe",
        "nn": "det er ei mappe",
    },
    "shared-file.special": {
        "en": "it is not a regular file",
        "nb": "det er ikke en vanlig fil",
        "nn": "det er ikkje ei vanleg fil",
    },
    "shared-file.suffix": {
        "en": "a shared file's name ends in .yaml or .yml",
        "nb": "navnet på en delt fil slutter på .yaml eller .yml",
        "nn": "namnet på ei delt fil sluttar på .yaml eller .yml",
    },
    "shared-file.os": {
        "en": "the system says: {error}",
        "nb": "systemet melder: {error}",
        "nn": "systemet seier: {error}",
    },
    "shared-file-shape": {
        "en": "this file is named by {field}, so its top level should be {expected}, but it "
        "holds {found}",
        "nb": "denne filen er oppgitt under {field}, så øverste nivå skal være {expected}, men "
        "det er {found}",
        "nn": "denne fila er oppgitt under {field}, så øvste nivå skal vere {expected}, men "
        "det er {found}",
    },
    "shared-file-shape.hint": {
        "en": "write one entry a line: key: then its keys, as under {field} in a workshop file",
        "nb": "skriv hver oppføring som en nøkkel med kolon, og nøklene dens med innrykk under, "
        "slik som under {field} i en verkstedfil",
        "nn": "skriv éi oppføring per linje: nøkkel: og så nøklane, slik som under {field} "
        "i ei verkstadfil",
    },
    "shared-file-shape.list.hint": {
        "en": "write one participant a line, each after '- '",
        "nb": "skriv én deltaker per linje, hver etter «- »",
        "nn": "skriv éin deltakar per linje, kvar etter «- »",
    },
    "block-unknown": {
        "en": "use: {name} is not defined under blocks",
        "nb": "use: {name} er ikke definert under «blocks»",
        "nn": "use: {name} er ikkje definert under «blocks»",
    },
    "block-unknown.hint": {
        "en": "the blocks are: {known}",
        "nb": "bolkene er: {known}",
        "nn": "bolkane er: {known}",
    },
    "block-unknown.none": {
        "en": "define it under blocks: (key → title, kind, duration, who, notes, link)",
        "nb": "definer den under «blocks» (nøkkel → title, kind, duration, who, notes, link)",
        "nn": "definer han under «blocks:» (nøkkel → title, kind, duration, who, notes, link)",
    },
}
