"""Whether the rest of a word jieba glued to an organisation's head opens a title or
starts one (某某局|局长, 某某委员会|副主任): then the head still ends the name."""
from __future__ import annotations

from functools import lru_cache

from ..text.vocabulary import word_set
from .lexicon import lexicon

# ranks of command: 集团|军 is no 集团 before 军长 (a one-character rest opens no rank)
MILITARY_TITLES = word_set("posts/military_titles")


@lru_cache(maxsize=4096)
def title_glued(rest: str) -> bool:
    """`rest` opens a title or starts one (one character that starts only a rank's title
    does not: 集团|军); kept per rest, the lexicon's titles are fixed."""
    return any(rest.startswith(t) or t.startswith(rest) and (len(rest) > 1 or t not in MILITARY_TITLES)
               for t in lexicon().titles)
