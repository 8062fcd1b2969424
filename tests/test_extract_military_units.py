"""Local military organs named after their place (某某军分区, 某县人武部, 某某警备区) are
organisations, and their posts are theirs. Sentences are made up."""
from __future__ import annotations

from conftest import holds, names, run


def test_a_military_subdistrict_and_a_county_armed_forces_department_are_bodies():
    got = names(run("暴雨过后，宁波军分区组织民兵抢险，象山县人武部连夜转移群众。"), "Organization")
    assert {"宁波军分区", "象山县人武部"} <= got


def test_the_political_commissar_of_a_military_subdistrict_holds_its_post():
    got = holds(run("温州军分区政委李国强出席了仪式。"))
    assert ("李国强", "政委", "温州军分区", "current") in got


def test_a_bare_military_head_without_a_name_is_no_body():
    got = names(run("曾经荣誉满身的军分区面貌一新。他进入人武部工作。"), "Organization")
    assert not got
