"""Works named after their place or their builder (某县某某灌区, 某区某某新家园, 某某医院某地
院区): projects only while being built, named without the places they open with, which
stay places; a rare adjective cut from the next character of a name opens the name; a
project of works (某某扩建工程项目) is named after the works.
Sentences are made up; no name is from any gold annotation."""
from __future__ import annotations

from conftest import names, run


def test_an_irrigation_district_being_built_is_a_project_named_after_its_place():
    ext = run("在湖南省桃江县青松灌区的施工现场，渠道衬砌工程已经完成。")
    assert "青松灌区" in names(ext, "Project")
    assert "桃江县" in names(ext, "Place")  # the place stays a place


def test_an_irrigation_district_no_one_builds_is_no_project():
    assert not names(run("眼下，湖南省桃江县青松灌区的早稻长势良好。"), "Project")
    assert not names(run("今年全国大中型灌区实现应灌尽灌。"), "Project")
    # works nearby that are not this one's (两处灌溉工程): 工程 counts only right after the name
    assert not names(run("我国申报的湖南青松灌区和江西某某陂两处灌溉工程入选名录。"), "Project")
    assert "青松灌区" in names(run("湖南青松灌区工程启动以来已完成多次调水。"), "Project")


def test_irrigation_districts_counted_sized_or_of_a_kind_are_no_project():
    assert not names(run("今年，湖南利用大中型灌区加快建设高标准农田。"), "Project")
    assert not names(run("工程建成后每年将向湖南桃江县3.2万亩灌区供水。"), "Project")
    assert not names(run("在湖南青松水库下游灌区施工现场，机械正在作业。"), "Project")


def test_a_housing_estate_being_built_is_a_project():
    ext = run("总理来到四川省绵阳市涪城区澜溪新家园建设工地，看望施工人员。")
    assert "澜溪新家园" in names(ext, "Project")
    assert "涪城区" in names(ext, "Place")
    assert not names(run("大家携手建设美好幸福家园。"), "Project")  # no name, a wish
    # an estate built long ago: building not written right after its name
    assert not names(run("这是住在绵阳澜溪新家园小区的王师傅。澜溪新家园2009年建成。"), "Project")


def test_a_hospitals_new_campus_is_a_project_and_the_hospital_a_body():
    ext = run("清河市人民医院滨江院区建设工程今天实现主体结构封顶。")
    assert "清河市人民医院滨江院区" in names(ext, "Project")
    assert "清河市人民医院" in names(ext, "Organization")
    assert not names(run("新老院区正在加快建设，年底前完成搬迁。"), "Project")  # no hospital's campus


def test_a_campus_keeps_the_place_its_hospital_opens_with():
    ext = run("杭州仁和医院东湖院区建设工程今天实现主体结构封顶。")
    assert "杭州仁和医院东湖院区" in names(ext, "Project")
    assert "杭州仁和医院" in names(ext, "Organization")
    ext = run("在杭州仁和医院东湖院区心内科病房，医生正为患者诊治。")  # not being built
    assert "杭州仁和医院" in names(ext, "Organization") and not names(ext, "Project")
    assert "杭州市" in names(ext, "Place")  # the hospital's place is written outside any project


def test_a_rare_adjective_cut_from_a_names_next_character_opens_the_name():
    ext = run("得益于当地丰达坪灌区改扩建节水项目一期工程的初步建成，小麦顺利浇上了返青水。")
    assert "丰达坪灌区改扩建节水项目" in names(ext, "Project")
    assert not names(run("优化调整青松铁路项目正在推进。"), "Project")  # a clause read in


def test_a_project_of_works_is_named_after_the_works():
    ext = run("会议决定，对山东青岛鳌山湾核电站扩建工程项目予以核准。")
    assert "青岛鳌山湾核电站扩建工程" in names(ext, "Project")
    assert "青岛鳌山湾核电站扩建工程项目" not in names(ext, "Project")
    assert not names(run("我国最大规模海上风场群岸电工程项目全面竣工。"), "Project")  # a kind, refused


def test_a_renewal_project_named_by_its_quarter_is_one_project():
    ext = run("城北危旧房改造项目与老街改造类似，是为解决老国企家属区的住房困难。")
    assert "城北危旧房改造项目" in names(ext, "Project")
    assert not names(run("城市棚户区改造项目今年加快推进。"), "Project")  # every city's
