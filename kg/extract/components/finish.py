"""The last steps over the whole article: people become entities (counted over the
article), short forms fold into the full names they abbreviate, and posts that name no
body are dropped."""
from __future__ import annotations

import re

from ...model import Extraction
from ...text.vocabulary import alternation, words
from ..driver import component

# What may stand before a title without naming a body: a Post named only by these
# (主任, 党组书记, 受表彰代表) is the same string for every body in the corpus.
_UNNAMED_BODY = re.compile(rf"(?:{alternation(words('posts/unnamed_bodies'))})*")


@component("people_entities", scope="article", reads=("people",), writes=("graph.Person",))
def people_entities(state) -> None:
    for name, pos in state.people.items():
        state.reg.add("Person", name, count=state.count(name), pos=pos)


@component("fold_abbreviations", scope="article",
           reads=("graph.Program", "graph.Company", "graph.TaskForce", "graph.Organization"),
           writes=("graph.Program", "graph.Company", "graph.TaskForce", "graph.Organization"))
def fold_abbreviations(state) -> None:
    state.reg.fold_abbreviations()


@component("bodiless_posts_dropped", scope="article", reads=("graph.Post", "graph.OF"),
           writes=("extraction",))
def bodiless_posts_dropped(state) -> None:
    state.extraction = drop_bodiless_posts(state.reg.extraction())


def drop_bodiless_posts(extraction: Extraction) -> Extraction:
    """Remove posts that name no body and are OF none (a bare 主任 or 党组书记), with
    their relations: one node for all of them would merge different real posts."""
    has_body = {rel.source for rel in extraction.relations if rel.type == "OF"}
    bare = {ent.ref for ent in extraction.entities if ent.label == "Post" and ent.ref not in has_body
            and _UNNAMED_BODY.fullmatch(ent.name[: len(ent.name) - len(ent.props.get("title", ""))])}
    if not bare:
        return extraction
    extraction.entities = [e for e in extraction.entities if e.ref not in bare]
    extraction.relations = [r for r in extraction.relations
                            if r.source not in bare and r.target not in bare]
    return extraction
