"""Posts the article dates long before its own day: 1931年起，某某任某省委常委，后任
省委书记 in an article about a martyr is history, not a current post. A post
whose sentence states, before the title, a year at least HISTORY_YEARS before the
article's is a former one, unless the sentence keeps it present (至今, 以来, 现任 …)."""
from __future__ import annotations

import re

from ..text.vocabulary import alternation, words

HISTORY_YEARS = 20
YEAR_UNITS = words("careers/year_unit")
YEAR = re.compile(rf"(1[89]\d\d|20\d\d)(?:{alternation(YEAR_UNITS)})")
STILL = words("careers/still_markers")


def stated_long_ago(state, sent, pos: int) -> bool:
    """Whether the sentence `sent` dates what is written at `pos` (a post's title) to a
    year at least HISTORY_YEARS before the article's, and nothing keeps it present."""
    if state.year is None:
        return False
    years = [int(m.group(1)) for m in YEAR.finditer(state.text, sent.start, pos)]
    if not years or state.year - years[-1] < HISTORY_YEARS:
        return False
    return not any(w in sent.text for w in STILL)
