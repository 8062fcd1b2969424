"""Résumé runs in biographies: a sentence of past posts that names no one (曾任…) continues
the person opening the sentence before it; in such runs 兼 joins posts of two bodies; and
被选为 links a name to the post it was elected to. Names are made up; none is from a gold
file."""
from __future__ import annotations

from kg.extract import extract
from kg.extract.posts import _joined_post
from kg.model import Article

DAY = "2019-03-01"


def holds(text: str) -> dict[tuple[str, str], dict]:
    ex = extract(Article(text=text, published=DAY))
    return {(r.source.name, r.target.name): r.props for r in ex.relations if r.type == "HOLDS"}


def test_a_run_of_past_posts_continues_the_subject_of_the_sentence_before():
    h = holds("林思远的故事\n林思远，1905年生于广东开平，1925年加入中国共产党。"
              "曾任中共广东区委工委委员、中共广州市委组织部部长兼市委工委书记等职。")
    assert h[("林思远", "中共广东区委工委委员")]["status"] == "former"
    assert h[("林思远", "中共广州市委组织部部长")]["status"] == "former"
    assert ("林思远", "广州市委工委书记") in h


def test_a_run_after_a_sentence_opened_by_no_person_gives_nothing():
    assert holds("会议在广州召开，林思远出席。曾任中共广州市委组织部部长等职。") == {}


def test_a_word_opened_by_the_joiner_joins_no_posts():
    assert _joined_post("县长兼顾全局", 2) == 0
    assert _joined_post("县长兼职", 2) == 0
    assert _joined_post("部长兼市委书记", 2) == 1


def test_elected_to_a_post():
    h = holds("2003年，吴春华被选为桃源村党支部书记，带领村民修路。")
    assert ("吴春华", "桃源村党支部书记") in h


def test_later_posts_over_sentences_that_name_no_one():
    h = holds("林思远的故事\n林思远，1910年生于广东开平。1937年起任开平县委书记；后任江门市委书记、市长。")
    assert h[("林思远", "开平县委书记")]["status"] == "former"  # from a year long past
    assert h[("林思远", "江门市委书记")]["status"] == "former"
    assert ("林思远", "江门市市长") in h


def test_a_post_from_a_recent_year_on_is_current():
    h = holds("林思远的故事\n林思远，1962年生于广东开平。2016年起任江门市委书记。")
    assert h[("林思远", "江门市委书记")]["status"] == "current"


def test_a_dated_sentence_of_no_run_continues_nothing():
    assert holds("林思远的故事\n林思远，1962年生于广东开平。2016年江门市委书记视察开平。") == {}


def test_resume_lines_are_never_joined_as_broken_paragraphs():
    from kg.clean import _join_broken
    lines = ["2016－ 河北省委常委，河北省副省长、党组成员",
             "第十五届中央候补委员，十六届中央委员。"]
    assert _join_broken(lines) == lines
    assert _join_broken(["会议指出，要加快推进乡村振兴和城乡融合发", "展，持续改善农村人居环境。"]) == [
        "会议指出，要加快推进乡村振兴和城乡融合发展，持续改善农村人居环境。"]


def test_a_revoked_deputy_mandate_ends_the_posts_of_the_person_named_before():
    h = holds("经查，孙立群严重违纪违法。决定给予孙立群开除党籍处分；"
              "终止其党的二十大代表、江苏省第十四次党代会代表资格；收缴其违纪违法所得。")
    assert h[("孙立群", "江苏省第十四次党代会代表")]["status"] == "former"
    assert h[("孙立群", "中国共产党第二十次全国代表大会代表")]["status"] == "former"  # 党的二十大: the congress


def test_revoking_without_a_mandate_gives_nothing():
    assert holds("会上，孙立群发言。终止其江苏省委书记的讲话。") == {}
