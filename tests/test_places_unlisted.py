"""Towns and villages the gazetteer does not list, read from a chain or a list of
divisions it does list (kg.places.unlisted). Sentences are made up; the unlisted names
are invented."""
from __future__ import annotations

from conftest import run

from kg.places import find_places


def _places(text: str) -> dict[str, tuple[str, str | None]]:
    return {m.name: (m.level, m.parent) for m in find_places(text).mentions}


def test_an_unlisted_town_and_village_after_a_district_written_in_full():
    got = _places("授予北京市朝阳区青禾峪乡柏各庄村等十个村镇称号。")
    assert got["青禾峪乡"] == ("town", "朝阳区")
    assert got["柏各庄村"] == ("village", "青禾峪乡")


def test_an_unlisted_town_alone_needs_punctuation_or_a_body_after_it():
    assert _places("他来到四川省宁南县黄藤乡，看望群众。")["黄藤乡"] == ("town", "宁南县")
    assert "黄藤乡" in _places("宁南县黄藤乡党委书记主持会议。")
    assert not any(n.endswith("乡") for n in _places("宁南县黄藤乡亲们来了。"))


def test_an_unlisted_village_after_a_listed_town():
    got = _places("他来到河北省阜平县龙泉关镇青石峪村。")
    assert got["青石峪村"] == ("village", "龙泉关镇")


def test_an_unlisted_town_listed_beside_a_listed_town_shares_its_county():
    got = _places("芦山县城以北，灾情严重的青杠乡、双石镇等地。")
    assert got["青杠乡"] == ("town", "芦山县")


def test_kinds_of_towns_and_phrases_are_no_names():
    text = ("宁南县重点镇建设加快。宁南县美丽乡村建设。宁南县所辖乡镇。宁南县城乡一体化。"
            "宁南县贫困村脱贫。宁南县统筹城乡发展。宁南县特色小镇。宁南县各乡镇。"
            "兰考县优化乡党委班子。东关街道请来社区里的老人。")
    assert set(_places(text)) <= {"宁南县", "兰考县", "东关街道"}


def test_the_chain_gives_part_of_in_the_graph():
    ext = run("四川省宁南县黄藤乡青石峪村的村民致富了。")
    part = {(r.source.name, r.target.name) for r in ext.relations if r.type == "PART_OF"}
    assert ("黄藤乡", "宁南县") in part and ("青石峪村", "黄藤乡") in part
