"""Water works being built as projects: a reservoir (某某水库) only where building is written
near it, a work named with 工程 after its kind (某某水库工程, 某某提水工程) by its name; a
numbered reservoir (某某2号水库) is a name; a list of works reads the list's verb; a body
named after a reservoir, a reservoir in use, and reservoirs of a kind are no project.
Sentences are made up; no name is from any gold annotation."""
from __future__ import annotations

from conftest import names, run


def test_a_reservoir_work_and_a_water_lifting_work_are_projects():
    got = names(run("在青山县，以城镇供水为主的综合性水利工程——大石河水库工程日前开工建设。"), "Project")
    assert "大石河水库工程" in got
    got = names(run("为解决当地的水旱灾害，柳树山提水工程正在抓紧进行。"), "Project")
    assert "柳树山提水工程" in got


def test_a_reservoir_being_built_is_a_project():
    assert "松林沟水库" in names(run("在松林沟水库建设工地，工人们正在浇筑大坝。"), "Project")
    assert "松林沟水库" in names(run("湖南省重大水利工程松林沟水库今天开工建设。"), "Project")


def test_reservoirs_listed_before_their_verb_and_numbered_ones_are_projects():
    got = names(run("在江西新区，松林沟水库、白岩沟3号水库等重点水利工程全面开工建设。"), "Project")
    assert {"松林沟水库", "白岩沟3号水库"} <= got
    # an irrigation district listed with its phase reads the list's verb too
    got = names(run("像白沙口水库、东港调水、江西青坊灌区二期、南岭调水等20项工程都陆续开工。"), "Project")
    assert "青坊灌区" in got


def test_a_reservoirs_office_is_no_project():
    assert not names(run("青松县大石河水库管理处负责人介绍，今年汛期水库运行平稳。"), "Project")
    assert not names(run("大石河水库工程建设管理局今天成立。"), "Project")


def test_a_reservoir_in_use_is_no_project():
    assert not names(run("大石河水库建于上世纪五十年代，是当地重要的饮用水源地。"), "Project")
    assert not names(run("大石河水库是全县最大的水库，库容达到3亿立方米，保障了下游灌溉。"), "Project")
    assert not names(run("青松县大石河水库的水位持续下降，今年汛期运行平稳。"), "Project")
    # building written before it is another work's
    assert not names(run("引水工程建成后，将连通大石河水库和松林沟水库。"), "Project")
    assert not names(run("武警官兵昼夜不间断施工，将大石河水库大坝裂纹险情排除。"), "Project")
    assert not names(run("在大石河水库建成60周年之际，当地举行了纪念活动。"), "Project")
    assert not names(run("青松镇是当年大石河水库建设时形成的移民镇。"), "Project")
    assert not names(run("大石河水库是某某调水工程的水源地，周边发展绿色种植。"), "Project")
    # a reservoir's works named as an asset
    assert not names(run("这只基金的基础设施资产就是位于青松县的大石河水库工程，资金将用于新项目。"), "Project")


def test_reservoirs_of_a_kind_or_counted_are_no_project():
    assert not names(run("今年全省大中型水库蓄水充足，新建工程进展顺利。"), "Project")
    assert not names(run("全省小型水库除险加固全面开工。"), "Project")
    assert not names(run("全省今年实施了120个小型水库工程，提水工程也在推进。"), "Project")
