"""Task forces and teams (components/bodies, taskforces): what is one body and what is a
kind of team, and who is a member. Short sentences made up for the tests."""
from __future__ import annotations

from kg.extract import driver
from kg.extract.components import PIPELINE
from kg.extract.state import ArticleState


def taskforces(text: str) -> set[str]:
    state = ArticleState(text)
    driver.run(PIPELINE, state)
    return {e.name for e in state.extraction.entities if e.label == "TaskForce"}


def test_counted_teams_are_a_kind_not_one_body():
    assert not taskforces("天津市成立7000多支驻企工作组，为企业提供服务。")
    assert not taskforces("宁波市已组建9个服务小组分赴各地。")


def test_a_team_without_place_or_setting_up_is_no_task_force():
    assert not taskforces("在桃源县，很多村民自发加入志愿服务队。")
    assert "桃源县春耕助农服务队" in taskforces("桃源县及时成立了春耕助农服务队，帮助种粮大户。")


def test_the_province_that_sets_a_task_force_up_names_it():
    found = taskforces("在哈尔滨市调研后，黑龙江省建立了工业运行应急保障专班。")
    assert found == {"黑龙江省工业运行应急保障专班"}


def test_village_groups_and_freight_trains_are_no_task_forces():
    assert not taskforces("桃源县两个村民小组被淹，物资通过一趟趟货运专班运抵桃源县。")


def test_a_members_task_force_named_with_its_place_and_work():
    state = ArticleState("桃源县招商工作专班成员孙七介绍了进展。")
    driver.run(PIPELINE, state)
    members = {(r.source.name, r.target.name) for r in state.extraction.relations
               if r.type == "MEMBER_OF"}
    assert members == {("孙七", "桃源县招商工作专班")}


def test_a_members_role_after_the_task_force_and_de():
    for text, force in (("桃源县防汛工作队的队长孙七带领队员巡查堤坝。", "桃源县防汛工作队"),
                        ("湖南省第五批援疆工作队的领队孙七，现在挂职任副市长。", "湖南省第五批援疆工作队")):
        state = ArticleState(text)
        driver.run(PIPELINE, state)
        members = {(r.source.name, r.target.name) for r in state.extraction.relations
                   if r.type == "MEMBER_OF"}
        assert members == {("孙七", force)}, text


def test_a_cities_short_form_opening_a_task_force_takes_the_full_name():
    found = taskforces("四川甘孜灾后重建指挥部表示，新建住房年底前完工。")
    assert "甘孜藏族自治州灾后重建指挥部" in found and "甘孜灾后重建指挥部" not in found
    assert "公安县部工作组" not in taskforces("公安部工作组赶赴现场指导处置。")


def test_a_team_sent_at_once_is_not_named_with_the_verb():
    assert not any("速派" in n for n in taskforces("应急管理部速派工作组赶赴现场指导救援。"))


def test_generic_and_figurative_teams_are_no_task_forces():
    assert not taskforces("住村工作组今天逐户走访了农户。")
    assert not taskforces("火灾发生后，有关方面连夜组建应急处置小组。")
    assert not taskforces("乡镇党委是基层治理的“一线指挥部”。")


def test_a_bureau_that_sets_a_team_up_names_it():
    found = taskforces("视频曝光后，桃源县交通运输局成立专项工作组开展调查。")
    assert "桃源县交通运输局专项工作组" in found and "桃源县专项工作组" not in found


def test_a_team_named_after_a_work_keeps_the_works_name():
    from kg.extract.team_places import full_place_name
    assert full_place_name("甘孜大桥指挥部", "") is None
    assert full_place_name("甘孜灾后重建指挥部", "") == "甘孜藏族自治州灾后重建指挥部"


def test_a_short_form_before_a_level_or_written_in_full_is_left_alone():
    from kg.extract.team_places import full_place_name
    assert full_place_name("甘孜社区现场救援指挥部", "") is None  # a community named alike
    assert full_place_name("甘孜藏族自治州灾后重建指挥部", "") is None



def test_an_adverb_like_word_before_a_road_stays_in_the_name():
    assert taskforces("桃源县快速公路建设指挥部今天召开了调度会。") == {"桃源县快速公路建设指挥部"}
    assert taskforces("桃源县快速成立抗洪指挥部。") == {"桃源县抗洪指挥部"}


def test_a_short_form_with_its_level_takes_the_full_name():
    from kg.extract.team_places import full_place_name
    assert full_place_name("甘孜州灾后重建指挥部", "") == "甘孜藏族自治州灾后重建指挥部"
    assert full_place_name("桃源县抗洪指挥部", "") is None
