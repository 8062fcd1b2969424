"""Time and discourse words that open a name by mistake (当天下午国务院总理, 会上卫生部,
时间27号下午国务院): the words of `leading_noise.txt` and dates or times of day."""
from __future__ import annotations

import re
from functools import lru_cache

from .aliases import tables

_DAYPART = r"(?:凌晨|清晨|早上|早晨|上午|中午|午间|下午|傍晚|晚上|晚间|夜间|夜里)"
_CLOCK = r"(?:\d{1,2}(?:点|时)(?:\d{1,2}分|半)?(?:许|左右)?)"
_DAY = r"(?:\d{1,2}[日号])"
# a date or time: needs a year, month, day followed by a part of the day, or a part of
# the day; a bare 5号 or 3号 stays (1号线, 5号楼 are names)
_TIME = (rf"(?:时间[：:]?)?(?:\d{{2,4}}年(?:\d{{1,2}}月)?{_DAY}?{_DAYPART}?{_CLOCK}?"
         rf"|\d{{1,2}}月{_DAY}?{_DAYPART}?{_CLOCK}?"
         rf"|\d{{1,2}}日{_DAYPART}?{_CLOCK}?"
         rf"|{_DAY}{_DAYPART}{_CLOCK}?"
         rf"|{_DAYPART}{_CLOCK}?)"
         rf"|时间[：:]?(?={_DAY}|\d)")
_YEARS_AGO = r"(?:\d{1,3}|[一二两三四五六七八九十几多]{1,3})年(?:前|后|来)"  # 九年前, 20年来
_BRACKETED_DATE = r"[（(](?:\d{2,4}年)?(?:\d{1,2}月)?\d{1,2}[日号][）)]"
_GLUE = r"[，,、：:\s]"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    words = "|".join(re.escape(w) for w in tables().noise)
    parts = [p for p in (_TIME, _YEARS_AGO, words, _BRACKETED_DATE, _CLOCK, _GLUE) if p]  # 下午3点 before 下午
    return re.compile(rf"^(?:{'|'.join(parts)})+")


def strip_leading(name: str) -> str:
    """`name` without the time and discourse words that open it ('' if nothing else)."""
    m = _pattern().match(name)
    return name[m.end():] if m else name


def opens_with_noise(name: str) -> bool:
    """Whether `name` opens with a time or discourse word."""
    return bool(_pattern().match(name))
