"""A renewal project named by the quarter it rebuilds (东郊|危旧房改造项目, 城北|棚户区改造
项目): a word of place (jieba's tag s) before a kind of renewal names one project, though
the word is common. Kinds are data (kg/data/vocab/programs/renewal_kinds)."""
from __future__ import annotations

from ..text.segmenter import segmenter
from ..text.vocabulary import words
from .tokens import tag

RENEWAL_KINDS = tuple(words("programs/renewal_kinds"))
QUARTER_TAGS = ("s",)


def located_renewal(core: str) -> bool:
    """`core` (a project's name before its head) is one word of place and a kind of renewal."""
    kind = next((k for k in RENEWAL_KINDS if core.endswith(k)), None)
    if kind is None:
        return False
    quarter = segmenter().dictionary_words(core[: len(core) - len(kind)])
    return len(quarter) == 1 and len(quarter[0]) >= 2 and tag(quarter[0]) in QUARTER_TAGS
