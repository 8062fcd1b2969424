"""Career events read from constructed articles in the genre's style: appointment and
removal notices give dated posts (start on the article's date for 任/任命/当选/调任/兼任,
end and status former for 免去/不再担任), and a résumé gives its subject's posts line by
line. Names are made up; none is from a gold file."""
from __future__ import annotations

from kg.extract import extract
from kg.model import Article

DAY = "2019-03-01"


def holds(text: str) -> dict[tuple[str, str], dict]:
    """(person, post) → the HOLDS properties, extracted from an article dated DAY."""
    ex = extract(Article(text=text, published=DAY))
    return {(r.source.name, r.target.name): r.props for r in ex.relations if r.type == "HOLDS"}


def test_notice_starts_one_post_and_ends_another():
    h = holds("中共中央决定：郑立衡同志任云南省委书记；秦怀远同志不再担任云南省委书记、常委、委员职务。")
    assert h[("郑立衡", "云南省委书记")] == {"status": "current", "start": DAY}
    for post in ("云南省委书记", "云南省委常委", "云南省委委员"):
        assert h[("秦怀远", post)] == {"status": "former", "end": DAY}
    assert ("郑立衡", "云南省委常委") not in h


def test_notice_of_a_committee_list_gives_each_post():
    h = holds("中共中央决定：冯启明同志任宁夏回族自治区党委委员、常委、书记。")
    assert {p for _, p in h} == {"宁夏回族自治区党委委员", "宁夏回族自治区党委常委",
                                 "宁夏回族自治区党委书记"}
    assert all(v["start"] == DAY for v in h.values())


def test_appointment_and_removal_with_the_name_after_the_verb():
    h = holds("国务院任命韩子墨为水利部副部长；免去魏思源的水利部副部长职务。")
    assert h[("韩子墨", "水利部副部长")] == {"status": "current", "start": DAY}
    assert h[("魏思源", "水利部副部长")] == {"status": "former", "end": DAY}


def test_an_article_without_a_date_gives_undated_events():
    ex = extract(Article(text="中共中央决定：郑立衡同志任云南省委书记。"))
    props = [r.props for r in ex.relations if r.type == "HOLDS"]
    assert props == [{"status": "current"}]


def test_resume_lines_give_dated_former_posts_and_open_ones_current():
    h = holds("段明远同志简历\n段明远，男，汉族，1960年3月生，河北保定人。\n"
              "1990－1995年 河北省体委副主任、党组副书记\n"
              "1995－2001年 河北省廊坊市委副书记、市长\n"
              "2001－ 河北省副省长\n")
    assert h[("段明远", "河北省体委副主任")] == {"status": "former", "start": "1990", "end": "1995"}
    assert h[("段明远", "河北省体委党组副书记")]["status"] == "former"  # the bureau's party group
    assert h[("段明远", "廊坊市委副书记")]["end"] == "2001"
    assert h[("段明远", "河北省副省长")] == {"status": "current", "start": "2001"}


def test_year_lines_without_a_resume_head_give_nothing():
    assert holds("1990－1995年 河北省体委副主任\n2001－ 河北省副省长\n") == {}


def test_a_post_taken_in_a_year_long_before_the_article_is_history():
    h = holds("1931年3月起，陆青山任中共福建省委常委，后任福建省委书记。")
    assert h[("陆青山", "福建省委书记")]["status"] == "former"
    assert h[("陆青山", "中共福建省委常委")]["status"] == "former"


def test_a_recent_year_or_a_post_kept_to_this_day_stays_current():
    assert holds("2017年10月，贺明远任福建省委书记。")[("贺明远", "福建省委书记")]["status"] == "current"
    h = holds("1995年以来，唐海生任福建省委书记。")  # dated 2019: kept present by 以来
    assert h[("唐海生", "福建省委书记")]["status"] == "current"


def test_a_sentence_going_on_in_the_year_of_the_paragraph_before_is_history():
    old = holds("1927年，周青山回国。同年10月，党中央任命周青山为中共湖南省委书记。")
    assert old[("周青山", "中共湖南省委书记")] == {"status": "former"}
    new = holds("2018年，周青山回国。同年10月，党中央任命周青山为中共湖南省委书记。")
    assert new[("周青山", "中共湖南省委书记")] == {"status": "current", "start": DAY}


def test_a_year_written_in_chinese_numerals_dates_the_post_too():
    h = holds("一九八五年，陈立同志任福建省省长、中共福建省委副书记。")
    assert h[("陈立", "福建省省长")] == {"status": "former"}
    assert holds("二〇一八年，陈立同志任福建省省长。")[("陈立", "福建省省长")]["status"] == "current"


def test_ren_before_a_co_leader_title_is_the_verb_not_a_surname():
    ex = extract(Article(text="青海成立由省委书记、省长任双组长的领导小组。", published=DAY))
    assert not [e for e in ex.entities if e.label == "Person"]
