"""Names of bodies, task forces, programs and projects refused once the article is read
(see `kg.extract.refuse`), with the relations they take part in."""
from __future__ import annotations

from ..central import canonical
from ..driver import component
from ..refuse import LABELS, refused_mentions, refused_name
from ..refuse_bodies import holds_person
from ..refuse_programs import speaker_opens

_GRAPH = tuple(f"graph.{label}" for label in LABELS)


@component("refused_names", scope="article", reads=_GRAPH + ("places", "graph.Person"), writes=_GRAPH)
def refused_names(state) -> None:
    reg = state.reg
    persons = {key[1] for key in reg.entities if key[0] == "Person"}
    gone = {key for key, ent in reg.entities.items() if key[0] in LABELS
            and (refused_name(key[0], key[1]) and not _national(key)
                 or key[0] == "Organization" and holds_person(key[1], persons)
                 or key[0] == "Program" and speaker_opens(key[1], persons)
                 or refused_mentions(key[0], key[1], ent.aliases, state.text, state.ctx))}
    reg.drop(gone)


def _national(key: tuple[str, str]) -> bool:
    """A name of the national lexicon (国家防总): no ending or word refuses it."""
    return key[0] == "Organization" and canonical(key[1]) is not None
