"""Villages and communities the gazetteer does not list under the place written right before
them (某市某某社区, 河北某地某某村): a city, county or district, written in full or short,
then a name of two or three characters and 村/社区, then punctuation, 等 or 的 (what may end a
chained town: vocab places/unlisted_town_ends) or the village's people or bodies (村民, 党支部:
places/village_followers). The name is read as `unlisted._name` reads
one (no stop, not a dictionary word with its suffix, no common verb first, word
boundaries); the village hangs from the place before it."""
from __future__ import annotations

from ..text.document import Text
from ..text.vocabulary import chars, words
from .mentions import PlaceMention
from .unlisted import TOWN_ENDS, VILLAGE_SUFFIXES, _after

LEVELS = ("city", "county", "district")
LEVEL_CHARS = frozenset(chars("places/glued_level_chars"))
FOLLOWERS = tuple(words("places/village_followers"))  # 某某村|村民, 某某村|党支部


def city_villages(doc: Text, mentions: list[PlaceMention],
                  taken: list[tuple[int, int]] = ()) -> list[PlaceMention]:
    """The villages written right after a city, county or district of `mentions`, not
    overlapping a mention or a `taken` span."""
    text = doc.text
    if not any(suffix in text for suffix, _ in VILLAGE_SUFFIXES):
        return []
    spans = [(m.start, m.end) for m in mentions] + list(taken)
    ends = {m.end for m in mentions}
    out = []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.level not in LEVELS or not doc.is_word_boundary(m.start) or _glued(text, m, ends):
            continue
        v = _after(doc, m.end, VILLAGE_SUFFIXES, ((m.name, m.level),) + m.ancestors)
        if v is None or any(a < v.end and v.start < b for a, b in spans):
            continue
        if v.end < len(text) and text[v.end] not in TOWN_ENDS and not text.startswith(FOLLOWERS, v.end):
            continue
        out.append(v)
        spans.append((v.start, v.end))
    return out


def _glued(text: str, m: PlaceMention, ends: set[int]) -> bool:
    """`m` opens with the level suffix of a name written before it that no mention reads
    (某某镇|原…: 镇原 is no county there)."""
    return m.start > 0 and m.start not in ends and text[m.start] in LEVEL_CHARS \
        and text[m.start - 1].isalnum()
