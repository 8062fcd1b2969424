"""The state's opener before the words of a trade and a firm's head (国家|建设投资|公司) names
the one state firm; the same words without it (开发投资公司) or a phrase that only opens with
the state (国家对企业和公司) name none. Sentences are made up; no name is from any gold file."""
from __future__ import annotations

from conftest import names, run


def test_the_state_opener_names_one_firm():
    got = names(run("今年年初，国家建设投资公司出台了一份授权改革文件。"), "Company")
    assert "国家建设投资公司" in got


def test_a_kind_of_firm_or_a_phrase_names_none():
    assert not names(run("今年年初，多家开发投资公司出台了文件。国家对企业和公司提出要求。"), "Company")


def test_a_foreign_countrys_state_firm_is_not_made_the_chinese_one():
    got = names(run("挪威国家石油公司一位高管表示，挪威国家石油公司将复产。"), "Company")
    assert "国家石油公司" not in got
    got = names(run("智利国家铜业公司总部发生火灾。智公布国家铜业公司火灾原因。"), "Company")
    assert "国家铜业公司" not in got
