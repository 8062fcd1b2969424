"""Museums, libraries, memorial halls and orchestras are bodies (the annotation guide's
gold records them as Organization), named with their place or name before the head; a
verb of going that jieba glues to an adverb (专程前往) is no part of the name. Sentences
are made up; no name is from any gold annotation."""
from __future__ import annotations

from conftest import holds, names, run


def test_a_placed_museum_is_a_body_and_its_director_holds_a_post_of_it():
    ext = run("长沙市博物馆馆长赵文华介绍，今年参观人数创新高。")
    assert "长沙市博物馆" in names(ext, "Organization")
    assert ("赵文华", "馆长", "长沙市博物馆", "current") in holds(ext)


def test_memorial_halls_libraries_and_orchestras_named_before_their_head():
    orgs = names(run("青年们参观了长沙烈士纪念馆，又去了长沙市图书馆；晚上，长沙交响乐团举办音乐会。"), "Organization")
    assert {"长沙烈士纪念馆", "长沙市图书馆", "长沙交响乐团"} <= orgs


def test_a_verb_of_going_glued_to_an_adverb_ends_before_the_body():
    orgs = names(run("他专程前往长沙市第一人民医院看望伤员。"), "Organization")
    assert "长沙市第一人民医院" in orgs
    assert not any(o.startswith("专程") for o in orgs)


def test_the_countrys_opener_alone_before_a_venues_kind_word_names_the_national_institution():
    ext = run("全国政协副秘书长、中国美术馆馆长赵文华应邀作报告。")
    assert ("赵文华", "馆长", "中国美术馆", "current") in holds(ext)
    assert "国家图书馆" in names(run("国家图书馆今天恢复开放。"), "Organization")
    assert not names(run("全国博物馆数量达到六千家。"), "Organization")  # museums nationwide: a kind
