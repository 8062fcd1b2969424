"""Bodies a sentence names (organisations, companies, task forces, projects): found by
their head word and resolved (`orgs`), registered (`bodies`); a generic name listed
right after a relative one shares its place (市发改委、工信局 → 某市工信局)."""
from __future__ import annotations

from ..bodies import register
from ..driver import component
from ..orgs import Named, find_named, resolve, strip_quotes
from ..spans import Sentence
from .tagged_bodies import company_start, legal_start


@component("bodies", scope="sentence", reads=("sentence.tokens", "places", "name_spans"),
           writes=("sentence.names", "sentence.body_spans", "name_spans", "graph.Organization",
                   "graph.Company", "graph.TaskForce", "graph.Project", "graph.Program",
                   "graph.LOCATED_IN"))
def bodies(state, sent: Sentence) -> None:
    out = []
    prev: Named | None = None
    found = [legal_start(resolve(company_start(n, sent), sent), sent) for n in find_named(sent)]
    state.name_spans.extend((n.start, n.end) for n in found if n.label in ("Company", "Project"))
    for n in found:
        if n.label == "Place":
            prev = None
            continue
        if n.generic and prev is not None and prev.relative and prev.place is not None \
                and n.start - 1 == prev.end and state.text[n.start - 1] == "、" and n.label == prev.label:
            n.name = prev.place.name + strip_quotes(n.surface)
            n.place, n.relative, n.generic = prev.place, True, False
            n.aliases.add(strip_quotes(n.surface))
        ref = register(state, n, sent)
        if ref is not None:
            n.name = ref.name
        out.append(n)
        prev = n
    state.named = out
    state.body_spans = [(n.start, n.end) for n in out if n.label != "Place"]
