"""English (en): every word planverksted writes in English, and how English writes times and dates.

English is planverksted's third language, and the one its command line speaks when
nothing asks for Norwegian. The keys here are the contract of a catalogue: every other
catalogue in this package must give each of them (tests/test_catalogues.py lists what is missing).
"""

from __future__ import annotations

NAME = "English"
ALIASES = ("eng",)
"""Other names a file or the command line may use for this language (``language: eng``)."""

# How times and dates are written.
TIME_SEPARATOR = ":"
HOUR_WORD = "h"
CLOCK_WORD = ""
"""The word before a time of day in running text ("kl." in Norwegian); none in English."""
QUOTES = ('"', '"')
"""Around a title in a message."""
KEY_QUOTES = ("'", "'")
"""Around a key, a code or a value as written in the file."""
DATE_FORMAT = "{weekday} {day} {month} {year}"
SHORT_DATE_FORMAT = "{year:04d}-{month:02d}-{day:02d}"
LIST_AND = "or"
"""The word before the last of a list of choices: "nb, nn or en"."""

LANGUAGE_NAMES = {"nb": "bokmål", "nn": "nynorsk", "en": "English"}
"""The languages' names as a sentence in this language writes them (lang2, #20)."""
PARTICIPANT_COLUMN_NAMES = {"name": "name", "party": "party", "role": "role"}
"""The participant columns the format knows by another name (``parti`` is ``party``), as
this language names them in output (lang2, #20); any other column is shown as written."""
LANGUAGE_TAG = "en-GB"
"""The language with its region (BCP 47), as Word, LibreOffice and Typst know it."""
FILE_NAMES = {"facilitator": "runsheet", "participant": "programme"}
"""The file names ``render --all`` writes, by audience: ASCII, so any system takes them."""

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
"""Monday first, as ``date.weekday()`` counts."""
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)

LABELS = {
    # The two documents: the facilitator's run-sheet and the participants' programme.
    "runsheet": "Run-sheet",
    "programme": "Programme",
    "runsheet_for": "Run-sheet for the facilitator",
    "programme_for": "Programme for participants",
    # Facts about the workshop.
    "date": "Date",
    "time": "Time",
    "venue": "Venue",
    "audience": "Audience",
    "organiser": "Organiser",
    "day": "Day",
    # Sections.
    "goals": "Desired outcomes",
    "agenda": "Agenda",
    "group_work": "Group work",
    "evaluation": "Evaluation",
    "preparations": "Preparations",
    "findings": "Notes from the check",
    # Table headers and field names.
    "what": "What",
    "kind": "Type",
    "who": "Who",
    "notes": "Notes",
    "materials": "Materials",
    "questions": "Questions",
    "method": "Method",
    "step": "Step",
    "part_of": "Part of",
    "needed_for": "Used at",
    "task": "Group task",
    "facilitator_only": "Facilitator only",
    "evaluation_intro": "We would like to hear what you thought. A few words are enough.",
    "minutes": "min",
    # Severities of the check's findings.
    "error": "Error",
    "warning": "Warning",
    "info": "Note",
    "made_with": "Made with planverksted",
    "see_task": "see {task} under {section}",
    "page": "Page",
    "page_of": "of",
    # goals (#23): the goals each block serves, and the coverage table.
    "goal_numbers": "Goals",
    "coverage": "Goals and blocks",
    "coverage_goal": "Goal",
    "coverage_blocks": "Blocks",
    "coverage_minutes": "Time spent",
    "coverage_none": "No block",
    # parity-paper: the PDF names the page a group task is on ("se Gruppeoppgave 1 på side 2").
    "see_task_page": "see {task} on page {page}",
    # reusable blocks (#23): a block's link (a film, a recording).
    "link": "Link",
    # People in the room: seating, tables, parallel tracks (#22).
    "seating_table": "Table",
    "seating_round": "Round",
    "seating_rounds": "rounds",
    "seating_tables": "tables",
    "seating_host": "host",
    "seating_leads": "leads",
    "seating_table_list": "Table list",
    "seating_cards": "Table cards",
    "seating_balance": "Balance",
    "seating_mix": "mixed by",
    "seating_even": "every mix column as even as the numbers allow",
    "seating_uneven": "{column} {value} differs by {spread} between tables",
    "seating_repeats_none": "no two people meet more than once",
    "seating_repeats": "{count} pairs meet more than once: {pairs}",
    "seating_moved": "{count} moved since {since}: {names}",
    "seating_moved_none": "nobody moved since {since}",
    "seating_no_value": "(none)",
    "seating_track": "Track",
    "seating_room": "Room",
    "seating_people": "People",
    "seating_parallel": "Parallel tracks",
    "seating_walk": "walk to the rooms",
    "seating_nothing": "No group work with tables, and no parallel tracks.",
    "seating_cut": "Cut along the line",
    # seatfix (#22): a table's card that takes more than one A5 sheet ("Kort 2 av 3").
    "seating_card_of": "Card {number} of {count}",
    # programmes (#23): the programme overview.
    "programme_overview": "Programme overview",
    "programme_period": "Period",
    "programme_workshops": "Workshops",
    "programme_workshop": "Workshop",
    "programme_date": "Date",
    "programme_goals_served": "Goals",
    "programme_leads": "Leads",
    "programme_status": "Check",
    "programme_ok": "No findings",
    "programme_missing": "Cannot be read",
    "programme_no_workshop": "No workshop",
    "programme_follows": "Follows",
    "programme_served_by": "Served in",
}

METHODS = {
    "igp": {
        "source": "Distriktssenteret and Agder fylkeskommune, 'Slik får vi bedre "
        "planpolitikere', Kommuneplankonferansen 2024: 2 min alone, 12 min round the table, 5 "
        "min in plenary",
        "name": "IGP",
        "description": "Individual – group – plenary",
        "steps": (
            ("Reflect", "Start from your own municipality"),
            ("Share round the table", None),
            ("Discuss: is there common ground?", None),
        ),
    },
    "1-2-4-all": {
        "source": "Liberating Structures (Lipmanowicz and McCandless), 1-2-4-All: 1 min alone, "
        "2 min in pairs, 4 min in fours, 5 min all together",
        "name": "1-2-4-All",
        "description": "Alone, in pairs, in fours, then all together",
        "steps": (
            ("Alone: think about the question", None),
            ("In pairs: share and build on each other's ideas", None),
            ("In fours: look for what is alike and what differs", None),
            ("All: what is the most important thing that came up?", None),
        ),
    },
    "kafedialog": {
        "source": "The World Café Community Foundation, 'World Café Method' (theworldcafe.com): "
        "three or more rounds of conversation of about 20 minutes each, one host staying at "
        "each table; the harvest in plenary is not timed there, so plan it as a part of its own",
        "name": "World Café",
        "description": "Conversations at small tables in three rounds; everyone changes tables "
        "between rounds",
        "steps": (
            ("Round 1", "Four or five at each table; write and draw on the tablecloth"),
            ("Round 2", "Change tables; the table host stays and tells what came up"),
            ("Round 3", "Change tables again, or go back"),
        ),
    },
    "troika": {
        "source": "Liberating Structures (Lipmanowicz and McCandless), Troika Consulting (30 "
        "min): 1 min to think; then for each client 1–2 min to share the question, 1–2 min of "
        "clarifying questions, 4–5 min of advice with the client's back turned, 1–2 min on what "
        "was most valuable; here 2 + 2 + 4 + 1 for each of three clients",
        "name": "Troika Consulting",
        "description": "In threes, each gets advice from the other two on a challenge",
        "steps": (
            ("Think about your challenge and what help you need", None),
            (
                "Client 1",
                "2 min the challenge, 2 min clarifying questions, 4 min advice while the client "
                "turns their back, 1 min: what was most useful?",
            ),
            ("Client 2", "As for client 1, with a new client"),
            ("Client 3", "As for client 1, with a new client"),
        ),
    },
    "triz": {
        "source": "Liberating Structures (Lipmanowicz and McCandless), TRIZ (35 min): an "
        "introduction, then three rounds of 10 min each, each run as 1-2-4-All; the "
        "introduction has the 5 min left of the 35",
        "name": "TRIZ",
        "description": "What must we stop doing? From the worst possible result to a first step",
        "steps": (
            ("Introduction: what is the worst possible result?", None),
            ("List everything that would make sure of the worst result", None),
            ("What do we already do that looks like this?", None),
            ("What is the first step to stop doing it?", None),
        ),
    },
}
"""The built-in methods' words; their keys, minutes and sources: workshop/builtin_methods.py."""

FINDINGS = {
    # General.
    "did-you-mean": "did you mean {guess}?",
    "at-place": "{message} ({place})",
    # Places in the file, as a planner names them: 'part 2 "Film" of block 4 "Innledning"'.
    "place.of": " of ",
    "place.file": "the file",
    "place.block": "block {number}{title}",
    "place.part": "part {number}{title}",
    "place.day": "day {number}{title}",
    "place.step": "step {number}{title}",
    "place.person": "person {key}",
    "place.method": "method {key}",
    "place.question-set": "question set {key}",
    "place.goal": "goal {number}",
    "place.evaluation": "evaluation question {number}",
    "place.material": "material {number}",
    "place.question": "question {number}",
    "place.who": "who {number}",
    "place.ignored-code": "ignored code {number}",
    "place.key": "{key}",
    # What a value is, in a planner's words.
    "value.nothing": "nothing",
    "value.mapping": "keys (a mapping)",
    "value.list": "a list",
    "value.text": "the text {text}",
    "value.spaces.one": "{count} space",
    "value.spaces.many": "{count} spaces",
    "value.expected-text": "text",
    # Reading the file (source/load.py).
    "file-unreadable": "cannot read the file: {reason}",
    "file-too-large": "the file is larger than the size cap of {mib} MiB",
    "file-too-large.values": "the file holds more than {count} values, the cap",
    "file-too-large.hint": "split the programme into several files",
    "not-utf8": "the file is not UTF-8 text (byte 0x{byte} cannot be read)",
    "not-utf8.hint": "save the file as UTF-8 (in Word or Notepad: Save as, Encoding: UTF-8)",
    "empty-file": "the file is empty: there is no workshop in it",
    "empty-file.document": "the file holds an empty YAML document: there is no workshop in it",
    "empty-file.hint": "start from a starter: planverksted new workshop.yaml",
    "multiple-documents": "the file holds more than one YAML document (a second '---')",
    "multiple-documents.hint": "keep one workshop per file, or remove the extra '---' line",
    "too-deep": "the file nests deeper than the depth cap of {depth} levels",
    "too-deep.hint": "a workshop file never needs more than ten levels",
    "yaml-alias": "YAML aliases (*{anchor}) are not allowed in a workshop file",
    "yaml-alias.hint": "write the value out where it is needed",
    "yaml-alias.anchor": "YAML anchors (&{anchor}) are not allowed in a workshop file",
    "yaml-alias.anchor.hint": "remove the anchor; write out each value where it is needed",
    "yaml-tag": "YAML tags ({tag}) are not allowed in a workshop file",
    "yaml-tag.hint": "remove the tag; a workshop file holds plain text, lists and keys",
    "wrong-type.key": "a key must be plain text, not a list or mapping",
    "duplicate-key": "the key {name} appears twice in the same place (first on line {first})",
    "duplicate-key.hint": "remove one of them, or merge the two",
    # Validating the file (workshop/validate.py, workshop/model.py).
    "not-mapping": "the file should start with keys such as 'title:', but it holds {found}",
    "not-mapping.hint": "start with  planverksted: 1  and  title: ...  on lines of their own",
    "unknown-key": "unknown key {name} in {place}",
    "unknown-key.hidden": "unknown key {name} in {place} (it holds {hidden}, which does not show)",
    "unknown-key.known": "the keys here are: {known}",
    "missing-key": "{place} has no {name}",
    "missing-key.planverksted.hint": "add 'planverksted: 1' as the first line",
    "missing-key.title.hint": "every block, part and workshop needs a title",
    "missing-key.duration.hint": "a part needs a duration, like 'duration: 10 min'",
    "missing-key.agenda.hint": "add 'agenda:' with the day's blocks",
    "missing-key.steps.hint": "a method needs its steps, each with a title and a duration",
    "missing-key.items.hint": "list the questions under 'items:'",
    "missing-key.name.hint": "give the person's name, like 'name: Ordføreren'",
    "missing-key.no-agenda": "the file has no agenda",
    "missing-key.no-agenda.hint": "add 'agenda:' with the blocks, or 'days:' for a workshop "
    "over several days",
    "wrong-type.expected": "expected {expected}, found {found}",
    "wrong-type.list.hint": "write each item on its own line, starting with '- '",
    "wrong-type.text.hint": "write the text on the same line as the key",
    "wrong-type.mapping.hint": "write the keys indented on the lines below, like  name: ...  "
    "and  role: ...",
    "wrong-type.item": "item {number} should be text, found {found}",
    "wrong-type.text-list": "expected a list of text, found {found}",
    "wrong-type.method": "expected the name of a method, found {found}",
    "missing-value.empty": "the text is empty",
    "missing-value.none": "no value is given",
    "missing-value.none.hint": "write the text after the colon",
    "missing-value.item": "item {number} is empty",
    "missing-value.item.hint": "remove it, or fill it in",
    "missing-value.list": "the list is empty",
    "missing-value.list.hint": "add at least one item",
    "bad-value.language": "the language {value} is not one planverksted writes",
    "bad-value.language.hint": "use {languages}",
    "bad-value.kind": "{value} is not a kind of block",
    "bad-value.kind.hint": "use one of: {kinds}",
    "bad-value.flag": "expected yes or no, found {value}",
    "bad-value.both": "the file has both 'agenda' and 'days'",
    "bad-value.both.hint": "use 'agenda' for one day, or put each day's agenda under 'days'",
    "bad-version": "planverksted: {given} is not a format version this planverksted reads "
    "(it reads version {understood})",
    "bad-version.hint": "write planverksted: 1",
    # Times, durations and dates (timing/clock.py).
    "clock.time": "cannot read the time {raw}",
    "clock.time.hint": "write a 24-hour time such as 13:00",
    "clock.time.digits.hint": "separate hours and minutes, like {example}",
    "clock.time.one-digit.hint": "write the minutes with two digits, like 13:10 or 13:05",
    "clock.time.decimal.hint": "a time is hours and minutes, not a decimal: half past nine is "
    "09:30",
    "clock.not-time": "{raw} is not a time of day",
    "clock.not-time.hint": "hours go from 00 to 23 and minutes from 00 to 59",
    "clock.range": "cannot read the time range {raw}",
    "clock.range.hint": "write a start and an end, like 13:00–13:10",
    "clock.duration": "cannot read the duration {raw}",
    "clock.duration.hint": "write whole minutes (15), or 15 min, 1 h, 1 h 30 min",
    "clock.duration.decimal.hint": "use whole minutes, like 90 or 1 h 30 min",
    "clock.duration.zero": "the duration {raw} is not at least one minute",
    "clock.duration.too-long": "the duration {raw} is longer than a week, the cap",
    "clock.duration.too-long.hint": "write the length in whole minutes or "
    "hours, like 90 or 1 h 30 min",
    "clock.date": "cannot read the date {raw}",
    "clock.date.hint": "write the date as 2024-04-18 or 18 April 2024",
    "clock.not-date": "{raw} is not a date in the calendar",
    "clock.weekday": "{raw}: {date} is a {actual}, not a {written}",
    "clock.weekday.hint": "correct the weekday or the date, or leave the weekday out",
    # Resolving the times (timing/schedule.py).
    "conflicting-times.start": "{block}: 'time' starts at {time} but 'start' says {given}",
    "conflicting-times.end": "{block}: 'time' ends at {time} but 'end' says {given}",
    "conflicting-times.duration": "{block}: {start}–{end} is {length}, but 'duration' says {given}",
    "conflicting-times.duration.implied": "{block}: {start} (where the block before it ends)"
    "–{end} is {length}, but 'duration' says {given}",
    "conflicting-times.hint": "give the time once, or make the two agree",
    "no-start": "{block}: cannot tell when it starts",
    "no-start.hint": "give it a start (start: 13:00 or time: 13:00–13:10), or give the "
    "workshop a start",
    "no-end": "{block}: cannot tell when it ends (it starts at {start})",
    "no-end.hint": "give it an end, a duration (duration: 15 min) or parts",
    "ends-before-start": "{block} ends before it starts: {start} to {end}",
    "ends-before-start.implied": "{block} ends before it starts: {start} (where the block "
    "before it ends) to {end}",
    "ends-before-start.same": "{block} ends at the time it starts: {start} to {end}",
    "ends-before-start.same.implied": "{block} ends at the time it starts: {start} (where the "
    "block before it ends) to {end}",
    "ends-before-start.hint": "check the end time, or the times of the blocks before it",
    "schedule.block": "block {title}",
    # People in the room: seating, tables, parallel tracks (#22).
    "bad-value.count": "{value} is not a whole number from 1",
    "bad-value.count.hint": "write a whole number, like 5",
    "bad-value.count-and-size": "both 'count' and 'size' are given",
    "bad-value.count-and-size.hint": "give the number of tables (count) or the most a table "
    "(size), not both",
    "bad-value.parts-and-parallel": "the block has both 'parts' and 'parallel'",
    "bad-value.parts-and-parallel.hint": "lay the block out as parts one after another, or as "
    "parallel tracks, in two blocks if it needs both",
    "wrong-type.participants": "expected a list of participants or the name of a CSV or XLSX "
    "file, found {found}",
    "wrong-type.name-groups": "expected a list of groups of names, like [[Ordføreren, "
    "Varaordføreren]], found {found}",
    "wrong-type.name-group": "group {number} should be a list of names, found {found}",
    "bad-value.group-size": "{value} is not a group size",
    "bad-value.group-size.hint": "write how many a group, like 5, or a range, like 4-5",
    # harden-io (#18): a workshop file that is a special file (serve).
    "file-special.fifo": "cannot read the file: it is a named pipe (FIFO), not a regular file",
    "file-special.device": "cannot read the file: it is a device, not a regular file",
    "file-special.socket": "cannot read the file: it is a socket, not a regular file",
    "file-special.other": "cannot read the file: it is a special file, not a regular file",
    "file-special.hint": "save the workshop as an ordinary file with the same name",
    # end of harden-io (#18) findings
    "bad-value.rounds": "{value} rounds are more than {cap}, the most a group work has",
    "bad-value.rounds.hint": "a café dialogue has three to five rounds",
    # lang (#20): every line in the user's language
    "file-unreadable.folder": "cannot read the folder: {reason}",
    "file-unreadable.hint": "check that the name is right and that you may read it",
    "not-utf8.utf16": "the file is UTF-16 text (Notepad's 'Unicode'), not UTF-8",
    "yaml-syntax.nul": "the file holds a NUL byte ({char}), which YAML does not allow",
    "yaml-syntax.control": "the file holds a control character ({char}), which YAML does not allow",
    "yaml-syntax.control.hint": "remove it: it does not show in most editors (a text pasted "
    "from elsewhere?)",
    "yaml-syntax.unknown": 'PyYAML says: "{text}"',
}
"""Texts of findings made outside the rule modules, and general ones, by id.

A rule module's own ``TEXTS`` may be given here too (by the same id): a catalogue's text
wins over the rule's. A language the rules do not know gives all of them here.
"""

MESSAGES = {
    "serve.stdin": "serve watches a file, not standard input",
    "serve.stdin.hint": "give the path of a workshop file",
    "serve.folder": "{file} is a folder; serve takes one workshop file",
    "serve.not-regular": "{file} is not a regular file",
    "pdf.layout": "the PDF has no layout {layout}",
    "pdf.layout.hint": "use {layouts}",
    "render.all-alone": "--all writes every format by itself; it takes no -o, --format, "
    "--template or --layout",
    "render.all-alone.hint": "leave those out, or leave out --all",
    "render.template-many": "a template makes one output, and -o names several",
    "render.template-many.hint": "give one -o with --template",
    "render.stdout-twice": "-o - (standard output) is given twice",
    "render.stdout-twice.hint": "give it once",
    "render.output-twice": "-o {target} is given twice",
    "render.output-twice.hint": "give each output file once",
    "render.file-only": "{format} output is written to a file, not to standard output",
    "render.file-only.hint": "add -o with a file name, like -o runsheet{suffix}",
    "render.template-suffix": "{format} output takes a template named *{wanted}, not {given}",
    "render.template-suffix.hint": "give a {wanted} template, or another output file name",
    "render.template-kind": "the template {template} makes {made} output, not {format}",
    "render.template-kind.hint": "name the output file .{kind}",
    "render.reference-no-docx": "--reference-docx is for Word output, and no output is a .docx",
    "render.reference-no-docx.hint": "add -o runsheet.docx, or leave out --reference-docx",
    "render.reference-missing": "the reference document {reference} is not there",
    "render.reference-missing.hint": "give the path of a Word document or template (.docx or "
    ".dotx)",
    "render.layout-format": "--layout {layout} is not drawn by {summary}",
    "render.layout-format.hint": "use --format {choices}, or leave out --layout",
    "render.layout-audience": "--layout compact is the facilitator's one-page run-sheet",
    "render.layout-audience.hint": "leave out --layout for the participants' handout",
    "run.now": "--now {raw} is not a time",
    "run.now.hint": "write 13:57, 13:57:30 or, with a date, 2024-04-18T13:57",
    "run.now-range": "--now {raw} is not a time of day",
    "run.now-range.hint": "hours 00–23, minutes 00–59",
    "run.now-date": "--now {raw}: {date} is not a date",
    "run.terminal-and-output": "--terminal shows the day in the terminal; it writes no file",
    "run.terminal-and-output.hint": "leave out -o, or leave out --terminal",
    "run.now-and-output": "--now goes with --terminal or the page opened in the browser, not "
    "with -o",
    "run.now-and-output.hint": "open the written page with ?now=13:57 after its address instead",
    "run.folder": "{file} is a folder; run takes one workshop file",
    "run.input-as-output": "the output {target} is the workshop file itself; it would be "
    "overwritten",
    "run.input-as-output.hint": "write the page to another file, like -o live.html",
    "summary.none": "no problems in {files}",
    "more-like-these": "… and {count} more {kind} like these (--format json lists every one)",
    "summary.found": "{counts} in {affected} of {files}",
    "count.error.one": "{count} error",
    "count.error.many": "{count} errors",
    "count.warning.one": "{count} warning",
    "count.warning.many": "{count} warnings",
    "count.info.one": "{count} note",
    "count.info.many": "{count} notes",
    "count.file.one": "{count} file",
    "count.file.many": "{count} files",
    "hint": "hint",
    "did-you-mean": "did you mean {guess}?",
    "stdin-twice": "standard input (-) is given twice; it can be read only once",
    "stdin-twice.hint": "give - once",
    "no-such-file": "no such file: {file}",
    "no-workshop-files": "no workshop files (*.yaml, *.yml) in the folder {folder}",
    "unknown-code": "--ignore {raw}: there is no finding code called {code}",
    "unknown-code.hint": "the codes are in docs/checks.md",
    "render.folder": "{file} is a folder; render takes one workshop file",
    "render.template-missing": "the template {template} is not there",
    "render.template-folder": "the template {template} is a folder",
    "render.template-missing.hint": "give the path of a template file",
    "render.template-format": "a template renders {formats}, not {summary}",
    "render.template-format.hint": "add --format {choices}, or write to a file with -o",
    "render.extra": "{format} output needs an optional part of planverksted",
    "render.extra.hint": "install it with: pip install 'planverksted[{extra}]'",
    "render.not-to-file": "{summary} is not written to a file",
    "render.not-to-file.hint": "leave out -o, or use --format {choices}",
    "render.format-mismatch": "--format {format} does not match the output file {target}",
    "render.format-mismatch.hint": "name the file with .{format}, or leave out --format",
    "render.unknown-suffix": "cannot tell the format from the file name {target}",
    "render.unknown-suffix.hint": "name it {suffixes}, or add --format {choices}",
    "render.unknown-template": "cannot tell the format from the template name {template}",
    "render.unknown-template.hint": "add --format {choices}",
    "render.input-as-output": "the output {target} is the workshop file itself; it would be "
    "overwritten",
    "render.input-as-output.hint": "write the run-sheet to another file, like -o runsheet.html",
    "schema.workshop-suffix": "{output} looks like a workshop file; the schema is JSON",
    "schema.workshop-suffix.hint": "write it to a .json file, like: planverksted schema -o "
    "{schema}",
    "new.no-path": "give the file to create, like: planverksted new verksted.yaml",
    "new.no-path.hint": "planverksted new --list shows the starters",
    "new.option": "{option}: {message}",
    "new.end-before-start": "--end {end} is not after --start {start}",
    "new.end-before-start.hint": "give an end later in the day than the start",
    "new.past-midnight": "the starter's day takes {length}: starting at {start}, it would run "
    "past midnight",
    "new.past-midnight.hint": "start earlier, or give --end too and shorten the agenda afterwards",
    "new.before-midnight": "the starter's day takes {length}: ending at {end}, it would start "
    "before midnight",
    "new.before-midnight.hint": "end later, or give --start too and shorten the agenda afterwards",
    "new.empty-title": "--title: the title is empty",
    "new.empty-title.hint": "give the workshop's title in quotes",
    "new.control-title": "--title: the title holds a control character ({char})",
    "new.control-title.hint": "write the title on one line, without tabs or line breaks",
    "new.unknown-starter": "there is no starter called {name}",
    "new.unknown-starter.hint": "the starters are: {names}",
    "new.no-starter-in-language": "the starter {name} is in {has}; there is no {name} in {wanted}",
    "new.no-starter-in-language.hint": "the starters in {wanted} are: {names}",
    "new.suffix": "{path}: a workshop file's name ends in .yaml or .yml",
    "new.suffix.hint": "planverksted new {suggestion}",
    # harden-io (#18): readers of files handed over, serve, check's folders, outputs.
    "reference.folder": "the reference document {reference} is a folder, not a file",
    "reference.special": "the reference document {reference} is {kind}, not a file",
    "reference.unreadable": "cannot read the reference document {reference}: {reason}",
    "reference.too-large": "the reference document {reference} is larger than {mib} MiB",
    "reference.not-zip": "the reference document {reference} is not a Word document (it is not "
    "a zip package, as .docx and .dotx files are)",
    "reference.parts": "the reference document {reference} is not a Word document (it has "
    "{count} parts; a Word document has a few dozen, at most {most})",
    "reference.unpacked": "the reference document {reference} would unpack to more than {mib} "
    "MiB, more than a Word document does",
    "reference.packed": "the reference document {reference} is not a Word document: its part "
    "{part} unpacks to more than {ratio} times its packed size (a zip bomb)",
    "reference.not-word": "the reference document {reference} is not a Word document (it has no "
    "document part that can be read)",
    "reference.damaged": "the reference document {reference} is damaged: a part of it cannot be "
    "unpacked",
    "reference.no-body": "the reference document {reference} has no body (no <w:body> in its "
    "document part)",
    "reference.unusable": "the reference document {reference} cannot be used: its parts do not "
    "fit together",
    "reference.hint": "give a Word document or template (.docx or .dotx), saved from Word",
    "file-kind.fifo": "a named pipe (FIFO)",
    "file-kind.device": "a device",
    "file-kind.socket": "a socket",
    "file-kind.special": "a special file",
    "not-a-file": "{file} is {kind}, not a file",
    "serve.request-error": "internal error while answering a request ({error}); serve goes on",
    "file-kind.folder": "a folder",
    "file-kind.missing": "not there",
    "empty-name": "{option} is given an empty name, which names no file or folder",
    "empty-name.hint": "give the name of a file or folder, or leave out {option}",
    # end of harden-io (#18)
    # import (#24): planverksted import, reading run-sheets from Word, Excel, CSV, Markdown.
    "import.no-output": "give the workshop file to write, like: -o verksted.yaml",
    "import.no-output.hint": "planverksted import {source} -o verksted.yaml",
    "import.output-suffix": "{path}: a workshop file's name ends in .yaml or .yml",
    "import.output-suffix.hint": "planverksted import {source} -o {suggestion}",
    "import.output-is-source": "the output {path} is the source document itself; it would be "
    "overwritten",
    "import.output-is-source.hint": "write the workshop file under another name: -o verksted.yaml",
    "import.exists": "{path} already exists; it is left as it was",
    "import.exists.hint": "use --force to replace it, or choose another name",
    "import.output-folder": "{path} is a folder",
    "import.output-folder.hint": "give a file name, like verksted.yaml",
    "import.stdin": "import reads a file, not standard input",
    "import.stdin.hint": "give the path of a .docx, .xlsx, .csv or .md file",
    "import.unreadable": "cannot read {file}: {reason}",
    "import.folder": "{file} is a folder; import reads one run-sheet file",
    "import.not-regular": "{file} is not a regular file (a pipe or a device); import reads a "
    "saved file",
    "import.folder.hint": "give the path of a .docx, .xlsx, .csv or .md file",
    "import.save-as": "{file}: {suffix} files are not read",
    "import.save-as.hint": "save it as {wanted} (File › Save as) and import that",
    "import.unknown-suffix": "cannot tell what kind of file {file} is from its name",
    "import.unknown-suffix.hint": "import reads {suffixes}",
    "import.too-large": "{file} is larger than {mib} MiB, more than a run-sheet ever is",
    "import.too-big.hint": "copy the run-sheet's table into a file of its own, and import that",
    "import.too-many-rows": "{file} has a table of more than {cap} rows",
    "import.too-many-cells": "{file} has more than {cap} cells, or a table of more than "
    "{columns} columns",
    "import.too-much-text": "{file} holds more than {mib} MiB of text",
    "import.too-much-text.hint": "a workshop file holds at most that; import a part of it",
    "import.not-package": "{file} cannot be read as a file from {what}: it is damaged, "
    "protected with a password, or of another kind",
    "import.not-package.hint": "open it in {what} and save it again (without a password)",
    "import.package-members": "{file} is a package of {count} files, more than a document has",
    "import.bomb-ratio": "{file} is refused: its part {member} would grow {ratio} times "
    "when unpacked (the cap is {cap})",
    "import.bomb-size": "{file} is refused: unpacked, it would take {mib} MiB (the cap is "
    "{cap} MiB)",
    "import.bomb.hint": "a run-sheet is small; open the file in its program and save it anew",
    "import.extra": "reading {what} files needs an optional part of planverksted",
    "import.extra.hint": "install it with: pip install 'planverksted[{extra}]'",
    "import.csv-broken": "{file} cannot be read as CSV at line {line}: {reason}",
    "import.csv-broken.hint": "save it again from the spreadsheet as CSV",
    "import.no-tables": "{file} has no table",
    "import.no-tables.hint": "the run-sheet must be a table: a column of times and a column "
    "of what happens",
    "import.table-number": "{file} has {count} tables; there is no table {number}",
    "import.table-number.hint": "give --table from 1 to {count}",
    "import.no-time-column": "none of the {count} tables in {file} has a column of times",
    "import.no-time-column.hint": "the run-sheet needs a column of times, like 13.00–13.10; "
    "--table chooses the table",
    "import.table-without-times": "table {number} in {file} has no column of times",
    "import.finding-row": "row {row}: a finding of an earlier check, left out (check finds it "
    "again)",
    "import.time-only": "row {row}: only a time ({time}), left out",
    "import.not-a-time": "row {row}, column {column}: {text} is not a time; kept in the notes",
    "import.not-a-date": "row {row}, column {column}: {text} is not a date; left out",
    "import.unknown-kind": "row {row}, column {column}: {text} is not a kind planverksted "
    "knows; kept in the notes",
    "import.task-label": "row {row}: {text} is planverksted's own label; left out",
    "import.comment.source": "Imported from {file} (table {table}) by planverksted import.",
    "import.comment.check": "Check it with: planverksted check <this file>",
    "import.written": "Created {path} from {source} (table {table}): {blocks}.",
    "import.replaced": "Replaced {path} from {source} (table {table}): {blocks}.",
    "import.blocks.one": "{count} block",
    "import.blocks.many": "{count} blocks",
    "import.days": "{count} days",
    "import.warning": "warning",
    "import.next": "Next: look it over, then run planverksted check {path}",
    # importfix (#24): a workshop file's caps applied before an import writes, and the
    # one-table wordings.
    "import.cap.values": "{file}, row {row}: the workshop file would hold more than {cap} "
    "values (keys, texts and list items), the cap of a workshop file; nothing is written",
    "import.cap.rows": "{file}, row {row}: the run-sheet would have more than {cap} rows "
    "(blocks, parts and method steps), the cap of a workshop file; nothing is written",
    "import.cap.bytes": "{file}, row {row}: the workshop file would be larger than {mib} MiB, "
    "the cap of a workshop file; nothing is written",
    "import.cap.read-back": "{file}: the workshop file would be over a cap of a workshop file "
    "(its size or its number of values); nothing is written",
    "import.cap.hint": "split the run-sheet's table into several files, and import each",
    "import.table-number.one": "{file} has one table; there is no table {number}",
    "import.no-time-column.one": "the table in {file} has no column of times",
    "import.sheet-too-large": "{file} has a sheet that says it has {rows} rows, more than the "
    "cap of {cap}",
    "import.track-lost": "table {table}: {text} is planverksted's own list of parallel "
    "tracks, but no block of that title was found; left out",
    "import.steps-lost": "row {row} of the steps of method {method}: {text} is not a time; "
    "the steps are left out",
    "import.date-left-out": "the document's date, {date}, is not the first day's ({first}); "
    "left out",
    # end of importfix (#24)
    # Caps on rendering (#18, harden-pdf): capped.py, runsheet/formats/pdf.py.
    "capped.time": "making {what} took longer than the cap of {seconds} seconds; it was stopped",
    "capped.cpu": "making {what} used more than the cap of {seconds} seconds of processor time; "
    "it was stopped",
    "capped.memory": "making {what} needed more than the cap of {size} of memory; it was stopped",
    "capped.hint": "the caps keep a slip in a file or a template from hanging or filling the "
    "machine: see docs/performance.md",
    "pdf.package": "template error at {where}: the Typst package {package} is imported, and "
    "packages are never read or downloaded",
    "pdf.package.hint": "copy what you need into a .typ file beside the template and import that",
    "pdf.outside": "template error at {where}: {name} is a link to {target}, outside the template "
    "folder {folder}",
    "pdf.outside.hint": "a template may read only files in its own folder",
    "pdf.folder-too-big": "the template's folder {folder} is larger than a template may read: "
    "at most {files} files, {size} MB and {depth} folders deep",
    "pdf.folder-too-big.hint": "put the template and the files it reads in a folder of their own",
    "render.too-large-to-print": "the {format} is not made: the file is over a cap of the "
    "printed documents (see the warning above)",
    "render.too-large-to-print.hint": "the other formats are made: -o x.html, -o x.md",
    "render.print-left-out": "no PDF or Word document, as the file is over their caps (see the "
    "warning above)",
    # People in the room: seating, tables, parallel tracks (#22).
    "groups.since-type": "--since {file}: give a workshop file (.yaml) or a saved allocation "
    "(.json)",
    "groups.since-empty": "--since {file}: the file seats no one",
    "groups.since-unreadable": "--since {file}: not an allocation saved by planverksted groups "
    "--format json",
    "groups.since.hint": "save one with: planverksted groups FILE --format json > tables.json",
    # programmes (#23): rendering a programme file.
    "render.programme-option": "a programme is rendered as its overview; {option} is for workshops",
    "render.programme-option.hint": "leave out {option}, or make the workshops with --all DIR",
    "render.programme-format": "a programme overview is made as HTML, Markdown, PDF, Word "
    "or a calendar (.ics), not as {format}",
    "render.programme-format.hint": "use -o program.html, .md, .pdf, .docx or .ics",
    "render.programme-workshops": "the workshops were not rendered, because {count} of them "
    "have errors or are missing (see above)",
    # progfix (#23, probe F16): run and groups given a programme file.
    "programme.one-workshop": "{command} takes one workshop file, and {file} is a programme",
    "programme.one-workshop.hint": "give one of its workshops, such as {workshop}; check, "
    "render and serve take the programme",
    "programme.one-workshop.none": "give a workshop file; check, render and serve take the "
    "programme",
    # progfix (#23, probe F10): -o and --all together for a programme.
    "render.programme-output-clash": "-o {target} is where one of the workshops' documents "
    "goes too (--all {folder})",
    "render.programme-output-clash.hint": "write the overview outside {folder}",
    # parity-room (#19): run writes two pages.
    "run.stdout": "run writes two pages, to files, not to standard output",
    "run.stdout.hint": "write, for example, -o live.html",
    # lang (#20): every line in the user's language
    "severity.error": "error",
    "severity.warning": "warning",
    "severity.info": "info",
    "wrote": "wrote {target}",
    "interrupted": "interrupted",
    "crash": "internal error ({error}).\nThis is a bug in planverksted, not in your file. Run "
    "again with --debug for the details, and please report it.",
    "path-problem": "{file}: {reason}",
    "stdout.failed": "cannot write to standard output: {reason}",
    "os.not-found": "no such file or folder",
    "os.denied": "permission denied",
    "os.full": "the disk is full",
    "os.quota": "the disk quota is used up",
    "os.read-only": "the file system is read-only",
    "os.name-too-long": "the file name is longer than the system allows",
    "os.is-folder": "it is a folder",
    "os.not-folder": "a part of the path is not a folder",
    "os.loop": "the path has too many links (a link that points to itself?)",
    "os.io": "the disk could not be read or written (an input/output error)",
    "os.busy": "the file or device is busy",
    "os.exists": "something with that name already exists",
    "os.too-many": "too many files are open",
    "os.address-in-use": "the address is already in use",
    "os.address-not-available": "the address is not available",
    "os.closed": "the stream is closed",
    "os.invalid": "an invalid name or value",
    "os.too-big": "the file is larger than the system allows",
    "os.other": 'the system says: "{text}"',
    "output.exists": "{path} already exists{linked} and is not an earlier output (this command "
    "replaces only files ending in {made}); it is left as it was",
    "output.exists.any": "{path} already exists{linked}; it is left as it was",
    "output.exists.hint": "use --force to replace it, or write to another file",
    "output.linked": " (through the link to {target})",
    "output.folder": "{path} is a folder, not a file",
    "output.folder.hint": "give a file name, like out.html",
    "output.special": "cannot write {path}: it is {kind}, not a regular file",
    "output.special.hint": "write to a file, or leave out -o to write to standard output",
    "output.no-folder": "cannot write {path}: the folder {folder} does not exist",
    "output.no-folder.hint": "create the folder first, or write somewhere else",
    "output.read-only": "cannot write {path}: permission denied (the file is read-only)",
    "output.cannot": "cannot write {path}: {reason}",
    "output.folder-denied": "cannot write {path}: permission denied in the folder {folder}",
    "output.is-input": "the output {path} is {what}; it would be overwritten",
    "output.is-input.hint": "write to another file",
    "input.workshop": "the workshop file itself",
    "input.stdin": "the file on standard input",
    "input.template": "the template itself",
    "input.included": "a file the template includes",
    "format.html": "a web page",
    "format.md": "Markdown",
    "format.pdf": "a PDF",
    "format.docx": "a Word document",
    "format.ics": "a calendar",
    "format.terminal": "the terminal preview",
    "render.not-rendered": "not rendered, because the file has errors (see above)",
    "render.all-is-file": "{folder} is a file, not a folder",
    "render.all-is-file.hint": "give --all a folder",
    "render.all-no-parent": "cannot make the folder {folder}: the folder {parent} does not exist",
    "render.all-no-parent.hint": "create it first, or write somewhere else",
    "render.all-cannot": "cannot make the folder {folder}: {reason}",
    "render.all-missing-extra": "no {format}: it needs an optional part; install it with: pip "
    "install 'planverksted[{extra}]'",
    "render.all-no-date": "no calendar, as the file has no date (add one, like  date: 2024-04-18)",
    "render.cannot-read": "cannot read {file}: {reason}",
    "render.template-cannot-read": "cannot read the template {template}: {reason}",
    "render.template-special": "the template {template} is not a regular file",
    "run.not-run": "not run, because the file has errors (see above)",
    "run.no-browser": "could not open a browser; open {address} in one",
    "serve.watchfiles": "serve needs the watchfiles package, which is not installed",
    "serve.watchfiles.hint": "install planverksted again (pip install planverksted), which "
    "brings it",
    "serve.port-in-use": "port {port} is already in use",
    "serve.port-in-use.hint": "leave out --port to get a free one, or choose another",
    "serve.port-denied": "not allowed to listen on port {port}",
    "serve.port-denied.hint": "leave out --port to get a free one, or choose one above 1023",
    "serve.cannot-listen": "cannot listen on 127.0.0.1:{port}: {reason}",
    "serve.serving": "serving {file} at {url}",
    "serve.follows": "the page follows every save; press Ctrl-C to stop",
    "serve.stopped": "stopped",
    "serve.refresh-failed": "internal error while refreshing ({error})",
    "methods.name": "NAME",
    "methods.steps": "STEPS",
    "methods.total": "TOTAL",
    "methods.description": "DESCRIPTION",
    "methods.summary.one": "{total} in 1 step: {steps}",
    "methods.summary.many": "{total} in {count} steps: {steps}",
    "methods.source": "Source: {source}",
    "methods.usage": "In a workshop file:  method: {key}",
    "methods.unknown": "there is no built-in method called {name}",
    "methods.unknown.hint": "the methods are: {names}",
    "new.created": "Created {path} from the starter {starter}: {summary}.",
    "new.replaced": "Replaced {path} with the starter {starter}: {summary}.",
    "new.days": "{count} days",
    "count.block.one": "{count} block",
    "count.block.many": "{count} blocks",
    "new.next": "Next: fill it in, then run  planverksted check {path}",
    "new.folder": "{path} is a folder",
    "new.folder.hint": "give a file name, like workshop.yaml",
    "new.exists": "{path} already exists; it is left as it was",
    "new.exists.hint": "use --force to replace it, or choose another name",
    "new.findings.one": "check finds 1 thing to look at in the new file:",
    "new.findings.many": "check finds {count} things to look at in the new file:",
    "new.schema-same": "{path} is up to date: editors check the file against it.",
    "new.schema-created": "Created {path}: editors that read the first line complete and check "
    "the file.",
    "new.schema-replaced": "Replaced {path}: editors that read the first line complete and "
    "check the file.",
    "new.schema-kept": "kept {path}, which differs from this version's schema",
    "new.schema-kept.hint": "planverksted schema -o {path} replaces it (or use --force)",
    "new.schema-failed": "the workshop file is written, but not the schema beside it: {error}",
    "new.schema-failed.hint": "editors still open the file; planverksted schema -o {path} "
    "writes the schema when the problem is fixed",
    "schema.wrote": "Wrote {output}",
    "purpose.app": "Plan political workshops: check and render timed run-sheets from one YAML "
    "file.",
    "purpose.check": "Validate and time-check workshop files, like a linter.",
    "purpose.render": "Render a workshop file as a run-sheet.",
    "purpose.run": "Run the workshop on the day: a live page.",
    "purpose.new": "Start a new workshop file from a starter.",
    "purpose.schema": "Print the JSON Schema of workshop files, for editors.",
    "purpose.methods": "List the built-in group methods, or show one in full.",
    "purpose.serve": "Show the run-sheet in your browser, new on every save.",
    "starter.blank": "Blank, with comments that teach the format (bokmål)",
    "starter.blank-en": "Blank, with comments that teach the format (English)",
    "starter.blank-nn": "Blank, with comments that teach the format (nynorsk)",
    "starter.kommunestyre": "Council workshop on planning strategy: the seed's run-sheet with "
    "times that add up (bokmål)",
    "starter.kommunestyre-nn": "Council workshop on planning strategy: the same run-sheet in "
    "nynorsk (nynorsk)",
    "starter.samling-to-dager": "Two-day gathering for the council: café dialogue, TRIZ, IGP, "
    "troika (bokmål)",
    "run.wrote-room": "wrote {target} (the room's page, for the projector)",
    "run.wrote-facilitator": "wrote {target} (the facilitator's page)",
    "purpose.import": "Import a run-sheet from Word, Excel or CSV.",
    "purpose.groups": "Show who sits where: tables, rounds, balance and parallel tracks.",
    "starter.kommunestyre-kafedialog": "Council café dialogue in three rounds: 27 members of 7 "
    "parties and the administration at mixed tables (bokmål)",
    "ics.no-date": "a calendar needs the date, and the file has none",
    "ics.no-date.days": "a calendar needs the date, and {days} have none",
    "ics.no-date.hint": "add the day to the file, like  date: 2024-04-18",
    "ics.no-date.days.hint": "add the day under each day in days:, like  date: 2024-04-18",
    "ics.no-zone": "this computer has no time zone data for {zone}",
    "ics.no-zone.hint": "install it with: pip install tzdata",
    # lang2 (#20): templates' errors, programmes' inputs, serve's watch, mixed sets.
    "template.link-outside": "the template {template} is a link to {target}, outside the "
    "template folder {folder}",
    "template.link-outside.hint": "templates may include only files in their own folder",
    "template.capped.hint": "templates are capped so that a slip cannot hang or fill the "
    "machine: see docs/templates.md",
    "template.too-large": "the template {template} is larger than the cap of {size} KiB",
    "template.memory": "the template {template} needed more than the cap of {size} of memory",
    "template.time": "the template {template} ran longer than the cap of {seconds} seconds",
    "template.cap.value": "a value longer than the cap of {count} characters",
    "template.cap.width": "a width over the cap of {count}",
    "template.cap.digits": "a number of more than {count} digits",
    "template.cap.output": "output over the cap of {count} characters",
    "template.not-file": "the template {template} is {what}",
    "template.not-file.hint": "give the path of a template file",
    "template.not-utf8": "the template {template} is not UTF-8 text",
    "template.hint": "see docs/templates.md for what a template is given",
    "template.syntax": "template syntax error at {place}: {problem}",
    "template.not-found": "template error at {place}: no template named {name} next to "
    "{template} or among the built-in templates",
    "template.sandbox": "template error at {place}: not allowed in a template: {problem}",
    "template.sandbox.hint": "templates run in a sandbox: use the variables in docs/templates.md",
    "template.error": "template error at {place}: {problem}",
    "template.error-in": "template error in {template}: {problem}",
    "template.recursion": "template error in {template}: it calls itself without end",
    "template.undefined": "{name} is not defined",
    "template.no-attribute": "{value} has no field {name}",
    "template.jinja-says": 'Jinja says: "{text}"',
    "template.python-says": 'Python says: "{kind}: {text}"',
    "pdf.builtin-failed": "the built-in PDF template failed: {problem}",
    "pdf.builtin-failed.hint": "this is a bug in planverksted; please report it",
    "pdf.typst-says": 'Typst says: "{text}"',
    "pdf.typst-failed": "Typst made no PDF and said nothing",
    "pdf.typst-hint": 'Typst suggests: "{advice}"',
    "pdf.error.hint": "see docs/templates.md for the data a Typst template is given",
    "input.programme": "the programme file itself",
    "input.programme-workshop": "a workshop file of the programme",
    "input.shared": "a shared file the workshop reads",
    "input.source": "the run-sheet being imported",
    "serve.watch-refused": "cannot watch for saves ({error}); trying again every half second",
    "serve.watching-again": "watching for saves again",
    # A command line that cannot be parsed (cli/usage.py).
    "usage.help": "{run} shows how to use it",
    "usage.help-all": "{run} lists the commands",
    "usage.no-such-option": "{command} has no option {option}",
    "usage.missing-option": "{command} needs {option}",
    "usage.missing-argument": "{command} needs {thing}",
    "usage.thing.file": "a workshop file",
    "usage.thing.source": "the run-sheet to import",
    "usage.thing.name": "a name",
    "usage.needs-value": "{option} needs a value",
    "usage.option-takes-no-value": "{option} takes no value",
    "usage.not-a-choice": "{option} cannot be {value}",
    "usage.choose": "choose {choices}",
    "usage.not-a-number": "{option} needs a whole number, not {value}",
    "usage.bad-value": "{option} cannot take that value",
    "usage.no-such-command": "planverksted has no command called {name}",
    "usage.extra": "{command} takes nothing more, but was given {args}",
    "usage.missing-command": "planverksted needs a command",
    "usage.unreadable": "the command line of {command} cannot be read as it is written",
}
"""The command line's own messages (its usage errors), by id."""

LIVE = {
    "timekeeper": "Timekeeper",
    "left": "left",
    "until_start": "until the start",
    "next": "Next",
    "next_at": "Next at {time}: {title}",
    "now": "Now",
    "at": "at {time}",
    "starts_at": "Starts at {time}",
    "starts_on": "Starts on {date} at {time}",
    "done": "Thank you, that is all for today!",
    "continues": "We continue on {date} at {time}.",
    "finished": "Finished",
    "on_time": "On schedule",
    "behind": "Running {n} min behind plan",
    "ahead": "Running {n} min ahead of plan",
    "paused": "Clock paused",
    "expected_end": "Expected end: {expected} (plan: {planned})",
    "past_end": "The day ends {n} min after the planned end at {time}",
    "pushed": "{title} at {planned} is pushed to {expected}",
    "warning": "Warning",
    "step_of": "Step {n} of {m}",
    "plan": "Plan",
    "expected": "Expected",
    "room_view": "Room view",
    "facilitator_view": "Facilitator view",
    "previous_button": "Previous",
    "next_button": "Next",
    "plus_minute": "+1 min",
    "minus_minute": "−1 min",
    "pause_clock": "Pause the clock",
    "resume_clock": "Resume the clock",
    "reset": "Reset to the plan",
    "controls": "Controls",
    "keys": "Keys: → or N next, ← or P previous, + and − one minute, space pauses and "
    "resumes the clock, V switches the view.",
    "terminal_keys": "→ or n next · ← or p previous · + and − one minute · space pauses "
    "and resumes the clock · q quits",
    "needs_js": "This page needs JavaScript.",
    "clock": "Clock",
    # parity-room (#19): the room's and the facilitator's pages, a method past its part.
    "overrun": "{method} runs {n} min past the planned end at {time}",
    "open_room": "Open the room's page (for the projector)",
    "facilitator_file": "facilitator",
}
"""The words of the live page and its terminal view ({time}, {date}, {n}, … filled in there)."""

YAML_PROBLEMS = {
    # lang (#20): PyYAML's and libyaml's problem texts, by their own English (%r, %s, %d
    # are the values PyYAML fills in; {0}, {1} here the same values, in order).
    "blacklisted key '%s' in instance state found": "blacklisted key {0} in instance state found",
    "but found another document": "but found another document",
    "cannot find %r in the module %r": "cannot find {0} in the module {1}",
    "cannot find module %r (%s)": "cannot find the module {0} ({1})",
    "could not determine a constructor for the tag %r": "no value can be made for the tag {0}",
    "could not find expected ':'": "could not find the ':' expected here",
    "duplicate tag handle %r": "the tag handle {0} is given twice",
    "expected ' ', but found %r": "expected a space, but found {0}",
    "expected '!', but found %r": "expected '!', but found {0}",
    "expected ',' or ']', but got %r": "expected ',' or ']', but found {0}",
    "expected ',' or '}', but got %r": "expected ',' or '}}', but found {0}",
    "expected '<document start>', but found %r": "expected the start of a document ('---'), but "
    "found {0}",
    "expected '>', but found %r": "expected '>', but found {0}",
    "expected <block end>, but found %r": "expected the end of the indented block, but found {0}",
    "expected URI escape sequence of 2 hexadecimal numbers, but found %r": "expected a URI "
    "escape of 2 hexadecimal digits, but found {0}",
    "expected URI, but found %r": "expected a URI, but found {0}",
    "expected a class, but found %r": "expected a class, but found {0}",
    "expected a comment or a line break, but found %r": "expected a comment or a line break, "
    "but found {0}",
    "expected a digit or ' ', but found %r": "expected a digit or a space, but found {0}",
    "expected a digit or '.', but found %r": "expected a digit or '.', but found {0}",
    "expected a digit, but found %r": "expected a digit, but found {0}",
    "expected a mapping for merging, but found %s": "expected keys to merge, but found {0}",
    "expected a mapping node, but found %s": "expected keys, but found {0}",
    "expected a mapping of length 1, but found %s": "expected a single key, but found {0}",
    "expected a mapping or list of mappings for merging, but found %s": "expected keys or a "
    "list of keys to merge, but found {0}",
    "expected a scalar node, but found %s": "expected a single value, but found {0}",
    "expected a sequence node, but found %s": "expected a list, but found {0}",
    "expected a sequence, but found %s": "expected a list, but found {0}",
    "expected a single document in the stream": "expected one YAML document in the file",
    "expected a single mapping item, but found %d items": "expected one key, but found {0}",
    "expected alphabetic or numeric character, but found %r": "expected a letter or a digit, "
    "but found {0}",
    "expected chomping or indentation indicators, but found %r": "expected '+', '-' or a digit "
    "after '|' or '>', but found {0}",
    "expected escape sequence of %d hexadecimal numbers, but found %r": "expected an escape of "
    "{0} hexadecimal digits, but found {1}",
    "expected indentation indicator in the range 1-9, but found 0": "expected an indentation "
    "from 1 to 9, but found 0",
    "expected non-empty name appended to the tag": "expected a name after the tag",
    "expected the empty value, but found %r": "expected no value, but found {0}",
    "expected the node content, but found %r": "expected a value, but found {0}",
    "failed to convert base64 data into ascii: %s": "the base64 data is not ASCII: {0}",
    "failed to decode base64 data: %s": "the base64 data cannot be read: {0}",
    "found character %r that cannot start any token": "found {0}, which cannot start a value",
    "found duplicate YAML directive": "found the %YAML line twice",
    "found duplicate anchor %r; first occurrence": "found the anchor {0} twice; the first time",
    "found incompatible YAML document (version 1.* is required)": "found a YAML document of "
    "another version (1.* is needed)",
    "found unconstructable recursive node": "found a value that holds itself",
    "found undefined alias %r": "found the alias {0}, which names no anchor",
    "found undefined tag handle %r": "found the tag handle {0}, which is not declared",
    "found unexpected document separator": "found a '---' line where none can be",
    "found unexpected end of stream": "the file ends before the value does",
    "found unhashable key": "found a key that is not plain text",
    "found unknown escape character %r": "found the unknown escape {0} (a backslash in double "
    "quotes)",
    "mapping keys are not allowed here": "a key cannot stand here",
    "mapping values are not allowed here": "a key's value cannot start here (a ': ' too many on "
    "the line?)",
    "module %r is not imported": "the module {0} is not imported",
    "second occurrence": "the second time",
    "sequence entries are not allowed here": "a list item ('- ') cannot stand here",
    "special characters are not allowed": "special characters are not allowed",
    "while constructing a Python instance": "while making a Python object",
    "while constructing a Python module": "while making a Python module",
    "while constructing a Python name": "while making a Python name",
    "while constructing a Python object": "while making a Python object",
    "while constructing a mapping": "in these keys",
    "while constructing an ordered map": "in this ordered list of keys",
    "while constructing pairs": "in these pairs",
    "while parsing a %s": "in this part",
    "while parsing a %s node": "in this value",
    "while parsing a block node": "in this value",
    "while parsing a flow node": "in this value",
    "while parsing a block collection": "in this indented list or set of keys",
    "while parsing a block mapping": "in these indented keys",
    "while parsing a flow mapping": "in these keys in braces ({{ }})",
    "while parsing a flow sequence": "in this list in brackets ([ ])",
    "while parsing a node": "in this value",
    "while parsing a tag": "in this tag",
    "while parsing a directive": "in this directive (a line starting with %)",
    "while scanning a %s": "in this part",
    "while scanning a block scalar": "in this text after '|' or '>'",
    "while scanning a directive": "in this directive (a line starting with %)",
    "while scanning a double-quoted scalar": "in this text in double quotes",
    "while scanning a quoted scalar": "in this text in quotes",
    "while scanning a simple key": "in this key",
    "while scanning a tag": "in this tag",
    "while scanning an %s": "in this part",
    "while scanning an anchor": "in this anchor (&)",
    "while scanning an alias": "in this alias (*)",
    "while scanning for the next token": "while reading on",
    "unicode": "unicode",
    "did not find expected key": "did not find the key expected here (an indent that does not "
    "match the lines above?)",
    "did not find expected '-' indicator": "did not find the '- ' of a list item expected here",
    "did not find expected <document start>": "expected the start of a document ('---')",
    "did not find expected node content": "did not find the value expected here",
    "did not find expected ',' or ']'": "did not find the ',' or ']' expected here",
    "did not find expected ',' or '}'": "did not find the ',' or '}}' expected here",
    "did not find expected comment or line break": "expected a comment or a line break here",
    "did not find URI escaped octet": "did not find the URI escape expected here",
    "found character that cannot start any token": "found a character that cannot start a value",
    "mapping values are not allowed in this context": "a key's value cannot start here (a ': ' "
    "too many on the line?)",
    "block sequence entries are not allowed in this context": "a list item ('- ') cannot stand "
    "here",
    "found unexpected document indicator": "found a '---' or '...' line where none can be",
    "found a tab character where an indentation space is expected": "found a tab where the "
    "indent must be spaces",
    "found a tab character that violates indentation": "found a tab that breaks the indent",
    "found unknown escape character": "found an unknown escape (a backslash in double quotes)",
    "found duplicate %YAML directive": "found the %YAML line twice",
    "found incompatible YAML document": "found a YAML document of another version",
    "control characters are not allowed": "control characters are not allowed",
    "invalid leading UTF-8 octet": "a byte that is not UTF-8",
    "incomplete UTF-8 octet sequence": "an incomplete UTF-8 character",
    "while scanning a plain scalar": "in this text",
    "while parsing a document start": "at the start of this document",
    "while parsing a quoted scalar": "in this text in quotes",
    "did not find expected alphabetic or numeric character": "did not find the letter or digit "
    "expected here",
    "found an indentation indicator equal to 0": "found an indent of 0 (after '|' or '>' it is "
    "1 to 9)",
    "did not find the expected '>'": "did not find the '>' expected here",
    "found unknown directive name": "found a directive (a line starting with %) that YAML does "
    "not know",
    "did not find expected whitespace or line break": "expected a space or a line break here",
    "found undefined tag handle": "found a tag handle that is not declared",
    "did not find expected tag URI": "did not find the tag URI expected here",
}
"""A YAML fault with no diagnosis of its own, worded from PyYAML's problem and context."""
