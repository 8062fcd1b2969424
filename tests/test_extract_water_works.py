"""Water works named with their kind (某某水库工程, 某某提水工程) are projects, their name read
back to its proper part; a count of such works names none. Sentences are made up; no name is
from any gold file."""
from __future__ import annotations

from conftest import names, run


def test_a_reservoir_work_is_a_project():
    got = names(run("在青山县，以城镇供水为主的综合性水利工程——大石河水库工程日前开工建设。"), "Project")
    assert "大石河水库工程" in got


def test_a_water_lifting_work_is_a_project():
    got = names(run("为解决当地的水旱灾害，柳树山提水工程正在抓紧进行。"), "Project")
    assert "柳树山提水工程" in got


def test_counted_or_bare_works_are_no_project():
    assert not names(run("全省今年实施了120个小型水库工程，提水工程也在推进。"), "Project")
