"""Kinds of body names national news writes that kg missed, read on the blind dev set K:
a leading group named before its member units (某领导小组成员单位), the committees of the
national consultative conference or congress named bare once the body is named (提案委员会,
财政经济委员会), a national body written with its term inside (政协第某届全国委员会), and one
glued after a name (免去某某全国政协某委员会副主任). Sentences are written for these tests in
the genre's style; no name is from a gold file or the corpus."""
from __future__ import annotations

from conftest import holds, names, run


def test_a_leading_group_before_its_member_units():
    ext = run("会议要求，全国防范电信诈骗工作领导小组成员单位要落实责任。")
    assert "全国防范电信诈骗工作领导小组" in names(ext, "Organization")


def test_a_bare_committee_of_the_national_cppcc():
    ext = run("全国政协常委会会议在京举行。会议任命张文明为外事委员会副主任，李华同志不再担任社会和法制委员会副主任。")
    orgs = names(ext, "Organization")
    assert {"全国政协外事委员会", "全国政协社会和法制委员会"} <= orgs
    assert ("张文明", "副主任", "全国政协外事委员会", "current") in holds(ext)


def test_a_bare_committee_of_the_national_congress():
    ext = run("全国人大常委会举行会议。财政经济委员会主任委员就草案作了说明。")
    assert "全国人大财政经济委员会" in names(ext, "Organization")


def test_a_bare_committee_takes_the_body_named_last_before_it():
    ext = run("全国人大代表参加审议。全国政协委员列席会议，外事委员会提出了建议。")
    orgs = names(ext, "Organization")
    assert "全国政协外事委员会" in orgs and "全国人大外事委员会" not in orgs


def test_a_committee_without_its_body_or_after_a_noun_is_not_bare():
    assert not any("外事委员会" in n for n in names(run("学校外事委员会召开会议。"), "Organization"))
    ext = run("全国政协会议开幕。记者从大会提案委员会获悉，提案数量增加。")
    assert "全国政协提案委员会" not in names(ext, "Organization")


def test_a_national_body_with_its_term_inside():
    ext = run("中国人民政治协商会议第八届、九届全国委员会副主席张文明同志逝世。")
    assert "全国政协" in names(ext, "Organization")
    assert "中国人民政治协商会议" not in names(ext, "Organization")
    assert ("张文明", "副主席", "全国政协", "current") in holds(ext)


def test_a_national_body_glued_after_a_name():
    ext = run("会议通过关于免去李华第十四届全国政协经济委员会副主任职务的决定。")
    orgs = names(ext, "Organization")
    assert "全国政协经济委员会" in orgs
    assert not any(n.startswith("李华") for n in orgs)


def test_a_standing_committee_written_with_its_term_inside():
    ext = run("政协第十三届全国委员会常务委员会第五次会议在京开幕。")
    assert "全国政协常务委员会" in names(ext, "Organization")


def test_a_name_glued_before_a_national_body_named_earlier_is_no_body():
    ext = run("全国政协召开会议，学习党中央优化全国政协机构设置的精神。")
    orgs = names(ext, "Organization")
    assert "全国政协" in orgs
    assert not any("优化" in n for n in orgs)
