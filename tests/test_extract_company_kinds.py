"""A company named after a noun of its kind (龙头企业某某集团) starts after the noun; a body
named after a verb of election (被选为某某党委书记) starts after the verb. Sentences are made up."""
from __future__ import annotations

from conftest import names, run


def test_a_company_after_a_noun_of_its_kind_starts_after_it():
    got = names(run("县里的龙头企业翔宇集团扩建了厂房，家电厂商科沃宁公司也落户园区。"), "Company")
    assert {"翔宇集团", "科沃宁公司"} <= got
    assert not any(n.startswith(("龙头企业", "家电厂商")) for n in got)


def test_a_kind_noun_inside_a_registered_name_stays():
    got = names(run("新城卓越企业发展有限公司和海川企业集团签约。"), "Company")
    assert not {"发展有限公司", "集团"} & got


def test_a_body_after_a_verb_of_election_starts_after_the_verb():
    got = names(run("1950年，王大川被选为中共河东省委候补委员。"), "Organization")
    assert "中共河东省委" in got or "河东省委" in got
    assert not any("被选为" in n for n in got)
