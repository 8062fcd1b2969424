"""Named programs (quoted names with a program head: “百千万工程”) and who implements them;
quoted parks being built: see `programs.read_programs`. Programs written without quotes
would be read here too."""
from __future__ import annotations

from ..driver import component
from ..programs import read_programs
from ..spans import Sentence


@component("programs", scope="sentence", reads=("sentence.tokens", "places", "graph.Organization"),
           writes=("graph.Program", "graph.Project", "graph.IMPLEMENTS"))
def programs(state, sent: Sentence) -> None:
    read_programs(sent, state.reg)
