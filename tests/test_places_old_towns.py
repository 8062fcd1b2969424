"""An old town (某某古镇) is the town 某某镇 when the gazetteer lists it under a division the
article names (kg.places.old_towns). Sentences are made up."""
from __future__ import annotations

from kg.places import find_places


def _places(text: str) -> dict[str, tuple[str, str]]:
    return {m.name: (m.surface, m.level) for m in find_places(text).mentions}


def test_an_old_town_under_a_named_city_is_the_town():
    assert _places("周末，游客来到苏州同里古镇赏花。")["同里镇"] == ("同里古镇", "town")


def test_an_old_town_without_its_city_or_unlisted_is_no_town():
    assert not any(n.endswith("镇") for n in _places("周末，游客来到同里古镇赏花。"))
    assert not any(n.endswith("镇") for n in _places("周末，游客来到苏州青禾古镇赏花。"))
