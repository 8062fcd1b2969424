"""Programs and projects refused by their words or where the article writes them
(kg/extract/refuse_programs, the refuse/ word lists): clauses read back into a program's
name, verbs before a head often written as a verb's object, brackets that close nothing,
kinds of works and projects that build nothing. Short names and sentences made up for
the tests."""
from __future__ import annotations

from conftest import found
from kg.extract.refuse import refused_mentions, refused_name


def test_a_clause_read_back_into_a_program_refuses_it():
    assert refused_name("Program", "桃源之夏成为今年暑期活动")
    assert refused_name("Program", "读书月在临澧举行首站活动")
    assert refused_name("Program", "委员会没有公布计划")
    assert refused_name("Program", "走村串户形成制度")
    assert not refused_name("Program", "桃源之夏读书活动")
    assert not refused_name("Program", "放飞希望主题队日活动")


def test_verbs_with_no_noun_before_an_object_head_refuse_a_program():
    assert refused_name("Program", "研究安排学习教育")
    assert refused_name("Program", "打牢学习教育")
    assert refused_name("Program", "一要看学习教育")
    assert not refused_name("Program", "强军目标学习教育")
    assert not refused_name("Program", "三项学习教育")


def test_a_bracket_that_closes_nothing_refuses_a_name():
    assert refused_name("Project", "桃源至临澧）沅水特大桥")
    assert not refused_name("Project", "桃源（常德）沅水特大桥")
    assert refused_name("Program", "某某）乡村振兴计划")


def test_kinds_of_works_and_projects_that_build_nothing():
    assert refused_name("Project", "过江隧道")
    assert refused_name("Project", "长沙地铁隧道")
    assert refused_name("Project", "中西部铁路")
    assert refused_name("Project", "援非项目")
    assert refused_name("Project", "某国政府网络监控项目")
    assert refused_name("Project", "柔性电池研发项目")
    assert refused_name("Project", "桃源控股集团")
    assert refused_name("Program", "食品药品专项整治行动")
    assert not refused_name("Project", "桃源沅水特大桥")
    assert not refused_name("Project", "桃源水利枢纽工程")
    assert not refused_name("Program", "质量提升行动")


def test_a_route_cut_before_its_kind_or_after_what_a_bridge_crosses():
    text = "桃源至临澧铁路客运专线今天开通。"
    assert refused_mentions("Project", "桃源至临澧铁路", set(), text, None)
    assert not refused_mentions("Project", "桃源至临澧铁路", set(), text + "桃源至临澧铁路全长80公里。", None)
    text = "常德跨桃源高速公路特大桥今天合龙。"
    assert refused_mentions("Project", "桃源高速公路特大桥", set(), text, None)
    text = "常德至桃源高速公路跨临澧铁路立交桥今天合龙。"
    assert not refused_mentions("Project", "临澧铁路", set(), text, None)


def test_a_fuel_switched_for_another_is_a_technique():
    assert refused_name("Program", "煤改气工程")
    assert refused_name("Program", "油改电")
    assert not refused_name("Program", "三改一拆行动")


def test_a_program_opened_by_a_person_and_a_verb_is_a_sentence():
    from kg.extract.refuse_programs import speaker_opens
    assert speaker_opens("张大山希望桃源读书年活动", {"张大山"})
    assert not speaker_opens("张大山精神学习教育", {"张大山"})
    assert "张大山希望桃源读书年活动" not in found("张大山希望桃源读书年活动取得成功。", "Program")


def test_a_program_holding_de_unless_quoted_before_its_head():
    text = "全市建设“世界上最好的读书制度”。"
    assert refused_mentions("Program", "世界上最好的读书制度", set(), text, None)
    text = "全市开展“我的读书梦”主题活动。"
    assert not refused_mentions("Program", "我的读书梦主题活动", {"我的读书梦"}, text, None)


def test_a_route_read_after_via_and_a_program_after_another_one():
    text = "桃源经临澧至津市高速公路今天通车。"
    assert refused_mentions("Project", "临澧至津市高速公路", set(), text, None)
    text = "这是两市举办的又一重大主题年活动。"
    assert refused_mentions("Program", "一重大主题年活动", set(), text, None)
    assert refused_name("Project", "带您认识一下桃源产业园")


def test_a_project_opened_by_a_preposition_or_closed_by_a_verb():
    assert refused_name("Project", "因大雾天气高速公路")
    assert refused_name("Project", "某某条件下航速测量")
    assert refused_name("Project", "矿业公司投建")
    assert not refused_name("Project", "大连高新技术产业园")
    assert not refused_name("Project", "引滦调水工程")
    assert refused_name("Project", "三农项目")
    assert refused_name("Project", "规范某某审批项目")


def test_a_program_read_over_a_preposition_or_copula_after_its_quote():
    assert refused_mentions("Program", "某某是此轮示威活动", {"某某"}, "某某是此轮示威活动的组织者。", None)
    assert refused_mentions("Program", "桃源读书年相关活动", {"桃源读书年"}, "“桃源读书年”相关活动启动。", None)
    assert not refused_mentions("Program", "桃源读书年主题活动", {"桃源读书年"}, "“桃源读书年”主题活动启动。", None)


def test_a_quoted_way_of_working_before_a_kind_and_kinds_of_plans():
    assert refused_mentions("Program", "精细化管理体系", {"精细化"}, "推行“精细化”管理体系。", None)
    assert not refused_mentions("Program", "走近桃源文化系列活动", {"走近桃源文化"},
                                "开展“走近桃源文化”系列活动。", None)
    assert refused_name("Program", "研究生招生计划")
    assert refused_name("Program", "短期行动计划")
    assert not refused_name("Program", "海外高层次人才引进计划")


def test_a_work_listed_first_among_fields_of_cooperation_and_deeds():
    text = "双方要加强中某铁路、电力等领域合作。"
    assert refused_mentions("Project", "中某铁路", set(), text, None)
    text = "稳步推进桃源港项目等基础设施领域合作。"
    assert not refused_mentions("Project", "桃源港项目", set(), text, None)
    assert refused_name("Program", "两个维护实际行动")
    assert refused_name("Program", "把理念转化为行动")


def test_projects_with_a_possessive_a_clause_verb_a_short_core_or_a_race():
    assert refused_name("Project", "桃源高铁的常德到长沙段")
    assert refused_name("Project", "某国企业中标桃源铁路")
    assert refused_name("Project", "中某项目")
    assert refused_name("Project", "棚改项目")
    assert not refused_name("Project", "龙之梦项目")
    assert refused_name("Project", "桃源半程马拉松")
    assert refused_name("Project", "常德方向高铁")
    assert refused_name("Project", "男子仰泳项目")
    assert refused_name("Project", "国家自然科学基金项目")


def test_a_project_opened_by_a_mark_a_counter_a_rank_or_a_complement():
    assert refused_name("Project", "（口）铁路")
    assert refused_name("Project", "%行政许可项目")
    assert not refused_name("Project", "G60高速公路")
    assert refused_name("Project", "条过江隧道")
    assert refused_name("Project", "第二大水电站")
    assert not refused_name("Project", "第六代显示屏项目")
    assert refused_name("Project", "好桃源机场")


def test_figures_of_speech_for_works_are_no_programs():
    assert refused_name("Program", "半拉子工程")
    assert refused_name("Program", "桃源县一把手工程")
    assert not refused_name("Program", "桃源县民心工程建设计划")
    assert refused_name("Program", "互办国家年活动")


def test_a_year_of_two_countries_cut_after_the_first_and_crimes_read_as_campaigns():
    text = "两国要办好中俄青年友好年活动。"
    assert refused_mentions("Program", "俄青年友好年活动", set(), text, None)
    assert refused_name("Program", "某某设备违法犯罪活动")
    assert not refused_name("Program", "桃源县平安创建活动")


def test_a_slogan_ending_with_a_verb_and_a_head_is_no_program():
    assert refused_name("Program", "保茶农、强茶村、建机制")
    assert not refused_name("Program", "一窗受理、联动办理机制")
    assert not refused_name("Program", "免、减、缓政策")          # listed characters


def test_the_title_of_a_show_is_no_program():
    text = "电视剧《清茶行动》今晚开播，讲述桃源民警的故事。"
    assert refused_mentions("Program", "清茶行动", set(), text, None)
    doc = "国家印发《清茶行动计划》，部署清茶行动。"
    assert not refused_mentions("Program", "清茶行动计划", set(), doc, None)
