"""互助 and 关爱 read inside a grassroots body's name (某村互助理事会, 村关爱互助理事会), not as
a verb that ends the backward scan (vocab bodies/name_verbs). Sentences are made up."""
from __future__ import annotations

from conftest import names, run


def test_a_mutual_aid_council_a_village_sets_up_keeps_its_whole_name():
    got = names(run("浙江省诸暨市马剑镇石门村专门成立互助理事会，出台章程。"), "Organization")
    assert "石门村互助理事会" in got


def test_a_relative_care_council_takes_the_village_in_context():
    got = names(run("在浙江省诸暨市马剑镇石门村，村关爱互助理事会的志愿者上门送物资。"), "Organization")
    assert "石门村关爱互助理事会" in got
