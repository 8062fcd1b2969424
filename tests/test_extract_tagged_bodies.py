"""Companies and bodies the sequence tagger confirms (components/tagged_bodies.py):
short sentences made up for the tests, in the style of business and national news."""
from __future__ import annotations

from kg.extract import driver
from kg.extract.components import PIPELINE
from kg.extract.state import ArticleState


def names(text: str, label: str) -> set[str]:
    state = ArticleState(text)
    driver.run(PIPELINE, state)
    return {e.name for e in state.extraction.entities if e.label == label}


def test_a_bank_the_rules_call_generic_is_confirmed_by_the_tagger():
    assert "中国工商银行" in names("该公司从未与中国工商银行进行过谈判。", "Company")


def test_the_tagger_moves_a_company_start_past_a_function_word():
    found = names("项目由林达集团投资建设，总投资十亿元。", "Company")
    assert "林达集团" in found and "由林达集团" not in found


def test_a_kind_of_body_is_not_confirmed():
    assert not names("要依靠党委政府和有关部门的支持。", "Organization")


def test_the_tagger_runs_only_where_a_rule_left_a_generic_body():
    state = ArticleState("会议强调，要抓好落实。")
    driver.run(PIPELINE, state)
    assert all(s.base._spans is None for s in state.sentences)


def test_a_firm_named_without_a_head_and_no_rule_asking_is_not_tagged():
    # 中兴通讯 names no head and no rule left a generic body: the tagger is not run
    state = ArticleState("今年，中兴通讯在当地建了研发中心。")
    driver.run(PIPELINE, state)
    assert all(s.base._spans is None for s in state.sentences)


def test_a_sentence_whose_names_the_rules_read_is_not_tagged():
    state = ArticleState("会上，周晓峰说，要把项目落到实处。")
    driver.run(PIPELINE, state)
    assert "周晓峰" in state.people
    assert all(s.base._spans is None for s in state.sentences)


def test_a_latin_brand_is_read_from_a_window_without_tagging_the_sentence():
    # no rule reads Valvex (no head, no list): the tagger reads a few words around it
    state = ArticleState("游戏玩家都知道，Valvex旗下的游戏很多。")
    driver.run(PIPELINE, state)
    assert "Valvex" in {e.name for e in state.extraction.entities if e.label == "Company"}
    assert all(s.base._spans is None for s in state.sentences)


def test_latin_capitals_alone_are_no_company():
    assert not names("会议期间，各方就APEC框架下的合作交换了意见。", "Company")
    assert not names("很多家庭通过IPTV收看节目。", "Company")


def test_capitals_alone_and_two_letters_are_refused_as_headless_brands():
    from kg.extract.components.tagged_bodies import _SHORT_LATIN
    assert _SHORT_LATIN.fullmatch("IMF") and _SHORT_LATIN.fullmatch("TV")
    assert not _SHORT_LATIN.fullmatch("Valvex")
