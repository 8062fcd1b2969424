"""Personnel notices of a national standing committee (新闻联播 style): members added
(增补), a committee's resident vice chair (驻会副主任), removals written without 的 and
closed by 职务 or 资格 (免去某某第某届…职务, 撤销某某、某某…资格), the person's name cut
out of the body written right after it, a term's ordinal inside the body's name, and a
bare committee whose name a verb or 和 opens. Sentences are made up; no name is from any
gold annotation."""
from __future__ import annotations

from conftest import holds, names, run

SESSION = "政协第十四届全国委员会常务委员会第十次会议在京闭幕。"


def test_an_added_member_and_a_resident_vice_chair_of_a_bare_committee():
    got = holds(run(SESSION + "会议经表决，增补赵文华为第十四届全国政协委员；任命赵文华为提案委员会驻会副主任。"))
    assert ("赵文华", "委员", "全国政协", "current") in got
    assert ("赵文华", "驻会副主任", "全国政协提案委员会", "current") in got


def test_a_removal_without_possessive_reads_the_posts_up_to_the_office_word():
    ext = run(SESSION + "会议通过关于免去毕建华第十四届全国政协常委、经济委员会副主任职务，撤销其委员资格的决定。")
    assert {("毕建华", "常委", "全国政协", "former"),
            ("毕建华", "副主任", "全国政协经济委员会", "former")} <= holds(ext)
    assert not any(name.startswith("毕建华") for name in names(ext, "Organization"))


def test_each_name_of_a_revoked_list_loses_the_membership_and_no_body_opens_with_a_name():
    ext = run(SESSION + "会议追认关于撤销孙国强、周志刚、钱立新第十四届全国政协委员资格的决定。")
    for name in ("孙国强", "周志刚", "钱立新"):
        assert (name, "委员", "全国政协", "former") in holds(ext)
    assert not any(org.startswith(("孙国强", "周志刚", "钱立新")) for org in names(ext, "Organization"))
    assert "全国政协" in names(ext, "Organization")


def test_a_two_character_name_before_the_body_and_the_terms_ordinal_inside_its_name():
    got = holds(run(SESSION + "会议审议通过了关于撤销石勇政协第十四届全国委员会委员资格的决定。"))
    assert got == {("石勇", "委员", "全国政协", "former")}


def test_a_bare_committee_whose_name_the_head_reading_cuts_is_the_owners_committee():
    got = holds(run(SESSION + "会议审议通过了关于免去孙国强政协第十四届全国委员会常务委员、"
                              "文化文史和学习委员会主任职务的决定。"))
    assert ("孙国强", "主任", "全国政协文化文史和学习委员会", "former") in got
    assert ("孙国强", "常务委员", "全国政协", "former") in got


def test_a_surname_outside_the_common_list_before_a_comrade_notice():
    got = holds(run(SESSION + "欧建国同志不再担任经济委员会驻会副主任。"))
    assert got == {("欧建国", "驻会副主任", "全国政协经济委员会", "former")}
    assert not names(run("欧佩克预测明年全球石油需求将增长。"), "Person")
