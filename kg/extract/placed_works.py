"""Works named after their place (某县|某某灌区, 某市某区|某某新家园): the name starts after the
place chain that opens it, the placed form is an alias, and the places stay places of their
own; no name when its core is counted, sized, of a kind or a position. A hospital's campus
(某某医院|某地院区) is a work only after the body that builds it. Heads are data
(kg/data/vocab/programs/placed_work_heads, unknown_name_heads, owned_work_heads)."""
from __future__ import annotations

import re

from ..text.segmenter import segmenter
from ..text.vocabulary import alternation, word_set, words
from .orgs import Named, head_at, label_of, resolve
from .spans import Sentence
from .tokens import freq, tag

PLACED_WORK_HEADS = word_set("programs/placed_work_heads")
# Heads that are also words of wishes (美好家园, 共同家园): the name before them is one the
# segmenter does not know or split into single characters (某|某新家园).
UNKNOWN_NAME_HEADS = word_set("programs/unknown_name_heads")
MIN_CORE = 2  # characters of the work's own name before its head
COUNT_TAGS = ("m",)  # jieba's numerals (六大, 两个)
KIND_TAGS = ("b",)  # jieba's words of kind (大中型, 大型)
POSITION_TAGS = ("f",)  # jieba's words of position (下游, 沿线)
OWNED_WORK_HEADS = word_set("programs/owned_work_heads")  # 院区: a campus of the body before it
KIND_OF_WORKS = words("programs/works_head")  # 工程: 重点水利工程某某水库 names the kind, then the work
# A number that numbers the work (某某2号水库), read as part of its name.
NAME_NUMBER = re.compile(rf"\d+(?:{alternation(words('programs/name_number_marks'))})")


def after_place(n: Named, sent: Sentence) -> Named:
    """`n` without the places its name opens with, when it is a work of PLACED_WORK_HEADS
    and at least MIN_CORE characters of its own name are left before the head."""
    if n.label != "Project" or n.head not in PLACED_WORK_HEADS:
        return n
    k, stop = n.start, n.end - len(n.head)
    while (m := sent.ctx.starting(k)) is not None and m.end <= stop - MIN_CORE:
        k = m.end
    for w in KIND_OF_WORKS:  # 重大水利工程|某某水库: the name follows the kind of works it is
        at = sent.article.rfind(w, k, stop - MIN_CORE)
        k = at + len(w) if at >= 0 else k
    core = sent.article[k:stop]
    if n.head in UNKNOWN_NAME_HEADS and not _unknown_name(core) or _kind_core(core):
        n.generic = True  # 美好幸福家园: a wish; 6大灌区, 利用大中型灌区, 某某下游灌区: no name
        return n
    if k == n.start:
        return n
    n.aliases.add(n.name)
    n.start, n.surface = k, sent.article[k:n.end]
    n.name = n.surface
    return n


def _unknown_name(core: str) -> bool:
    """`core` is a name the segmenter does not know, or split into single characters."""
    toks = segmenter().dictionary_words(core)
    return len(core) >= MIN_CORE and (not freq(core) and len(toks) == 1 or all(len(w) == 1 for w in toks))


def _kind_core(core: str) -> bool:
    """`core` names works of a kind or where they lie, not one: a count or a size in it
    (6大, 16.4万亩), a word of kind last (大中型, 大型), or a word of position in it
    (某某下游, 沿线). A number that numbers the work (某某2号) is part of its name."""
    if not core or any(c.isdigit() for c in NAME_NUMBER.sub("", core)):
        return True
    toks = segmenter().dictionary_words(core)
    if len(toks[0]) >= 2 and tag(toks[0]) in COUNT_TAGS:
        return True  # 六大灌区 (not 万|长…: one character of a name)
    return tag(toks[-1]) in KIND_TAGS or any(len(w) >= 2 and tag(w) in POSITION_TAGS for w in toks)


def owner_body(n: Named, sent: Sentence) -> Named | None:
    """The body a work of OWNED_WORK_HEADS opens with (某某医院|某地院区: the hospital's
    campus there), resolved; None when there is none, and then the work names no one
    campus. A body too bare to be named on its own is marked generic."""
    stop = n.end - len(n.head)
    for j in range(stop - MIN_CORE, n.start + 1, -1):
        head = head_at(sent, j)
        if head is None or j - len(head) <= n.start:
            continue
        label, kind = label_of(head)
        if label == "Organization":
            return resolve(Named(n.start, j, sent.article[n.start:j], label, kind, head), sent)
    return None
