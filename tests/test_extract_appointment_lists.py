"""Appointment and removal notices of a standing committee (新闻联播 style): a 、-list of
names appointed to or removed from the same posts, a title jieba glues to 职务, a
resignation (某某辞去…职务) and a Tibetan name in a list of leaders (a court's committee
named bare: test_extract_institution_units). Sentences are made up; no name is from any
gold annotation."""
from __future__ import annotations

from conftest import holds, names, run


def test_a_removal_whose_title_jieba_glues_to_the_office_word_ends_the_post():
    got = holds(run("会议决定免去王建国的交通运输部部长职务、任命李红梅为交通运输部部长。"))
    assert ("王建国", "部长", "交通运输部", "former") in got
    assert ("李红梅", "部长", "交通运输部", "current") in got


def test_each_name_of_an_appointed_list_holds_the_post():
    got = holds(run("会议经表决，任命赵文华、钱立新、孙国强为全国人大教育科学文化卫生委员会副主任委员。"))
    for name in ("赵文华", "钱立新", "孙国强"):
        assert (name, "副主任委员", "全国人大教育科学文化卫生委员会", "current") in got


def test_each_name_of_a_removed_list_leaves_each_post():
    got = holds(run("会议免去周志刚、吴海涛的最高人民法院副院长职务。"))
    assert {("周志刚", "副院长", "最高人民法院", "former"),
            ("吴海涛", "副院长", "最高人民法院", "former")} <= got


def test_a_resignation_ends_the_posts_named_before_the_office_word():
    ext = run("会议表决通过了关于接受王建国辞去全国人大常委会委员职务的请求的决定。")
    assert ("王建国", "委员", "全国人大常委会", "former") in holds(ext)
    assert "王建国" in names(ext, "Person")
    assert not holds(run("他辞去了工作，回乡创业。"))  # no post: nothing


def test_a_tibetan_name_ending_like_a_village_is_a_name_in_a_list_of_leaders():
    ext = run("张志强、李红梅、格桑江村、刘海军和钱立新参加接见。")
    assert "格桑江村" in names(ext, "Person")
    assert "扎西村" not in names(run("王建国、李红梅、扎西村、赵文华参加活动。"), "Person")


def test_a_three_character_name_after_a_title_whose_end_jieba_glues_to_a_preposition():
    got = holds(run("水利部部长钱立健在回答记者提问时表示，要做好防汛工作。"))
    assert ("钱立健", "部长", "水利部", "current") in got
    assert "王强" in names(run("市长王强将在会上讲话。"), "Person")  # 将在: the follower opens the word


def test_a_bracketed_note_after_a_listed_name_does_not_end_the_list():
    got = holds(run("会议决定：任命赵文华、钱立新（女，白族）、孙国强为国务委员。"))
    assert {("赵文华", "国务委员", "国务院", "current"), ("钱立新", "国务委员", "国务院", "current"),
            ("孙国强", "国务委员", "国务院", "current")} <= got


def test_a_removal_of_the_person_just_named_reads_its_posts_up_to_the_office_word():
    got = holds(run("会议经表决，任命赵文华为全国人大常委会副秘书长，免去其全国人大常委会法制工作委员会副主任职务。"))
    assert ("赵文华", "副主任", "全国人大常委会法制工作委员会", "former") in got
    assert ("赵文华", "副秘书长", "全国人大常委会", "current") in got

