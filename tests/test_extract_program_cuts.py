"""Programs cut on the left or named by a kind: a name read back to a closing quote (the
quoted words open it: “某某”|招聘专项行动; not a plan's period, “十四五”某某行动计划), rounds
counted before a program (两轮某某工程; not 四轮驱动战略), generic words of change, armed
operations and fields (refuse/generic_program_words), and a quoted built work before 项目
(“某某国际社区”项目 stays a project), and the events of a ceremony or an anniversary
(某某开幕式活动, 某某50周年活动), and one common verb read as a name (空气质量持续|改善行动计划).
Sentences and names made up for the tests."""
from __future__ import annotations

from conftest import found
from kg.extract.refuse import refused_name


def test_a_name_read_back_to_a_closing_quote_is_cut():
    assert "招聘专项行动" not in found("桃源县人社局“春暖桃源”招聘专项行动推出了一批岗位。", "Program")
    assert "式腐败问题专项整治" not in found("桃源县在全县部署开展“雁过拔毛”式腐败问题专项整治。", "Program")
    assert "信息专项整治" not in found("桃源县开展为期1个月的网上“软色情”信息专项整治。", "Program")


def test_a_plan_period_quoted_before_a_plan_is_no_part_of_it():
    text = "教育部等九部门印发《“十四五”桃源高中发展提升行动计划》。"
    assert "桃源高中发展提升行动计划" in found(text, "Program")


def test_rounds_counted_before_a_program():
    assert refused_name("Program", "两轮百万亩造林绿化工程")
    assert refused_name("Program", "三轮打击行动")
    assert not found("桃源县开展三轮打击行动，打掉30个团伙。", "Program")
    assert not refused_name("Program", "四轮驱动战略")
    assert "四轮驱动战略" in found("桃源县实施“四轮驱动”战略。", "Program")


def test_generic_words_of_change_operations_and_fields():
    for name in ("转型升级工程", "经济转型行动计划", "地面军事行动", "大规模行动", "反恐行动",
                 "能效提升专项行动", "标准化专项行动", "生态移民工程", "国际大科学计划", "一次专项整治",
                 "多地联合行动", "招生考试专项治理"):
        assert refused_name("Program", name), name
    for name in ("生态转型计划", "技术改造升级工程", "桃源扶贫攻坚工程", "人工智能+行动"):
        assert not refused_name("Program", name), name
    assert not found("桃源县实施转型升级工程，推动企业联手。", "Program")


def test_a_quoted_built_work_before_project_stays_a_project():
    text = "桃源县引进的“桃源国际社区”项目开工，“桃花帮扶”项目惠及千户。"
    assert "桃花帮扶" in found(text, "Program")
    assert "桃源国际社区" not in found(text, "Program")
    assert "桃源国际社区项目" in found(text, "Project")


def test_events_of_a_ceremony_or_an_anniversary():
    for name in ("桃源友好年开幕式活动", "桃花号入列活动", "桃源号返航欢迎活动", "桃源建县50周年活动",
                 "庆祝桃源建县二十周年系列活动"):
        assert refused_name("Program", name), name
    for name in ("桃源妇女庆祝建党百年活动", "桃源欢乐春节系列活动", "桃源三年行动"):
        assert not refused_name("Program", name), name
    assert not found("桃源县举行“桃花号”入列活动。", "Program")


def test_one_common_verb_before_a_head_names_no_program():
    assert "改善行动计划" not in found("会议要求认真实施空气质量持续改善行动计划，加强煤炭清洁利用。", "Program")
    assert "突破三年行动" not in found("桃源县实施全面振兴新突破三年行动，展现新作为。", "Program")
    assert not found("某国发射单元迅速调整行动计划。", "Program")
    assert "打拐专项行动" in found("公安部开展岁末打拐专项行动，解救儿童。", "Program")
    assert "桃花提升三年行动计划" in found("桃源县实施桃花提升三年行动计划。", "Program")
