"""A numbered party congress written short before its deputies' title (党的十九大代表某某,
二十大代表某某) is the body 中国共产党第某次全国代表大会, and the deputy holds 代表 of it; the
short form elsewhere names the congress as an event, no body. Sentences are made up; no
name is from any gold annotation."""
from __future__ import annotations

from conftest import holds, names, run


def test_a_deputy_of_a_numbered_party_congress_holds_the_post_of_that_congress():
    got = holds(run("党的十九大代表、江南村党委书记赵文华说，要把党的声音传到基层。"))
    assert ("赵文华", "代表", "中国共产党第十九次全国代表大会", "current") in got
    got = holds(run("二十大代表钱立新表示，要带领乡亲们致富。"))
    assert ("钱立新", "代表", "中国共产党第二十次全国代表大会", "current") in got


def test_the_short_form_without_a_deputy_is_no_body():
    assert not names(run("二十大报告提出，要加快建设农业强国。"), "Organization")
    assert "全国人大" in names(run("全国人大代表赵文华说。"), "Organization")
