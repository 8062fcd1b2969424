"""Cheap passes that say which sentences are worth the tagger's time.

`worth_tagging` reads the sentence's text: a sentence is flagged when it holds a title
(titles.txt), the head of an organisation or company name of two or more characters
(org_suffixes.tsv), a verb that follows a speaker or a guest (表示, 介绍, 出席, 讲话),
等企业 after a list of firms, or a middle dot between Han characters (the joint of
Tibetan, Uyghur, Mongolian and foreign names).
One Aho-Corasick scan in C and one regular expression: some 50 times as fast as
jieba.cut. Single-character heads (局, 厅, 办) are left out: they flag a twentieth more
text (格局, 举办) for almost no name.

`proper_words` reads the sentence's tokens (kg's words, already made): the words that
look like a name of a person, a firm or a body; extraction tags a sentence where one of
them is left unread by the rules.
"""
from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick

from .features import lexicon_entries, surnames as _surnames

CUES = ("表示", "介绍", "出席", "讲话", "告诉记者", "等企业")
_FLAG_KINDS = ("title", "organization", "company")
_DOT_NAME = re.compile(r"[\u4e00-\u9fff][·•・．][\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _cues() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    words = [w for w, kind in lexicon_entries().items() if kind in _FLAG_KINDS and len(w) > 1]
    for word in words + list(CUES):
        auto.add_word(word, word)
    auto.make_automaton()
    return auto


def worth_tagging(sentence: str) -> bool:
    """True when `sentence` holds a cue that names are near (see module docstring)."""
    for _ in _cues().iter(sentence):
        return True
    return _DOT_NAME.search(sentence) is not None


PERSON_TAGS = frozenset({"nrfg", "nrt"})  # names in jieba's dictionary (its nr tags 许可, 弘扬)
BODY_TAGS = frozenset({"nt"})  # a body's or a firm's name
RARE_TAGS = frozenset({"nz", "j"})  # other proper names, abbreviations (腾讯, 农行) …
RARE = 400  # … of two or three characters, rarer than this in jieba's dictionary (not
# 力争, 研发; four-character ones are mostly phrases: 共同富裕, 外商投资)


def proper_words(tokens: list[tuple[int, int, str]], people: bool) -> list[tuple[int, int, str]]:
    """The tokens that look like a name nothing anchors. People (`people` True): words
    jieba's dictionary tags as a person's name (nrfg, nrt) and words of two or three Han
    characters it does not hold (its HMM made them) that open with a surname. Bodies and
    firms: words it tags as a body's name (nt), rare short ones it tags as another
    proper name or an abbreviation (nz, j: 腾讯, 农行), and Latin words (not an
    abbreviation of up to four capitals: GDP, CEO). One dictionary look-up per token, no
    scan of the text."""
    seg = _segmenter()
    freq, tags = seg.FREQ, seg.tags
    surnames = _surnames()
    out = []
    for token in tokens:
        w = token[2]
        if not 2 <= len(w) <= 12:
            continue
        f = freq.get(w)
        if f:
            t = tags.get(w)
            if len(w) <= 4 and (t in PERSON_TAGS if people else t in BODY_TAGS
                                or t in RARE_TAGS and f < RARE and len(w) <= 3):
                out.append(token)
        elif people:
            if len(w) <= 3 and _HAN.fullmatch(w) and (w[0] in surnames[0] or w[:2] in surnames[1]):
                out.append(token)
        elif _LATIN.fullmatch(w) and (len(w) >= 5 or not w.isupper()):
            out.append(token)
    return out


_HAN = re.compile(r"[\u4e00-\u9fff]+")
_LATIN = re.compile(r"[A-Za-z]+")


def _segmenter():
    from ..text.segmenter import segmenter

    return segmenter()
