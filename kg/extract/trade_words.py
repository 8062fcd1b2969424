"""A trade word between a place and a company's head (某省|排水|集团, 某市|高速|公司): jieba
tags such words as verbs or adverbs, which stop the backward scan of a name; written right
after a place (over other trade words only) and followed (over nouns and other trade words only) by
the head, the word is the firm's trade. Words: kg/data/vocab/bodies/trade_words.txt."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..text.vocabulary import word_set, words
from .tokens import NAME_VERBS, tag

if TYPE_CHECKING:
    from .spans import Sentence

TRADE_WORDS = word_set("bodies/trade_words")
FIRM_HEADS = tuple(words("bodies/company_heads"))
NOUN_TAGS = ("n", "vn", "nz")  # words a firm's name may hold around its trade
MAX_BETWEEN = 2  # trade words read back over between the place and the trade word


def placed_trade_word(sent: Sentence, tok: tuple[int, int, str], i: int, s: int) -> bool:
    """The token `tok` ending at `i` is a trade word with a place ending right before it
    (over a few other trade words at most), and only nouns or trade words lie between it and
    the company's head at `s`."""
    if tok[1] != i or tok[2] not in TRADE_WORDS or not sent.article.startswith(FIRM_HEADS, s):
        return False
    if not _placed(sent, tok[0]):
        return False
    for b, e, word in sent.tokens:
        if i <= b < s and not _trade_or_noun(word):
            return False
        if i <= b < s and sent.ctx.covering(b) is not None:
            return False  # 某市排水|某县…公司: a second place opens a name of its own
    return True


def _placed(sent: Sentence, b: int) -> bool:
    """A place ends at `b`, or a run of at most MAX_BETWEEN trade words written right
    after a place does (某省|冶炼|铸造|集团); no noun (某市|市民|搬家|公司: who it serves)."""
    for _ in range(MAX_BETWEEN + 1):
        m = sent.ctx.covering(b - 1)
        if m is not None:
            return m.end == b
        prev = sent.token_ending(b)
        if prev is None or not (prev[2] in TRADE_WORDS or prev[2] in NAME_VERBS):
            return False
        b = prev[0]
    return False


def _trade_or_noun(word: str) -> bool:
    return word in TRADE_WORDS or word in NAME_VERBS or (tag(word) or "").startswith(NOUN_TAGS)
