"""One-off and festive events named like a campaign (某某快闪活动, 某某入列活动, 某某周年
系列活动, 世界某某日宣传活动): what happens on the day, a show, a ceremony, an anniversary,
a named day, written right before 活动 with only modifiers between (系列, 主题, 公益 …). A
campaign of activities run over time keeps its name (某某进万家活动, 某某学习宣传活动,
某某主题党日活动). Words are data (kg/data/vocab/refuse/event_cores, event_modifiers,
campaign_days, program_kind_marks)."""
from __future__ import annotations

import re

from ..text.vocabulary import chars, table, words

MARKS = table("refuse/program_kind_marks")
(EVENT_HEAD,), (DAY,), (ANNIVERSARY_MARK,) = MARKS["event"], MARKS["day"], MARKS["anniversary"]
EVENT_CORES = tuple(sorted(words("refuse/event_cores"), key=len, reverse=True))
EVENT_MODIFIERS = tuple(sorted(words("refuse/event_modifiers"), key=len, reverse=True))
# An anniversary right before the head: 某某75周年活动, 某某二十周年系列活动.
ANNIVERSARY = re.compile(rf"[\d{chars('common/numerals')}]+{re.escape(ANNIVERSARY_MARK)}$")
CAMPAIGN_DAYS = tuple(words("refuse/campaign_days"))


def one_off_event(name: str) -> bool:
    """Whether `name` is an event of one day or one place, not a campaign: its words before
    活动, read without modifiers, end with what happens (快闪, 展映, 入列, 开放日 …), with
    an anniversary (某某70周年) or with a named day (世界某某日; not 主题党日)."""
    if not name.endswith(EVENT_HEAD):
        return False
    core = name[: -len(EVENT_HEAD)]
    while (mod := next((m for m in EVENT_MODIFIERS if core.endswith(m) and len(core) > len(m)), "")):
        core = core[: -len(mod)]
    return core.endswith(EVENT_CORES) or bool(ANNIVERSARY.search(core)) \
        or core.endswith(DAY) and not core.endswith(CAMPAIGN_DAYS)
