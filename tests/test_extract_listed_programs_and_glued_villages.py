"""Kinds of names missed on a blind set of national news: programs listed before 等 and a
kind described by a few words (kg.extract.program_forms), a village whose suffix the segmenter
glued to a direction (kg.places.unlisted), a body whose level word the segmenter glued to a
role noun before it (kg.extract.spans). Sentences are made up for these tests."""
from __future__ import annotations

from conftest import holds, names, run


def test_programs_listed_before_a_described_kind_are_named():
    ext = run("今年，长江流域防护林工程、平原绿化工程、湿地保护修复工程等重大林业生态工程全力推进。")
    assert {"长江流域防护林工程", "平原绿化工程", "湿地保护修复工程"} <= names(ext, "Program")


def test_a_kind_listed_in_two_characters_names_no_program():
    ext = run("道路工程、桥梁工程等基础设施工程加快建设。")
    assert not names(ext, "Program")


def test_works_listed_before_a_described_kind_are_no_programs():
    ext = run("中国企业承建了江洲城际铁路工程、海川港扩建工程等一大批重大国际工程。")
    assert not names(ext, "Program")


def test_a_village_glued_to_a_direction_is_read_after_its_town():
    ext = run("在江苏沛县，龙固镇杨东村迎来了客人。")
    assert "杨东村" in names(ext, "Place")


def test_a_direction_after_a_particle_names_no_village():
    ext = run("在山东曲阜，姚村镇的东村迎来了客人。")
    assert "的东村" not in names(ext, "Place") and "东村" not in names(ext, "Place")


def test_a_role_noun_glued_to_a_level_word_opens_no_body():
    ext = run("在山东曲阜，姚村镇李家村迎来了宣讲人镇党委书记王大明。")
    assert ("王大明", "书记", "姚村镇党委", "current") in holds(ext)
