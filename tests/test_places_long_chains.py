"""Towns and villages read from chains that skip the county (某省某某乡某某村, 某市某某乡某某村),
minority towns of four characters after a banner, the place that opens a zone's name and a
national new area written by its own name after its province
(kg.places.long_chains, kg.places.mentions.named_inner, kg.places.new_area_shorts).
Sentences are made up; the unlisted names are invented."""
from __future__ import annotations

from conftest import names, run

from kg.places import find_places


def _places(text: str) -> dict[str, tuple[str, str | None]]:
    return {m.name: (m.level, m.parent) for m in find_places(text).mentions}


def _part_of(text: str) -> set[tuple[str, str]]:
    ext = run(text)
    return {(r.source.name, r.target.name) for r in ext.relations if r.type == "PART_OF"}


def test_a_town_and_village_after_a_province_skipping_the_county():
    got = _places("春节期间，在贵州青禾峪乡柏各庄村，村民载歌载舞。")
    assert got["青禾峪乡"] == ("town", "贵州省")
    assert got["柏各庄村"] == ("village", "青禾峪乡")


def test_a_town_and_village_after_a_city_written_in_full():
    got = _places("他来自西藏拉萨市青禾峪乡柏各庄村。")
    assert got["青禾峪乡"] == ("town", "拉萨市")
    assert got["柏各庄村"] == ("village", "青禾峪乡")


def test_a_town_whose_suffix_the_segmenter_glues_is_read_when_a_village_follows():
    got = _places("他来自西藏拉萨市扎金乡塔木沟村。")  # 金乡 is a word of the dictionary
    assert got["扎金乡"] == ("town", "拉萨市")
    assert got["塔木沟村"] == ("village", "扎金乡")


def test_a_town_after_a_province_needs_a_village_after_it():
    assert "青禾峪乡" not in _places("在贵州青禾峪乡，村民载歌载舞。")
    assert not any(n.endswith("乡") for n in _places("湖南乡村振兴成效明显。"))


def test_a_province_or_city_at_the_very_end_of_the_text_reads_no_town():
    # the chain's town would start past the end of the text (the bulk corpus has such items)
    for text in ("记者来到贵州", "记者来到贵州青", "他来自西藏拉萨市"):
        assert not any(n.endswith(("乡", "镇")) for n in _places(text))


def test_a_minority_town_of_four_characters_after_a_banner():
    got = _places("内蒙古杭锦旗查干努图镇 牧民某某：今年收成好。")
    assert got["查干努图镇"] == ("town", "杭锦旗")
    assert ("查干努图镇", "杭锦旗") in _part_of("鄂尔多斯杭锦旗查干努图镇党委组织群众植树。")


def test_no_town_of_four_characters_after_an_ordinary_county():
    assert "查干努图镇" not in _places("四川宁南县查干努图镇 牧民某某：今年收成好。")


def test_the_city_that_opens_a_zones_name_is_a_place_of_the_article():
    text = "在鹰潭信江生态区，一批新项目落地。"
    assert "鹰潭市" in names(run(text), "Place")
    assert ("信江生态区", "鹰潭市") in _part_of(text) or ("鹰潭信江生态区", "鹰潭市") in _part_of(text)


def test_a_district_short_form_glued_into_a_zones_own_name_is_no_place_of_its_own():
    text = "在烟台芝罘湾科技城，企业加快复工。"  # 芝罘湾: a bay named after the district
    assert names(run(text), "Place") == {"烟台市", "烟台芝罘湾科技城"}


def test_a_province_and_a_city_opening_a_zones_name_are_both_places():
    got = names(run("在山东威海临港新区，企业加快复工。"), "Place")
    assert {"山东省", "威海市"} <= got


def test_a_national_new_area_by_its_own_name_after_its_province():
    got = _places("春节期间，在贵州贵安，人们逛市集。")
    assert got["贵安新区"] == ("zone", "贵州省")
    assert "滇中新区" not in _places("云南滇中引水工程进展顺利。")  # a region opening a work's name
