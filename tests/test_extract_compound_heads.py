"""Programs written without quotes whose head opens with a second verb (某某巩固提升工程),
the first item of a list of programs closed by 等 and a kind (某某行动、某某工程等项目),
bodies named with 管理处, and no body at the centre of a place (某某区中心位置).
Sentences are made up."""
from __future__ import annotations

from conftest import names, run


def test_a_two_verb_head_after_a_verb_of_carrying_out_is_named():
    ext = run("我省开始实施山区道路安全巩固提升工程以来，成效明显。")
    assert "山区道路安全巩固提升工程" in names(ext, "Program")


def test_a_two_verb_head_alone_is_no_program():
    assert not names(run("各地深入实施巩固提升工程。"), "Program")


def test_the_first_of_listed_programs_closed_by_a_kind_is_named():
    ext = run("依托优质高产高效行动、杂粮单产提升工程等项目，加快推广。")
    assert {"优质高产高效行动", "杂粮单产提升工程"} <= names(ext, "Program")


def test_a_listed_item_without_a_program_head_stays_unnamed():
    ext = run("依托优质高产高效措施、杂粮单产提升工程等项目，加快推广。")
    assert "优质高产高效措施" not in names(ext, "Program")


def test_a_management_office_is_a_body():
    assert "颐和园管理处" in names(run("2002年至今，颐和园管理处对遗址进行了考古发掘。"), "Organization")


def test_the_centre_of_a_zone_is_no_body():
    ext = run("这个湿地公园位于杭州市余杭经济区中心位置。")
    assert not any(n.endswith("中心") for n in names(ext, "Organization"))


def test_a_centre_named_as_a_body_stays():
    assert "杭州市政务服务中心" in names(run("杭州市政务服务中心为群众办事。"), "Organization")
