"""Bodies and task forces refused for what opens or owns them (kg/extract/refuse_unowned)
and the words added to the refusal tables this round. Short sentences made up for the
tests; no name is from the gold or the corpus."""
from __future__ import annotations

from conftest import found, run, names
from kg.extract.refuse import refused_mentions, refused_name
from kg.resolve import canonicalize
from kg.extract.refuse_unowned import (after_quoted, joined_bodies, placed_crew, refused_opening,
                                       sided_team, unowned_team)


def test_a_name_opened_by_a_word_of_the_sentence_or_a_date():
    assert refused_opening("Organization", "后桃源县政府")  # 事故发生后|桃源县政府
    assert refused_opening("Organization", "家哨点医院")  # 300|家|哨点医院
    assert refused_opening("Organization", "25号法院")
    assert refused_opening("TaskForce", "16号调查小组")
    assert not refused_opening("Organization", "于都县委")  # a county opened by 于
    assert not refused_opening("Organization", "和县人民政府")
    assert not refused_opening("Organization", "桃源县人民政府")


def test_two_bodies_joined_are_no_body():
    assert joined_bodies("桃源省卫生委员会和疾控中心")
    assert refused_name("Organization", "桃源省卫生委员会和疾控中心")
    assert not joined_bodies("桃源省发展和改革委员会")
    assert not joined_bodies("桃源省政协社会和法制委员会")
    assert not joined_bodies("桃源市公安局和平分局")  # 和平, a district's name
    assert refused_name("Organization", "桃源两地海关")
    assert refused_name("Organization", "台风警报中心")
    assert refused_name("Organization", "桃源区某某购物中心")
    assert refused_name("TaskForce", "各级党委宣讲团")


def test_one_of_a_kind_a_state_of_things_and_a_cut_after_a_hyphen():
    assert refused_opening("Organization", "某国首都一法院")
    assert not refused_opening("Organization", "桃源市一医院")  # its first hospital
    assert not refused_opening("Organization", "桃源一中")
    assert not refused_opening("Organization", "桃源市八一学校")
    assert not refused_name("Organization", "桃源县民政局")
    assert not refused_name("Organization", "国家安全局")
    assert refused_name("Organization", "途经西城区某某派出所")
    assert refused_name("Organization", "某国国内政治僵局")
    assert refused_name("Organization", "被告方某某政府")
    text = "中国-某某国高级混合委员会第十次会议召开。"
    assert refused_mentions("Organization", "某某国高级混合委员会", set(), text, None)
    text = "深圳--某某研究院发布报告。"  # a dash, not a hyphen
    assert not refused_mentions("Organization", "某某研究院", set(), text, None)


def test_a_ministry_of_a_foreign_country_is_not_china_s():
    text = "美国政府6号进行改组，更换包括财政部部长在内的多名部长。"
    assert refused_mentions("Organization", "财政部", set(), text, None)
    text = "外交部发言人表示，美国应当停止干涉。"  # the country after it
    assert not refused_mentions("Organization", "外交部", set(), text, None)
    text = "美国国务院和中国外交部都发表了声明。"  # China named
    assert not refused_mentions("Organization", "外交部", set(), text, None)


def test_a_numbered_room_is_no_body():
    assert refused_opening("Organization", "实验区5号厅")
    assert not refused_opening("TaskForce", "实验区5号厅")


def test_words_of_the_sentence_read_into_a_body():
    assert refused_name("Organization", "某国地处中亚地缘中心")
    assert refused_name("Organization", "强热带风暴某某中心")
    assert refused_name("Organization", "某国现政府")
    assert refused_name("Organization", "某某高度评价某国友好协会")
    assert refused_name("Organization", "中国历史上第一个官办")
    assert refused_name("TaskForce", "灾区所有主县城抗震救灾指挥部")
    assert refused_name("TaskForce", "桃源省已率工作组")
    assert refused_name("TaskForce", "我台观潮直播小组")


def test_a_body_cut_after_a_middle_dot():
    assert refused_mentions("Organization", "某某儿童医院", set(), "她来到费某·某某儿童医院看望病童。", None)
    assert not refused_mentions("Organization", "某某儿童医院", set(), "她来到某某儿童医院看望病童。", None)


def test_a_team_cut_after_a_quote_or_after_fu():
    text = "桃源县组建的“我的家乡”百姓宣讲团深入社区宣讲。"
    assert "桃源县百姓宣讲团" not in found(text, "TaskForce")
    text = "他说：“要加油干。”桃源县产业专班负责人介绍了情况。"  # the quote closes a sentence
    assert "桃源县产业专班" in found(text, "TaskForce")
    assert refused_mentions("TaskForce", "某地工作组", set(), "领事馆派出赴某地工作组了解情况。", None)


def test_after_quoted():
    text = "某市“我的家乡”宣讲团。他说：“好。”产业专班"
    assert after_quoted("宣讲团", text.index("宣讲团"), text)
    assert not after_quoted("产业专班", text.index("产业专班"), text)


def test_a_team_of_two_countries_written_without_them():
    text = "双方决定在对话框架下成立气候变化工作组，推进相关合作。"
    k = text.index("气候变化工作组")
    assert unowned_team("气候变化工作组", "气候变化工作组", k, text, None)
    text = "中美双方决定成立中美气候变化工作组，推进相关合作。"
    k = text.index("中美气候变化工作组")
    assert not unowned_team("中美气候变化工作组", "中美气候变化工作组", k, text, None)
    text = "桃源县决定成立气候变化工作组，推进相关工作。"  # no other country
    k = text.index("气候变化工作组")
    assert not unowned_team("气候变化工作组", "气候变化工作组", k, text, None)
    text = "双方同意，国务院工作组将赴现场。"  # owned: a national body opens it
    k = text.index("国务院工作组")
    assert not unowned_team("国务院工作组", "国务院工作组", k, text, None)


def test_a_team_sent_by_a_body_its_name_lacks():
    text = "地震发生后，桃源省地震局派出现场应急工作队赶赴灾区。"
    k = text.index("现场应急工作队")
    assert unowned_team("现场应急工作队", "现场应急工作队", k, text, None)
    text = "地震发生后，国务院派出国务院工作组赶赴灾区。"
    k = text.index("国务院工作组")
    assert not unowned_team("国务院工作组", "国务院工作组", k, text, None)


def test_a_team_of_two_countries_takes_no_place():
    assert sided_team("桃源市中德工业减碳工作组", "中德工业减碳工作组")
    assert not sided_team("中德工业减碳工作组", "中德工业减碳工作组")
    assert not sided_team("桃源市工业减碳工作组", "工业减碳工作组")


def test_a_crew_of_a_kind_takes_no_place():
    text = "桃源市今年汛情平稳。党员服务队上门为老人检修电器。"
    k = text.index("党员服务队")
    assert placed_crew("桃源市党员服务队", "党员服务队", k, text)
    assert placed_crew("桃源市青年突击队", "青年突击队", k, text)
    assert not placed_crew("桃源市党员服务队", "桃源市党员服务队", 0, text)  # written with its place
    assert not placed_crew("桃源县挂牌作战突击队", "挂牌作战突击队", k, text)  # a name of its own
    assert not placed_crew("桃源县工作专班", "工作专班", k, text)  # a working team, not a crew
    text = "洪水过后，桃源县组建党员突击队，连夜转移群众。"  # set up by the county: its team
    assert not placed_crew("桃源县党员突击队", "党员突击队", text.index("党员突击队"), text)


def test_a_national_body_with_the_country_before_it_takes_its_own_name():
    ext = canonicalize(run("中国全国政协与某国议会的友好交往不断加深，中国国家能源局今天公布数据。"))
    assert {"全国政协", "国家能源局"} <= names(ext, "Organization")
    assert not {n for n in names(ext, "Organization") if n.startswith("中国")}
