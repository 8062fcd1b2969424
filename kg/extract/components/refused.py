"""Names of bodies, task forces, programs and projects refused once the article is read
(see `kg.extract.refuse`), with the relations they take part in."""
from __future__ import annotations

from ..central import canonical
from ..driver import component
from ..refuse import LABELS, refused_mentions, refused_name
from ..refuse_bodies import holds_person
from ..refuse_program_kinds import carried_remainder, glued_remainder, owner_remainder, participant_remainder
from ..refuse_programs import speaker_opens

_GRAPH = tuple(f"graph.{label}" for label in LABELS)


@component("refused_names", scope="article", reads=_GRAPH + ("places", "graph.Person"), writes=_GRAPH)
def refused_names(state) -> None:
    reg = state.reg
    persons = {key[1] for key in reg.entities if key[0] == "Person"}
    reg.drop({key for key in reg.entities if key[0] in LABELS and _refused(state, key, persons)})
    carried = _carried_programs(state)  # the names kept, read without the clause's words
    reg.drop({key for key in carried if key in reg.entities and _refused(state, key, persons)})


def _refused(state, key: tuple[str, str], persons: set[str]) -> bool:
    """Whether the name of `key` is refused by its words or by its mentions in the article."""
    return (refused_name(key[0], key[1]) and not _national(key)
            or key[0] == "Organization" and holds_person(key[1], persons)
            or key[0] == "Program" and speaker_opens(key[1], persons)
            or refused_mentions(key[0], key[1], state.reg.entities[key].aliases, state.text, state.ctx))


def _national(key: tuple[str, str]) -> bool:
    """A name of the national lexicon (国家防总): no ending or word refuses it."""
    return key[0] == "Organization" and canonical(key[1]) is not None


def _carried_programs(state) -> set[tuple[str, str]]:
    """A program kept so far that is opened by the clause's verb of carrying out (深入打好
    某某攻坚战), by who takes part in a campaign of learning (政协某某学习教育) or by the body
    that carries it out (公安部某某专项行动), or glued after another program (某某规划和|某某
    计划) becomes the
    program after them, merged with it when the article names it too (and is dropped when
    only a head is left); the keys it became."""
    reg = state.reg
    out = set()
    for key in [k for k in reg.entities if k[0] == "Program"]:
        rest = carried_remainder(key[1], state.text)
        if rest is None:
            rest = participant_remainder(key[1])
        if rest is None:
            rest = owner_remainder(key[1])
        if rest is None:
            rest = glued_remainder(key[1])
        if rest == "":
            reg.drop({key})
            continue
        if rest is None:
            continue
        reg.add("Program", rest, count=0)
        reg.merge(key, ("Program", rest))
        out.add(("Program", rest))
    return out
