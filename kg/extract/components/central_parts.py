"""The committees of a national body named bare (提案委员会, 经济委员会, 财政经济委员会) in an
article that names the body (全国政协, 全国人大; kg/data/vocab/bodies/central_part_parents.txt):
each is the body's committee of kg/data/central_bodies.tsv (全国政协提案委员会), registered
as that organisation. A committee written right after a noun (大会提案委员会, 某省…) or inside
a longer body's name is not bare; an article naming both bodies gives the committee to the
one named last before it (else first after it)."""
from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick

from ..bodies import register
from ..central import existed, kind_of
from ..driver import component
from ..orgs import Named
from ..spans import Sentence
from ..tokens import tag
from .central_spans import TERMS
from ...resolve.aliases import tables
from ...text.vocabulary import chars, word_set, words

PARENTS = tuple(words("bodies/central_part_parents"))
STOPS = word_set("bodies/central_part_stops")
OPENERS = frozenset(chars("bodies/central_part_openers"))
COMMITTEE = words("bodies/central_part_heads")[0]


@lru_cache(maxsize=1)
def _parts() -> tuple[dict[str, dict[str, str]], dict[str, tuple[str, ...]]]:
    """bare committee → {parent: canonical}, and parent → its names (canonical and aliases)."""
    t = tables()
    parts: dict[str, dict[str, str]] = {}
    for canonical in set(t.central.values()):
        for parent in PARENTS:
            bare = canonical[len(parent):]
            if canonical.startswith(parent) and bare.endswith(COMMITTEE) and len(bare) >= 4 \
                    and bare not in STOPS and t.central.get(bare) is None:
                parts.setdefault(bare, {})[parent] = canonical
    forms = {p: tuple(sorted((f for f, c in t.central.items() if c == p), key=len, reverse=True))
             for p in PARENTS}
    return parts, forms


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    ac = ahocorasick.Automaton()
    for bare in _parts()[0]:
        ac.add_word(bare, bare)
    ac.make_automaton()
    return ac


def _parents_named(state) -> list[tuple[int, str]]:
    """(position, parent) of each mention of a parent body in the article, terms removed."""
    cached = getattr(state, "_central_parents", None)
    if cached is None:
        text = state.text
        plain, where = [], []  # the text without terms, and where each kept char was
        last = 0
        for m in TERMS.finditer(text):
            plain.append(text[last:m.start()])
            where.extend(range(last, m.start()))
            last = m.end()
        plain.append(text[last:])
        where.extend(range(last, len(text)))
        flat = "".join(plain)
        cached = sorted((where[m.start()], p) for p, names in _parts()[1].items() for f in names
                        for m in re.finditer(re.escape(f), flat))
        state._central_parents = cached
    return cached


def _parent(mentions: list[tuple[int, str]], pos: int, choices: dict[str, str]) -> str | None:
    before = [p for at, p in mentions if at < pos and p in choices]
    if before:
        return before[-1]
    return next((p for at, p in mentions if p in choices), None)


@component("central_parts", scope="sentence", reads=("sentence.tokens", "sentence.names", "sentence.body_spans"),
           writes=("sentence.names", "sentence.body_spans", "graph.Organization"))
def central_parts(state, sent: Sentence) -> None:
    if COMMITTEE not in sent.text:
        return
    hits = [(sent.start + end + 1 - len(bare), sent.start + end + 1, bare)
            for end, bare in _automaton().iter(sent.text)]
    if not hits:
        return
    mentions = _parents_named(state)
    if not mentions:
        return
    parts = _parts()[0]
    spans = state.body_spans
    for s, e, bare in hits:
        parent = _parent(mentions, s, parts[bare])
        if parent is None or not _bare(state, sent, s, e):
            continue
        canonical = parts[bare][parent]
        if not existed(canonical, state.year):
            continue
        inner = [m for m in state.named if s <= m.start and m.end <= e]
        state.named[:] = [m for m in state.named if m not in inner]
        spans[:] = [sp for sp in spans if not (s <= sp[0] and sp[1] <= e)]
        n = Named(s, e, bare, "Organization", kind_of(canonical), COMMITTEE, name=canonical, aliases={bare})
        register(state, n, sent)
        state.named.append(n)
        spans.append((s, e))
    state.named.sort(key=lambda m: m.start)


def _bare(state, sent: Sentence, s: int, e: int) -> bool:
    """The committee is a word of its own, not the end of a longer name (大会提案委员会,
    某省政协经济委员会) nor the start of one."""
    if any(a < e and s < z and not (s <= a and z <= e) for a, z in state.body_spans):
        return False
    first, last = sent.token_at(s), sent.token_at(e - 1)
    if first is None or last is None or first[0] != s or last[1] != e:
        return False
    before = sent.token_at(s - 1) if s > sent.start else None
    if before is None:
        return True
    kind = tag(before[2])
    if kind is None:  # punctuation, or an unknown word (a name) glued to the word opening it
        return not before[2][-1].isalnum() or before[2][-1] in OPENERS
    return not kind.startswith("n")
