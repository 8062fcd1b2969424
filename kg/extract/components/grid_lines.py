"""Power lines named by the places they join (某地-某地特高压工程): Projects; see
`kg.extract.grid_lines`."""
from __future__ import annotations

from ..driver import component
from ..grid_lines import grid_lines as find_lines
from ..spans import Sentence


@component("grid_lines", scope="sentence", reads=("sentence.tokens",),
           writes=("graph.Project", "name_spans"))
def grid_lines(state, sent: Sentence) -> None:
    for a, z in find_lines(state.text, sent.start, sent.end):
        state.reg.add("Project", state.text[a:z], pos=a)
        state.name_spans.append((a, z))
