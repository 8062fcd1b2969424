"""保供 (securing supply) names the work of a task force (某部某物资保供专班) as 保障 does:
the backward scan for the team's name reads on over it. Sentences are made up; no name is
from any gold file."""
from __future__ import annotations

from conftest import found


def test_a_supply_task_force_of_a_ministry_is_one_name():
    assert found("江南省商务厅生活物资保供专班调度显示，供应充足。", "TaskForce") == {"江南省商务厅生活物资保供专班"}
    assert found("据水利部防汛物资保供专班统计，物资已到位。", "TaskForce") == {"水利部防汛物资保供专班"}
