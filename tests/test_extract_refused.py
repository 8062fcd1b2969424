"""Names refused once the article is read (components/refused, kg/extract/refuse): a verb
or a title read into a name, a count, a mention that is the start of a longer word, a
team set up in many places, the tail of a name read after a preposition. Short sentences made up for the tests."""
from __future__ import annotations

from conftest import found, names, run
from kg.extract.components.refused_people import tails_of_longer_names
from kg.extract.refuse import refused_mentions, refused_name


def test_a_verb_or_modal_read_into_a_name_refuses_it():
    assert refused_name("Organization", "某国议会愿同中国全国人大")
    assert refused_name("Organization", "交由桃源县人民医院")
    assert not refused_name("Organization", "桃源县人民医院")


def test_the_start_of_a_title_read_into_a_body_refuses_it():
    assert refused_name("Organization", "某国共产党全国")      # 全国书记
    assert refused_name("Organization", "某某研究所代理")      # 代理所长
    assert refused_name("Organization", "湖南省委省政府")      # two bodies glued
    assert not refused_name("Organization", "中华全国总工会")


def test_counted_names_name_a_kind():
    assert refused_name("Organization", "首批20家大企业开放创新中心")
    assert refused_name("TaskForce", "某省1万多支驻村工作队")
    assert refused_name("Program", "第二轮跨区域增援行动")
    assert not refused_name("Program", "五个一工程")
    assert not refused_name("Project", "年产30万吨乙烯项目")


def test_methods_and_heads_glued_before_a_name():
    assert refused_name("Program", "某某工作法")
    assert refused_name("Project", "项目桃源隧道")
    assert not refused_name("Project", "桃源隧道")


def test_a_project_only_written_as_the_start_of_a_longer_word():
    text = "桃源铁路口岸货运量大增。"
    assert refused_mentions("Project", "桃源铁路", set(), text, None)
    assert not refused_mentions("Project", "桃源铁路", set(), text + "桃源铁路建成通车。", None)


def test_an_organisation_only_named_in_a_document_title():
    assert refused_mentions("Organization", "某某委员会", set(), "印发《某某委员会工作规定》。", None)
    assert not refused_mentions("Organization", "某某委员会", set(), "某某委员会印发通知。", None)


def test_task_forces_set_up_in_every_place_are_a_kind():
    assert not found("元旦临近，各县要建立疫情防控工作专班，做好值守。", "TaskForce")
    assert "桃源县疫情防控工作专班" in found("桃源县成立疫情防控工作专班，做好值守。", "TaskForce")


def test_a_task_force_keeps_a_place_only_its_sentences_or_the_article_name():
    text = "桃源县去年发生洪灾。灾后重建有序推进。当地随即成立救灾工作组，深入灾区。"
    assert "桃源县救灾工作组" in found(text, "TaskForce")  # the article's place
    text = "临澧县今年汛情平稳，临澧县粮食丰收，临澧县游客增多。" + text
    assert "桃源县救灾工作组" not in found(text, "TaskForce")


def test_a_task_force_sent_by_another_body_is_not_the_places():
    text = "桃源县去年发生洪灾。灾后重建有序推进。应急管理部派出救灾工作组深入灾区。"
    assert "桃源县救灾工作组" not in found(text, "TaskForce")


def test_a_task_force_cut_after_a_verb_inside_its_name():
    assert not found("会议同意加快解除制裁工作组的工作。", "TaskForce")
    assert "桃源县救灾工作组" in found("桃源县成立救灾工作组，深入灾区。", "TaskForce")


def test_title_starts_and_words_of_kinds_refuse_names():
    assert refused_name("Organization", "某国国家")          # 国家主席
    assert refused_name("Organization", "外事委员会驻会")    # 驻会副主任
    assert refused_name("Program", "某某分裂活动")
    assert refused_name("Program", "民营企业在行动")
    assert refused_name("Project", "桃源铁路建设")
    assert not refused_name("Program", "百千万工程")


def test_a_team_formed_in_its_name_or_numbered_is_refused():
    assert refused_name("TaskForce", "某省组织专门工作组")
    assert not refused_name("TaskForce", "欧安组织明斯克小组")
    assert refused_name("TaskForce", "第2小组")
    assert not refused_name("TaskForce", "福建第十批援宁工作队")


def test_a_task_force_that_is_the_second_modifier_of_a_shared_head():
    assert not found("桃源县成立治疗和护理专班，守护病人。", "TaskForce")
    assert "桃源县护理专班" in found("桃源县成立护理专班，守护病人。", "TaskForce")


def test_a_counter_read_into_a_team_and_words_of_kinds():
    assert not found("当地组建了13支党员服务队，帮助收割。", "TaskForce")
    assert refused_name("TaskForce", "某国海军舰队指挥部")
    assert refused_name("Program", "黑名单管理制度")


# ------------------------------------------------ kinds: kg/extract/refuse_kinds
def test_a_team_named_only_by_generic_words_is_refused_unless_placed():
    assert not found("会议决定派出督导工作组，推动政策落地。", "TaskForce")
    assert not found("某协会负责研究此事的特别工作组发布报告。", "TaskForce")
    assert refused_name("TaskForce", "常态化应急服务队")
    assert not refused_name("TaskForce", "桃源县工作专班")      # a place set it up
    assert not refused_name("TaskForce", "桃源县招商引资工作专班")
    assert not refused_name("TaskForce", "用地审批工作专班")


def test_teams_counted_in_words_and_village_groups_are_kinds():
    assert refused_name("TaskForce", "某省三万多支驻村工作队")
    assert refused_name("TaskForce", "某部紧急增派3组专家工作组")
    assert refused_name("TaskForce", "某街道三人小组")
    assert refused_name("TaskForce", "某市曼某居民小组")
    assert not refused_name("TaskForce", "桃源县第十二批援疆工作队")
    assert not found("山西三万多支驻村工作队驻守一线。", "TaskForce")


def test_a_team_only_named_in_a_document_title():
    text = "会议审议了《某某委员会专项小组工作规则》。"
    assert refused_mentions("TaskForce", "某某委员会专项小组", set(), text, None)


def test_foreign_teams_and_facilities_abroad_are_refused():
    assert not found("沙特工作组抵达叙利亚，推进重开大使馆。", "TaskForce")
    assert not found("位于乌克兰南部的某某核电站附近发生交火。", "Project")
    # China's part in it, or a Chinese place in the sentence, keeps it
    assert "印尼雅万高铁" in found("印尼雅万高铁由中国企业承建，全线通车。", "Project")
    assert "新加坡丰茂科技项目" in found("新加坡丰茂科技项目在桃源县开工。", "Project")
    # a project under way abroad is kept
    assert refused_mentions("Project", "某某核电站", set(), "乌克兰某某核电站遭袭。", None)
    assert not refused_mentions("Project", "某某隧道项目", set(), "伊朗某某隧道项目开工。", None)


def test_a_country_read_as_a_body_and_a_title_cut_inside_a_body():
    assert "斯里兰卡" not in found("李克强同斯里兰卡总理马欣达通电话。", "Organization")
    assert not found("他是某省森林消防总队特勤大队副大队长。", "Organization") & {"某省森林消防总队特勤大队副大"}


def test_programs_counted_without_quotes_and_projects_cut_after_a_route():
    assert not found("方案提出新地标打造等十大专项行动。", "Program")
    assert refused_name("Project", "铁路六景郁江特大桥")
    assert not refused_name("Project", "南玉铁路六景郁江特大桥")


def test_a_body_written_with_former_is_refused_not_a_place_opening_so():
    assert refused_name("Organization", "原中央顾问委员会")
    assert not refused_name("Organization", "原平市委")
    assert not refused_name("Organization", "中央顾问委员会")



def test_a_program_of_foreign_affairs_only_is_refused():
    assert refused_mentions("Program", "某某计划", set(), "美国国防部通过“某某计划”开展行动。", None)
    assert not refused_mentions("Program", "某某计划", set(), "中方支持阿方实施“某某计划”。", None)


def test_a_national_team_does_not_take_the_articles_place():
    text = ("桃源县召开外资工作会议，桃源县推进项目。桃源县加快落地。此外，国家发展改革委会同"
            "有关部门成立了重大外资项目工作专班。")
    assert "桃源县重大外资项目工作专班" not in found(text, "TaskForce")


def test_more_kinds_of_teams_titles_and_cut_projects():
    assert refused_name("TaskForce", "某自治区多路工作组")
    assert not refused_name("TaskForce", "推进一带一路建设工作小组")
    assert refused_name("TaskForce", "事故调查小组")
    assert refused_name("TaskForce", "工程指挥部")
    assert not refused_name("TaskForce", "桃源码头扩建指挥部")
    assert refused_name("Organization", "某国外交")            # 外交|部长
    assert refused_name("Organization", "国际奥委会名誉")        # 名誉|主席
    assert refused_name("Organization", "抗议某国政府")
    assert refused_name("Project", "号线长江隧道")
    assert refused_name("Project", "冰舞项目")


def test_single_events_and_rules_named_by_a_word_are_no_programs():
    assert refused_name("Program", "某某日纪念活动")
    assert refused_name("Program", "欢乐春节盛装巡游活动")
    assert refused_name("Program", "导师制度")
    assert refused_name("Program", "某某革命作为某某振兴战略")
    assert not refused_name("Program", "大督查机制")
    assert not refused_name("Program", "四送三进活动")


def test_programs_and_projects_named_only_by_generic_words_are_kinds():
    assert refused_name("Program", "安全生产专项行动")
    assert refused_name("Program", "造林绿化行动")
    assert refused_name("Program", "生态补偿机制")
    assert not refused_name("Program", "健康扶贫工程")
    assert not refused_name("Program", "减证便民行动")
    assert refused_name("Project", "双创项目")
    assert refused_name("Project", "某国重要基础设施项目".replace("某国", "埃及"))
    assert refused_name("Project", "全自动生产线")
    assert not refused_name("Project", "京张高铁")
    assert not refused_name("Project", "中国新加坡互联互通项目")


def test_program_phrases_and_projects_named_by_size_or_kind():
    assert refused_name("Program", "甲倡议同东盟区域战略")
    assert not refused_name("Program", "四同党性教育活动")
    assert refused_name("Program", "全面建成覆盖城乡的某某体系")
    assert refused_name("Program", "某地港独活动")
    assert refused_name("Project", "1000万千瓦大型风电基地项目")
    assert refused_name("Project", "黄山三千亩产业园")
    assert not refused_name("Project", "厦门某某12万吨热轧板项目".replace("某某", "晋东"))
    assert refused_name("Project", "沿线景区等特色项目")
    assert refused_name("Project", "某某高速公路隧道")


def test_programs_and_projects_cut_from_a_longer_name():
    text = "两国推动北城-南湾高铁项目尽早启动，落实《新工业协作行动计划》。"
    assert refused_mentions("Project", "南湾高铁项目", set(), text, None)
    assert refused_mentions("Program", "工业协作行动计划", set(), text, None)
    assert not refused_mentions("Program", "某某提升行动计划", set(), "发布《“十四五”某某提升行动计划》。", None)
    text = "开展打击非法销售、非法代理某某产品专项行动。"
    assert refused_mentions("Program", "非法代理某某产品专项行动", set(), text, None)
    text = "落实全球发展倡议和中欧合作论坛行动计划。"
    assert not refused_mentions("Program", "中欧合作论坛行动计划", set(), text, None)


def test_a_sides_project_a_regions_projects_and_festival_events_are_refused():
    assert refused_name("Project", "英方慈善救助项目")
    assert refused_name("Program", "巴方发展计划")
    assert refused_name("Project", "京津项目")
    assert not refused_name("Project", "京张高铁")
    assert not refused_name("Project", "鹤大高速")
    assert refused_name("Program", "某某美食节活动")
    assert refused_name("Project", "农村妇女疾病筛查项目")
    text = "开展利用地下钱庄向境外转移资金专项行动。"
    assert refused_mentions("Program", "境外转移资金专项行动", set(), text, None)



def test_a_verb_before_an_object_head_and_a_verb_opening_a_project():
    assert refused_name("Program", "狠抓学习教育")
    assert refused_name("Program", "保障全党学习教育")
    assert not refused_name("Program", "党史学习教育")
    assert refused_name("Project", "展示某某国际机场".replace("某某", "西安咸阳"))
    assert refused_name("Project", "成功中标某某高铁项目")
    assert refused_name("Project", "某某非遗体验项目")
    assert refused_name("Program", "反占中签名行动")


def test_named_new_year_and_matchmaking_activities_are_kept():
    assert not refused_name("Program", "欢乐春节活动")
    assert not refused_name("Program", "某某之桥全球贸易对接活动")


def test_a_name_starting_inside_a_word_is_cut_not_glued():
    text = "从胶州湾大桥到杭州湾大桥，再到舟山大桥。"
    assert refused_mentions("Project", "州湾大桥", set(), text, None)
    assert not refused_mentions("Project", "舟山大桥", set(), text, None)
    text = "某省制定新时代廉洁建设三年行动计划。"
    assert refused_mentions("Program", "时代廉洁建设三年行动计划", set(), text, None)
    assert "州湾大桥" not in found("从胶州湾大桥、到杭州湾大桥，再到舟山大桥。", "Project")
    assert "杭州湾大桥" in found("从胶州湾大桥、到杭州湾大桥，再到舟山大桥。", "Project")


def test_a_joiner_or_place_glued_before_a_route_is_no_part_of_it():
    assert found("研究提高防治能力和川藏铁路规划建设问题。", "Project") == {"川藏铁路"}
    assert found("在山南市川藏铁路拉林段，他了解工程进展。", "Project") == {"川藏铁路"}
    assert "京沈高铁" in found("某某高铁自京沈高铁朝阳站引出。", "Project")
    assert found("泸州市白沙长江大桥建成通车。", "Project") == {"泸州市白沙长江大桥"}
    assert found("上海至苏州至湖州铁路开始全线铺轨。", "Project") == {"上海至苏州至湖州铁路"}
    assert found("狮子洋通道是继港珠澳大桥之后又一工程。", "Project") == {"港珠澳大桥"}


def test_a_kind_of_work_before_a_named_one_and_words_opening_a_work():
    assert refused_name("Project", "跨海大桥某某大桥".replace("某某", "港珠澳"))
    assert not refused_name("Project", "京沈高铁望京隧道")
    assert refused_name("Project", "高速铁路杭温高铁")
    assert refused_name("Project", "部分京广铁路")
    assert refused_name("Project", "全面提升郑州机场")


def test_a_facility_in_an_article_about_a_foreign_country_alone():
    text = "日本东京电力公司19日公布，福岛核电站2号机组确认核残渣位置。"
    assert refused_mentions("Project", "福岛核电站", set(), text, None)
    text = "中国企业承建的肯尼亚蒙内铁路通车。"
    assert not refused_mentions("Project", "蒙内铁路", set(), text, None)


def test_generic_programs_and_quoted_figures():
    assert refused_name("Program", "修复保护行动")
    assert refused_name("Program", "十三五重大交通工程")
    assert refused_name("Program", "包括电信诈骗专项治理")
    assert refused_name("Program", "建设若干重点工程")
    assert not refused_name("Program", "乡村建设三年行动计划")
    assert found("要打通政策落实“最后一公里”。", "Program") == set()
    assert found("适时开展“回头看”，确保问题整改到位。", "Program") == set()
    assert found("是发展中国家和“全球南方”团结协作的典范。", "Program") == set()
    assert found("推进“东西部”协作。", "Program") == {"东西部协作"}


def test_quoted_kinds_of_projects_and_listed_activities():
    assert found("实施了一批标志性工程和“小而美”项目。", "Program") == set()
    assert found("审批通过了“白名单”项目贷款。", "Program") == set()
    assert found("某县推出“政企连心桥”项目，服务企业。", "Program") == {"政企连心桥"}
    assert found("在沙坡头，黄河漂流、滑沙、骑骆驼等项目，让游客乐享其中。", "Project") == set()
    assert found("某村打造仁和三馆、“紫竹船说”水乡码头等项目。", "Project") >= {"仁和三馆"}


def test_a_chain_of_short_names_and_a_descriptor_before_a_dash():
    assert found("中马友谊大桥已经成为两国人民友谊的象征。", "Project") == {"中马友谊大桥"}
    assert found("某某通道中老泰马跨境铁路班列首发。", "Project") == {"中老泰马跨境铁路"}
    assert refused_mentions("Project", "马友谊大桥", set(), "修建中马友谊大桥。", None)
    assert not refused_mentions("Project", "青藏铁路", set(), "在西宁青藏铁路沿途。", None)
    text = "某线最长低瓦斯隧道——某某隧道日前贯通。"
    assert refused_mentions("Project", "低瓦斯隧道", set(), text, None)


def test_a_clause_after_a_programs_head_and_an_object_after_a_joining_word():
    assert refused_name("Program", "科技特派员制度为服务城乡发展战略")
    assert not refused_name("Program", "青春为家乡建设挺膺担当主题团日活动")
    text = "开展打击犀牛及其制品非法贸易专项行动。"
    assert refused_mentions("Program", "制品非法贸易专项行动", set(), text, None)


def test_a_program_right_after_a_count_is_one_of_a_kind():
    text = "实施钢铁、炼油等6个行业节能降碳专项行动。"
    assert refused_mentions("Program", "行业节能降碳专项行动", set(), text, None)
    text = "海关开展了今年第三次联合打击走私专项行动。"
    assert not refused_mentions("Program", "联合打击走私专项行动", set(), text, None)


def test_codes_contest_events_and_networks_are_no_projects():
    assert refused_name("Project", "T3航站楼")
    assert not refused_name("Project", "G60高速公路")
    assert not refused_name("Project", "某某机场T3航站楼".replace("某某", "白云"))
    assert refused_name("Project", "游泳世锦赛中国队多项目")
    assert refused_name("Project", "体操男子个人全能项目")
    assert refused_name("Project", "市域铁路")
    assert refused_name("Project", "国省高速公路")


def test_a_count_or_span_alone_before_a_generic_head():
    text = "某省启动三年行动计划和百日行动，开展9大专项行动。"
    for name in ("三年行动计划", "百日行动", "9大专项行动"):
        assert refused_mentions("Program", name, set(), text, None)
    assert not refused_mentions("Program", "八大行动", set(), "落实“八大行动”。", None)
    assert not refused_mentions("Program", "乡村建设三年行动计划", set(), "实施乡村建设三年行动计划。", None)
    assert not refused_name("Program", "深入生活、扎根人民主题实践活动")
    for name in ("三千工程", "863计划"):
        assert not refused_mentions("Program", name, set(), f"实施{name}。", None)


def test_quoted_kinds_before_projects_are_no_programmes():
    assert found("遏制高能耗、高排放等“两高一低”项目盲目上马。", "Program") == set()
    assert found("总投资超千亿元的“绿电”项目签约落地。", "Program") == set()
    assert found("将成为某市最大的“动力电池+储能电池”项目。", "Program") == set()
    assert found("某县推出“政企连心桥”项目，服务企业。", "Program") == {"政企连心桥"}


def test_a_project_then_another_work_in_one_name():
    assert refused_name("Project", "年产5万吨某某材料项目一期生产线".replace("某某", "正极"))
    assert refused_name("Project", "水电投资项目某某水电站".replace("某某", "卡洛"))
    assert not refused_name("Project", "三北防护林工程项目")


def test_routes_between_places_and_numbered_quoted_programmes_are_kept():
    assert found("江西遂川至大余高速公路建成通车。", "Project") == {"遂川至大余高速公路"} or \
        found("江西遂川至大余高速公路建成通车。", "Project") == {"江西遂川至大余高速公路"}
    assert found("更大力度支持“两重”项目建设。", "Program") == {"两重"}
    text = "中国新加坡互联互通项目——某某班列今天首发。"
    assert not refused_mentions("Project", "中国新加坡互联互通项目", set(), text, None)
    assert found("巴中经济走廊以及瓜达尔港等重点项目建设正在推进。", "Project") >= {"瓜达尔港"}


def test_the_tail_of_a_name_read_after_a_preposition_is_no_person_of_its_own():
    ext = run("全国人大代表向明华：“家长们常说‘向明华的课讲得好’。”")
    assert "向明华" in names(ext, "Person")
    assert "明华" not in names(ext, "Person")


def test_a_tail_is_dropped_only_when_never_written_on_its_own():
    people = ["卡里姆别科夫", "别科夫", "李四"]
    assert tails_of_longer_names("总统卡里姆别科夫表示，卡里姆别科夫将出访。", people) == {"别科夫"}
    assert tails_of_longer_names("总统卡里姆别科夫表示，别科夫将出访。", people) == set()


def test_works_batches_and_adverbs_are_no_program():
    assert refused_name("Program", "桃江引水入城主要工程")          # works of a program
    assert not refused_name("Program", "国家草原保护重点工程")     # a national program of key works
    assert refused_name("Program", "引桃济源大型输水工程")
    assert refused_name("Program", "标志性工程")
    assert not refused_name("Program", "桃源引水入城工程计划")
    assert refused_name("Program", "打击整治假茶犯罪第一次集中专项行动")  # a batch
    assert refused_name("Program", "认真总结第一批主题教育")
    assert refused_name("Program", "积极支持打击假茶专项行动")     # an adverb opens it
    assert not refused_name("Program", "打击假茶专项行动")
    assert refused_name("Program", "八部门茶叶市场专项行动")       # counted owners
