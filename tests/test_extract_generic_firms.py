"""A kind of firm written with a company's head (商业保险公司, 物业公司, 快递公司) names no
company: its words are all generic modifiers (bodies/generic_modifiers); a firm with a
proper core before the same words stays. Sentences are made up; no name is from any gold
file."""
from __future__ import annotations

from conftest import found


def test_a_kind_of_insurer_or_property_firm_is_no_company():
    assert not found("在江南市五家医院里，由商业保险公司开设专门窗口。", "Company")
    assert not found("小区引入了物业公司，商业银行也设了网点。", "Company")


def test_a_firm_with_a_proper_core_stays():
    assert "青禾人寿保险公司" in found("青禾人寿保险公司在江南市开设专门窗口。", "Company")
