"""Task forces and teams (components/bodies, taskforces): what is one body and what is a
kind of team, and who is a member. Short sentences made up for the tests."""
from __future__ import annotations

from kg.extract import driver
from kg.extract.components import PIPELINE
from kg.extract.state import ArticleState


def taskforces(text: str) -> set[str]:
    state = ArticleState(text)
    driver.run(PIPELINE, state)
    return {e.name for e in state.extraction.entities if e.label == "TaskForce"}


def test_counted_teams_are_a_kind_not_one_body():
    assert not taskforces("天津市成立7000多支驻企工作组，为企业提供服务。")
    assert not taskforces("宁波市已组建9个服务小组分赴各地。")


def test_a_team_without_place_or_setting_up_is_no_task_force():
    assert not taskforces("在桃源县，很多村民自发加入志愿服务队。")
    assert "桃源县春耕助农服务队" in taskforces("桃源县及时成立了春耕助农服务队，帮助种粮大户。")


def test_the_province_that_sets_a_task_force_up_names_it():
    found = taskforces("在哈尔滨市调研后，黑龙江省建立了工业运行应急保障专班。")
    assert found == {"黑龙江省工业运行应急保障专班"}


def test_village_groups_and_freight_trains_are_no_task_forces():
    assert not taskforces("桃源县两个村民小组被淹，物资通过一趟趟货运专班运抵桃源县。")


def test_a_members_task_force_named_with_its_place_and_work():
    state = ArticleState("桃源县招商工作专班成员孙七介绍了进展。")
    driver.run(PIPELINE, state)
    members = {(r.source.name, r.target.name) for r in state.extraction.relations
               if r.type == "MEMBER_OF"}
    assert members == {("孙七", "桃源县招商工作专班")}


def test_a_members_role_after_the_task_force_and_de():
    for text, force in (("桃源县防汛工作队的队长孙七带领队员巡查堤坝。", "桃源县防汛工作队"),
                        ("湖南省第五批援疆工作队的领队孙七，现在挂职任副市长。", "湖南省第五批援疆工作队")):
        state = ArticleState(text)
        driver.run(PIPELINE, state)
        members = {(r.source.name, r.target.name) for r in state.extraction.relations
                   if r.type == "MEMBER_OF"}
        assert members == {("孙七", force)}, text


def test_a_cities_short_form_opening_a_task_force_takes_the_full_name():
    found = taskforces("四川甘孜灾后重建指挥部表示，新建住房年底前完工。")
    assert "甘孜藏族自治州灾后重建指挥部" in found and "甘孜灾后重建指挥部" not in found
    assert "公安县部工作组" not in taskforces("公安部工作组赶赴现场指导处置。")


def test_a_team_sent_at_once_is_not_named_with_the_verb():
    assert not any("速派" in n for n in taskforces("应急管理部速派工作组赶赴现场指导救援。"))


def test_generic_and_figurative_teams_are_no_task_forces():
    assert not taskforces("住村工作组今天逐户走访了农户。")
    assert not taskforces("火灾发生后，有关方面连夜组建应急处置小组。")
    assert not taskforces("乡镇党委是基层治理的“一线指挥部”。")


def test_a_bureau_that_sets_a_team_up_names_it():
    found = taskforces("视频曝光后，桃源县交通运输局成立专项工作组开展调查。")
    assert "桃源县交通运输局专项工作组" in found and "桃源县专项工作组" not in found


def test_a_team_named_after_a_work_keeps_the_works_name():
    from kg.extract.team_places import full_place_name
    assert full_place_name("甘孜大桥指挥部", "") is None
    assert full_place_name("甘孜灾后重建指挥部", "") == "甘孜藏族自治州灾后重建指挥部"


def test_a_short_form_before_a_level_or_written_in_full_is_left_alone():
    from kg.extract.team_places import full_place_name
    assert full_place_name("甘孜社区现场救援指挥部", "") is None  # a community named alike
    assert full_place_name("甘孜藏族自治州灾后重建指挥部", "") is None



def test_an_adverb_like_word_before_a_road_stays_in_the_name():
    assert taskforces("桃源县快速公路建设指挥部今天召开了调度会。") == {"桃源县快速公路建设指挥部"}
    assert taskforces("桃源县快速成立抗洪指挥部。") == {"桃源县抗洪指挥部"}


def test_a_short_form_with_its_level_takes_the_full_name():
    from kg.extract.team_places import full_place_name
    assert full_place_name("甘孜州灾后重建指挥部", "") == "甘孜藏族自治州灾后重建指挥部"
    assert full_place_name("桃源县抗洪指挥部", "") is None


def test_a_team_after_a_place_of_another_paragraph_is_not_that_places():
    assert not taskforces("桃源县召开会议，部署春耕。\n今天，综合运输春运工作专班发布数据，客流增长。")
    assert taskforces("今天，综合运输春运工作专班发布数据，客流增长。") == {"综合运输春运工作专班"}
    assert taskforces("桃源县召开会议。\n辽河防汛抗旱总指挥部今天揭牌成立。") == {"辽河防汛抗旱总指挥部"}


def test_an_article_about_one_place_names_its_teams_after_it():
    text = "桃源县召开会议。桃源县部署工作。桃源县推进项目。\n电子产业专班今天对接企业。"
    assert taskforces(text) == {"桃源县电子产业专班"}


def test_a_ministrys_team_is_the_ministrys_not_the_countys():
    assert taskforces("桃源县发生洪涝灾害。群众已经转移。水利部工作组指导抢险。") == {"水利部工作组"}


def test_the_scenes_command_post_takes_the_place_named_before():
    assert "桃源县现场指挥部" in taskforces("桃源县发生山体滑坡。救援正在进行。现场指挥部组织搜救。")


def test_teams_counted_after_their_name_are_a_kind():
    assert not taskforces("桃源县组建农机应急服务队816支，帮助农民播种。")
    assert not taskforces("桃源县组织了多支农机维修服务队，指导农户检修农机。")


def test_teams_of_a_kind_named_before_teams_are_no_team():
    found = taskforces("桃源县组成青年先锋宣讲团、劳模宣讲团等特色宣讲团队，深入基层。")
    assert found == {"桃源县青年先锋宣讲团", "桃源县劳模宣讲团"}


def test_the_last_modifier_before_a_shared_head_is_no_team():
    assert not any("电子" in n for n in taskforces("甲乙两地联合成立汽车、电子产业工作专班，对接供需。"))


def test_a_team_named_from_inside_its_quotes_is_refused():
    assert "桃源县农服务队" not in taskforces("在桃源县，当地组建的“为农服务队”提供托管服务。")


def test_sending_more_a_team_and_a_battalions_command_are_no_team_names():
    assert not taskforces("应急管理部针对湖南等省份启动响应，并增派工作组赴湖南省协助指导。")
    assert not taskforces("某武装称对情报设施、步兵营指挥部等目标进行了打击。")
    assert not taskforces("政协界别委员小组举行开放活动。")


def test_a_team_after_another_storys_place_is_no_team_to_name():
    assert not taskforces("桃源县召开会议，部署春耕。\n今天，民警带领无人机专班巡查海岸。")


def test_a_local_team_takes_the_place_of_the_sentence_before():
    text = "桃源县大力推广再生稻，面积超过1万亩。眼下，当地成立了再生稻生产技术指导组。"
    assert taskforces(text) == {"桃源县再生稻生产技术指导组"}


def test_a_team_written_with_its_level_word_takes_the_places_name_once():
    assert taskforces("广西组建了自治区宣讲团，深入基层。") == {"广西壮族自治区宣讲团"}
    assert taskforces("桃源县成立县宣讲团，深入基层。") == {"桃源县宣讲团"}


def test_teams_cut_after_a_dash_or_inside_a_noun_or_of_many_places_are_refused():
    assert not taskforces("会议在桃源县举行，宣布建立中国—中亚应急管理工作组。")
    assert not taskforces("河南、河北多地组成农机检修服务队，提供检修服务。")
    assert not taskforces("根据需要及时设立火场前线指挥部，组织扑救。")


def test_teams_set_up_by_the_cities_along_a_river_are_a_kind():
    assert not taskforces("江西省北部将持续暴雨，沿线城市组建防汛应急突击队，昼夜巡堤。")


def test_a_universitys_research_group_is_no_task_force():
    assert not taskforces("桃源大学成立量子科研小组，取得突破。")
