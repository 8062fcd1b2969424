"""Firms named by a brand and a trade word, without 公司 or 集团 (某某机械, 某某动力,
某某车业), taken only where the sentence says the name is a firm: the name opens a clause
that calls it one (某某机械是一家生产…的企业), or follows a kind noun of firm
(生产企业——某某动力, 龙头企业某某科技), or a province or city opens it and a verb or a mark
follows it (某省某某车业向…定制了包机). The brand must be proper (a rare or unknown word,
`orgs.is_proper`), no place or generic word. Words: kg/data/vocab/bodies/brand_firm_heads.txt,
brand_firm_anchors.tsv."""
from __future__ import annotations

from functools import lru_cache

from ...text.script import is_han
from ...text.vocabulary import table, words
from ..bodies import register
from ..driver import component
from ..lexicon import automaton
from ..orgs import GENERIC, Named, is_proper
from ..spans import Sentence
from ..tokens import FUNCTION_TAGS, tag
from ...text.segmenter import segmenter

HEADS_AC = automaton(words("bodies/brand_firm_heads"))
_ANCHORS = {key: " ".join(cols).split() for key, cols in table("bodies/brand_firm_anchors").items()}
COPULA = _ANCHORS["copula"][0]
COUNTED = _ANCHORS["counted"][0]
KINDS = tuple(_ANCHORS["kinds"])
DASHES = tuple(sorted(_ANCHORS["dashes"], key=len, reverse=True))
KIND_NOUNS = tuple(words("bodies/company_kind_nouns"))
MIN_BRAND, MAX_BRAND = 2, 4  # characters of the brand before the trade word
PLACE_LEVELS = ("province", "city")  # a place that opens a firm's name (某省某某车业)
# What may follow the name: a mark ending the phrase (not 、: 某市某某航空、地质等学院), or a
# verb, preposition, adverb or time word (某省某某车业向…, 某市某某航空近期…).
PHRASE_ENDS = "，,。；;！？!?"
NEXT_TAGS = ("v", "p", "d", "t")
CLAUSE_ENDS = PHRASE_ENDS
BOUNDARY_CHARS = CLAUSE_ENDS + "".join(_ANCHORS["boundary"])
# Tags of a word of two or more characters that is no part of a brand (重新, 做好, 深化).
NOT_BRAND_TAGS = FUNCTION_TAGS | {"d", "a", "ad", "vn"}
BOUNDARY_TAGS = ("v", "p", "c")  # a word before the brand that opens no name (走进, 在, 和)


def _called_firm(text: str, e: int, hi: int) -> bool:
    """The clause after `e` opens with the copula and calls the name one firm."""
    if not text.startswith(COPULA, e):
        return False
    k = e
    while k < hi and text[k] not in CLAUSE_ENDS:
        k += 1
    clause = text[e:k]
    return COUNTED in clause and clause.endswith(KINDS)


def _after_kind(text: str, b: int, lo: int) -> int | None:
    """Where the brand starts when a kind noun of firm (and a dash) ends right before `b`."""
    k = b
    for dash in DASHES:
        if text.endswith(dash, lo, k):
            k -= len(dash)
            break
    return b if any(text.endswith(w, lo, k) for w in KIND_NOUNS) else None


@lru_cache(maxsize=8192)
def _brand(core: str) -> bool:
    """A proper brand: two to four Han characters, no mark, no generic or function word
    (kept per core: every trade word asks for the cores before it)."""
    return MIN_BRAND <= len(core) <= MAX_BRAND and all(map(is_han, core)) \
        and not any(c in BOUNDARY_CHARS for c in core) and core not in GENERIC \
        and not any(len(w) > 1 and tag(w) in NOT_BRAND_TAGS for w in segmenter().dictionary_words(core)) \
        and is_proper(core, Named(0, 0, core, "Company", "company", ""))


def _start(sent: Sentence, s: int) -> int | None:
    """Where a firm whose trade word starts at `s` begins: the longest proper brand before
    it that starts at a boundary (the sentence's start, a punctuation mark, 的, a verb or
    preposition), or after a place, which then opens the name (某省某某车业)."""
    text = sent.article
    for k in range(max(sent.start, s - MAX_BRAND), s - MIN_BRAND + 1):
        if not _brand(text[k:s]) or sent.ctx.covering(k) is not None:
            continue
        if k == sent.start or text[k - 1] in BOUNDARY_CHARS:
            return k
        m = sent.ctx.covering(k - 1)
        if m is not None and m.end == k:
            while (p := sent.ctx.covering(m.start - 1)) is not None and p.end == m.start:
                m = p  # 某省某市某某车业: the chain of places opens the name
            return m.start
        tok = sent.token_at(k - 1)
        if tok is not None and tok[1] == k and tag(tok[2]) in BOUNDARY_TAGS:
            return k
    return None


def _placed(sent: Sentence, b: int, s: int, e: int) -> bool:
    """A province or a city opens the name right before its brand (某省某某车业), and the
    name ends its phrase (no noun or list goes on after the trade word: 某省某某科技|园区)."""
    m = sent.ctx.covering(b)
    if m is None or m.level not in PLACE_LEVELS or sent.ctx.covering(m.end) is not None or m.end >= s:
        return False
    if e >= sent.end or sent.article[e] in PHRASE_ENDS:
        return True
    nxt = sent.token_at(e)
    return nxt is not None and nxt[0] == e and tag(nxt[2]) in NEXT_TAGS


@component("brand_firms", scope="sentence",
           reads=("sentence.tokens", "places", "sentence.body_spans"),
           writes=("sentence.names", "sentence.body_spans", "graph.Company", "graph.LOCATED_IN"))
def brand_firms(state, sent: Sentence) -> None:
    text = sent.article
    for end, head in HEADS_AC.iter(sent.text):
        e = sent.start + end + 1
        s = e - len(head)
        tok = sent.token_at(e - 1)
        if tok is not None and tok[1] > e or any(a < e and s < z for a, z in state.body_spans):
            continue  # the trade word inside a longer word, or in a body already read
        for b in range(max(sent.start, s - MAX_BRAND), s - MIN_BRAND + 1):
            if _after_kind(text, b, sent.start) is not None and _brand(text[b:s]):
                break
        else:
            b = _start(sent, s)
            if b is None or not (_called_firm(text, e, sent.end) or _placed(sent, b, s, e)):
                continue
        n = Named(b, e, text[b:e], "Company", "company", "", name=text[b:e])
        if register(state, n, sent) is None:
            continue
        state.named.append(n)
        state.body_spans.append((b, e))
    state.named.sort(key=lambda n: n.start)
