"""Kinds of misses of a blind national-news set, each on a made-up sentence: a
prefecture's or banner's party committee and government written as one pair (某州委州政府);
gangs written with a firm's head (恶势力犯罪集团); a kind of firm (家政服务公司); items of a
heritage list read as a project; 老 before a title (某村党支部老书记: a former post, 老 no
part of the body); a place glued to its residents (香港市民); a kindergarten or clinic
named by its town or village alone (某乡幼儿园, 某村卫生室); a hospital's department jieba
cuts after a verb (放疗|科). No name is from any gold file."""
from __future__ import annotations

from conftest import found, holds, run


def test_a_prefecture_committee_and_government_written_as_a_pair_are_two_bodies():
    orgs = found("会上，恩施州委州政府主要负责同志作了发言。", "Organization")
    assert "恩施州委" in orgs
    assert "恩施土家族苗族自治州政府" in orgs
    assert "恩施州委州政府" not in orgs


def test_a_banner_committee_and_government_written_as_a_pair_are_two_bodies():
    orgs = found("他召开额济纳旗委旗政府负责同志座谈会。", "Organization")
    assert {"额济纳旗委", "额济纳旗政府"} <= orgs


def test_a_gang_with_a_firm_head_is_no_company():
    assert not found("近年来，当地警方打掉电信诈骗集团12个、恶势力犯罪集团30个。", "Company")


def test_a_firm_named_for_its_trade_alone_is_no_company():
    assert not found("她从一名下岗女工成长为家政服务公司掌门人。", "Company")
    assert "青禾家政服务公司" in found("青禾家政服务公司今年招收学员300人。", "Company")


def test_heritage_items_are_no_project():
    assert not found("这座拥有192项非物质文化遗产项目的小城很热闹。", "Project")


def test_an_elder_title_is_a_former_post_of_the_body_before_it():
    ext = run("湖北省恩施市青禾村党支部老书记王大山说，支部建在工地上。")
    assert ("王大山", "书记", "青禾村党支部", "former") in holds(ext)
    ext = run("恩施市人民医院老院长王大山说，病人很多。")
    assert ("王大山", "院长", "恩施市人民医院", "former") in holds(ext)


def test_a_place_glued_to_its_residents_is_read():
    places = found("元宵佳节，香港市民们一起吃汤圆，北京市民也在看灯。", "Place")
    assert {"香港特别行政区", "北京市"} <= places


def test_a_kindergarten_or_clinic_named_by_its_town_or_village_alone_is_one_body():
    assert "芭蕉侗族乡幼儿园" in found("眼前这个楼房就是未来的恩施市芭蕉侗族乡幼儿园。", "Organization")
    assert "高拱桥村卫生室" in found("在恩施市芭蕉侗族乡高拱桥村，村医坚守在村卫生室。", "Organization")


def test_kindergartens_and_schools_of_a_kind_stay_no_body():
    assert not found("各地普惠性幼儿园增加，山区学校也在改善。", "Organization")
    assert not found("受此影响，恩施市幼儿园、中小学停课。", "Organization")


def test_a_hospital_department_jieba_cuts_after_a_verb_is_the_post_s_body():
    ext = run("安徽医科大学第一附属医院放疗科副主任李晓梅说，病人很多。")
    assert ("李晓梅", "副主任", "安徽医科大学第一附属医院放疗科", "current") in holds(ext)
    ext = run("安徽医科大学第一附属医院感染内科主任李晓梅说，病人很多。")
    assert ("李晓梅", "主任", "安徽医科大学第一附属医院感染内科", "current") in holds(ext)
