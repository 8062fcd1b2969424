"""Names of blind set Q's kinds of miss: a name with no Han surname after a title, read from
its repeats (乡党委书记某某某某…); a three-character name before 先生 or 女士 whose last
character is also a surname (林建国先生); a village's 第一书记 written after 的; kin terms
(阿妈) that are no name; a dotted name before a deputy's title that ends its clause (某某·某某代表，).
Sentences are made up; no name is from any gold file."""
from __future__ import annotations

from conftest import holds, names, run

FEATURE = ("云南省德钦县佛山乡党委书记洛布顿珠带着干部们挨家排查。洛布顿珠是全乡的主心骨。"
           "2015年，洛布顿珠调到佛山乡工作，修通了公路。")


def test_a_name_without_a_han_surname_after_a_title_is_read_from_its_repeats():
    ext = run(FEATURE)
    assert "洛布顿珠" in names(ext, "Person")
    assert ("洛布顿珠", "书记", "佛山乡党委", "current") in holds(ext)


def test_a_name_written_once_after_a_title_is_not_read_from_repeats():
    assert "洛布顿珠" not in names(run("云南省德钦县佛山乡党委书记洛布顿珠带着干部们挨家排查。"), "Person")


def test_a_phrase_repeated_after_a_title_is_no_name():
    text = ("总书记的重要讲话引发热烈反响。大家学习总书记的重要讲话。"
            "干部们表示，要把总书记的重要讲话落到实处。")
    assert not names(run(text), "Person")


def test_a_three_character_name_before_an_address_keeps_its_last_character():
    assert "林建国" in names(run("他的老师、县医院院长林建国先生是我国较早一批医学硕士。"), "Person")
    assert "孙晶" in names(run("第二位是留学中心总监孙晶孙女士。"), "Person")


def test_a_villages_first_secretary_written_after_de_is_the_villages_post():
    ext = run("急坏了云南省德钦县巴东村的第一书记刘建金，他开始直播带货。")
    assert ("刘建金", "第一书记", "巴东村", "current") in holds(ext)


def test_a_kin_term_is_no_name():
    assert not names(run("阿妈告诉我们，家里还没通电。"), "Person")


def test_a_dotted_name_before_a_deputys_title_that_ends_its_clause_is_a_person():
    found = names(run("关注这张照片的还有阿不都·热合曼代表，她是当年的模范。"), "Person")
    assert "阿不都·热合曼" in found
    assert not any(n.startswith("还有") for n in found)
