"""The resolve stage across the corpus: one Person node per real person. Articles are
written in the genre's style for these tests (no gold names) and built by the real
pipeline; `assign` is also checked on hand-made mentions."""
from __future__ import annotations

import json
import random

import pytest

from kg.pipeline import build_graph
from kg.resolve import Mention, assign
from kg.resolve.mentions import Anchor

FILLER = "\n会议强调，要坚持稳中求进工作总基调，扎实推动高质量发展，切实保障和改善民生。"
ARTICLES = [  # (date, text), in the order they are read
    ("2021-03-02", "今年以来，平阳县万全镇南山村大力发展民宿经济。南山村党支部书记王伟介绍，"
                   "村里新建了20间民宿，村集体收入增长三成。"),
    ("2021-06-15", "走进平阳县凤卧镇凤林村，茶园连片。凤林村党委书记王伟说，村里成立了茶叶专业"
                   "合作社，带动200多户茶农增收。"),
    ("2022-01-20", "平阳县万全镇南山村党支部书记王伟告诉记者，今年村里还要建一座农产品加工厂。"),
    ("2022-04-08", "苍南县教育局局长王伟表示，全县今年将新建中小学12所，新增学位1.5万个。"),
    ("2013-05-10", "中共云南省委书记李纪恒在昆明主持召开省委常委会议，研究部署脱贫攻坚工作。"),
    ("2015-11-03", "云南省委书记李纪恒在大理调研时强调，要加快推进高原特色农业发展。"),
    ("2017-08-21", "内蒙古自治区党委书记李纪恒在呼和浩特调研时强调，要坚持生态优先、绿色发展。"),
    ("2025-03-05", "来自浙江的全国人大代表张天明介绍了村里与中西部乡村结对共富的经验。在今天的代表"
                   "通道上，全国人大代表周立平也就推进医疗检查互认回答了记者提问。"),
    ("2025-03-06", "全国人大代表、南京市第一医院副院长周立平汇报了从医27年来推动转化医学建设的情况。"),
]


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    folder = tmp_path_factory.mktemp("people")
    with (folder / "items.jsonl").open("w", encoding="utf-8") as fh:
        for i, (date, text) in enumerate(ARTICLES):
            fh.write(json.dumps({"title": f"新闻{i}", "date": date, "text": text + FILLER},
                                ensure_ascii=False) + "\n")
    result = build_graph([str(folder)])
    assert len(result.articles) == len(ARTICLES)
    return result.graph


def _people(graph, plain: str) -> dict[str, dict]:
    return {d["name"]: d for _, d in graph.nodes(data=True) if d.get("label") == "Person"
            and (d["name"] == plain or plain in d.get("aliases", ()))}


def _holds(graph, person: str) -> dict[str, dict]:
    return {graph.nodes[post]["name"]: data
            for _, post, key, data in graph.out_edges(f"Person:{person}", keys=True, data=True)
            if key == "HOLDS"}


def test_two_namesakes_of_unrelated_villages_are_two_nodes(graph):
    people = _people(graph, "王伟")
    assert set(people) == {"王伟", "王伟（凤卧镇凤林村）", "王伟（苍南县）"}
    # the earliest mention keeps the plain name; the same village later is the same person
    assert set(_holds(graph, "王伟")) == {"南山村党支部书记"}
    assert _holds(graph, "王伟")["南山村党支部书记"]["first_seen"] == "2021-03-02"
    assert _holds(graph, "王伟")["南山村党支部书记"]["last_seen"] == "2022-01-20"
    other = people["王伟（凤卧镇凤林村）"]
    assert other["aliases"] == ["王伟"] and "unrelated places" in other["disambiguation"]
    assert set(_holds(graph, "王伟（凤卧镇凤林村）")) == {"凤林村党委书记"}
    assert set(_holds(graph, "王伟（苍南县）")) == {"苍南县教育局局长"}  # a bureau in another county


def test_each_article_mentions_the_namesake_it_speaks_of(graph):
    mentioned = {graph.nodes[a]["published"]: graph.nodes[p]["name"]
                 for a, p, key in graph.edges(keys=True) if key == "MENTIONS"
                 and graph.nodes[p].get("label") == "Person" and "王伟" in graph.nodes[p]["name"]}
    assert mentioned == {"2021-03-02": "王伟", "2021-06-15": "王伟（凤卧镇凤林村）",
                         "2022-01-20": "王伟", "2022-04-08": "王伟（苍南县）"}


def test_a_provincial_secretary_moving_province_is_one_person_with_two_dated_posts(graph):
    assert set(_people(graph, "李纪恒")) == {"李纪恒"}
    posts = _holds(graph, "李纪恒")
    assert set(posts) == {"云南省委书记", "内蒙古自治区党委书记"}
    assert (posts["云南省委书记"]["first_seen"], posts["云南省委书记"]["last_seen"]) == (
        "2013-05-10", "2015-11-03")
    assert (posts["内蒙古自治区党委书记"]["first_seen"],
            posts["内蒙古自治区党委书记"]["last_seen"]) == ("2017-08-21", "2017-08-21")


def test_a_deputy_is_not_placed_by_the_delegation_of_another(graph):
    # 浙江的全国人大代表 ties 全国人大 to 浙江省 in that article; a national body anchors no one
    assert set(_people(graph, "周立平")) == {"周立平"}
    assert set(_holds(graph, "周立平")) == {"全国人大代表", "南京市第一医院副院长"}


# -- assign on hand-made mentions -------------------------------------------------------

ZHEJIANG_VILLAGE = Anchor(((1, "33"), (2, "3303"), (3, "330326"), (4, "甲镇"), (5, "甲村")), "甲镇甲村")
OTHER_TOWN = Anchor(((1, "33"), (2, "3303"), (3, "330326"), (4, "乙镇"), (5, "乙村")), "乙镇乙村")
YUNNAN = Anchor(((1, "53"),), "云南省", leading=True)
MONGOLIA = Anchor(((1, "15"),), "内蒙古自治区", leading=True)


def _m(seq, anchors=(), posts=(), day="2020-01-01", **kw) -> Mention:
    return Mention(seq, f"a{seq}", day, tuple(anchors), tuple(posts), **kw)


def test_assign_depends_only_on_the_mentions_and_their_order():
    mentions = [_m(0, [ZHEJIANG_VILLAGE]), _m(1), _m(2, [OTHER_TOWN]), _m(3, [ZHEJIANG_VILLAGE]),
                _m(4, national=True, leader=True), _m(5, [OTHER_TOWN])]
    result = assign("Person", "王伟", mentions)
    assert [n for n, _ in result] == ["王伟", "王伟", "王伟（乙镇乙村）", "王伟", "王伟", "王伟（乙镇乙村）"]
    shuffled = mentions[:]
    random.Random(7).shuffle(shuffled)
    again = dict(zip((m.seq for m in shuffled), assign("Person", "王伟", shuffled)))
    assert [again[m.seq] for m in mentions] == result


def test_current_posts_in_two_provinces_at_once_are_two_people():
    yunnan = ("云南省委书记", "current", "53")
    mongolia = ("内蒙古自治区党委书记", "current", "15")
    moving = [_m(0, [YUNNAN], [yunnan], "2014-01-01"), _m(1, [YUNNAN], [yunnan], "2016-06-01"),
              _m(2, [MONGOLIA], [mongolia], "2016-09-01"), _m(3, [MONGOLIA], [mongolia], "2019-01-01")]
    assert {n for n, _ in assign("Person", "甲", moving)} == {"甲"}
    at_once = moving + [_m(4, [MONGOLIA], [mongolia], "2015-01-01")]
    names = assign("Person", "甲", at_once)
    assert names[4][0] == "甲（内蒙古自治区）" and "two provinces at once" in names[4][1]


def test_a_name_holding_a_place_is_never_split():
    mentions = [_m(0, [ZHEJIANG_VILLAGE], placed=True), _m(1, [OTHER_TOWN], placed=True)]
    assert assign("Company", "甲村合作社", mentions) == [("甲村合作社", "")] * 2


def test_a_provincial_leader_keeps_the_plain_name_over_an_earlier_village_namesake():
    qinghai = Anchor(((1, "63"),), "青海省", leading=True)
    guangxi = Anchor(((1, "45"),), "广西壮族自治区", leading=True)
    mentions = [
        _m(0, [ZHEJIANG_VILLAGE], [("甲村党支部书记", "current", "33")], "2015-07-01"),
        _m(1, posts=[("中华全国总工会书记处第一书记", "current", "")], day="2021-05-01",
           national=True, leader=True),  # a national post: the leader's, placed last
        _m(2, [qinghai], [("青海省委书记", "current", "63")], "2023-01-03"),
        # a transfer in one notice: one person, the new post current, the old one ended
        _m(3, [guangxi, qinghai], [("广西壮族自治区党委书记", "current", "45"),
                                   ("青海省委书记", "former", "63")], "2024-12-31"),
    ]
    names = [n for n, _ in assign("Person", "甲", mentions)]
    assert names == ["甲（甲镇甲村）", "甲", "甲", "甲"]
    why = assign("Person", "甲", mentions)[0][1]
    assert "same name as 甲 of 青海省" in why


def test_without_a_leader_the_earliest_mention_keeps_the_plain_name():
    county = Anchor(((1, "33"), (2, "3303"), (3, "330327")), "苍南县")
    mentions = [_m(0, [ZHEJIANG_VILLAGE]), _m(1, [county], [("苍南县教育局局长", "current", "33")])]
    assert [n for n, _ in assign("Person", "甲", mentions)] == ["甲", "甲（苍南县）"]
