"""Organization names that name a kind of body or a phrase (kg/extract/refuse_org_kinds)
and the words added to the refusal tables with them. Short sentences and names made up
for the tests; no name is from the gold or the corpus."""
from __future__ import annotations

from conftest import found
from kg.extract.refuse import refused_mentions, refused_name
from kg.extract.refuse_org_kinds import org_kind, stationed_cut


def test_a_national_opener_before_a_head_only_places_own():
    assert org_kind("全国党委")
    assert org_kind("中央人大")
    assert org_kind("中央政协")
    assert refused_name("Organization", "中央人大")
    assert not org_kind("全国人大")  # the national lexicon's own
    assert not org_kind("全国政协")
    assert not org_kind("中央政府")
    assert not org_kind("桃源市人大")


def test_the_committees_of_a_congress_together_are_a_kind():
    assert org_kind("全国人大专门委员会")
    assert org_kind("桃源市政协专门委员会")
    assert not org_kind("全国人大桃源事务委员会")


def test_a_kind_under_a_ministry_and_a_bare_kind():
    assert org_kind("教育部直属高校")
    assert org_kind("桃源部直属师范大学")
    assert not org_kind("桃源市直属机关工委")
    assert org_kind("孔子学院")  # no university owns it
    assert not org_kind("桃源大学孔子学院")
    assert org_kind("滑雪中心")  # a venue's head alone, cut from its name
    assert not org_kind("桃源滑雪中心")


def test_a_verb_of_saying_read_in_is_a_clause():
    assert org_kind("冰岛称桃源医院")
    assert org_kind("桃源卫生组织称桃源医院")
    assert not org_kind("桃源市名称管理办公室")
    assert not any("称" in n for n in found("冰岛称桃源医院遭到袭击。", "Organization"))


def test_a_verb_of_a_clause_read_in_is_a_clause():
    assert org_kind("桃源市委委托桃源市委组织部")  # one body asks another
    assert org_kind("建议桃源市政府")
    assert org_kind("桃源市政协贯彻落实桃源市委")
    assert org_kind("宣告成立桃源县人民政府")
    assert not org_kind("桃源市人大常委会代表资格审查委员会")
    assert not org_kind("桃源市人民政府")
    assert refused_name("Organization", "桃源市委委托桃源市委组织部")
    assert not refused_name("Organization", "桃源市委组织部")


def test_a_description_before_a_placed_body_is_read_in():
    assert org_kind("主管部门桃源市发展改革委")
    assert org_kind("立功集体桃源县公安局")
    assert not org_kind("桃源市机构编制委员会办公室")
    assert not org_kind("中央机构编制委员会办公室")


def test_two_bodies_joined_into_one_name():
    assert org_kind("白宫和冰岛疾控中心")  # the second opens with its country
    assert org_kind("桃源宫和冰岛外交部")
    assert org_kind("联合国和世界卫生组织")  # two bodies of the national lexicon
    assert not org_kind("国家发展和改革委员会")
    assert not org_kind("人力资源和社会保障部")
    assert not org_kind("中共中央和国家机关工作委员会")
    assert not org_kind("经济合作与发展组织")
    assert not org_kind("联合国粮食及农业组织")
    assert not org_kind("桃源市住房和城乡建设局")


def test_words_of_quantity_time_and_glued_plates():
    assert refused_name("Organization", "桃源市很多综合医院")
    assert refused_name("Organization", "冰岛许多医院")
    assert refused_name("Organization", "几天桃源医院")  # 这|几天|…
    assert refused_name("Organization", "桃源地委行署")  # two nameplates
    assert refused_name("Organization", "首都全国政治中心")
    assert refused_name("Organization", "冰岛进步党政府")  # described by its party
    assert not refused_name("Organization", "冰岛政府")
    assert not refused_name("Organization", "桃源市第一医院")
    assert not any(n.startswith("职") for n in found("他去年入职桃源投资促进局。", "Organization"))


def test_a_body_every_mention_of_which_follows_zhu_lost_its_owner():
    text = "桃源军区驻北京部队司令员出席。"
    k = text.index("北京部队")
    assert stationed_cut("北京部队", [(k, "北京部队")], text)
    assert refused_mentions("Organization", "北京部队", set(), text, None)
    text2 = "北京部队与桃源军区驻北京部队联合演练。"
    assert not stationed_cut("北京部队", [(0, "北京部队"), (text2.index("驻") + 1, "北京部队")], text2)
    text3 = "他曾任冰岛常驻北京办事处代表。"  # a mission accredited to it
    assert not stationed_cut("北京办事处", [(text3.index("北京"), "北京办事处")], text3)


def _at(name: str, text: str) -> list[tuple[int, str]]:
    out, k = [], text.find(name)
    while k >= 0:
        out.append((k, name))
        k = text.find(name, k + 1)
    return out


def test_a_bare_ministry_glued_to_a_foreign_country_is_that_countrys():
    from kg.extract.refuse_org_kinds import glued_foreign_ministry
    text = "据报道，冰岛卫生部13日说，伤亡人数增加。"
    assert glued_foreign_ministry("卫生部", _at("卫生部", text), text)
    text = "消息。俄财政部宣布，将发行新债券。"  # a one-character short name
    assert glued_foreign_ministry("财政部", _at("财政部", text), text)
    text = "美国防部称将撤军。"
    assert glued_foreign_ministry("国防部", _at("国防部", text), text)
    text = "冰岛外交部表示支持。中国外交部发言人说。"  # China's too
    assert not glued_foreign_ministry("外交部", _at("外交部", text), text)
    text = "外交部发言人说，冰岛外交部表示。"
    assert not glued_foreign_ministry("外交部", _at("外交部", text), text)
    text = "中俄国防部举行会谈。"  # two countries' ministries
    assert not glued_foreign_ministry("国防部", _at("国防部", text), text)
    assert refused_mentions("Organization", "卫生部", set(), "冰岛卫生部13日说，伤亡增加。", None)


def test_a_foreign_country_before_bare_courts_is_a_kind():
    assert org_kind("冰岛法院")
    assert not org_kind("冰岛最高法院")
    assert not org_kind("国际刑事法院")
    assert not org_kind("桃源市中级人民法院")
