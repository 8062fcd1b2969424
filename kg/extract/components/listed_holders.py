"""A title followed by a 、-list of names: every name of the list holds the title's posts
(全国政协副主席某某、某某、某某出席; 省委常委某某、某某陪同). The list stops at an item
that is no person already read (副市长某某: a title of its own), unless it is the list's
last item and reads as a name ending its clause (国务院副总理某某、某某，国务委员…): a
surname and one or two characters that jieba tags as a name or does not know."""
from __future__ import annotations

from ..driver import component
from ..holders import add_person, hold
from ..persons import AFTER_NAME
from ..tokens import freq, tag
from .listed_people import name_like
from ..posts import posts_before
from ..spans import Sentence

LIST_MARK = "、"
MAX_NAME = 12  # characters of a name (with middle dots) before the list's mark


@component("holders_in_lists", scope="sentence",
           reads=("sentence.tokens", "places", "people", "sentence.body_spans"),
           writes=("graph.Post", "graph.HOLDS", "graph.OF", "graph.MEMBER_OF"))
def listed_holders(state, sent: Sentence) -> None:
    if LIST_MARK not in sent.text or not state.people:
        return
    text = state.text
    for p in sorted(sent.titles_end):
        if text.find(LIST_MARK, p + 1, p + MAX_NAME + 1) < 0:
            continue  # no list right after the title: the common case, at C speed
        first = _person_at(state, p)
        if first is None or sent.title_before(p) is None:
            continue
        q = p + len(first)
        names = [first]
        while q < sent.end and text[q] == LIST_MARK:
            name = _person_at(state, q + 1) or _last_name_at(state, sent, q + 1)
            if name is None:
                break
            names.append(name)
            q += 1 + len(name)
        if len(names) < 2:
            continue
        items = posts_before(sent, p)
        for name in names:  # the first too: a name read after the list's others (某某等)
            for item in items:
                hold(state, name, item, sent)


def _person_at(state, pos: int) -> str | None:
    """The longest person already read whose name is written at `pos`."""
    text = state.text
    return max((nm for nm in state.people if text.startswith(nm, pos)), key=len, default=None)


CLAUSE_END = "，。；,;"
NAME_TAGS = ("nr", "nrfg", "nrt")


def _last_name_at(state, sent, s: int) -> str | None:
    """A name of two or three characters at `s` closing a titled list: followed by the
    clause's end or a follower of names, jieba reading it as one name or not knowing it."""
    text = state.text
    for n in (3, 2):
        e = s + n
        if e > sent.end or not (e == sent.end or text[e] in CLAUSE_END or text.startswith(AFTER_NAME, e)):
            continue
        name = text[s:e]
        tok = sent.token_at(s)
        if tok is None or tok[0] != s or tok[1] != e and (tok[1] < e or freq(name)):
            continue  # the name is not a token (or a word jieba knows runs over it)
        if name_like(state, s, e) and (tag(name) in NAME_TAGS or not freq(name)):
            add_person(state, name, s)
            return name if name in state.people else None
    return None
