"""A company's name written after a noun of its kind, in apposition (当地龙头企业某某集团,
制造企业某某公司): the name starts after the kind noun when what is left before the head is
a proper core (a rare or unknown word, letters: 某某, JBS), so the kind is no part of
the name. A kind noun right before the head (某某企业集团) or before a common core
(某某企业|发展|有限公司) is left in. Words: kg/data/vocab/bodies/company_kind_nouns.txt."""
from __future__ import annotations

from dataclasses import replace

from ..text.vocabulary import words
from .orgs import Named, is_proper
from .spans import Sentence

KIND_NOUNS = words("bodies/company_kind_nouns")


def after_kind_noun(n: Named, sent: Sentence) -> Named:
    """`n` starting after the last kind noun inside it, when the core left is proper."""
    if n.label != "Company" or not n.head:
        return n
    core_end = n.end - len(n.head)
    cut = None
    for s, e, w in sent.tokens:
        if n.start <= s and e < core_end and w.endswith(KIND_NOUNS):
            cut = e
    if cut is None:
        return n
    core = sent.article[cut:core_end]
    if len(core) < 2 or not is_proper(core, replace(n, start=cut, surface=sent.article[cut:n.end])):
        return n
    return replace(n, start=cut, surface=sent.article[cut:n.end], aliases=set(n.aliases))
