"""Posts of national news by kind: a firm named with a bracketed part after a copula
(某某是某某(集团)有限公司董事长), a national body after 在京 (the capital is where its members
are, no owner of the body). Sentences are made up; no name is from any gold file."""
from __future__ import annotations

from conftest import holds, run


def test_a_bracketed_part_of_a_firms_name_after_a_copula_keeps_the_post():
    got = holds(run("王立新是岳阳钢铁(集团)有限公司董事长、总经理。"))
    assert ("王立新", "董事长", "岳阳钢铁(集团)有限公司", "current") in got
    assert ("王立新", "总经理", "岳阳钢铁(集团)有限公司", "current") in got
    got = holds(run("王立新现任岳阳钢铁（集团）有限公司董事长。"))
    assert ("王立新", "董事长", "岳阳钢铁（集团）有限公司", "current") in got


def test_the_capital_after_zai_is_no_owner_of_a_national_body():
    ext = run("在京中共中央政治局委员王建华出席会议。")
    assert ("王建华", "委员", "中共中央政治局", "current") in holds(ext)
    assert "中共中央政治局" in {e.name for e in ext.entities if e.label == "Organization"}
    got = holds(run("在京全国人大常委会副委员长王建华出席。"))
    assert ("王建华", "副委员长", "全国人大常委会", "current") in got
    # 北京 written in full stays a part of a local body's name
    ext = run("他在北京星河数据交易所工作。")
    assert "北京星河数据交易所" in {e.name for e in ext.entities if e.label in ("Organization", "Company")}
