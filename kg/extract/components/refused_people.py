"""People refused once the article is read, with their relations: words that are never
names (people/not_names: 智慧, 权威, which jieba's dictionary tags as names and some
rule read after a title) and countries read as a name (部长乌克兰)."""
from __future__ import annotations

from ..driver import component
from ..lexicon import NOT_NAMES
from ..refuse_kinds import countries


@component("refused_people", scope="article", reads=("graph.Person",), writes=("graph.Person",))
def refused_people(state) -> None:
    state.reg.drop({key for key in state.reg.entities
                    if key[0] == "Person" and (key[1] in NOT_NAMES or key[1] in countries())})
