"""An article's text as the stages read it: its sentences (split once), each sentence's
tokens (segmented once, on first use) and part-of-speech tags (tagged once, on first
use). Places and extraction read the same `Text`.

>>> doc = Text("常务副县长李明华说，全县已成立防汛专班。会议强调：抓落实。")
>>> [s.text for s in doc.sentences]
['常务副县长李明华说，全县已成立防汛专班。', '会议强调：抓落实。']
>>> [w for _, _, w in doc.sentences[0].tokens][:4]
['常务副县长', '李明华', '说', '，']
>>> doc.is_word_boundary(5), doc.is_word_boundary(6)
(True, False)
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from .segmenter import Segmenter, segmenter
from .sentences import MAX_SENTENCE, split_sentences

# the sequence model's labels extraction reads: names (people_sequence), companies and
# government bodies (tagged_bodies); the others' spans are not worked out
SEQUENCE_LABELS = frozenset({"name", "company", "government"})

Token = tuple[int, int, str]  # (start, end, word), offsets into the article


class Sentence:
    """One sentence, with offsets into the article text."""

    __slots__ = ("start", "end", "text", "article", "_seg", "_tokens", "_cover", "_edges",
                 "_tags", "_spans")

    def __init__(self, start: int, end: int, text: str, article: str, seg: Segmenter) -> None:
        self.start, self.end, self.text, self.article = start, end, text, article
        self._seg = seg
        self._tokens: list[Token] | None = None
        self._cover: list[int] | None = None
        self._edges: set[int] | None = None
        self._tags: list[tuple[int, int, str, str]] | None = None
        self._spans: list | None = None

    def __repr__(self) -> str:
        return f"Sentence({self.start}, {self.end}, {self.text!r})"

    @property
    def tokens(self) -> list[Token]:
        """The sentence's words, segmented on first use and kept."""
        if self._tokens is None:
            self._tokens = self._seg.spans(self.text, self.start)
        return self._tokens

    def token_at(self, i: int) -> Token | None:
        """The token covering article position `i`."""
        if self._cover is None:
            self._cover = [t[0] for t in self.tokens]  # token starts, in order
        k = bisect_right(self._cover, i) - 1
        if k < 0:
            return None
        t = self._tokens[k]
        return t if i < t[1] else None

    def token_ending(self, pos: int) -> Token | None:
        """The token that ends right at article position `pos`, if one does."""
        t = self.token_at(pos - 1) if pos > self.start else None
        return t if t is not None and t[1] == pos else None

    def is_token(self, b: int, e: int) -> bool:
        """Whether [b, e) is exactly one token."""
        t = self.token_at(b)
        return t is not None and t[0] == b and t[1] == e

    def is_edge(self, pos: int) -> bool:
        """Whether a token starts or ends at article position `pos`."""
        if self._edges is None:
            self._edges = {t[0] for t in self.tokens} | {self.end}
        return pos in self._edges

    def pos_tags(self) -> list[tuple[int, int, str, str]]:
        """(start, end, word, part of speech) as jieba's tagger reads the sentence, tagged
        on first use and kept."""
        if self._tags is None:
            out, i = [], self.start
            for w, flag in self._seg.pos_tags(self.text):
                out.append((i, i + len(w), w, flag))
                i += len(w)
            self._tags = out
        return self._tags

    @property
    def tagged(self) -> bool:
        """Whether the sequence model has tagged this sentence already."""
        return self._spans is not None

    def sequence_spans(self) -> list:
        """The sequence model's labelled spans (`kg.sequence.Span`, offsets into the
        article) of the labels extraction reads (`SEQUENCE_LABELS`), tagged on first use
        and kept: components that use them pay once."""
        if self._spans is None:
            from ..sequence import spans  # the model loads on first use only
            words = [w for _, _, w in self.tokens]  # the model reads kg's own words
            self._spans = [replace(sp, start=sp.start + self.start, end=sp.end + self.start)
                           for sp in spans(self.text, words, SEQUENCE_LABELS)]
        return self._spans


class Text:
    """An article's text split into sentences, none longer than `cap` characters."""

    def __init__(self, text: str, cap: int = MAX_SENTENCE, seg: Segmenter | None = None) -> None:
        self.text = text
        seg = seg or segmenter()
        self.segmenter = seg
        self.sentences = [Sentence(s, e, t, text, seg) for s, e, t in split_sentences(text, cap)]
        self._starts = [s.start for s in self.sentences]

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence holding character `pos`, if any (blanks between sentences are in
        none)."""
        k = bisect_right(self._starts, pos) - 1
        if k >= 0 and pos < self.sentences[k].end:
            return self.sentences[k]
        return None

    def is_word_boundary(self, pos: int) -> bool:
        """Whether a word of the segmentation starts or ends at `pos` (the text's ends and
        positions outside every sentence count as boundaries)."""
        sent = self.sentence_at(pos) or (self.sentence_at(pos - 1) if pos > 0 else None)
        return sent is None or sent.is_edge(pos)
