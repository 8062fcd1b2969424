"""Bodies refused because their name is a phrase of the sentence, not a name, beside
`kg.extract.refuse_bodies`: a word of being new or former standing on its own inside the
name (某协会新理事会, 新|某国政府, 新一届…, 某地原政协: the body is named without it), the
governments of a count of countries (两国政府, 某国三国政府), a count opening the name
(20余份…, 90后…), and a facility struck in an attack (以军袭击…某武装指挥中心: a site,
not a body). Words are data (kg/data/vocab/refuse/)."""
from __future__ import annotations

import re
from functools import cache

from ..gazetteer import gazetteer
from ..text.segmenter import segmenter
from ..text.vocabulary import chars, table, words
from .lexicon import lexicon
from .refuse_kinds import _foreign_pattern, sentence_start

_MARKS = {key: " ".join(cols).split() for key, cols in table("refuse/phrase_marks").items()}
NEW = _MARKS["new"][0]  # 新
FORMER = _MARKS["former"][0]  # 原
AFTER_NEW = tuple(_MARKS["after_new"])  # 新一届, 新旧: a phrase of time or of change
CENTRAL = frozenset(_MARKS["central"])  # 新|中央委员会
# A count of countries before a government (两国政府, 三国政府; not 七国集团, 二十国集团).
_COUNT = chars("refuse/country_count_chars")
COUNTED_COUNTRIES = re.compile(
    rf"(?<![{chars('common/numerals')}])[0-9０-９{_COUNT}]{_MARKS['country'][0]}"
    rf"(?:{'|'.join(_MARKS['government'])})")
# A figure opening the name with a measure or a generation after it (270多万…合作社,
# 6万亿元地方政府, 90后…): a count or an age group read into it; not 7国集团, 302医院.
COUNT_OPENING = re.compile(rf"^[0-9０-９]+(?:[{chars('common/quantity_words')}{chars('common/numerals')}]"
                           rf"|{'|'.join(_MARKS['count_after'])})")
ATTACK_WORDS = tuple(words("refuse/attack_words"))
TARGET_HEADS = tuple(words("refuse/target_heads"))


def phrase_name(name: str) -> bool:
    """Whether a body's `name` is a phrase by its words alone: 新 or 原 standing as a word
    of its own, a government of several countries, or a figure of a count opening it."""
    return bool(COUNTED_COUNTRIES.search(name) or COUNT_OPENING.match(name)) or _standing_mark(name)


def _standing_mark(name: str) -> bool:
    """原 standing as a word of its own anywhere in the name (某地原政协, 某团原党支部; not
    太原, 原子能), or 新 standing as a word of its own before a place, a country, a bare
    head or a word of time (新|某国政府, 某协会新|理事会, 新一届; not 新开发银行, 某市新|市民
    事务办公室)."""
    if NEW not in name and FORMER not in name:
        return False
    at = 0
    for word in segmenter().dictionary_words(name):
        at += len(word)
        if word == FORMER:
            return True
        if word.startswith(NEW) and word[1:2] in AFTER_NEW:
            return True  # 新一届, 新旧: jieba keeps the phrase whole
        if word == NEW and _new_before(name[at:]) and not _place_at(name, at - 1):
            return True
    return False


def _new_before(rest: str) -> bool:
    """What follows a 新 of its own makes it a word of the sentence: a place or a country
    opening the rest, the rest a bare head (理事会, 中央委员会), or a word of time."""
    if not rest or rest.startswith(AFTER_NEW) or _bare_head(rest):
        return True
    if _foreign_pattern().match(rest):
        return True
    return any(gazetteer().lookup(rest[:j]) for j in range(2, min(len(rest), 8) + 1))


def _place_at(name: str, k: int) -> bool:
    """A place's name of three characters or more opens at `k` (新北街道: 新 is the
    place's own; two may be any village's: 新中)."""
    return any(gazetteer().lookup(name[k:j]) for j in range(k + 3, min(len(name), k + 8) + 1))


@cache
def _bare_head(rest: str) -> bool:
    """`rest` is a head of bodies alone, or a head after 中央 (理事会, 政府, 中央委员会)."""
    heads = lexicon().suffixes
    return rest in heads or any(rest[:k] in CENTRAL and rest[k:] in heads for k in range(1, len(rest)))


def attack_target(name: str, found: list[tuple[int, str]], text: str) -> bool:
    """A body named with the head of a command site (指挥中心, 控制中心) whose every mention
    has a word of an attack before it in its sentence (以军空袭…某武装指挥中心): the site
    struck, not a body of its own."""
    if not name.endswith(TARGET_HEADS):
        return False
    return all(any(w in text[sentence_start(text, k):k] for w in ATTACK_WORDS) for k, _ in found)
