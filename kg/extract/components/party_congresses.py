"""A numbered national congress of the party written short before its deputies' title
(党的十九大代表某某, 二十大代表某某, 当选十九大党代表): the body 中国共产党第十九次全国代表大会,
whose deputies hold the post 代表 of it. Only before the title: elsewhere the short form names the
congress as an event. Words: kg/data/vocab/bodies/party_congress_forms.tsv."""
from __future__ import annotations

import re

from ..bodies import register
from ..driver import component
from ..orgs import Named
from ..spans import Sentence
from ...text.vocabulary import alternation, table

_FORMS = table("bodies/party_congress_forms")
OPENERS = _FORMS["openers"]
SHORT, DEPUTIES = _FORMS["short"][0], _FORMS["deputy"]
NAME_BEFORE, NAME_AFTER = _FORMS["name"]
PARTY_DEPUTY = next(d for d in DEPUTIES if len(d) > 2)  # 党代表
SHORT_FORM = re.compile(rf"(?:{alternation(OPENERS)})?([{''.join(_FORMS['number'])}]{{2,3}}){re.escape(SHORT)}"
                        rf"(?={alternation(DEPUTIES)})")


@component("party_congresses", scope="sentence", reads=("sentence.names", "sentence.body_spans"),
           writes=("sentence.names", "sentence.body_spans", "graph.Organization"))
def party_congresses(state, sent: Sentence) -> None:
    if not any(SHORT + d in sent.text for d in DEPUTIES):
        return
    spans = state.body_spans
    for m in SHORT_FORM.finditer(sent.text):
        s, e = sent.start + m.start(), sent.start + m.end()
        if any(a < e and s < z for a, z in spans):
            continue  # inside a body read before (某某大|代表 of a longer name)
        form = m.group()
        if sent.text.startswith(PARTY_DEPUTY, m.end()):
            e, form = e + 1, form + PARTY_DEPUTY[0]  # 十九大党|代表: the body read before 代表
        name = NAME_BEFORE + m.group(1) + NAME_AFTER
        n = Named(s, e, form, "Organization", "party", SHORT, name=name, aliases={form})
        register(state, n, sent)
        state.named.append(n)
        spans.append((s, e))
    state.named.sort(key=lambda n: n.start)
