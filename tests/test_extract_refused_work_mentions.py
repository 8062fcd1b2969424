"""Works that name no one work, by their words or where the article writes them: kinds of
projects named by the genre's generic words (refuse/generic_project_words,
refuse_kinds.generic_project); a name cut before the zone
or cluster word it ends inside, a work described by its rank, a name that starts right
after a size and a quoted project that wins a prize (refuse_work_mentions); a work
described by its role (refuse/not_inside); a clause's verb read into a work's name
(refuse/not_endings, refuse/not_starts). Short names and sentences made up for the tests."""
from __future__ import annotations

from conftest import found
from kg.extract.refuse import refused_name
from kg.extract.refuse_kinds import generic_project
from kg.extract.refuse_work_mentions import cut_before_group, prized_entry, ranked_work, sized_before


def test_a_kind_of_project_in_the_genre_s_words_is_no_project():
    assert generic_project("智慧光伏发电项目")
    assert generic_project("高科技产业园")
    assert generic_project("国家级高技能人才培训基地建设项目")
    assert "智慧光伏发电项目" not in found("国内最大的智慧光伏发电项目建成。", "Project")
    assert not generic_project("桃李光伏发电项目")  # a place's own work keeps its name
    assert not generic_project("桃李铁路")


def test_a_name_cut_before_its_zone_or_cluster_word_is_none():
    text = "他来到桃源高新技术产业园区考察。加快建设桃李世界级机场群。"
    assert cut_before_group("桃源高新技术产业园", text.find("桃源"), text)
    assert cut_before_group("桃李世界级机场", text.find("桃李"), text)
    assert "桃源高新技术产业园" not in found(text, "Project")
    text = "桃源产业园今天开园。"
    assert not cut_before_group("桃源产业园", 0, text)


def test_a_work_described_by_its_rank_is_no_name():
    text = "世界第一高拱坝水电站首批机组发电。"
    assert ranked_work("高拱坝水电站", text.find("高拱坝"), text)
    assert ranked_work("第一长隧道", 2, "亚洲第一长隧道贯通。")
    text = "第一座桃李大桥通车。"
    assert not ranked_work("桃李大桥", text.find("桃李"), text)  # a counter: a count, not a rank


def test_a_clause_s_verb_read_into_a_work_is_no_name():
    assert refused_name("Project", "桃李大桥合龙")
    assert refused_name("Project", "深化铁路")
    assert refused_name("Project", "桃李用品安全性项目")
    assert not refused_name("Project", "桃李大桥")


def test_a_name_starting_right_after_a_size_is_cut():
    text = "在桃源县建设的110米口径全向望远镜项目正式开工。全长3.6公里的桃李隧道贯通。"
    assert sized_before(text.find("口径"), text)
    assert "口径全向望远镜项目" not in found(text, "Project")
    assert not sized_before(text.find("桃李"), text)


def test_a_work_described_by_its_role_is_no_name():
    assert refused_name("Project", "桃李铁路控制性隧道")
    assert not refused_name("Project", "桃李铁路桃源隧道")


def test_a_generic_word_tagged_as_a_place_is_no_owner():
    assert generic_project("大中城市高速公路")
    assert generic_project("深水隧道")
    assert not generic_project("桃源高速公路")


def test_a_name_opened_by_a_route_s_joiner_or_inside_a_size_is_cut():
    assert refused_name("Project", "到桃源高速")
    text = "研制2万吨级高铁。"
    assert sized_before(text.find("吨级"), text)


def test_a_quoted_project_that_wins_a_prize_is_an_entry():
    text = "设计大赛今天揭晓。“桃李资源清洁加工项目”获得应用类一等奖。"
    assert prized_entry("桃李资源清洁加工项目", text.find("桃李"), text)
    assert "桃李资源清洁加工项目" not in found(text, "Project")
    text = "“桃李大桥项目”今天开工，明年通车。"
    assert not prized_entry("桃李大桥项目", 1, text)


def test_a_length_before_a_route_keeps_the_name():
    text = "全长456公里桃李城际铁路贯通。全长800米桃源隧道贯通。"
    assert not sized_before(text.find("桃李"), text)
    assert not sized_before(text.find("桃源"), text)


def test_an_ordinal_before_a_word_of_the_head_is_no_rank():
    assert not ranked_work("桃源长江第二大桥", 0, "桃源长江第二大桥通车。")
    assert not ranked_work("桃源第二长江大桥", 0, "桃源第二长江大桥通车。")


def test_a_generic_word_after_a_place_s_name_keeps_the_work():
    assert not generic_project("桃源城市航站楼")
