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
look like a person's name; extraction tags a sentence where one of them is left unread
by the rules. (The same pass for bodies and firms — words tagged nt, rare nz/j words,
Latin words — was measured and dropped: it tagged a third of the bulk corpus' sentences,
made extraction 12% slower and lowered national Organization F1; CLUENER gained 5 points.)
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


def proper_words(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tokens that look like a person's name nothing anchors: words jieba's
    dictionary tags as a person's name (nrfg, nrt) and words of two or three Han
    characters it does not hold (its HMM made them) that open with a surname. A look-up
    in the small set of the dictionary's names per token, one in the whole dictionary only
    for a word that opens with a surname; no scan of the text."""
    freq, names, single, compound = _lookups()
    out = []
    for token in tokens:
        w = token[2]
        if 1 < len(w) < 5:
            if w in names:
                out.append(token)
            elif len(w) < 4 and (w[0] in single or w[:2] in compound) and _HAN.fullmatch(w) \
                    and not freq(w):
                out.append(token)
    return out


_HAN = re.compile(r"[\u4e00-\u9fff]+")


@lru_cache(maxsize=1)
def _lookups():
    """kg's segmenter's word frequencies (fixed once it is loaded), the words of two to four
    characters it holds (a frequency above 0) and tags as a person's name (`PERSON_TAGS`),
    and the surnames, as `proper_words` reads them. (The dictionary's 500,000 words make
    a look-up in it some ten times as slow as one in a small set.)"""
    from ..text.segmenter import segmenter

    seg = segmenter()
    freq = seg.FREQ.get
    names = frozenset(w for w, t in seg.tags.items() if t in PERSON_TAGS and 1 < len(w) < 5 and freq(w))
    return (freq, names, *_surnames())
