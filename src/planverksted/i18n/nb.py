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
    "needed_for": "Brukes",
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
    "seating_even": "alle blandingskolonner er så jevne som tallene tillater",
    "seating_uneven": "{column} {value} skiller {spread} mellom bordene",
    "seating_repeats_none": "ingen to møtes to ganger",
    "seating_repeats": "{count} par møtes to ganger: {pairs}",
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
        "name": "IGP",
        "description": "Individuelt – gruppe – plenum",
        "steps": (
            ("Reflekter", "Ta utgangspunkt i egen kommune"),
            ("Dele rundt bordet", None),
            ("Drøfting: er det fellesnevnere?", None),
        ),
    },
    "1-2-4-all": {
        "name": "1-2-4-All",
        "description": "Alene, i par, i firer, så alle sammen",
        "steps": (
            ("Alene: tenk over spørsmålet", None),
            ("I par: del og bygg videre", None),
            ("I firer: se etter likheter og forskjeller", None),
            ("Alle: hva er det viktigste som kom fram?", None),
        ),
    },
    "kafedialog": {
        "name": "Kafédialog",
        "description": "Samtaler ved små bord i tre runder; alle bytter bord mellom rundene",
        "steps": (
            ("Runde 1", "Fire eller fem ved hvert bord; skriv og tegn på duken"),
            ("Runde 2", "Bytt bord; bordverten blir igjen og forteller hva som kom fram"),
            ("Runde 3", "Bytt bord igjen, eller gå tilbake"),
        ),
    },
    "troika": {
        "name": "Troikakonsultasjon",
        "description": "Tre og tre gir hverandre råd om en utfordring hver",
        "steps": (
            ("Tenk over utfordringen din og hva slags hjelp du trenger", None),
            (
                "Klient 1",
                "2 min utfordringen, 2 min oppklarende spørsmål, 4 min råd mens klienten "
                "snur ryggen til, 1 min: hva var mest nyttig?",
            ),
            ("Klient 2", "Som for klient 1, med en ny klient"),
            ("Klient 3", "Som for klient 1, med en ny klient"),
        ),
    },
    "triz": {
        "name": "TRIZ",
        "description": "Hva må vi slutte med? Fra det verst tenkelige resultatet til første steg",
        "steps": (
            ("Innledning: hva er det verst tenkelige resultatet?", None),
            ("Lag en liste over alt som sikrer det verste resultatet", None),
            ("Hva gjør vi allerede som ligner på dette?", None),
            ("Hva er første steg for å slutte med det?", None),
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
    "place.who": "who nr. {number}",
    "place.ignored-code": "ignorert kode {number}",
    "place.key": "{key}",
    "value.nothing": "ingenting",
    "value.mapping": "nøkler (en mapping)",
    "value.list": "en liste",
    "value.text": "teksten {text}",
    "value.spaces.one": "{count} mellomrom",
    "value.spaces.many": "{count} mellomrom",
    "value.expected-text": "tekst",
    "file-unreadable": "kan ikke lese filen: {reason}",
    "file-too-large": "filen er større enn grensen på {mib} MiB",
    "file-too-large.values": "filen har flere enn {count} verdier, som er grensen",
    "file-too-large.hint": "del programmet på flere filer",
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
    "wrong-type.key": "en nøkkel må være vanlig tekst, ikke en liste eller mapping",
    "duplicate-key": "nøkkelen {name} står to ganger på samme sted (første gang på linje {first})",
    "duplicate-key.hint": "fjern den ene, eller slå dem sammen",
    "not-mapping": "filen skal begynne med nøkler som «title:», men den har {found}",
    "not-mapping.hint": "begynn med  planverksted: 1  og  title: ...  på hver sin linje",
    "unknown-key": "ukjent nøkkel {name} i {place}",
    "unknown-key.hidden": "ukjent nøkkel {name} i {place} "
    "(den inneholder {hidden}, som ikke vises)",
    "unknown-key.known": "nøklene her er: {known}",
    "missing-key": "{place} mangler {name}",
    "missing-key.planverksted.hint": "skriv «planverksted: 1» på første linje",
    "missing-key.title.hint": "hver bolk, del og hvert verksted trenger en tittel",
    "missing-key.duration.hint": "en del trenger en varighet, for eksempel «duration: 10 min»",
    "missing-key.agenda.hint": "legg til «agenda:» med bolkene for dagen",
    "missing-key.steps.hint": "en metode trenger steg, hvert med tittel og varighet",
    "missing-key.items.hint": "skriv spørsmålene under «items:»",
    "missing-key.name.hint": "skriv navnet på personen, for eksempel «name: Ordføreren»",
    "missing-key.no-agenda": "filen har ikke noe program",
    "missing-key.no-agenda.hint": "legg til «agenda:» med bolkene, eller «days:» for et "
    "verksted over flere dager",
    "wrong-type.expected": "ventet {expected}, fant {found}",
    "wrong-type.list.hint": "skriv hvert punkt på sin egen linje, med «- » først",
    "wrong-type.text.hint": "skriv teksten på samme linje som nøkkelen",
    "wrong-type.mapping.hint": "skriv nøklene med innrykk på linjene under, som  name: ...  "
    "og  role: ...",
    "wrong-type.item": "punkt {number} skal være tekst, men er {found}",
    "wrong-type.text-list": "ventet en liste med tekst, fant {found}",
    "wrong-type.method": "ventet navnet på en metode, fant {found}",
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
    "bad-value.flag": "ventet ja eller nei, fant {value}",
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
    "clock.range.hint": "skriv start og slutt, for eksempel 13.00 – 13.10",
    "clock.duration": "kan ikke lese varigheten {raw}",
    "clock.duration.hint": "skriv hele minutter (15), eller 15 min, 1 t, 1 t 30 min",
    "clock.duration.decimal.hint": "bruk hele minutter, for eksempel 90 eller 1 t 30 min",
    "clock.duration.zero": "varigheten {raw} er kortere enn ett minutt",
    "clock.duration.too-long": "varigheten {raw} er lengre enn en uke, som er grensen",
    "clock.duration.too-long.hint": "skriv lengden i hele minutter eller timer, "
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
    "no-start.hint": "gi bolken en start (start: 13.00 eller time: 13.00 – 13.10), eller gi "
    "verkstedet en start",
    "no-end": "{block}: det går ikke å se når bolken slutter (den starter kl. {start})",
    "no-end.hint": "gi bolken en slutt, en varighet (duration: 15 min) eller deler",
    "ends-before-start": "{block} slutter før den starter: {start} til {end}",
    "ends-before-start.implied": "{block} slutter før den starter: {start} (der bolken før "
    "slutter) til {end}",
    "ends-before-start.same": "{block} slutter samtidig som den starter: {start} til {end}",
    "ends-before-start.same.implied": "{block} slutter samtidig som den starter: {start} (der "
    "bolken før slutter) til {end}",
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
    "wrong-type.participants": "ventet en liste med deltakere eller navnet på en CSV- eller "
    "XLSX-fil, fant {found}",
    "wrong-type.name-groups": "ventet en liste med grupper av navn, som [[Ordføreren, "
    "Varaordføreren]], fant {found}",
    "wrong-type.name-group": "gruppe {number} skal være en liste med navn, men er {found}",
    "bad-value.group-size": "{value} er ikke en gruppestørrelse",
    "bad-value.group-size.hint": "skriv hvor mange i en gruppe, som 5, eller et spenn, som 4-5",
    # harden-io (#18): a workshop file that is a special file (serve).
    "file-special.fifo": "kan ikke lese filen: den er et navngitt rør (FIFO), ikke en vanlig fil",
    "file-special.device": "kan ikke lese filen: den er en enhet, ikke en vanlig fil",
    "file-special.socket": "kan ikke lese filen: den er en sokkel, ikke en vanlig fil",
    "file-special.other": "kan ikke lese filen: den er en spesialfil, ikke en vanlig fil",
    "file-special.hint": "lagre verkstedet som en vanlig fil med samme navn",
    # end of harden-io (#18) findings
    "bad-value.rounds": "{value} runder er flere enn {cap}, det meste et gruppearbeid har",
    "bad-value.rounds.hint": "en kafédialog har tre til fem runder",
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
    "render.layout-format": "--layout {layout} brukes ikke av {summary}",
    "render.layout-format.hint": "bruk --format {choices}, eller ta bort --layout",
    "render.layout-audience": "--layout compact er kjøreplanen til prosessleder på én side",
    "render.layout-audience.hint": "ta bort --layout for programmet til deltakerne",
    "run.now": "--now {raw} er ikke et klokkeslett",
    "run.now.hint": "skriv 13:57, 13:57:30 eller, med dato, 2024-04-18T13:57",
    "run.now-range": "--now {raw} er ikke et gyldig klokkeslett",
    "run.now-range.hint": "timer 00–23, minutter 00–59",
    "run.now-date": "--now {raw}: {date} er ikke en dato",
    "run.terminal-and-output": "--terminal viser dagen i terminalen og skriver ingen fil",
    "run.terminal-and-output.hint": "ta bort -o, eller ta bort --terminal",
    "run.now-and-output": "--now brukes med --terminal eller med siden som åpnes i nettleseren, "
    "ikke med -o",
    "run.now-and-output.hint": "åpne heller den skrevne siden med ?now=13:57 etter adressen",
    "run.folder": "{file} er en mappe; run tar én verkstedfil",
    "run.input-as-output": "utfilen {target} er selve verkstedfilen; den ville blitt skrevet over",
    "run.input-as-output.hint": "skriv siden til en annen fil, for eksempel -o live.html",
    "summary.none": "ingen problemer i {files}",
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
    "stdin-twice": "standard input (-) er gitt to ganger; det kan bare leses én gang",
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
    "render.unknown-suffix": "kan ikke se formatet av filnavnet {target}",
    "render.unknown-suffix.hint": "kall filen {suffixes}, eller legg til --format {choices}",
    "render.unknown-template": "kan ikke se formatet av malnavnet {template}",
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
    "file-kind.socket": "en sokkel",
    "file-kind.special": "en spesialfil",
    "not-a-file": "{file} er {kind}, ikke en fil",
    "serve.request-error": "intern feil under svaret på en forespørsel ({error}); serve fortsetter",
    "file-kind.folder": "en mappe",
    "file-kind.missing": "ikke der",
    "empty-name": "{option} har fått et tomt navn, som ikke peker på noen fil eller mappe",
    "empty-name.hint": "skriv navnet på en fil eller mappe, eller ta bort {option}",
    # end of harden-io (#18)
    # import (#24): planverksted import, lese kjøreplaner fra Word, Excel, CSV, Markdown.
    "import.no-output": "gi verkstedfilen som skal skrives, som: -o verksted.yaml",
    "import.no-output.hint": "planverksted import {source} -o verksted.yaml",
    "import.output-suffix": "{path}: navnet på en verkstedfil slutter på .yaml eller .yml",
    "import.output-suffix.hint": "planverksted import {source} -o {suggestion}",
    "import.output-is-source": "utfilen {path} er selve kildedokumentet; det ville blitt "
    "overskrevet",
    "import.output-is-source.hint": "skriv verkstedfilen til et annet navn, som -o verksted.yaml",
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
    "import.table-number.hint": "gi --table fra 1 til {count}",
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
    "import.next": "Neste: se over den, og kjør så  planverksted check {path}",
    # Caps on rendering (#18, harden-pdf): capped.py, runsheet/formats/pdf.py.
    "capped.time": "å lage {what} tok lengre tid enn grensen på {seconds} sekunder; arbeidet "
    "ble stoppet",
    "capped.cpu": "å lage {what} brukte mer enn grensen på {seconds} sekunder prosessortid; "
    "arbeidet ble stoppet",
    "capped.memory": "å lage {what} trengte mer enn grensen på {size} minne; arbeidet ble stoppet",
    "capped.hint": "grensene hindrer at en glipp i en fil eller en mal henger eller fyller "
    "maskinen: se docs/performance.md",
    "pdf.package": "malfeil i {where}: Typst-pakken {package} blir importert, og pakker "
    "blir aldri lest eller lastet ned",
    "pdf.package.hint": "kopier det du trenger til en .typ-fil ved siden av malen, og importer den",
    "pdf.outside": "malfeil i {where}: {name} er en lenke til {target}, utenfor malmappen {folder}",
    "pdf.outside.hint": "en mal kan bare lese filer i sin egen mappe",
    "pdf.folder-too-big": "malmappen {folder} er større enn en mal kan lese: høyst {files} filer, "
    "{size} MB og {depth} mapper dypt",
    "pdf.folder-too-big.hint": "legg malen og filene den leser i en egen mappe",
    "render.too-large-to-print": "{format} blir ikke laget: fila er over en grense for de "
    "utskrevne dokumentene (se advarselen over)",
    "render.too-large-to-print.hint": "de andre formatene blir laget: -o x.html, -o x.md",
    "render.print-left-out": "ingen PDF eller Word-dokument, fordi fila er over grensene deres "
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
    # parity-room (#19): run writes two pages.
    "run.stdout": "run skriver to sider, til filer, ikke til standard ut",
    "run.stdout.hint": "skriv for eksempel -o live.html",
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
    "paused": "Klokka er stoppet",
    "expected_end": "Forventet slutt: {expected} (planen: {planned})",
    "past_end": "Dagen slutter {n} min etter planlagt slutt kl. {time}",
    "pushed": "{title} kl. {planned} blir skjøvet til {expected}",
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
    "pause_clock": "Stopp klokka",
    "resume_clock": "Start klokka",
    "reset": "Tilbake til planen",
    "controls": "Styring",
    "keys": "Taster: → eller N neste, ← eller P forrige, + og − ett minutt, mellomrom "
    "stopper og starter klokka, V bytter visning.",
    "terminal_keys": "→ eller n neste · ← eller p forrige · + og − ett minutt · mellomrom "
    "stopper og starter klokka · q avslutter",
    "needs_js": "Denne siden trenger JavaScript.",
    "clock": "Klokka",
    # parity-room (#19): the room's and the facilitator's pages, a method past its part.
    "overrun": "{method} går {n} min over planlagt slutt kl. {time}",
    "open_room": "Åpne siden for salen (projektoren)",
    "facilitator_file": "prosessleder",
}
"""The words of the live page and its terminal view ({time}, {date}, {n}, … filled in there)."""
