"""Mentions of task forces refused once the article is read, beside `kg.extract.refuse`
and `kg.extract.refuse_unowned`: a team counted right after its name (组建某某服务队
800多支: teams of a kind), the last of modifiers listed before one shared head (甲、乙产业
工作专班: neither is a team named so), a name that starts inside a quoted one (“为某
服务队” read from its second character), and one cut after a dash (中国—某某工作组)."""
from __future__ import annotations

import re

from ..text.script import is_han
from ..text.vocabulary import chars
from .lexicon import ESTABLISH_VERBS
from .refuse_kinds import clause_start

_NUMERALS = chars("common/numerals")
_QUANTITY = chars("common/quantity_words")
# A number and a counter of teams after a task force (not of people or batches)
TEAM_COUNT_AFTER = re.compile(rf"[\d{_NUMERALS}]+[{_QUANTITY}]?[{chars('refuse/team_counters_after')}]")
HEAD_ENDS = chars("refuse/head_ends")
OPENING_QUOTES = "“‘「"
CLOSING_QUOTES = "”’」"
DASHES = "-－—"
MODIFIER_CHARS = 6  # the longest modifier before 、 read as sharing the head


def refused_team_mention(form: str, k: int, text: str) -> bool:
    """Whether the task force written as `form` at `k` is no team of its own there."""
    return counted_after(form, k, text) or listed_modifier(text, k) or inside_quote(form, k, text) \
        or after_dash(text, k)


def after_dash(text: str, k: int) -> bool:
    """A task force written right after a dash that joins it to the side before (中国—某地区
    某某工作组): a body of both sides, cut from its name."""
    return k > 0 and text[k - 1] in DASHES


def counted_after(form: str, k: int, text: str) -> bool:
    """A count of teams right after the name (组建农机服务队800多支): a kind of team set
    up many times, not one body."""
    return TEAM_COUNT_AFTER.match(text, k + len(form)) is not None


def listed_modifier(text: str, k: int) -> bool:
    """A task force written after 、 and a short modifier that a verb of setting up
    brings in, with no body's or team's head (成立甲、乙产业工作专班): the last of
    modifiers that share its head, not a team named so."""
    if k < 2 or text[k - 1] != "、" or not is_han(text[k - 2]) or text[k - 2] in HEAD_ENDS:
        return False
    lo = clause_start(text, k)
    at = max((text.rfind(v, lo, k - 1) + len(v) for v in ESTABLISH_VERBS if text.rfind(v, lo, k - 1) >= 0),
             default=-1)
    return at >= 0 and 0 < k - 1 - at <= MODIFIER_CHARS and all(is_han(c) for c in text[at:k - 1])



def inside_quote(form: str, k: int, text: str) -> bool:
    """The name starts inside a quoted name of its clause and ends where it closes (“为农
    服务队” read as 农服务队): an opening quote before it, not closed and not right before
    it (not a quoted speech, which goes on after the name)."""
    end = k + len(form)
    if form[-1:] in CLOSING_QUOTES or end >= len(text) or text[end] not in CLOSING_QUOTES:
        return False
    lo = clause_start(text, k)
    opened = max(text.rfind(q, lo, k) for q in OPENING_QUOTES)
    closed = max(text.rfind(q, lo, k) for q in CLOSING_QUOTES)
    return opened > closed and opened < k - 1
