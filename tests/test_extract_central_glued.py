"""A national body's name that jieba glues to the preposition after it (某部|于): the name
is still whole. Sentences are made up."""
from __future__ import annotations

from kg.extract import driver
from kg.extract.components import PIPELINE
from kg.extract.state import ArticleState


def orgs(text: str) -> set[str]:
    state = ArticleState(text, "2024-06-01")
    driver.run(PIPELINE, state)
    return {e.name for e in state.extraction.entities if e.label == "Organization"}


def test_a_ministry_glued_to_yu_is_read():
    assert {"人社部", "交通运输部"} <= orgs("人社部会同交通运输部于5月初联合发文。")


def test_a_word_the_suffix_opens_is_still_no_body():
    assert "交通运输部" not in orgs("各地交通运输部门加强巡查。")
