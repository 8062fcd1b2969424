"""A campaign written without quotes whose head is followed by its measures or its
experience (某某专项行动政策措施, 某某提升行动经验): the name ends at the head.
Sentences are made up."""
from __future__ import annotations

from conftest import names, run


def test_a_campaign_before_its_policy_measures_is_named():
    ext = run("会议部署复制推广口岸通关提效专项行动政策措施。")
    assert "口岸通关提效专项行动" in names(ext, "Program")


def test_a_campaign_before_its_experience_is_named():
    ext = run("各地总结推广农村人居环境整治提升行动经验。")
    assert "农村人居环境整治提升行动" in names(ext, "Program")


def test_a_campaign_head_inside_a_plan_still_reads_on():
    assert "口岸通关提效专项行动" not in names(run("会议审议口岸通关提效专项行动方案。"), "Program")
