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
    "bad-value.kind.hint": "bruk en av: {kinds}; eller på norsk: {words}",
    "bad-value.flag": "ventet ja eller nei, fant {value}",
    "bad-value.both": "filen har både «agenda» og «days»",
    "bad-value.both.hint": "bruk «agenda» for én dag, eller legg programmet for hver dag under "
    "«days»",
    "bad-version": "planverksted: {given} er ikke en formatversjon denne planverksted leser "
    "(den leser versjon {understood})",
    "bad-version.hint": "skriv planverksted: 1",
    "clock.time": "kan ikke lese klokkeslettet {raw}",
    "clock.time.hint": "skriv klokkeslettet med 24 timer, for eksempel 13.00 eller 13:00",
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
    "clock.date": "kan ikke lese datoen {raw}",
    "clock.date.hint": "skriv datoen som 18.04.2024, 18. april 2024 eller 2024-04-18",
    "clock.not-date": "{raw} er ikke en dato som finnes",
    "clock.weekday": "{raw}: {date} er en {actual}, ikke en {written}",
    "clock.weekday.hint": "rett ukedagen eller datoen, eller ta bort ukedagen",
    "conflicting-times.start": "{block}: «time» begynner {time}, men «start» sier {given}",
    "conflicting-times.end": "{block}: «time» slutter {time}, men «end» sier {given}",
    "conflicting-times.duration": "{block}: {start}–{end} er {length}, men «duration» sier {given}",
    "conflicting-times.duration.implied": "{block}: {start} (der bolken før slutter)–{end} er "
    "{length}, men «duration» sier {given}",
    "conflicting-times.hint": "oppgi tiden én gang, eller få de to til å stemme",
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
}

MESSAGES = {
    "summary.none": "ingen problemer i {files}",
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
    "no-such-file": "filen finnes ikke: {file}",
    "no-workshop-files": "ingen verkstedfiler (*.yaml, *.yml) i mappen {folder}",
    "unknown-code": "--ignore {raw}: det finnes ingen merknadskode som heter {code}",
    "unknown-code.hint": "kodene står i docs/checks.md",
    "render.folder": "{file} er en mappe; render tar én verkstedfil",
    "render.template-missing": "malen {template} finnes ikke",
    "render.template-folder": "malen {template} er en mappe",
    "render.template-missing.hint": "oppgi stien til en malfil",
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
    "new.no-path": "oppgi filen som skal lages, for eksempel: planverksted new verksted.yaml",
    "new.no-path.hint": "planverksted new --list viser startmalene",
    "new.option": "{option}: {message}",
    "new.end-before-start": "--end {end} er ikke etter --start {start}",
    "new.end-before-start.hint": "oppgi en slutt som er senere på dagen enn starten",
    "new.past-midnight": "dagen i startmalen varer {length}: med start kl. {start} ville den "
    "vare forbi midnatt",
    "new.past-midnight.hint": "start tidligere, eller oppgi også --end og kort ned programmet "
    "etterpå",
    "new.before-midnight": "dagen i startmalen varer {length}: med slutt kl. {end} ville den "
    "starte før midnatt",
    "new.before-midnight.hint": "slutt senere, eller oppgi også --start og kort ned programmet "
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
}
