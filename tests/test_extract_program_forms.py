"""Program, project and task-force names written in forms the readers used to miss: two
parallel phrases quoted before their head, a quoted works program followed by its
building, a known program glued to the next word, a program listed before 等 and a kind of
measures, quoted names side by side that each end with a head, a work's name after a
demonstrative or with a prefix glued to its region, and a quoted team's whole name.
Sentences are made up."""
from __future__ import annotations

from conftest import names, run


def test_two_parallel_phrases_quoted_before_a_head_name_one_program():
    ext = run("某省去年启动“百企帮扶，千村振兴”工程，成效明显。")
    assert "百企帮扶、千村振兴工程" in names(ext, "Program")


def test_parallel_phrases_of_an_event_held_are_no_program():
    ext = run("某大学孔子学院举办“龙腾四海，福满人间”新春活动。")
    assert not any("龙腾四海" in n for n in names(ext, "Program"))


def test_a_quoted_works_program_followed_by_its_building_is_named():
    ext = run("各地要把更多力量集中到“绿廊”工程建设上来。")
    assert "绿廊工程" in names(ext, "Program")


def test_a_phase_after_a_quoted_works_program_is_not_read_as_its_name():
    ext = run("未来十年是“绿廊”工程三期工程建设期。")
    assert not any("三期" in n for n in names(ext, "Program"))


def test_a_known_program_glued_to_the_next_word_is_named():
    ext = run("某县要发挥好林长制作用，推动全民植树。")
    assert "林长制" in names(ext, "Program")


def test_a_program_listed_before_a_kind_of_policy_is_named():
    ext = run("在兴林富民工程等政策帮扶下，村民收入翻了一番。")
    assert "兴林富民工程" in names(ext, "Program")


def test_a_kind_of_works_listed_before_projects_is_no_program():
    assert not names(run("各地加快基础设施工程等项目建设。"), "Program")


def test_quoted_programs_side_by_side_are_each_named():
    ext = run("团委组织“暖心工程”“光明工程”“雨露工程”等志愿服务项目。")
    assert {"暖心工程", "光明工程", "雨露工程"} <= names(ext, "Program")


def test_a_figurative_name_among_quoted_themes_stays_refused():
    ext = run("选手们分别以“丝路精神”、“民心工程”、“中国速度”等主题演讲。")
    assert "民心工程" not in names(ext, "Program")


def test_a_railway_after_a_demonstrative_is_named():
    ext = run("为这条滇桂高铁工作的员工有两千人。")
    assert "滇桂高铁" in names(ext, "Project")


def test_a_demonstrative_before_a_bare_head_names_no_project():
    assert not names(run("这条高铁明年通车，这个项目很重要。"), "Project")


def test_a_works_name_opened_by_a_ring_prefix_keeps_it():
    ext = run("环太湖浙江水资源配置工程是该省最大的引水工程。")
    assert any(n.startswith("环太湖") for n in names(ext, "Project"))


def test_a_quoted_team_name_is_read_whole():
    ext = run("在浙江衢州，当地以“60、70新时代理论宣讲团”为载体开展宣讲。")
    assert any(n.endswith("60、70新时代理论宣讲团") for n in names(ext, "TaskForce"))


def test_a_quoted_figure_of_speech_is_no_team_name():
    ext = run("某州向各村派驻帮扶工作队，打造“留得住的扶贫工作队”。")
    assert not any("留得住" in n for n in names(ext, "TaskForce"))
