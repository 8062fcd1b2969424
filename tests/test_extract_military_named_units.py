"""Military units named without a head word of a body: numbered group armies, a
province's armed police corps and military district. Sentences are made up."""
from __future__ import annotations

from conftest import names, run


def test_numbered_group_armies_are_bodies_named_as_written():
    got = names(run("演习中，陆军第88集团军某旅和第十二集团军某团协同作战，19集团军也派出官兵。"), "Organization")
    assert {"陆军第88集团军", "第十二集团军", "19集团军"} <= got


def test_the_service_opening_a_numbered_unit_is_dropped_in_its_alias():
    ext = run("陆军第88集团军官兵连夜赶到灾区。")
    unit = next(e for e in ext.entities if e.name == "陆军第88集团军")
    assert "第88集团军" in unit.aliases


def test_a_provinces_armed_police_corps_and_military_district_are_bodies():
    got = names(run("武警湖南总队和湖南省军区组织官兵抢险，甘肃军区也派出民兵。"), "Organization")
    assert {"武警湖南总队", "湖南省军区", "甘肃军区"} <= got


def test_no_unit_without_its_number_or_province():
    got = names(run("集团军官兵和总队领导来到军区机关。"), "Organization")
    assert not got
