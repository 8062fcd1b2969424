"""Gazetteer names found in the text: every automaton hit with the divisions it may stand
for, those that sit on word boundaries of the article's segmentation, and the
non-overlapping selection that covers the most text."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..gazetteer import Gazetteer
from ..text.document import Text
from ..text.segmenter import segmenter
from ..text.vocabulary import chars, word_set, words

# an official name is not a mention when its suffix character starts one of these words
SUFFIX_WORDS = word_set("places/suffix_words")
# … unless the word goes on as a body's: 佛山市|民政局, 市|民宗局, 市|民防办, 市|民营经济
BODY_WORDS_AFTER_SUFFIX = words("places/body_words_after_suffix")
FUNCTION_CHARS = frozenset(chars("places/function_chars"))
# measure words a name may open after a numeral (近七成都是, 9成都已): a share, not the place
NUMERAL_MEASURES = frozenset(chars("places/numeral_measures"))
COUNT_CHARS = chars("common/numerals") + chars("places/count_chars")  # a count's, but digits
NUMERALS = frozenset(COUNT_CHARS)
# level words written after a short form as a name of its own (某某县 for 某某族自治县)
LEVEL_WORD_FORMS = frozenset(chars("places/level_word_forms"))
CJK = re.compile(r"^[\u3400-\u9fff]+$")


@dataclass
class Candidate:
    """A gazetteer name found in the text, with the divisions it may stand for."""
    start: int
    end: int
    options: list[tuple[int, bool]]          # (division id, via short form)
    short: bool = False                      # no option is an official name
    choice: int = -1

    @property
    def length(self) -> int:
        return self.end - self.start

    def via_short(self) -> bool:
        return dict(self.options)[self.choice]


class Boundaries:
    """Word boundaries of the article's segmentation (kg.text), where a name must start
    or end."""

    def __init__(self, doc: Text) -> None:
        self.doc = doc
        self.text = doc.text

    def starts_word(self, pos: int) -> bool:
        return pos == 0 or not CJK.match(self.text[pos - 1]) or self.doc.is_word_boundary(pos)

    def ends_word(self, pos: int) -> bool:
        return (pos >= len(self.text) or not CJK.match(self.text[pos])
                or self.doc.is_word_boundary(pos))


def gazetteer_candidates(text: str, gaz: Gazetteer) -> list[Candidate]:
    out = []
    for end_idx, k in gaz.hits(text):
        key = gaz.keys[k]
        start, end = end_idx - len(key) + 1, end_idx + 1
        full = gaz.full_ids(k)
        if full and text[end - 1:end + 1] in SUFFIX_WORDS and not text.startswith(BODY_WORDS_AFTER_SUFFIX, end - 1):
            full = []
        opts = [(i, False) for i in full]
        opts += [(i, True) for i in gaz.short_ids(key) if i not in full]
        if opts:
            out.append(Candidate(start, end, opts, short=not full))
        if text[end:end + 1] in LEVEL_WORD_FORMS and not full:
            leveled = _with_level_word(text, key, end, gaz)
            if leveled:
                out.append(Candidate(start, end + 1, [(i, False) for i in leveled]))
    return out


def _with_level_word(text: str, key: str, end: int, gaz: Gazetteer) -> list[int]:
    """Divisions whose short form `key` is written with the level word their official
    name ends with, a form that is no name of the gazetteer (某某县 for 某某族自治县, 某某旗
    for 某某自治旗, 某某州 for 某某族自治州): a name as sure as the official one, unless the
    level word opens a word (某某县域)."""
    word = text[end]
    if text[end:end + 2] in SUFFIX_WORDS or gaz.key_index(key + word) is not None:
        return []
    return [i for i in gaz.short_ids(key) if gaz.names[i].endswith(word)
            and gaz.level(i) in ("city", "county", "district")]


def plausible(cands: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """Drop the village (and non-unique town) options none of whose ancestors any
    candidate could name: most of the automaton's hits, removed before jieba runs."""
    possible = {i for c in cands for i, _ in c.options
                if gaz.level(i) not in ("village",)}
    out = []
    for c in cands:
        opts = []
        for i, via_short in c.options:
            level = gaz.level(i)
            if via_short and level in ("town", "subdistrict"):
                if gaz.parent(i) in possible:  # a town's short form needs its county
                    opts.append((i, via_short))
                continue
            if level in ("village", "town", "subdistrict") and not (
                    level != "village" and len(c.options) == 1) and not any(
                    a in possible for a in gaz.ancestors(i)):
                continue
            opts.append((i, via_short))
        if opts:
            c.options = opts
            out.append(c)
    return out


def on_boundaries(cands: list[Candidate], bounds: Boundaries, gaz: Gazetteer) -> list[Candidate]:
    """Candidates that start a word or follow another candidate (a town then its
    village, where jieba may cut across the two); short forms and two-character names must also end a word or
    precede an official name (上海|浦东新区, one jieba word) or a division under them
    (辽宁沈阳, 云南昆明: jieba's words)."""
    ends = {c.end for c in cands}
    starts = {c.start for c in cands if not c.short}
    at: dict[int, list[Candidate]] = {}
    for c in cands:
        at.setdefault(c.start, []).append(c)
    words = segmenter().FREQ
    out = []
    for c in cands:
        chained = c.start in ends
        if not (chained or bounds.starts_word(c.start)):
            continue
        name = bounds.text[c.start:c.end]
        if not chained and name[0] in FUNCTION_CHARS and words.get(name[1:]) and not _one_word(c, bounds):
            continue  # 向城镇 in 向城镇转移, 于城镇 in 快于城镇居民
        if name[0] in NUMERAL_MEASURES and _after_count(bounds.text, c.start):
            continue  # 七成都是: seven tenths
        if (c.short or c.length <= 2) and not (c.end in starts or bounds.ends_word(c.end)
                                               or _over_next(c, at.get(c.end, ()), gaz)):
            continue
        out.append(c)
    return out


def _one_word(c: Candidate, bounds: Boundaries) -> bool:
    """A short form the segmentation reads as one word of its own (自贡, 从江): its
    first character is no function word before the rest (自|贡)."""
    return c.short and bounds.ends_word(c.end) and not any(
        bounds.doc.is_word_boundary(p) for p in range(c.start + 1, c.end))


def _after_count(text: str, pos: int) -> bool:
    """`pos` follows a count: a Chinese numeral, or one digit that follows no other (近7成,
    not the year of 2013成都)."""
    prev = text[pos - 1:pos]
    if prev in NUMERALS:
        return True
    return prev.isdigit() and not text[pos - 2:pos - 1].isdigit()


def _over_next(c: Candidate, following, gaz: Gazetteer) -> bool:
    """Whether a division `c` may stand for holds one that a candidate right after it
    may stand for (辽宁 before 沈阳)."""
    mine = {i for i, _ in c.options}
    return any(mine.intersection(gaz.ancestors(i)) for d in following for i, _ in d.options)


def select(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates covering the most text (河南|新乡 rather than 南新乡),
    official names before short forms, fewer pieces before more."""
    cands = sorted(cands, key=lambda c: (c.end, c.start))
    ends = [c.end for c in cands]
    best: list[tuple[float, int | None, int]] = [(0.0, None, -1)]  # (score, cand, prev row)
    for j, c in enumerate(cands):
        weight = c.length - (0.25 if c.short else 0.0) - 0.01
        k = bisect_right(ends, c.start, 0, j)  # rows 1..k end at or before c.start
        take = best[k][0] + weight
        if take > best[j][0]:
            best.append((take, j, k))
        else:
            best.append((best[j][0], None, j))
    out, row = [], len(cands)
    while row > 0:
        score, j, prev = best[row]
        if j is None:
            row = prev
        else:
            out.append(cands[j])
            row = prev
    return sorted(out, key=lambda c: c.start)
