"""National bodies named bare (商务部, 国务院, 中组部): those of the alias lexicon
(`kg.extract.central`) that no head word already found in the sentence, registered as
organisations and added to the sentence's bodies for the rules after them. An international
body's name holds no place (上海合作组织: no 上海市) and names no parent of a longer body
(联合国难民署: no 联合国)."""
from __future__ import annotations

from ..bodies import register
from ..central import INTERNATIONAL, canonical, find_central, kind_of
from ..driver import component
from ..orgs import Named
from ..spans import Sentence


@component("central_bodies", scope="sentence", reads=("sentence.tokens", "places", "sentence.body_spans"),
           writes=("sentence.names", "sentence.body_spans", "name_spans", "graph.Organization"))
def central_bodies(state, sent: Sentence) -> None:
    spans = state.body_spans
    for s, e, form in find_central(sent, state.year):
        kind = kind_of(form)
        if kind == INTERNATIONAL:
            state.name_spans.append((s, e))
        if any(a < e and s < z and not (s <= a and z <= e) and (kind == INTERNATIONAL or not _opens(state, a, z, s, e))
               for a, z in spans):
            continue  # inside a body found by its head (某某中央委员会 …)
        inner = [(a, z) for a, z in spans if s <= a and z <= e and (a, z) != (s, e)]
        if inner:  # 中央党史和|文献研究院: the head's reading stopped inside the national body
            spans[:] = [sp for sp in spans if sp not in inner]
            state.named[:] = [m for m in state.named if (m.start, m.end) not in inner]
        n = Named(s, e, form, "Organization", kind, form, name=form)
        register(state, n, sent)
        state.named.append(n)
        spans.append((s, e))
    state.named.sort(key=lambda n: n.start)


def _opens(state, a: int, z: int, s: int, e: int) -> bool:
    """The national body opens a longer body that is not itself a national body:
    国家中医药管理局|机关服务中心, 国务院|办公厅 name the parent too."""
    return a == s and e < z and canonical(state.text[a:z]) is None
