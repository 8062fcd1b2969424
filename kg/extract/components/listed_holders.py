"""A title followed by a 、-list of names: every name of the list holds the title's posts
(全国政协副主席某某、某某、某某出席; 省委常委某某、某某陪同). The list stops at an item
that is no person already read (副市长某某: a title of its own)."""
from __future__ import annotations

from ..driver import component
from ..holders import hold
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
            name = _person_at(state, q + 1)
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
