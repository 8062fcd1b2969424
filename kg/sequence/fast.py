"""Features built in one pass per sentence: each character's and each bigram's feature
strings are made once per process and looked up after that, the lexicon is one
Aho-Corasick scan, and a builder that knows the model's attributes keeps only those
(crfsuite gives an attribute it does not know no weight, so the tags are the same and
the tagger converts a quarter fewer strings). That builder fills its character and
bigram tables from the model's attributes when it is made (before the workers fork),
so a character or bigram the model has no feature for costs no string at all, and it
hands crfsuite its features as UTF-8 bytes, encoded once per table entry (crfsuite
would encode every string of every sentence again), or, for the CRF in C
(kg.sequence.native), as the model's attribute ids.

The features and their order are those `features.sentence_features` documents:
``b``, the characters at -2..+2 (``c= l= r= ll= rr=``), the bigrams around them (``lc=
cr= al= dr=``), the class triple (``k=``), with ``…tri`` the trigram (``t=``), with
``…lex`` the lexicon marks of the character and its neighbours (``x= x-= x+=``), and the
word marks (``s=``, ``w=``).
"""
from __future__ import annotations

from itertools import chain, repeat
from operator import add

from .features import FEATURE_SETS, char_class, kg_words, lexicon_mark_map, segmenter

try:  # the character and bigram look-ups in C, an optional extension (setup.py)
    from .._speedups import crf_lookup as _clookup, crf_table as _ctable
except ImportError:  # not built here: dict look-ups
    _clookup = _ctable = None

CACHE_LIMIT = 50_000  # entries per lookup table before it is emptied and refilled
_UNI = ("c=", "l=", "r=", "ll=", "rr=")
_BI = ("lc=", "cr=", "al=", "dr=")
_NONE: tuple[str, ...] = ()
_NONE3, _NONE4, _NONE5 = (_NONE,) * 3, (_NONE,) * 4, (_NONE,) * 5
# each n-gram feature's prefix: (the length of its key, its place in the table's row)
_SLOTS = {p: (width, k) for width, keys in ((1, _UNI), (2, _BI)) for k, p in enumerate(keys)}


class FeatureBuilder:
    """Feature lists of one feature set, filtered to `known` attributes when given, as
    strings, (`encoded`) as UTF-8 bytes or, given `ids` (the model's attributes and
    their ids; `known` is then its keys), as attribute ids."""

    def __init__(self, feature_set: str, known: frozenset[str] | None = None,
                 encoded: bool = False, ids: dict[str, int] | None = None) -> None:
        if feature_set not in FEATURE_SETS:
            raise ValueError(f"unknown feature set {feature_set!r}; known: {FEATURE_SETS}")
        self.feature_set = feature_set
        self.known = ids.keys() if ids is not None else known
        self.encoded = encoded
        self.ids = ids
        self._code = ids.__getitem__ if ids is not None else str.encode if encoded else str
        self._bias = self._keep("b")  # (left out, as any, by a model without it)
        self.lex = "lex" in feature_set
        self.trigram = feature_set.endswith("tri")
        self.seg = feature_set.endswith("seg")
        self.words = feature_set.endswith("words")
        self._uni: dict[str, tuple[tuple[str, ...], ...]] = {}
        self._bi: dict[str, tuple[tuple[str, ...], ...]] = {}
        self._one: dict[str, tuple[str, ...]] = {}
        self._word: dict[str, list[tuple[str, ...]]] = {}
        self._shape: dict[int, list[tuple[str, ...]]] = {}
        self._marks: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
        self._cls: dict[str, str] = {"\x02": "^", "\x03": "$"}
        self._triples: dict[str, tuple[str, ...]] = {}
        self.complete = self.known is not None  # the n-gram tables hold every key with a feature
        self._ctables = None
        if self.complete:
            self._fill_tables()
            if ids is not None and _ctable is not None:  # (for the CRF in C; the tables
                # never change once filled)
                self._ctables = (_ctable(self._uni, 1), _ctable(self._bi, 2))

    def _fill_tables(self) -> None:
        """Fill the character and bigram tables with every key `known` gives a feature
        (what `_unigram` and `_bigram` would make of it): a key missing from them has
        none, and the tagger makes no string for it."""
        tables: dict[int, dict[str, list]] = {1: {}, 2: {}}
        for attr in self.known:
            prefix = attr[:attr.find("=") + 1]
            slot = _SLOTS.get(prefix)
            if slot is not None and len(attr) == len(prefix) + slot[0]:
                width, k = slot
                row = tables[width].setdefault(attr[-width:], [_NONE] * (6 - width))
                row[k] = (self._code(attr),)
        self._uni.update((ch, tuple(row)) for ch, row in tables[1].items())
        self._bi.update((pair, tuple(row)) for pair, row in tables[2].items())

    def _keep(self, feature: str) -> tuple[str, ...]:
        return self._filter([feature]) or _NONE

    def _filter(self, feats: list[str]) -> tuple[str, ...]:
        kept = [f for f in feats if self.known is None or f in self.known]
        return tuple(map(self._code, kept))

    def _word_feats(self, word: str) -> list[tuple[str, ...]]:
        """The marks of each character of `word`, kept: where it sits in the word (``s=``:
        B, M, E with the word's length up to 4, or S) and, for words of two to four
        characters, the word itself (``w=``)."""
        got = self._word.get(word)
        if got is None:
            if len(self._word) > CACHE_LIMIT:
                self._word.clear()
            ident = self._keep("w=" + word) if 2 <= len(word) <= 4 else _NONE
            got = self._word[word] = [shape + ident for shape in self._shapes(len(word))]
        return got

    def _shapes(self, n: int) -> list[tuple[str, ...]]:
        """The position marks (``s=``) of the characters of a word of `n`, kept."""
        got = self._shape.get(n)
        if got is None:
            size = str(min(n, 4))
            marks = ["s=S"] if n == 1 else \
                ["s=B" + size] + ["s=M" + size] * (n - 2) + ["s=E" + size]
            got = self._shape[n] = [self._keep(m) for m in marks]
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
        out = tuple(self._keep(p + ch) for p in _UNI)
        self._uni[ch] = out = out if any(out) else _NONE5  # one tuple for every unknown
        return out

    def _bigram(self, pair: str) -> tuple[tuple[str, ...], ...]:
        out = tuple(self._keep(p + pair) for p in _BI)
        self._bi[pair] = out = out if any(out) else _NONE4
        return out

    def _triple(self, classes: str) -> tuple[str, ...]:
        """The class triple's feature (``k=``), kept."""
        got = self._triples.get(classes)
        if got is None:
            got = self._triples[classes] = self._keep("k=" + classes)
        return got

    def _single(self, feature: str) -> tuple[str, ...]:
        """A feature made of a few characters (a trigram), kept."""
        got = self._one.get(feature)
        if got is None:
            if len(self._one) > CACHE_LIMIT:
                self._one.clear()
            got = self._one[feature] = self._keep(feature)
        return got

    def _classes(self, padded: str) -> list[str]:
        """The class of each character (``^`` and ``$`` for the padding)."""
        out = list(map(self._cls.get, padded))
        for i, c in enumerate(out):
            if c is None:
                out[i] = self._cls[padded[i]] = char_class(padded[i])
        return out

    def build(self, text: str, words: list[str] | None = None) -> list[list[str]]:
        """One list of feature strings per character of `text`; `words` (``…+words``):
        `text` in kg's words, segmented here when not given."""
        if not text:
            return []
        uni, bi, kinds, tri, lex, wf = self._parts(text, words)
        bias = self._bias
        return [[*bias, *u[0], *ul[1], *ur[2], *ull[3], *urr[4], *bl[0], *br[1], *bll[2], *brr[3],
                 *k, *t, *xl[1], *x[0], *xr[2], *w]
                for u, ul, ur, ull, urr, bl, br, bll, brr, k, t, xl, x, xr, w in zip(
                    uni[2:], uni[1:], uni[3:], uni, uni[4:], bi[1:], bi[2:], bi, bi[3:],
                    kinds, tri, lex, lex[1:], lex[2:], wf)]

    def columns(self, text: str, words: list[str] | None = None) -> tuple:
        """`build`'s features as the columns ``kg._speedups.crf_tag_columns`` gathers
        them from, in `build`'s order: (seq, shift, slot) gives character t the features
        ``seq[t + shift][slot]`` (``seq[t + shift]`` when slot is -1), (feats, -1, -1)
        gives every character `feats`."""
        uni, bi, kinds, tri, lex, wf = self._parts(text, words)
        return ((self._bias, -1, -1),
                (uni, 2, 0), (uni, 1, 1), (uni, 3, 2), (uni, 0, 3), (uni, 4, 4),
                (bi, 1, 0), (bi, 2, 1), (bi, 0, 2), (bi, 3, 3), (kinds, 0, -1),
                (tri, 0, -1) if self.trigram else (_NONE, -1, -1),
                (lex, 0, 1), (lex, 1, 0), (lex, 2, 2),
                (wf, 0, -1) if self.seg or self.words else (_NONE, -1, -1))

    def _parts(self, text: str, words: list[str] | None) -> tuple:
        """Per padded character its n-gram features (``uni``: the character's five,
        ``bi``: the bigram starting there, its four), per character its class triple's
        and trigram's, per character padded by one its lexicon marks, per character its
        word marks (`_word_column`)."""
        n = len(text)
        padded = "\x02\x02" + text + "\x03\x03"
        if self._ctables is not None:  # the same look-ups in C, no string per bigram
            uni = _clookup(self._ctables[0], padded, _NONE5)
            bi = _clookup(self._ctables[1], padded, _NONE4)
        else:
            pairs = list(map(add, padded[:-1], padded[1:]))
            if not self.complete:
                self._learn(padded, pairs)
            uni = list(map(self._uni.get, padded, repeat(_NONE5)))
            bi = list(map(self._bi.get, pairs, repeat(_NONE4)))
        cls = self._classes(padded)
        triple, triples = self._triple, self._triples.get
        kinds = [triples(k) or triple(k) for k in map(add, map(add, cls[2:-2], cls[1:]), cls[3:])]
        tri = [self._single("t=" + padded[i + 1:i + 4]) for i in range(n)] if self.trigram \
            else repeat(_NONE)
        lex = self._lexicon(text) if self.lex else [_NONE3] * (n + 2)
        wf = self._word_column(text, words) if self.seg or self.words else repeat(_NONE)
        return uni, bi, kinds, tri, lex, wf

    def _learn(self, padded: str, pairs: list[str]) -> None:
        """Add the characters and bigrams not seen yet to the tables (emptied when too
        big): a builder that knows no model's attributes makes them as they come."""
        for table in (self._uni, self._bi):
            if len(table) > CACHE_LIMIT:
                table.clear()
        for ch in padded:
            if ch not in self._uni:
                self._unigram(ch)
        for pair in pairs:
            if pair not in self._bi:
                self._bigram(pair)

    def _lexicon(self, text: str) -> list[tuple[tuple[str, ...], ...]]:
        """Per character, padded with one position each side, its lexicon marks as its
        own, its right and its left neighbour's features (`_mark_feats`)."""
        out = [_NONE3] * (len(text) + 2)
        for i, marks in lexicon_mark_map(text).items():
            out[i + 1] = self._mark_feats(tuple(marks))
        return out

    def _word_column(self, text: str, words: list[str] | None) -> list[tuple[str, ...]]:
        """Per character, the marks of the word it sits in."""
        if words is None or self.seg or sum(map(len, words)) != len(text):
            words = segmenter().cut(text) if self.seg else kg_words(text)
        return list(chain.from_iterable(map(self._word_feats, words)))
