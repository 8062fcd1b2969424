"""A university or college named by a rare compound of its fields, with no place
(某某科技大学): one school, not a kind. Sentences are made up."""
from __future__ import annotations

from conftest import names, run


def test_a_university_named_by_a_rare_compound_of_fields_is_one_school():
    assert "国防科技大学" in names(run("他从国防科技大学毕业后参军入伍。"), "Organization")


def test_common_words_or_a_phrase_before_daxue_name_no_school():
    assert not names(run("我们要建设世界一流大学和一流学科。"), "Organization")
    assert not names(run("帮助贫困地区农村孩子上重点大学。"), "Organization")
