"""Bodies of several places written as a list glued to one shared name (某市、某市、某市铁路局):
each listed place has its own body, written with the level the last place has (某市、某市、
某市政府 → 某市政府 for each); a count or 各 after the list (某市、某市三大交易所, 某市、某市
各大医院) or a one-character head leaves the list alone. Sentences are made up; no name is
from any gold file."""
from __future__ import annotations

from conftest import names, run


def test_each_listed_city_has_the_shared_body():
    got = names(run("受强降雨影响，昆明、贵阳、兰州铁路局管内线路加强巡查。"), "Organization")
    assert {"昆明铁路局", "贵阳铁路局", "兰州铁路局"} <= got


def test_the_listed_places_take_the_last_ones_level():
    got = names(run("山西、陕西、甘肃省新闻出版局联合开展检查。"), "Organization")
    assert {"山西省新闻出版局", "陕西省新闻出版局"} <= got
    assert not {"山西新闻出版局", "陕西新闻出版局"} & got


def test_a_count_or_each_after_the_list_names_no_body_each():
    got = names(run("伤员被送往昆明、贵阳各大医院，货物由大连、郑州三大交易所交割。"), "Organization")
    assert not any(n.startswith(("昆明", "大连")) for n in got)


def test_a_government_after_short_names_or_mixed_levels_is_left_alone():
    got = names(run("会议听取了山西、云南、青海政府和陕西省、榆林市党委的汇报。"), "Organization")
    assert not {"山西政府", "云南政府", "陕西省党委"} & got
