"""A state firm's party committee or branch (中建三局党委, 中铁某局项目部临时党支部) is a
party body, an Organization named with the firm, and its secretary holds a post of it; the
firm's unit itself stays a company. Sentences are made up; no name is from any gold file."""
from __future__ import annotations

from conftest import holds, names, run


def test_a_state_firms_temporary_party_branch_is_an_organization_with_its_secretary():
    ext = run("中铁十二局集团项目部临时党支部书记赵文华说，工地已全面复工。")
    assert "中铁十二局集团项目部临时党支部" in names(ext, "Organization")
    assert ("赵文华", "书记", "中铁十二局集团项目部临时党支部", "current") in holds(ext)


def test_the_firms_unit_itself_stays_a_company():
    assert "中建三局" in names(run("中建三局承建该项目。"), "Company")
    assert "中建三局党委" in names(run("中建三局党委书记赵文华表示。"), "Organization")
