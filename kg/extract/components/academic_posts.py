"""Academic titles as posts of the school written right before them (某大学教授某某,
全国人大代表、某学院副教授某某): the name, read by another anchor, holds the title of that
school or institute (posts/academic_titles, posts/academic_heads). A title with no such
body before it (教授某某, 主任医师、教授某某) gives no post."""
from __future__ import annotations

from ...text.vocabulary import words
from ..driver import component
from ..holders import hold
from ..lexicon import automaton
from ..posts import FORMER_PREFIXES, PostItem, body, former_before
from ..spans import Sentence, scan_start
from .foreign_leaders import DOTS

ACADEMIC_TITLES = words("posts/academic_titles")
ACADEMIC_HEADS = tuple(words("posts/academic_heads"))
TITLE_AC = automaton(ACADEMIC_TITLES)


@component("academic_posts", scope="sentence", reads=("sentence.tokens", "places", "people"),
           writes=("graph.Post", "graph.HOLDS", "graph.OF"))
def academic_posts(state, sent: Sentence) -> None:
    text = state.text
    for end, title in TITLE_AC.iter(sent.text):
        q = sent.start + end + 1
        ts = q - len(title)
        if ts > sent.start and text[ts - 1] == title[0]:
            continue  # 副教授 is read whole, not as 教授
        name = next((nm for nm in state.people if text.startswith(nm, q)), None)
        if name is None:
            continue
        b = scan_start(sent, ts)
        if b >= ts or not text[b:ts].endswith(ACADEMIC_HEADS) or text[b] in FORMER_PREFIXES \
                or b > sent.start and text[b - 1] in DOTS:
            continue  # (原|理工大学: a school since renamed; 约翰·|霍普金斯大学: the name is cut)
        org = body(sent, b, ts, title)
        if org is None or org.generic or org.label != "Organization":
            continue
        status = "former" if former_before(text, b, sent.start) else "current"
        hold(state, name, PostItem(title, org, status, ts, False), sent)
