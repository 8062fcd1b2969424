"""The body a party group is named after (kg.extract.components.party_groups), and national
bodies canonical in the form news writes (central_bodies.tsv: a military region, the
state nameplate of the internet office). Sentences are made up; no name is from any gold
file."""
from __future__ import annotations

from conftest import names, run

from kg.resolve.canonical import canonicalize


def test_a_ministrys_party_group_names_the_ministry():
    ext = run("水利部党组成员王立新出席会议。")
    assert {"水利部党组", "水利部"} <= names(ext, "Organization")


def test_a_local_bureaus_party_group_names_the_bureau():
    ext = run("江洲市环境保护局党组书记王立新出席会议。")
    assert {"江洲市环境保护局党组", "江洲市环境保护局"} <= names(ext, "Organization")


def test_a_party_group_of_no_body_names_none():
    ext = run("省直机关党组书记王立新出席会议。")
    assert "省直机关" not in names(ext, "Organization")


def test_a_military_region_keeps_the_name_news_gives_it():
    ext = canonicalize(run("当天，兰州军区派出直升机飞赴灾区。"))
    assert "兰州军区" in names(ext, "Organization")
    assert "中国人民解放军兰州军区" not in names(ext, "Organization")


def test_the_state_internet_office_is_named_by_its_state_nameplate():
    ext = canonicalize(run("近日，国家网信办发布新修订的管理规定。"))
    assert "国家互联网信息办公室" in names(ext, "Organization")
    assert "中央网络安全和信息化委员会办公室" not in names(ext, "Organization")


def test_the_armed_police_named_beside_the_army_before_its_troops():
    ext = run("解放军和武警官兵走进驻地社区，开展便民服务。")
    assert "武警" in names(ext, "Organization")


def test_the_armed_police_alone_before_its_troops_is_no_body():
    ext = run("广大武警官兵奋战在一线。")
    assert "武警" not in names(ext, "Organization")


def test_a_municipalitys_garrison_is_a_military_body():
    ext = run("连日来，天津卫戍区、武警天津总队等驰援多个受灾区域。")
    assert {"天津卫戍区", "武警天津总队"} <= names(ext, "Organization")


def test_official_short_forms_of_national_offices_are_their_bodies():
    ext = canonicalize(run("国务院安委办要督促各地落实责任。今天，共青团中央和全国少工委召开座谈会。"))
    assert {"国务院安全生产委员会办公室", "中国少年先锋队全国工作委员会"} <= names(ext, "Organization")


def test_the_party_prefix_of_a_group_is_not_the_bodys():
    ext = run("中共全国人大常委会党组召开会议。人民检察院党组书记王立新出席。")
    assert "全国人大常委会" in names(ext, "Organization")
    assert not {"中共全国人大常委会", "人民检察院"} & names(ext, "Organization")
