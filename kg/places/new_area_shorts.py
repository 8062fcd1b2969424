"""A national new area written by its own name alone right after its province (某省雄安 for
雄安新区, as 河北雄安 is written): the zone of that name (vocab places/national_new_areas),
its parent the province. Only right after the province (alone, such a name is as often part
of another name: a hospital's campus, a company), only a name no word of the dictionary
(not a river, a coast or a district written after its province: 某省某江, 某省某某岸), and only
before punctuation, 等 or 的 (vocab places/unlisted_town_ends): before other words the name
may be a region's opening a work's name (某省某中引水工程)."""
from __future__ import annotations

from ..text.segmenter import segmenter
from .mentions import PlaceMention
from .new_areas import new_areas
from .unlisted import TOWN_ENDS

LEVEL = "zone"


def new_area_shorts(text: str, mentions: list[PlaceMention],
                    taken: list[tuple[int, int]] = ()) -> list[PlaceMention]:
    """The new areas written by their own name right after their province in `mentions`,
    not overlapping a mention or a `taken` span."""
    spans = [(m.start, m.end) for m in mentions] + list(taken)
    out = []
    for m in mentions:
        if m.level != "province":
            continue
        for name, province in new_areas().items():
            core = _core(name)
            end = m.end + len(core)
            if province != m.name or not core or not text.startswith(core, m.end) \
                    or text.startswith(name[len(core):], end) or segmenter().in_dict(core) \
                    or end < len(text) and text[end] not in TOWN_ENDS:
                continue  # 某省某某新区 in full is read by the zone reader; 某省某江: a river
            if any(a < end and m.end < b for a, b in spans):
                continue
            out.append(PlaceMention(m.end, end, core, name, LEVEL, None, m.name, ((m.name, m.level),)))
            spans.append((m.end, end))
    return out


def _core(name: str) -> str:
    """The new area's own name: its name without its last two characters (新区)."""
    return name[:-2] if len(name) > 2 else ""
