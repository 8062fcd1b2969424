"""Companies named at the head of one of their units' names (kg.extract.components.
parent_companies). Sentences are made up."""
from __future__ import annotations

from conftest import names, run

from kg.extract.components.parent_companies import parent_company


def test_the_company_opening_a_research_institute_is_named_too():
    ext = run("中国兵器工业集团有限公司第二〇三研究所的科研人员攻克了难题。")
    assert "中国兵器工业集团有限公司" in names(ext, "Company")


def test_the_company_of_a_party_committee_is_named_too():
    ext = run("中国宝武钢铁集团有限公司党委书记刘建国出席会议。")
    assert "中国宝武钢铁集团有限公司" in names(ext, "Company")
    assert "中国宝武钢铁集团有限公司党委" in names(ext, "Organization")


def test_the_longest_head_ends_the_company():
    assert parent_company("某某电子集团有限公司第三研究所") == "某某电子集团有限公司"
    assert parent_company("某某电子集团第三研究所") == "某某电子集团"


def test_no_company_without_a_unit_after_it_or_with_a_generic_core():
    assert parent_company("某某电子集团有限公司") is None
    assert parent_company("国有企业集团党委") is None
