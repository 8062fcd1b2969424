"""Towns and villages the gazetteer does not list, read from chains that `kg.places.unlisted`
does not read:

- a chain that skips the county: a province or a city, then a name and 乡/镇/街道, then a
  name and 村/社区 (某省某某乡某某村, 某市某某镇某某村); the village is needed, as the
  evidence that the name before it is a town;
- a town of four characters after a banner or an autonomous county written in full
  (某某旗某某某某镇): the names of minority towns are often that long; the town must
  go on to a village, a town's body, punctuation or a space (a caption: 某旗某某镇 某某某).

Names are read as `unlisted._name` reads them (no stop, not a dictionary word with its
suffix, no common verb first, word boundaries); a town's suffix glued by the segmenter into
a word with its name's last character (某市某纳|金乡|某某村) is let pass when a village
follows it. The county endings are data (vocab places/minority_county_ends). Nothing is
invented for an unnamed level: the town hangs from the place written before it, the
village from the town.
"""
from __future__ import annotations

from ..text.document import Text
from ..text.vocabulary import words
from .mentions import PlaceMention
from .unlisted import (CJK, STOP_CHARS, STOPS, TOWN_BODIES, TOWN_ENDS, TOWN_SUFFIXES, VILLAGE_SUFFIXES,
                       _after, _name)

SKIPPING_LEVELS = ("province", "city")
MINORITY_COUNTY_ENDS = tuple(words("places/minority_county_ends"))
LONG_CORE = 4  # characters of a minority town's name


def long_chains(doc: Text, mentions: list[PlaceMention],
                exclude: list[tuple[int, int]] = ()) -> list[PlaceMention]:
    """The towns and villages of the chains in the module docstring, not overlapping
    `mentions` or an `exclude` span."""
    text = doc.text
    taken = [(m.start, m.end) for m in mentions] + list(exclude)
    out: list[PlaceMention] = []

    def free(m: PlaceMention | None) -> bool:
        return m is not None and all(m.end <= a or m.start >= b for a, b in taken)

    def add(m: PlaceMention) -> None:
        out.append(m)
        taken.append((m.start, m.end))

    def with_village(town: PlaceMention, up) -> bool:
        """Add the town and the village right after it, when there is one; whether it did."""
        village = _after(doc, town.end, VILLAGE_SUFFIXES, ((town.name, town.level),) + up)
        if not free(village):
            return False
        add(town)
        add(village)
        return True

    for m in sorted(mentions, key=lambda m: m.start):
        up = ((m.name, m.level),) + m.ancestors
        if m.level in SKIPPING_LEVELS:
            for town in (_after(doc, m.end, TOWN_SUFFIXES, up), _glued_town(doc, m.end, up)):
                if free(town) and with_village(town, up):
                    break
        elif m.level == "county" and m.surface == m.name and m.name.endswith(MINORITY_COUNTY_ENDS):
            town = _long_town(doc, m.end, up)
            if not free(town) or with_village(town, up):
                continue
            if (town.end >= len(text) or text[town.end] in TOWN_ENDS or text[town.end].isspace()
                    or text.startswith(TOWN_BODIES, town.end)):
                add(town)
    return out


def _long_town(doc: Text, pos: int, up) -> PlaceMention | None:
    """A name of LONG_CORE characters and a town's suffix starting at `pos`, under `up[0]`."""
    text = doc.text
    core_end = pos + LONG_CORE
    for suffix, level in TOWN_SUFFIXES:
        end = core_end + len(suffix)
        if text[core_end:end] == suffix and _name(doc, pos, core_end, end):
            return PlaceMention(pos, end, text[pos:end], text[pos:end], level, None,
                                up[0][0], tuple(up))
    return None


def _glued_town(doc: Text, pos: int, up) -> PlaceMention | None:
    """A name of two or three characters and a town's suffix at `pos` on word boundaries,
    its characters no stop, whatever word the suffix is segmented into."""
    text = doc.text
    if not doc.is_word_boundary(pos):
        return None
    for n in (2, 3):
        core = text[pos:pos + n]
        if len(core) < n or not all(CJK.match(c) and c not in STOP_CHARS for c in core) or core in STOPS \
                or core[:2] in STOPS or core[0] in STOPS:
            continue
        for suffix, level in TOWN_SUFFIXES:
            end = pos + n + len(suffix)
            if text[pos + n:end] == suffix and doc.is_word_boundary(end):
                return PlaceMention(pos, end, text[pos:end], text[pos:end], level, None,
                                    up[0][0], tuple(up))
    return None
