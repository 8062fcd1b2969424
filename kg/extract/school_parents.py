"""The university a unit's name opens with: 某某大学某某学院, 某某大学附属医院, 某某大学某某
研究院 name the university too, as `nested.parent_body` does for a local body written with
its place (某市公安局指挥中心) and `components.parent_companies` for a company. The
university's own party organs (某某大学党委) are no unit of it (`nested.NOT_UNIT_OPENERS`)."""
from __future__ import annotations

from ..text.vocabulary import words
from .lexicon import lexicon
from .nested import NOT_UNIT_OPENERS
from .orgs import Named, generic_core, label_of
from .spans import Sentence

SCHOOL_HEADS = words("bodies/school_parent_heads")  # 大学
MIN_CORE = 2  # characters of the school's name before its head (中山|大学)
MIN_UNIT = 2  # characters of the unit after the school (某某学院, 附属医院)


def school_parent(n: Named, sent: Sentence) -> Named | None:
    """The university `n`'s name opens with, when a unit of it follows (None otherwise):
    the head ends a jieba word (not 大学|生), at least MIN_CORE characters of no generic
    phrase before it, and at least MIN_UNIT characters of unit after it that are no bare
    head of their own (某某大学办公室 is the school's office, named by its head)."""
    if n.label != "Organization" or n.generic or n.former:
        return None
    text = sent.article
    surface = text[n.start:n.end]
    for head in SCHOOL_HEADS:
        k = surface.find(head, MIN_CORE)
        if k < 0:
            continue
        end = n.start + k + len(head)
        unit = text[end:n.end]
        if len(unit) < MIN_UNIT or unit.startswith(NOT_UNIT_OPENERS) or unit in lexicon().suffixes \
                or not n.name.endswith(unit) or generic_core(surface[:k]):
            return None
        tok = sent.token_at(end - 1)
        if tok is None or tok[1] != end:
            return None  # 大学|生, 大学|城: the head inside a longer word
        label, kind = label_of(head)
        return Named(n.start, end, text[n.start:end], label, kind, head,
                     name=n.name[:len(n.name) - len(unit)], place=n.place, relative=n.relative)
    return None
