"""The dictionary look-ups the rules make (kg's segmenter), and the tags and verbs that
decide whether a token may sit inside a name."""
from __future__ import annotations

from ..text.segmenter import segmenter
from ..text.vocabulary import word_set

# Tags of tokens that never sit inside a name (prepositions, conjunctions, particles,
# adverbs, pronouns, interjections, onomatopoeia).
FUNCTION_TAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "y",
                           "e", "o", "rr", "rz", "q", "vd", "v", "vi", "vg", "vq"})
# Verbs that do occur inside names of bodies (投资促进中心, 用地保障专班).
NAME_VERBS = word_set("bodies/name_verbs")
PROPER_TAGS = frozenset({"nr", "ns", "nt", "nz", "nrt", "nrfg", "eng"})


def tag(word: str) -> str | None:
    """jieba's dictionary tag of `word` (None when the word is not in the dictionary)."""
    return segmenter().tags.get(word)


def in_dict(word: str) -> bool:
    return bool(segmenter().FREQ.get(word))


def freq(word: str) -> int:
    return segmenter().FREQ.get(word, 0) or 0

