"""Posts the article dates long before its own day: 1931年起，某某任某省委常委，后任
省委书记 in an article about a martyr is history, not a current post. A post whose
sentence states, before the title, a year at least HISTORY_YEARS before the article's
(or opens with 同年, 次年 … after a paragraph that stated one) is a former one, unless the
sentence keeps it present (至今, 以来, 现任 …)."""
from __future__ import annotations

import re

from ..text.vocabulary import alternation, table, words

HISTORY_YEARS = 20
YEAR_UNITS = words("careers/year_unit")
DIGITS = {char: value for char, (value,) in table("careers/year_digits").items()}
YEAR = re.compile(rf"(1[89]\d\d|20\d\d|[{''.join(DIGITS)}]{{4}})(?:{alternation(YEAR_UNITS)})")
STILL = words("careers/still_markers")
RELATIVE_OPENERS = words("careers/relative_year_openers")


def stated_long_ago(state, sent, pos: int) -> bool:
    """Whether the sentence `sent` dates what is written at `pos` (a post's title) to a
    year at least HISTORY_YEARS before the article's, and nothing keeps it present."""
    if state.year is None:
        return False
    year = _last_year(state.text, sent.start, pos)
    if year is None and sent.text.lstrip().startswith(RELATIVE_OPENERS):
        year = _last_year(state.text, state.text.rfind("\n", 0, sent.start) + 1, sent.start)
    if year is None or state.year - year < HISTORY_YEARS:
        return False
    return not any(w in sent.text for w in STILL)


def _last_year(text: str, lo: int, hi: int) -> int | None:
    last = None
    for last in YEAR.finditer(text, lo, hi):
        pass
    if last is None:
        return None
    digits = "".join(DIGITS.get(c, c) for c in last.group(1))
    return int(digits) if 1800 <= int(digits) <= 2099 else None
