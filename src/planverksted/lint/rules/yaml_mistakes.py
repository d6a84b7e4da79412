"""YAML mistakes by name: what the planner did, at the place they did it, and how to fix it.

The loader finds these (``source.diagnose`` names a syntax fault; the composer sees a comma
inside ``{…}`` and keys that repeat where a ``- `` is missing); this module documents and
words them. Each hint shows the line as it should be, so the fix is there to copy.
"""

from __future__ import annotations

from planverksted.lint.registry import Code
from planverksted.lint.severity import ERROR

SECTION = "Reading the file"
ORDER = 12

CODES = (
    Code(
        "yaml-tab",
        ERROR,
        "a tab used for indentation; YAML indents with spaces only",
        ignorable=False,
        example="a line that starts with a tab, like `⇥kind: talk`",
    ),
    Code(
        "yaml-indentation",
        ERROR,
        "a line indented too far or too little for the keys or items it belongs with",
        ignorable=False,
        example="`     kind: talk` one space further in than `title:` on the line above",
    ),
    Code(
        "missing-dash",
        ERROR,
        "a new block, part or item written without the `- ` that starts it",
        ignorable=False,
        example="a second `title:` under the first block, where `- title:` was meant",
    ),
    Code(
        "no-space-after-dash",
        ERROR,
        "a `-` with no space after it, so the line is not an item of the list",
        ignorable=False,
        example="`-time: 13.00` (write `- time: 13.00`)",
    ),
    Code(
        "no-space-after-colon",
        ERROR,
        "a key with no space after its `:`",
        ignorable=False,
        example="`kind:talk` (write `kind: talk`)",
    ),
    Code(
        "missing-colon",
        ERROR,
        "a key written without its `:`",
        ignorable=False,
        example="`title Velkommen` (write `title: Velkommen`)",
    ),
    Code(
        "unclosed-quote",
        ERROR,
        "a quote opened and never closed; reported where it opens",
        ignorable=False,
        example='`title: "Drøfting: er det fellesnevnere?` with no closing `"`',
    ),
    Code(
        "unclosed-bracket",
        ERROR,
        "a `{` or `[` opened and never closed; reported where it opens",
        ignorable=False,
        example="`- {title: Pause, kind: break, duration: 15` with no `}`",
    ),
    Code(
        "text-after-quote",
        ERROR,
        "text after the closing quote of a quoted value",
        ignorable=False,
        example='`title: "Tett på" og laget` (write `title: «Tett på» og laget`)',
    ),
    Code(
        "comma-in-flow",
        ERROR,
        "a comma inside an unquoted value in `{…}`, which ends the value there",
        ignorable=False,
        example="`- {title: Velkommen, og mål, duration: 10}` (quote the title)",
    ),
    Code(
        "decimal-comma-duration",
        ERROR,
        "a duration with a decimal comma",
        ignorable=False,
        example="`duration: 1,5 t` (write `1 t 30 min`)",
    ),
    Code(
        "colon-in-text",
        ERROR,
        "`: ` inside an unquoted title, question or other text, which YAML reads as a key",
        ignorable=False,
        example="`title: Drøfting: er det fellesnevnere?` (quote the title)",
    ),
)

TEXTS = {
    "yaml-tab": {
        "en": "this line is indented with a tab; tabs can't indent in YAML",
        "nb": "linjen er rykket inn med tabulator; YAML kan ikke bruke tabulator til innrykk",
        "nn": "linja er rykt inn med tabulator; YAML kan ikkje bruke tabulator til innrykk",
    },
    "yaml-tab.hint": {
        "en": "use spaces instead ({spaces} here):  {fixed}",
        "nb": "bruk mellomrom i stedet ({spaces} her):  {fixed}",
        "nn": "bruk mellomrom i staden ({spaces} her):  {fixed}",
    },
    "yaml-indentation": {
        "en": "this line is indented {spaces} too far: '{key}' should line up with "
        "'{other}' on line {other_line}",
        "nb": "linjen har {spaces} for mye innrykk: «{key}» skal stå rett under "
        "«{other}» på linje {other_line}",
        "nn": "linja har {spaces} for mykje innrykk: «{key}» skal stå rett under "
        "«{other}» på linje {other_line}",
    },
    "yaml-indentation.less": {
        "en": "this line is indented {spaces} too little: '{key}' should line up with "
        "'{other}' on line {other_line}",
        "nb": "linjen har {spaces} for lite innrykk: «{key}» skal stå rett under "
        "«{other}» på linje {other_line}",
        "nn": "linja har {spaces} for lite innrykk: «{key}» skal stå rett under "
        "«{other}» på linje {other_line}",
    },
    "yaml-indentation.remove": {
        "en": "remove {spaces} at the start of line {line_number}",
        "nb": "fjern {spaces} først på linje {line_number}",
        "nn": "fjern {spaces} fremst på linje {line_number}",
    },
    "yaml-indentation.add": {
        "en": "add {spaces} at the start of line {line_number}",
        "nb": "legg til {spaces} først på linje {line_number}",
        "nn": "legg til {spaces} fremst på linje {line_number}",
    },
    "yaml-indentation.remove-lines": {
        "en": "remove {spaces} at the start of lines {line_number}–{last_line}",
        "nb": "fjern {spaces} først på linjene {line_number}–{last_line}",
        "nn": "fjern {spaces} fremst på linjene {line_number}–{last_line}",
    },
    "yaml-indentation.add-lines": {
        "en": "add {spaces} at the start of lines {line_number}–{last_line}",
        "nb": "legg til {spaces} først på linjene {line_number}–{last_line}",
        "nn": "legg til {spaces} fremst på linjene {line_number}–{last_line}",
    },
    "missing-dash": {
        "en": "a new item of the list starts here with '{key}', but has no '- ' in front",
        "nb": "her begynner et nytt punkt i listen med «{key}», men det mangler «- » foran",
        "nn": "her byrjar eit nytt punkt i lista med «{key}», men det manglar «- » framfor",
    },
    "missing-dash.hint": {
        "en": "put '- ' in front, in the column of the '- ' on line {other_line}:  {fixed}",
        "nb": "sett «- » foran, i samme kolonne som «- » på linje {other_line}:  {fixed}",
        "nn": "set «- » framfor, i same kolonne som «- » på linje {other_line}:  {fixed}",
    },
    "missing-dash.hint-lines": {
        "en": "put '- ' in front, in the column of the '- ' on line {other_line}, and indent "
        "lines {line_number}–{last_line} by two more spaces:  {fixed}",
        "nb": "sett «- » foran, i samme kolonne som «- » på linje {other_line}, og rykk inn "
        "linjene {line_number}–{last_line} to mellomrom til:  {fixed}",
        "nn": "set «- » framfor, i same kolonne som «- » på linje {other_line}, og rykk inn "
        "linjene {line_number}–{last_line} to mellomrom til:  {fixed}",
    },
    "no-space-after-dash": {
        "en": "'-' needs a space after it to start an item of a list",
        "nb": "«-» må ha et mellomrom etter seg for å begynne et punkt i en liste",
        "nn": "«-» må ha eit mellomrom etter seg for å byrje eit punkt i ei liste",
    },
    "no-space-after-dash.hint": {
        "en": "write a space after the dash:  {fixed}",
        "nb": "skriv et mellomrom etter bindestreken:  {fixed}",
        "nn": "skriv eit mellomrom etter bindestreken:  {fixed}",
    },
    "no-space-after-colon": {
        "en": "'{key}:' needs a space after the colon",
        "nb": "«{key}:» må ha et mellomrom etter kolonet",
        "nn": "«{key}:» må ha eit mellomrom etter kolonet",
    },
    "no-space-after-colon.hint": {
        "en": "write a space after the colon:  {fixed}",
        "nb": "skriv et mellomrom etter kolonet:  {fixed}",
        "nn": "skriv eit mellomrom etter kolonet:  {fixed}",
    },
    "missing-colon": {
        "en": "'{key}' needs a ':' after it to be a key",
        "nb": "«{key}» må ha «:» etter seg for å være en nøkkel",
        "nn": "«{key}» må ha «:» etter seg for å vere ein nøkkel",
    },
    "missing-colon.hint": {
        "en": "write a colon after the key:  {fixed}",
        "nb": "skriv et kolon etter nøkkelen:  {fixed}",
        "nn": "skriv eit kolon etter nøkkelen:  {fixed}",
    },
    "unclosed-quote": {
        "en": "the quote {quote} that opens here is never closed",
        "nb": "anførselstegnet {quote} som begynner her, blir aldri avsluttet",
        "nn": "hermeteiknet {quote} som byrjar her, blir aldri avslutta",
    },
    "unclosed-quote.hint": {
        "en": "end the text with {quote} too:  {fixed}",
        "nb": "avslutt teksten med {quote} også:  {fixed}",
        "nn": "avslutt teksten med {quote} òg:  {fixed}",
    },
    "unclosed-bracket": {
        "en": "the '{bracket}' that opens here is never closed with '{closing}'",
        "nb": "«{bracket}» som åpner her, blir aldri lukket med «{closing}»",
        "nn": "«{bracket}» som opnar her, blir aldri lukka med «{closing}»",
    },
    "unclosed-bracket.hint": {
        "en": "close it at the end of the line:  {fixed}",
        "nb": "lukk parentesen på slutten av linjen:  {fixed}",
        "nn": "lukk parentesen på slutten av linja:  {fixed}",
    },
    "text-after-quote": {
        "en": "text after the closing quote: YAML reads only what is inside the quotes",
        "nb": "det står tekst etter anførselstegnet som avslutter; YAML leser bare det som "
        "står mellom anførselstegnene",
        "nn": "det står tekst etter det avsluttande hermeteiknet; YAML les berre det som "
        "står mellom hermeteikna",
    },
    "text-after-quote.apostrophe": {
        "en": "an apostrophe inside '…' ends the text there",
        "nb": "en apostrof inne i '…' avslutter teksten der",
        "nn": "ein apostrof inne i '…' avsluttar teksten der",
    },
    "text-after-quote.hint": {
        "en": "use « » for quotes inside the text:  {fixed}",
        "nb": "bruk « » for sitat inne i teksten:  {fixed}",
        "nn": "bruk « » for sitat inne i teksten:  {fixed}",
    },
    "comma-in-flow": {
        "en": "the comma in '{written}' ends the value inside {{…}}, so '{fragment}' is "
        "read as a key",
        "nb": "kommaet i «{written}» avslutter verdien inne i {{…}}, så «{fragment}» blir "
        "lest som en nøkkel",
        "nn": "kommaet i «{written}» avsluttar verdien inne i {{…}}, så «{fragment}» blir "
        "lese som ein nøkkel",
    },
    "decimal-comma-duration": {
        "en": "a duration cannot have a decimal comma: '{written}'",
        "nb": "en varighet kan ikke ha desimalkomma: «{written}»",
        "nn": "ei lengd kan ikkje ha desimalkomma: «{written}»",
    },
    "decimal-comma-duration.hint": {
        "en": "write it in hours and minutes:  {fixed}",
        "nb": "skriv den i timer og minutter:  {fixed}",
        "nn": "skriv ho i timar og minutt:  {fixed}",
    },
    "colon-in-text": {
        "en": "': ' inside the text of '{key}' makes YAML read what follows as a new key",
        "nb": "«: » inne i teksten til «{key}» gjør at YAML leser resten som en ny nøkkel",
        "nn": "«: » inne i teksten til «{key}» gjer at YAML les resten som ein ny nøkkel",
    },
    "colon-in-text.item": {
        "en": "': ' inside the text makes YAML read it as a key, not as an item of the list",
        "nb": "«: » inne i teksten gjør at YAML leser den som en nøkkel, ikke som et punkt i "
        "listen",
        "nn": "«: » inne i teksten gjer at YAML les han som ein nøkkel, ikkje som eit punkt i "
        "lista",
    },
    "yaml.quote-text": {
        "en": "put the text in quotes:  {fixed}",
        "nb": "sett teksten i anførselstegn:  {fixed}",
        "nn": "set teksten i hermeteikn:  {fixed}",
    },
    "yaml-syntax": {
        "en": "the file is not valid YAML here: {problem}",
        "nb": "filen er ikke gyldig YAML her: {problem}",
        "nn": "fila er ikkje gyldig YAML her: {problem}",
    },
    "yaml-syntax.character": {
        "en": "a value cannot start with '{character}' unless it is in quotes",
        "nb": "en verdi kan ikke begynne med «{character}» uten anførselstegn",
        "nn": "ein verdi kan ikkje byrje med «{character}» utan hermeteikn",
    },
}
