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
    for listed in ("桃源等七地海关", "桃源等5市环保局", "桃源等地公安局", "桃源等多部门"):  # several
        assert refused_name("Organization", listed)
    assert not refused_name("Organization", "桃源县平等村委员会")


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
    text = "桃源县今年粮食丰收，桃源县还成立了工作专班，帮助老人。"
    assert "桃源县工作专班" in found(text, "TaskForce")  # a crew of a kind (志愿服务队) would not be


def test_a_national_or_aid_team_takes_no_local_place():
    text = "桃源县今年汛情平稳。长江防汛抗旱总指挥部发布通报，提醒做好防范。"
    assert "桃源县长江防汛抗旱总指挥部" not in found(text, "TaskForce")
    text = "桃源县闽宁镇葡萄丰收。他加入了第三批援宁工作队，帮助销售。"
    assert not {n for n in found(text, "TaskForce") if n.endswith("第三批援宁工作队") and n[0] == "桃"}


def test_a_team_of_a_national_ministry_or_of_two_sides():
    assert refused_name("TaskForce", "双方工作组")
    text = "桃源县今年汛情平稳。公安部前方工作组会同当地交警疏导交通。"
    assert "桃源县公安部前方工作组" not in found(text, "TaskForce")


def test_a_body_ending_with_no_body_character_is_cut_from_its_sentence():
    from kg.extract.refuse_bodies import unheaded
    assert refused_name("Organization", "某国外交部第一")
    assert refused_name("Organization", "桃源县有关部门的")
    assert unheaded("桃源县某某村村")
    assert not unheaded("某国议会（上院）")
    assert not refused_name("Organization", "桃源县人民法院少年庭")
    assert not refused_name("Organization", "联合国")
    assert not refused_name("Organization", "某国人民团结运动")
    assert not refused_name("Organization", "中共中央")


def test_a_person_read_into_a_body():
    from kg.extract.refuse_bodies import holds_person
    assert holds_person("王某明8日同某国议会", {"王某明"})
    assert holds_person("王某明和某某委员会", {"王某明"})
    assert holds_person("王某明为某某部", {"王某明"})
    assert holds_person("王某明桃源县税务局", {"王某明"})
    assert not holds_person("王某明基金会", {"王某明"})
    assert not holds_person("桃源县税务局", {"王某明"})


def test_kinds_named_as_bodies_or_teams():
    assert refused_name("Organization", "桃源县党委政府")
    assert refused_name("Organization", "某国南部反政府武装")
    assert refused_name("Organization", "某国有关部门")
    assert refused_name("Organization", "外国政府")
    assert refused_mentions("Organization", "伦敦办事处", set(), "某航空公司驻伦敦办事处开门。", None)
    assert not refused_mentions("Organization", "桃源县委办公室", set(), "县纪委派驻桃源县委办公室纪检组。", None)
    assert refused_name("TaskForce", "中国少年先锋队")
    assert refused_name("TaskForce", "桃源县党小组")
    assert refused_name("TaskForce", "军队工作组")
    assert not refused_name("TaskForce", "中国军队工作组")
    assert refused_name("TaskForce", "国际调查小组")
