"""A project written with a phase after its name (某某项目一期工程) and a program named
without quotes with two nouns joined inside it (实施某某和某某提升工程); zones named with
their ecological suffix, 某市某某生态区 (kg.extract.project_forms.before_phase,
kg.extract.unquoted). Sentences are made up."""
from __future__ import annotations

from conftest import names, run


def test_a_phase_after_a_projects_name_names_the_project():
    got = names(run("在某县，得益于当地河滩灌区改扩建节水项目一期工程的初步建成，小麦顺利返青。"), "Project")
    assert got == {"河滩灌区改扩建节水项目"}


def test_a_phase_of_a_work_without_a_project_keeps_its_name():
    assert "河滩电厂二期工程" in names(run("某县河滩电厂二期工程已经完工。"), "Project")
    assert not names(run("某县项目一期工程已经完工。"), "Project")


def test_a_program_with_two_nouns_joined_after_a_verb_of_carrying_out():
    got = names(run("今年是国家实施玉米和杂粮产能提升工程的第二年。"), "Program")
    assert "玉米和杂粮产能提升工程" in got


def test_two_programs_joined_after_one_verb_stay_two():
    got = names(run("某省实施乡村工匠培育计划和青年农场主提升行动。"), "Program")
    assert not any("和" in n for n in got)


def test_joined_generic_words_before_a_campaign_head_name_no_program():
    got = names(run("某县开展农村环境和安全生产整治行动。"), "Program")
    assert not any("和" in n for n in got)


def test_an_ecological_zone_is_a_place():
    assert any(n.endswith("生态区") for n in names(run("在鹰潭信江生态区，一批新项目落地。"), "Place"))
