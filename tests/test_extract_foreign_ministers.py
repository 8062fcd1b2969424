"""Foreign ministers and officials named after their title, and heads of state after a
country written by one character, on made-up sentences in the style of national news."""
from __future__ import annotations

from conftest import names, run


def holds(ext) -> set[tuple[str, str]]:
    posts = {e.name: e for e in ext.entities if e.label == "Post"}
    return {(r.source.name, posts[r.target.name].name) for r in ext.relations if r.type == "HOLDS"}


def of(ext) -> dict[str, str]:
    return {r.source.name: r.target.name for r in ext.relations if r.type == "OF"}


def test_a_minister_after_the_ministry_of_a_country_holds_its_post():
    ext = run("俄罗斯国防部部长萨维诺夫23日表示，演习将如期举行。")
    assert "萨维诺夫" in names(ext, "Person")
    assert ("萨维诺夫", "俄罗斯国防部部长") in holds(ext)
    assert of(ext)["俄罗斯国防部部长"] == "俄罗斯国防部"
    assert "国防部" not in names(ext, "Organization")


def test_a_ministry_written_with_the_title_shares_its_last_character():
    ext = run("法国经济和财政部长莫里亚蒂表示，将采取反制措施。")
    assert ("莫里亚蒂", "法国经济和财政部部长") in holds(ext)


def test_a_foreign_ministry_does_not_take_over_chinas_ministry():
    ext = run("外交部副部长王建新会见了古巴外交部副部长卡列维斯托。")
    assert ("卡列维斯托", "古巴外交部副部长") in holds(ext)
    assert of(ext)["古巴外交部副部长"] == "古巴外交部"
    assert of(ext).get("外交部副部长", "外交部") == "外交部"


def test_short_titles_of_ministers_and_one_character_countries():
    ext = run("俄外长萨维诺夫和美国国务卿莫里亚蒂通电话。俄总统卡列维斯托当天表示欢迎。")
    assert {("萨维诺夫", "俄罗斯外长"), ("莫里亚蒂", "美国国务卿"),
            ("卡列维斯托", "俄罗斯总统")} <= holds(ext)


def test_an_office_and_a_body_before_the_title():
    ext = run("英国国防大臣萨维诺夫表示。伊朗原子能组织主席莫里亚蒂说，工程进展顺利。")
    assert ("萨维诺夫", "英国国防大臣") in holds(ext)
    assert ("莫里亚蒂", "伊朗原子能组织主席") in holds(ext)


def test_former_marks_and_dates_before_the_title():
    ext = run("美国前财政部部长萨维诺夫说。26日首相在会上发言。")
    rels = [r for r in ext.relations if r.type == "HOLDS" and r.source.name == "萨维诺夫"]
    assert rels and rels[0].props["status"] == "former"
    assert not any(post.startswith("日本") for _, post in holds(ext))


def test_chinese_words_after_the_title_are_no_foreign_names():
    ext = run("美国贸易代表和财政部长举行会谈。俄罗斯外交部发言人表示，将作出回应。")
    assert not names(ext, "Person")


def test_a_transliterated_name_tagged_as_a_common_name_is_read_whole():
    ext = run("伊朗第一副总统萨维诺夫表示反对外部势力干涉。意大利副总理莫里亚蒂会见了代表。")
    assert {("萨维诺夫", "伊朗副总统"), ("莫里亚蒂", "意大利副总理")} <= holds(ext)


def test_a_transliterated_name_with_a_bare_head_title_is_a_person():
    ext = run("双方愿同萨维诺夫总统一道努力。他同总统莫里亚蒂举行了会谈。")
    assert {"萨维诺夫", "莫里亚蒂"} <= names(ext, "Person")
    assert not any(p.startswith("同") for p in names(ext, "Person"))


def test_words_around_a_bare_head_title_are_no_names():
    ext = run("两国总统举行会谈。代表团在萨维诺夫总统府参观。国王登基十周年。")
    assert not names(ext, "Person")
