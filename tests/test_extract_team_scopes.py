"""Task forces a sentence names as set up by several places or in many kinds, as what a
copula calls a place, or by kinds of people or a meeting alone (kg.extract.team_scopes,
refuse/kind_markers); a city's crew written after its province too (team_kinds.city_crew).
Short sentences made up for the tests."""
from __future__ import annotations

from kg.extract import driver
from kg.extract.components import PIPELINE
from kg.extract.refuse import refused_name
from kg.extract.state import ArticleState
from kg.extract.team_scopes import copula_figure, meeting_only, people_kind


def taskforces(text: str) -> set[str]:
    state = ArticleState(text)
    driver.run(PIPELINE, state)
    return {e.name for e in state.extraction.entities if e.label == "TaskForce"}


def test_teams_a_place_sets_up_listed_before_a_plural_stay_teams():
    text = "今年湖南组建了劳模宣讲团、“银发”宣讲团等宣讲队伍，走进千家万户。"
    assert {"湖南省劳模宣讲团", "湖南省银发宣讲团"} <= taskforces(text)


def test_a_team_a_copula_calls_a_place_is_no_team():
    text = "这座祠堂曾是秋收起义部队的临时指挥部。"
    assert copula_figure("临时指挥部", text.index("临时"), text)
    assert not taskforces(text) and not taskforces("那座小楼就是当年游击队的总指挥部。")
    text = "岳阳县于是成立了防汛的临时指挥部。"  # 于是: no copula
    assert not copula_figure("临时指挥部", text.index("临时"), text)
    text = "他是岳阳县防汛的指挥部的成员。"  # followed by 的
    assert not copula_figure("指挥部", text.index("指挥部"), text)


def test_a_team_several_places_or_many_kinds_set_up_is_no_one_team():
    assert not taskforces("平江、华容等县组成“同舟”指导组，共同治理河道。")
    assert "平江县同舟指导组" in taskforces("平江县组成“同舟”指导组，共同治理河道。")
    assert not taskforces("湖南省各地组建了类型多样的法律服务队，走村入户。")
    assert "湖南省法律服务队" in taskforces("湖南省组建了法律服务队，走村入户。")


def test_a_team_named_by_kinds_of_people_alone_is_a_kind():
    assert people_kind("大学生宣讲团") and people_kind("巾帼宣讲团") and people_kind("基层理论宣讲团")
    assert refused_name("TaskForce", "红领巾宣讲团")
    assert not people_kind("岳阳县群众宣讲团") and not people_kind("中央宣讲团") and not people_kind("宣讲团")
    assert not people_kind("家庭医生巡诊队")
    assert not any("宣讲团" in n for n in taskforces("周末，巾帼宣讲团来到敬老院讲故事。"))


def test_a_team_named_by_a_meeting_alone_is_a_kind():
    assert meeting_only("十九大报告宣讲团") and meeting_only("十九届四中全会精神宣讲团")
    assert refused_name("TaskForce", "二十大精神宣讲团")
    assert not meeting_only("中央宣讲团") and not meeting_only("岳阳县二十大精神宣讲团")
    assert not meeting_only("十九大代表宣讲团")


def test_a_city_crew_written_after_its_province_too_is_the_city_volunteers_at_large():
    assert not taskforces("湖南岳阳志愿者服务队来到养老院打扫卫生。")  # kg.extract.team_kinds.city_crew
    assert "岳阳市志愿者服务队" in taskforces("湖南岳阳组建志愿者服务队，来到养老院。")
    assert "岳阳县志愿者服务队" in taskforces("湖南岳阳县志愿者服务队来到养老院打扫卫生。")
