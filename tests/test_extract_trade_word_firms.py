"""A firm named by its place and a trade word jieba tags as a verb or adverb (某省|排水|
集团): the backward scan from the head reads over the trade word to the place
(kg.extract.trade_words). Sentences are made up for these tests."""
from __future__ import annotations

from conftest import names, run


def test_a_place_and_a_verb_tagged_trade_word_name_a_group():
    ext = run("浙江排水集团负责管网维护。")
    assert names(ext, "Company") == {"浙江排水集团"}


def test_a_place_and_an_adverb_tagged_trade_word_name_a_group():
    ext = run("江苏高速集团发布了年报。")
    assert names(ext, "Company") == {"江苏高速集团"}


def test_a_run_of_trade_words_after_a_place_is_read_whole():
    ext = run("山东冶炼铸造集团公司发布公告。深圳担保集团有限公司增资。")
    assert names(ext, "Company") == {"山东冶炼铸造集团公司", "深圳担保集团有限公司"}


def test_a_verb_between_the_trade_word_and_the_head_opens_no_firm():
    ext = run("省里要求四川高速推进公司改制。他说杭州高速发展的公司很多。")
    assert not names(ext, "Company")


def test_a_trade_word_without_a_place_before_it_opens_no_firm():
    ext = run("当地的排水公司负责维护。全市排水公司完成了检修。")
    assert not names(ext, "Company")


def test_a_trade_word_before_a_body_that_is_no_firm_is_not_read_on():
    ext = run("浙江排水管理处负责维护。")
    assert "浙江排水管理处" not in names(ext, "Organization")


def test_a_noun_between_the_place_and_the_trade_word_is_not_read_over():
    ext = run("杭州市民搬家公司很多。四川居民快递公司增加了网点。")
    assert not names(ext, "Company")
