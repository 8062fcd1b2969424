"""A deputy's title between a name and a verb of saying (某某代表说, 某某·某某委员表示, the
style of congress-session news): the name before the title is a person; a kind of deputy
(职工代表, 与会代表) is no one. Sentences are made up; no name is from any gold file."""
from __future__ import annotations

from conftest import names, run


def test_a_name_before_a_deputys_title_and_a_verb_of_saying_is_a_person():
    assert "王建国" in names(run("王建国代表表示，要讲好家乡的故事。"), "Person")
    assert "钱立新" in names(run("来自湖南的钱立新委员说，要守护好绿水青山。"), "Person")


def test_a_name_with_middle_dots_before_a_deputys_title():
    assert "阿卜杜·热合曼" in names(run("来自新疆的阿卜杜·热合曼代表说，民族团结是生命线。"), "Person")


def test_a_kind_of_deputy_before_the_verb_is_no_one():
    for text in ("职工代表表示，工资按时发放。", "与会代表表示，要认真落实。", "党员代表说，要带头干。"):
        assert not names(run(text), "Person")
