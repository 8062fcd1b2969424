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
    assert stationed_kind("桃源市驻厂工作组", "驻厂工作组")
    assert not stationed_kind("驻厂工作组", "驻厂工作组")
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
    found = taskforces("桃源市金融监管局共收到300家企业的融资需求，直通车专班组织银行对接企业。")
    assert "桃源市直通车专班" not in found


def test_a_team_of_the_helping_side_takes_no_helped_place():
    found = taskforces("江东省支援桃源市医疗队立即联系后方指挥部，请专家远程会诊。")
    assert "桃源市后方指挥部" not in found


def test_a_team_set_up_by_firms_is_not_the_places():
    found = taskforces("在江东桃源市，重点项目和企业成立疫情防控专班，落实员工健康监测。")
    assert "桃源市疫情防控专班" not in found
