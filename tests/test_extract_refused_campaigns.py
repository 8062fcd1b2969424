"""Campaigns refused where the article writes them (kg/extract/refuse_campaigns), quoted
names sharing one head (kg/extract/programs), and works of a place's kind or with a head
written twice (refuse/generic_project_words, refuse_kinds.two_works). Short names and
sentences made up for the tests."""
from __future__ import annotations

from conftest import found
from kg.extract.refuse import refused_name
from kg.extract.refuse_campaigns import unowned_year, unquoted_theme


def test_a_short_theme_written_bare_is_no_campaign():
    text = "桃源县第一批主题教育已经展开，各单位要深刻领会主题教育的意义。"
    programs = found(text, "Program")
    assert not programs & {"桃源县第一批主题教育", "第一批主题教育", "深刻领会主题教育"}
    assert unquoted_theme("桃源县主题教育", [(0, "桃源县主题教育")], "桃源县主题教育已经展开")


def test_a_quoted_or_long_theme_names_a_campaign():
    assert "桃花朵朵开主题活动" in found("桃源县开展“桃花朵朵开”主题活动。", "Program")
    text = "“桃花朵朵开主题活动”今天启动。"
    assert not unquoted_theme("桃花朵朵开主题活动", [(1, "桃花朵朵开主题活动")], text)
    long_theme = "学习贯彻桃源精神大讨论主题教育"
    assert not unquoted_theme(long_theme, [(0, long_theme)], long_theme + "启动")


def test_the_events_of_a_themed_year_need_both_countries():
    assert unowned_year("友好年活动")
    assert unowned_year("体育交流年活动")
    assert unowned_year("德青少年交流年活动")  # cut after its first country
    assert refused_name("Program", "两国青少年交流年活动")
    assert not unowned_year("中柬友好年活动")
    assert not unowned_year("俄中文化年活动")
    assert not unowned_year("中国-希腊文化和旅游年系列活动")
    assert not unowned_year("古城过大年活动")


def test_quoted_names_sharing_one_head_each_take_it():
    programs = found("桃源县开展“桃花向阳”“李树成林”行动，成效明显。", "Program")
    assert {"桃花向阳行动", "李树成林行动"} <= programs
    assert not programs & {"桃花向阳", "李树成林"}


def test_a_place_s_works_of_a_kind_are_no_project():
    assert refused_name("Project", "桃源县中心城区铁路")
    assert refused_name("Project", "桃源县民用机场")
    assert refused_name("Project", "通勤高铁")
    assert refused_name("Project", "桃源县各大产业园")
    assert refused_name("Project", "高原机场桃花机场")
    assert not refused_name("Project", "桃花机场")
    assert not refused_name("Project", "桃源至李庄铁路")
    assert not refused_name("Project", "桃北地区水资源配置工程")


def test_a_campaign_against_a_quoted_object_is_named_with_its_verb():
    programs = found("桃源县公安局开展打击“黑桃花”走私犯罪专项行动。", "Program")
    assert "打击黑桃花走私犯罪专项行动" in programs
    assert "黑桃花走私犯罪专项行动" not in programs


def test_a_verb_of_winning_or_taking_up_opens_no_program():
    assert refused_name("Program", "打赢桃源攻坚战")
    assert refused_name("Program", "加强桃源安全体系")
    assert not refused_name("Program", "桃源攻坚战")
    programs = found("桃源县积极响应桃花生态恢复十年行动计划，开展植树。", "Program")
    assert "桃花生态恢复十年行动计划" in programs
    assert not any(p.startswith("响应") for p in programs)


def test_a_project_opened_by_a_verb_is_a_clause():
    assert refused_name("Project", "出口桃源高铁")
    assert refused_name("Project", "优化调整桃李高铁")
    assert not refused_name("Project", "桃李高铁")
    assert not refused_name("Project", "引桃济李工程")  # one character opens a work's name


def test_a_package_of_measures_and_a_place_s_existing_works_name_nothing():
    assert refused_name("Program", "一揽子政策")
    assert not refused_name("Program", "桃花向阳政策")
    assert "现有桃李高铁" not in found("桃源县现有桃李高铁一条。", "Project")


def test_a_round_of_a_campaign_or_of_works_names_neither():
    assert refused_name("Program", "桃花2019第一轮集中行动")
    assert refused_name("Project", "新一轮桃湖水环境综合治理")
    assert not refused_name("Program", "桃花2019集中行动")


def test_a_craft_or_an_experiment_developed_is_no_work():
    assert refused_name("Project", "桃花100发动机研制项目")
    assert refused_name("Project", "桃花号探测器项目")
    assert refused_name("Project", "桃湖中微子项目")
    assert not refused_name("Project", "桃湖水电站项目")


def test_a_firm_s_project_named_by_the_firm_or_its_owners():
    assert refused_name("Project", "桃花汽车桃源分公司二期项目")
    assert refused_name("Project", "桃花石化桃源独资项目")
    assert not refused_name("Project", "桃花石化桃源乙烯项目")


def test_quoted_names_sharing_a_mechanism_keep_their_bare_names():
    programs = found("桃源县推行“桃花向阳”“李树成林”机制，成效明显。", "Program")
    assert {"桃花向阳", "李树成林"} <= programs
