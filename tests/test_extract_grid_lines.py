"""Power lines named by the places they join with dashes (某地-某地特高压工程): Projects from
the first place to the head. Sentences are made up; no name is from any gold annotation."""
from __future__ import annotations

from conftest import names, run
from kg.extract.grid_lines import grid_lines


def _lines(text: str) -> list[str]:
    return [text[a:z] for a, z in grid_lines(text, 0, len(text))]


def test_a_power_line_between_two_places_is_a_project():
    ext = run("今天，国家电网启动皖南-赣北特高压直流输电工程建设。")
    assert "皖南-赣北特高压直流输电工程" in names(ext, "Project")


def test_the_first_place_is_read_back_to_its_start_over_a_measure_or_a_verb():
    assert _lines("±800千伏桂南—湘中特高压工程投运。") == ["桂南—湘中特高压工程"]
    assert _lines("启动黔北-渝东—鄂西特高压工程。") == ["黔北-渝东—鄂西特高压工程"]


def test_a_place_with_a_particle_or_a_double_dash_joins_no_line():
    assert _lines("宁南—赣北等特高压直流工程陆续投运。") == []
    assert _lines("重点工程——皖电东送特高压输电工程。") == []
    assert not names(run("我国特高压输电技术世界领先。"), "Project")
