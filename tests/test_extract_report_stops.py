"""A body's name does not reach back over a verb of reporting up (并报, 报请, 上报): 经某委
会议研究并报某局审议 names the second body alone. Sentences are made up."""
from __future__ import annotations

from conftest import names, run


def test_a_body_after_bing_bao_does_not_take_the_clause_before_it():
    got = names(run("经中央纪委常委会会议研究并报中央政治局会议审议，决定给予王某处分。"), "Organization")
    assert not any("研究" in n for n in got)
    assert "中央政治局" in got


def test_a_body_after_bao_qing_stands_alone():
    got = names(run("经国家发展改革委研究报请国务院批准，同意建设该项目。"), "Organization")
    assert not any("报请" in n for n in got)
