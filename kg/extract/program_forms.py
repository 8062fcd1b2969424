"""Written forms of program names the quoted and unquoted readers accept beside their own
(`kg.extract.programs`, `kg.extract.unquoted`): two parallel phrases quoted together before
their head (“某某示范，某某整治”工程; not the theme of an event held), a quoted works
program followed by its building (“某某”工程建设), a known program glued by the segmenter
to the word after it (某某制|作用), and a program listed before 等 and a kind of measures
(某某工程等政策, 某某行动、某某工程等项目). Words are data (kg/data/vocab/programs/)."""
from __future__ import annotations

import re

from ..text.script import is_han
from ..text.vocabulary import alternation, words
from .spans import Sentence
from .tokens import freq

PARALLEL_MARKS = "，,"
PARALLEL_JOINER = "、"
MIN_PART, MAX_PART = 2, 6  # characters of each of two parallel phrases
WORKS_AFTER = words("programs/works_after_head")
WORKS_HEADS = words("programs/works_program_heads")
KIND_AFTER = re.compile(rf"(?:{alternation(words('programs/list_closers'))})"
                        rf"(?:{alternation(sorted(words('programs/kind_after_listed'), key=len, reverse=True))})")
# 等, a few words describing the kind, and the items' own head again: 某某工程等重大生态工程.
LIST_HEADS = words("programs/verb_heads")
MAX_KIND_WORDS = 8  # characters between 等 and the head
# Words of construction works (铁路, 水资源配置工程, 南水北调): a list naming one is of
# projects, not of programs.
LISTED_WORKS = tuple(words("programs/infrastructure_heads") + words("programs/diversion_works"))
CLAUSE_MARKS = "，。；：！？\n"
DESCRIBED_KIND = re.compile(rf"(?:{alternation(words('programs/list_closers'))})[^\W\d_]{{1,{MAX_KIND_WORDS}}}?"
                            rf"({alternation(LIST_HEADS)})")
# Later items of such a list, each ending with a program's head (某某行动|、某某工程等项目):
# the first item is listed before the same 等 and kind.
LISTED_ITEMS = re.compile(rf"(?:、[^\W、_]{{2,16}}?(?:{alternation(words('programs/verb_heads'))}))+")
HOLDING_VERBS = words("programs/holding_verbs")
EVENT_HEADS = words("programs/event_heads")
HOLDING_WINDOW = 6  # characters before a quote where a verb of holding is read
GLUED_WORD, MAX_GLUED_WORD = 2, 4  # characters of a word starting right after a glued known form
COMMON_WORD = 100  # jieba frequency from which such a word is a common word


def parallel_name(content: str) -> str | None:
    """Two parallel phrases of the same length quoted together (千村某某，万村某某): the
    content with its comma written as the list mark, else None."""
    parts = [p for p in re.split(f"[{PARALLEL_MARKS}]", content)]
    if len(parts) != 2 or len(parts[0]) != len(parts[1]) or not MIN_PART <= len(parts[0]) <= MAX_PART:
        return None
    if not all(is_han(c) for p in parts for c in p):
        return None
    return PARALLEL_JOINER.join(parts)


def held_event(text: str, quote: int, head: str) -> bool:
    """A quoted name with an event's head after a verb of holding (举办“某某，某某”春节活动):
    the theme of an event held, no program."""
    return head.endswith(EVENT_HEADS) and any(v in text[max(0, quote - HOLDING_WINDOW):quote] for v in HOLDING_VERBS)


def works_built_after(text: str, middle: str, head: str, end: int) -> bool:
    """A works head (工程) followed by its building (“某某”工程建设), with no other head
    between the quote and it (not “某某”工程六期工程建设): the name ends at the head."""
    return head in WORKS_HEADS and text.startswith(WORKS_AFTER, end) and not any(h in middle for h in WORKS_HEADS)


def word_starts_at(sent: Sentence, e: int) -> bool:
    """A common word of at least two characters starts at `e`, where a known form ends
    though the segmenter glued its last character to the next (某某制|作用 cut 制作|用)."""
    text = sent.article
    for n in range(MAX_GLUED_WORD, GLUED_WORD - 1, -1):
        w = text[e:min(e + n, sent.end)]
        if len(w) == n and all(is_han(c) for c in w) and freq(w) >= COMMON_WORD:
            return True
    return False


def listed_kind_after(text: str, e: int) -> bool:
    """等 and a kind of measures right after a program's head (某某工程等政策帮扶), or after
    later items of the same list (某某行动、某某工程等项目); or 等, a few words and the
    head the program ends with (某某工程、某某工程等重大生态工程), in a list naming
    no construction works (某某铁路工程、某某工程等重大工程)."""
    ends = LISTED_ITEMS.match(text, e)
    end = ends.end() if ends is not None else e
    if KIND_AFTER.match(text, e) is not None or KIND_AFTER.match(text, end) is not None:
        return True
    head = next((h for h in LIST_HEADS if text.endswith(h, 0, e)), None)
    described = DESCRIBED_KIND.match(text, end)
    if head is None or described is None or described.group(1) != head:
        return False
    clause = max(text.rfind(c, 0, e) for c in CLAUSE_MARKS) + 1
    return not any(w in text[clause:end] for w in LISTED_WORKS)
