"""Lists the genre writes of projects and companies (A、B等项目; A、B等世界500强企业), and
brands written after a company head (龙头企业某某科技): see `programs.read_lists`."""
from __future__ import annotations

from ..driver import component
from ..programs import read_lists
from ..spans import Sentence


@component("listed_names", scope="sentence", reads=("sentence.tokens", "places"),
           writes=("graph.Company", "graph.Project", "name_spans"))
def listed_names(state, sent: Sentence) -> None:
    state.name_spans.extend(read_lists(sent, state.reg))
