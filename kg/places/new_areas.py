"""National-level new areas named bare (雄安新区, 贵安新区): their own name is no place name
the gazetteer or jieba knows, so the zone reader finds no place to open them with. The
list (kg/data/vocab/places/national_new_areas.tsv) gives each one's province, its parent
when the article names that province."""
from __future__ import annotations

from functools import lru_cache

from ..text.vocabulary import table


@lru_cache(maxsize=1)
def new_areas() -> dict[str, str]:
    """Each national new area's name -> its province."""
    return {name: cols[0] for name, cols in table("places/national_new_areas").items()}


def core_before(text: str, s: int, suffix: str) -> int:
    """Length of a listed new area's own name (雄安) ending at `s`, where `suffix` (新区)
    starts; 0 for none."""
    for name in new_areas():
        if name.endswith(suffix):
            core = name[:-len(suffix)]
            if core and text.endswith(core, 0, s):
                return len(core)
    return 0


def province_of(name: str) -> str | None:
    return new_areas().get(name)
