"""The national campaign of 2013-2014, 党的群众路线教育实践活动, is a program named bare
(vocab programs/national); its name leaves out 党的, which the refusals of programs
holding 的 would drop. Sentences are made up."""
from __future__ import annotations

from conftest import names, run


def test_the_mass_line_campaign_is_named_bare():
    got = names(run("全县深入开展党的群众路线教育实践活动，干部作风明显转变。"), "Program")
    assert got == {"群众路线教育实践活动"}


def test_the_short_form_is_the_same_program():
    got = names(run("某市召开群众路线教育实践活动总结大会。"), "Program")
    assert "群众路线教育实践活动" in got
