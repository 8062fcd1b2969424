"""Towns the gazetteer lists under their former level word (a 乡 made a 镇, a 镇 made a
街道): news writes the new name right before one of the town's villages (某某镇某某村 where
the gazetteer has 某某乡 and the village under it). The town is named as written, under
the county the gazetteer gives, and the village hangs from it. Suffixes that a town may
be renamed between: kg/data/vocab/places/renamed_town_suffixes.tsv."""
from __future__ import annotations

from dataclasses import replace

from ..text.vocabulary import table
from .mentions import PlaceMention

# former suffix -> (new suffix, level of the new one)
RENAMED = {old: tuple(zip(news[0::2], news[1::2])) for old, news in table("places/renamed_town_suffixes").items()}


def renamed_towns(text: str, mentions: list[PlaceMention],
                  taken: list[tuple[int, int]] = ()) -> tuple[list[PlaceMention], list[PlaceMention]]:
    """The towns written under a new level word right before a listed village of theirs,
    and `mentions` with those villages hung from them."""
    spans = [(m.start, m.end) for m in mentions] + list(taken)
    added, out = [], []
    for m in mentions:
        town = _renamed_before(text, m, spans)
        if town is None:
            out.append(m)
            continue
        added.append(town)
        spans.append((town.start, town.end))
        out.append(replace(m, parent=town.name, ancestors=((town.name, town.level),) + m.ancestors[1:]))
    return added, out


def _renamed_before(text: str, m: PlaceMention, spans) -> PlaceMention | None:
    if m.level != "village" or not m.parent or len(m.ancestors) < 2:
        return None
    old = next((s for s in RENAMED if m.parent.endswith(s)), None)
    if old is None:
        return None
    core = m.parent[:-len(old)]
    for new, level in RENAMED[old]:
        written = core + new
        s = m.start - len(written)
        if s < 0 or text[s:m.start] != written or any(a < m.start and s < b for a, b in spans):
            continue
        return PlaceMention(s, m.start, written, written, level, None, m.ancestors[1][0], m.ancestors[1:])
    return None
