"""National firms named bare (kg.extract.components.bare_firms), a university named by a
unit of it (kg.extract.school_parents) and a court or procuratorate named by a unit of it
(kg.extract.nested). Sentences are made up for these tests."""
from __future__ import annotations

from conftest import holds, names, run


def test_a_state_firm_named_bare_is_a_company():
    ext = run("今天，中国石化宣布一口页岩气深井完钻。")
    assert names(ext, "Company") == {"中国石化"}


def test_firms_named_bare_in_a_list_are_companies():
    ext = run("中国移动、中国联通和中国电信共同签署协议。")
    assert names(ext, "Company") == {"中国移动", "中国联通", "中国电信"}


def test_a_bare_firm_name_continued_by_a_noun_is_none():
    ext = run("中国石化行业要加快转型。要严打电信诈骗，规范中国电信业务。")
    assert not names(ext, "Company")


def test_a_school_named_inside_a_longer_name_stays_whole():
    ext = run("中国石油大学的师生参加了活动。")
    assert "中国石油" not in names(ext, "Company")


def test_a_unit_of_a_university_names_the_university():
    ext = run("江洲师范大学附属医院的专家会诊。江洲农业大学植物保护学院的学生参加。")
    assert {"江洲师范大学", "江洲师范大学附属医院", "江洲农业大学",
            "江洲农业大学植物保护学院"} <= names(ext, "Organization")


def test_a_universitys_party_committee_or_office_names_no_unit():
    ext = run("江洲农业大学党委书记王大明出席。江洲农业大学办公室发布通知。")
    assert "江洲农业大学" not in names(ext, "Organization")


def test_a_university_student_is_no_university():
    ext = run("在大学生创业园里，他们开始创业。")
    assert not names(ext, "Organization")


def test_a_unit_of_a_court_or_procuratorate_names_it():
    ext = run("江苏省常州市中级人民法院执行局原局长王大明被查处。常州市武进区人民检察院第一检察部主任李小红介绍。")
    assert {"常州市中级人民法院", "常州市中级人民法院执行局", "武进区人民检察院"} <= names(ext, "Organization")
    assert ("王大明", "局长", "常州市中级人民法院执行局", "former") in holds(ext)


def test_a_courts_own_party_group_names_no_unit():
    ext = run("常州市中级人民法院党组召开会议。")
    # the court itself is named as the body its party group sits in (components/party_groups)
    assert names(ext, "Organization") == {"常州市中级人民法院党组", "常州市中级人民法院"}


def test_a_bare_firm_name_opening_a_joined_name_is_none():
    ext = run("中国石油和化工勘察设计协会受到通报。中国建筑正在走向世界。")
    assert not names(ext, "Company")


def test_bare_firms_joined_to_a_firm_or_a_body_are_companies():
    ext = run("中国移动和中国联通签署协议。中国石化与北京市政府签署协议。")
    assert {"中国移动", "中国联通", "中国石化"} <= names(ext, "Company")
