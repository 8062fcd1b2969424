"""Features built in one pass per sentence: each character's and each bigram's feature
strings are made once per process and looked up after that, the lexicon is one
Aho-Corasick scan, and a builder that knows the model's attributes keeps only those
(crfsuite gives an attribute it does not know no weight, so the tags are the same and
the tagger converts a quarter fewer strings).

The features and their order are those `features.sentence_features` documents:
``b``, the characters at -2..+2 (``c= l= r= ll= rr=``), the bigrams around them (``lc=
cr= al= dr=``), the class triple (``k=``), with ``…tri`` the trigram (``t=``), with
``…lex`` the lexicon marks of the character and its neighbours (``x= x-= x+=``), and the
word marks (``s=``, ``w=``).
"""
from __future__ import annotations

from .features import FEATURE_SETS, char_class, kg_words, lexicon_marks, segmenter, word_marks

CACHE_LIMIT = 50_000  # entries per lookup table before it is emptied and refilled
_UNI = ("c=", "l=", "r=", "ll=", "rr=")
_BI = ("lc=", "cr=", "al=", "dr=")
_NONE: tuple[str, ...] = ()
_NONE4, _NONE5 = (_NONE,) * 4, (_NONE,) * 5


class FeatureBuilder:
    """Feature lists of one feature set, filtered to `known` attributes when given."""

    def __init__(self, feature_set: str, known: frozenset[str] | None = None) -> None:
        if feature_set not in FEATURE_SETS:
            raise ValueError(f"unknown feature set {feature_set!r}; known: {FEATURE_SETS}")
        self.feature_set = feature_set
        self.known = known
        self.lex = "lex" in feature_set
        self.trigram = feature_set.endswith("tri")
        self.seg = feature_set.endswith("seg")
        self.words = feature_set.endswith("words")
        self._uni: dict[str, tuple[tuple[str, ...], ...]] = {}
        self._bi: dict[str, tuple[tuple[str, ...], ...]] = {}
        self._one: dict[str, tuple[str, ...]] = {}
        self._word: dict[str, list[tuple[str, ...]]] = {}
        self._marks: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
        self._cls: dict[str, str] = {"\x02": "^", "\x03": "$"}

    def _keep(self, feature: str) -> tuple[str, ...]:
        return (feature,) if self.known is None or feature in self.known else _NONE

    def _filter(self, feats: list[str]) -> tuple[str, ...]:
        return tuple(f for f in feats if self.known is None or f in self.known)

    def _word_feats(self, word: str) -> list[tuple[str, ...]]:
        """The word marks of each character of `word`, kept."""
        got = self._word.get(word)
        if got is None:
            if len(self._word) > CACHE_LIMIT:
                self._word.clear()
            got = self._word[word] = [self._filter(m) for m in word_marks([word])]
        return got

    def _mark_feats(self, marks: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
        """A character's lexicon marks as its own, its right and its left neighbour's
        features (x=, x-=, x+=), kept."""
        got = self._marks.get(marks)
        if got is None:
            got = self._marks[marks] = tuple(self._filter([p + m for m in marks])
                                             for p in ("x=", "x-=", "x+="))
        return got

    def _unigram(self, ch: str) -> tuple[tuple[str, ...], ...]:
        if len(self._uni) > CACHE_LIMIT:
            self._uni.clear()
        out = tuple(self._keep(p + ch) for p in _UNI)
        self._uni[ch] = out = out if any(out) else _NONE5  # one tuple for every unknown
        return out

    def _bigram(self, pair: str) -> tuple[tuple[str, ...], ...]:
        if len(self._bi) > CACHE_LIMIT:
            self._bi.clear()
        out = tuple(self._keep(p + pair) for p in _BI)
        self._bi[pair] = out = out if any(out) else _NONE4
        return out

    def _single(self, feature: str) -> tuple[str, ...]:
        """A feature made of a few characters (the class triple, a trigram), kept."""
        got = self._one.get(feature)
        if got is None:
            if len(self._one) > CACHE_LIMIT:
                self._one.clear()
            got = self._one[feature] = self._keep(feature)
        return got

    def _classes(self, padded: str) -> list[str]:
        cls = self._cls
        out = []
        for ch in padded:
            c = cls.get(ch)
            if c is None:
                c = cls[ch] = char_class(ch)
            out.append(c)
        return out

    def build(self, text: str, words: list[str] | None = None) -> list[list[str]]:
        """One list of feature strings per character of `text`; `words` (``…+words``):
        `text` in kg's words, segmented here when not given."""
        n = len(text)
        if not n:
            return []
        padded = "\x02\x02" + text + "\x03\x03"
        uni_t, bi_t = self._uni, self._bi
        uni = [uni_t.get(ch) or self._unigram(ch) for ch in padded]
        bi = [bi_t.get(padded[j:j + 2]) or self._bigram(padded[j:j + 2]) for j in range(n + 3)]
        cls = self._classes(padded)  # the padding's class is ^ before the text, $ after
        single = self._single
        out = []
        for p in range(2, n + 2):
            out.append(["b", *uni[p][0], *uni[p - 1][1], *uni[p + 1][2], *uni[p - 2][3],
                        *uni[p + 2][4], *bi[p - 1][0], *bi[p][1], *bi[p - 2][2],
                        *bi[p + 1][3], *single("k=" + cls[p] + cls[p - 1] + cls[p + 1])])
        if self.trigram:
            for i, feats in enumerate(out):
                feats.extend(single("t=" + padded[i + 1:i + 4]))
        if self.lex:
            self._add_lexicon(text, out)
        if self.seg or self.words:
            if words is None or self.seg or sum(map(len, words)) != n:
                words = segmenter().cut(text) if self.seg else kg_words(text)
            i = 0
            for w in words:
                for marks in self._word_feats(w):
                    out[i].extend(marks)
                    i += 1
        return out

    def _add_lexicon(self, text: str, out: list[list[str]]) -> None:
        n = len(text)
        for i, marks in enumerate(lexicon_marks(text)):
            if not marks:
                continue
            own, right, left = self._mark_feats(tuple(marks))
            out[i].extend(own)
            if i + 1 < n:
                out[i + 1].extend(right)
            if i:
                out[i - 1].extend(left)
