"""A former post in a national body's party group (某部原党组成员, 某部原党组书记): 原 ends
the body's name, and the post is of its party group, a former one. Sentences are made up;
no name is from any gold file."""
from __future__ import annotations

from conftest import holds, run


def test_a_former_member_of_a_ministrys_party_group():
    found = holds(run("经查，水利部原党组成员、副部长王立新严重违纪违法。"))
    assert ("王立新", "成员", "水利部党组", "former") in found
    assert ("王立新", "副部长", "水利部", "former") in found


def test_a_former_post_in_a_part_of_a_national_body_is_not_the_whole_bodys():
    found = holds(run("中国人民解放军原总后勤部部长赵立新同志逝世。"))
    assert not any(h[2] == "中国人民解放军" for h in found)
