"""A small hand-made graph whose query answers are known, built through GraphBuilder
with hand-made extractions (no dependence on the extractor)."""
from __future__ import annotations

import networkx as nx

from kg.graph import GraphBuilder
from kg.model import Article, Entity, Extraction, Ref, Relation

INJECTION = "'}) DETACH DELETE n //"


def P(label: str, name: str) -> Ref:
    return Ref(label, name)


PLACES = {"广东省": "province", "佛山市": "city", "顺德区": "district", "容桂街道": "subdistrict",
          "韶关市": "city", "惠州市": "city"}
PART_OF = [("佛山市", "广东省"), ("顺德区", "佛山市"), ("容桂街道", "顺德区"), ("韶关市", "广东省"),
           ("惠州市", "广东省")]

POST_TITLES = {"顺德区招商局副局长": "副局长", "顺德区招商局局长": "局长", "容桂街道党工委书记": "党工委书记",
               "佛山市委组织部部长": "部长"}

ARTICLES = {
    "a1": Article(text="一号文章正文", title="顺德招商", source="人民日报", published="2024-03-01"),
    "a2": Article(text="二号文章正文", title="百千万工程", source="南方日报", published="2025-08-12"),
    "a3": Article(text="三号文章正文", title="韶关专班", source="韶关日报", published="2025-01-05"),
}


def _rel(t, s, d, sentence, **props) -> Relation:
    return Relation(t, s, d, sentence, props)


def extractions() -> dict[str, Extraction]:
    hai, hu, ou, li = (P("Person", n) for n in ("海玉宝", "胡永峰", "欧阳晓冬", "李剑虹"))
    bureau, dept = P("Organization", "顺德区招商局"), P("Organization", "佛山市委组织部")
    tf = P("TaskForce", "韶关市集群建设专班")
    program = P("Program", "百县千镇万村高质量发展工程")
    posts = {n: P("Post", n) for n in ("顺德区招商局副局长", "顺德区招商局局长", "容桂街道党工委书记",
                                      "佛山市委组织部部长")}
    place = {n: P("Place", n) for n in PLACES}
    common = [_rel("PART_OF", place[a], place[b], f"{a}隶属{b}。") for a, b in PART_OF]

    def ents(*refs, extra=()):
        out = [Entity(r.label, r.name, props={"level": PLACES[r.name]} if r.label == "Place"
                      else {"title": POST_TITLES[r.name]} if r.label == "Post" else {})
               for r in refs]
        return out + list(extra)

    a1 = Extraction(
        ents(hai, hu, ou, bureau, dept, posts["顺德区招商局副局长"], posts["顺德区招商局局长"],
             posts["佛山市委组织部部长"], place["顺德区"], place["佛山市"],
             extra=[Entity("Company", "悍高集团", aliases={"悍高"}, count=3),
                    Entity("Person", INJECTION)]),
        common[:3] + [
            _rel("HOLDS", hai, posts["顺德区招商局副局长"], "海玉宝时任顺德区招商局副局长。", status="former"),
            _rel("HOLDS", ou, posts["顺德区招商局局长"], "欧阳晓冬任顺德区招商局局长。", status="current"),
            _rel("HOLDS", hu, posts["佛山市委组织部部长"], "胡永峰任佛山市委组织部部长。", status="current"),
            _rel("OF", posts["顺德区招商局副局长"], bureau, "顺德区招商局副局长"),
            _rel("OF", posts["顺德区招商局局长"], bureau, "顺德区招商局局长"),
            _rel("OF", posts["佛山市委组织部部长"], dept, "佛山市委组织部部长"),
            _rel("LOCATED_IN", bureau, place["顺德区"], "顺德区招商局位于顺德区。"),
            _rel("LOCATED_IN", dept, place["佛山市"], "佛山市委组织部"),
            _rel("LOCATED_IN", P("Company", "悍高集团"), place["顺德区"], "悍高集团在顺德区。"),
        ])
    a2 = Extraction(
        ents(hai, place["广东省"], place["顺德区"], place["容桂街道"], posts["容桂街道党工委书记"],
             extra=[Entity("Program", program.name, aliases={"百千万工程"}, count=2),
                    Entity("Company", "美的集团")]),
        common + [
            _rel("HOLDS", hai, posts["容桂街道党工委书记"], "海玉宝任容桂街道党工委书记。", status="current",
                 start="2025-07-30"),  # an appointment reported (the dates the resolve stage keeps)
            _rel("HOLDS", hai, posts["顺德区招商局副局长"], "此前海玉宝担任顺德区招商局副局长。",
                 status="former"),
            _rel("OF", posts["容桂街道党工委书记"], place["容桂街道"], "容桂街道党工委书记"),
            _rel("IMPLEMENTS", place["广东省"], program, "广东省实施百千万工程。"),
            _rel("IMPLEMENTS", place["顺德区"], program, "顺德区推进百千万工程。"),
            _rel("LOCATED_IN", P("Company", "美的集团"), place["顺德区"], "美的集团总部在顺德区。"),
        ])
    a3 = Extraction(
        ents(li, tf, place["韶关市"], extra=[Entity("Company", "中国电信"),
                                              Entity("Project", "埃克森美孚惠州乙烯项目")]),
        [
            _rel("MEMBER_OF", li, tf, "李剑虹是韶关市集群建设专班成员。", role="成员"),
            _rel("ESTABLISHED", place["韶关市"], tf, "韶关市成立集群建设专班。"),
            _rel("LOCATED_IN", tf, place["韶关市"], "韶关市集群建设专班"),
            _rel("LOCATED_IN", P("Project", "埃克森美孚惠州乙烯项目"), place["惠州市"], "惠州乙烯项目"),
            _rel("PART_OF", place["惠州市"], place["广东省"], "惠州市"),
        ])
    return {"a1": a1, "a2": a2, "a3": a3}


def sample_graph(which: tuple[str, ...] = ("a1", "a2", "a3")) -> nx.MultiDiGraph:
    builder = GraphBuilder()
    ex = extractions()
    for key in which:
        builder.add(ARTICLES[key], ex[key])
    return builder.graph


def article_id(key: str) -> str:
    return ARTICLES[key].id
