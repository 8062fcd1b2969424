"""Kinds of people and posts national news writes that were missed: a person named before
the 家 of their household (村民某某家较为贫困), the member of a leading council of an office
(某研究室室务委员), and a deputy's post glued before another post (十八大代表某村党支部书记某某).
Sentences are made up; no name is from any gold file."""
from __future__ import annotations

from conftest import holds, names, run

CONGRESS = "中国共产党第十八次全国代表大会"


def test_a_name_before_its_household_is_a_person():
    assert "鲍明亮" in names(run("村民鲍明亮家较为贫困，住的是土坯房。"), "Person")
    assert "谭俊山" in names(run("这个上午，最后一单是谭俊山家的一只智能手机。"), "Person")
    assert "谭雄飞" in names(run("中南村的谭雄飞家新买的洗衣机刚刚到货。"), "Person")


def test_no_person_before_a_word_opening_with_jia_or_a_common_word():
    assert not names(run("张家口市的专家来到农家，大家都说国家好。"), "Person")
    assert not names(run("他们走进刘海家具城挑选沙发。"), "Person")
    assert not names(run("走进职工之家，记者看到了。"), "Person")


def test_a_council_member_of_an_office_holds_that_title():
    found = holds(run("中央宣讲团成员、原中央政策研究室室务委员、秘书长闫建平在西安作报告。"))
    assert any(h[:2] == ("闫建平", "室务委员") and h[2].endswith("政策研究室") for h in found)
    assert not any(h[1] == "委员" for h in found)
    assert ("李大明", "部务委员", "中央组织部", "current") in holds(run("中央组织部部务委员李大明出席。"))


def test_a_deputys_post_glued_before_another_post():
    found = holds(run("十八大代表四川省巴中市平昌县白衣镇青云村党支部书记李大华，带领村民发展种植业。"))
    assert ("李大华", "代表", CONGRESS, "current") in found
    assert ("李大华", "书记", "青云村党支部", "current") in found
    found = holds(run("全国人大代表湖南三一集团董事长王小明说。"))
    assert ("王小明", "代表", "全国人大", "current") in found


def test_no_glued_deputy_inside_a_bodys_name():
    found = holds(run("会议听取了全国人大常委会代表资格审查委员会主任委员王大东作的报告。"))
    assert not any(h[1] == "代表" for h in found)


def test_elected_with_a_perfective_and_a_time_word_before():
    found = holds(run("来自江西省赣州的王大山这次也当选了十九大党代表。"))
    assert ("王大山", "代表", "中国共产党第十九次全国代表大会", "current") in found
    assert ("王大山", "代表", "中国共产党第十九次全国代表大会", "current") in holds(run("十九大党代表王大山说。"))


def test_a_listed_former_post_reads_its_whole_body_and_the_list_goes_on():
    ext = run("湖南省农业农村厅种植业管理处处长、时任省脱贫攻坚督查评估工作第三组常务副组长李高山等人接受超标准接待问题；")
    found = holds(ext)
    assert ("李高山", "处长", "湖南省农业农村厅种植业管理处", "current") in found
    assert ("李高山", "常务副组长", "湖南省脱贫攻坚督查评估工作第三组", "former") in found
    assert "湖南省脱贫攻坚督查评估工作第三组" in names(ext, "TaskForce")
    assert not names(run("十八大新闻中心新闻组组长王大明说。"), "TaskForce")

