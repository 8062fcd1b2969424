"""A deputy written with a bare 代表 in news of a national congress session (某某代表说,
苗族代表某某, 某市委书记某某代表): 代表 of 全国人大 when the article writes 全国人大; a word
that describes the person (苗族, 80后) is no body; a kind of deputy (村民代表) stays
unresolved, and no article without 全国人大 gives the body. Sentences are made up; no name
is from any gold file."""
from __future__ import annotations

from conftest import holds, run

SESSION = "十四届全国人大一次会议江南代表团举行全体会议。"


def test_a_name_before_a_bare_deputys_title_in_a_session_is_a_deputy_of_the_npc():
    found = holds(run(SESSION + "王建国代表向大家介绍说，路修好了。"))
    assert ("王建国", "代表", "全国人大", "current") in found


def test_a_leader_written_with_a_deputys_title_holds_both_posts():
    found = holds(run(SESSION + "青山市委书记孙立群代表告诉记者，干部很振奋。"))
    assert ("孙立群", "书记", "青山市委", "current") in found
    assert ("孙立群", "代表", "全国人大", "current") in found


def test_an_ethnic_group_before_the_title_describes_the_deputy():
    assert ("钱立新", "代表", "全国人大", "current") in holds(run(SESSION + "苗族代表钱立新说，路修好了。"))
    assert ("刘小蕾", "代表", "全国人大", "current") in holds(run(SESSION + "赫哲族80后代表刘小蕾难掩兴奋。"))


def test_a_kind_of_deputy_or_an_article_without_the_npc_gives_no_npc_post():
    assert not any(h[2] == "全国人大" for h in holds(run(SESSION + "村民代表李小华说，路通了。")))
    assert not any(h[2] == "全国人大" for h in holds(run("江南省两会期间，王建国代表向大家介绍说，路修好了。")))


def test_a_deputys_title_read_as_on_behalf_of_a_body_is_no_post():
    found = holds(run(SESSION + "王建国代表国务院作工作报告。李小华代表党中央向大家致以问候。"))
    assert not any(h[1] == "代表" for h in found)


def test_on_behalf_of_a_leader_or_only_the_standing_committee_written_gives_no_deputy():
    found = holds(run(SESSION + "汪立新代表中共中央，代表李大同总书记，向大家致以祝贺。"))
    assert ("李大同", "代表", "全国人大", "current") not in found
    found = holds(run("草案将提交全国人大常委会审议。王建国代表说，要加快立法。"))
    assert not any(h[2] == "全国人大" for h in found)
