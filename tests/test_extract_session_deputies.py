"""Deputies named with their bare title after the name in news on the national sessions
(某某代表提出, 甲、乙代表建议, 某某委员说), and the general secretary named 某某主席 (the
head of state's post). Sentences are made up; no name is from any gold file."""
from __future__ import annotations

from conftest import holds, run

NPC = "十二届全国人大四次会议今天在人民大会堂开幕。"
CPPCC = "全国政协十三届二次会议今天开幕。"


def test_a_deputy_named_before_the_bare_title_holds_the_national_congress_post():
    got = holds(run(NPC + "来自湖南的王建国代表说，要讲好家乡的故事。"))
    assert ("王建国", "代表", "全国人大", "current") in got


def test_every_name_listed_before_the_title_holds_it():
    got = holds(run(NPC + "赵立新、钱明华代表建议，进一步加强基层医疗。"))
    assert {("赵立新", "代表", "全国人大", "current"), ("钱明华", "代表", "全国人大", "current")} <= got


def test_a_member_named_before_the_bare_title_holds_the_national_conference_post():
    got = holds(run(CPPCC + "钱立新委员说，要守护好绿水青山。"))
    assert ("钱立新", "委员", "全国政协", "current") in got


def test_the_verb_to_represent_is_no_title():
    got = holds(run(NPC + "李国强代表国务院向大会作政府工作报告。"))
    assert not {h for h in got if h[1] == "代表"}


def test_no_national_body_without_its_name_or_beside_a_party_congress():
    assert not holds(run("来自湖南的王建国代表说，要讲好家乡的故事。"))
    got = holds(run("中国共产党第十九次全国代表大会在京开幕。王建国代表说，很振奋。全国人大常委会委员长出席。"))
    assert ("王建国", "代表", "全国人大", "current") not in got


def test_the_general_secretary_named_with_the_bare_title_of_chairman_is_head_of_state():
    got = holds(run("中共中央总书记王建华发表新年贺词。干部群众表示，王建华主席的贺词鼓舞人心。"))
    assert ("王建华", "主席", "", "current") in got
    assert "国家主席" in {e.name for e in run("中共中央总书记王建华发表贺词。王建华主席的贺词鼓舞人心。").entities}


def test_no_head_of_state_for_another_chairmanship_or_another_party():
    got = holds(run("中共中央总书记、中央军委主席王建华视察部队。官兵们牢记王建华主席的嘱托。"))
    assert ("王建华", "主席", "", "current") not in got
    got = holds(run("越共中央总书记阮明雄会见代表团。阮明雄主席表示欢迎。"))
    assert not {h for h in got if h[1] == "主席"}

