"""The resolve stage, per article: canonical bodies and posts from the alias tables, and
no name opening with a time or discourse word. Sentences are written in the genre's
style for these tests (no gold names); the build runs the real extractor on them."""
from __future__ import annotations

import json

import pytest

from kg.model import Entity, Extraction, Ref, Relation
from kg.pipeline import build_graph
from kg.resolve import canonicalize
from kg.resolve.aliases import tables
from kg.resolve.noise import opens_with_noise, strip_leading

# the variant groups of issue 13: each must end as one Post node
VARIANT_GROUPS = {
    "张建国": ["中共中央政治局委员、中央组织部部长张建国出席会议并讲话。",
            "中组部部长张建国在会上强调，要加强基层党组织建设。"],
    "李明华": ["中央纪律检查委员会书记李明华主持会议。",
            "中央纪委书记李明华在调研时指出，要持之以恒正风肃纪。",
            "中国共产党中央纪律检查委员会书记李明华作工作报告。"],
    "王志远": ["国家发展改革委主任王志远介绍了今年经济运行情况。",
            "国家发改委主任王志远表示，将加大投资力度。",
            "国家发展和改革委员会主任王志远出席发布会。"],
    "赵德胜": ["中共中央政治局常委赵德胜在会上讲话。",
            "中央政治局常委赵德胜出席开幕式。",
            "中国共产党中央政治局常委赵德胜会见了代表。"],
}


# a second paragraph, so that cleaning keeps each short item as an article
FILLER = "\n会议强调，要坚持稳中求进工作总基调，扎实推动高质量发展，切实保障和改善民生。"


def _write_articles(folder, texts: list[str]) -> None:
    with (folder / "items.jsonl").open("w", encoding="utf-8") as fh:
        for i, text in enumerate(texts):
            fh.write(json.dumps({"title": f"新闻{i}", "date": f"2020-01-{i + 1:02d}",
                                 "text": text + FILLER}, ensure_ascii=False) + "\n")


def _posts_of(graph, person: str) -> dict[str, dict]:
    return {graph.nodes[post]["name"]: graph.nodes[post]
            for _, post, key in graph.out_edges(f"Person:{person}", keys=True) if key == "HOLDS"}


@pytest.fixture(scope="module")
def variant_graph(tmp_path_factory):
    folder = tmp_path_factory.mktemp("variants")
    _write_articles(folder, [t for texts in VARIANT_GROUPS.values() for t in texts])
    return build_graph([str(folder)]).graph


@pytest.mark.parametrize("person", sorted(VARIANT_GROUPS))
def test_each_variant_group_is_one_post_with_the_other_forms_as_aliases(variant_graph, person):
    posts = _posts_of(variant_graph, person)
    groups = {"张建国": "中共中央组织部部长", "李明华": "中共中央纪律检查委员会书记",
              "王志远": "国家发展和改革委员会主任", "赵德胜": "中共中央政治局常委"}
    canonical = groups[person]
    assert canonical in posts, posts
    if person == "张建国":
        del posts["中共中央政治局委员"]
    assert list(posts) == [canonical]  # one node for every surface form
    expected_aliases = {"张建国": {"中央组织部部长", "中组部部长"},
                        "李明华": {"中央纪律检查委员会书记", "中央纪委书记",
                                "中国共产党中央纪律检查委员会书记"},
                        "王志远": {"国家发展改革委主任", "国家发改委主任"},
                        "赵德胜": {"中央政治局常委", "中国共产党中央政治局常委"}}[person]
    assert set(posts[canonical].get("aliases", [])) == expected_aliases


def test_bodies_take_the_canonical_name_with_the_surface_form_as_alias(variant_graph):
    body = variant_graph.nodes["Organization:中共中央组织部"]
    assert {"中央组织部", "中组部"} <= set(body["aliases"])
    assert "Organization:中组部" not in variant_graph and "Organization:中央组织部" not in variant_graph


def _extraction(*posts: tuple[str, str, str]) -> Extraction:
    """An extraction of posts (name, title, body) held by one person, each OF its body."""
    person = Ref("Person", "钱立群")
    ents = [Entity("Person", person.name)]
    rels = []
    for name, title, body in posts:
        ents += [Entity("Post", name, {"title": title}), Entity("Organization", body)]
        rels += [Relation("HOLDS", person, Ref("Post", name), "s", {"status": "current"}),
                 Relation("OF", Ref("Post", name), Ref("Organization", body), "s")]
    return Extraction(ents, rels)


def test_names_lose_opening_time_and_discourse_words():
    before = _extraction(("当天下午国务院总理", "总理", "当天下午国务院"),
                         ("时间27号下午国务院副总理", "副总理", "时间27号下午国务院"),
                         ("会上卫生部部长", "部长", "会上卫生部"))
    after = canonicalize(before)
    names = {e.name for e in after.entities}
    assert {"国务院总理", "国务院副总理", "卫生部部长", "国务院", "卫生部"} <= names
    assert not any(opens_with_noise(n) for n in names)
    posts = {r.target.name for r in after.relations if r.type == "HOLDS"}
    assert posts == {"国务院总理", "国务院副总理", "卫生部部长"}
    assert before.entities[1].name == "当天下午国务院总理"  # pure: the input is untouched


def test_a_name_that_is_only_noise_is_dropped_with_its_relations():
    ex = Extraction([Entity("Organization", "会上"), Entity("Person", "钱立群")],
                    [Relation("MEMBER_OF", Ref("Person", "钱立群"), Ref("Organization", "会上"), "s")])
    out = canonicalize(ex)
    assert [e.name for e in out.entities] == ["钱立群"] and out.relations == []


@pytest.mark.parametrize("name, kept", [
    ("时间27号下午国务院", "国务院"), ("今天下午（12月17日）国务院新闻办公室", "国务院新闻办公室"),
    ("28日下午全国政协", "全国政协"), ("下午3点政协", "政协"), ("主讲人全国人大常委会", "全国人大常委会"),
    ("时间银行", "时间银行"), ("1号线", "1号线"), ("5号楼", "5号楼"), ("91708部队", "91708部队"),
    ("对外经济贸易大学", "对外经济贸易大学"), ("和田地区公安局", "和田地区公安局"),
    ("九年前某建工集团", "某建工集团"), ("三年前县人社局", "县人社局"), ("现在某县中心小学", "某县中心小学"),
    ("以来某县公安局", "某县公安局"), ("五年计划", "五年计划"), ("三年行动计划", "三年行动计划"),
])
def test_time_words_are_stripped_only_where_they_open_the_name(name, kept):
    assert strip_leading(name) == kept


def test_companies_lose_a_time_word_only_when_a_company_name_is_left():
    ex = Extraction([Entity("Company", "今晨某某航空公司"), Entity("Company", "今年以来公司"),
                     Entity("Company", "今日头条")], [])
    assert [e.name for e in canonicalize(ex).entities] == ["某某航空公司", "今日头条"]


def test_local_bodies_and_posts_follow_the_patterns():
    ex = Extraction([Entity("Place", "广东省", {"level": "province", "adcode": "440000"}, {"广东"}),
                     Entity("Place", "佛山市", {"level": "city", "adcode": "440600"}),
                     Entity("Place", "广西壮族自治区", {"level": "province", "adcode": "450000"}, {"广西"})]
                    + _extraction(("中共广东省委书记", "书记", "中共广东省委"),
                                  ("广东省人民政府省长", "省长", "广东省人民政府"),
                                  ("佛山市政府副市长", "副市长", "佛山市政府"),
                                  ("广西自治区政府主席", "主席", "广西自治区政府")).entities,
                    _extraction(("中共广东省委书记", "书记", "中共广东省委"),
                                ("广东省人民政府省长", "省长", "广东省人民政府"),
                                ("佛山市政府副市长", "副市长", "佛山市政府"),
                                ("广西自治区政府主席", "主席", "广西自治区政府")).relations)
    out = canonicalize(ex)
    of = {r.source.name: r.target for r in out.relations if r.type == "OF"}
    assert of == {"广东省委书记": Ref("Organization", "广东省委"),
                  "广东省省长": Ref("Place", "广东省"),  # the governor is the province's own post
                  "佛山市副市长": Ref("Place", "佛山市"),
                  "广西壮族自治区主席": Ref("Place", "广西壮族自治区")}
    bodies = {e.name: e.aliases for e in out.entities if e.label == "Organization"}
    assert bodies["广东省委"] == {"中共广东省委"} and bodies["佛山市人民政府"] == {"佛山市政府"}
    assert "广西壮族自治区人民政府" in bodies


def test_the_lexicon_tables_load():
    t = tables()
    assert t.central["中组部"] == "中共中央组织部"
    assert {"省长", "市长", "县长", "主席"} <= t.leader_titles
    assert t.provinces["广西自治区"] == "广西壮族自治区" and t.province_codes["云南省"] == "53"
    assert "时间" not in t.noise  # only before a date: 时间银行 is a name


def test_a_county_level_city_doubling_its_level_word_is_its_own_body():
    ex = Extraction([Entity("Place", "东阳市", {"level": "county"}),
                     Entity("Organization", "东阳市市委"), Entity("Organization", "东阳市市政府")], [])
    bodies = {e.name: e.aliases for e in canonicalize(ex).entities if e.label == "Organization"}
    assert bodies == {"东阳市委": {"东阳市市委"}, "东阳市人民政府": {"东阳市市政府"}}
