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

LANGUAGE_NAMES = {"nb": "bokmål", "nn": "nynorsk", "en": "engelsk"}
"""The languages' names as a sentence in this language writes them (lang2, #20)."""
PARTICIPANT_COLUMN_NAMES = {"name": "namn", "party": "parti", "role": "rolle"}
"""The participant columns the format knows by another name (``parti`` is ``party``), as
this language names them in output (lang2, #20); any other column is shown as written."""
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
    "needed_for": "Trengst",
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
    "link": "Lenke",
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
    "seating_repeats_none": "ingen to møtest meir enn éin gong",
    "seating_repeats": "{count} par møtest meir enn éin gong: {pairs}",
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
    # seatfix (#22): a table's card that takes more than one A5 sheet ("Kort 2 av 3").
    "seating_card_of": "Kort {number} av {count}",
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
        "source": "Distriktssenteret og Agder fylkeskommune, «Slik får vi bedre "
        "planpolitikere», Kommuneplankonferansen 2024: 2 min åleine, 12 min rundt bordet, 5 min "
        "i plenum",
        "name": "IGP",
        "description": "Individuelt – gruppe – plenum",
        "steps": (
            ("Reflekter", "Ta utgangspunkt i eigen kommune"),
            ("Del rundt bordet", None),
            ("Drøft: er det fellesnemnarar?", None),
        ),
    },
    "1-2-4-all": {
        "source": "Liberating Structures (Lipmanowicz og McCandless), 1-2-4-All: 1 min åleine, "
        "2 min to og to, 4 min fire og fire, 5 min alle saman",
        "name": "1-2-4-All",
        "description": "Åleine, to og to, fire og fire, så alle saman",
        "steps": (
            ("Åleine: tenk over spørsmålet", None),
            ("To og to: del og bygg vidare", None),
            ("Fire og fire: sjå etter likskapar og skilnader", None),
            ("Alle: del det viktigaste som kom fram", None),
        ),
    },
    "kafedialog": {
        "source": "World Café Community Foundation, «World Café Method» (theworldcafe.com): tre "
        "eller fleire samtalerundar på om lag 20 minutt, med éin vert som blir verande ved "
        "kvart bord; oppsummeringa i plenum er ikkje tidfesta der, så planlegg ho som ein eigen "
        "del",
        "name": "Kafédialog",
        "description": "Samtalar ved små bord i tre rundar; alle utanom bordverten byter bord "
        "mellom rundane",
        "steps": (
            ("Runde 1", "Fire eller fem ved kvart bord; skriv og teikn på duken"),
            ("Runde 2", "Byt bord; bordverten blir verande og fortel kva som kom fram"),
            ("Runde 3", "Byt bord igjen, eller gå tilbake til det første bordet"),
        ),
    },
    "troika": {
        "source": "Liberating Structures (Lipmanowicz og McCandless), Troika Consulting (30 "
        "min): 1 min til å tenkje; så for kvar klient 1–2 min til å leggje fram spørsmålet, 1–2 "
        "min med oppklarande spørsmål, 4–5 min med råd medan klienten snur ryggen til, 1–2 min "
        "om kva som var mest nyttig; her 2 + 2 + 4 + 1 for kvar av tre klientar",
        "name": "Troikakonsultasjon",
        "description": "Tre og tre gir kvarandre råd om ei utfordring kvar",
        "steps": (
            ("Tenk over utfordringa di og kva slags hjelp du treng", None),
            (
                "Klient 1",
                "2 min: klienten legg fram utfordringa; 2 min: oppklarande spørsmål; 4 min: "
                "råd medan klienten snur ryggen til; 1 min: klienten fortel kva som var mest "
                "nyttig",
            ),
            ("Klient 2", "Som for klient 1, med ein ny klient"),
            ("Klient 3", "Som for klient 1, med ein ny klient"),
        ),
    },
    "triz": {
        "source": "Liberating Structures (Lipmanowicz og McCandless), TRIZ (35 min): ei "
        "innleiing, så tre rundar på 10 min, kvar gjennomført som 1-2-4-All; innleiinga får dei "
        "5 min som er att av dei 35",
        "name": "TRIZ",
        "description": "Kva må vi slutte med? Frå det verst tenkjelege resultatet til første steg",
        "steps": (
            ("Innleiing: finn det verst tenkjelege resultatet", None),
            ("Lag ei liste over alt som sikrar det verste resultatet", None),
            ("Finn det vi allereie gjer som liknar på dette", None),
            ("Vel første steg for å slutte med det", None),
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
    "place.who": "person {number} i «who»",
    "place.ignored-code": "ignorert kode {number}",
    "place.key": "{key}",
    "value.nothing": "ingenting",
    "value.mapping": "nøklar med verdiar",
    "value.list": "ei liste",
    "value.text": "teksten {text}",
    "value.spaces.one": "{count} mellomrom",
    "value.spaces.many": "{count} mellomrom",
    "value.expected-text": "tekst",
    "file-unreadable": "kan ikkje lese fila: {reason}",
    "file-too-large": "fila er større enn grensa på {mib} MiB",
    "file-too-large.values": "fila har fleire enn {count} verdiar, som er grensa",
    "file-too-large.hint": "del programmet opp i fleire filer",
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
    "wrong-type.key": "ein nøkkel må vere vanleg tekst, ikkje ei liste eller nøklar",
    "duplicate-key": "nøkkelen {name} står to gonger på same stad (første gong på linje {first})",
    "duplicate-key.hint": "fjern den eine, eller slå dei saman",
    "not-mapping": "fila skal byrje med nøklar som «title:», men ho byrjar med {found}",
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
    "wrong-type.expected": "her skal det stå {expected}, men det står {found}",
    "wrong-type.list.hint": "skriv kvart punkt på si eiga linje, med «- » først",
    "wrong-type.text.hint": "skriv teksten på same linje som nøkkelen",
    "wrong-type.mapping.hint": "skriv nøklane med innrykk på linjene under, som  name: ...  "
    "og  role: ...",
    "wrong-type.item": "punkt {number} skal vere tekst, men er {found}",
    "wrong-type.text-list": "her skal det stå ei liste med tekst, men det står {found}",
    "wrong-type.method": "her skal det stå namnet på ein metode, men det står {found}",
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
    "bad-value.flag": "her skal det stå ja eller nei, men det står {value}",
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
    "clock.range.hint": "skriv start og slutt, til dømes 13.00–13.10",
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
    "conflicting-times.duration.implied": "{block}: frå kl. {start}, der bolken før sluttar, "
    "til kl. {end} er det {length}, men «duration» seier {given}",
    "conflicting-times.hint": "skriv tida berre éin gong, eller få dei to til å stemme",
    "no-start": "{block}: planverksted kan ikkje rekne ut når bolken startar",
    "no-start.hint": "gi bolken ein start (start: 13.00 eller time: 13.00–13.10), eller gi "
    "verkstaden ein start",
    "no-end": "{block}: planverksted kan ikkje rekne ut når bolken sluttar (han startar kl. "
    "{start})",
    "no-end.hint": "gi bolken ein slutt, ei lengd (duration: 15 min) eller delar",
    "ends-before-start": "{block} sluttar før han startar: {start} til {end}",
    "ends-before-start.implied": "{block} sluttar før han startar: frå kl. {start}, der bolken "
    "før sluttar, til kl. {end}",
    "ends-before-start.same": "{block} sluttar på same tid som han startar: {start} til {end}",
    "ends-before-start.same.implied": "{block} sluttar på same tid som han startar: frå kl. "
    "{start}, der bolken før sluttar, til kl. {end}",
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
    "wrong-type.participants": "her skal det stå ei liste med deltakarar eller namnet på ei "
    "CSV- eller XLSX-fil, men det står {found}",
    "wrong-type.name-groups": "her skal det stå ei liste med grupper av namn, til dømes "
    "[[Ordføraren, Varaordføraren]], men det står {found}",
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
    # lang (#20): every line in the user's language
    "file-unreadable.folder": "kan ikkje lese mappa: {reason}",
    "file-unreadable.hint": "sjekk at namnet er rett, og at du har lesetilgang",
    "not-utf8.utf16": "fila er UTF-16-tekst (det Notisblokk kallar «Unicode»), ikkje UTF-8",
    "yaml-syntax.nul": "fila har ein NUL-byte ({char}), og det tillèt ikkje YAML",
    "yaml-syntax.control": "fila har eit kontrollteikn ({char}), og det tillèt ikkje YAML",
    "yaml-syntax.control.hint": "fjern det: det blir ikkje vist i dei fleste redigeringsprogram "
    "(tekst lima inn frå ein annan stad?)",
    "yaml-syntax.unknown": "PyYAML melder: «{text}»",
}

MESSAGES = {
    "serve.stdin": "serve følgjer med på ei fil, ikkje på standard inn",
    "serve.stdin.hint": "skriv stien til ei verkstadfil",
    "serve.folder": "{file} er ei mappe; serve les éi verkstadfil",
    "serve.not-regular": "{file} er ikkje ei vanleg fil",
    "pdf.layout": "PDF-en har ikkje noko oppsett som heiter {layout}",
    "pdf.layout.hint": "bruk {layouts}",
    "render.all-alone": "--all skriv alle formata sjølv og kan ikkje brukast saman med -o, "
    "--format, --template eller --layout",
    "render.all-alone.hint": "ta bort desse, eller ta bort --all",
    "render.template-many": "ein mal lagar éi utfil, men du har gitt fleire med -o",
    "render.template-many.hint": "bruk éin -o saman med --template",
    "render.stdout-twice": "-o - (standard ut) står to gonger",
    "render.stdout-twice.hint": "skriv han éin gong",
    "render.output-twice": "-o {target} står to gonger",
    "render.output-twice.hint": "skriv kvar utfil berre éin gong",
    "render.file-only": "{format} kan berre skrivast til ei fil, ikkje til standard ut",
    "render.file-only.hint": "legg til -o med eit filnamn, til dømes -o koyreplan{suffix}",
    "render.template-suffix": "{format} brukar ein mal som heiter *{wanted}, ikkje {given}",
    "render.template-suffix.hint": "bruk ein {wanted}-mal, eller eit anna namn på utfila",
    "render.template-kind": "malen {template} lagar {made}, ikkje {format}",
    "render.template-kind.hint": "gi utfila endinga .{kind}",
    "render.reference-no-docx": "--reference-docx gjeld Word, og ingen av utfilene er .docx",
    "render.reference-no-docx.hint": "legg til -o koyreplan.docx, eller ta bort --reference-docx",
    "render.reference-missing": "referansedokumentet {reference} finst ikkje",
    "render.reference-missing.hint": "skriv stien til eit Word-dokument eller ein Word-mal "
    "(.docx eller .dotx)",
    "render.layout-format": "--layout {layout} finst ikkje for {summary}",
    "render.layout-format.hint": "bruk --format {choices}, eller ta bort --layout",
    "render.layout-audience": "--layout compact er køyreplanen til prosessleiaren på éi side",
    "render.layout-audience.hint": "ta bort --layout for programmet til deltakarane",
    "run.now": "--now {raw} er ikkje eit klokkeslett",
    "run.now.hint": "skriv 13.57 eller 13.57.30, eller med dato: 2024-04-18T13.57",
    "run.now-range": "--now {raw} er ikkje eit gyldig klokkeslett",
    "run.now-range.hint": "timar 00–23, minutt 00–59",
    "run.now-date": "--now {raw}: {date} er ikkje ein dato",
    "run.terminal-and-output": "--terminal viser dagen i terminalen og skriv inga fil",
    "run.terminal-and-output.hint": "ta bort -o, eller ta bort --terminal",
    "run.now-and-output": "--now blir brukt med --terminal eller med sida som blir opna i "
    "nettlesaren, ikkje med -o",
    "run.now-and-output.hint": "opne heller sida som vart laga, med ?now=13:57 etter adressa",
    "run.folder": "{file} er ei mappe; run les éi verkstadfil",
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
    "stdin-twice": "standard inn (-) er gitt to gonger; det kan berre lesast éin gong",
    "stdin-twice.hint": "oppgi - berre éin gong",
    "no-such-file": "fila finst ikkje: {file}",
    "no-workshop-files": "ingen verkstadfiler (*.yaml, *.yml) i mappa {folder}",
    "unknown-code": "--ignore {raw}: det finst ingen merknadskode som heiter {code}",
    "unknown-code.hint": "kodane står i docs/checks.md",
    "render.folder": "{file} er ei mappe; render les éi verkstadfil",
    "render.template-missing": "malen {template} finst ikkje",
    "render.template-folder": "malen {template} er ei mappe",
    "render.template-missing.hint": "skriv stien til ei malfil",
    "render.template-format": "ein mal lagar {formats}, ikkje {summary}",
    "render.template-format.hint": "legg til --format {choices}, eller skriv til ei fil med -o",
    "render.extra": "{format} krev ein valfri del av planverksted",
    "render.extra.hint": "installer han med: pip install 'planverksted[{extra}]'",
    "render.not-to-file": "{summary} kan ikkje skrivast til ei fil",
    "render.not-to-file.hint": "ta bort -o, eller bruk --format {choices}",
    "render.format-mismatch": "--format {format} passar ikkje med utfila {target}",
    "render.format-mismatch.hint": "gi fila endinga .{format}, eller ta bort --format",
    "render.unknown-suffix": "filnamnet {target} seier ikkje kva format det skal vere",
    "render.unknown-suffix.hint": "gi fila endinga {suffixes}, eller legg til --format {choices}",
    "render.unknown-template": "malnamnet {template} seier ikkje kva format malen lagar",
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
    "vare over midnatt",
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
    "new.no-starter-in-language": "startmalen {name} finst berre på {has}, ikkje på {wanted}",
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
    "import.no-output": "skriv namnet på verkstadfila som skal lagast, til dømes -o verkstad.yaml",
    "import.no-output.hint": "planverksted import {source} -o verkstad.yaml",
    "import.output-suffix": "{path}: namnet på ei verkstadfil sluttar på .yaml eller .yml",
    "import.output-suffix.hint": "planverksted import {source} -o {suggestion}",
    "import.output-is-source": "utfila {path} er sjølve kjeldedokumentet; det ville blitt "
    "skrive over",
    "import.output-is-source.hint": "skriv verkstadfila til eit anna namn, til dømes -o "
    "verkstad.yaml",
    "import.exists": "{path} finst allereie; ho er ikkje endra",
    "import.exists.hint": "bruk --force for å skrive over fila, eller vel eit anna namn",
    "import.output-folder": "{path} er ei mappe",
    "import.output-folder.hint": "skriv eit filnamn, til dømes verkstad.yaml",
    "import.stdin": "import les ei fil, ikkje standard inn",
    "import.stdin.hint": "skriv stien til ei .docx-, .xlsx-, .csv- eller .md-fil",
    "import.unreadable": "kan ikkje lese {file}: {reason}",
    "import.folder": "{file} er ei mappe; import les éi fil med ein køyreplan",
    "import.not-regular": "{file} er ikkje ei vanleg fil (eit røyr eller ei eining); import les "
    "ei lagra fil",
    "import.folder.hint": "skriv stien til ei .docx-, .xlsx-, .csv- eller .md-fil",
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
    "import.not-a-time": "rad {row}, kolonne {column}: {text} er ikkje eit klokkeslett; ført "
    "inn i notata",
    "import.not-a-date": "rad {row}, kolonne {column}: {text} er ikkje ein dato; utelaten",
    "import.unknown-kind": "rad {row}, kolonne {column}: {text} er ikkje ein type planverksted "
    "kjenner; ført inn i notata",
    "import.task-label": "rad {row}: {text} er planverksted sin eigen merkelapp; utelaten",
    "import.comment.source": "Henta frå {file} (tabell {table}) med planverksted import.",
    "import.comment.check": "Kontroller ho med: planverksted check <denne fila>",
    "import.written": "Laga {path} frå {source} (tabell {table}): {blocks}.",
    "import.replaced": "Bytte ut {path} frå {source} (tabell {table}): {blocks}.",
    "import.blocks.one": "{count} bolk",
    "import.blocks.many": "{count} bolkar",
    "import.days": "{count} dagar",
    "import.warning": "åtvaring",
    "import.next": "Neste steg: sjå over fila, og køyr så planverksted check {path}",
    # importfix (#24): grensene for ei verkstadfil før import skriv, og ordlyd for éin tabell.
    "import.cap.values": "{file}, rad {row}: verkstadfila ville fått fleire enn {cap} "
    "verdiar (nøklar, tekstar og punkt i lister), grensa for ei verkstadfil; ingenting "
    "er skrive",
    "import.cap.rows": "{file}, rad {row}: køyreplanen ville fått fleire enn {cap} rader "
    "(bolkar, delar og steg i metodar), grensa for ei verkstadfil; ingenting er skrive",
    "import.cap.bytes": "{file}, rad {row}: verkstadfila ville blitt større enn {mib} MiB, "
    "grensa for ei verkstadfil; ingenting er skrive",
    "import.cap.read-back": "{file}: verkstadfila ville gått over ei grense for ei "
    "verkstadfil (storleiken eller talet på verdiar); ingenting er skrive",
    "import.cap.hint": "del tabellen i køyreplanen opp i fleire filer, og importer kvar av dei",
    "import.table-number.one": "{file} har éin tabell; det finst ingen tabell {number}",
    "import.no-time-column.one": "tabellen i {file} har ingen kolonne med tider",
    "import.sheet-too-large": "{file} har eit ark som seier at det har {rows} rader, fleire enn "
    "grensa på {cap}",
    "import.track-lost": "tabell {table}: {text} er planverksted si eiga liste over parallelle "
    "spor, men ingen bolk med den tittelen vart funnen; utelaten",
    "import.steps-lost": "rad {row} av stega i metoden {method}: {text} er ikkje eit "
    "klokkeslett; stega er utelatne",
    "import.date-left-out": "datoen i dokumentet, {date}, er ikkje datoen for den første dagen "
    "({first}); utelaten",
    # slutt på importfix (#24)
    # Caps on rendering (#18, harden-pdf): capped.py, runsheet/formats/pdf.py.
    "capped.time": "å lage {what} tok lengre tid enn grensa på {seconds} sekund; arbeidet "
    "vart stoppa",
    "capped.cpu": "å lage {what} brukte meir enn grensa på {seconds} sekund prosessortid; "
    "arbeidet vart stoppa",
    "capped.memory": "å lage {what} trong meir enn grensa på {size} minne; arbeidet vart stoppa",
    "capped.hint": "grensene hindrar at ein feil i ei fil eller ein mal får programmet til å "
    "henge eller fylle opp maskina: sjå docs/performance.md",
    "pdf.package": "malfeil i {where}: Typst-pakken {package} blir importert, og pakkar "
    "blir aldri lesne eller lasta ned",
    "pdf.package.hint": "kopier det du treng til ei .typ-fil ved sida av malen, og importer ho",
    "pdf.outside": "malfeil i {where}: {name} er ei lenke til {target}, utanfor malmappa {folder}",
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
    # progfix (#23, probe F16): run and groups given a programme file.
    "programme.one-workshop": "{command} les éi verkstadfil, og {file} er eit program",
    "programme.one-workshop.hint": "gi ein av verkstadene i det, til dømes {workshop}; check, "
    "render og serve les programmet",
    "programme.one-workshop.none": "gi ei verkstadfil; check, render og serve les programmet",
    # progfix (#23, probe F10): -o and --all together for a programme.
    "render.programme-output-clash": "-o {target} er òg der eit av dokumenta til verkstadene "
    "skal (--all {folder})",
    "render.programme-output-clash.hint": "skriv oversikta ein annan stad enn i {folder}",
    # parity-room (#19): run writes two pages.
    "run.stdout": "run skriv to sider, til filer, ikkje til standard ut",
    "run.stdout.hint": "skriv til dømes -o live.html",
    # lang (#20): every line in the user's language
    "severity.error": "feil",
    "severity.warning": "åtvaring",
    "severity.info": "merknad",
    "wrote": "skreiv {target}",
    "interrupted": "avbrote",
    "crash": "intern feil ({error}).\nDette er ein feil i planverksted, ikkje i fila di. Køyr "
    "på nytt med --debug for å sjå detaljane, og meld gjerne frå om feilen.",
    "path-problem": "{file}: {reason}",
    "stdout.failed": "kan ikkje skrive til standard ut: {reason}",
    "os.not-found": "fila eller mappa finst ikkje",
    "os.denied": "ingen tilgang",
    "os.full": "disken er full",
    "os.quota": "diskkvoten er brukt opp",
    "os.read-only": "filsystemet er skriveverna",
    "os.name-too-long": "filnamnet er lengre enn systemet tillèt",
    "os.is-folder": "det er ei mappe",
    "os.not-folder": "ein del av stien er ikkje ei mappe",
    "os.loop": "stien har for mange lenker (ei lenke som peikar på seg sjølv?)",
    "os.io": "disken kunne ikkje lesast eller skrivast (inn/ut-feil)",
    "os.busy": "fila eller eininga er oppteken",
    "os.exists": "det finst allereie noko med det namnet",
    "os.too-many": "for mange filer er opne",
    "os.address-in-use": "adressa er allereie i bruk",
    "os.address-not-available": "adressa er ikkje tilgjengeleg",
    "os.closed": "straumen er lukka",
    "os.invalid": "eit ugyldig namn eller ein ugyldig verdi",
    "os.too-big": "fila er større enn systemet tillèt",
    "os.other": "systemet melder: «{text}»",
    "output.exists": "{path} finst allereie{linked} og er ikkje laga av planverksted før (denne "
    "kommandoen skriv berre over filer som sluttar på {made}); ho er ikkje endra",
    "output.exists.any": "{path} finst allereie{linked}; ho er ikkje endra",
    "output.exists.hint": "bruk --force for å skrive over fila, eller skriv til ei anna fil",
    "output.linked": " (gjennom lenka til {target})",
    "output.folder": "{path} er ei mappe, ikkje ei fil",
    "output.folder.hint": "skriv eit filnamn, til dømes ut.html",
    "output.special": "kan ikkje skrive {path}: det er {kind}, ikkje ei vanleg fil",
    "output.special.hint": "skriv til ei fil, eller ta bort -o for å skrive til standard ut",
    "output.no-folder": "kan ikkje skrive {path}: mappa {folder} finst ikkje",
    "output.no-folder.hint": "lag mappa først, eller skriv ein annan stad",
    "output.read-only": "kan ikkje skrive {path}: ingen tilgang (fila er skriveverna)",
    "output.cannot": "kan ikkje skrive {path}: {reason}",
    "output.folder-denied": "kan ikkje skrive {path}: ingen tilgang til mappa {folder}",
    "output.is-input": "utfila {path} er {what}; ho ville blitt skriven over",
    "output.is-input.hint": "skriv til ei anna fil",
    "input.workshop": "sjølve verkstadfila",
    "input.stdin": "fila på standard inn",
    "input.template": "sjølve malen",
    "input.included": "ei fil som malen tek med",
    "format.html": "ei nettside",
    "format.md": "Markdown",
    "format.pdf": "ein PDF",
    "format.docx": "eit Word-dokument",
    "format.ics": "ein kalender",
    "format.terminal": "førehandsvisinga i terminalen",
    "render.not-rendered": "ikkje laga, fordi fila har feil (sjå over)",
    "render.all-is-file": "{folder} er ei fil, ikkje ei mappe",
    "render.all-is-file.hint": "gi --all ei mappe",
    "render.all-no-parent": "kan ikkje lage mappa {folder}: mappa {parent} finst ikkje",
    "render.all-no-parent.hint": "lag ho først, eller skriv ein annan stad",
    "render.all-cannot": "kan ikkje lage mappa {folder}: {reason}",
    "render.all-missing-extra": "ingen {format}: det krev ein valfri del; installer han med: "
    "pip install 'planverksted[{extra}]'",
    "render.all-no-date": "ingen kalender, fordi fila ikkje har nokon dato (legg til ein, til "
    "dømes  date: 2024-04-18)",
    "render.cannot-read": "kan ikkje lese {file}: {reason}",
    "render.template-cannot-read": "kan ikkje lese malen {template}: {reason}",
    "render.template-special": "malen {template} er ikkje ei vanleg fil",
    "run.not-run": "ikkje starta, fordi fila har feil (sjå over)",
    "run.no-browser": "fekk ikkje opna ein nettlesar; opne {address} i ein",
    "serve.watchfiles": "serve treng pakken watchfiles, som ikkje er installert",
    "serve.watchfiles.hint": "installer planverksted på nytt (pip install planverksted), så "
    "kjem han med",
    "serve.port-in-use": "port {port} er allereie i bruk",
    "serve.port-in-use.hint": "ta bort --port for å få ein ledig port, eller vel ein annan",
    "serve.port-denied": "har ikkje lov til å lytte på port {port}",
    "serve.port-denied.hint": "ta bort --port for å få ein ledig port, eller vel ein over 1023",
    "serve.cannot-listen": "kan ikkje lytte på 127.0.0.1:{port}: {reason}",
    "serve.serving": "viser {file} på {url}",
    "serve.follows": "sida blir oppdatert kvar gong du lagrar; trykk Ctrl-C for å stoppe",
    "serve.stopped": "stoppa",
    "serve.refresh-failed": "intern feil under oppdateringa ({error})",
    "methods.name": "NAMN",
    "methods.steps": "STEG",
    "methods.total": "LENGD",
    "methods.description": "OMTALE",
    "methods.summary.one": "{total} i 1 steg: {steps}",
    "methods.summary.many": "{total} i {count} steg: {steps}",
    "methods.source": "Kjelde: {source}",
    "methods.usage": "I ei verkstadfil:  method: {key}",
    "methods.unknown": "det finst ingen innebygd metode som heiter {name}",
    "methods.unknown.hint": "metodane er: {names}",
    "new.created": "Laga {path} frå startmalen {starter}: {summary}.",
    "new.replaced": "Skreiv over {path} med startmalen {starter}: {summary}.",
    "new.days": "{count} dagar",
    "count.block.one": "{count} bolk",
    "count.block.many": "{count} bolkar",
    "new.next": "Neste steg: fyll ut fila, og køyr så  planverksted check {path}",
    "new.folder": "{path} er ei mappe",
    "new.folder.hint": "skriv eit filnamn, til dømes verkstad.yaml",
    "new.exists": "{path} finst allereie; ho er ikkje endra",
    "new.exists.hint": "bruk --force for å skrive over fila, eller vel eit anna namn",
    "new.findings.one": "check finn 1 ting å sjå på i den nye fila:",
    "new.findings.many": "check finn {count} ting å sjå på i den nye fila:",
    "new.schema-same": "{path} er oppdatert: redigeringsprogram sjekkar fila mot dette skjemaet.",
    "new.schema-created": "Laga {path}: redigeringsprogram som les den første linja, kan då "
    "føreslå nøklar og sjekke fila medan du skriv.",
    "new.schema-replaced": "Skreiv over {path}: redigeringsprogram som les den første linja, "
    "kan då føreslå nøklar og sjekke fila medan du skriv.",
    "new.schema-kept": "{path} er ikkje endra, sjølv om fila ikkje er lik skjemaet i denne "
    "versjonen",
    "new.schema-kept.hint": "planverksted schema -o {path} skriv over det (eller bruk --force)",
    "new.schema-failed": "verkstadfila er skriven, men ikkje skjemaet ved sida av: {error}",
    "new.schema-failed.hint": "redigeringsprogram opnar framleis fila; planverksted schema -o "
    "{path} skriv skjemaet når problemet er løyst",
    "schema.wrote": "Skreiv {output}",
    "purpose.app": "Planlegg politiske verkstader: kontroller og lag tidfesta køyreplanar frå "
    "éi YAML-fil.",
    "purpose.check": "Kontroller verkstadfiler: innhald og tider.",
    "purpose.render": "Lag køyreplan og program av ei verkstadfil.",
    "purpose.run": "Gjennomfør verkstaden: ei side som viser kva som skjer no.",
    "purpose.new": "Start ei ny verkstadfil frå ein startmal.",
    "purpose.schema": "Skriv ut JSON-skjemaet for verkstadfiler, til redigeringsprogram.",
    "purpose.methods": "Vis dei innebygde metodane for gruppearbeid.",
    "purpose.serve": "Vis køyreplanen i nettlesaren, oppdatert kvar gong du lagrar.",
    "starter.blank": "Tom, med kommentarar som lærer deg formatet (bokmål)",
    "starter.blank-en": "Tom, med kommentarar som lærer deg formatet (engelsk)",
    "starter.blank-nn": "Tom, med kommentarar som lærer deg formatet (nynorsk)",
    "starter.kommunestyre": "Verkstad for kommunestyret om planstrategien: køyreplanen frå "
    "kjeldedokumentet, med tider som går opp (bokmål)",
    "starter.kommunestyre-nn": "Verkstad for kommunestyret om planstrategien: same køyreplanen "
    "som kommunestyre (nynorsk)",
    "starter.samling-to-dager": "Samling over to dagar for kommunestyret: kafédialog, TRIZ, "
    "IGP, troikakonsultasjon (bokmål)",
    "run.wrote-room": "skreiv {target} (sida for salen, til projektoren)",
    "run.wrote-facilitator": "skreiv {target} (sida for prosessleiar)",
    "purpose.import": "Hent inn ein køyreplan frå Word, Excel eller CSV.",
    "purpose.groups": "Vis kven som sit kvar: bord, rundar, balanse og parallelle spor.",
    "starter.kommunestyre-kafedialog": "Kafédialog for kommunestyret i tre rundar: 27 medlemmer "
    "frå 7 parti og administrasjonen ved blanda bord (bokmål)",
    "ics.no-date": "ein kalender treng datoen, og fila har ingen",
    "ics.no-date.days": "ein kalender treng datoen, og {days} har ingen",
    "ics.no-date.hint": "legg til datoen i fila, til dømes  date: 2024-04-18",
    "ics.no-date.days.hint": "legg til datoen under kvar dag i days:, til dømes  date: 2024-04-18",
    "ics.no-zone": "denne datamaskina har ingen tidssonedata for {zone}",
    "ics.no-zone.hint": "installer dei med: pip install tzdata",
    # lang2 (#20): templates' errors, programmes' inputs, serve's watch, mixed sets.
    "template.link-outside": "malen {template} er ei lenke til {target}, utanfor malmappa {folder}",
    "template.link-outside.hint": "ein mal kan berre ta med filer i si eiga mappe",
    "template.capped.hint": "malar har grenser, slik at ein feil i ein mal ikkje kan få "
    "programmet til å henge eller fylle opp maskina: sjå docs/templates.md",
    "template.too-large": "malen {template} er større enn grensa på {size} KiB",
    "template.memory": "malen {template} trong meir enn grensa på {size} minne",
    "template.time": "malen {template} brukte lengre tid enn grensa på {seconds} sekund",
    "template.cap.value": "ein verdi som er lengre enn grensa på {count} teikn",
    "template.cap.width": "ei breidd over grensa på {count}",
    "template.cap.digits": "eit tal med meir enn {count} siffer",
    "template.cap.output": "utdata over grensa på {count} teikn",
    "template.not-file": "malen {template} er {what}",
    "template.not-file.hint": "skriv stien til ei malfil",
    "template.not-utf8": "malen {template} er ikkje UTF-8-tekst",
    "template.hint": "sjå docs/templates.md for kva ein mal får",
    "template.syntax": "syntaksfeil i malen i {place}: {problem}",
    "template.not-found": "malfeil i {place}: det finst ingen mal som heiter {name}, korkje "
    "ved sida av {template} eller blant dei innebygde malane",
    "template.sandbox": "malfeil i {place}: ikkje tillate i ein mal: {problem}",
    "template.sandbox.hint": "malar køyrer i ei sandkasse: bruk variablane i docs/templates.md",
    "template.error": "malfeil i {place}: {problem}",
    "template.error-in": "malfeil i {template}: {problem}",
    "template.recursion": "malfeil i {template}: malen kallar seg sjølv utan ende",
    "template.undefined": "{name} er ikkje definert",
    "template.no-attribute": "{value} har ikkje noko felt som heiter {name}",
    "template.jinja-says": "Jinja melder: «{text}»",
    "template.python-says": "Python melder: «{kind}: {text}»",
    "pdf.builtin-failed": "den innebygde PDF-malen feila: {problem}",
    "pdf.builtin-failed.hint": "dette er ein feil i planverksted; meld han gjerne",
    "pdf.typst-says": "Typst melder: «{text}»",
    "pdf.typst-failed": "Typst laga ingen PDF og sa ikkje kvifor",
    "pdf.typst-hint": "Typst føreslår: «{advice}»",
    "pdf.error.hint": "sjå docs/templates.md for kva data ein Typst-mal får",
    "input.programme": "sjølve programfila",
    "input.programme-workshop": "ei verkstadfil i programmet",
    "input.shared": "ei felles fil som verkstaden les",
    "input.source": "køyreplanen som blir importert",
    "serve.watch-refused": "kan ikkje følgje med på lagringar ({error}); prøver igjen kvart "
    "halve sekund",
    "serve.watching-again": "følgjer med på lagringar igjen",
    # A command line that cannot be parsed (cli/usage.py).
    "usage.help": "{run} viser korleis kommandoen blir brukt",
    "usage.help-all": "{run} viser kommandoane",
    "usage.no-such-option": "{command} har ikkje noko val som heiter {option}",
    "usage.missing-option": "{command} treng {option}",
    "usage.missing-argument": "{command} treng {thing}",
    "usage.thing.file": "ei verkstadfil",
    "usage.thing.source": "køyreplanen som skal importerast",
    "usage.thing.name": "eit namn",
    "usage.needs-value": "{option} må ha ein verdi",
    "usage.option-takes-no-value": "{option} skal ikkje ha nokon verdi",
    "usage.not-a-choice": "{option} kan ikkje vere {value}",
    "usage.choose": "vel {choices}",
    "usage.not-a-number": "{option} må vere eit heilt tal, ikkje {value}",
    "usage.bad-value": "{option} kan ikkje ha den verdien",
    "usage.no-such-command": "planverksted har ingen kommando som heiter {name}",
    "usage.extra": "{command} skal ikkje ha meir, men fekk {args}",
    "usage.missing-command": "planverksted treng ein kommando",
    "usage.unreadable": "kommandolinja til {command} kan ikkje lesast slik ho er skriven",
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

YAML_PROBLEMS = {
    # lang (#20): PyYAML's and libyaml's problem texts, by their own English (%r, %s, %d
    # are the values PyYAML fills in; {0}, {1} here the same values, in order).
    "blacklisted key '%s' in instance state found": "nøkkelen {0} er ikkje tillaten i "
    "tilstanden til eit objekt",
    "but found another document": "men her byrjar eit dokument til",
    "cannot find %r in the module %r": "finn ikkje {0} i modulen {1}",
    "cannot find module %r (%s)": "finn ikkje modulen {0} ({1})",
    "could not determine a constructor for the tag %r": "kan ikkje lage nokon verdi for taggen {0}",
    "could not find expected ':'": "fann ikkje kolonet («:») som skulle stått her",
    "duplicate tag handle %r": "tagg-forkortinga {0} står to gonger",
    "expected ' ', but found %r": "her skulle det stått eit mellomrom, men det står {0}",
    "expected '!', but found %r": "her skulle det stått «!», men det står {0}",
    "expected ',' or ']', but got %r": "her skulle det stått «,» eller «]», men det står {0}",
    "expected ',' or '}', but got %r": "her skulle det stått «,» eller «}}», men det står {0}",
    "expected '<document start>', but found %r": "her skulle eit dokument ha "
    "starta («---»), men det står {0}",
    "expected '>', but found %r": "her skulle det stått «>», men det står {0}",
    "expected <block end>, but found %r": "her skulle det innrykte "
    "avsnittet ha slutta, men det står {0}",
    "expected URI escape sequence of 2 hexadecimal numbers, but found %r": "her skulle det "
    "stått ein URI-kode med 2 heksadesimale siffer, men det står {0}",
    "expected URI, but found %r": "her skulle det stått ein URI, men det står {0}",
    "expected a class, but found %r": "her skulle det stått ein klasse, men det står {0}",
    "expected a comment or a line break, but found %r": "her skulle det stått ein "
    "kommentar eller eit linjeskift, men det står {0}",
    "expected a digit or ' ', but found %r": "her skulle det stått eit "
    "siffer eller eit mellomrom, men det står {0}",
    "expected a digit or '.', but found %r": "her skulle det stått eit siffer "
    "eller «.», men det står {0}",
    "expected a digit, but found %r": "her skulle det stått eit siffer, men det står {0}",
    "expected a mapping for merging, but found %s": "her skulle det "
    "stått nøklar å slå saman, men det står {0}",
    "expected a mapping node, but found %s": "her skulle det stått nøklar, men det står {0}",
    "expected a mapping of length 1, but found %s": "her skulle det stått éin nøkkel, "
    "men det står {0}",
    "expected a mapping or list of mappings for merging, but found %s": "her skulle det "
    "stått nøklar eller ei liste med nøklar å slå saman, men det står {0}",
    "expected a scalar node, but found %s": "her skulle det stått éin verdi, men det står {0}",
    "expected a sequence node, but found %s": "her skulle det stått ei liste, men det står {0}",
    "expected a sequence, but found %s": "her skulle det stått ei liste, men det står {0}",
    "expected a single document in the stream": "fila skal ha berre eitt YAML-dokument",
    "expected a single mapping item, but found %d items": "her skulle det stått éin "
    "nøkkel, men det står {0}",
    "expected alphabetic or numeric character, but found %r": "her skulle det stått ein "
    "bokstav eller eit siffer, men det står {0}",
    "expected chomping or indentation indicators, but found %r": "etter «|» eller «>» skulle "
    "det stått «+», «-» eller eit siffer, men det står {0}",
    "expected escape sequence of %d hexadecimal numbers, but found %r": "her skulle det stått "
    "ein kode med {0} heksadesimale siffer, men det står {1}",
    "expected indentation indicator in the range 1-9, but found 0": "innrykket etter «|» eller "
    "«>» skal vere frå 1 til 9, ikkje 0",
    "expected non-empty name appended to the tag": "taggen manglar eit namn",
    "expected the empty value, but found %r": "her skulle det ikkje stått nokon "
    "verdi, men det står {0}",
    "expected the node content, but found %r": "her skulle det stått ein verdi, men det står {0}",
    "failed to convert base64 data into ascii: %s": "base64-dataa er ikkje ASCII: {0}",
    "failed to decode base64 data: %s": "base64-dataa kan ikkje lesast: {0}",
    "found character %r that cannot start any token": "fann {0}, som ikkje kan byrje ein verdi",
    "found duplicate YAML directive": "fann %YAML-linja to gonger",
    "found duplicate anchor %r; first occurrence": "fann ankeret {0} to gonger; første gong",
    "found incompatible YAML document (version 1.* is required)": "fann eit YAML-dokument i ein "
    "annan versjon (1.* trengst)",
    "found unconstructable recursive node": "fann ein verdi som inneheld seg sjølv",
    "found undefined alias %r": "fann aliaset {0}, som ikkje viser til noko anker",
    "found undefined tag handle %r": "fann tagg-forkortinga {0}, som ikkje er erklært",
    "found unexpected document separator": "fann ei «---»-linje der ingen kan stå",
    "found unexpected end of stream": "fila sluttar før verdien gjer det",
    "found unhashable key": "fann ein nøkkel som ikkje er vanleg tekst",
    "found unknown escape character %r": "fann den ukjende koden {0} (ein omvend skråstrek i "
    "doble hermeteikn)",
    "mapping keys are not allowed here": "ein nøkkel kan ikkje stå her",
    "mapping values are not allowed here": "ein verdi til ein nøkkel kan ikkje byrje her (ein "
    "«: » for mykje på linja?)",
    "module %r is not imported": "modulen {0} er ikkje importert",
    "second occurrence": "andre gong",
    "sequence entries are not allowed here": "eit listepunkt («- ») kan ikkje stå her",
    "special characters are not allowed": "spesialteikn er ikkje tillatne",
    "while constructing a Python instance": "medan eit Python-objekt vart laga",
    "while constructing a Python module": "medan ein Python-modul vart laga",
    "while constructing a Python name": "medan eit Python-namn vart laga",
    "while constructing a Python object": "medan eit Python-objekt vart laga",
    "while constructing a mapping": "i desse nøklane",
    "while constructing an ordered map": "i denne ordna lista med nøklar",
    "while constructing pairs": "i desse para",
    "while parsing a %s": "i denne delen",
    "while parsing a %s node": "i denne verdien",
    "while parsing a block node": "i denne verdien",
    "while parsing a flow node": "i denne verdien",
    "while parsing a block collection": "i denne innrykte lista eller samlinga av nøklar",
    "while parsing a block mapping": "i desse innrykte nøklane",
    "while parsing a flow mapping": "i desse nøklane i krøllparentes ({{ }})",
    "while parsing a flow sequence": "i denne lista i hakeparentes ([ ])",
    "while parsing a node": "i denne verdien",
    "while parsing a tag": "i denne taggen",
    "while parsing a directive": "i dette direktivet (ei linje som byrjar med %)",
    "while scanning a %s": "i denne delen",
    "while scanning a block scalar": "i denne teksten etter «|» eller «>»",
    "while scanning a directive": "i dette direktivet (ei linje som byrjar med %)",
    "while scanning a double-quoted scalar": "i denne teksten i doble hermeteikn",
    "while scanning a quoted scalar": "i denne teksten i hermeteikn",
    "while scanning a simple key": "i denne nøkkelen",
    "while scanning a tag": "i denne taggen",
    "while scanning an %s": "i denne delen",
    "while scanning an anchor": "i dette ankeret (&)",
    "while scanning an alias": "i dette aliaset (*)",
    "while scanning for the next token": "medan fila vart lesen vidare",
    "unicode": "unicode",
    "did not find expected key": "fann ikkje nøkkelen som skulle stått her (eit innrykk som "
    "ikkje passar med linjene over?)",
    "did not find expected '-' indicator": "fann ikkje «- » for eit listepunkt her",
    "did not find expected <document start>": "her skulle eit dokument ha starta («---»)",
    "did not find expected node content": "fann ikkje verdien som skulle stått her",
    "did not find expected ',' or ']'": "fann ikkje «,» eller «]» som skulle stått her",
    "did not find expected ',' or '}'": "fann ikkje «,» eller «}}» som skulle stått her",
    "did not find expected comment or line break": "her skulle det stått ein "
    "kommentar eller eit linjeskift",
    "did not find URI escaped octet": "fann ikkje URI-koden som skulle stått her",
    "found character that cannot start any token": "fann eit teikn som ikkje kan byrje ein verdi",
    "mapping values are not allowed in this context": "ein verdi til ein nøkkel kan ikkje byrje "
    "her (ein «: » for mykje på linja?)",
    "block sequence entries are not allowed in this context": "eit listepunkt («- ») kan ikkje "
    "stå her",
    "found unexpected document indicator": "fann ei «---»- eller «...»-linje der ingen kan stå",
    "found a tab character where an indentation space is expected": "fann ein tabulator der "
    "innrykket må vere mellomrom",
    "found a tab character that violates indentation": "fann ein tabulator som bryt innrykket",
    "found unknown escape character": "fann ein ukjend kode (ein omvend skråstrek i doble "
    "hermeteikn)",
    "found duplicate %YAML directive": "fann %YAML-linja to gonger",
    "found incompatible YAML document": "fann eit YAML-dokument i ein annan versjon",
    "control characters are not allowed": "kontrollteikn er ikkje tillatne",
    "invalid leading UTF-8 octet": "ein byte som ikkje er UTF-8",
    "incomplete UTF-8 octet sequence": "eit ufullstendig UTF-8-teikn",
    "while scanning a plain scalar": "i denne teksten",
    "while parsing a document start": "ved starten på dette dokumentet",
    "while parsing a quoted scalar": "i denne teksten i hermeteikn",
    "did not find expected alphabetic or numeric character": "fann ikkje bokstaven eller "
    "sifferet som skulle stått her",
    "found an indentation indicator equal to 0": "fann eit innrykk på 0 (etter «|» eller «>» "
    "skal det vere 1 til 9)",
    "did not find the expected '>'": "fann ikkje «>» som skulle stått her",
    "found unknown directive name": "fann eit direktiv (ei linje som byrjar med %) som YAML "
    "ikkje kjenner",
    "did not find expected whitespace or line break": "her skulle det stått eit mellomrom eller "
    "eit linjeskift",
    "found undefined tag handle": "fann ei tagg-forkorting som ikkje er erklært",
    "did not find expected tag URI": "fann ikkje tagg-URI-en som skulle stått her",
}
"""A YAML fault with no diagnosis of its own, worded from PyYAML's problem and context."""
