"""Mentions of a work that name no one work, read from the text around them: a name cut
before the word it ends inside (某某产业园|区, 某某机场|群, 某某数据中心|集群: a zone or a
cluster, not one work), and a work described by its rank (世界第一|高拱坝水电站, 第一长隧道:
a superlative and a kind, not a name), and a name that starts right after a size (110米|
口径某某望远镜项目: cut inside a description). Words are data (refuse/work_group_tails.tsv,
refuse/size_units_before); and a project quoted whole that wins a prize (“某某加工项目”获得
一等奖: a contest's entry, not a work; refuse/prize_words)."""
from __future__ import annotations

import re

from ..text.segmenter import segmenter
from ..text.vocabulary import alternation, chars, table, words
from .refuse_kinds import PROJECT_WORD

# head -> the words that, written right after a name of that head, make it part of a longer noun
GROUP_TAILS = {head: tuple(cols[0].split()) for head, cols in table("refuse/work_group_tails").items()}
_NUMERALS = chars("common/numerals")
# An ordinal and an adjective of size (第一高, 第二长): a rank, as in 某地第一高某某水电站.
RANK = re.compile(rf"[{chars('common/ordinal_prefixes')}][{_NUMERALS}]+[{chars('refuse/rank_adjectives')}]")
PRIZE_WORDS = tuple(words("refuse/prize_words"))
CLAUSE_ENDS = "，,。；;！？!?\n"
OPEN_QUOTES = "“‘「\""
CLOSE_QUOTES = "”’」\""
RANK_WINDOW = 4  # characters read before a name for a rank
# A size written right before a name (110米|口径某某望远镜项目): the name starts inside it.
# Only units of width or height: a length before a route (全长456公里|某某铁路) is its attribute.
_UNITS = sorted(words("refuse/project_quantity_units") + words("refuse/size_units_before"), key=len, reverse=True)
SIZE_BEFORE = re.compile(rf"[\d{_NUMERALS}][{chars('common/quantity_words')}]?(?:{alternation(words('refuse/size_units_before'))})$")
LENGTH_MARKS = chars("refuse/length_marks")  # 全长, 长约: the size before is a length
SIZE_WINDOW = 6  # characters read before a name for a size
# A name opened by a unit of size or by 级 after a number (2万|吨级某某): it starts inside the size.
SIZE_OPENED = re.compile(rf"(?:{alternation(_UNITS)})?[{chars('refuse/size_grades')}]|(?:{alternation(_UNITS)})")


def cut_before_group(form: str, k: int, text: str) -> bool:
    """The mention of `form` at text[k:] runs on into a zone's or a cluster's word."""
    end = k + len(form)
    return any(form.endswith(head) and text.startswith(tails, end) for head, tails in GROUP_TAILS.items())


def ranked_work(form: str, k: int, text: str) -> bool:
    """The mention of `form` at text[k:] is a rank and a kind: an ordinal and an adjective of
    size written in it or right before it (世界第一高|某某水电站, 第一长隧道; not 第一座某某大桥,
    某某机场第三跑道, 某某第二大桥, where the adjective opens a word)."""
    m = RANK.search(text, max(0, k - RANK_WINDOW), k + len(form))
    if m is None:
        return False
    words_ = segmenter().dictionary_words(text[m.end() - 1:m.end() + RANK_WINDOW])
    return bool(words_) and len(words_[0]) == 1  # 第二|大桥, 第二|长江大桥: the head's word, no rank


def sized_before(k: int, text: str) -> bool:
    """The mention at text[k:] starts right after a number and a unit of size (110米|…), or
    after a number with a unit or 级 of its own (2万|吨级…)."""
    m = SIZE_BEFORE.search(text, max(0, k - SIZE_WINDOW), k)
    return m is not None and not any(c in LENGTH_MARKS for c in text[max(0, m.start() - SIZE_WINDOW):m.start()]) \
        or k > 0 and (text[k - 1].isdigit() or text[k - 1] in _NUMERALS) and bool(SIZE_OPENED.match(text, k))


def prized_entry(form: str, k: int, text: str) -> bool:
    """The mention of a project (…项目) at text[k:] is quoted whole and its clause goes on to a
    prize: a contest's entry."""
    end = k + len(form)
    if not form.endswith(PROJECT_WORD) or k == 0 or text[k - 1] not in OPEN_QUOTES \
            or end >= len(text) or text[end] not in CLOSE_QUOTES:
        return False
    stop = end
    while stop < len(text) and text[stop] not in CLAUSE_ENDS:
        stop += 1
    return any(text.find(w, end, stop) >= 0 for w in PRIZE_WORDS)
