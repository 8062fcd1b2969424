"""National bodies named bare (kg.extract.central and the central_bodies component):
short sentences in the style of national news, made up for the tests."""
from __future__ import annotations

from kg.extract import driver
from kg.extract.components import PIPELINE
from kg.extract.state import ArticleState


def orgs(text: str, year: int | None = None) -> set[str]:
    state = ArticleState(text, f"{year}-06-01" if year else None)
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

