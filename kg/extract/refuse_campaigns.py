"""Campaigns and projects refused, beside `kg.extract.refuse_described`. Where the article
writes them: a campaign named by its theme (某某主题教育, 某某主题活动) whose theme is short
and never written in quotes (某市主题教育, 第一批主题教育, 深刻领会主题教育: who takes part
or a clause read back from the head, not a theme). By their words: the events of a themed
year written without the two countries that hold it (友好年活动, 体育交流年活动, 俄|人文交流
年活动), and a project opened by a verb, an adverb or a preposition (出口某国某某高铁,
优化调整某某高铁, 威胁某某铁路): a clause read into the work's name. Words are data
(kg/data/vocab/refuse/)."""
from __future__ import annotations

import re

from ..gazetteer import gazetteer
from ..text.segmenter import segmenter
from ..text.vocabulary import alternation, words
from .tokens import freq, tag

THEME_MARKS = tuple(words("refuse/theme_marks"))
PROGRAM_HEADS = tuple(words("programs/heads"))
MAX_THEME = 6  # characters of a theme that may be a scope or a clause when written bare
MAX_AFTER_THEME = 6  # characters from the theme's mark to the end (主题实践活动)
QUOTE_CHARS = "“”‘’\"「」"
OPENING_QUOTES = "“‘\"「"
# The events of a themed year: 某某交流年活动, 某某友好年系列活动.
YEAR_EVENTS = re.compile(rf"(?:{alternation(sorted(words('refuse/year_kinds'), key=len, reverse=True))})"
                         rf"(?:{alternation(words('refuse/year_event_tails'))})$")
BOTH_SIDES = tuple(words("refuse/two_country_marks"))
# Short names of countries that a pair of them may be written with (中某, 某中).
SIDE_CHARS = frozenset(c for pair in BOTH_SIDES for c in pair)
PAIR_MARKS = frozenset(words("refuse/country_pair_marks"))
# Tags of a first word that opens a clause, not a work's name (a verb, an adverb, a
# preposition, an adjective: 连通某某高铁, 连续某某铁路); one character (引江济淮, 疏港, 新)
# may open a work's name.
CLAUSE_TAGS = frozenset({"v", "vn", "vd", "d", "p", "ad", "a", "an"})
MIN_CLAUSE_WORD = 2
# An adjective seen this rarely or less, glued to one character after it, is the start of a
# name the segmenter split (丰达|坪…灌区), not a clause's first word.
RARE_OPENER = 20
NAME_CHAR_TAGS = frozenset({"ng", "n", "nr", "ns", "nz", None})


def unquoted_theme(name: str, found: list[tuple[int, str]], text: str) -> bool:
    """A campaign named by a short theme before its mark (某某主题教育) that no mention in
    `found` ((start, form)) writes in quotes: the theme is no name of its own."""
    k = next((name.find(m) for m in THEME_MARKS if 0 < name.find(m)), -1)
    if not found or not 0 < k <= MAX_THEME or len(name) - k > MAX_AFTER_THEME \
            or not name.endswith(PROGRAM_HEADS):
        return False
    return all(not any(q in form for q in QUOTE_CHARS) and not (i > 0 and text[i - 1] in OPENING_QUOTES)
               for i, form in found)


def unowned_year(name: str) -> bool:
    """The events of a themed year (某某交流年活动) whose name opens with no pair of
    countries (中某, 某中, 中国-某国): a kind of year, or one cut after its first country."""
    m = YEAR_EVENTS.search(name)
    if m is None:
        return False
    theme = name[: m.start()]
    if name.startswith(BOTH_SIDES) or any(c in theme for c in PAIR_MARKS):
        return False
    return not (len(theme) >= 2 and theme[0] in SIDE_CHARS and theme[1] in SIDE_CHARS)


def verb_opened_project(name: str) -> bool:
    """A project whose first word of the dictionary is a verb, an adverb, a preposition or
    an adjective of two characters or more, and no place (出口某国铁路, 优化调整某某高铁,
    连通某某高铁)."""
    toks = segmenter().dictionary_words(name)
    return bool(toks) and len(toks[0]) >= MIN_CLAUSE_WORD and tag(toks[0]) in CLAUSE_TAGS \
        and not gazetteer().lookup(toks[0]) and not split_name(toks)


def split_name(toks: list[str]) -> bool:
    """The first word is a rare adjective the segmenter cut from the one character of a
    name after it (丰达|坪…灌区): the name's start, no clause."""
    return len(toks) > 1 and tag(toks[0]) == "a" and freq(toks[0]) < RARE_OPENER \
        and len(toks[1]) == 1 and tag(toks[1]) in NAME_CHAR_TAGS
