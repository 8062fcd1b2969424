"""Résumés (某某同志简历): a head line 某某，男，汉族，1955年3月生 names the subject; each
following line 1984－1987年 安徽省体委副主任、党组副书记 gives their posts over those
years (former where the range is closed, current where it is open: 2017－ …), and 现任…
their present ones."""
from __future__ import annotations

import re

from ...model import Ref
from ..driver import component
from ..holders import add_person, hold
from ..persons import plausible
from ..posts import posts_after
from ..spans import Sentence
from ...text.script import HAN
from ...text.vocabulary import alternation, chars, words

SEXES = words("careers/resume_sexes")
CURRENT = words("careers/resume_current")
# A year range opening a résumé line: 1984－1987年, 1997.03－1997.05, 2017－ (open).
_YEAR = r"((?:19|20)\d\d)(?:[.．]\d{1,2})?"
SPAN = re.compile(rf"{_YEAR}\s*[{re.escape(chars('careers/range_marks'))}]+\s*(?:{_YEAR})?\s*"
                  rf"(?:{alternation(words('careers/year_unit'))})?\s*")
HEAD = re.compile(rf"([{HAN}·]{{2,8}})[，,](?:{alternation(SEXES)})[，,]")


@component("resume_subject", scope="sentence", reads=("sentence.tokens", "places", "people"),
           writes=("people", "resume", "graph.Post", "graph.HOLDS", "graph.OF"))
def resume_subject(state, sent: Sentence) -> None:
    """某某，男，…: the subject of a résumé, and its posts line by line after it."""
    m = HEAD.match(sent.text)
    if m is not None and plausible(m.group(1)):
        state.resume = m.group(1)
        add_person(state, state.resume, sent.start)
        return
    if state.resume is None:
        return
    text = sent.text
    span = SPAN.match(text)
    if span is not None:
        status = "former" if span.group(2) else "current"
        dates = {"start": span.group(1), **({"end": span.group(2)} if span.group(2) else {})}
        _posts(state, sent, sent.start + span.end(), status, dates)
        return
    cur = next((w for w in CURRENT if text.startswith(w)), None)
    if cur is not None:
        _posts(state, sent, sent.start + len(cur), "current", {})


def _posts(state, sent: Sentence, q: int, status: str, dates: dict) -> None:
    """The posts written from `q` on, groups of 、-lists separated by commas."""
    text = state.text
    while q < sent.end:
        items, end = posts_after(sent, q, status)
        for item in items:
            post = hold(state, state.resume, item, sent, dates)
            if post is not None and status == "current":  # held to this day: no end
                rel = state.reg.relations[("HOLDS", Ref("Person", state.resume), post)]
                rel.props["status"] = "current"
                rel.props.pop("end", None)
        if not items or end >= sent.end or text[end] not in "，,、":
            return
        q = end + 1
