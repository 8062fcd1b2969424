"""Names no rule anchored (in lists, after a verb, opening a clause): where jieba leaves a
name-like token (surname first, unknown to its dictionary or known as a name), the
statistical tagger (`ner`) reads a window around it and its PER spans are confirmed by
rules (`persons.confirm_tagged`). A sequence model that proposes names would sit here.

The rules decide before the tagger runs whether it can matter: a window none of whose
spans would be confirmed and add a person (whatever the tagger says) is not sent to it."""
from __future__ import annotations

from functools import lru_cache

from ..driver import component
from ..holders import add_person
from ..lexicon import lexicon
from ..ner import persons_in
from ..orgs import clause_bounds
from ..persons import GLUED_BEFORE, confirm_tagged, name_like_at
from ..spans import Sentence

TAG_WINDOW = 12  # characters of context on each side of a flagged token
NAME_CACHE = 8192  # words whose name-likeness is remembered (bounded: the workers stay flat)


def candidates(sent: Sentence, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans in [lo, hi) `confirm_tagged` could accept: 2–4 characters opening with a
    surname's first character, starting on a token's start (or after a conjunction glued
    to the token) and ending on a token's end. It refuses every other span."""
    text, firsts = sent.article, surname_firsts()
    starts, ends = [], set()
    for b, e, w in sent.tokens:
        if e <= lo or b >= hi:
            continue
        ends.add(e)
        starts.append(b)
        if e - b >= 2 and w[0] in GLUED_BEFORE:
            starts.append(b + 1)
    return [(s, e) for s in starts if s >= lo and text[s] in firsts
            for e in range(s + 2, min(s + 4, hi) + 1) if e in ends]


def _adds(state, name: str, s: int, e: int) -> bool:
    """Whether a confirmed reading of `name` at [s, e) would add a person now: not a person
    already, not part of a body's or company's name, not a part or an overreading of a
    name the rules read. The people only grow, so what is refused now stays refused."""
    if name in state.people:
        return False  # add_person would keep the first reading
    if any(a <= s and e <= z and (a, z) != (s, e) for a, z in state.body_spans):
        return False  # part of an organisation's or company's name
    return not any(p.startswith(name) or name.startswith(p) for p in state.people)


@lru_cache(maxsize=1)
def surname_firsts() -> frozenset[str]:
    """First characters of the surnames: a token opening with none of them is not
    name-like (`name_like_at` asks for a surname first)."""
    lex = lexicon()
    return frozenset(w[0] for w in lex.surnames | lex.compound_surnames)


@lru_cache(maxsize=NAME_CACHE)
def name_like_word(word: str) -> bool:
    """`name_like_at` for a token of two or more characters (which it reads alone: only a
    single surname character looks at the next token), kept per word."""
    return name_like_at([(0, len(word), word)], 0)


@component("people_tagged", scope="sentence",
           reads=("sentence.tokens", "places", "people", "sentence.body_spans"), writes=("people",))
def tagged_people(state, sent: Sentence) -> None:
    toks = sent.tokens
    spans = state.body_spans
    firsts = surname_firsts()
    flagged = [t for k, t in enumerate(toks) if t[2][:1] in firsts
               and (name_like_at(toks, k) if len(t[2]) == 1 else name_like_word(t[2]))
               and t[2] not in state.people and state.ctx.covering(t[0]) is None
               and not any(a <= t[0] and t[1] <= z for a, z in spans)]
    if not flagged:
        return
    text = state.text
    verdicts: dict[tuple[int, int], bool] = {}

    def would_add(s: int, e: int) -> bool:  # a reading there, confirmed, adds a person
        if not _adds(state, text[s:e], s, e):
            return False
        if (s, e) not in verdicts:
            verdicts[s, e] = confirm_tagged(text[s:e], text, s, e, sent, state.count)
        return verdicts[s, e]

    done: set[tuple[int, int]] = set()
    for b, e, _ in flagged:
        lo, hi = clause_bounds(sent, b)
        lo, hi = max(lo, b - TAG_WINDOW), min(hi, e + TAG_WINDOW)  # the tagger's cost is per character
        if any(a <= b and e <= z for a, z in done):
            continue
        done.add((lo, hi))
        cands = candidates(sent, lo, hi)
        if not any(would_add(s, t) for s, t in cands):
            continue  # no PER span the tagger could give here would add a person
        for s, t, name in persons_in(text[lo:hi]):
            s, t = lo + s, lo + t
            if (s, t) in cands and would_add(s, t):
                add_person(state, name, s)
