"""Résumés (某某同志简历): a head line 某某，男，汉族，1955年3月生 names the subject; each
following line 1984－1987年 安徽省体委副主任、党组副书记 gives their posts over those
years (former where the range is closed, current where it is open: 2017－ …), and 现任…
their present ones. Past posts run after 历任, 曾任, 先后任 (former), opening a sentence
or a clause of the head's sentence (某某，男，…，1984年参加工作，历任…、…；现任…)."""
from __future__ import annotations

import re

from ...model import Ref
from ..driver import component
from ..holders import add_person, hold
from ..occupations import occupation_post
from ..persons import plausible
from ..posts import posts_after
from ..spans import Sentence
from ...text.script import HAN
from ...text.vocabulary import alternation, chars, table, words

SEXES = words("careers/resume_sexes")
CURRENT = words("careers/resume_current")
FORMER = words("careers/resume_former")
LATER = words("careers/resume_later")
FROM = words("careers/resume_from")
COMRADE = table("careers/notice_words")["comrade"][0]  # 某某同志，男，…: the name ends before it
CLAUSE_OPENERS = "，,"
RUN_INITIALS = frozenset(w[0] for w in CURRENT + FORMER + LATER + FROM) | frozenset("12")
RUN_WORDS = re.compile(alternation(CURRENT + FORMER + LATER + FROM))
# The date that may open a later run (2015年起任, 2015年3月后任).
DATED = re.compile(rf"(?:19|20)\d\d(?:{alternation(words('careers/year_unit'))})"
                   rf"(?:\d{{1,2}}(?:{alternation(words('careers/month_unit'))}))?")
# A year range opening a résumé line: 1984－1987年, 1997.03－1997.05, 2017－ (open).
_YEAR = r"((?:19|20)\d\d)(?:[.．]\d{1,2})?"
SPAN = re.compile(rf"{_YEAR}\s*[{re.escape(chars('careers/range_marks'))}]+\s*(?:{_YEAR})?\s*"
                  rf"(?:{alternation(words('careers/year_unit'))})?\s*")
# The terms opening a line of central committee memberships (第十六届中央候补委员，十七届、
# 十八届中央委员): ordinals of terms, joined by 、.
_TERM = (rf"{alternation(words('common/ordinal_prefixes'))}?[{re.escape(chars('common/numerals'))}]+"
         rf"(?:{alternation(words('common/ordinal_words'))})")
TERMS = re.compile(rf"{_TERM}(?:、{_TERM})*")
HEAD = re.compile(rf"([{HAN}·]{{2,8}})[，,](?:{alternation(SEXES)})[，,]")


@component("resume_subject", scope="sentence", reads=("sentence.tokens", "places", "people"),
           writes=("people", "resume", "graph.Post", "graph.HOLDS", "graph.OF"))
def resume_subject(state, sent: Sentence) -> None:
    """某某，男，…: the subject of a résumé, and its posts line by line after it."""
    m = HEAD.match(sent.text)
    name = m.group(1).removesuffix(COMRADE) if m is not None else ""
    if m is not None and plausible(name):
        state.resume = name
        add_person(state, state.resume, sent.start)
        _runs_in_clauses(state, sent, sent.start + m.end(), state.resume)
        return
    if state.resume is None:
        if RUN_WORDS.search(sent.text) is None:
            return  # (the common case: no run of past posts in the sentence)
        subject = _opening_person(state, sent)
        if subject is not None:
            _runs_in_clauses(state, sent, sent.start + len(subject), subject)
        elif _opens_run(state.text, sent.start):
            subject = _previous_subject(state, sent.start)
            if subject is not None:
                _run_at(state, sent, sent.start, subject)
                _runs_in_clauses(state, sent, sent.start, subject)
        return
    text = sent.text
    span = SPAN.match(text)
    if span is not None:
        status = "former" if span.group(2) else "current"
        dates = {"start": span.group(1), **({"end": span.group(2)} if span.group(2) else {})}
        _posts(state, sent, sent.start + span.end(), status, dates)
        return
    if not _run_at(state, sent, sent.start, state.resume) and TERMS.match(text):
        _terms(state, sent)


NUMERALS = {char: int(value) for char, (value,) in table("common/numeral_values").items()}
TENS = 10


def _term_number(term: str) -> int:
    """The number of a term written in Chinese numerals up to 99 (第十六届 → 16)."""
    n, digit = 0, 0
    for c in term:
        v = NUMERALS.get(c)
        if v == TENS:
            n, digit = n + (digit or 1) * TENS, 0
        elif v is not None:
            digit = v
    return n + digit


def _terms(state, sent: Sentence) -> None:
    """A line of memberships by term (第十六届中央候补委员，十七届、十八届中央委员): each
    clause's posts after its terms, current in the line's latest term, else former."""
    text = state.text
    latest = max(_term_number(t) for t in re.findall(_TERM, text[sent.start:sent.end]))
    q = sent.start
    while q < sent.end:
        m = TERMS.match(text, q, sent.end)
        if m is None:
            return
        last = max(_term_number(t) for t in re.findall(_TERM, m.group()))
        items, end = posts_after(sent, m.end(), "current" if last == latest else "former")
        for item in items:
            hold(state, state.resume, item, sent)
        if not items or end >= sent.end or text[end] not in CLAUSE_OPENERS:
            return
        q = end + 1


def _opening_person(state, sent: Sentence) -> str | None:
    """A person already read whose name (with 同志 or not) opens the sentence, followed by
    a comma or a year (某某同志1949年参加工作，历任…): the subject of its clauses."""
    text = state.text
    name = max((nm for nm in state.people if text.startswith(nm, sent.start)), key=len, default=None)
    if name is None:
        return None
    q = sent.start + len(name)
    q += len(COMRADE) if text.startswith(COMRADE, q) else 0
    return name if q < sent.end and (text[q] in CLAUSE_OPENERS or text[q].isdigit()) else None


SENTENCE_ENDS = "。！？!?；;\n"


def _opens_run(text: str, q: int) -> bool:
    """Whether a run of posts, or a date (of a run in its clauses), opens the text at `q`."""
    return text[q] in RUN_INITIALS and (DATED.match(text, q) is not None
                                        or RUN_WORDS.match(text, q) is not None)


def _previous_subject(state, start: int, back: int = 3) -> str | None:
    """The person opening the sentence before the one at `start` (某某，1905年生于…。曾任…):
    a sentence of posts that names no one continues its subject, also over up to `back`
    sentences that themselves open with a date or a run (…。1970年参加工作。后任…)."""
    text = state.text
    e = start
    while e > 0 and text[e - 1].isspace():
        e -= 1
    if e == 0 or text[e - 1] not in SENTENCE_ENDS:
        return None
    b = max(text.rfind(c, 0, e - 1) for c in SENTENCE_ENDS) + 1
    while b < e and text[b].isspace():
        b += 1
    name = max((nm for nm in state.people if text.startswith(nm, b)), key=len, default=None)
    if name is None:
        return _previous_subject(state, b, back - 1) if back > 1 and _opens_run(text, b) else None
    q = b + len(name)
    q += len(COMRADE) if text.startswith(COMRADE, q) else 0
    return name if q < e and (text[q] in CLAUSE_OPENERS or text[q].isdigit()) else None


def _run_at(state, sent: Sentence, q: int, name: str) -> bool:
    """The posts after a word of present (现任) or past (历任, 后任) posts written at `q`, or
    of posts from a date on (2015年起任)."""
    text = state.text
    dated = DATED.match(text, q, sent.end)
    for opener, status in ((CURRENT, "current"), (FORMER, "former"), (LATER, "former"),
                           (FROM, "from")):
        if dated is not None and opener is not LATER and opener is not FROM:
            continue
        at = dated.end() if dated is not None else q
        w = next((w for w in opener if text.startswith(w, at)), None)
        if w is not None:
            _posts(state, sent, at + len(w), status, {}, name)
            return True
    return False


def _runs_in_clauses(state, sent: Sentence, q: int, name: str) -> None:
    """The subject's sentence read on: a clause opening with 现任 or 历任 gives its posts."""
    text = state.text
    for k in range(q, sent.end - 1):
        if text[k] in CLAUSE_OPENERS and text[k + 1] in RUN_INITIALS:
            _run_at(state, sent, k + 1, name)


def _posts(state, sent: Sentence, q: int, status: str, dates: dict, name: str | None = None) -> None:
    """The posts written from `q` on, groups of 、-lists separated by commas; `status`
    "from" (2015年起任…): current, unless hold finds the year long past."""
    text = state.text
    name = name or state.resume
    while q < sent.end:
        items, end = posts_after(sent, q, "current" if status == "from" else status, joined=True)
        if not items:  # 1972－1976年 某食品厂工人、…: an occupation at a body
            job, end = occupation_post(sent, q, "current" if status == "from" else status)
            items = [job] if job is not None else []
        for item in items:
            post = hold(state, name, item, sent, dates)
            if post is not None and status == "current":  # held to this day: no end
                rel = state.reg.relations[("HOLDS", Ref("Person", name), post)]
                rel.props["status"] = "current"
                rel.props.pop("end", None)
        if not items or end >= sent.end or text[end] not in "，,、":
            return
        q = end + 1
