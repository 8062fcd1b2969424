"""PART_OF to the nearest ancestor the article names when it skips a level, an
autonomous prefecture written as its short form and 州, and a unique village of four
characters read where its city is named. Sentences are made up."""
from __future__ import annotations

from kg.places import find_places


def pairs(text: str) -> set[tuple[str, str]]:
    return {(r.source.name, r.target.name) for r in find_places(text).part_of()}


def test_a_county_written_after_its_province_is_part_of_the_province():
    # 会宁县 is under 白银市, which the sentence does not name
    assert pairs("甘肃会宁县的学生今年又有多人考上大学。") == {("会宁县", "甘肃省")}


def test_the_immediate_parent_wins_when_it_is_named():
    got = pairs("甘肃省白银市会宁县的学生今年又有多人考上大学。")
    assert got == {("白银市", "甘肃省"), ("会宁县", "白银市")}


def test_a_village_under_its_county_with_no_town_named_is_part_of_the_county():
    from kg.gazetteer import gazetteer
    gaz = gazetteer()
    (village,) = gaz.lookup("果洛藏贡麻村")
    county = next(d for d in gaz.chain(village.id) if d.level in ("county", "district"))
    got = pairs(f"{county.name}{village.name}的村民建起了民族特色村寨。")
    assert (village.name, county.name) in got


def test_no_part_of_without_any_named_ancestor():
    assert pairs("会宁县的学生今年又有多人考上大学。") == set()


def test_an_autonomous_prefecture_written_with_zhou_is_the_prefecture():
    places = find_places("湖北恩施州巴东县的茶农正在采茶。")
    by_surface = {m.surface: m for m in places.mentions}
    assert by_surface["恩施州"].name == "恩施土家族苗族自治州"
    assert by_surface["恩施州"].level == "city"
    assert pairs("湖北恩施州巴东县的茶农正在采茶。") == {
        ("恩施土家族苗族自治州", "湖北省"), ("巴东县", "恩施土家族苗族自治州")}


def test_zhou_is_read_only_after_the_short_form_of_a_prefecture():
    # 会宁 is a county's short form: 会宁州 names no division
    assert all(m.surface != "会宁州" for m in find_places("甘肃会宁州的说法并不存在。").mentions)


def test_a_unique_four_character_village_stands_with_its_city():
    from kg.gazetteer import gazetteer
    gaz = gazetteer()
    (village,) = gaz.lookup("柏树底村")
    city = next(d for d in gaz.chain(village.id) if d.level == "city")
    found = {m.name for m in find_places(f"在{city.name}，{village.name}的村民种起了中药材。").mentions}
    assert village.name in found
    assert village.name not in {m.name for m in find_places(f"{village.name}的村民种起了中药材。").mentions}
    assert (village.name, city.name) in pairs(f"在{city.name}，{village.name}的村民种起了中药材。")
