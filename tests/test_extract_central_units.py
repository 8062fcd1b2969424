"""A unit written right after a national body (某委员会办公室 of a national headquarters,
中央纪委常委会) is a body of its own. Sentences are made up."""
from __future__ import annotations

from conftest import names, run


def test_the_office_of_a_national_headquarters_named_short_is_a_body():
    got = names(run("昨天，国家防总办公室派出工作组赶赴灾区。"), "Organization")
    assert "国家防总办公室" in got and "办公室" not in got


def test_the_standing_committee_of_the_central_discipline_commission_is_a_body():
    got = names(run("经中央纪委常委会会议研究，给予其党内严重警告处分。"), "Organization")
    assert "中央纪委常委会" in got


def test_a_national_body_without_a_unit_after_it_is_unchanged():
    got = names(run("国务院办公厅印发通知，中央纪委通报了三起案件。"), "Organization")
    assert {"国务院办公厅", "中央纪委"} <= got or {"国务院办公厅", "中共中央纪律检查委员会"} <= got
    assert not any(n.endswith("常委会") for n in got)
