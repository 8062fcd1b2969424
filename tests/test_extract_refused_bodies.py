"""Kinds of bodies and task forces refused once the article is read (kg/extract/
refuse_bodies): venues, foreign places, goals read as bodies, names cut before a title,
teams of owner words, of foreign sides, of aid, of national bodies, and generic teams
that took a place from elsewhere. Short sentences made up for the tests."""
from __future__ import annotations

from conftest import found
from kg.extract.refuse import refused_mentions, refused_name


def test_a_venue_where_something_is_held_is_no_body():
    assert refused_mentions("Organization", "桃源国际会议中心", set(), "论坛今天在桃源国际会议中心举行。", None)
    assert not refused_mentions("Organization", "桃源国际会议中心", set(), "桃源国际会议中心发布公告。", None)
    assert not refused_mentions("Organization", "桃源县人民医院", set(), "会议在桃源县人民医院举行。", None)


def test_goals_ranks_and_foreign_places_read_as_bodies():
    assert refused_name("Organization", "桃源国际航运中心")
    assert refused_name("Organization", "桃源城市副中心")
    assert refused_name("Organization", "国家级企业技术中心")
    assert refused_name("Organization", "美国某某州")
    assert refused_name("Organization", "贵宾步入宴会厅")
    assert not refused_name("Organization", "美国商务部")


def test_a_body_cut_before_a_title():
    assert refused_mentions("Organization", "某国财政", set(), "某国财政部长表示。", None)
    assert not refused_mentions("Organization", "外交部", set(), "外交部部长表示。", None)
    assert refused_mentions("Organization", "民政部原", set(), "民政部原副部长某某。", None)
    assert refused_name("Organization", "某某委员会专职")


def test_teams_of_owner_words_foreign_sides_and_pointed_at():
    assert refused_name("TaskForce", "党小组")
    assert refused_name("TaskForce", "企业服务专班")
    assert not refused_name("TaskForce", "桃源县企业服务专班")
    assert refused_name("TaskForce", "泰方工作组")
    assert refused_name("TaskForce", "伊拉克联合行动指挥部")
    assert not refused_name("TaskForce", "中国赴伊拉克工作组")
    assert refused_name("TaskForce", "桃源县这批工作队")
    assert refused_name("TaskForce", "联合作战指挥部")


def test_a_generic_team_takes_no_place_its_sentence_does_not_name():
    text = "桃源县今年粮食丰收。村里成立了志愿服务队，帮助老人。"
    assert not found(text, "TaskForce") & {"桃源县志愿服务队"}
    text = "桃源县今年粮食丰收，桃源县还成立了志愿服务队，帮助老人。"
    assert "桃源县志愿服务队" in found(text, "TaskForce")


def test_a_national_or_aid_team_takes_no_local_place():
    text = "桃源县今年汛情平稳。长江防汛抗旱总指挥部发布通报，提醒做好防范。"
    assert "桃源县长江防汛抗旱总指挥部" not in found(text, "TaskForce")
    text = "桃源县闽宁镇葡萄丰收。他加入了第三批援宁工作队，帮助销售。"
    assert not {n for n in found(text, "TaskForce") if n.endswith("第三批援宁工作队") and n[0] == "桃"}


def test_a_team_of_a_national_ministry_or_of_two_sides():
    assert refused_name("TaskForce", "双方工作组")
    text = "桃源县今年汛情平稳。公安部前方工作组会同当地交警疏导交通。"
    assert "桃源县公安部前方工作组" not in found(text, "TaskForce")
