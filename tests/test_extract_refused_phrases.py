"""Bodies whose name is a phrase of the sentence (kg/extract/refuse_phrases), the words
added to the refusal tables with them, and the backward scan's stop at a verb jieba
glued into a longer word (kg/extract/spans.glued_verb). Short sentences made up for the
tests; no name is from the gold or the corpus."""
from __future__ import annotations

from conftest import found
from kg.extract.refuse import refused_mentions, refused_name
from kg.extract.refuse_phrases import attack_target, phrase_name
from kg.extract.spans import glued_verb


def test_new_or_former_standing_alone_makes_a_phrase():
    assert phrase_name("新冰岛政府")  # 新|某国政府
    assert phrase_name("桃源书画协会新理事会")  # the association's new council
    assert phrase_name("某某党新中央委员会")
    assert phrase_name("新一届桃源市政府")
    assert phrase_name("新旧政府")
    assert phrase_name("桃源原政协")  # a former body's title read into the name
    assert phrase_name("桃源市京剧团原党支部")
    assert refused_name("Organization", "新冰岛政府")
    assert not phrase_name("金砖国家新开发银行")  # 新 is the bank's own
    assert not phrase_name("桃源市新市民事务办公室")
    assert not phrase_name("太原市人民政府")  # 原 inside a place's name
    assert not phrase_name("国家原子能机构")
    assert not phrase_name("新疆维吾尔自治区人民政府")
    assert not phrase_name("新北街道办事处")  # 新 opens a place


def test_governments_of_a_count_of_countries_are_no_body():
    assert phrase_name("冰岛两国政府")
    assert phrase_name("三国政府")
    assert phrase_name("6国政府")
    assert phrase_name("中冰两国地方政府")
    assert not phrase_name("七国集团")
    assert not phrase_name("二十国集团")
    assert not phrase_name("冰岛政府")


def test_a_command_site_struck_is_no_body():
    text = "军方称，当天空袭了桃源武装的指挥中心。"
    assert attack_target("桃源武装指挥中心", [(text.index("桃源"), "桃源武装指挥中心")], text)
    assert refused_mentions("Organization", "桃源武装指挥中心", set(), text.replace("的指", "指"), None)
    text = "桃源市公安局指挥中心接到报警后迅速出警。"
    assert not attack_target("桃源市公安局指挥中心", [(0, "桃源市公安局指挥中心")], text)


def test_descriptions_and_cut_names():
    assert refused_name("Organization", "冰岛最大公立医院")
    assert refused_name("Organization", "某地区首家某某文化中心")
    assert refused_name("Organization", "中亚第一所某某学院")
    text = "推动把发展置于国际议程中心地位。"
    assert refused_mentions("Organization", "国际议程中心", set(), text, None)
    text = "他所在的全国政协桃源工会界别提交了提案。"  # a sector of the conference
    assert refused_mentions("Organization", "全国政协桃源工会", set(), text, None)
    text = "桃源城市中心电视台报道了这条消息。"
    assert refused_mentions("Organization", "桃源城市中心", set(), text, None)


def test_a_verb_glued_into_a_word_opens_no_name():
    assert glued_verb("拒绝接受")  # 拒绝|接受
    assert not glued_verb("新闻出版")  # a verb after a noun names a field
    assert not glued_verb("器官移植")
    assert glued_verb("任教于")  # 任教|于
    assert glued_verb("重新加入")  # 重新, which jieba tags an adjective
    assert not glued_verb("支持")  # a verb of its own: a stop already
    assert not glued_verb("马拉维")  # a verb of one character ends many foreign names
    assert not glued_verb("加勒比")  # and a preposition too
    assert not glued_verb("清华大学")
    assert not any("拒绝接受" in n for n in found("声明称，桃源拒绝接受冰岛政府的要求。", "Organization"))
    assert not any("任教于" in n for n in found("他回国任教于桃源大学。", "Organization"))
    # 全力 opens a set phrase (bodies/adverb_openers)
    assert not any("全力支持" in n for n in found("桃源市政府全力支持桃源区政府依法施政。", "Organization"))


def test_a_count_opening_a_name_is_no_body():
    assert phrase_name("20余份政府")
    assert phrase_name("3万亿元地方政府")
    assert phrase_name("80后桃源市人大")
    assert not phrase_name("7国集团")
    assert not phrase_name("302医院")


def test_a_word_of_time_opens_no_name():
    assert not any("以来" in n for n in found("党的十大以来桃源市人大常委会做了大量工作。", "Organization"))


def test_phrases_ending_like_a_head_and_bodies_in_a_village():
    assert refused_name("Organization", "桃源村里合作社")  # the co-operative in the village
    assert refused_name("Organization", "桃源党媒体")
    assert refused_name("Organization", "桃源民众抗议冰岛政府")  # a clause read in
    assert not refused_name("Organization", "桃源村合作社")
    assert not any(n.endswith("战局") for n in found("这将影响桃源战局。", "Organization"))
    assert not any(n.endswith("好大学") for n in found("让更多孩子念上好大学。", "Organization"))


def test_many_of_a_kind_and_the_northernmost_are_no_body():
    assert refused_name("Organization", "多桃源学院")  # 支持设立更|多|桃源学院
    assert refused_name("Organization", "桃源最北边境派出所")
    assert not refused_name("Organization", "多哥政府")  # a country opened by 多
    assert not refused_name("Organization", "多伦多大学")
