"""A task force whose whole name is quoted (某县组成“某某作战突击队”, 以“某某理论宣讲团”为
载体): the name starts at the opening quote, though the backward scan of `orgs.find_named`
stops earlier inside it (at a verb such as 作战, or at a list mark between numbers);
not a figure of speech with a possessive inside (“不走的某某工作队”)."""
from __future__ import annotations

from .lexicon import POSSESSIVE
from .spans import CLOSE_QUOTES, OPEN_QUOTES, Sentence

CLAUSE_MARKS = "。，；：！？,;:!?…"
MAX_QUOTED = 16  # characters of a quoted team's name


def quoted_team_start(sent: Sentence, b: int, e: int) -> int:
    """Where the task force ending at `e` and read from `b` starts: the opening quote when
    its head closes a quote opened before `b` in the same clause, else `b`."""
    text = sent.article
    if e >= sent.end or text[e] not in CLOSE_QUOTES:
        return b
    lo = max(sent.start, e - MAX_QUOTED - 1)
    j = max(text.rfind(q, lo, b) for q in OPEN_QUOTES if q != '"')
    if j < 0 or any(c in CLAUSE_MARKS or c in CLOSE_QUOTES for c in text[j + 1:e]) \
            or POSSESSIVE in text[j + 1:e]:
        return b  # (“不走的某某工作队”: a figure of speech, no team's name)
    return j
