"""A unit of an institution named bare in a list of posts after the institution belongs to
the institution, not to the place (kg.extract.units). Sentences are made up."""
from __future__ import annotations

from conftest import holds, run

from kg.extract.units import institution_unit


def test_a_court_division_after_the_courts_committee_is_the_courts():
    got = holds(run("王建华是湖南省宁乡县人民法院审判委员会委员、刑事审判庭庭长。"))
    assert ("王建华", "庭长", "宁乡县人民法院刑事审判庭", "current") in got


def test_a_hospital_department_after_the_hospitals_party_committee_is_the_hospitals():
    got = holds(run("李明是长沙市第一人民医院党委委员、心内科主任。"))
    assert ("李明", "主任", "长沙市第一人民医院心内科", "current") in got


def test_a_party_department_still_goes_to_the_party_committee():
    got = holds(run("赵刚是长沙市委常委、宣传部部长。"))
    assert ("赵刚", "部长", "长沙市委宣传部", "current") in got


def test_no_unit_without_an_institution_named_before_it():
    assert institution_unit("办公室", "某县发改局") is None
    assert institution_unit("第一检察部", "检察院") is None
    assert institution_unit("第一检察部", "某县人民检察院检察委员会") == "某县人民检察院第一检察部"


def test_a_courts_committee_listed_after_the_court_is_the_courts():
    got = holds(run("会议经表决，任命赵文华为最高人民检察院副检察长、检察委员会委员，"
                    "任命钱立新为长沙市中级人民法院副院长、审判委员会委员。"))
    assert ("赵文华", "委员", "最高人民检察院检察委员会", "current") in got
    assert ("钱立新", "委员", "长沙市中级人民法院审判委员会", "current") in got
    assert not any(h[0] == "赵文华" and h[2].startswith("长沙市") for h in got)  # the next 任命's posts
