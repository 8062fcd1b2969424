"""Companies named by a brand and a trade word where the sentence calls them firms
(kg.extract.components.brand_firms), a brand jieba cut into single characters read back
to its boundary (kg.extract.spans), and kinds of firms refused (kg.extract.refuse_companies,
the tagger's generic companies in kg.extract.components.tagged_bodies). Sentences are made
up for these tests."""
from __future__ import annotations

from conftest import names, run

from kg.extract.refuse_companies import counted_company, place_kind


def test_a_brand_and_trade_word_called_a_firm_is_a_company():
    ext = run("宁德的坤达车业是一家生产电动自行车的民营企业。")
    assert names(ext, "Company") == {"坤达车业"}


def test_a_brand_after_a_kind_noun_of_firm_is_a_company():
    ext = run("电池生产企业——江坤动力扩大了产能。当地的装备制造企业：坤达机械扩大了产能。")
    assert {"江坤动力", "坤达机械"} <= names(ext, "Company")


def test_a_placed_brand_keeps_its_place():
    ext = run("浙江坤达车业是一家民营企业。")
    assert names(ext, "Company") == {"浙江坤达车业"}


def test_a_trade_word_after_common_words_is_no_company():
    ext = run("如今很多企业重新做回实业。智能科技是一家企业的主业。新材料是一家企业研发的。")
    assert not names(ext, "Company")


def test_a_trade_word_without_a_firm_said_is_no_company():
    ext = run("坤达车业扩大了产能。")
    assert "坤达车业" not in names(ext, "Company")


def test_a_brand_cut_into_characters_reads_back_to_its_boundary():
    ext = run("他在瑧天光电科技公司调研。")
    assert names(ext, "Company") == {"瑧天光电科技公司"}


def test_a_count_before_the_characters_opens_no_brand():
    ext = run("他们在三天光电科技公司调研。")
    assert "三天光电科技公司" not in names(ext, "Company")


def test_counted_firms_are_no_company():
    ext = run("多家星河航空公司宣布停飞。日前3家江洲保险公司签署了协议。各保险公司加大理赔力度。")
    assert not names(ext, "Company")


def test_a_firm_counted_once_and_named_once_is_kept():
    text = "多家星河航空公司宣布停飞。星河航空公司随后表示。"
    assert not counted_company("星河航空公司", text)
    assert "星河航空公司" in names(run(text), "Company")


def test_a_country_and_a_bare_head_is_no_company():
    assert place_kind("中国公司") and place_kind("德国企业")
    assert not place_kind("德国航空公司") and not place_kind("广州银行")
    ext = run("由中国公司承建的大桥正在推进。")
    assert not names(ext, "Company")


def test_a_kind_of_bank_the_tagger_reads_is_no_company():
    ext = run("商业银行不良贷款余额下降。")
    assert not names(ext, "Company")


def test_a_province_before_a_brand_and_trade_word_is_a_firm():
    ext = run("昨晚，江苏坤达车业向云南定制了包机。")
    assert names(ext, "Company") == {"江苏坤达车业"}


def test_a_placed_trade_word_going_on_into_a_noun_is_no_firm():
    ext = run("浙江坤达科技园区建成。")
    assert "浙江坤达科技" not in names(ext, "Company")


def test_a_group_named_by_a_rare_word_is_a_company():
    ext = run("表彰日星集团安全生产先进班组。")
    assert names(ext, "Company") == {"日星集团"}


def test_a_group_named_by_a_generic_word_is_none():
    ext = run("大型企业集团要带头。")
    assert not names(ext, "Company")


def test_a_placed_trade_word_in_a_list_of_fields_is_no_firm():
    ext = run("北京新建航空、地质、钢铁等学院。")
    assert not names(ext, "Company")


def test_kinds_of_financial_firms_and_airlines_are_no_company():
    ext = run("放宽证券公司、期货公司的外资持股比例。今天国内航空公司计划飞行一万班。")
    assert not names(ext, "Company")
