"""Power lines named by the places they join, written with dashes before their head
(某地-某地特高压, 某地—某地—某地特高压直流输电工程): one Project from the first place to the
head. The first place is read back over at most MAX_END characters of name words (no verb,
time word or measure: 启动|某某, 千伏|某某南); every later one is a name with no particle
(某地等 joins no line). Heads are data (kg/data/vocab/programs/grid_line_heads)."""
from __future__ import annotations

import re

from ..text.script import HAN, is_han
from ..text.segmenter import segmenter
from ..text.vocabulary import alternation, words
from .tokens import FUNCTION_TAGS, tag

HEADS = sorted(words("programs/grid_line_heads"), key=len, reverse=True)
DASHES = "-－—"
MAX_END = 3  # characters of a place's short name joined by a dash (某地南)
MIN_END = 2
NOT_NAME_TAGS = FUNCTION_TAGS | {"t", "m", "d", "f", "vn", "a", "ad"}
WINDOW = 8  # characters read before the first dash
# The places after the first one, each after one dash (not a double dash: ——), then the head.
LATER = re.compile(rf"(?:(?<![{DASHES}])[{DASHES}](?![{DASHES}])[{HAN}]{{{MIN_END},{MAX_END}}}?){{1,3}}?"
                   rf"(?:{alternation(HEADS)})")


def grid_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of power lines named in text[start:end]."""
    out: list[tuple[int, int]] = []
    if text.find(HEADS[-1], start, end) < 0:
        return out  # no head in the sentence (every head holds the shortest, 特高压): nothing to read
    for k in range(start + MIN_END, end):
        if text[k] not in DASHES or text[k - 1] in DASHES or out and k < out[-1][1]:
            continue
        m = LATER.match(text, k, end)
        if m is None or not _later_ends(m.group()):
            continue
        first = _first_end(text, max(start, k - WINDOW), k)
        if first < k:
            out.append((first, m.end()))
    return out


def _later_ends(form: str) -> bool:
    """Each place after a dash is a name, no particle or conjunction glued to it (某地等)."""
    head = next(h for h in HEADS if form.endswith(h))
    ends = re.split(f"[{DASHES}]", form[: len(form) - len(head)])[1:]
    return all(MIN_END <= len(e) <= MAX_END and all(tag(w) not in NOT_NAME_TAGS for w in segmenter().cut(e))
               for e in ends)


def _first_end(text: str, lo: int, k: int) -> int:
    """Where the first place before the dash at `k` starts: the name words right before it,
    at most MAX_END characters of them, at least MIN_END; `k` when there are none."""
    toks = segmenter().cut(text[lo:k])
    at = k
    for w in reversed(toks):
        if not is_han(w) or tag(w) in NOT_NAME_TAGS \
                or k - (at - len(w)) > MAX_END:
            break
        at -= len(w)
    return at if k - at >= MIN_END else k
