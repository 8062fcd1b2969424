"""An airport's short name where the article writes its city before it (某市某某机场) takes
the city: the full name names the work. Sentences are made up; no name is from any gold
annotation."""
from __future__ import annotations

from conftest import names, run


def test_an_airport_takes_the_city_written_before_its_short_name():
    got = names(run("青州白鹭机场今天开工建设。白鹭机场是当地第一个货运枢纽机场。"), "Project")
    assert "青州白鹭机场" in got and "白鹭机场" not in got
    got = names(run("贵阳青松国际机场三期扩建工程开工。青松国际机场将新建航站楼。"), "Project")
    assert "贵阳青松国际机场" in got


def test_an_airport_written_without_its_city_keeps_its_name():
    assert "白鹭机场" in names(run("白鹭机场二期扩建工程开工建设。"), "Project")


def test_an_airports_phase_takes_the_city_written_before_it():
    got = names(run("海南海口白鹭国际机场二期工程日前完工。白鹭国际机场二期工程投用后将扩容。"), "Project")
    assert "海口白鹭国际机场二期工程" in got and "白鹭国际机场二期工程" not in got
    assert "白鹭国际机场二期扩建项目" in names(run("白鹭国际机场二期扩建项目完成试飞。"), "Project")
