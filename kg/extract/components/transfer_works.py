"""National transfer works named without a head before their line or phase (南水北调东线工程,
西气东输三线工程, 引江济淮工程): the names of programs/diversion_works, with the line or
phase written before 工程, are Projects (and no Programs); the name alone (南水北调) is no
Project."""
from __future__ import annotations

import re

from ...text.vocabulary import alternation, words
from ..driver import component
from ..spans import Sentence

WORKS = re.compile(rf"(?:{alternation(words('programs/diversion_works'))})"
                   rf"(?:{alternation(words('programs/works_parts'))})?"
                   rf"(?:{alternation(words('programs/works_head'))})")


@component("transfer_works", scope="sentence", reads=("sentence.tokens",),
           writes=("graph.Project", "graph.Program", "name_spans"))
def transfer_works(state, sent: Sentence) -> None:
    for m in WORKS.finditer(state.text, sent.start, sent.end):
        if (("Project", m.group()) not in state.reg.entities
                and any(a <= m.start() and m.end() <= z for a, z in state.name_spans)):
            continue  # inside a longer name already read
        state.reg.add("Project", m.group(), pos=m.start())
        if ("Program", m.group()) in state.reg.entities:
            state.reg.drop({("Program", m.group())})  # read as a program's 工程 before
        state.name_spans.append((m.start(), m.end()))
