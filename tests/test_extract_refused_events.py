"""One-off and festive events named like a campaign (kg/extract/refuse_events): refused by
what happens on the day or by an anniversary before 活动; campaigns of activities kept.
Names and sentences made up for the tests."""
from __future__ import annotations

from conftest import found
from kg.extract.refuse import refused_name
from kg.extract.refuse_events import one_off_event


def test_an_event_of_one_day_is_no_program():
    assert one_off_event("桃花广场快闪活动")
    assert one_off_event("桃源号入列活动")
    assert one_off_event("桃源县军营开放日活动")
    assert one_off_event("桃花书香公益捐赠活动")  # a modifier between the core and 活动
    assert one_off_event("桃花节倒计时一周年活动")
    assert one_off_event("桃源解放70周年系列活动")  # an anniversary
    assert refused_name("Program", "桃花短片展映活动")
    assert one_off_event("世界桃花日宣传活动")  # the events of a named day
    assert one_off_event("桃花品牌日主题系列活动")


def test_a_campaign_of_activities_keeps_its_name():
    assert not one_off_event("桃花进万家活动")
    assert not one_off_event("最美桃农学习宣传活动")
    assert not one_off_event("桃源县四帮三送活动")
    assert not one_off_event("庆祝桃源解放70周年群众性主题宣传教育活动")
    assert not one_off_event("桃花快闪行动")  # not an event's head
    assert not one_off_event("桃花朵朵开主题党日活动")  # a campaign's days
    assert not one_off_event("我们的节日主题活动")
    assert not one_off_event("桃子收购百日活动")  # a campaign of a hundred days


def test_a_quoted_event_in_a_sentence_is_not_read_as_a_program():
    programs = found("桃源县今天举行“桃花朵朵开”快闪活动，市民踊跃参加。", "Program")
    assert not any(p.endswith("快闪活动") for p in programs)
    kept = found("桃源县开展“桃花朵朵开”主题实践活动，为期三个月。", "Program")
    assert "桃花朵朵开主题实践活动" in kept
