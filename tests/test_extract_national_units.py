"""Units a national body names after itself (kg.extract.components.national_units).
Sentences are made up; no name is from any gold file."""
from __future__ import annotations

from conftest import names, run


def test_a_ministrys_centre_named_after_it_is_a_body():
    ext = run("据水利部防洪调度中心统计，今年降雨偏多。")
    assert {"水利部", "水利部防洪调度中心"} <= names(ext, "Organization")


def test_a_ministrys_institute_named_after_it_is_a_body():
    ext = run("据自然资源部规划设计研究院测算，耕地面积稳定。")
    assert "自然资源部规划设计研究院" in names(ext, "Organization")


def test_no_unit_of_a_list_or_of_unspecific_words():
    ext = run("水利部等有关中心参加会议。水利部和财政部联合印发通知。")
    assert names(ext, "Organization") <= {"水利部", "财政部"}


def test_a_news_outlets_desk_is_no_unit_body():
    ext = run("新华社大会新闻报道中心发布消息。央视新闻中心今天播出专题片。")
    assert not {"新华社大会新闻报道中心", "央视新闻中心"} & names(ext, "Organization")


def test_a_national_bodys_local_committee_is_no_unit_named_after_it():
    ext = run("省政协委员、民盟怀化市委会主委、市教育局局长王大明来到学校。")
    assert "民盟怀化市委" not in names(ext, "Organization")
    ext = run("武警江西省总队医院派出医疗队。")
    assert "武警江西省总队医院" in names(ext, "Organization")
