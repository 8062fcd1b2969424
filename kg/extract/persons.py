"""Person names: a surname (single or compound) and one or two given characters, read
where the genre puts names: right after a title (科长谢明赛), before a verb of saying
(李兴军说), or before a post (陈妙根是…主任)."""
from __future__ import annotations

import re

from .lexicon import DELIMS, HOLD_VERBS, NOT_NAMES, SPEECH_VERBS, is_surname_at, lexicon
from .tokens import freq, tag

CJK = re.compile(r"^[\u4e00-\u9fff]+$")
# Words that may follow a name directly: if one starts at the third character, the name
# has two characters (文杰联系…, 周亮，…, 盖军的…).
AFTER_NAME = tuple(sorted(set(SPEECH_VERBS + HOLD_VERBS + (
    "的", "说", "是", "在", "和", "与", "及", "等", "也", "还", "就", "已", "将", "把", "对", "为",
    "从", "到", "带", "带领", "带队", "联系", "得知", "了解", "看来", "同志", "一行", "上任",
    "第一", "及时", "主动", "率先", "认真", "亲自", "笑", "坦", "告诉", "感慨", "一", "又", "便",
    "则", "才", "都", "正", "要", "会", "曾", "被", "让", "向", "给", "跟", "同", "所", "这", "那",
    "他", "她", "们", "召开", "主持", "出席", "会见", "考察", "调研", "走访", "陪同", "参加",
    "深入", "来到", "前往", "先后", "分别", "立即", "随即", "迅速", "多次", "始终", "一直",
    "湿", "目不转睛", "从一开始", "道出", "觉得", "希望", "相信", "表态", "发言", "讲话",
)), key=len, reverse=True))
# Title-like words that are never the first characters of a name read after a title.
NOT_AFTER_TITLE = ("处", "班子", "信箱", "热线", "助理", "办公", "一职", "职务", "人选")


def name_after(text: str, p: int, hi: int, counts) -> str | None:
    """The name starting at `p` (before `hi`), or None if no name starts there."""
    sl = is_surname_at(text, p)
    if not sl:
        return None
    short, long_ = text[p:p + sl + 1], text[p:p + sl + 2]
    if p + len(short) > hi or not CJK.match(short):
        return None
    if any(text.startswith(w, p) for w in NOT_AFTER_TITLE):
        return None
    long_ok = p + len(long_) <= hi and CJK.match(long_) is not None
    if long_ok and text.startswith(AFTER_NAME, p + len(short)):
        long_ok = False
    if long_ok and counts(short) > counts(long_) and text.startswith(AFTER_NAME, p + len(short)):
        long_ok = False
    if long_ok and counts(short) >= 2 * counts(long_) >= 2:
        long_ok = False
    name = long_ if long_ok else short
    return name if plausible(name) else (short if long_ok and plausible(short) and
                                         text.startswith(AFTER_NAME, p + len(short)) else None)


def name_before(text: str, e: int, lo: int, counts) -> str | None:
    """The name ending at `e` (a verb of saying or a post follows), starting after `lo`."""
    best = None
    for length in (3, 2, 4):
        b = e - length
        if b < lo:
            continue
        cand = text[b:e]
        if not CJK.match(cand) or not is_surname_at(text, b):
            continue
        sl = is_surname_at(text, b)
        if length - sl not in (1, 2):
            continue
        left = text[b - 1] if b > 0 else "。"
        bounded = b == lo or left in DELIMS or left in "的" or _title_end(text, b)
        if not plausible(cand):
            continue
        if bounded:
            return cand
        if best is None and length == 3 and counts(cand) >= 1:
            best = cand
    return best if best and _strong(best) else None


def _title_end(text: str, b: int) -> bool:
    return any(text.endswith(t, 0, b) for t in lexicon().titles)


def _strong(name: str) -> bool:
    """An unbounded reading is kept only when jieba does not know it as a word."""
    return not freq(name) or tag(name) in ("nr", "nrfg", "nrt")


def plausible(name: str) -> bool:
    if name in NOT_NAMES or len(name) < 2:
        return False
    if name in lexicon().titles:
        return False
    if name[-1] in "市县区镇乡村省局委厅办部科处室会社队组班站院校园港湾岛路街":
        return False
    f, t = freq(name), tag(name)
    if f and t not in ("nr", "nrfg", "nrt") and f > 3:
        return False
    if len(name) == 3 and freq(name[:2]) > 50 and tag(name[:2]) not in ("nr", "nrfg", "nrt", None) \
            and name[:2] not in lexicon().compound_surnames:
        return False
    if len(name) == 2 and freq(name[1]) == 0:
        return True
    return True


def speech_positions(text: str) -> list[int]:
    """Positions where a verb of saying begins."""
    out = []
    for verb in SPEECH_VERBS:
        k = text.find(verb)
        while k >= 0:
            out.append(k)
            k = text.find(verb, k + 1)
    return sorted(set(out))
