"""A body's name read back over the person an appointment or removal notice names right
before the body (免去某某第某届某委员会副主任职务, 撤销某某、某某第某届全国政协委员资格,
任命某某某省某局局长): the person is the verb's object, the body starts after the name."""
from __future__ import annotations

from ..text.vocabulary import words
from .orgs import Named, resolve
from .persons import name_after
from .spans import Sentence

NOTICE_VERBS = tuple(words("careers/removal_verbs") + words("careers/appointment_verbs"))
BODY_OPENERS = tuple(words("careers/notice_body_openers"))
LIST_MARK = "、"
NAME_LENGTHS = (2, 3, 4)  # characters of a name listed before (某某、某某某)
MAX_LISTED = 30  # names of one notice's list
MIN_BODY = 2  # characters left of the body once the name is cut


def after_notice_name(n: Named, sent: Sentence) -> Named:
    """`n` started after the name it opens with, where a notice's verb (or its 、-list of
    names) stands right before `n`; `n` as found otherwise."""
    text = sent.article
    if not _names_since_verb(text, n.start, sent.start):
        return n
    name = notice_name(text, n.start, n.end, text.count)
    if not name or n.end - n.start - len(name) < MIN_BODY:
        return n
    a = n.start + len(name)
    return resolve(Named(a, n.end, text[a:n.end], n.label, n.kind, n.head), sent)


def _names_since_verb(text: str, p: int, lo: int) -> bool:
    """Whether a notice's verb ends at `p`, or a 、-list of names that follows one does."""
    for _ in range(MAX_LISTED):
        if text.endswith(NOTICE_VERBS, lo, p):
            return True
        if p - 1 < lo or text[p - 1] != LIST_MARK:
            return False
        p = next((j for j in (p - 1 - k for k in NAME_LENGTHS) if j > lo and _listed_name(text, j, p - 1, lo)),
                 None)
        if p is None:
            return False
    return False


def _listed_name(text: str, a: int, z: int, lo: int) -> bool:
    """Whether [a, z) is a name of a notice's list: a verb or a 、 before it."""
    return (text[a - 1] == LIST_MARK or text.endswith(NOTICE_VERBS, lo, a)) \
        and notice_name(text, a, z, text.count) == text[a:z]


def notice_name(text: str, p: int, hi: int, counts) -> str | None:
    """The name a notice writes at `p` (before `hi`): as `name_after` reads it, but two
    characters where the third opens the body written after it (某某|政协第某届全国委员会)."""
    name = name_after(text, p, hi, counts)
    if name and len(name) == 3 and text.startswith(BODY_OPENERS, p + 2):
        return name[:2]
    return name
