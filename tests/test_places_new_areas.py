"""National-level new areas named bare (kg.places.new_areas): a zone, its province its
parent when the article names it. Sentences are made up."""
from __future__ import annotations

from kg.places import find_places


def _places(text: str) -> dict[str, tuple[str, str | None]]:
    return {m.name: (m.level, m.parent) for m in find_places(text).mentions}


def test_a_national_new_area_named_bare_is_a_zone():
    assert _places("一批高校将落户贵安新区。")["贵安新区"] == ("zone", None)


def test_its_province_is_its_parent_when_named():
    got = _places("河北省召开会议。一批企业搬迁至雄安新区。")
    assert got["雄安新区"] == ("zone", "河北省")
    assert "至雄安新区" not in got


def test_a_kind_of_new_area_is_no_place():
    assert not _places("一批城市新区加快发展。")
