"""A kind of firm named by its ownership, market or legal form (控股公司, 上市公司, 跨国公司,
房地产公司) is no company, even in a list the sequence tagger reads; the brands listed before
it are still read, and a firm whose name holds such a word with a name of its own still is one.
Sentences are made up."""
from __future__ import annotations

from conftest import names, run


def test_a_kind_of_firm_in_a_list_is_no_company():
    for kind in ("控股公司", "上市公司", "跨国公司", "贸易公司"):
        assert not names(run(f"土地可在直属企业、{kind}、参股企业之间转让。"), "Company"), kind


def test_a_brand_listed_before_a_kind_of_firm_is_still_read():
    found = names(run("去年英特尔、波音等跨国公司扩大了在江南的投资。"), "Company")
    assert "英特尔" in found and "跨国公司" not in found


def test_a_firm_named_with_such_a_word_still_is_one():
    assert "华腾控股集团" in names(run("华腾控股集团在江南投资。"), "Company")
    assert "江南华腾房地产公司" in names(run("江南华腾房地产公司开工。"), "Company")
