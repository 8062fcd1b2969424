"""People refused once the article is read, with their relations: words that are never
names (people/not_names: 智慧, 权威, which jieba's dictionary tags as names and some
rule read after a title), countries read as a name (部长乌克兰), and the tail of a longer
name read on its own where a preposition opens the name (向某华: 某华 is no one when every
time it is written it ends the name 向某华 of a person of the article)."""
from __future__ import annotations

from ..driver import component
from ..lexicon import NOT_NAMES
from ..refuse_kinds import countries


@component("refused_people", scope="article", reads=("graph.Person",), writes=("graph.Person",))
def refused_people(state) -> None:
    people = [key[1] for key in state.reg.entities if key[0] == "Person"]
    state.reg.drop({key for key in state.reg.entities
                    if key[0] == "Person" and (key[1] in NOT_NAMES or key[1] in countries())}
                   | {("Person", name) for name in tails_of_longer_names(state.text, people)})


def tails_of_longer_names(text: str, people: list[str]) -> set[str]:
    """The names of `people` written only as the end of a longer name of `people`
    (某华 only ever inside 向某华)."""
    out = set()
    for name in people:
        longer = [m for m in people if len(m) > len(name) and m.endswith(name)]
        if not longer:
            continue
        at = text.find(name)
        while at >= 0 and any(text.startswith(m, at - len(m) + len(name)) for m in longer):
            at = text.find(name, at + 1)
        if at < 0 and name in text:
            out.add(name)
    return out
