"""Workshops the tests of ``run`` share: one full of what only the facilitator may see, and
one whose methods run past their parts, their blocks and the day."""

from __future__ import annotations

SECRETS = """\
planverksted: 1
title: "</script><script>alert(1)</script>"
date: 2024-04-18
people:
  vert: {name: Vertskapet Hemmelig, role: Bordvert}
methods:
  samtale:
    name: Samtale
    steps:
      - {title: Tenk selv, duration: 3 min, note: Steg-notat bare for oss}
      - {title: Del, duration: 7 min}
agenda:
  - time: 13.00-13.10
    title: "<!-- <script>alert(2)</script>"
    notes: Hemmelig notat
    who: vert
  - time: 13.10-13.20
    title: Rigging av salen
    description: Flytt bordene før de kommer
    facilitator_only: true
  - time: 13.20-13.40
    title: Arbeid
    parts:
      - {title: Instruks til verter, duration: 5, facilitator_only: true, notes: Bare for oss}
      - {title: Grupper, duration: 10, method: samtale, who: [Gruppeleder Lukket]}
      - {title: Oppsummering, duration: 5, notes: "Husk å takke & <avslutte>"}
"""
"""Facilitator-only blocks and parts, notes, step notes and who: none may reach the room."""

OVERRUN = """\
planverksted: 1
title: Overløp
date: 2024-04-18
methods:
  lang:
    name: Lang metode
    steps:
      - {title: Først, duration: 10 min}
      - {title: Så, duration: 10 min}
agenda:
  - time: 09.00-09.15
    title: Blokk med metode
    method: lang
  - time: 09.15-09.30
    title: Neste blokk
    parts:
      - {title: Del A, duration: 5, method: lang}
      - {title: Del B, duration: 10}
  - time: 09.40-09.45
    title: Siste
    method: lang
"""
"""Methods longer than a block (into the next), a part (past its block) and the last block."""

LONG = """\
planverksted: 1
title: Arbeidsverksted for kommunestyret om planstrategi, kommuneplanens samfunnsdel og arealdelen
date: 2024-04-18
methods:
  igp:
    name: IGP
    steps:
      - {title: Reflekter hver for dere over spørsmålene og skriv ned stikkord på lappene, duration: 5 min}
      - {title: "Del rundt bordet det hver enkelt har skrevet, uten å diskutere ennå", duration: 25 min}
      - {title: "Drøft i gruppa om det er fellesnevnere, og bli enige om de tre viktigste", duration: 10 min}
agenda:
  - time: 13.00-14.00
    title: Kunnskapsgrunnlaget for planstrategien og for kommuneplanens samfunnsdel i kommunene i regionen
    parts:
      - title: Gruppearbeid om kunnskapsgrunnlaget, utfordringsbildet og handlingsrommet til kommunestyret
        kind: group
        duration: 40
        method: igp
        questions:
          - Har vi den kunnskapen vi trenger om befolkningsutviklingen, næringslivet og klimaet? Hva er den viktigste kunnskapen vi har, og hva trenger vi eventuelt å vite mer om?
          - Gir gjeldende samfunnsdel nok rom til å styre og utvikle kommunen i den retningen kommunestyret ønsker, og hva bør i så fall endres i neste runde?
          - Har kommunen de planene som trengs for å styre arealbruken, tjenestene og økonomien? Hva trenger vi å endre på fra forrige planstrategi?
          - Hvordan kan vi involvere innbyggerne, næringslivet, frivilligheten og ungdomsrådet tidligere og bedre i arbeidet med planene framover?
          - Hvilke samarbeid med nabokommunene, fylkeskommunen og statsforvalteren er viktigst for å nå målene i samfunnsdelen de neste fire årene?
          - Hva er de tre viktigste prioriteringene kommunestyret vil gi administrasjonen med seg i det videre arbeidet med planstrategien og samfunnsdelen?
      - title: Presentasjon i plenum av de tre viktigste prioriteringene fra hver gruppe, med kommentarer fra kommunedirektøren og ordføreren
        kind: plenary
        duration: 20
"""
"""A long workshop title, block title, step titles, six long questions and a long "next"."""
