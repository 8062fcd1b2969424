"""A deputy of a numbered party congress written with a bare 代表 after the name (某某代表说,
某某代表给群众讲) in an article that names that congress's deputies (十八大代表): 代表 of that
congress; not when the article names another congress or kind of deputy, nor for the verb 代表.
Sentences are made up; no name is from any gold file."""
from __future__ import annotations

from conftest import holds, run

CONGRESS = "中国共产党第十八次全国代表大会"
OPENING = "回到家乡的十八大代表们来到社区。"


def test_a_name_before_a_bare_deputys_title_is_a_deputy_of_the_congress():
    found = holds(run(OPENING + "江南石坡的李小华代表给社区群众讲的最多的是文明建设。"))
    assert ("李小华", "代表", CONGRESS, "current") in found


def test_several_deputies_each_hold_the_post():
    found = holds(run(OPENING + "王建国代表，和大家交流的是转型升级。孙立群代表是一名公交车司机。"))
    assert ("王建国", "代表", CONGRESS, "current") in found
    assert ("孙立群", "代表", CONGRESS, "current") in found


def test_another_congress_or_the_verb_gives_no_party_deputy():
    assert not any(h[2] == CONGRESS for h in holds(run(OPENING + "省人大代表李小华代表说，路修好了。")))
    assert not any(h[2] == CONGRESS for h in holds(run(OPENING + "李小华代表国务院作报告。")))
    assert not any(h[1] == "代表" for h in holds(run("江南省两会期间，李小华代表说，路修好了。")))
