"""Programs that are no program by their kind or where their name starts
(kg/extract/refuse_program_kinds), generic words of cooperation, science, venues and
armed operations (refuse/generic_program_words), and figures of speech after a count of
one (programs/one_counters), quoted attributive phrases closed by 的 (programs._bad_content).
Short names and sentences made up for the tests."""
from __future__ import annotations

from conftest import found
from kg.extract.refuse import refused_name
from kg.extract.refuse_program_kinds import (carried_remainder, counted_owner, generic_operation, glued_remainder,
                                            owner_remainder, participant_remainder, transfer_work, uncoded_system)


def test_a_system_without_a_code_is_no_program():
    assert uncoded_system("桃源医疗服务体系")
    assert uncoded_system("桃源两治制度体系")
    assert uncoded_system("上下协同、左右联动应急体系")
    assert not uncoded_system("2468企业服务体系")
    assert not uncoded_system("3+2考核管理体系")
    assert not uncoded_system("四个一产业体系")
    assert not uncoded_system("桃源示范工程")
    assert refused_name("Program", "桃源防控体系")


def test_systems_in_a_sentence():
    text = "桃源县完善“互联网+养老”服务体系，建成“2468”企业服务体系。"
    programs = found(text, "Program")
    assert "2468企业服务体系" in programs
    assert "互联网+养老服务体系" not in programs


def test_a_verb_of_carrying_out_opens_no_program():
    assert carried_remainder("坚持实施桃源优先政策", "要坚持实施桃源优先政策。") == "桃源优先政策"
    assert carried_remainder("深入打好碧水保卫战", "深入打好碧水保卫战。") == "碧水保卫战"
    assert carried_remainder("深化桃源开放行动计划", "深化桃源开放行动计划。") == "桃源开放行动计划"
    assert carried_remainder("坚持实施桃源优先政策", "“坚持实施桃源优先政策”") is None  # quoted whole
    assert carried_remainder("实施新政", "实施新政。") is None  # too short a rest
    assert carried_remainder("桃源优先政策", "桃源优先政策") is None


def test_a_carried_program_in_a_sentence_is_the_program_after_the_verb():
    programs = found("会议要求，全面深化桃源开放行动计划制订了九个方面的措施。", "Program")
    assert "桃源开放行动计划" in programs
    assert "深化桃源开放行动计划" not in programs


def test_generic_words_of_cooperation_science_and_operations():
    for name in ("国际科学合作行动", "区域合作发展战略", "场馆运行工程", "集中收网专项行动",
                 "非战争军事计划", "反间谍行动", "战略性科学工程"):
        assert refused_name("Program", name), name
    for name in ("中桃科技合作计划", "桃源振兴战略", "科技兴桃战略"):
        assert not refused_name("Program", name), name


def test_figures_of_speech_after_a_count_of_one():
    text = "委员们认为桃源行动是一项“良心工程”“放心工程”，成效明显。"
    assert not found(text, "Program") & {"良心工程", "放心工程"}
    assert {"桃花工程", "放心工程"} <= found("桃源县开展“桃花工程”“放心工程”，成效明显。", "Program")


def test_a_quoted_attributive_phrase_before_a_head_names_no_program():
    text = "各方要建立一个“更开放、更包容的”桃源合作体系，推动十项“相互促进的”行动。"
    assert not found(text, "Program")
    assert "我的桃源主题活动" in found("桃源县开展“我的桃源”主题活动。", "Program")


def test_who_takes_part_is_no_part_of_a_campaign_of_learning():
    assert participant_remainder("政协桃源学习教育") == "桃源学习教育"
    assert participant_remainder("团员学习教育") == ""
    assert participant_remainder("桃源学习教育") is None
    assert participant_remainder("政协桃源行动") is None
    programs = found("各地开展桃源精神学习教育。推动政协桃源精神学习教育走向深入，抓好团员学习教育。",
                     "Program")
    assert "桃源精神学习教育" in programs
    assert not programs & {"政协桃源精神学习教育", "团员学习教育"}


def test_a_verb_inside_a_quoted_name_stays_in_it():
    text = "这是桃源“深化产茶兴村、聚力共同富裕”系列活动的一部分。"
    assert carried_remainder("深化产茶兴村、聚力共同富裕系列活动", text) is None
    assert carried_remainder("深化桃源开放行动计划", "要深化桃源开放行动计划。") == "桃源开放行动计划"


def test_a_count_of_owners_opens_no_program():
    assert counted_owner("八部门茶叶市场专项行动")
    assert counted_owner("10部委桃源联合行动")
    assert not counted_owner("八八战略")
    assert not counted_owner("公共部门稳岗行动")


def test_a_quoted_count_of_plans_before_a_campaign_head_names_the_campaign():
    assert found("桃源县将深入实施“三大计划”专项行动，拓展茶叶市场。", "Program") == {"三大计划专项行动"}
    assert found("要深入实施“春茶计划”、“秋茶计划”等重大人才工程。", "Program") == {"春茶计划", "秋茶计划"}


def test_a_program_opened_by_the_body_that_carries_it_out_is_read_after_it():
    programs = found("国务院桃花污染防治行动计划实施以来，空气明显改善。", "Program")
    assert "桃花污染防治行动计划" in programs
    assert "国务院桃花污染防治行动计划" not in programs
    assert owner_remainder("公安部桃花净网专项行动") == "桃花净网专项行动"
    assert owner_remainder("公安机关打击桃花谣言专项行动") == "打击桃花谣言专项行动"
    assert owner_remainder("国务院第三次全体会议") is None  # no program after the body
    assert owner_remainder("桃源县桃花行动") is None


def test_an_operation_named_only_by_its_kind_is_no_program():
    assert generic_operation("三轮打击行动")
    assert generic_operation("地面军事行动")
    assert generic_operation("参与联合国维和行动")
    assert generic_operation("地区行动计划")  # a scope alone
    assert refused_name("Program", "集中缉捕行动")
    assert not generic_operation("打击桃花走私集中行动")  # a topic is named
    assert not generic_operation("雷霆打击行动")  # a proper part
    programs = found("桃源县公安局开展“雷霆”打击行动，又组织了三轮打击行动。", "Program")
    assert "雷霆打击行动" in programs and "三轮打击行动" not in programs


def test_a_part_of_a_national_transfer_work_is_no_program():
    assert transfer_work("引大入秦输配水工程")
    assert transfer_work("引洮供水后续工程")
    assert not transfer_work("引大入秦工程总体规划")  # its plan
    assert not transfer_work("引大入秦")
    programs = found("桃源县全力推进“引大入秦”输配水工程建设。", "Program")
    assert "引大入秦输配水工程" not in programs


def test_two_glued_programs_are_read_as_the_second():
    assert glued_remainder("桃源县发展规划和桃农培训计划") == "桃农培训计划"
    assert glued_remainder("爱桃运动和健康桃源行动") == "健康桃源行动"
    assert glued_remainder("桃子和李子产能提升工程") is None  # one program of two topics
    assert glued_remainder("桃花行动") is None
    programs = found("各地深入开展爱桃卫生运动和健康桃源行动。", "Program")
    assert "健康桃源行动" in programs and "爱桃卫生运动和健康桃源行动" not in programs
