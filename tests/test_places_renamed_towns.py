"""A town the gazetteer lists as 乡 that news writes as 镇 (撤乡设镇), right before one of
its listed villages: the town as written, the village under it (kg.places.renamed).
The sentences are made up; the gazetteer's divisions are stood in for by a small table."""
from __future__ import annotations

from kg.places.mentions import PlaceMention
from kg.places.renamed import renamed_towns


def _village(text: str, name: str, town: str) -> PlaceMention:
    s = text.index(name)
    return PlaceMention(s, s + len(name), name, name, "village", None, town,
                        ((town, "town"), ("青川县", "county"), ("河东市", "city")))


def test_a_town_written_with_its_new_suffix_before_its_village():
    text = "救援队在柳河镇石门村搭建帐篷。"
    added, out = renamed_towns(text, [_village(text, "石门村", "柳河乡")])
    assert [(m.name, m.level, m.parent) for m in added] == [("柳河镇", "town", "青川县")]
    assert out[0].parent == "柳河镇"


def test_a_town_made_a_subdistrict():
    text = "他来到柳河街道石门村。"
    added, _ = renamed_towns(text, [_village(text, "石门村", "柳河镇")])
    assert [(m.name, m.level) for m in added] == [("柳河街道", "subdistrict")]


def test_no_town_when_another_name_is_written_before_the_village():
    text = "救援队在杨柳镇石门村搭建帐篷。"
    added, out = renamed_towns(text, [_village(text, "石门村", "柳河乡")])
    assert not added and out[0].parent == "柳河乡"
