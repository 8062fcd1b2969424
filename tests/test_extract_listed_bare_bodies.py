"""Bare government bodies in the clauses after a place that opens the sentence, whose
subject is left out (某市整合…，合并某局和某局的职能，成立某局), are the place's; a 和 after
a body's whole word joins two bodies. Sentences are made up."""
from __future__ import annotations

from conftest import names, run


def test_bare_bodies_in_clauses_that_leave_the_place_out_are_its_bodies():
    got = names(run("绵阳市整合水务局、林业局，合并档案局和地震局的部分职能，成立自然资源局。"), "Organization")
    assert {"绵阳市档案局", "绵阳市地震局", "绵阳市自然资源局"} <= got


def test_a_clause_with_a_subject_of_its_own_stops_the_carry():
    got = names(run("绵阳市整合水务局、林业局，专家认为档案局应当保留。"), "Organization")
    assert "绵阳市档案局" not in got


def test_and_after_a_bodys_whole_word_joins_two_bodies():
    got = names(run("绵阳市档案局和地震局联合发文。"), "Organization")
    assert "绵阳市档案局" in got and not any("和" in n for n in got)


def test_and_inside_a_bodys_name_stays():
    got = names(run("安州区发展和改革局召开会议。"), "Organization")
    assert "安州区发展和改革局" in got
