"""A short form of a division whose first character is also a function word (自贡): a
place when the segmentation reads it as one word, still no place when the character stands
alone before a word (向|城镇, 于|城镇) or the short form is an ordinary word (和平).
Sentences are made up."""
from __future__ import annotations

from conftest import names, run


def _parts(ext) -> set[tuple[str, str]]:
    return {(r.source.name, r.target.name) for r in ext.relations if r.type == "PART_OF"}


def test_a_city_short_form_before_its_county_is_a_place():
    ext = run("近日，自贡富顺县新建了一座养殖场。")
    assert "自贡市" in names(ext, "Place")
    assert ("富顺县", "自贡市") in _parts(ext)


def test_a_city_short_form_alone_is_a_place():
    assert "自贡市" in names(run("代表团在自贡考察灯会产业。"), "Place")


def test_a_function_character_before_a_word_or_an_ordinary_word_is_no_place():
    assert not names(run("农村人口加快向城镇转移，收入增速快于城镇居民。"), "Place")
    assert not names(run("为和平发展作出贡献。"), "Place")
