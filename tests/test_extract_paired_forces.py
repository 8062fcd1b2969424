"""The army named bare beside the armed police (解放军和武警部队官兵), the style of national news
on disaster relief and the sessions: the body is named; 解放军 alone before a unit (解放军某部)
or inside another name (解放军报) is not. Sentences are made up."""
from __future__ import annotations

from conftest import names, run


def test_the_army_named_bare_beside_the_armed_police_is_a_body():
    got = names(run("地震发生后，解放军和武警部队闻令而动，迅速赶赴灾区。"), "Organization")
    assert "解放军" in got and "武警部队" in got


def test_the_army_named_bare_alone_is_no_body():
    assert not names(run("解放军某部官兵赶赴灾区参加救援。"), "Organization")
    assert "解放军" not in names(run("他每天都读解放军报。"), "Organization")
