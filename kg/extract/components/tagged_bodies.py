"""Companies and government bodies the sequence tagger (kg.sequence, a CRF) finds where
no head-word rule did: on the sentences a cheap pass flags, a company span sure at
prob ≥ 0.5 that ends in a company head, and a government span as sure that ends in a
body's head and resolves to one body (its place written or in context, not a kind of
body: 相关部门). The tagger runs once per sentence (cached in the text layer).

The cheap pass: a body a rule found but could not name (generic)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..bodies import register
from ..driver import component
from ..lexicon import AND, DELIMS, lexicon
from ..orgs import FIRM_KINDS, GENERIC, Named, generic_core, label_of, resolve, strip_quotes
from ..spans import GLUE_STOPS, Sentence
from ..tokens import FUNCTION_TAGS, tag

MIN_PROB = 0.5
SURE = 0.9  # a span without a head, or a body the rules call generic, needs this much
LABELS = {"company": "Company", "government": "Organization"}


@component("tagged_bodies", scope="sentence",
           reads=("sentence.tokens", "places", "sentence.body_spans"),
           writes=("sentence.names", "sentence.body_spans", "graph.Company",
                   "graph.Organization", "graph.LOCATED_IN"))
def tagged_bodies(state, sent: Sentence) -> None:
    generic = {(n.start, n.end) for n in state.named if n.generic and _worth(sent, n)}
    if not generic:
        return  # the tagger runs only where a body may be left unread
    spans = state.body_spans
    for sp in sent.base.sequence_spans():
        want = LABELS.get(sp.label)
        if want is None or sp.prob < MIN_PROB or any(
                a < sp.end and sp.start < z for a, z in spans if (a, z) not in generic):
            continue  # a body a rule found (a generic one the tagger may confirm)
        n = _named(sent, sp.start, sp.end, want)
        if n is None:
            continue  # a head of another label: 某某公司原党组 is no company
        if not n.head:
            if sp.prob < SURE or sent.ctx.covering(sp.start) is not None:
                continue
            n = Named(sp.start, sp.end, sp.text, want, "", "", name=sp.text,
                      generic=generic_core(sp.text))  # 暴雪, 央行: a name with no head
        else:
            n = resolve(n, sent)
        if n.generic and n.place is None and (n.label == "Company" or sp.prob >= SURE and _placed(sent, n)) \
                and not generic_core(strip_quotes(n.surface)[:-len(n.head)]):
            n.generic = False  # 微软公司, 兴业银行: a brand the tagger is sure of
        if n.generic or n.label != want or register(state, n, sent) is None:
            continue
        state.named.append(n)
        spans.append((n.start, n.end))
    state.named.sort(key=lambda n: n.start)


def _named(sent: Sentence, s: int, e: int, want: str) -> Named | None:
    """The span as a name: with its head when it ends with one of the label the tagger
    gave it, without one when it ends with none (None: a head of another label)."""
    surface = sent.article[s:e]
    head = max((h for h in lexicon().suffixes if surface.endswith(h) and len(h) < len(surface)),
               key=len, default=None)
    if head is None:
        return Named(s, e, surface, want, "", "")
    label, kind = label_of(head, surface)
    return Named(s, e, surface, label, kind, head) if label == want else None


def company_start(n: Named, sent: Sentence) -> Named:
    """A company name found by its head starts where the tagger, sure of it, says it
    does when that is later (由林达集团 → 林达集团, 上述某某分公司 → 某某分公司)."""
    if n.label != "Company" or not _loose(sent, n.start, n.end - len(n.head)):
        return n
    for sp in sent.base.sequence_spans():
        if sp.label == "company" and sp.end == n.end and n.start < sp.start < n.end - len(n.head) \
                and sp.prob >= MIN_PROB and _loose(sent, n.start, sp.start):
            n.start, n.surface = sp.start, sent.article[sp.start:n.end]
    return n


def legal_start(n: Named, sent: Sentence) -> Named:
    """A company proper only by its legal form (`Named.legal`) starts where the tagger
    says it does when that is earlier (上海|为烨投资集团有限公司 cut at 为): its words are
    common, so the rules' start is least sure there."""
    if not n.legal:
        return n
    for sp in sent.base.sequence_spans():
        if sp.label == "company" and sp.end == n.end and sent.start <= sp.start < n.start \
                and sp.prob >= MIN_PROB and not any(c in DELIMS for c in sent.article[sp.start:n.start]):
            return resolve(Named(sp.start, n.end, sent.article[sp.start:n.end], n.label, n.kind, n.head), sent)
    return n


def _worth(sent: Sentence, n: Named) -> bool:
    """A generic body the tagger may confirm: a company whose core is no generic word
    (兴业银行, 微软公司) or is a kind of firm with brands often written before it (某某等跨国公司),
    a government body with a place word in it (印度外交部)."""
    core = strip_quotes(n.surface)[:-len(n.head)] if n.head else n.surface
    if n.label == "Company":
        return len(core) >= 2 and (core not in GENERIC or core in FIRM_KINDS)
    return n.label == "Organization" and _placed(sent, n)


def _loose(sent: Sentence, b: int, e: int) -> bool:
    """Whether [b, e) holds a function word or a verb (由, 了, 上述…), or an unknown word
    jieba glued to one (由林达): a start the tagger may correct."""
    return any(tag(w) in FUNCTION_TAGS and w != AND or tag(w) is None and (len(w) == 1 or w[0] in GLUE_STOPS)
               for s, _, w in sent.tokens if b <= s < e)


def _placed(sent: Sentence, n: Named) -> bool:
    """A government body without a head or place word the rules read: the tagger's word
    is taken when a place (a country: 印度外交部) is part of it, before its head (a head
    jieba tags a place, 海关, is none)."""
    end = n.end - len(n.head)
    return any(tag(w) == "ns" for s, e, w in sent.tokens if n.start <= s and e <= end)


BRAND_TAGS = frozenset({None, "nz", "nt", "j", "eng", "n"})  # headless: no verb, place or name word


@component("tagged_companies", scope="sentence",
           reads=("sentence.tokens", "places", "people", "sentence.body_spans"),
           writes=("sentence.names", "sentence.body_spans", "graph.Company", "graph.LOCATED_IN"))
def tagged_companies(state, sent: Sentence) -> None:
    """Companies in a sentence the tagger has read already (for a person's or a body's
    sake, so no tagging is paid here) that it is sure of (prob ≥ 0.9): one ending in a
    company head, or a brand without one (华为, 暴雪) that is no place, no person, no
    word of jieba's dictionary but a noun or a name of a body, and not Latin capitals
    alone (IMF, APEC, IPTV: in national news bodies, pacts and media as often as firms).
    In an untagged sentence the tagger reads windows over its Latin words
    (`_window_spans`)."""
    spans = state.body_spans
    tagged = sent.base.sequence_spans() if sent.base.tagged else _window_spans(state, sent)
    for sp in tagged:
        if sp.label != "company" or sp.prob < SURE or len(sp.text) < 2 or any(
                a < sp.end and sp.start < z for a, z in spans) \
                or any(nm in sp.text or sp.text in nm for nm in state.people) \
                or sent.ctx.covering(sp.start) is not None:
            continue
        n = _named(sent, sp.start, sp.end, "Company")
        if n is None:
            continue
        if not n.head:
            if tag(sp.text) not in BRAND_TAGS or sp.text in GENERIC or _SHORT_LATIN.fullmatch(sp.text):
                continue
            n = Named(sp.start, sp.end, sp.text, "Company", "", "", name=sp.text)
        else:
            n = resolve(n, sent)
            if n.generic and n.place is None and strip_quotes(n.surface)[:-len(n.head)] not in GENERIC:
                n.generic = False
        if n.generic or n.label != "Company" or register(state, n, sent) is None:
            continue
        state.named.append(n)
        spans.append((n.start, n.end))
    state.named.sort(key=lambda n: n.start)


WINDOW = 3  # tokens the tagger reads on each side of a Latin word in an untagged sentence
_LATIN = re.compile(r"[A-Za-z]{2,}")
_SHORT_LATIN = re.compile(r"[A-Z0-9 &.\-]+|[A-Za-z]{1,2}")  # IMF, APEC, TV: capitals alone name bodies and pacts as often
_COMPANY = frozenset({"company"})


def _window_spans(state, sent: Sentence) -> list:
    """The tagger's company spans over the Latin words of an untagged sentence (brands:
    Apple, Vivo) that no body, place or person covers; the tagger reads a few words
    either side of each, not the sentence. (Windows over words jieba tags nz or j, or
    does not hold, were measured: CLUENER Company F1 +4 to +6 more, but 7–15% more
    extraction time on national news.)"""
    if _LATIN.search(sent.text) is None:
        return []
    from ...sequence import spans as tag_spans

    tokens = sent.tokens
    out, last = [], -1
    for i, (s, e, w) in enumerate(tokens):
        if i <= last or not _LATIN.fullmatch(w):
            continue
        if any(a < e and s < z for a, z in state.body_spans) or sent.ctx.covering(s) is not None \
                or any(w in nm for nm in state.people):
            continue
        lo, hi = max(0, i - WINDOW), min(len(tokens), i + WINDOW + 1)
        b, z = tokens[lo][0], tokens[hi - 1][1]
        for sp in tag_spans(sent.article[b:z], [t[2] for t in tokens[lo:hi]], _COMPANY):
            if sp.start + b <= s and e <= sp.end + b:
                out.append(replace(sp, start=sp.start + b, end=sp.end + b))
        last = hi - 1
    return out
