"""A list of posts before a name whose later posts are former ones (某局局长、时任某组组长某某),
the non-leading ranks of a civil servant (调研员), and verbs ending like an office (操办) that
name no body. Sentences are made up for these tests."""
from __future__ import annotations

from conftest import holds, names, run


def test_posts_listed_before_a_former_one_are_current():
    ext = run("湖州市财政局办公室主任、时任湖州市税务局副局长李四出席会议。")
    assert ("李四", "主任", "湖州市财政局办公室", "current") in holds(ext)
    assert ("李四", "副局长", "湖州市税务局", "former") in holds(ext)


def test_a_former_marker_opening_the_list_makes_every_post_former():
    ext = run("时任湖州市财政局局长、湖州市税务局副局长李四出席会议。")
    assert {("李四", "局长", "湖州市财政局", "former"),
            ("李四", "副局长", "湖州市税务局", "former")} <= holds(ext)


def test_a_civil_servants_rank_is_a_post():
    ext = run("浙江省湖州市公安局原调研员孙国平违规接受宴请。湖州市财政局副调研员李四出席。")
    assert ("孙国平", "调研员", "湖州市公安局", "former") in holds(ext)
    assert ("李四", "副调研员", "湖州市财政局", "current") in holds(ext)


def test_a_verb_ending_like_an_office_names_no_body():
    ext = run("咸阳市公安局原局长赵德林违规操办宴席。要严办违法行为。")
    assert "赵德林" in names(ext, "Person")
    assert names(ext, "Organization") == {"咸阳市公安局"}


def test_an_office_named_by_its_work_of_moving_or_building_is_whole():
    ext = run("湖北省水利厅库区移民迁建办公室主任王五出席。")
    assert "湖北省水利厅库区移民迁建办公室" in names(ext, "Organization")
    assert ("王五", "主任", "湖北省水利厅库区移民迁建办公室", "current") in holds(ext)
