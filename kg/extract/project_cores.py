"""Projects read as generic by their words that name one project all the same: a name the
segmenter split after a rare adjective (丰达|坪灌区…项目), and a renewal project named by the
quarter it rebuilds (东郊|危旧房改造项目, 城北|棚户区改造项目: a word of place, jieba's tag s,
before a kind of renewal). Kinds are data (kg/data/vocab/programs/renewal_kinds)."""
from __future__ import annotations

from ..text.segmenter import segmenter
from ..text.vocabulary import words
from .orgs import Named
from .refuse_campaigns import split_name
from .tokens import tag

RENEWAL_KINDS = tuple(words("programs/renewal_kinds"))
QUARTER_TAGS = ("s",)


def named_core(n: Named) -> Named:
    """`n` no longer generic when it is an unplaced, unquoted Project whose core is a split
    name or a quarter before a kind of renewal."""
    if n.label != "Project" or not n.generic or n.place is not None or n.relative or "“" in n.surface:
        return n
    core = n.surface[: len(n.surface) - len(n.head)]
    toks = segmenter().dictionary_words(core)
    if toks and (split_name(toks) or located_renewal(core)):
        n.generic = False
    return n


def located_renewal(core: str) -> bool:
    """`core` (a project's name before its head) is one word of place and a kind of renewal."""
    kind = next((k for k in RENEWAL_KINDS if core.endswith(k)), None)
    if kind is None:
        return False
    quarter = segmenter().dictionary_words(core[: len(core) - len(kind)])
    return len(quarter) == 1 and len(quarter[0]) >= 2 and tag(quarter[0]) in QUARTER_TAGS
