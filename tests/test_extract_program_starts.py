"""The start of a program written without quotes: a count of years right before its head is
part of the name (某某提升五年行动), a verb of drafting before it is not (编制|某某行动计划),
a read stopped at the word closing a list names the list's kind (某某、某某等|…行动), a plan of
counted years right after a verb of drafting is a kind (编制|某某五年行动计划), and a plan closing a
document title is named by the whole title (《加快某某五年行动计划》).
Sentences and names made up for the tests."""
from __future__ import annotations

from conftest import found


def test_a_count_of_years_before_the_head_is_part_of_the_name():
    text = "桃源县深入实施乡村教师素质提升五年行动，培训教师两千人。"
    assert "乡村教师素质提升五年行动" in found(text, "Program")
    text = "桃源县推进桃花技能人才培养五年行动计划，培养工匠千名。"
    assert "桃花技能人才培养五年行动计划" in found(text, "Program")
    text = "桃源县实施桃花溪治理三年攻坚行动，水质好转。"
    assert "桃花溪治理三年攻坚行动" in found(text, "Program")


def test_a_count_of_years_alone_names_no_program():
    for text in ("桃源县编制三年行动计划，推进重点项目。", "桃源县实施五年行动计划，推进重点项目。",
                 "桃源县实施第二个五年行动计划。", "桃源县实施2021年行动计划。"):
        assert not found(text, "Program"), text


def test_a_verb_of_drafting_opens_no_name():
    programs = found("省政府编制桃源湖生态保护行动计划，明确目标任务。", "Program")
    assert "桃源湖生态保护行动计划" in programs
    assert not any(p.startswith(("省政府", "编制")) for p in programs)


def test_a_read_stopped_at_a_list_closer_names_the_lists_kind():
    for text in ("桃源县实施教育、卫生等重点领域五年行动。", "桃源县实施教育、卫生等桃花振兴三年行动。",
                 "桃源县开展扫黑除恶、禁毒等桃花专项整治。"):
        assert not found(text, "Program"), text


def test_a_plan_of_counted_years_to_be_drafted_is_a_kind():
    assert not found("各地区要于1年内编制桃源设施建设补短板五年行动计划。", "Program")
    assert "桃源无障碍环境建设五年行动计划" in found("桃源县制定桃源无障碍环境建设五年行动计划。", "Program")


def test_a_plan_that_closes_a_document_title_is_named_by_the_title():
    text = "交通运输部将制定实施《加快桃源交通强市五年行动计划》。"
    assert found(text, "Program") == {"加快桃源交通强市五年行动计划"}
