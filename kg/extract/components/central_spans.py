"""Two ways news writes a national body that the readers before split wrongly:

- with its term inside the name (政协第十四届全国委员会, 中国人民政治协商会议第七届、八届全国
  委员会): the name without the term is a name of kg/data/central_bodies.tsv, so the body is
  that one (全国政协), not the part before the term (中国人民政治协商会议);
- glued after a name that a body's head reader took for part of it (免去某某全国政协某委员会
  副主任): a national body opened by 全国 takes nothing before it but a term or the country's
  name, so the body is the national one and the words before are left to the people readers.
"""
from __future__ import annotations

import re

from ..bodies import register
from ..central import _automaton, canonical, existed, kind_of
from ..driver import component
from ..orgs import Named
from ..spans import Sentence
from ...text.vocabulary import alternation, chars, word_set, words

_TERM = (rf"(?:{alternation(words('common/ordinal_prefixes'))})?[{chars('common/numerals')}\d]+"
         rf"[{''.join(words('bodies/term_words')[:-1])}]")
# a term or tenure written in a body's name (第十四届, 第七届、八届, 第五任)
TERMS = re.compile(rf"{_TERM}(?:[{words('bodies/term_words')[-1]}]{_TERM})*")
TERM_CHARS = "".join(words("bodies/term_words")[:-1])
OPENERS = word_set("bodies/central_openers")  # 中国|… may open a national body's name
ALONES = tuple(words("bodies/central_alone_openers"))  # a national body opened by one takes no word before it


@component("central_spans", scope="sentence", reads=("sentence.names", "sentence.body_spans"),
           writes=("sentence.names", "sentence.body_spans", "graph.Organization"))
def central_spans(state, sent: Sentence) -> None:
    if any(c in sent.text for c in TERM_CHARS):
        _termed(state, sent)
    for alone in ALONES:
        if alone in sent.text:
            _glued(state, sent, alone)


def _termed(state, sent: Sentence) -> None:
    text = sent.text
    cuts = [(m.start(), m.end()) for m in TERMS.finditer(text)]
    if not cuts:
        return
    plain, where, last = [], [], 0
    for a, z in cuts:
        plain.append(text[last:a])
        where.extend(range(last, a))
        last = z
    plain.append(text[last:])
    where.extend(range(last, len(text)))
    flat = "".join(plain)
    for end, form in _automaton().iter(flat):
        b = end + 1 - len(form)
        s, e = sent.start + where[b], sent.start + where[end] + 1
        if e - s == len(form) or not existed(form, state.year):
            continue  # no term inside: the national body's own reader had it
        if not any(s < sent.start + a and sent.start + z < e for a, z in cuts):
            continue
        _replace(state, sent, s, e, form)


def _glued(state, sent: Sentence, alone: str) -> None:
    text = state.text
    for n in list(state.named):
        if n.label != "Organization" or n.end > sent.end or canonical(n.name) is not None:
            continue
        k = text.find(alone, n.start + 1, n.end)
        while k >= 0:
            form = text[k:n.end]
            rest = TERMS.sub("", text[n.start:k])
            if canonical(form) is not None and rest and rest not in OPENERS and existed(form, state.year):
                _replace(state, sent, k, n.end, form, drop=n)
                break
            k = text.find(alone, k + 1, n.end)


def _unregister(reg, m: Named) -> None:
    """Forget the mention of `m` at its position; the entity goes when that was its only one."""
    key = (m.label, m.name)
    if key not in reg.entities:
        return
    reg.order = [o for o in reg.order if not (o[0], o[1]) == key or o[2] != m.start]
    if not any((o[0], o[1]) == key for o in reg.order):
        reg.drop({key})


def _replace(state, sent: Sentence, s: int, e: int, form: str, drop: Named | None = None) -> None:
    """Register the national body `form` read at s:e in place of the names inside it (and `drop`)."""
    spans = state.body_spans
    if drop is None:  # the same name read by its head as a bare or unknown body (政协第某届全国委员会…)
        drop = next((m for m in state.named if (m.start, m.end) == (s, e)
                     and (m.generic or canonical(m.name) is None)), None)
    if drop is None and any(a < e and s < z and not (s < a and z <= e or s <= a and z < e) for a, z in spans):
        return  # a body read by its head holds it, or crosses it
    gone = [m for m in state.named if m is drop or (s <= m.start and m.end <= e)]
    for m in gone:
        _unregister(state.reg, m)
    if drop is not None and drop.start < s and (drop.label, drop.name) in state.reg.entities:
        state.reg.drop({(drop.label, drop.name)})  # a name glued before the body is no body: gone
        # with the earlier mentions folded into it (某某全国政协 … 全国政协)
    state.named[:] = [m for m in state.named if m not in gone]
    spans[:] = [sp for sp in spans if not (s <= sp[0] and sp[1] <= e)
                and not (drop is not None and sp == (drop.start, drop.end))]
    surface = state.text[s:e]
    name = canonical(form) or form
    n = Named(s, e, surface, "Organization", kind_of(form), form, name=name, aliases={surface} - {name})
    register(state, n, sent)
    state.named.append(n)
    spans.append((s, e))
    state.named.sort(key=lambda m: m.start)
