"""Names no rule anchored (in lists, after a verb, opening a clause): where jieba leaves a
name-like token (surname first, unknown to its dictionary or known as a name), the
statistical tagger (`ner`) reads a window around it and its PER spans are confirmed by
rules (`persons.confirm_tagged`). A sequence model that proposes names would sit here."""
from __future__ import annotations

from ..driver import component
from ..holders import add_person
from ..ner import persons_in
from ..orgs import clause_bounds
from ..persons import confirm_tagged, name_like_at
from ..spans import Sentence

TAG_WINDOW = 12  # characters of context on each side of a flagged token


@component("people_tagged", scope="sentence",
           reads=("sentence.tokens", "places", "people", "sentence.body_spans"), writes=("people",))
def tagged_people(state, sent: Sentence) -> None:
    toks = sent.tokens
    spans = state.body_spans
    flagged = [t for k, t in enumerate(toks) if name_like_at(toks, k) and t[2] not in state.people
               and state.ctx.covering(t[0]) is None
               and not any(a <= t[0] and t[1] <= z for a, z in spans)]
    if not flagged:
        return
    text = state.text
    done: set[tuple[int, int]] = set()
    for b, e, _ in flagged:
        lo, hi = clause_bounds(sent, b)
        lo, hi = max(lo, b - TAG_WINDOW), min(hi, e + TAG_WINDOW)  # the tagger's cost is per character
        if any(a <= b and e <= z for a, z in done):
            continue
        done.add((lo, hi))
        for s, t, name in persons_in(text[lo:hi]):
            s, t = lo + s, lo + t
            if not confirm_tagged(name, text, s, t, sent, state.count):
                continue
            if any(a <= s and t <= z and (a, z) != (s, t) for a, z in spans):
                continue  # part of an organisation's or company's name
            if any(p != name and (p.startswith(name) or name.startswith(p)) for p in state.people):
                continue  # a part (or an overreading) of a name the rules read
            add_person(state, name, s)
