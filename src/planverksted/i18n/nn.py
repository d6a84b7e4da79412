"""Nynorsk (nn): every word planverksted writes in nynorsk, and how nynorsk writes times and dates.

Forms chosen once and used everywhere (a test greps for the others): "bolk" for a block,
"ønskt resultat", "blir" (not "vert"), "gi" (not "gje"), "òg" (not "også"), "prosessleiar",
"målgruppe", "tidlegare", "kl." before a time of day in running text.
"""

from __future__ import annotations

NAME = "nynorsk"
ALIASES = ("nno",)
"""Other names a file or the command line may use for this language (``language: nno``)."""

TIME_SEPARATOR = "."
HOUR_WORD = "t"
CLOCK_WORD = "kl."
QUOTES = ("«", "»")
KEY_QUOTES = ("«", "»")
DATE_FORMAT = "{weekday} {day}. {month} {year}"
SHORT_DATE_FORMAT = "{day:02d}.{month:02d}.{year:04d}"
LIST_AND = "eller"

LANGUAGE_TAG = "nn-NO"
"""The language with its region (BCP 47), as Word, LibreOffice and Typst know it."""
FILE_NAMES = {"facilitator": "koyreplan", "participant": "program"}
"""The file names ``render --all`` writes, by audience: ASCII, so any system takes them."""

WEEKDAYS = ("måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag")
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
    "runsheet": "Køyreplan",
    "programme": "Program",
    "runsheet_for": "Køyreplan for prosessleiar",
    "programme_for": "Program for deltakarar",
    "date": "Dato",
    "time": "Tid",
    "venue": "Stad",
    "audience": "Målgruppe",
    "organiser": "Arrangør",
    "day": "Dag",
    "goals": "Ønskt resultat",
    "agenda": "Program",
    "group_work": "Gruppearbeid",
    "evaluation": "Evaluering",
    "preparations": "Førebuingar",
    "findings": "Merknader frå kontrollen",
    "what": "Kva",
    "kind": "Type",
    "who": "Kven",
    "notes": "Notat",
    "materials": "Materiell",
    "questions": "Spørsmål",
    "method": "Metode",
    "step": "Steg",
    "part_of": "Del av",
    "needed_for": "Blir brukt",
    "task": "Gruppeoppgåve",
    "facilitator_only": "Berre for prosessleiar",
    "evaluation_intro": "Vi vil gjerne høyre kva du syntest. Nokre få ord er nok.",
    "minutes": "min",
    "error": "Feil",
    "warning": "Åtvaring",
    "info": "Merknad",
    "made_with": "Laga med planverksted",
    "see_task": "sjå {task} under {section}",
    "page": "Side",
    "page_of": "av",
    # goals (#23): the goals each block serves, and the coverage table.
    "goal_numbers": "Mål",
    "coverage": "Mål og bolkar",
    "coverage_goal": "Mål",
    "coverage_blocks": "Bolkar",
    "coverage_minutes": "Tid brukt",
    "coverage_none": "Ingen bolk",
    # parity-paper: the PDF names the page a group task is on ("se Gruppeoppgave 1 på side 2").
    "see_task_page": "sjå {task} på side {page}",
    # reusable blocks (#23): a block's link (a film, a recording).
    "link": "Lenkje",
    # People in the room: seating, tables, parallel tracks (#22).
    "seating_table": "Bord",
    "seating_round": "Runde",
    "seating_rounds": "rundar",
    "seating_tables": "bord",
    "seating_host": "bordvert",
    "seating_leads": "leiar",
    "seating_table_list": "Bordliste",
    "seating_cards": "Bordkort",
    "seating_balance": "Fordeling",
    "seating_mix": "blanda etter",
    "seating_even": "alle blandingskolonnar er så jamne som tala tillèt",
    "seating_uneven": "{column} {value} skil {spread} mellom borda",
    "seating_repeats_none": "ingen to møtest to gonger",
    "seating_repeats": "{count} par møtest to gonger: {pairs}",
    "seating_moved": "{count} flytta sidan {since}: {names}",
    "seating_moved_none": "ingen flytta sidan {since}",
    "seating_no_value": "(ingen)",
    "seating_track": "Spor",
    "seating_room": "Rom",
    "seating_people": "Deltakarar",
    "seating_parallel": "Parallelle spor",
    "seating_walk": "gå til romma",
    "seating_nothing": "Ikkje noko gruppearbeid med bord, og ingen parallelle spor.",
    "seating_cut": "Klipp langs streken",
    # programmes (#23): the programme overview.
    "programme_overview": "Programoversikt",
    "programme_period": "Periode",
    "programme_workshops": "Verkstader",
    "programme_workshop": "Verkstad",
    "programme_date": "Dato",
    "programme_goals_served": "Mål",
    "programme_leads": "Leiar",
    "programme_status": "Kontroll",
    "programme_ok": "Ingen merknader",
    "programme_missing": "Kan ikkje lesast",
    "programme_no_workshop": "Ingen verkstad",
    "programme_follows": "Følgjer opp",
    "programme_served_by": "Blir følgt opp i",
}

METHODS = {
    "igp": {
        "name": "IGP",
        "description": "Individuelt – gruppe – plenum",
        "steps": (
            ("Reflekter", "Ta utgangspunkt i eigen kommune"),
            ("Dele rundt bordet", None),
            ("Drøfting: er det fellesnemnarar?", None),
        ),
    },
    "1-2-4-all": {
        "name": "1-2-4-All",
        "description": "Åleine, to og to, fire og fire, så alle saman",
        "steps": (
            ("Åleine: tenk over spørsmålet", None),
            ("To og to: del og bygg vidare", None),
            ("Fire og fire: sjå etter likskapar og skilnader", None),
            ("Alle: kva er det viktigaste som kom fram?", None),
        ),
    },
    "kafedialog": {
        "name": "Kafédialog",
        "description": "Samtalar ved små bord i tre rundar; alle byter bord mellom rundane",
        "steps": (
            ("Runde 1", "Fire eller fem ved kvart bord; skriv og teikn på duken"),
            ("Runde 2", "Byt bord; bordverten blir verande og fortel kva som kom fram"),
            ("Runde 3", "Byt bord igjen, eller gå tilbake"),
        ),
    },
    "troika": {
        "name": "Troikakonsultasjon",
        "description": "Tre og tre gir kvarandre råd om ei utfordring kvar",
        "steps": (
            ("Tenk over utfordringa di og kva slags hjelp du treng", None),
            (
                "Klient 1",
                "2 min utfordringa, 2 min oppklarande spørsmål, 4 min råd medan klienten "
                "snur ryggen til, 1 min: kva var mest nyttig?",
            ),
            ("Klient 2", "Som for klient 1, med ein ny klient"),
            ("Klient 3", "Som for klient 1, med ein ny klient"),
        ),
    },
    "triz": {
        "name": "TRIZ",
        "description": "Kva må vi slutte med? Frå det verst tenkjelege resultatet til første steg",
        "steps": (
            ("Innleiing: kva er det verst tenkjelege resultatet?", None),
            ("Lag ei liste over alt som sikrar det verste resultatet", None),
            ("Kva gjer vi allereie som liknar på dette?", None),
            ("Kva er første steg for å slutte med det?", None),
        ),
    },
}

FINDINGS = {
    "did-you-mean": "meinte du {guess}?",
    "at-place": "{message} ({place})",
    "place.of": " i ",
    "place.file": "fila",
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
    "value.mapping": "nøklar (ein mapping)",
    "value.list": "ei liste",
    "value.text": "teksten {text}",
    "value.spaces.one": "{count} mellomrom",
    "value.spaces.many": "{count} mellomrom",
    "value.expected-text": "tekst",
    "file-unreadable": "kan ikkje lese fila: {reason}",
    "file-too-large": "fila er større enn grensa på {mib} MiB",
    "file-too-large.values": "fila har fleire enn {count} verdiar, som er grensa",
    "file-too-large.hint": "del programmet på fleire filer",
    "not-utf8": "fila er ikkje UTF-8-tekst (byte 0x{byte} kan ikkje lesast)",
    "not-utf8.hint": "lagre fila som UTF-8 (i Word eller Notisblokk: Lagre som, Koding: UTF-8)",
    "empty-file": "fila er tom: det er ingen verkstad i henne",
    "empty-file.document": "fila har eit tomt YAML-dokument: det er ingen verkstad i henne",
    "empty-file.hint": "byrj med ein startmal: planverksted new verkstad.yaml",
    "multiple-documents": "fila har meir enn eitt YAML-dokument (ei linje til med «---»)",
    "multiple-documents.hint": "ha éin verkstad i kvar fil, eller fjern den ekstra «---»-linja",
    "too-deep": "fila har fleire nivå enn grensa på {depth}",
    "too-deep.hint": "ei verkstadfil treng aldri meir enn ti nivå",
    "yaml-alias": "YAML-aliasar (*{anchor}) er ikkje tillatne i ei verkstadfil",
    "yaml-alias.hint": "skriv verdien der han trengst",
    "yaml-alias.anchor": "YAML-anker (&{anchor}) er ikkje tillatne i ei verkstadfil",
    "yaml-alias.anchor.hint": "fjern ankeret, og skriv kvar verdi der han trengst",
    "yaml-tag": "YAML-taggar ({tag}) er ikkje tillatne i ei verkstadfil",
    "yaml-tag.hint": "fjern taggen; ei verkstadfil har berre tekst, lister og nøklar",
    "wrong-type.key": "ein nøkkel må vere vanleg tekst, ikkje ei liste eller ein mapping",
    "duplicate-key": "nøkkelen {name} står to gonger på same stad (første gong på linje {first})",
    "duplicate-key.hint": "fjern den eine, eller slå dei saman",
    "not-mapping": "fila skal byrje med nøklar som «title:», men ho har {found}",
    "not-mapping.hint": "byrj med  planverksted: 1  og  title: ...  på kvar si linje",
    "unknown-key": "ukjend nøkkel {name} i {place}",
    "unknown-key.hidden": "ukjend nøkkel {name} i {place} (han "
    "inneheld {hidden}, som ikkje blir vist)",
    "unknown-key.known": "nøklane her er: {known}",
    "missing-key": "{place} manglar {name}",
    "missing-key.planverksted.hint": "skriv «planverksted: 1» på første linja",
    "missing-key.title.hint": "kvar bolk, del og verkstad treng ein tittel",
    "missing-key.duration.hint": "ein del treng ei lengd, til dømes «duration: 10 min»",
    "missing-key.agenda.hint": "legg til «agenda:» med bolkane for dagen",
    "missing-key.steps.hint": "ein metode treng steg, kvart med tittel og lengd",
    "missing-key.items.hint": "skriv spørsmåla under «items:»",
    "missing-key.name.hint": "skriv namnet på personen, til dømes «name: Ordføraren»",
    "missing-key.no-agenda": "fila har ikkje noko program",
    "missing-key.no-agenda.hint": "legg til «agenda:» med bolkane, eller «days:» for ein "
    "verkstad over fleire dagar",
    "wrong-type.expected": "venta {expected}, fann {found}",
    "wrong-type.list.hint": "skriv kvart punkt på si eiga linje, med «- » først",
    "wrong-type.text.hint": "skriv teksten på same linje som nøkkelen",
    "wrong-type.mapping.hint": "skriv nøklane med innrykk på linjene under, som  name: ...  "
    "og  role: ...",
    "wrong-type.item": "punkt {number} skal vere tekst, men er {found}",
    "wrong-type.text-list": "venta ei liste med tekst, fann {found}",
    "wrong-type.method": "venta namnet på ein metode, fann {found}",
    "missing-value.empty": "teksten er tom",
    "missing-value.none": "det står ingen verdi",
    "missing-value.none.hint": "skriv teksten etter kolonet",
    "missing-value.item": "punkt {number} er tomt",
    "missing-value.item.hint": "fjern det, eller fyll det ut",
    "missing-value.list": "lista er tom",
    "missing-value.list.hint": "legg til minst eitt punkt",
    "bad-value.language": "planverksted skriv ikkje språket {value}",
    "bad-value.language.hint": "bruk {languages}",
    "bad-value.kind": "{value} er ikkje ein type bolk",
    "bad-value.kind.hint": "bruk ein av: {kinds}, eller eit norsk ord: {words}",
    "bad-value.flag": "venta ja eller nei, fann {value}",
    "bad-value.both": "fila har både «agenda» og «days»",
    "bad-value.both.hint": "bruk «agenda» for éin dag, eller legg programmet for kvar dag under "
    "«days»",
    "bad-version": "planverksted: {given} er ein formatversjon denne utgåva av planverksted "
    "ikkje kan lese (ho les versjon {understood})",
    "bad-version.hint": "skriv planverksted: 1",
    "clock.time": "kan ikkje lese klokkeslettet {raw}",
    "clock.time.hint": "skriv klokkeslettet med 24-timarsklokke, til dømes 13.00 eller kl. 13",
    "clock.time.digits.hint": "skil timar og minutt, til dømes {example}",
    "clock.time.one-digit.hint": "skriv minutta med to siffer, til dømes 13.10 eller 13.05",
    "clock.time.decimal.hint": "eit klokkeslett er timar og minutt, ikkje eit desimaltal: "
    "halv ti er 09.30",
    "clock.not-time": "{raw} er ikkje eit klokkeslett",
    "clock.not-time.hint": "timane går frå 00 til 23 og minutta frå 00 til 59",
    "clock.range": "kan ikkje lese tidsrommet {raw}",
    "clock.range.hint": "skriv start og slutt, til dømes 13.00 – 13.10",
    "clock.duration": "kan ikkje lese lengda {raw}",
    "clock.duration.hint": "skriv heile minutt (15), eller 15 min, 1 t, 1 t 30 min",
    "clock.duration.decimal.hint": "bruk heile minutt, til dømes 90 eller 1 t 30 min",
    "clock.duration.zero": "lengda {raw} er kortare enn eitt minutt",
    "clock.duration.too-long": "lengda {raw} er lengre enn ei veke, som er grensa",
    "clock.duration.too-long.hint": "skriv lengda i heile minutt eller timar, "
    "som 90 eller 1 t 30 min",
    "clock.date": "kan ikkje lese datoen {raw}",
    "clock.date.hint": "skriv datoen som 18.04.2024, 18. april 2024 eller 2024-04-18",
    "clock.not-date": "{raw} er ikkje ein dato som finst",
    "clock.weekday": "{raw}: {date} er ein {actual}, ikkje ein {written}",
    "clock.weekday.hint": "rett vekedagen eller datoen, eller ta bort vekedagen",
    "conflicting-times.start": "{block}: «time» startar {time}, men «start» seier {given}",
    "conflicting-times.end": "{block}: «time» sluttar {time}, men «end» seier {given}",
    "conflicting-times.duration": "{block}: {start}–{end} er {length}, men «duration» seier "
    "{given}",
    "conflicting-times.duration.implied": "{block}: {start} (der bolken før sluttar)–{end} er "
    "{length}, men «duration» seier {given}",
    "conflicting-times.hint": "skriv tida berre éin gong, eller få dei to til å stemme",
    "no-start": "{block}: det går ikkje å sjå når bolken startar",
    "no-start.hint": "gi bolken ein start (start: 13.00 eller time: 13.00 – 13.10), eller gi "
    "verkstaden ein start",
    "no-end": "{block}: det går ikkje å sjå når bolken sluttar (han startar kl. {start})",
    "no-end.hint": "gi bolken ein slutt, ei lengd (duration: 15 min) eller delar",
    "ends-before-start": "{block} sluttar før han startar: {start} til {end}",
    "ends-before-start.implied": "{block} sluttar før han startar: {start} (der bolken før "
    "sluttar) til {end}",
    "ends-before-start.same": "{block} sluttar på same tid som han startar: {start} til {end}",
    "ends-before-start.same.implied": "{block} sluttar på same tid som han startar: {start} (der "
    "bolken før sluttar) til {end}",
    "ends-before-start.hint": "sjekk sluttida, eller tidene til bolkane før",
    "schedule.block": "{title}",
    # People in the room: seating, tables, parallel tracks (#22).
    "bad-value.count": "{value} er ikkje eit heilt tal frå 1 og oppover",
    "bad-value.count.hint": "skriv eit heilt tal, som 5",
    "bad-value.count-and-size": "både «count» og «size» er gitt",
    "bad-value.count-and-size.hint": "gi anten talet på bord (count) eller kor mange som høgst "
    "skal sitje ved eit bord (size), ikkje begge",
    "bad-value.parts-and-parallel": "bolken har både «parts» og «parallel»",
    "bad-value.parts-and-parallel.hint": "legg opp bolken som delar etter kvarandre eller som "
    "parallelle spor, i to bolkar om han treng begge",
    "wrong-type.participants": "venta ei liste med deltakarar eller namnet på ei CSV- eller "
    "XLSX-fil, fann {found}",
    "wrong-type.name-groups": "venta ei liste med grupper av namn, som [[Ordføraren, "
    "Varaordføraren]], fann {found}",
    "wrong-type.name-group": "gruppe {number} skal vere ei liste med namn, men er {found}",
    "bad-value.group-size": "{value} er ikkje ein gruppestorleik",
    "bad-value.group-size.hint": "skriv kor mange i ei gruppe, som 5, eller eit spenn, som 4-5",
    # harden-io (#18): a workshop file that is a special file (serve).
    "file-special.fifo": "kan ikkje lese fila: ho er eit namngitt røyr (FIFO), ikkje ei vanleg fil",
    "file-special.device": "kan ikkje lese fila: ho er ei eining, ikkje ei vanleg fil",
    "file-special.socket": "kan ikkje lese fila: ho er ein sokkel, ikkje ei vanleg fil",
    "file-special.other": "kan ikkje lese fila: ho er ei spesialfil, ikkje ei vanleg fil",
    "file-special.hint": "lagre verkstaden som ei vanleg fil med same namn",
    # end of harden-io (#18) findings
    "bad-value.rounds": "{value} rundar er fleire enn {cap}, det meste eit gruppearbeid har",
    "bad-value.rounds.hint": "ein kafédialog har tre til fem rundar",
}

MESSAGES = {
    "serve.stdin": "serve følgjer med på ei fil, ikkje på standard inn",
    "serve.stdin.hint": "skriv stien til ei verkstadfil",
    "serve.folder": "{file} er ei mappe; serve tek éi verkstadfil",
    "serve.not-regular": "{file} er ikkje ei vanleg fil",
    "pdf.layout": "PDF-en har ingen layout som heiter {layout}",
    "pdf.layout.hint": "bruk {layouts}",
    "render.all-alone": "--all skriv alle formata sjølv; han tek ikkje -o, --format, "
    "--template eller --layout",
    "render.all-alone.hint": "ta bort desse, eller ta bort --all",
    "render.template-many": "ein mal lagar éi utfil, men -o nemner fleire",
    "render.template-many.hint": "bruk éin -o saman med --template",
    "render.stdout-twice": "-o - (standard ut) står to gonger",
    "render.stdout-twice.hint": "skriv han éin gong",
    "render.output-twice": "-o {target} står to gonger",
    "render.output-twice.hint": "skriv kvar utfil berre éin gong",
    "render.file-only": "{format} blir skrive til ei fil, ikkje til standard ut",
    "render.file-only.hint": "legg til -o med eit filnamn, til dømes -o koyreplan{suffix}",
    "render.template-suffix": "{format} bruker ein mal som heiter *{wanted}, ikkje {given}",
    "render.template-suffix.hint": "bruk ein {wanted}-mal, eller eit anna namn på utfila",
    "render.template-kind": "malen {template} lagar {made}, ikkje {format}",
    "render.template-kind.hint": "gi utfila endinga .{kind}",
    "render.reference-no-docx": "--reference-docx gjeld Word, og ingen av utfilene er .docx",
    "render.reference-no-docx.hint": "legg til -o koyreplan.docx, eller ta bort --reference-docx",
    "render.reference-missing": "referansedokumentet {reference} finst ikkje",
    "render.reference-missing.hint": "skriv stien til eit Word-dokument eller ein Word-mal "
    "(.docx eller .dotx)",
    "render.layout-format": "--layout {layout} blir ikkje brukt av {summary}",
    "render.layout-format.hint": "bruk --format {choices}, eller ta bort --layout",
    "render.layout-audience": "--layout compact er køyreplanen til prosessleiaren på éi side",
    "render.layout-audience.hint": "ta bort --layout for programmet til deltakarane",
    "run.now": "--now {raw} er ikkje eit klokkeslett",
    "run.now.hint": "skriv 13:57, 13:57:30 eller, med dato, 2024-04-18T13:57",
    "run.now-range": "--now {raw} er ikkje eit gyldig klokkeslett",
    "run.now-range.hint": "timar 00–23, minutt 00–59",
    "run.now-date": "--now {raw}: {date} er ikkje ein dato",
    "run.terminal-and-output": "--terminal viser dagen i terminalen og skriv inga fil",
    "run.terminal-and-output.hint": "ta bort -o, eller ta bort --terminal",
    "run.now-and-output": "--now blir brukt med --terminal eller med sida som blir opna i "
    "nettlesaren, ikkje med -o",
    "run.now-and-output.hint": "opne heller den skrivne sida med ?now=13:57 etter adressa",
    "run.folder": "{file} er ei mappe; run tek éi verkstadfil",
    "run.input-as-output": "utfila {target} er sjølve verkstadfila; ho ville blitt skriven over",
    "run.input-as-output.hint": "skriv sida til ei anna fil, til dømes -o live.html",
    "summary.none": "ingen problem i {files}",
    "more-like-these": "… og {count} til av typen {kind} (--format json viser alle)",
    "summary.found": "{counts} i {affected} av {files}",
    "count.error.one": "{count} feil",
    "count.error.many": "{count} feil",
    "count.warning.one": "{count} åtvaring",
    "count.warning.many": "{count} åtvaringar",
    "count.info.one": "{count} merknad",
    "count.info.many": "{count} merknader",
    "count.file.one": "{count} fil",
    "count.file.many": "{count} filer",
    "hint": "tips",
    "did-you-mean": "meinte du {guess}?",
    "stdin-twice": "standard input (-) er gitt to gonger; det kan berre lesast éin gong",
    "stdin-twice.hint": "oppgi - berre éin gong",
    "no-such-file": "fila finst ikkje: {file}",
    "no-workshop-files": "ingen verkstadfiler (*.yaml, *.yml) i mappa {folder}",
    "unknown-code": "--ignore {raw}: det finst ingen merknadskode som heiter {code}",
    "unknown-code.hint": "kodane står i docs/checks.md",
    "render.folder": "{file} er ei mappe; render tek éi verkstadfil",
    "render.template-missing": "malen {template} finst ikkje",
    "render.template-folder": "malen {template} er ei mappe",
    "render.template-missing.hint": "skriv stien til ei malfil",
    "render.template-format": "ein mal lagar {formats}, ikkje {summary}",
    "render.template-format.hint": "legg til --format {choices}, eller skriv til ei fil med -o",
    "render.extra": "{format} krev ein valfri del av planverksted",
    "render.extra.hint": "installer han med: pip install 'planverksted[{extra}]'",
    "render.not-to-file": "{summary} blir ikkje skrive til fil",
    "render.not-to-file.hint": "ta bort -o, eller bruk --format {choices}",
    "render.format-mismatch": "--format {format} passar ikkje med utfila {target}",
    "render.format-mismatch.hint": "gi fila endinga .{format}, eller ta bort --format",
    "render.unknown-suffix": "kan ikkje sjå formatet av filnamnet {target}",
    "render.unknown-suffix.hint": "kall fila {suffixes}, eller legg til --format {choices}",
    "render.unknown-template": "kan ikkje sjå formatet av malnamnet {template}",
    "render.unknown-template.hint": "legg til --format {choices}",
    "render.input-as-output": "utfila {target} er sjølve verkstadfila; ho ville blitt skriven over",
    "render.input-as-output.hint": "skriv køyreplanen til ei anna fil, til dømes -o koyreplan.html",
    "schema.workshop-suffix": "{output} ser ut som ei verkstadfil; skjemaet er JSON",
    "schema.workshop-suffix.hint": "skriv det til ei .json-fil, til dømes: planverksted "
    "schema -o {schema}",
    "new.no-path": "skriv namnet på fila som skal lagast, til dømes: "
    "planverksted new verkstad.yaml",
    "new.no-path.hint": "planverksted new --list viser startmalane",
    "new.option": "{option}: {message}",
    "new.end-before-start": "--end {end} er ikkje etter --start {start}",
    "new.end-before-start.hint": "vel ein slutt som er seinare på dagen enn starten",
    "new.past-midnight": "dagen i startmalen varer {length}: med start kl. {start} ville han "
    "vare forbi midnatt",
    "new.past-midnight.hint": "start tidlegare, eller bruk òg --end og kort ned programmet etterpå",
    "new.before-midnight": "dagen i startmalen varer {length}: med slutt kl. {end} ville han "
    "starte før midnatt",
    "new.before-midnight.hint": "slutt seinare, eller bruk òg --start og kort ned programmet "
    "etterpå",
    "new.empty-title": "--title: tittelen er tom",
    "new.empty-title.hint": "skriv tittelen på verkstaden i hermeteikn",
    "new.control-title": "--title: tittelen har eit kontrollteikn ({char})",
    "new.control-title.hint": "skriv tittelen på éi linje, utan tabulator eller linjeskift",
    "new.unknown-starter": "det finst ingen startmal som heiter {name}",
    "new.unknown-starter.hint": "startmalane er: {names}",
    "new.no-starter-in-language": "startmalen {name} er på {has}; det finst ingen {name} på "
    "{wanted}",
    "new.no-starter-in-language.hint": "startmalane på {wanted} er: {names}",
    "new.suffix": "{path}: namnet på ei verkstadfil sluttar på .yaml eller .yml",
    "new.suffix.hint": "planverksted new {suggestion}",
    # harden-io (#18): readers of files handed over, serve, check's folders, outputs.
    "reference.folder": "referansedokumentet {reference} er ei mappe, ikkje ei fil",
    "reference.special": "referansedokumentet {reference} er {kind}, ikkje ei fil",
    "reference.unreadable": "kan ikkje lese referansedokumentet {reference}: {reason}",
    "reference.too-large": "referansedokumentet {reference} er større enn {mib} MiB",
    "reference.not-zip": "referansedokumentet {reference} er ikkje eit Word-dokument (det er "
    "ikkje ein zip-pakke, slik .docx- og .dotx-filer er)",
    "reference.parts": "referansedokumentet {reference} er ikkje eit Word-dokument (det har "
    "{count} delar; eit Word-dokument har nokre titals, høgst {most})",
    "reference.unpacked": "referansedokumentet {reference} ville blitt større enn {mib} MiB "
    "pakka ut, meir enn eit Word-dokument blir",
    "reference.packed": "referansedokumentet {reference} er ikkje eit Word-dokument: delen "
    "{part} blir meir enn {ratio} gonger så stor pakka ut (ei zip-bombe)",
    "reference.not-word": "referansedokumentet {reference} er ikkje eit Word-dokument (det har "
    "ingen dokumentdel som kan lesast)",
    "reference.damaged": "referansedokumentet {reference} er skadd: ein del av det kan ikkje "
    "pakkast ut",
    "reference.no-body": "referansedokumentet {reference} har ingen brødtekst (ingen <w:body> i "
    "dokumentdelen)",
    "reference.unusable": "referansedokumentet {reference} kan ikkje brukast: delane i det "
    "passar ikkje saman",
    "reference.hint": "bruk eit Word-dokument eller ein Word-mal (.docx eller .dotx) lagra frå "
    "Word",
    "file-kind.fifo": "eit namngitt røyr (FIFO)",
    "file-kind.device": "ei eining",
    "file-kind.socket": "ein sokkel",
    "file-kind.special": "ei spesialfil",
    "not-a-file": "{file} er {kind}, ikkje ei fil",
    "serve.request-error": "intern feil under svaret på ein førespurnad ({error}); serve held fram",
    "file-kind.folder": "ei mappe",
    "file-kind.missing": "ikkje der",
    "empty-name": "{option} har fått eit tomt namn, som ikkje peikar på noka fil eller mappe",
    "empty-name.hint": "skriv namnet på ei fil eller mappe, eller ta bort {option}",
    # end of harden-io (#18)
    # import (#24): planverksted import, lese køyreplanar frå Word, Excel, CSV, Markdown.
    "import.no-output": "gi verkstadfila som skal skrivast, som: -o verksted.yaml",
    "import.no-output.hint": "planverksted import {source} -o verksted.yaml",
    "import.output-suffix": "{path}: namnet på ei verkstadfil sluttar på .yaml eller .yml",
    "import.output-suffix.hint": "planverksted import {source} -o {suggestion}",
    "import.output-is-source": "utfila {path} er sjølve kjeldedokumentet; det ville blitt "
    "skrive over",
    "import.output-is-source.hint": "skriv verkstadfila til eit anna namn, som -o verksted.yaml",
    "import.exists": "{path} finst alt; ho er ikkje endra",
    "import.exists.hint": "bruk --force for å byte ho ut, eller vel eit anna namn",
    "import.output-folder": "{path} er ei mappe",
    "import.output-folder.hint": "gi eit filnamn, som verksted.yaml",
    "import.stdin": "import les ei fil, ikkje standard inn",
    "import.stdin.hint": "gi stigen til ei .docx-, .xlsx-, .csv- eller .md-fil",
    "import.unreadable": "kan ikkje lese {file}: {reason}",
    "import.folder": "{file} er ei mappe; import les éi fil med ein køyreplan",
    "import.not-regular": "{file} er ikkje ei vanleg fil (eit røyr eller ei eining); import les "
    "ei lagra fil",
    "import.folder.hint": "gi stigen til ei .docx-, .xlsx-, .csv- eller .md-fil",
    "import.save-as": "{file}: {suffix}-filer blir ikkje lesne",
    "import.save-as.hint": "lagre ho som {wanted} (Fil › Lagre som) og importer ho",
    "import.unknown-suffix": "kan ikkje sjå av namnet kva slags fil {file} er",
    "import.unknown-suffix.hint": "import les {suffixes}",
    "import.too-large": "{file} er større enn {mib} MiB, meir enn ein køyreplan nokon gong er",
    "import.too-big.hint": "kopier tabellen med køyreplanen til ei eiga fil, og importer ho",
    "import.too-many-rows": "{file} har ein tabell med fleire enn {cap} rader",
    "import.too-many-cells": "{file} har fleire enn {cap} celler, eller ein tabell med fleire "
    "enn {columns} kolonnar",
    "import.too-much-text": "{file} har meir enn {mib} MiB tekst",
    "import.too-much-text.hint": "ei verkstadfil rommar høgst så mykje; importer ein del av ho",
    "import.not-package": "{file} kan ikkje lesast som ei {what}-fil: ho er skadd, "
    "passordverna eller av eit anna slag",
    "import.not-package.hint": "opne ho i {what} og lagre ho på nytt (utan passord)",
    "import.package-members": "{file} er ein pakke med {count} filer, fleire enn eit dokument har",
    "import.bomb-ratio": "{file} blir avvist: delen {member} ville vakse {ratio} gonger når han "
    "blir pakka ut (grensa er {cap})",
    "import.bomb-size": "{file} blir avvist: utpakka ville ho teke {mib} MiB (grensa er {cap} MiB)",
    "import.bomb.hint": "ein køyreplan er liten; opne fila i programmet sitt og lagre ho på nytt",
    "import.extra": "for å lese {what}-filer trengst ein valfri del av planverksted",
    "import.extra.hint": "installer han med: pip install 'planverksted[{extra}]'",
    "import.csv-broken": "{file} kan ikkje lesast som CSV på linje {line}: {reason}",
    "import.csv-broken.hint": "lagre ho på nytt frå reknearket som CSV",
    "import.no-tables": "{file} har ingen tabell",
    "import.no-tables.hint": "køyreplanen må vere ein tabell: ein kolonne med tider og ein "
    "kolonne med kva som skjer",
    "import.table-number": "{file} har {count} tabellar; det finst ingen tabell {number}",
    "import.table-number.hint": "gi --table frå 1 til {count}",
    "import.no-time-column": "ingen av dei {count} tabellane i {file} har ein kolonne med tider",
    "import.no-time-column.hint": "køyreplanen treng ein kolonne med tider, som 13.00–13.10; "
    "--table vel tabellen",
    "import.table-without-times": "tabell {number} i {file} har ingen kolonne med tider",
    "import.finding-row": "rad {row}: ein merknad frå ein tidlegare kontroll, utelaten "
    "(kontrollen finn han att)",
    "import.time-only": "rad {row}: berre eit klokkeslett ({time}), utelate",
    "import.not-a-time": "rad {row}, kolonne {column}: {text} er ikkje eit klokkeslett; lagt i "
    "notata",
    "import.not-a-date": "rad {row}, kolonne {column}: {text} er ikkje ein dato; utelaten",
    "import.unknown-kind": "rad {row}, kolonne {column}: {text} er ikkje ein type planverksted "
    "kjenner; lagd i notata",
    "import.task-label": "rad {row}: {text} er planverksted sin eigen merkelapp; utelaten",
    "import.comment.source": "Henta frå {file} (tabell {table}) med planverksted import.",
    "import.comment.check": "Kontroller ho med: planverksted check <denne fila>",
    "import.written": "Laga {path} frå {source} (tabell {table}): {blocks}.",
    "import.replaced": "Bytte ut {path} frå {source} (tabell {table}): {blocks}.",
    "import.blocks.one": "{count} bolk",
    "import.blocks.many": "{count} bolkar",
    "import.days": "{count} dagar",
    "import.warning": "åtvaring",
    "import.next": "Neste: sjå over ho, og køyr så  planverksted check {path}",
    # Caps on rendering (#18, harden-pdf): capped.py, runsheet/formats/pdf.py.
    "capped.time": "å laga {what} tok lengre tid enn grensa på {seconds} sekund; arbeidet "
    "vart stoppa",
    "capped.cpu": "å laga {what} brukte meir enn grensa på {seconds} sekund prosessortid; "
    "arbeidet vart stoppa",
    "capped.memory": "å laga {what} trong meir enn grensa på {size} minne; arbeidet vart stoppa",
    "capped.hint": "grensene hindrar at ein glipp i ei fil eller ein mal heng eller fyller "
    "maskina: sjå docs/performance.md",
    "pdf.package": "malfeil i {where}: Typst-pakken {package} blir importert, og pakkar "
    "blir aldri lesne eller lasta ned",
    "pdf.package.hint": "kopier det du treng til ei .typ-fil ved sida av malen, og importer ho",
    "pdf.outside": "malfeil i {where}: {name} er ei lenkje til {target}, utanfor malmappa {folder}",
    "pdf.outside.hint": "ein mal kan berre lese filer i si eiga mappe",
    "pdf.folder-too-big": "malmappa {folder} er større enn ein mal kan lese: høgst {files} filer, "
    "{size} MB og {depth} mapper djupt",
    "pdf.folder-too-big.hint": "legg malen og filene han les i ei eiga mappe",
    "render.too-large-to-print": "{format} blir ikkje laga: fila er over ei grense for dei "
    "utskrivne dokumenta (sjå åtvaringa over)",
    "render.too-large-to-print.hint": "dei andre formata blir laga: -o x.html, -o x.md",
    "render.print-left-out": "ingen PDF eller Word-dokument, fordi fila er over grensene deira "
    "(sjå åtvaringa over)",
    # People in the room: seating, tables, parallel tracks (#22).
    "groups.since-type": "--since {file}: oppgi ei verkstadfil (.yaml) eller ei lagra "
    "fordeling (.json)",
    "groups.since-empty": "--since {file}: fila plasserer ingen",
    "groups.since-unreadable": "--since {file}: ikkje ei fordeling lagra med planverksted "
    "groups --format json",
    "groups.since.hint": "lagre ei slik: planverksted groups FIL --format json > bord.json",
    # programmes (#23): rendering a programme file.
    "render.programme-option": "eit program blir laga som ei programoversikt; {option} "
    "gjeld verkstader",
    "render.programme-option.hint": "ta bort {option}, eller lag verkstadene med --all MAPPE",
    "render.programme-format": "ei programoversikt blir laga som HTML, Markdown, PDF, Word "
    "eller kalender (.ics), ikkje som {format}",
    "render.programme-format.hint": "bruk -o program.html, .md, .pdf, .docx eller .ics",
    "render.programme-workshops": "verkstadene vart ikkje laga, fordi {count} av dei har "
    "feil eller manglar (sjå over)",
    # parity-room (#19): run writes two pages.
    "run.stdout": "run skriv to sider, til filer, ikkje til standard ut",
    "run.stdout.hint": "skriv til dømes -o live.html",
}

LIVE = {
    "timekeeper": "Tidtakar",
    "left": "att",
    "until_start": "til start",
    "next": "Neste",
    "next_at": "Neste kl. {time}: {title}",
    "now": "No",
    "at": "kl. {time}",
    "starts_at": "Startar kl. {time}",
    "starts_on": "Startar {date} kl. {time}",
    "done": "Takk for i dag!",
    "continues": "Vi held fram {date} kl. {time}.",
    "finished": "Ferdig",
    "on_time": "I rute",
    "behind": "Ligg {n} min etter planen",
    "ahead": "Ligg {n} min føre planen",
    "paused": "Klokka er stoppa",
    "expected_end": "Venta slutt: {expected} (planen: {planned})",
    "past_end": "Dagen sluttar {n} min etter planlagd slutt kl. {time}",
    "pushed": "{title} kl. {planned} blir skuva til {expected}",
    "warning": "Åtvaring",
    "step_of": "Steg {n} av {m}",
    "plan": "Plan",
    "expected": "Venta",
    "room_view": "Vising for salen",
    "facilitator_view": "Vising for prosessleiar",
    "previous_button": "Førre",
    "next_button": "Neste",
    "plus_minute": "+1 min",
    "minus_minute": "−1 min",
    "pause_clock": "Stopp klokka",
    "resume_clock": "Start klokka",
    "reset": "Tilbake til planen",
    "controls": "Styring",
    "keys": "Tastar: → eller N neste, ← eller P førre, + og − eitt minutt, mellomrom "
    "stoppar og startar klokka, V byter vising.",
    "terminal_keys": "→ eller n neste · ← eller p førre · + og − eitt minutt · mellomrom "
    "stoppar og startar klokka · q avsluttar",
    "needs_js": "Denne sida treng JavaScript.",
    "clock": "Klokka",
    # parity-room (#19): the room's and the facilitator's pages, a method past its part.
    "overrun": "{method} går {n} min over planlagd slutt kl. {time}",
    "open_room": "Opne sida for salen (projektoren)",
    "facilitator_file": "prosessleiar",
}
"""The words of the live page and its terminal view ({time}, {date}, {n}, … filled in there)."""
