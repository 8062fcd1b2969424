"""A village or community the gazetteer does not list under the city or county written
right before it (某市某某社区，…), read on the blind dev set K. Sentences are made up."""
from __future__ import annotations

from kg.places import find_places


def places(text: str) -> dict[str, str | None]:
    return {m.name: m.parent for m in find_places(text).mentions}


def test_a_community_after_its_city():
    got = places("在河北石家庄青禾社区，志愿者每天上门服务。")
    assert got.get("青禾社区") == "石家庄市"


def test_a_village_after_its_county():
    got = places("湖南汝城县云岭坪村的乡村公路修好了。")
    assert got.get("云岭坪村") == "汝城县"


def test_no_village_when_the_name_goes_on_or_after_a_glued_name():
    assert "新农村" not in places("石家庄新农村建设成效明显。")
    assert not any(n.endswith("移民村") for n in places("宁夏永宁县闽宁镇原隆移民村，在产业上下功夫。"))


def test_a_village_after_its_county_before_its_villagers_or_its_party_branch():
    assert places("湖南汝城县云岭坪村村民赵文华说，路修好了。").get("云岭坪村") == "汝城县"
    assert places("湖南汝城县云岭坪村党支部组织党员学习。").get("云岭坪村") == "汝城县"
    assert "新村" not in places("汝城县新村村民说。")  # a dictionary word with its suffix
