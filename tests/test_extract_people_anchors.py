"""People and posts read from anchors national news uses for ordinary people and village
cadres, on made-up sentences: a name with a middle dot after a role noun and before a
verb, a title's possessive, a post written only by a level word or after an anaphor."""
from __future__ import annotations

from conftest import names, run


def holds(ext) -> set[tuple[str, str]]:
    return {(r.source.name, r.target.name) for r in ext.relations if r.type == "HOLDS"}


def test_a_dotted_name_after_a_role_noun_ends_at_a_verb():
    ext = run("党员中心户阿·吐尔逊知道后，便帮她去镇里办了这件事。牧民巴·额尔敦带领大家种树。")
    assert {"阿·吐尔逊", "巴·额尔敦"} <= names(ext, "Person")


def test_the_possessive_after_a_title_opens_no_dotted_name():
    ext = run("1990年，时任某县委副书记的扎西·多吉带队巡山。")
    people = names(ext, "Person")
    assert "扎西·多吉" in people and not any(p.startswith("的") for p in people)


def test_a_village_secretary_written_by_the_level_word_holds_the_villages_post():
    ext = run("浙江省青田县万山乡孙阔村在山里。村支书李春华说，环境好了。")
    assert any(p == "李春华" and post.startswith("孙阔村") for p, post in holds(ext))


def test_a_post_after_an_anaphor_takes_the_place_in_context():
    ext = run("浙江省青田县万山乡孙阔村在山里。该村党支部书记李春华说，环境好了。")
    assert ("李春华", "孙阔村党支部书记") in holds(ext)


def test_a_level_word_with_no_such_place_named_gives_no_body():
    ext = run("浙江省青田县在山里。村支书李春华说，环境好了。")
    assert not any(post.startswith("青田县") for _, post in holds(ext))


def test_a_cadre_stationed_in_the_village_holds_the_villages_post():
    ext = run("在浙江省青田县万山乡孙阔村，驻村第一书记李春华说，村里变了样。")
    assert ("李春华", "孙阔村第一书记") in holds(ext)
    ext = run("在浙江省青田县，驻村第一书记李春华说，村里变了样。")
    assert not any(p == "李春华" for p, _ in holds(ext))


def test_posts_listed_before_an_academic_rank_are_the_names():
    ext = run("全国政协委员、浙江大学教授王小明说，要加强基础研究。全国人大代表、浙江大学研究员李大伟说。")
    assert {("王小明", "全国政协委员"), ("李大伟", "全国人大代表")} <= holds(ext)
    ext = run("王建国、李大伟、浙江大学教授张小明说，要加强合作。")
    assert holds(ext) == {("张小明", "浙江大学教授")}  # the school's title is a post (academic_posts), no one else's


def test_words_tagged_as_names_after_a_title_are_no_people():
    ext = run("会议通过了《某某部长宣言》。他表示要以主席关怀为动力。乌克兰内务部部长顾问称，行动有效。")
    assert not {"宣言", "关怀", "顾问", "乌克兰"} & names(ext, "Person")
