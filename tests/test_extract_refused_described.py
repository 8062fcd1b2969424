"""Programs and projects that describe rather than name (kg/extract/refuse_described and
the refuse/ word lists it reads): one verb of a list of quoted steps, a clause with an
aspect particle, the activities of a commemorative day, a slogan's projects, a region's
network, descriptions and kinds of projects, and names cut inside a place or after a
Latin letter. Short names and sentences made up for the tests."""
from __future__ import annotations

from types import SimpleNamespace

from conftest import found
from kg.extract.projects import project_name
from kg.extract.refuse import refused_mentions, refused_name
from kg.extract.refuse_described import inside_place


def test_one_verb_of_quoted_steps_is_no_program():
    programs = found("今年桃源县开展“调研”“推广”“示范”三大行动。", "Program")
    assert not programs & {"调研", "推广", "示范"}
    assert refused_name("Program", "推广")
    assert not refused_name("Program", "两票制")
    assert not refused_name("Program", "桃源推广行动")


def test_a_clause_with_ba_is_no_program():
    assert refused_name("Program", "桃源县委把学习教育")
    assert not refused_name("Program", "桃花开了全媒体行动")


def test_the_activities_of_a_commemorative_day_are_events():
    assert "防灾日主题活动" not in found("各地开展“防灾日”主题活动，宣传避险知识。", "Program")
    assert refused_name("Program", "世界湿地日活动")
    assert refused_name("Program", "桃源消防日系列活动")
    assert not refused_name("Program", "我心向党主题党日活动")
    assert not refused_name("Program", "青春向上主题团日活动")
    assert refused_name("Program", "军营开放日活动")  # an open day: one day's event (PROGRAM_JUDGING.md, kind 6b)
    assert not refused_name("Program", "夏粮收购百日活动")


def test_a_slogan_before_generic_words_names_a_policy_s_projects():
    assert not found("桃源县推进“三保”建设项目。", "Project")
    assert refused_name("Project", "双保工程项目")
    assert not refused_name("Project", "三北工程七期项目")
    assert not refused_name("Project", "桃源沅水大桥建设项目")


def test_a_region_before_a_route_s_head_names_its_network():
    assert refused_name("Project", "长三角地区城际铁路")
    assert refused_name("Project", "珠三角高铁")
    assert refused_name("Project", "珠三角地区高速公路")
    assert refused_name("Project", "桃临两地高铁")
    assert refused_name("Project", "八纵八横城际铁路")
    assert not refused_name("Project", "桃临高铁")
    assert not refused_name("Project", "桃澧高铁")


def test_descriptions_and_kinds_of_projects():
    for name in ("桃源海拔最高风电项目", "西南地区重要水电项目", "十五五数字经济项目", "第二批水利项目",
                 "三成以上资金投向智能化改造项目"):
        assert project_name(name, set()) is None
    assert project_name("桃源风电项目", set()) == "桃源风电项目"
    assert refused_name("Project", "多元冰雪文旅项目")
    assert refused_name("Project", "低碳绿色算力项目")
    assert refused_name("Project", "智能单体生产线")
    assert refused_name("Project", "桃源亚沙会帆船项目")
    assert refused_name("Program", "十三五重大水利工程")
    assert refused_name("Program", "桃源首个儿童健康行动计划")
    assert refused_name("Program", "介绍桃源治理专项行动")
    assert not refused_name("Project", "桃源沅水特大桥")
    assert not refused_name("Project", "桃源风电项目")
    assert not refused_name("Project", "桃源跨海大桥")


def test_a_name_cut_inside_a_place_or_after_a_latin_letter():
    assert not found("S21首都地区绕城高速公路今天通车。", "Project")
    assert not found("市场监管总局启动ABC认证守底线专项行动。", "Program")
    text = "桃源至临澧新区至石门高速铁路加快推进。"
    ctx = SimpleNamespace(mentions=[SimpleNamespace(start=0, end=7)])
    assert inside_place("Project", "新区至石门高速铁路", text, ctx)
    assert not inside_place("Project", "桃源至临澧新区至石门高速铁路", text, ctx)


def test_who_takes_part_before_an_object_head_is_no_program():
    assert refused_name("Program", "全省学习教育")
    assert refused_name("Program", "全局学习教育")
    assert refused_name("Program", "局机关学习教育")
    assert refused_name("Program", "桃源县委把学习教育")
    assert not refused_name("Program", "纪律作风学习教育")
    assert not refused_name("Program", "全民阅读推广行动")


def test_a_route_cut_after_its_first_end_though_read_from_a_longer_form():
    text = "常德到桃源铁路沅水特大桥今天合龙，临澧至石门铁路澧水特大桥也已合龙。"
    ctx = SimpleNamespace(mentions=[SimpleNamespace(start=0, end=2)])
    assert inside_place("Project", "桃源铁路沅水特大桥", text, ctx)
    assert inside_place("Project", "石门铁路澧水特大桥", text, ctx)
    assert not inside_place("Project", "桃源铁路沅水特大桥", text + "桃源铁路沅水特大桥全长3公里。", ctx)
    assert "临澧沅水特大桥" in found("工人们来到临澧沅水特大桥施工现场。", "Project")
    assert refused_name("Project", "时起桃源高速公路")


def test_a_foreign_work_named_in_a_headline_before_a_foreign_sentence():
    text = "油罐车爆炸波及桃源湾大桥\n据巴拿马消防部门消息，一辆油罐车在首都附近起火。"
    assert refused_mentions("Project", "桃源湾大桥", set(), text, None)
    text = "油罐车爆炸波及桃源湾大桥\n据消防部门消息，一辆油罐车在桃源县起火。"
    assert not refused_mentions("Project", "桃源湾大桥", set(), text, None)


def test_cut_after_a_quoted_object_or_inside_a_title_with_its_years_or_counted():
    assert refused_mentions("Program", "特困企业专项整顿", set(), "当地启动“空壳”及特困企业专项整顿。", None)
    assert not refused_mentions("Program", "特困企业专项整顿", set(), "当地启动特困企业专项整顿。", None)
    text = "会议发布《桃源社会组织推动“乡村振兴”文明实践行动计划（2021-2025）》。"
    assert "乡村振兴文明实践行动计划" not in found(text, "Program")
    assert refused_name("Program", "4期国家环保行动计划")
    assert "桃源风电设权项目" not in found("桃源县已批准桃源风电设权项目30多个。", "Project")
    assert not refused_mentions("Project", "桃源风电项目", set(), "桃源风电项目3个月内完工。", None)
    text = "桃源光伏项目、桃源风电项目2个重大项目成功签约。"
    assert not refused_mentions("Project", "桃源风电项目", set(), text, None)


def test_lists_pools_and_majors_are_no_works():
    assert refused_mentions("Project", "乡村振兴桃源项目", set(), "桃源县建立乡村振兴桃源项目库。", None)
    assert refused_mentions("Program", "桃源工程", set(), "该校新设“桃源工程”专业。", None)
    assert not refused_mentions("Program", "桃源工程", set(), "该县实施“桃源工程”。", None)
    assert refused_name("Program", "经常性主题教育")
    assert refused_name("Program", "多种学习教育")
    assert refused_name("Program", "联合军事打击行动")
    assert refused_name("Program", "桃源图书展销活动")
    assert refused_name("Program", "桃源文明建设指标评价体系")
    assert refused_name("Program", "林业重点造林工程")
    assert not refused_name("Program", "三轮驱动战略")
    assert refused_name("Project", "桃源歌曲采购项目")
    assert refused_name("Project", "社区养老服务网络")
    assert not refused_name("Program", "纪律作风学习教育")
    text = "最美“环城公路”、桃源机场二期等一批项目正在建设。"
    assert not refused_mentions("Project", "桃源机场二期", set(), text, None)


def test_questions_verbs_of_pushing_on_and_generic_words_make_no_program():
    assert refused_name("Program", "怎么考")
    assert refused_name("Program", "谁来考")
    assert not refused_name("Program", "谁建设谁受益政策")
    assert refused_name("Program", "推进新时代兴林富民行动")
    assert refused_name("Program", "坚决打好碧水攻坚战")
    assert refused_name("Program", "可选择后续行动")
    assert refused_name("Program", "更多重要联合行动计划")
    assert refused_name("Program", "修缮保护工程")
    assert not refused_name("Program", "桃源企业培育计划")


def test_events_of_a_contest_listed_are_no_works():
    text = "此外，极速摩托车表演、越野拉力赛等项目的比赛也令观众大饱眼福。"
    assert not found(text, "Project") & {"越野拉力赛"}
    assert refused_name("Project", "桃源首日冲金项目")


def test_weeks_year_plans_attending_and_points_of_a_list_make_no_program():
    assert refused_name("Program", "桃源文化周活动")
    assert refused_name("Program", "桃源州2030年计划")
    assert not refused_name("Program", "桃源一体化发展2030年行动计划")
    assert refused_name("Program", "出席桃源专项治理")
    assert refused_name("Program", "二是认真落实桃源行动计划")
    assert refused_name("Program", "大型新闻公益行动")
    assert not refused_name("Program", "寻找最美桃源人大型公益活动")
