"""People in the room: the participant list, tables, hosts, rooms and parallel tracks.

The findings are made by ``seating.plan`` (which reads the participant file beside the
workshop file, so ``check``, ``render`` and ``groups`` report the same); this module
declares and words them.
"""

from __future__ import annotations

from planverksted.lint.registry import Code
from planverksted.lint.severity import ERROR, WARNING

SECTION = "Checking the people in the room"
ORDER = 130

CODES = (
    Code(
        "participants-file",
        ERROR,
        "the `participants` file is missing, too large, not CSV or XLSX, has no `name` "
        "(or `navn`) column, or cannot be read",
        example="`participants: deltakere.pdf`",
    ),
    Code(
        "participant-duplicate",
        ERROR,
        "two participants with the same name (case and accents aside), with the row of each",
        example="`Kari Nordmann` on rows 3 and 7 of the CSV",
    ),
    Code(
        "unknown-participant",
        ERROR,
        "a name in `hosts`, `apart`, `together`, a track's `who` or `participants` that is "
        "neither a participant nor a person (with the name probably meant), or a `mix` "
        "column no participant has",
        example="`hosts: [Kari Nordman]`",
    ),
    Code(
        "person-double-booked",
        ERROR,
        "one person in two places at once: leading or sitting in two parallel tracks, host "
        "of two tables, leading a track while hosting elsewhere, or leading in two "
        "workshops of a programme whose times overlap",
        example="`who: kd` in two tracks of one block",
    ),
    Code(
        "room-double-booked",
        ERROR,
        "two parallel tracks in the same room at the same time",
        example="two tracks with `room: rom1`",
    ),
    Code(
        "room-over-capacity",
        WARNING,
        "more people in a track than its room holds, or more participants than the rooms "
        "of the tracks hold together",
        example="32 people in `rom1: {capacity: 20}`",
    ),
    Code(
        "table-size",
        WARNING,
        "tables smaller or larger than the method's group size (kafédialog: 4–5 a table), or "
        "a `count` of more tables than there are people to seat",
        example="`tables: {size: 8}` for `method: kafedialog`",
    ),
    Code(
        "too-many-hosts",
        ERROR,
        "more hosts than tables",
        example="`hosts: [a, b, c]` with `count: 2`",
    ),
    Code(
        "groups-infeasible",
        ERROR,
        "an `apart` or `together` constraint that cannot be kept, saying which and why, or "
        "one that names a single person (or one person twice)",
        example="`together: [[A, B]]` with A and B both hosts",
    ),
    Code(
        "no-walk-time",
        WARNING,
        "parallel tracks in rooms with no `walk`: no time to get there",
        example="`parallel:` with rooms and no `walk: 5 min`",
    ),
)

NOTES = """Participants are matched by name with case and accents aside (`Åse` is `ase`), and
a name in `hosts`, `apart`, `together` or a track may also name a `people` key or name.
The tables themselves (who sits where, the balance of each `mix` column, pairs who meet
twice, people moved since an earlier allocation) are shown by `planverksted groups`."""

TEXTS = {
    # participants-file
    "participants-file": {
        "en": "the participant file {file} is not there",
        "nb": "deltakerfilen {file} finnes ikke",
        "nn": "deltakarfila {file} finst ikkje",
    },
    "participants-file.hint": {
        "en": "give the path of a CSV or XLSX file, relative to the workshop file",
        "nb": "skriv stien til en CSV- eller XLSX-fil, regnet fra verkstedfilen",
        "nn": "skriv stien til ei CSV- eller XLSX-fil, rekna frå verkstadfila",
    },
    "participants-file.folder": {
        "en": "the participant file {file} is a folder",
        "nb": "deltakerfilen {file} er en mappe",
        "nn": "deltakarfila {file} er ei mappe",
    },
    "participants-file.special": {
        "en": "the participant file {file} is not a regular file (a named pipe, a device or a "
        "socket)",
        "nb": "deltakerfilen {file} er ikke en vanlig fil (men et navngitt rør, en enhet eller et "
        "nettverksendepunkt)",
        "nn": "deltakarfila {file} er ikkje ei vanleg fil (men eit namngitt røyr, ei eining eller "
        "ein sokkel)",
    },
    "participants-file.unreadable": {
        "en": "the participant file {file} cannot be read",
        "nb": "deltakerfilen {file} kan ikke leses",
        "nn": "deltakarfila {file} kan ikkje lesast",
    },
    "participants-file.type": {
        "en": "the participant file {file} is not a CSV or XLSX file",
        "nb": "deltakerfilen {file} er ikke en CSV- eller XLSX-fil",
        "nn": "deltakarfila {file} er ikkje ei CSV- eller XLSX-fil",
    },
    "participants-file.type.hint": {
        "en": "save the list as CSV (.csv) or as an Excel workbook (.xlsx)",
        "nb": "lagre listen som CSV (.csv) eller som Excel-arbeidsbok (.xlsx)",
        "nn": "lagre lista som CSV (.csv) eller som Excel-arbeidsbok (.xlsx)",
    },
    "participants-file.too-large": {
        "en": "the participant file {file} is {size} KiB; the cap is {cap} KiB",
        "nb": "deltakerfilen {file} er på {size} KiB; grensen er {cap} KiB",
        "nn": "deltakarfila {file} er på {size} KiB; grensa er {cap} KiB",
    },
    "participants-file.too-many-rows": {
        "en": "the participant file {file} has more than {cap} rows",
        "nb": "deltakerfilen {file} har mer enn {cap} rader",
        "nn": "deltakarfila {file} har meir enn {cap} rader",
    },
    "participants-file.cap.hint": {
        "en": "keep the participants of this workshop only",
        "nb": "ta bare med deltakerne på dette verkstedet",
        "nn": "ta berre med deltakarane på denne verkstaden",
    },
    "participants-file.encoding": {
        "en": "the participant file {file} is neither UTF-8 nor Windows-1252 text",
        "nb": "deltakerfilen {file} er verken UTF-8- eller Windows-1252-tekst",
        "nn": "deltakarfila {file} er verken UTF-8- eller Windows-1252-tekst",
    },
    "participants-file.encoding.hint": {
        "en": "save it again as CSV UTF-8",
        "nb": "lagre den på nytt som CSV UTF-8",
        "nn": "lagre ho på nytt som CSV UTF-8",
    },
    "participants-file.no-name": {
        "en": "the participant file {file} has no name column (its first row is: {header})",
        "nb": "deltakerfilen {file} har ingen navnekolonne (første rad er: {header})",
        "nn": "deltakarfila {file} har ingen namnekolonne (første rad er: {header})",
    },
    "participants-file.no-name.hint": {
        "en": "the first row names the columns: name (or navn), then any others, like party",
        "nb": "første rad har kolonnenavnene: navn (eller name) først, deretter de kolonnene "
        "du vil, for eksempel parti",
        "nn": "første rad gir namna på kolonnane: namn (eller name), og så dei andre kolonnane "
        "du vil ha, til dømes parti",
    },
    "participants-file.empty": {
        "en": "the participant file {file} has no participants",
        "nb": "deltakerfilen {file} har ingen deltakere",
        "nn": "deltakarfila {file} har ingen deltakarar",
    },
    "participants-file.empty.hint": {
        "en": "write one participant a row under the first row",
        "nb": "skriv én deltaker per rad under første rad",
        "nn": "skriv éin deltakar per rad under første rad",
    },
    "participants-file.row-name": {
        "en": "row {row} of {file} has no name",
        "nb": "rad {row} i {file} har ikke noe navn",
        "nn": "rad {row} i {file} har ikkje noko namn",
    },
    "participants-file.row-name.hint": {
        "en": "fill in the name, or delete the row",
        "nb": "fyll inn navnet, eller slett raden",
        "nn": "fyll inn namnet, eller slett rada",
    },
    "participants-file.xlsx": {
        "en": "reading {file} needs openpyxl, which is not installed",
        "nb": "for å lese {file} trengs openpyxl, som ikke er installert",
        "nn": "for å lese {file} trengst openpyxl, som ikkje er installert",
    },
    "participants-file.xlsx.hint": {
        "en": "install it: pip install 'planverksted[xlsx]'",
        "nb": "installer det: pip install 'planverksted[xlsx]'",
        "nn": "installer det: pip install 'planverksted[xlsx]'",
    },
    # participants-file: a workbook's archive past a cap (planverksted.archive)
    "participants-file.members": {
        "en": "the participant file {file} is a package of {count} files, more than a workbook has",
        "nb": "deltakerfilen {file} er en pakke med {count} filer, flere enn en arbeidsbok har",
        "nn": "deltakarfila {file} er ein pakke med {count} filer, fleire enn ei arbeidsbok har",
    },
    "participants-file.ratio": {
        "en": "the participant file {file} is refused: its part {member} would grow {ratio} "
        "times when unpacked (the cap is {cap})",
        "nb": "deltakerfilen {file} avvises: delen {member} ville vokst {ratio} ganger når den "
        "pakkes ut (grensen er {cap})",
        "nn": "deltakarfila {file} blir avvist: delen {member} ville vakse {ratio} gonger når han "
        "blir pakka ut (grensa er {cap})",
    },
    "participants-file.unpacked": {
        "en": "the participant file {file} is refused: unpacked, it would take {mib} MiB (the "
        "cap is {cap} MiB)",
        "nb": "deltakerfilen {file} avvises: utpakket ville den tatt {mib} MiB (grensen er "
        "{cap} MiB)",
        "nn": "deltakarfila {file} blir avvist: utpakka ville ho teke {mib} MiB (grensa er "
        "{cap} MiB)",
    },
    "participants-file.bomb.hint": {
        "en": "a list of participants is small; open the file in Excel and save it anew",
        "nb": "en deltakerliste er liten; åpne filen i Excel og lagre den på nytt",
        "nn": "ei deltakarliste er lita; opne fila i Excel og lagre ho på nytt",
    },
    "participants-file.broken": {
        "en": "the participant file {file} is not a workbook that can be read",
        "nb": "deltakerfilen {file} er ikke en arbeidsbok som kan leses",
        "nn": "deltakarfila {file} er ikkje ei arbeidsbok som kan lesast",
    },
    "participants-file.broken.hint": {
        "en": "open it in Excel and save it again as .xlsx, or save it as CSV",
        "nb": "åpne den i Excel og lagre den på nytt som .xlsx, eller lagre den som CSV",
        "nn": "opne ho i Excel og lagre ho på nytt som .xlsx, eller lagre ho som CSV",
    },
    # participant-duplicate
    "participant-duplicate": {
        "en": "{name} is a participant twice (rows {first} and {row} of {file})",
        "nb": "{name} står to ganger på deltakerlisten (rad {first} og {row} i {file})",
        "nn": "{name} står to gonger på deltakarlista (rad {first} og {row} i {file})",
    },
    "participant-duplicate.list": {
        "en": "{name} is a participant twice (numbers {first} and {row} of the list)",
        "nb": "{name} står to ganger på deltakerlisten (nummer {first} og {row})",
        "nn": "{name} står to gonger på deltakarlista (nummer {first} og {row})",
    },
    "participant-duplicate.hint": {
        "en": "names are compared with case and accents aside; tell the two apart, like "
        "'Kari Nordmann (Ap)'",
        "nb": "navn sammenlignes uten hensyn til store og små bokstaver og aksenter; skill "
        "dem fra hverandre, som «Kari Nordmann (Ap)»",
        "nn": "namn blir samanlikna utan omsyn til store og små bokstavar og aksentar; skil "
        "dei frå kvarandre, som «Kari Nordmann (Ap)»",
    },
    # unknown-participant
    "unknown-participant": {
        "en": "{name} in {place} is neither a participant nor a person",
        "nb": "{name} i {place} er verken en deltaker eller en person",
        "nn": "{name} i {place} er verken ein deltakar eller ein person",
    },
    "unknown-participant.guess": {
        "en": "did you mean {guess}?",
        "nb": "mente du {guess}?",
        "nn": "meinte du {guess}?",
    },
    "unknown-participant.hint": {
        "en": "write a participant's name, or a key under people",
        "nb": "skriv navnet på en deltaker, eller en nøkkel under people",
        "nn": "skriv namnet på ein deltakar, eller ein nøkkel under people",
    },
    "unknown-participant.column": {
        "en": "mix: no participant has a column {name}",
        "nb": "mix: ingen deltaker har kolonnen {name}",
        "nn": "mix: ingen deltakar har kolonnen {name}",
    },
    "unknown-participant.column.hint": {
        "en": "the columns are: {known}",
        "nb": "kolonnene er: {known}",
        "nn": "kolonnane er: {known}",
    },
    # person-double-booked
    "person-double-booked": {
        "en": "{name} is in two places at once at {start}: {first} and {second}",
        "nb": "{name} er to steder samtidig kl. {start}: {first} og {second}",
        "nn": "{name} er to stader samstundes kl. {start}: {first} og {second}",
    },
    "person-double-booked.host": {
        "en": "{name} is host of two tables at once in {title}",
        "nb": "{name} er vert ved to bord samtidig i {title}",
        "nn": "{name} er bordvert ved to bord samstundes i {title}",
    },
    "person-double-booked.hint": {
        "en": "let someone else lead or host one of them",
        "nb": "la en annen lede eller være vert for en av dem",
        "nn": "la ein annan leie eller vere bordvert for ein av dei",
    },
    "seating.and": {"en": "and", "nb": "og", "nn": "og"},
    "seating.track": {
        "en": "track {title}",
        "nb": "sporet {title}",
        "nn": "sporet {title}",
    },
    "seating.table": {
        "en": "table {number} of {title}",
        "nb": "bord {number} i {title}",
        "nn": "bord {number} i {title}",
    },
    # room-double-booked
    "room-double-booked": {
        "en": "{room} has two tracks at once at {start}: {first} and {second}",
        "nb": "{room} har to spor samtidig kl. {start}: {first} og {second}",
        "nn": "{room} har to spor samstundes kl. {start}: {first} og {second}",
    },
    "room-double-booked.hint": {
        "en": "give one of the tracks another room",
        "nb": "gi ett av sporene et annet rom",
        "nn": "gi eitt av spora eit anna rom",
    },
    # room-over-capacity
    "room-over-capacity": {
        "en": "{room} holds {capacity}, but track {title} has {count} people",
        "nb": "{room} har plass til {capacity}, men sporet {title} har {count} personer",
        "nn": "{room} har plass til {capacity}, men sporet {title} har {count} personar",
    },
    "room-over-capacity.print": {
        "en": "{room} holds {capacity}, but {count} are in track {title}",
        "nb": "{room} har plass til {capacity}, men sporet {title} har {count} personer",
        "nn": "{room} har plass til {capacity}, men sporet {title} har {count} personar",
    },
    "room-over-capacity.total.print": {
        "en": "{count} to seat, but the rooms of the tracks hold {capacity}",
        "nb": "{count} personer, men rommene til sporene har plass til {capacity}",
        "nn": "{count} personar, men romma til spora har plass til {capacity}",
    },
    "room-over-capacity.hint": {
        "en": "move people to another track, or use a larger room",
        "nb": "flytt noen til et annet spor, eller bruk et større rom",
        "nn": "flytt nokon til eit anna spor, eller bruk eit større rom",
    },
    "room-over-capacity.total": {
        "en": "{block}: {count} people, but the rooms of its tracks hold {capacity}",
        "nb": "{block}: {count} personer, men rommene til sporene har plass til {capacity}",
        "nn": "{block}: {count} personar, men romma til spora har plass til {capacity}",
    },
    # table-size
    "table-size": {
        "en": "{title}: tables of {sizes}, but {method} is for {fits} a table",
        "nb": "{title}: bord med {sizes}, men {method} er for {fits} per bord",
        "nn": "{title}: bord med {sizes}, men {method} er for {fits} per bord",
    },
    "table-size.print": {
        "en": "tables of {sizes}, but {method} is for {fits} a table",
        "nb": "bord med {sizes}, men {method} er for {fits} per bord",
        "nn": "bord med {sizes}, men {method} er for {fits} per bord",
    },
    "table-size.hint": {
        "en": "set tables: {{size: {largest}}}, or tables: {{count: {count}}}",
        "nb": "sett tables: {{size: {largest}}}, eller tables: {{count: {count}}}",
        "nn": "set tables: {{size: {largest}}}, eller tables: {{count: {count}}}",
    },
    # too-many-hosts
    "too-many-hosts": {
        "en": "{title}: {hosts} hosts, but {tables} tables",
        "nb": "{title}: {hosts} verter, men {tables} bord",
        "nn": "{title}: {hosts} bordvertar, men {tables} bord",
    },
    "too-many-hosts.hint": {
        "en": "one host a table: give more tables (count), or fewer hosts",
        "nb": "én vert per bord: gi flere bord (count), eller færre verter",
        "nn": "éin bordvert per bord: gi fleire bord (count), eller færre bordvertar",
    },
    # seatfix (#22, probe F13): more tables asked for than there are people.
    "table-size.count": {
        "en": "{title}: count is {asked}, but there are only {people} to seat: {people} tables "
        "of one",
        "nb": "{title}: count er {asked}, men det er bare {people} å plassere: {people} bord "
        "med én ved hvert",
        "nn": "{title}: count er {asked}, men det er berre {people} å plassere: {people} bord "
        "med éin ved kvart",
    },
    "table-size.count.print": {
        "en": "{asked} tables, but only {people} to seat",
        "nb": "{asked} bord, men bare {people} å plassere",
        "nn": "{asked} bord, men berre {people} å plassere",
    },
    "table-size.count.hint": {
        "en": "give count: {people} or fewer, or leave count out and give size",
        "nb": "sett count: {people} eller færre, eller ta bort count og gi size",
        "nn": "set count: {people} eller færre, eller ta bort count og gi size",
    },
    # seatfix (#22, probe F13): an apart or together group of one person.
    "groups-infeasible.apart-one": {
        "en": "{title}: an apart group of one person ({people}) keeps no one apart",
        "nb": "{title}: en apart-gruppe med bare én person ({people}) holder ingen fra hverandre",
        "nn": "{title}: ei apart-gruppe med berre éin person ({people}) held ingen frå kvarandre",
    },
    "groups-infeasible.together-one": {
        "en": "{title}: a together group of one person ({people}) seats no one together",
        "nb": "{title}: en together-gruppe med bare én person ({people}) setter ingen sammen",
        "nn": "{title}: ei together-gruppe med berre éin person ({people}) set ingen saman",
    },
    "groups-infeasible.one.hint": {
        "en": "name at least two different people in the group, or remove it",
        "nb": "skriv minst to ulike personer i gruppen, eller fjern den",
        "nn": "skriv minst to ulike personar i gruppa, eller fjern ho",
    },
    # groups-infeasible
    "groups-infeasible.together-fixed": {
        "en": "{title}: {people} cannot sit together: they are hosts of different tables",
        "nb": "{title}: {people} kan ikke sitte sammen: de er verter ved hvert sitt bord",
        "nn": "{title}: {people} kan ikkje sitje saman: dei er bordvertar ved kvart sitt bord",
    },
    "groups-infeasible.together-apart": {
        "en": "{title}: {people} are to sit both together and apart",
        "nb": "{title}: {people} skal sitte både sammen og hver for seg",
        "nn": "{title}: {people} skal sitje både saman og kvar for seg",
    },
    "groups-infeasible.together-too-big": {
        "en": "{title}: {people} cannot sit together: a table holds at most {limit}",
        "nb": "{title}: {people} kan ikke sitte sammen: et bord har plass til høyst {limit}",
        "nn": "{title}: {people} kan ikkje sitje saman: eit bord har plass til høgst {limit}",
    },
    "groups-infeasible.apart-too-many": {
        "en": "{title}: {people} cannot all sit apart at {limit} tables",
        "nb": "{title}: {people} kan ikke sitte hver for seg ved {limit} bord",
        "nn": "{title}: {people} kan ikkje sitje kvar for seg ved {limit} bord",
    },
    "groups-infeasible.apart-fixed": {
        "en": "{title}: {people} cannot sit apart: they are hosts of the same table",
        "nb": "{title}: {people} kan ikke sitte hver for seg: de er verter ved samme bord",
        "nn": "{title}: {people} kan ikkje sitje kvar for seg: dei er bordvertar ved same bord",
    },
    "groups-infeasible.apart-unmet": {
        "en": "{title}: {people} could not be kept apart: the tables are too few or too full "
        "for all the constraints",
        "nb": "{title}: {people} kunne ikke holdes fra hverandre: bordene er for få eller for "
        "fulle til alle kravene",
        "nn": "{title}: {people} kunne ikkje haldast frå kvarandre: borda er for få eller for "
        "fulle til alle krava",
    },
    "groups-infeasible.hint": {
        "en": "loosen one of the constraints (apart, together, hosts), or give more tables",
        "nb": "fjern ett av kravene (apart, together, hosts), eller gi flere bord",
        "nn": "løys opp eitt av krava (apart, together, hosts), eller gi fleire bord",
    },
    "groups-infeasible.no-participants": {
        "en": "{title}: there are tables, but no participants to seat",
        "nb": "{title}: det er bord, men ingen deltakere å plassere",
        "nn": "{title}: det er bord, men ingen deltakarar å plassere",
    },
    "groups-infeasible.no-participants.hint": {
        "en": "list them under participants:, or name a CSV or XLSX file there",
        "nb": "før dem opp under participants:, eller skriv navnet på en CSV- eller XLSX-fil der",
        "nn": "før dei opp under participants:, eller skriv namnet på ei CSV- eller XLSX-fil der",
    },
    # no-walk-time
    "no-walk-time": {
        "en": "{block}: the tracks are in different rooms, but there is no walk time",
        "nb": "{block}: sporene er i ulike rom, men det er ikke satt av tid til å gå",
        "nn": "{block}: spora er i ulike rom, men det er ikkje sett av tid til å gå",
    },
    "no-walk-time.print": {
        "en": "no time to walk between the rooms of the tracks",
        "nb": "ikke satt av tid til å gå mellom rommene til sporene",
        "nn": "ikkje sett av tid til å gå mellom romma til spora",
    },
    "no-walk-time.hint": {
        "en": "give the block walk: 5 min (the tracks then start after it)",
        "nb": "gi bolken walk: 5 min (sporene starter da etter den)",
        "nn": "gi bolken walk: 5 min (spora startar då etter han)",
    },
}
"""The warnings about the day have ``.print`` texts: the facilitator's sheet shows them at
the row they concern; the errors never reach paper (a file with errors is not rendered)."""
