"""A comma-ended list of posts after 对 (the person as the object: 某委对第某届中央候补委员，
某省委原常委某某…进行审查) belongs to the name after the comma, like one opening its
clause (kg.extract.posts._chain_before). Sentences are made up."""
from __future__ import annotations

from conftest import holds, run


def test_a_central_membership_after_dui_and_a_comma_is_the_persons():
    got = holds(run("中央纪委国家监委对第十九届中央候补委员，江西省委原常委、南昌市委原书记刘某明"
                    "严重违纪违法问题进行了立案审查调查。"))
    assert ("刘某明", "候补委员", "中共中央", "current") in got
    assert ("刘某明", "书记", "南昌市委", "former") in got


def test_without_dui_a_clause_before_the_comma_still_blocks_the_list():
    got = holds(run("他批评了第十九届中央候补委员，江西省委原常委刘某明。"))
    assert not any(t == "候补委员" for _, t, _, _ in got)
