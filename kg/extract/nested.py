"""The parent a local body's name opens with: a government body written with its place
and followed by one of its units (某市公安局指挥中心, 某省水利厅某某管理局, 某区税务局第一
税务所). The text names the parent too, so it is a body of its own."""
from __future__ import annotations

from ..text.segmenter import segmenter
from ..text.vocabulary import chars, word_set
from .lexicon import lexicon
from .orgs import LEVEL_SET, Named, label_of

PARENT_HEADS = word_set("bodies/parent_heads")
# Heads that name a body with its place alone (某市中级人民法院|执行局, 某县人民政府|某某办):
# no core between place and head is needed.
PLACE_NAMED_PARENTS = word_set("bodies/place_named_parents")
UNSPECIFIC = word_set("bodies/unspecific_words")  # 有关, 各级: no one body
MIN_CORE = 2   # characters of the parent's own name between its place and head (公安)
MIN_UNIT = 2   # characters of the unit after the parent (分局, 指挥中心)
NOT_UNIT_OPENERS = tuple(chars("bodies/not_unit_openers"))  # 某厅党组, 某局原局长: no unit
LIST_MARKS = chars("bodies/list_marks")  # 某市交通委和公安局…: two bodies, no one parent


def parent_body(n: Named, text: str) -> Named | None:
    """The parent body `n`'s name opens with, or None."""
    p = n.place
    if n.label != "Organization" or p is None or n.former or not (n.start <= p.start and p.end < n.end):
        return None
    core = text[p.end:n.end]
    if not n.name.endswith(core):
        return None
    heads = PARENT_HEADS
    for k in range(len(core) - MIN_UNIT, MIN_CORE, -1):
        head = next((h for h in sorted(heads, key=len, reverse=True) if core.endswith(h, 0, k)), None)
        if head is None or k - len(head) < MIN_CORE and not (k == len(head) and head in PLACE_NAMED_PARENTS):
            continue
        unit = core[k:]
        if unit.startswith(NOT_UNIT_OPENERS) or unit in lexicon().suffixes:
            return None  # 某局党组; 某市政府办公室 names its office, a bare head
        if k > len(head) and unspecific(core[:k - len(head)]) or any(c in LIST_MARKS for c in core[:k]):
            return None
        suffix = next((head[i:] for i in range(len(head)) if head[i:] in lexicon().suffixes), head)
        label, kind = label_of(suffix, core[:k])  # 中级人民法院: a court (人民法院)
        name = n.name[:len(n.name) - len(core) + k]
        return Named(n.start, p.end + k, text[n.start:p.end + k], label, kind, head, name=name,
                     place=p, relative=n.relative)
    return None


def unspecific(core: str) -> bool:
    """Whether a body's core (its name between place and head) names no one body: empty, a
    grade (省级, 两级) or only words such as 有关, 各级. Narrower than `orgs.generic_core`,
    which also refuses field words (教育, 水利) that name a department."""
    if not core or LEVEL_SET.search(core):
        return True
    return all(w in UNSPECIFIC for w in segmenter().dictionary_words(core))
