"""Works that name no one project (kg/extract/refuse_works, refuse/network_regions), a
work's name opened by an adjective (refuse_campaigns.verb_opened_project), a work whose
every mention runs on into a longer noun (projects._runs_on) and a work's name cut inside
a county's name (project_forms.with_cut_place), a project named by a place alone
(refuse_works.place_projects) and an airport's short name written in full too
(project_forms.full_built_name), and a project named by common words alone
(refuse_works.common_project). Short names and sentences made up for
the tests."""
from __future__ import annotations

from conftest import found
from kg.extract.project_forms import full_built_name, with_cut_place
from kg.extract.projects import _runs_on
from kg.extract.refuse import refused_name
from kg.extract.refuse_works import common_project, office_centre, place_network, place_projects


def test_a_country_s_or_a_place_s_network_is_no_project():
    assert place_network("芬兰高速公路")
    assert place_network("芬兰现代化铁路")
    assert place_network("桃源县市郊铁路")
    assert place_network("桃源火车站铁路")
    assert refused_name("Project", "芬兰高速公路")
    assert not place_network("芬兰桃李铁路")  # a route of its own, in that country
    assert not place_network("桃源至李庄城际铁路")  # a route named by its ends
    assert not place_network("海南环岛高铁")  # a route named by its course
    assert not place_network("桃源机场高速公路")
    assert not place_network("京沪高铁")


def test_a_part_of_the_country_by_compass_names_its_network():
    assert "东北地区高铁" not in found("东北地区高铁今天联调联试。", "Project")
    assert refused_name("Project", "中西部地区铁路")
    assert refused_name("Project", "西北铁路")
    assert not refused_name("Project", "桃李铁路")


def test_a_data_centre_of_a_place_or_a_body_is_its_office():
    assert "桃源县大数据中心" not in found("桃源县大数据中心今天揭牌。", "Project")
    assert "桃源县政务数据中心" not in found("桃源县政务数据中心今天揭牌。", "Project")
    assert office_centre("国家桃花局数据中心")
    assert office_centre("芬兰科技部数据中心")
    assert office_centre("桃源12345大数据中心")
    assert office_centre("桃源供电公司大数据中心")
    assert not office_centre("桃源云联数据中心")  # a centre's own name
    assert "桃花云联数据中心" in found("桃源县人民政府与桃花云联数据中心签约。", "Project")


def test_a_work_opened_by_an_adjective_is_a_clause():
    projects = found("今年将连通李杏高铁与李杏铁路。", "Project")
    assert "连通李杏高铁" not in projects
    assert "李杏铁路" in projects
    assert "连续刚构单线铁路" not in found("连续刚构单线铁路今天开通。", "Project")


def test_a_work_that_always_runs_on_into_its_station_or_section_is_none():
    text = "桃源县李杏铁路货运站今天启用，李杏铁路货运站位于城北。"
    assert "桃源县李杏铁路" not in found(text, "Project")
    assert _runs_on("李杏铁路", text)
    assert _runs_on("桃源至李庄机场", "桃源至李庄机场段高等级公路开工建设。")
    assert not _runs_on("李杏大桥", "李杏大桥车流量大增，李杏大桥桥拱合龙。")  # a bridge's traffic and parts
    assert not _runs_on("李杏铁路", "李杏铁路货运站启用，李杏铁路全线通车。")


def test_a_work_cut_inside_a_county_s_name_takes_the_county():
    assert "和县李庄大桥" in found("两县之间的和县李庄大桥今天合龙。", "Project")
    assert with_cut_place("县李庄大桥", "两县之间的和县李庄大桥今天合龙。") == "和县李庄大桥"
    text = "江西兴国至李庄铁路今天开通。"
    assert with_cut_place("兴国至李庄铁路", text) == "兴国至李庄铁路"  # opens with a county of its own


def test_a_project_named_by_a_place_alone_is_the_place_s_projects():
    assert place_projects("芬兰项目")
    assert place_projects("桃源县项目")
    assert refused_name("Project", "桃源县项目")
    assert not place_projects("桃源县李庄项目")
    assert not place_projects("桃源县运河项目")  # 运河 names a district too: no place alone


def test_a_short_airport_name_written_in_full_takes_the_full_name():
    text = "桃源县李庄国际机场今天开工建设，李庄机场建成后年吞吐量达千万人次。"
    assert full_built_name("李庄机场", "机场", text) == "桃源县李庄国际机场"
    assert full_built_name("李庄机场", "机场", "李庄机场今天开工建设。") == "李庄机场"
    assert full_built_name("李庄国际机场", "机场", text) == "李庄国际机场"


def test_a_project_named_by_common_words_alone_is_a_kind():
    assert common_project("灾后重建项目")
    assert common_project("暑期文旅项目")
    assert "灾后重建项目" not in found("桃源县灾后重建项目全面开工。", "Project")
    assert not common_project("桃源县灾后重建项目")  # a place's own: not this rule's
    assert not common_project("中老铁路项目")  # a work's project
    assert not common_project("新马高铁项目")
    assert not common_project("桃花集团搬迁项目")  # a firm's
    assert not common_project("火炬园项目")  # a facility's
