"""National bodies named bare (kg.extract.central and the central_bodies component):
short sentences in the style of national news, made up for the tests."""
from __future__ import annotations

from kg.extract import driver
from kg.extract.components import PIPELINE
from kg.extract.state import ArticleState


def orgs(text: str, year: int | None = None) -> set[str]:
    state = ArticleState(text, year)
    driver.run(PIPELINE, state)
    return {e.name for e in state.extraction.entities if e.label == "Organization"}


def test_bare_ministries_and_their_short_forms_are_organisations():
    found = orgs("公安部、农业农村部日前联合部署专项行动，中组部和民革中央派员参加。")
    assert {"公安部", "农业农村部", "中组部", "民革中央"} <= found


def test_a_form_opening_with_a_level_word_is_still_national():
    assert "市场监管总局" in orgs("市场监管总局等五部门今天联合印发通知。")


def test_the_body_of_a_post_and_the_parent_of_a_unit():
    assert "国务院" in orgs("国务院总理主持召开会议。")
    assert "国家中医药管理局" in orgs("国家中医药管理局机关服务中心原主任被查。")


def test_another_country_or_a_word_around_it_is_no_national_body():
    found = orgs("美国商务部宣布新规，县国土部门表示将配合。")
    assert not found & {"商务部", "国土部"}


def test_a_body_created_after_the_article_is_not_read_into_it():
    text = "他说，中央社工部已经发文。"
    assert "中央社工部" in orgs(text, 2024)
    assert "中央社工部" not in orgs(text, 2015)


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
