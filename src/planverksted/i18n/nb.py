"""Bokmål (nb): every word planverksted writes in bokmål, and how bokmål writes times and dates.

The default language of a workshop file. Forms chosen once and used everywhere (a test
greps for the others): "bolk" for a block, "ønsket resultat", "prosessleder", "målgruppe",
"tidligere", "også", "kl." before a time of day in running text.
"""

from __future__ import annotations

NAME = "bokmål"
ALIASES = ("no", "nob")
"""Other names a file or the command line may use for this language (``language: no``)."""

TIME_SEPARATOR = "."
HOUR_WORD = "t"
CLOCK_WORD = "kl."
QUOTES = ("«", "»")
KEY_QUOTES = ("«", "»")
DATE_FORMAT = "{weekday} {day}. {month} {year}"
SHORT_DATE_FORMAT = "{day:02d}.{month:02d}.{year:04d}"
LIST_AND = "eller"

LANGUAGE_NAMES = {"nb": "bokmål", "nn": "nynorsk", "en": "engelsk"}
"""The languages' names as a sentence in this language writes them (lang2, #20)."""
PARTICIPANT_COLUMN_NAMES = {"name": "navn", "party": "parti", "role": "rolle"}
"""The participant columns the format knows by another name (``parti`` is ``party``), as
this language names them in output (lang2, #20); any other column is shown as written."""
LANGUAGE_TAG = "nb-NO"
"""The language with its region (BCP 47), as Word, LibreOffice and Typst know it."""
FILE_NAMES = {"facilitator": "kjoreplan", "participant": "program"}
"""The file names ``render --all`` writes, by audience: ASCII, so any system takes them."""

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MONTHS = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)
MONTH_ABBREVIATIONS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "mai",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt",
    "nov",
    "des",
)

LABELS = {
    "runsheet": "Kjøreplan",
    "programme": "Program",
    "runsheet_for": "Kjøreplan for prosessleder",
    "programme_for": "Program for deltakere",
    "date": "Dato",
    "time": "Tid",
    "venue": "Sted",
    "audience": "Målgruppe",
    "organiser": "Arrangør",
    "day": "Dag",
    "goals": "Ønsket resultat",
    "agenda": "Program",
    "group_work": "Gruppearbeid",
    "evaluation": "Evaluering",
    "preparations": "Forberedelser",
    "findings": "Merknader fra kontrollen",
    "what": "Hva",
    "kind": "Type",
    "who": "Hvem",
    "notes": "Notater",
    "materials": "Materiell",
    "questions": "Spørsmål",
    "method": "Metode",
    "step": "Steg",
    "part_of": "Del av",
    "needed_for": "Trengs",
    "task": "Gruppeoppgave",
    "facilitator_only": "Bare for prosessleder",
    "evaluation_intro": "Vi vil gjerne høre hva du syntes. Noen få ord er nok.",
    "minutes": "min",
    "error": "Feil",
    "warning": "Advarsel",
    "info": "Merknad",
    "made_with": "Laget med planverksted",
    # On paper: where a group task is, and the page counter ("Side 2 av 3").
    "see_task": "se {task} under {section}",
    "page": "Side",
    "page_of": "av",
    # goals (#23): the goals each block serves, and the coverage table.
    "goal_numbers": "Mål",
    "coverage": "Mål og bolker",
    "coverage_goal": "Mål",
    "coverage_blocks": "Bolker",
    "coverage_minutes": "Tid brukt",
    "coverage_none": "Ingen bolk",
    # parity-paper: the PDF names the page a group task is on ("se Gruppeoppgave 1 på side 2").
    "see_task_page": "se {task} på side {page}",
    # reusable blocks (#23): a block's link (a film, a recording).
    "link": "Lenke",
    # People in the room: seating, tables, parallel tracks (#22).
    "seating_table": "Bord",
    "seating_round": "Runde",
    "seating_rounds": "runder",
    "seating_tables": "bord",
    "seating_host": "vert",
    "seating_leads": "leder",
    "seating_table_list": "Bordliste",
    "seating_cards": "Bordkort",
    "seating_balance": "Fordeling",
    "seating_mix": "blandet etter",
    "seating_even": "alle kolonnene det blandes etter, er så jevnt fordelt som tallene tillater",
    "seating_uneven": "{column} {value}: antallet varierer med {spread} mellom bordene",
    "seating_repeats_none": "ingen sitter sammen mer enn én gang",
    "seating_repeats": "{count} par sitter sammen mer enn én gang: {pairs}",
    "seating_moved": "{count} flyttet siden {since}: {names}",
    "seating_moved_none": "ingen flyttet siden {since}",
    "seating_no_value": "(ingen)",
    "seating_track": "Spor",
    "seating_room": "Rom",
    "seating_people": "Deltakere",
    "seating_parallel": "Parallelle spor",
    "seating_walk": "gå til rommene",
    "seating_nothing": "Ingen gruppearbeid med bord, og ingen parallelle spor.",
    "seating_cut": "Klipp langs streken",
    # seatfix (#22): a table's card that takes more than one A5 sheet ("Kort 2 av 3").
    "seating_card_of": "Kort {number} av {count}",
    # programmes (#23): the programme overview.
    "programme_overview": "Programoversikt",
    "programme_period": "Periode",
    "programme_workshops": "Verksteder",
    "programme_workshop": "Verksted",
    "programme_date": "Dato",
    "programme_goals_served": "Mål",
    "programme_leads": "Leder",
    "programme_status": "Kontroll",
    "programme_ok": "Ingen merknader",
    "programme_missing": "Kan ikke leses",
    "programme_no_workshop": "Ingen verksted",
    "programme_follows": "Følger opp",
    "programme_served_by": "Følges opp i",
}

METHODS = {
    "igp": {
        "source": "Distriktssenteret og Agder fylkeskommune, «Slik får vi bedre "
        "planpolitikere», Kommuneplankonferansen 2024: 2 min alene, 12 min rundt bordet, 5 min "
        "i plenum",
        "name": "IGP",
        "description": "Individuelt – gruppe – plenum",
        "steps": (
            ("Reflekter", "Ta utgangspunkt i egen kommune"),
            ("Del rundt bordet", None),
            ("Drøft: er det fellesnevnere?", None),
        ),
    },
    "1-2-4-all": {
        "source": "Liberating Structures (Lipmanowicz og McCandless), 1-2-4-All: 1 min alene, 2 "
        "min to og to, 4 min fire og fire, 5 min alle sammen",
        "name": "1-2-4-alle",
        "description": "Alene, to og to, fire og fire, så alle sammen",
        "steps": (
            ("Alene: tenk over spørsmålet", None),
            ("To og to: del og bygg videre", None),
            ("Fire og fire: se etter likheter og forskjeller", None),
            ("Alle: finn det viktigste som kom fram", None),
        ),
    },
    "kafedialog": {
        "source": "World Café Community Foundation, «World Café Method» (theworldcafe.com): tre "
        "eller flere samtalerunder på om lag 20 minutter, med én vert som blir igjen ved hvert "
        "bord; oppsummeringen i plenum er ikke tidsatt der, så planlegg den som en egen del",
        "name": "Kafédialog",
        "description": "Samtaler ved små bord i tre runder; alle bytter bord mellom rundene",
        "steps": (
            ("Runde 1", "Fire eller fem ved hvert bord; skriv og tegn på duken"),
            ("Runde 2", "Bytt bord; bordverten blir igjen og forteller hva som kom fram"),
            ("Runde 3", "Bytt bord igjen, eller gå tilbake til det første bordet"),
        ),
    },
    "troika": {
        "source": "Liberating Structures (Lipmanowicz og McCandless), Troika Consulting (30 "
        "min): 1 min til å tenke; så for hver klient 1–2 min til å legge fram spørsmålet, 1–2 "
        "min med oppklarende spørsmål, 4–5 min med råd mens klienten snur ryggen til, 1–2 min "
        "om hva som var mest nyttig; her 2 + 2 + 4 + 1 for hver av tre klienter",
        "name": "Troikakonsultasjon",
        "description": "Tre og tre gir hverandre råd om en utfordring hver",
        "steps": (
            ("Tenk over utfordringen din og hva slags hjelp du trenger", None),
            (
                "Klient 1",
                "Klienten legger fram utfordringen (2 min); still oppklarende spørsmål (2 min); "
                "gi råd mens klienten snur ryggen til (4 min); klienten sier hva som var mest "
                "nyttig (1 min)",
            ),
            ("Klient 2", "Som for klient 1, med en ny klient"),
            ("Klient 3", "Som for klient 1, med en ny klient"),
        ),
    },
    "triz": {
        "source": "Liberating Structures (Lipmanowicz og McCandless), TRIZ (35 min): en "
        "innledning, så tre runder på 10 min, hver gjennomført som 1-2-4-All; innledningen får "
        "de 5 min som er igjen av de 35",
        "name": "TRIZ",
        "description": "Hva må vi slutte med? Fra det verst tenkelige resultatet til første steg",
        "steps": (
            ("Innled: hva er det verst tenkelige resultatet?", None),
            ("Lag en liste over alt som sikrer det verste resultatet", None),
            ("Finn det dere allerede gjør som ligner på dette", None),
            ("Bestem første steg for å slutte med det", None),
        ),
    },
}

FINDINGS = {
    "did-you-mean": "mente du {guess}?",
    "at-place": "{message} ({place})",
    "place.of": " i ",
    "place.file": "filen",
    "place.block": "bolk {number}{title}",
    "place.part": "del {number}{title}",
    "place.day": "dag {number}{title}",
    "place.step": "steg {number}{title}",
    "place.person": "personen {key}",
    "place.method": "metoden {key}",
    "place.question-set": "spørsmålssettet {key}",
    "place.goal": "mål {number}",
    "place.evaluation": "evalueringsspørsmål {number}",
    "place.material": "materiell {number}",
    "place.question": "spørsmål {number}",
    "place.who": "punkt {number} i «who»",
    "place.ignored-code": "ignorert kode {number}",
    "place.key": "{key}",
    "value.nothing": "ingenting",
    "value.mapping": "nøkler med verdier",
    "value.list": "en liste",
    "value.text": "teksten {text}",
    "value.spaces.one": "{count} mellomrom",
    "value.spaces.many": "{count} mellomrom",
    "value.expected-text": "tekst",
    "file-unreadable": "kan ikke lese filen: {reason}",
    "file-too-large": "filen er større enn grensen på {mib} MiB",
    "file-too-large.values": "filen har flere enn {count} verdier, som er grensen",
    "file-too-large.hint": "del programmet opp i flere filer",
    "not-utf8": "filen er ikke UTF-8-tekst (byte 0x{byte} kan ikke leses)",
    "not-utf8.hint": "lagre filen som UTF-8 (i Word eller Notisblokk: Lagre som, Koding: UTF-8)",
    "empty-file": "filen er tom: det er ikke noe verksted i den",
    "empty-file.document": "filen har et tomt YAML-dokument: det er ikke noe verksted i den",
    "empty-file.hint": "begynn med en startmal: planverksted new verksted.yaml",
    "multiple-documents": "filen har mer enn ett YAML-dokument (en linje til med «---»)",
    "multiple-documents.hint": "ha ett verksted i hver fil, eller fjern den ekstra «---»-linjen",
    "too-deep": "filen har flere nivåer enn grensen på {depth}",
    "too-deep.hint": "en verkstedfil trenger aldri mer enn ti nivåer",
    "yaml-alias": "YAML-aliaser (*{anchor}) er ikke tillatt i en verkstedfil",
    "yaml-alias.hint": "skriv verdien der den trengs",
    "yaml-alias.anchor": "YAML-ankere (&{anchor}) er ikke tillatt i en verkstedfil",
    "yaml-alias.anchor.hint": "fjern ankeret, og skriv hver verdi der den trengs",
    "yaml-tag": "YAML-tagger ({tag}) er ikke tillatt i en verkstedfil",
    "yaml-tag.hint": "fjern taggen; en verkstedfil har bare tekst, lister og nøkler",
    "wrong-type.key": "en nøkkel må være vanlig tekst, ikke en liste eller nøkler",
    "duplicate-key": "nøkkelen {name} står to ganger på samme sted (første gang på linje {first})",
    "duplicate-key.hint": "fjern den ene, eller slå dem sammen",
    "not-mapping": "filen skal begynne med nøkler som «title:», men den har {found}",
    "not-mapping.hint": "begynn med «planverksted: 1» og «title: …» på hver sin linje",
    "unknown-key": "ukjent nøkkel {name} i {place}",
    "unknown-key.hidden": "ukjent nøkkel {name} i {place} "
    "(den inneholder {hidden}, som ikke vises)",
    "unknown-key.known": "nøklene her er: {known}",
    "missing-key": "{place} mangler {name}",
    "missing-key.planverksted.hint": "skriv «planverksted: 1» på første linje",
    "missing-key.title.hint": "hver bolk, hver del og hvert verksted trenger en tittel",
    "missing-key.duration.hint": "en del trenger en varighet, for eksempel «duration: 10 min»",
    "missing-key.agenda.hint": "legg til «agenda:» med bolkene for dagen",
    "missing-key.steps.hint": "en metode trenger steg, hvert med tittel og varighet",
    "missing-key.items.hint": "skriv spørsmålene under «items:»",
    "missing-key.name.hint": "skriv navnet på personen, for eksempel «name: Ordføreren»",
    "missing-key.no-agenda": "filen har ikke noe program",
    "missing-key.no-agenda.hint": "legg til «agenda:» med bolkene, eller «days:» for et "
    "verksted over flere dager",
    "wrong-type.expected": "her skal det stå {expected}, men det står {found}",
    "wrong-type.list.hint": "skriv hvert punkt på sin egen linje, med «- » først",
    "wrong-type.text.hint": "skriv teksten på samme linje som nøkkelen",
    "wrong-type.mapping.hint": "skriv nøklene med innrykk på linjene under, én på hver linje",
    "wrong-type.item": "punkt {number} skal være tekst, men er {found}",
    "wrong-type.text-list": "her skal det stå en liste med tekst, men det står {found}",
    "wrong-type.method": "her skal det stå navnet på en metode, men det står {found}",
    "missing-value.empty": "teksten er tom",
    "missing-value.none": "det står ingen verdi",
    "missing-value.none.hint": "skriv teksten etter kolonet",
    "missing-value.item": "punkt {number} er tomt",
    "missing-value.item.hint": "fjern det, eller fyll det ut",
    "missing-value.list": "listen er tom",
    "missing-value.list.hint": "legg til minst ett punkt",
    "bad-value.language": "planverksted skriver ikke språket {value}",
    "bad-value.language.hint": "bruk {languages}",
    "bad-value.kind": "{value} er ikke en type bolk",
    "bad-value.kind.hint": "bruk en av: {kinds}, eller et norsk ord: {words}",
    "bad-value.flag": "her skal det stå ja eller nei, men det står {value}",
    "bad-value.both": "filen har både «agenda» og «days»",
    "bad-value.both.hint": "bruk «agenda» for én dag, eller legg programmet for hver dag under "
    "«days»",
    "bad-version": "planverksted: {given} er en formatversjon denne utgaven av planverksted "
    "ikke kan lese (den leser versjon {understood})",
    "bad-version.hint": "skriv planverksted: 1",
    "clock.time": "kan ikke lese klokkeslettet {raw}",
    "clock.time.hint": "skriv klokkeslettet med 24-timersklokke, for eksempel 13.00 eller kl. 13",
    "clock.time.digits.hint": "skill timer og minutter, for eksempel {example}",
    "clock.time.one-digit.hint": "skriv minuttene med to sifre, for eksempel 13.10 eller 13.05",
    "clock.time.decimal.hint": "et klokkeslett er timer og minutter, ikke et desimaltall: "
    "halv ti er 09.30",
    "clock.not-time": "{raw} er ikke et klokkeslett",
    "clock.not-time.hint": "timene går fra 00 til 23 og minuttene fra 00 til 59",
    "clock.range": "kan ikke lese tidsrommet {raw}",
    "clock.range.hint": "skriv start og slutt, for eksempel 13.00–13.10",
    "clock.duration": "kan ikke lese varigheten {raw}",
    "clock.duration.hint": "skriv hele minutter (15), eller 15 min, 1 t, 1 t 30 min",
    "clock.duration.decimal.hint": "bruk hele minutter, for eksempel 90 eller 1 t 30 min",
    "clock.duration.zero": "varigheten {raw} er kortere enn ett minutt",
    "clock.duration.too-long": "varigheten {raw} er lengre enn en uke, som er grensen",
    "clock.duration.too-long.hint": "skriv varigheten i hele minutter eller timer, "
    "som 90 eller 1 t 30 min",
    "clock.date": "kan ikke lese datoen {raw}",
    "clock.date.hint": "skriv datoen som 18.04.2024, 18. april 2024 eller 2024-04-18",
    "clock.not-date": "{raw} er ikke en dato som finnes",
    "clock.weekday": "{raw}: {date} er en {actual}, ikke en {written}",
    "clock.weekday.hint": "rett ukedagen eller datoen, eller ta bort ukedagen",
    "conflicting-times.start": "{block}: «time» starter {time}, men «start» sier {given}",
    "conflicting-times.end": "{block}: «time» slutter {time}, men «end» sier {given}",
    "conflicting-times.duration": "{block}: {start}–{end} er {length}, men «duration» sier {given}",
    "conflicting-times.duration.implied": "{block}: {start} (der bolken før slutter)–{end} er "
    "{length}, men «duration» sier {given}",
    "conflicting-times.hint": "skriv tiden bare én gang, eller få de to til å stemme",
    "no-start": "{block}: det går ikke å se når bolken starter",
    "no-start.hint": "gi bolken en starttid (start: 13.00 eller time: 13.00–13.10), eller gi "
    "verkstedet en starttid",
    "no-end": "{block}: det går ikke å se når bolken slutter (den starter kl. {start})",
    "no-end.hint": "gi bolken en sluttid, en varighet (duration: 15 min) eller deler",
    "ends-before-start": "{block} slutter før den starter: {start}–{end}",
    "ends-before-start.implied": "{block} slutter før den starter: {start}–{end} ({start} er "
    "der bolken før slutter)",
    "ends-before-start.same": "{block} slutter samtidig som den starter: {start}–{end}",
    "ends-before-start.same.implied": "{block} slutter samtidig som den starter: {start}–{end} "
    "({start} er der bolken før slutter)",
    "ends-before-start.hint": "sjekk sluttiden, eller tidene til bolkene før",
    "schedule.block": "{title}",
    # People in the room: seating, tables, parallel tracks (#22).
    "bad-value.count": "{value} er ikke et helt tall fra 1 og oppover",
    "bad-value.count.hint": "skriv et helt tall, som 5",
    "bad-value.count-and-size": "både «count» og «size» er gitt",
    "bad-value.count-and-size.hint": "gi enten antall bord (count) eller hvor mange som høyst "
    "skal sitte ved et bord (size), ikke begge",
    "bad-value.parts-and-parallel": "bolken har både «parts» og «parallel»",
    "bad-value.parts-and-parallel.hint": "legg opp bolken som deler etter hverandre eller som "
    "parallelle spor, i to bolker om den trenger begge",
    "wrong-type.participants": "her skal det stå en liste med deltakere eller navnet på en CSV- "
    "eller XLSX-fil, men det står {found}",
    "wrong-type.name-groups": "her skal det stå en liste med grupper av navn, som [[Ordføreren, "
    "Varaordføreren]], men det står {found}",
    "wrong-type.name-group": "gruppe {number} skal være en liste med navn, men er {found}",
    "bad-value.group-size": "{value} er ikke en gruppestørrelse",
    "bad-value.group-size.hint": "skriv hvor mange i en gruppe, som 5, eller et spenn, som 4–5",
    # harden-io (#18): a workshop file that is a special file (serve).
    "file-special.fifo": "kan ikke lese filen: den er et navngitt rør (FIFO), ikke en vanlig fil",
    "file-special.device": "kan ikke lese filen: den er en enhet, ikke en vanlig fil",
    "file-special.socket": "kan ikke lese filen: den er et nettverksendepunkt, ikke en vanlig fil",
    "file-special.other": "kan ikke lese filen: den er en spesialfil, ikke en vanlig fil",
    "file-special.hint": "lagre verkstedet som en vanlig fil med samme navn",
    # end of harden-io (#18) findings
    "bad-value.rounds": "{value} runder er flere enn {cap}, som er det høyeste et gruppearbeid "
    "kan ha",
    "bad-value.rounds.hint": "en kafédialog har tre til fem runder",
    # lang (#20): every line in the user's language
    "file-unreadable.folder": "kan ikke lese mappen: {reason}",
    "file-unreadable.hint": "sjekk at navnet er riktig, og at du har lesetilgang",
    "not-utf8.utf16": "filen er UTF-16-tekst (det Notisblokk kaller «Unicode»), ikke UTF-8",
    "yaml-syntax.nul": "filen har en NUL-byte ({char}), og det er ikke tillatt i YAML",
    "yaml-syntax.control": "filen har et kontrolltegn ({char}), og det er ikke tillatt i YAML",
    "yaml-syntax.control.hint": "fjern det: det vises ikke i de fleste redigeringsprogrammer "
    "(tekst limt inn fra et annet sted?)",
    "yaml-syntax.unknown": "PyYAML melder: «{text}»",
}

MESSAGES = {
    "serve.stdin": "serve følger med på en fil, ikke på standard inn",
    "serve.stdin.hint": "skriv stien til en verkstedfil",
    "serve.folder": "{file} er en mappe; serve tar én verkstedfil",
    "serve.not-regular": "{file} er ikke en vanlig fil",
    "pdf.layout": "PDF-en har ingen layout som heter {layout}",
    "pdf.layout.hint": "bruk {layouts}",
    "render.all-alone": "--all skriver alle formatene selv; den tar ikke -o, --format, "
    "--template eller --layout",
    "render.all-alone.hint": "ta bort disse, eller ta bort --all",
    "render.template-many": "en mal lager én utfil, men -o oppgir flere",
    "render.template-many.hint": "bruk én -o sammen med --template",
    "render.stdout-twice": "-o - (standard ut) står to ganger",
    "render.stdout-twice.hint": "skriv den én gang",
    "render.output-twice": "-o {target} står to ganger",
    "render.output-twice.hint": "skriv hver utfil bare én gang",
    "render.file-only": "{format} skrives til en fil, ikke til standard ut",
    "render.file-only.hint": "legg til -o med et filnavn, for eksempel -o kjoreplan{suffix}",
    "render.template-suffix": "{format} bruker en mal som heter *{wanted}, ikke {given}",
    "render.template-suffix.hint": "bruk en {wanted}-mal, eller et annet navn på utfilen",
    "render.template-kind": "malen {template} lager {made}, ikke {format}",
    "render.template-kind.hint": "gi utfilen endelsen .{kind}",
    "render.reference-no-docx": "--reference-docx gjelder Word, og ingen av utfilene er .docx",
    "render.reference-no-docx.hint": "legg til -o kjoreplan.docx, eller ta bort --reference-docx",
    "render.reference-missing": "referansedokumentet {reference} finnes ikke",
    "render.reference-missing.hint": "skriv stien til et Word-dokument eller en Word-mal (.docx "
    "eller .dotx)",
    "render.layout-format": "--layout {layout} finnes ikke for {summary}",
    "render.layout-format.hint": "bruk --format {choices}, eller ta bort --layout",
    "render.layout-audience": "--layout compact er kjøreplanen til prosessleder på én side",
    "render.layout-audience.hint": "ta bort --layout for programmet til deltakerne",
    "run.now": "--now {raw} er ikke et klokkeslett",
    "run.now.hint": "skriv 13.57 eller 13.57.30, eller med dato: 2024-04-18T13.57",
    "run.now-range": "--now {raw} er ikke et gyldig klokkeslett",
    "run.now-range.hint": "timer 00–23, minutter 00–59",
    "run.now-date": "--now {raw}: {date} er ikke en dato",
    "run.terminal-and-output": "--terminal viser dagen i terminalen og skriver ingen fil",
    "run.terminal-and-output.hint": "ta bort -o, eller ta bort --terminal",
    "run.now-and-output": "--now brukes med --terminal eller med siden som åpnes i nettleseren, "
    "ikke med -o",
    "run.now-and-output.hint": "åpne heller siden som ble laget, med ?now=13:57 etter adressen",
    "run.folder": "{file} er en mappe; run tar én verkstedfil",
    "run.input-as-output": "utfilen {target} er selve verkstedfilen; den ville blitt skrevet over",
    "run.input-as-output.hint": "skriv siden til en annen fil, for eksempel -o live.html",
    "summary.none": "ingen merknader i {files}",
    "more-like-these": "… og {count} til av typen {kind} (--format json viser alle)",
    "summary.found": "{counts} i {affected} av {files}",
    "count.error.one": "{count} feil",
    "count.error.many": "{count} feil",
    "count.warning.one": "{count} advarsel",
    "count.warning.many": "{count} advarsler",
    "count.info.one": "{count} merknad",
    "count.info.many": "{count} merknader",
    "count.file.one": "{count} fil",
    "count.file.many": "{count} filer",
    "hint": "tips",
    "did-you-mean": "mente du {guess}?",
    "stdin-twice": "standard inn (-) er gitt to ganger; det kan bare leses én gang",
    "stdin-twice.hint": "oppgi - bare én gang",
    "no-such-file": "filen finnes ikke: {file}",
    "no-workshop-files": "ingen verkstedfiler (*.yaml, *.yml) i mappen {folder}",
    "unknown-code": "--ignore {raw}: det finnes ingen merknadskode som heter {code}",
    "unknown-code.hint": "kodene står i docs/checks.md",
    "render.folder": "{file} er en mappe; render tar én verkstedfil",
    "render.template-missing": "malen {template} finnes ikke",
    "render.template-folder": "malen {template} er en mappe",
    "render.template-missing.hint": "skriv stien til en malfil",
    "render.template-format": "en mal lager {formats}, ikke {summary}",
    "render.template-format.hint": "legg til --format {choices}, eller skriv til en fil med -o",
    "render.extra": "{format} krever en valgfri del av planverksted",
    "render.extra.hint": "installer den med: pip install 'planverksted[{extra}]'",
    "render.not-to-file": "{summary} skrives ikke til fil",
    "render.not-to-file.hint": "ta bort -o, eller bruk --format {choices}",
    "render.format-mismatch": "--format {format} passer ikke med utfilen {target}",
    "render.format-mismatch.hint": "gi filen endelsen .{format}, eller ta bort --format",
    "render.unknown-suffix": "filnavnet {target} sier ikke hvilket format det skal være",
    "render.unknown-suffix.hint": "gi filen endelsen {suffixes}, eller legg til --format {choices}",
    "render.unknown-template": "malnavnet {template} sier ikke hvilket format malen lager",
    "render.unknown-template.hint": "legg til --format {choices}",
    "render.input-as-output": "utfilen {target} er selve verkstedfilen; den ville blitt "
    "skrevet over",
    "render.input-as-output.hint": "skriv kjøreplanen til en annen fil, for eksempel -o "
    "kjoreplan.html",
    "schema.workshop-suffix": "{output} ser ut som en verkstedfil; skjemaet er JSON",
    "schema.workshop-suffix.hint": "skriv det til en .json-fil, for eksempel: planverksted "
    "schema -o {schema}",
    "new.no-path": "skriv navnet på filen som skal lages, for eksempel: "
    "planverksted new verksted.yaml",
    "new.no-path.hint": "planverksted new --list viser startmalene",
    "new.option": "{option}: {message}",
    "new.end-before-start": "--end {end} er ikke etter --start {start}",
    "new.end-before-start.hint": "velg en slutt som er senere på dagen enn starten",
    "new.past-midnight": "dagen i startmalen varer {length}: med start kl. {start} ville den "
    "vare forbi midnatt",
    "new.past-midnight.hint": "start tidligere, eller bruk også --end og kort ned programmet "
    "etterpå",
    "new.before-midnight": "dagen i startmalen varer {length}: med slutt kl. {end} ville den "
    "starte før midnatt",
    "new.before-midnight.hint": "slutt senere, eller bruk også --start og kort ned programmet "
    "etterpå",
    "new.empty-title": "--title: tittelen er tom",
    "new.empty-title.hint": "skriv tittelen på verkstedet i anførselstegn",
    "new.control-title": "--title: tittelen har et kontrolltegn ({char})",
    "new.control-title.hint": "skriv tittelen på én linje, uten tabulator eller linjeskift",
    "new.unknown-starter": "det finnes ingen startmal som heter {name}",
    "new.unknown-starter.hint": "startmalene er: {names}",
    "new.no-starter-in-language": "startmalen {name} er på {has}; det finnes ingen {name} på "
    "{wanted}",
    "new.no-starter-in-language.hint": "startmalene på {wanted} er: {names}",
    "new.suffix": "{path}: navnet på en verkstedfil slutter på .yaml eller .yml",
    "new.suffix.hint": "planverksted new {suggestion}",
    # harden-io (#18): readers of files handed over, serve, check's folders, outputs.
    "reference.folder": "referansedokumentet {reference} er en mappe, ikke en fil",
    "reference.special": "referansedokumentet {reference} er {kind}, ikke en fil",
    "reference.unreadable": "kan ikke lese referansedokumentet {reference}: {reason}",
    "reference.too-large": "referansedokumentet {reference} er større enn {mib} MiB",
    "reference.not-zip": "referansedokumentet {reference} er ikke et Word-dokument (det er ikke "
    "en zip-pakke, slik .docx- og .dotx-filer er)",
    "reference.parts": "referansedokumentet {reference} er ikke et Word-dokument (det har "
    "{count} deler; et Word-dokument har noen titalls, høyst {most})",
    "reference.unpacked": "referansedokumentet {reference} ville blitt større enn {mib} MiB "
    "pakket ut, mer enn et Word-dokument blir",
    "reference.packed": "referansedokumentet {reference} er ikke et Word-dokument: delen {part} "
    "blir mer enn {ratio} ganger så stor pakket ut (en zip-bombe)",
    "reference.not-word": "referansedokumentet {reference} er ikke et Word-dokument (det har "
    "ingen dokumentdel som kan leses)",
    "reference.damaged": "referansedokumentet {reference} er skadet: en del av det kan ikke "
    "pakkes ut",
    "reference.no-body": "referansedokumentet {reference} har ingen brødtekst (ingen <w:body> i "
    "dokumentdelen)",
    "reference.unusable": "referansedokumentet {reference} kan ikke brukes: delene i det passer "
    "ikke sammen",
    "reference.hint": "bruk et Word-dokument eller en Word-mal (.docx eller .dotx) lagret fra Word",
    "file-kind.fifo": "et navngitt rør (FIFO)",
    "file-kind.device": "en enhet",
    "file-kind.socket": "et nettverksendepunkt (socket)",
    "file-kind.special": "en spesialfil",
    "not-a-file": "{file} er {kind}, ikke en fil",
    "serve.request-error": "intern feil under svaret på en forespørsel ({error}); serve fortsetter",
    "file-kind.folder": "en mappe",
    "file-kind.missing": "ikke til stede",
    "empty-name": "{option} har fått et tomt navn, som ikke peker på noen fil eller mappe",
    "empty-name.hint": "skriv navnet på en fil eller mappe, eller ta bort {option}",
    # end of harden-io (#18)
    # import (#24): planverksted import, lese kjøreplaner fra Word, Excel, CSV, Markdown.
    "import.no-output": "oppgi verkstedfilen som skal lages, for eksempel -o verksted.yaml",
    "import.no-output.hint": "planverksted import {source} -o verksted.yaml",
    "import.output-suffix": "{path}: navnet på en verkstedfil slutter på .yaml eller .yml",
    "import.output-suffix.hint": "planverksted import {source} -o {suggestion}",
    "import.output-is-source": "utfilen {path} er selve kildedokumentet; det ville blitt "
    "skrevet over",
    "import.output-is-source.hint": "gi verkstedfilen et annet navn, for eksempel -o verksted.yaml",
    "import.exists": "{path} finnes allerede; den er ikke endret",
    "import.exists.hint": "bruk --force for å erstatte den, eller velg et annet navn",
    "import.output-folder": "{path} er en mappe",
    "import.output-folder.hint": "gi et filnavn, som verksted.yaml",
    "import.stdin": "import leser en fil, ikke standard inn",
    "import.stdin.hint": "gi stien til en .docx-, .xlsx-, .csv- eller .md-fil",
    "import.unreadable": "kan ikke lese {file}: {reason}",
    "import.folder": "{file} er en mappe; import leser én fil med en kjøreplan",
    "import.not-regular": "{file} er ikke en vanlig fil (et rør eller en enhet); import leser "
    "en lagret fil",
    "import.folder.hint": "gi stien til en .docx-, .xlsx-, .csv- eller .md-fil",
    "import.save-as": "{file}: {suffix}-filer leses ikke",
    "import.save-as.hint": "lagre den som {wanted} (Fil › Lagre som) og importer den",
    "import.unknown-suffix": "kan ikke se av navnet hva slags fil {file} er",
    "import.unknown-suffix.hint": "import leser {suffixes}",
    "import.too-large": "{file} er større enn {mib} MiB, mer enn en kjøreplan noen gang er",
    "import.too-big.hint": "kopier tabellen med kjøreplanen til en egen fil, og importer den",
    "import.too-many-rows": "{file} har en tabell med flere enn {cap} rader",
    "import.too-many-cells": "{file} har flere enn {cap} celler, eller en tabell med flere "
    "enn {columns} kolonner",
    "import.too-much-text": "{file} har mer enn {mib} MiB tekst",
    "import.too-much-text.hint": "en verkstedfil rommer høyst så mye; importer en del av den",
    "import.not-package": "{file} kan ikke leses som en {what}-fil: den er skadet, "
    "passordbeskyttet eller av et annet slag",
    "import.not-package.hint": "åpne den i {what} og lagre den på nytt (uten passord)",
    "import.package-members": "{file} er en pakke med {count} filer, flere enn et dokument har",
    "import.bomb-ratio": "{file} avvises: delen {member} ville vokst {ratio} ganger når den "
    "pakkes ut (grensen er {cap})",
    "import.bomb-size": "{file} avvises: utpakket ville den tatt {mib} MiB (grensen er {cap} MiB)",
    "import.bomb.hint": "en kjøreplan er liten; åpne filen i programmet sitt og lagre den på nytt",
    "import.extra": "for å lese {what}-filer trengs en valgfri del av planverksted",
    "import.extra.hint": "installer den med: pip install 'planverksted[{extra}]'",
    "import.csv-broken": "{file} kan ikke leses som CSV på linje {line}: {reason}",
    "import.csv-broken.hint": "lagre den på nytt fra regnearket som CSV",
    "import.no-tables": "{file} har ingen tabell",
    "import.no-tables.hint": "kjøreplanen må være en tabell: en kolonne med tider og en "
    "kolonne med hva som skjer",
    "import.table-number": "{file} har {count} tabeller; det finnes ingen tabell {number}",
    "import.table-number.hint": "bruk --table med et tall fra 1 til {count}",
    "import.no-time-column": "ingen av de {count} tabellene i {file} har en kolonne med tider",
    "import.no-time-column.hint": "kjøreplanen trenger en kolonne med tider, som 13.00–13.10; "
    "--table velger tabellen",
    "import.table-without-times": "tabell {number} i {file} har ingen kolonne med tider",
    "import.finding-row": "rad {row}: en merknad fra en tidligere kontroll, utelatt (kontrollen "
    "finner den igjen)",
    "import.time-only": "rad {row}: bare et klokkeslett ({time}), utelatt",
    "import.not-a-time": "rad {row}, kolonne {column}: {text} er ikke et klokkeslett; lagt i "
    "notatene",
    "import.not-a-date": "rad {row}, kolonne {column}: {text} er ikke en dato; utelatt",
    "import.unknown-kind": "rad {row}, kolonne {column}: {text} er ikke en type planverksted "
    "kjenner; lagt i notatene",
    "import.task-label": "rad {row}: {text} er planverksteds egen merkelapp; utelatt",
    "import.comment.source": "Hentet fra {file} (tabell {table}) med planverksted import.",
    "import.comment.check": "Kontroller den med: planverksted check <denne filen>",
    "import.written": "Laget {path} fra {source} (tabell {table}): {blocks}.",
    "import.replaced": "Erstattet {path} fra {source} (tabell {table}): {blocks}.",
    "import.blocks.one": "{count} bolk",
    "import.blocks.many": "{count} bolker",
    "import.days": "{count} dager",
    "import.warning": "advarsel",
    "import.next": "Neste steg: se over filen, og kjør så planverksted check {path}",
    # importfix (#24): en verkstedfils grenser før import skriver, og ordlyd for én tabell.
    "import.cap.values": "{file}, rad {row}: verkstedfilen ville fått flere enn {cap} "
    "verdier (nøkler, tekster og punkter i lister), grensen for en verkstedfil; ingenting "
    "er skrevet",
    "import.cap.rows": "{file}, rad {row}: kjøreplanen ville fått flere enn {cap} rader "
    "(bolker, deler og steg i metoder), grensen for en verkstedfil; ingenting er skrevet",
    "import.cap.bytes": "{file}, rad {row}: verkstedfilen ville blitt større enn {mib} MiB, "
    "grensen for en verkstedfil; ingenting er skrevet",
    "import.cap.read-back": "{file}: verkstedfilen ville gått over en grense for en "
    "verkstedfil (størrelsen eller tallet på verdier); ingenting er skrevet",
    "import.cap.hint": "del tabellen i kjøreplanen opp i flere filer, og importer hver av dem",
    "import.table-number.one": "{file} har én tabell; det finnes ingen tabell {number}",
    "import.no-time-column.one": "tabellen i {file} har ingen kolonne med tider",
    "import.sheet-too-large": "{file} har et ark som sier at det har {rows} rader, flere enn "
    "grensen på {cap}",
    "import.track-lost": "tabell {table}: {text} er planverksteds egen liste over parallelle "
    "spor, men ingen bolk med den tittelen ble funnet; utelatt",
    "import.steps-lost": "rad {row} av stegene i metoden {method}: {text} er ikke et "
    "klokkeslett; stegene er utelatt",
    "import.date-left-out": "dokumentets dato, {date}, er ikke datoen for den første dagen "
    "({first}); utelatt",
    # slutt på importfix (#24)
    # Caps on rendering (#18, harden-pdf): capped.py, runsheet/formats/pdf.py.
    "capped.time": "å lage {what} tok lengre tid enn grensen på {seconds} sekunder; arbeidet "
    "ble stoppet",
    "capped.cpu": "å lage {what} brukte mer enn grensen på {seconds} sekunder prosessortid; "
    "arbeidet ble stoppet",
    "capped.memory": "å lage {what} trengte mer enn grensen på {size} minne; arbeidet ble stoppet",
    "capped.hint": "grensene hindrer at en feil i en fil eller en mal får programmet til å "
    "henge eller fyller opp maskinen: se docs/performance.md",
    "pdf.package": "malfeil i {where}: malen importerer Typst-pakken {package}, men "
    "planverksted leser og laster aldri ned pakker",
    "pdf.package.hint": "kopier det du trenger til en .typ-fil ved siden av malen, og importer den",
    "pdf.outside": "malfeil i {where}: {name} er en lenke til {target}, utenfor malmappen {folder}",
    "pdf.outside.hint": "en mal kan bare lese filer i sin egen mappe",
    "pdf.folder-too-big": "malmappen {folder} er større enn en mal kan lese: høyst {files} filer, "
    "{size} MiB og {depth} mapper dypt",
    "pdf.folder-too-big.hint": "legg malen og filene den leser i en egen mappe",
    "render.too-large-to-print": "{format} blir ikke laget: filen er over en grense for de "
    "utskrevne dokumentene (se advarselen over)",
    "render.too-large-to-print.hint": "de andre formatene blir laget: -o x.html, -o x.md",
    "render.print-left-out": "ingen PDF eller Word-dokument, fordi filen er over grensene deres "
    "(se advarselen over)",
    # People in the room: seating, tables, parallel tracks (#22).
    "groups.since-type": "--since {file}: oppgi en verkstedfil (.yaml) eller en lagret "
    "fordeling (.json)",
    "groups.since-empty": "--since {file}: filen plasserer ingen",
    "groups.since-unreadable": "--since {file}: ikke en fordeling lagret med planverksted "
    "groups --format json",
    "groups.since.hint": "lagre en slik: planverksted groups FIL --format json > bord.json",
    # programmes (#23): rendering a programme file.
    "render.programme-option": "et program blir laget som en programoversikt; {option} "
    "gjelder verksteder",
    "render.programme-option.hint": "ta bort {option}, eller lag verkstedene med --all MAPPE",
    "render.programme-format": "en programoversikt lages som HTML, Markdown, PDF, Word "
    "eller kalender (.ics), ikke som {format}",
    "render.programme-format.hint": "bruk -o program.html, .md, .pdf, .docx eller .ics",
    "render.programme-workshops": "verkstedene ble ikke laget, fordi {count} av dem har "
    "feil eller mangler (se over)",
    # progfix (#23, probe F16): run and groups given a programme file.
    "programme.one-workshop": "{command} tar én verkstedfil, og {file} er et program",
    "programme.one-workshop.hint": "gi et av verkstedene i det, som {workshop}; check, "
    "render og serve tar programmet",
    "programme.one-workshop.none": "gi en verkstedfil; check, render og serve tar programmet",
    # progfix (#23, probe F10): -o and --all together for a programme.
    "render.programme-output-clash": "-o {target} er også der et av verkstedenes dokumenter "
    "skal (--all {folder})",
    "render.programme-output-clash.hint": "skriv oversikten et annet sted enn i {folder}",
    # parity-room (#19): run writes two pages.
    "run.stdout": "run skriver to sider, til filer, ikke til standard ut",
    "run.stdout.hint": "skriv for eksempel -o live.html",
    # lang (#20): every line in the user's language
    "severity.error": "feil",
    "severity.warning": "advarsel",
    "severity.info": "merknad",
    "wrote": "laget {target}",
    "interrupted": "avbrutt",
    "crash": "intern feil ({error}).\nDette er en feil i planverksted, ikke i filen din. Kjør "
    "på nytt med --debug for å se detaljene, og meld gjerne fra om feilen.",
    "path-problem": "{file}: {reason}",
    "stdout.failed": "kan ikke skrive til standard ut: {reason}",
    "os.not-found": "filen eller mappen finnes ikke",
    "os.denied": "ingen tilgang",
    "os.full": "disken er full",
    "os.quota": "diskkvoten er brukt opp",
    "os.read-only": "filsystemet er skrivebeskyttet",
    "os.name-too-long": "filnavnet er lengre enn systemet tillater",
    "os.is-folder": "det er en mappe",
    "os.not-folder": "en del av stien er ikke en mappe",
    "os.loop": "stien har for mange lenker (en lenke som peker på seg selv?)",
    "os.io": "disken kunne ikke leses eller skrives (inn/ut-feil)",
    "os.busy": "filen eller enheten er opptatt",
    "os.exists": "det finnes allerede noe med det navnet",
    "os.too-many": "for mange filer er åpne",
    "os.address-in-use": "adressen er allerede i bruk",
    "os.address-not-available": "adressen er ikke tilgjengelig",
    "os.closed": "strømmen er lukket",
    "os.invalid": "et ugyldig navn eller en ugyldig verdi",
    "os.too-big": "filen er større enn systemet tillater",
    "os.other": "systemet melder: «{text}»",
    "output.exists": "{path} finnes allerede{linked} og er ikke laget av planverksted før "
    "(denne kommandoen skriver bare over filer som slutter på {made}); den er ikke endret",
    "output.exists.any": "{path} finnes allerede{linked}; den er ikke endret",
    "output.exists.hint": "bruk --force for å skrive over den, eller skriv til en annen fil",
    "output.linked": " (gjennom lenken til {target})",
    "output.folder": "{path} er en mappe, ikke en fil",
    "output.folder.hint": "skriv et filnavn, for eksempel ut.html",
    "output.special": "kan ikke skrive {path}: det er {kind}, ikke en vanlig fil",
    "output.special.hint": "skriv til en fil, eller ta bort -o for å skrive til standard ut",
    "output.no-folder": "kan ikke skrive {path}: mappen {folder} finnes ikke",
    "output.no-folder.hint": "lag mappen først, eller skriv et annet sted",
    "output.read-only": "kan ikke skrive {path}: ingen tilgang (filen er skrivebeskyttet)",
    "output.cannot": "kan ikke skrive {path}: {reason}",
    "output.folder-denied": "kan ikke skrive {path}: ingen tilgang til mappen {folder}",
    "output.is-input": "utfilen {path} er {what}; den ville blitt skrevet over",
    "output.is-input.hint": "skriv til en annen fil",
    "input.workshop": "selve verkstedfilen",
    "input.stdin": "filen på standard inn",
    "input.template": "selve malen",
    "input.included": "en fil som malen tar med",
    "format.html": "en nettside",
    "format.md": "Markdown",
    "format.pdf": "en PDF",
    "format.docx": "et Word-dokument",
    "format.ics": "en kalender",
    "format.terminal": "forhåndsvisningen i terminalen",
    "render.not-rendered": "ikke laget, fordi filen har feil (se over)",
    "render.all-is-file": "{folder} er en fil, ikke en mappe",
    "render.all-is-file.hint": "gi --all en mappe",
    "render.all-no-parent": "kan ikke lage mappen {folder}: mappen {parent} finnes ikke",
    "render.all-no-parent.hint": "lag den først, eller skriv et annet sted",
    "render.all-cannot": "kan ikke lage mappen {folder}: {reason}",
    "render.all-missing-extra": "ingen {format}: det krever en valgfri del; installer den med: "
    "pip install 'planverksted[{extra}]'",
    "render.all-no-date": "ingen kalender, fordi filen ikke har noen dato (legg til en, for "
    "eksempel «date: 2024-04-18»)",
    "render.cannot-read": "kan ikke lese {file}: {reason}",
    "render.template-cannot-read": "kan ikke lese malen {template}: {reason}",
    "render.template-special": "malen {template} er ikke en vanlig fil",
    "run.not-run": "ikke startet, fordi filen har feil (se over)",
    "run.no-browser": "fikk ikke åpnet nettleseren; åpne {address} i nettleseren selv",
    "serve.watchfiles": "serve trenger pakken watchfiles, som ikke er installert",
    "serve.watchfiles.hint": "installer planverksted på nytt (pip install planverksted), så "
    "kommer den med",
    "serve.port-in-use": "port {port} er allerede i bruk",
    "serve.port-in-use.hint": "ta bort --port for å få en ledig port, eller velg en annen",
    "serve.port-denied": "har ikke lov til å lytte på port {port}",
    "serve.port-denied.hint": "ta bort --port for å få en ledig port, eller velg en over 1023",
    "serve.cannot-listen": "kan ikke lytte på 127.0.0.1:{port}: {reason}",
    "serve.serving": "viser {file} på {url}",
    "serve.follows": "siden oppdateres hver gang du lagrer; trykk Ctrl-C for å stoppe",
    "serve.stopped": "stoppet",
    "serve.refresh-failed": "intern feil under oppdateringen ({error})",
    "methods.name": "NAVN",
    "methods.steps": "STEG",
    "methods.total": "VARIGHET",
    "methods.description": "BESKRIVELSE",
    "methods.summary.one": "{total} i 1 steg: {steps}",
    "methods.summary.many": "{total} i {count} steg: {steps}",
    "methods.source": "Kilde: {source}",
    "methods.usage": "I en verkstedfil:  method: {key}",
    "methods.unknown": "det finnes ingen innebygd metode som heter {name}",
    "methods.unknown.hint": "metodene er: {names}",
    "new.created": "Laget {path} fra startmalen {starter}: {summary}.",
    "new.replaced": "Skrev over {path} med startmalen {starter}: {summary}.",
    "new.days": "{count} dager",
    "count.block.one": "{count} bolk",
    "count.block.many": "{count} bolker",
    "new.next": "Neste steg: fyll den ut, og kjør så planverksted check {path}",
    "new.folder": "{path} er en mappe",
    "new.folder.hint": "skriv et filnavn, for eksempel verksted.yaml",
    "new.exists": "{path} finnes allerede; den er ikke endret",
    "new.exists.hint": "bruk --force for å skrive over den, eller velg et annet navn",
    "new.findings.one": "check finner 1 ting å se på i den nye filen:",
    "new.findings.many": "check finner {count} ting å se på i den nye filen:",
    "new.schema-same": "{path} er allerede oppdatert: redigeringsprogrammer sjekker filen mot "
    "dette skjemaet.",
    "new.schema-created": "Laget {path}: redigeringsprogrammer som leser den første linjen, kan "
    "nå fullføre og sjekke filen mens du skriver.",
    "new.schema-replaced": "Skrev over {path}: redigeringsprogrammer som leser den første "
    "linjen, kan nå fullføre og sjekke filen mens du skriver.",
    "new.schema-kept": "beholdt {path}, som ikke er lik skjemaet i denne versjonen",
    "new.schema-kept.hint": "planverksted schema -o {path} skriver over det (eller bruk --force)",
    "new.schema-failed": "verkstedfilen er skrevet, men ikke skjemaet ved siden av: {error}",
    "new.schema-failed.hint": "redigeringsprogrammer åpner fortsatt filen; planverksted schema "
    "-o {path} skriver skjemaet når problemet er løst",
    "schema.wrote": "Skrev {output}",
    "purpose.app": "Planlegg politiske verksteder: kontroller og lag tidsatte kjøreplaner fra "
    "én YAML-fil.",
    "purpose.check": "Kontroller verkstedfiler: innhold og tider.",
    "purpose.render": "Lag kjøreplan og program av en verkstedfil.",
    "purpose.run": "Gjennomfør verkstedet: en side som viser hva som skjer nå.",
    "purpose.new": "Start en ny verkstedfil fra en startmal.",
    "purpose.schema": "Skriv ut JSON-skjemaet for verkstedfiler.",
    "purpose.methods": "Vis de innebygde metodene for gruppearbeid.",
    "purpose.serve": "Vis kjøreplanen i nettleseren, oppdatert hver gang du lagrer.",
    "starter.blank": "Tom, med kommentarer som lærer deg formatet (bokmål)",
    "starter.blank-en": "Tom, med kommentarer som lærer deg formatet (engelsk)",
    "starter.blank-nn": "Tom, med kommentarer som lærer deg formatet (nynorsk)",
    "starter.kommunestyre": "Verksted for kommunestyret om planstrategien: kjøreplanen fra "
    "kildedokumentet, med tider som går opp (bokmål)",
    "starter.kommunestyre-nn": "Verksted for kommunestyret om planstrategien: samme kjøreplan "
    "(nynorsk)",
    "starter.samling-to-dager": "Samling over to dager for kommunestyret: kafédialog, TRIZ, "
    "IGP, troikakonsultasjon (bokmål)",
    "run.wrote-room": "laget {target} (siden for salen, til prosjektoren)",
    "run.wrote-facilitator": "laget {target} (siden for prosessleder)",
    "purpose.import": "Hent inn en kjøreplan fra Word, Excel eller CSV.",
    "purpose.groups": "Vis hvem som sitter hvor: bord, runder og spor.",
    "starter.kommunestyre-kafedialog": "Kafédialog for kommunestyret i tre runder: 27 medlemmer "
    "fra 7 partier og administrasjonen ved blandede bord (bokmål)",
    "ics.no-date": "en kalender trenger datoen, og filen har ingen",
    "ics.no-date.days": "en kalender trenger datoen, og {days} har ingen",
    "ics.no-date.hint": "legg til datoen i filen, for eksempel «date: 2024-04-18»",
    "ics.no-date.days.hint": "legg til datoen under hver dag i days:, for eksempel «date: "
    "2024-04-18»",
    "ics.no-zone": "denne datamaskinen har ingen tidssonedata for {zone}",
    "ics.no-zone.hint": "installer dem med: pip install tzdata",
    # lang2 (#20): templates' errors, programmes' inputs, serve's watch, mixed sets.
    "template.link-outside": "malen {template} er en lenke til {target}, utenfor malmappen "
    "{folder}",
    "template.link-outside.hint": "en mal kan bare ta med filer i sin egen mappe",
    "template.capped.hint": "maler har grenser, slik at en glipp ikke kan henge eller fylle "
    "maskinen: se docs/templates.md",
    "template.too-large": "malen {template} er større enn grensen på {size} KiB",
    "template.memory": "malen {template} trengte mer enn grensen på {size} minne",
    "template.time": "malen {template} brukte lengre tid enn grensen på {seconds} sekunder",
    "template.cap.value": "en verdi som er lengre enn grensen på {count} tegn",
    "template.cap.width": "en bredde over grensen på {count}",
    "template.cap.digits": "et tall med mer enn {count} sifre",
    "template.cap.output": "en utdata over grensen på {count} tegn",
    "template.not-file": "malen {template} er {what}",
    "template.not-file.hint": "skriv stien til en malfil",
    "template.not-utf8": "malen {template} er ikke UTF-8-tekst",
    "template.hint": "se docs/templates.md for hva en mal får",
    "template.syntax": "syntaksfeil i malen i {place}: {problem}",
    "template.not-found": "malfeil i {place}: det finnes ingen mal som heter {name}, verken "
    "ved siden av {template} eller blant de innebygde malene",
    "template.sandbox": "malfeil i {place}: ikke tillatt i en mal: {problem}",
    "template.sandbox.hint": "maler kjører i en sandkasse: bruk variablene i docs/templates.md",
    "template.error": "malfeil i {place}: {problem}",
    "template.error-in": "malfeil i {template}: {problem}",
    "template.recursion": "malfeil i {template}: malen kaller seg selv uten ende",
    "template.undefined": "{name} er ikke definert",
    "template.no-attribute": "{value} har ikke noe felt som heter {name}",
    "template.jinja-says": "Jinja melder: «{text}»",
    "template.python-says": "Python melder: «{kind}: {text}»",
    "pdf.builtin-failed": "den innebygde PDF-malen feilet: {problem}",
    "pdf.builtin-failed.hint": "dette er en feil i planverksted; meld den gjerne",
    "pdf.typst-says": "Typst melder: «{text}»",
    "pdf.typst-failed": "Typst laget ingen PDF og sa ikke hvorfor",
    "pdf.typst-hint": "Typst foreslår: «{advice}»",
    "pdf.error.hint": "se docs/templates.md for hvilke data en Typst-mal får",
    "input.programme": "selve programfilen",
    "input.programme-workshop": "en verkstedfil i programmet",
    "input.shared": "en felles fil som verkstedet leser",
    "input.source": "kjøreplanen som blir importert",
    "serve.watch-refused": "kan ikke følge med på lagringer ({error}); prøver igjen hvert "
    "halve sekund",
    "serve.watching-again": "følger med på lagringer igjen",
    # A command line that cannot be parsed (cli/usage.py).
    "usage.help": "{run} viser hvordan kommandoen brukes",
    "usage.help-all": "{run} viser kommandoene",
    "usage.no-such-option": "{command} har ikke noe valg som heter {option}",
    "usage.missing-option": "{command} trenger {option}",
    "usage.missing-argument": "{command} trenger {thing}",
    "usage.thing.file": "en verkstedfil",
    "usage.thing.source": "kjøreplanen som skal importeres",
    "usage.thing.name": "et navn",
    "usage.needs-value": "{option} må ha en verdi",
    "usage.option-takes-no-value": "{option} skal ikke ha noen verdi",
    "usage.not-a-choice": "{option} kan ikke være {value}",
    "usage.choose": "velg {choices}",
    "usage.not-a-number": "{option} må være et helt tall, ikke {value}",
    "usage.bad-value": "{option} kan ikke ha den verdien",
    "usage.no-such-command": "planverksted har ingen kommando som heter {name}",
    "usage.extra": "{command} skal ikke ha mer, men fikk {args}",
    "usage.missing-command": "planverksted trenger en kommando",
    "usage.unreadable": "kommandolinjen til {command} kan ikke leses slik den er skrevet",
}

LIVE = {
    "timekeeper": "Tidtaker",
    "left": "igjen",
    "until_start": "til start",
    "next": "Neste",
    "next_at": "Neste kl. {time}: {title}",
    "now": "Nå",
    "at": "kl. {time}",
    "starts_at": "Starter kl. {time}",
    "starts_on": "Starter {date} kl. {time}",
    "done": "Takk for i dag!",
    "continues": "Vi fortsetter {date} kl. {time}.",
    "finished": "Ferdig",
    "on_time": "I rute",
    "behind": "Ligger {n} min etter planen",
    "ahead": "Ligger {n} min foran planen",
    "paused": "Klokken er stoppet",
    "expected_end": "Forventet slutt: {expected} (planen: {planned})",
    "past_end": "Dagen slutter {n} min etter planlagt slutt kl. {time}",
    "pushed": "{title} kl. {planned} blir skjøvet til kl. {expected}",
    "warning": "Advarsel",
    "step_of": "Steg {n} av {m}",
    "plan": "Plan",
    "expected": "Forventet",
    "room_view": "Visning for salen",
    "facilitator_view": "Visning for prosessleder",
    "previous_button": "Forrige",
    "next_button": "Neste",
    "plus_minute": "+1 min",
    "minus_minute": "−1 min",
    "pause_clock": "Stopp klokken",
    "resume_clock": "Start klokken",
    "reset": "Tilbake til planen",
    "controls": "Styring",
    "keys": "Taster: → eller N neste, ← eller P forrige, + og − ett minutt, mellomrom "
    "stopper og starter klokken, V bytter visning.",
    "terminal_keys": "→ eller n neste · ← eller p forrige · + og − ett minutt · mellomrom "
    "stopper og starter klokken · q avslutter",
    "needs_js": "Denne siden trenger JavaScript.",
    "clock": "Klokken",
    # parity-room (#19): the room's and the facilitator's pages, a method past its part.
    "overrun": "{method} går {n} min over planlagt slutt kl. {time}",
    "open_room": "Åpne siden for salen (projektoren)",
    "facilitator_file": "prosessleder",
}
"""The words of the live page and its terminal view ({time}, {date}, {n}, … filled in there)."""

YAML_PROBLEMS = {
    # lang (#20): PyYAML's and libyaml's problem texts, by their own English (%r, %s, %d
    # are the values PyYAML fills in; {0}, {1} here the same values, in order).
    "blacklisted key '%s' in instance state found": "nøkkelen {0} er ikke tillatt i tilstanden "
    "til et objekt",
    "but found another document": "men fant enda et dokument",
    "cannot find %r in the module %r": "finner ikke {0} i modulen {1}",
    "cannot find module %r (%s)": "finner ikke modulen {0} ({1})",
    "could not determine a constructor for the tag %r": "kan ikke lage noen verdi for taggen {0}",
    "could not find expected ':'": "fant ikke kolonet («:») som skulle stått her",
    "duplicate tag handle %r": "tagg-forkortelsen {0} står to ganger",
    "expected ' ', but found %r": "her skal det stå et mellomrom, men det står {0}",
    "expected '!', but found %r": "her skal det stå «!», men det står {0}",
    "expected ',' or ']', but got %r": "her skal det stå «,» eller «]», men det står {0}",
    "expected ',' or '}', but got %r": "her skal det stå «,» eller «}}», men det står {0}",
    "expected '<document start>', but found %r": "her skal det stå starten på et dokument "
    "(«---»), men det står {0}",
    "expected '>', but found %r": "her skal det stå «>», men det står {0}",
    "expected <block end>, but found %r": "her skal det stå slutten på det innrykkede avsnittet, "
    "men det står {0}",
    "expected URI escape sequence of 2 hexadecimal numbers, but found %r": "her skal det stå en "
    "URI-kode med 2 heksadesimale sifre, men det står {0}",
    "expected URI, but found %r": "her skal det stå en URI, men det står {0}",
    "expected a class, but found %r": "her skal det stå en klasse, men det står {0}",
    "expected a comment or a line break, but found %r": "her skal det stå en kommentar eller et "
    "linjeskift, men det står {0}",
    "expected a digit or ' ', but found %r": "her skal det stå et siffer eller et mellomrom, men "
    "det står {0}",
    "expected a digit or '.', but found %r": "her skal det stå et siffer eller «.», men det står "
    "{0}",
    "expected a digit, but found %r": "her skal det stå et siffer, men det står {0}",
    "expected a mapping for merging, but found %s": "her skal det stå nøkler å slå sammen, men "
    "det står {0}",
    "expected a mapping node, but found %s": "her skal det stå nøkler, men det står {0}",
    "expected a mapping of length 1, but found %s": "her skal det stå én nøkkel, men det står {0}",
    "expected a mapping or list of mappings for merging, but found %s": "her skal det stå nøkler "
    "eller en liste med nøkler å slå sammen, men det står {0}",
    "expected a scalar node, but found %s": "her skal det stå én verdi, men det står {0}",
    "expected a sequence node, but found %s": "her skal det stå en liste, men det står {0}",
    "expected a sequence, but found %s": "her skal det stå en liste, men det står {0}",
    "expected a single document in the stream": "her skal det stå ett YAML-dokument i filen",
    "expected a single mapping item, but found %d items": "her skal det stå én nøkkel, men det "
    "står {0}",
    "expected alphabetic or numeric character, but found %r": "her skal det stå en bokstav eller "
    "et siffer, men det står {0}",
    "expected chomping or indentation indicators, but found %r": "her skal det stå «+», «-» eller "
    "et siffer etter «|» eller «>», men det står {0}",
    "expected escape sequence of %d hexadecimal numbers, but found %r": "her skal det stå en kode "
    "med {0} heksadesimale sifre, men det står {1}",
    "expected indentation indicator in the range 1-9, but found 0": "her skal det stå et innrykk "
    "fra 1 til 9, men det står 0",
    "expected non-empty name appended to the tag": "her skal det stå et navn etter taggen",
    "expected the empty value, but found %r": "her skal det stå ingen verdi, men det står {0}",
    "expected the node content, but found %r": "her skal det stå en verdi, men det står {0}",
    "failed to convert base64 data into ascii: %s": "base64-dataene er ikke ASCII: {0}",
    "failed to decode base64 data: %s": "base64-dataene kan ikke leses: {0}",
    "found character %r that cannot start any token": "fant {0}, som ikke kan begynne en verdi",
    "found duplicate YAML directive": "fant %YAML-linjen to ganger",
    "found duplicate anchor %r; first occurrence": "fant ankeret {0} to ganger; første gang",
    "found incompatible YAML document (version 1.* is required)": "fant et YAML-dokument i en "
    "annen versjon (1.* trengs)",
    "found unconstructable recursive node": "fant en verdi som inneholder seg selv",
    "found undefined alias %r": "fant aliaset {0}, som ikke viser til noe anker",
    "found undefined tag handle %r": "fant tagg-forkortelsen {0}, som ikke er erklært",
    "found unexpected document separator": "fant en «---»-linje der ingen kan stå",
    "found unexpected end of stream": "filen slutter før verdien gjør det",
    "found unhashable key": "fant en nøkkel som ikke er vanlig tekst",
    "found unknown escape character %r": "fant den ukjente koden {0} (en omvendt skråstrek i "
    "doble anførselstegn)",
    "mapping keys are not allowed here": "en nøkkel kan ikke stå her",
    "mapping values are not allowed here": "en verdi til en nøkkel kan ikke begynne her (en «: » "
    "for mye på linjen?)",
    "module %r is not imported": "modulen {0} er ikke importert",
    "second occurrence": "andre gang",
    "sequence entries are not allowed here": "et listepunkt («- ») kan ikke stå her",
    "special characters are not allowed": "spesialtegn er ikke tillatt",
    "while constructing a Python instance": "mens et Python-objekt ble laget",
    "while constructing a Python module": "mens en Python-modul ble laget",
    "while constructing a Python name": "mens et Python-navn ble laget",
    "while constructing a Python object": "mens et Python-objekt ble laget",
    "while constructing a mapping": "i disse nøklene",
    "while constructing an ordered map": "i denne ordnede listen med nøkler",
    "while constructing pairs": "i disse parene",
    "while parsing a %s": "i denne delen",
    "while parsing a %s node": "i denne verdien",
    "while parsing a block node": "i denne verdien",
    "while parsing a flow node": "i denne verdien",
    "while parsing a block collection": "i denne innrykkede listen eller samlingen av nøkler",
    "while parsing a block mapping": "i disse innrykkede nøklene",
    "while parsing a flow mapping": "i disse nøklene i krøllparentes ({{ }})",
    "while parsing a flow sequence": "i denne listen i hakeparentes ([ ])",
    "while parsing a node": "i denne verdien",
    "while parsing a tag": "i denne taggen",
    "while parsing a directive": "i dette direktivet (en linje som begynner med %)",
    "while scanning a %s": "i denne delen",
    "while scanning a block scalar": "i denne teksten etter «|» eller «>»",
    "while scanning a directive": "i dette direktivet (en linje som begynner med %)",
    "while scanning a double-quoted scalar": "i denne teksten i doble anførselstegn",
    "while scanning a quoted scalar": "i denne teksten i anførselstegn",
    "while scanning a simple key": "i denne nøkkelen",
    "while scanning a tag": "i denne taggen",
    "while scanning an %s": "i denne delen",
    "while scanning an anchor": "i dette ankeret (&)",
    "while scanning an alias": "i dette aliaset (*)",
    "while scanning for the next token": "mens filen ble lest videre",
    "unicode": "unicode",
    "did not find expected key": "fant ikke nøkkelen som skulle stått her (et innrykk som ikke "
    "passer med linjene over?)",
    "did not find expected '-' indicator": "fant ikke «- » for et listepunkt her",
    "did not find expected <document start>": "her skal det stå starten på et dokument («---»)",
    "did not find expected node content": "fant ikke verdien som skulle stått her",
    "did not find expected ',' or ']'": "fant ikke «,» eller «]» som skulle stått her",
    "did not find expected ',' or '}'": "fant ikke «,» eller «}}» som skulle stått her",
    "did not find expected comment or line break": "her skal det stå en kommentar eller et "
    "linjeskift",
    "did not find URI escaped octet": "fant ikke URI-koden som skulle stått her",
    "found character that cannot start any token": "fant et tegn som ikke kan begynne en verdi",
    "mapping values are not allowed in this context": "en verdi til en nøkkel kan ikke begynne "
    "her (en «: » for mye på linjen?)",
    "block sequence entries are not allowed in this context": "et listepunkt («- ») kan ikke stå "
    "her",
    "found unexpected document indicator": "fant en «---»- eller «...»-linje der ingen kan stå",
    "found a tab character where an indentation space is expected": "fant en tabulator der "
    "innrykket må være mellomrom",
    "found a tab character that violates indentation": "fant en tabulator som bryter innrykket",
    "found unknown escape character": "fant en ukjent kode (en omvendt skråstrek i doble "
    "anførselstegn)",
    "found duplicate %YAML directive": "fant %YAML-linjen to ganger",
    "found incompatible YAML document": "fant et YAML-dokument i en annen versjon",
    "control characters are not allowed": "kontrolltegn er ikke tillatt",
    "invalid leading UTF-8 octet": "en byte som ikke er UTF-8",
    "incomplete UTF-8 octet sequence": "et ufullstendig UTF-8-tegn",
    "while scanning a plain scalar": "i denne teksten",
    "while parsing a document start": "ved starten på dette dokumentet",
    "while parsing a quoted scalar": "i denne teksten i anførselstegn",
    "did not find expected alphabetic or numeric character": "fant ikke bokstaven eller sifferet "
    "som skulle stått her",
    "found an indentation indicator equal to 0": "fant et innrykk på 0 (etter «|» eller «>» skal "
    "det være 1 til 9)",
    "did not find the expected '>'": "fant ikke «>» som skulle stått her",
    "found unknown directive name": "fant et direktiv (en linje som begynner med %) som YAML ikke "
    "kjenner",
    "did not find expected whitespace or line break": "her skal det stå et mellomrom eller et "
    "linjeskift",
    "found undefined tag handle": "fant en tagg-forkortelse som ikke er erklært",
    "did not find expected tag URI": "fant ikke tagg-URI-en som skulle stått her",
}
"""A YAML fault with no diagnosis of its own, worded from PyYAML's problem and context."""
