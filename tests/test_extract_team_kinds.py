"""Task forces that are a figure of speech, a kind of team stationed in units, cut after
a meeting's topic, named after a work, set up by a body that holds the place's name, or
of the side that helps a place (kg.extract.team_kinds). Short sentences made up for the
tests."""
from __future__ import annotations

from kg.extract import driver
from kg.extract.components import PIPELINE
from kg.extract.state import ArticleState
from kg.extract.team_kinds import named_after_work, role_figure, stationed_kind, topic_rest


def taskforces(text: str) -> set[str]:
    state = ArticleState(text)
    driver.run(PIPELINE, state)
    return {e.name for e in state.extraction.entities if e.label == "TaskForce"}


def test_a_team_after_a_verb_of_playing_a_role_is_a_figure_of_speech():
    text = "通知要求广大党员当好乡村振兴的先锋队突击队。"
    assert role_figure(text, text.index("先锋队"))
    assert not any("突击队" in n for n in taskforces(text))
    assert "桃源县防汛突击队" in taskforces("桃源县组建防汛突击队，连夜加固堤坝。")


def test_a_team_stationed_in_units_of_a_kind_takes_no_city():
    text = "干部派驻企业，驻厂工作组帮忙。"
    assert stationed_kind("桃源市驻厂工作组", "驻厂工作组", text.index("驻厂"), text)
    assert stationed_kind("驻厂工作组", "驻厂工作组", 0, "驻厂工作组帮忙。")
    text = "桃源县成立驻上海招商专班。"
    assert not stationed_kind("桃源县驻上海招商专班", "驻上海招商专班", text.index("驻上海"), text)
    assert not stationed_kind("桃源市防汛工作组", "防汛工作组")
    found = taskforces("桃源县有300多名干部派驻在企业里，驻厂工作组帮企业对接海关。")
    assert not any("驻厂" in n for n in found)


def test_a_team_named_after_a_work_keeps_its_own_name():
    assert named_after_work("江河铁路工程建设指挥部") and named_after_work("登月工程任务指挥部")
    assert not named_after_work("工程指挥部") and not named_after_work("防汛指挥部")


def test_a_team_cut_after_a_meetings_topic():
    text = "学习贯彻党的某某会精神中央宣讲团动员会在京召开。"
    k = text.index("某某会精神")
    assert topic_rest("某某会精神中央宣讲团", k, text) == "中央宣讲团"
    assert topic_rest("某某会精神宣讲团", k, text) == "宣讲团"
    assert topic_rest("青年宣讲团", 0, "青年宣讲团") is None
    found = taskforces("桃源市举行学习贯彻党的某某会精神宣讲团报告会。")
    assert not any("精神" in n for n in found)


def test_a_team_of_a_body_holding_the_place_takes_the_bodys_name():
    found = taskforces("桃源县公安局抽调民警，组建了“夜巡突击队”，维护治安秩序。")
    assert "桃源县公安局夜巡突击队" in found and "桃源县夜巡突击队" not in found
    found = taskforces("桃源县消防救援大队按照防汛指挥部统一调派，转移群众。")
    assert "桃源县消防救援大队防汛指挥部" not in found


def test_a_quoted_topic_stays_in_the_teams_name():
    text = "团中央“学习党的某某会精神”青年宣讲团走进校园。"
    assert topic_rest("某某会精神”青年宣讲团", text.index("某某会"), text) is None


def test_a_team_of_the_helping_side_takes_no_helped_place():
    found = taskforces("江东省支援桃源市医疗队立即联系后方指挥部，请专家远程会诊。")
    assert "桃源市后方指挥部" not in found


def test_a_team_set_up_by_firms_is_not_the_places():
    found = taskforces("在江东桃源市，重点项目和企业成立疫情防控专班，落实员工健康监测。")
    assert "桃源市疫情防控专班" not in found


def test_a_team_opened_by_levels_listed_is_no_one_team():
    found = taskforces("桃源县建立专题研讨、市县专班督学等机制。")
    assert not any("市县专班" in n for n in found)


def test_a_team_one_of_many_or_stationed_with_no_owner():
    assert not taskforces("国家卫生健康委各督导组将加强督导。")
    assert not any("驻点" in n for n in taskforces("驻点工作组也将加强督导。"))


def test_a_citys_crew_of_a_kind_is_not_one_team():
    found = taskforces("南京市志愿者服务队开展了学雷锋纪念日主题活动。")
    assert not any("志愿者服务队" in n for n in found)
    assert "南京市党员突击队" in taskforces("汛情危急，南京市组建党员突击队，连夜加固堤坝。")


def test_a_name_ending_with_an_expert_is_no_team():
    assert not any(n.endswith("专家") for n in taskforces("中央指导组专家成员孙七正在研讨病情。"))


def test_a_team_set_up_for_firms_or_by_a_place_for_communities_stays():
    assert "湖南省稳链工作专班" in taskforces("湖南省针对制造业企业成立了稳链工作专班，协调解决困难。")
    assert not taskforces("湖南省重点项目和企业成立疫情防控专班，落实健康监测。")
    found = taskforces("为织牢防护网，桃源县成立社区防控工作专班，统筹调度。")
    assert "桃源县社区防控工作专班" in found


def test_a_place_that_sets_up_a_team_cut_after_a_topic_keeps_it():
    found = taskforces("桃源县组建学习贯彻党的二十大精神宣讲团，深入各乡镇宣讲。")
    assert "桃源县二十大精神宣讲团" in found
    assert not taskforces("全军学习贯彻党的二十大精神宣讲团赴各单位巡回宣讲。")


def test_kinds_closed_by_deng_or_joined_by_a_plus_are_no_team():
    assert not any("部门专班" in n for n in taskforces("湖南省组成海关、税务、交通等部门专班，帮助企业。"))
    assert not any("+" in n for n in taskforces("如今，“文艺+”志愿服务队已深入偏远农村。"))


def test_the_mongolia_inside_inner_mongolia_is_no_foreign_country():
    found = taskforces("返回器在内蒙古着陆。贺电向月球工程任务指挥部全体同志致以祝贺。")
    assert "月球工程任务指挥部" in found
    assert not taskforces("考察团在蒙古访问。会上成立了矿产合作工作组。")
