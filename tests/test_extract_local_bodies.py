"""Bodies, companies and task-force members of local news pages: grassroots bodies,
companies by their registered names, joined bodies, members of task forces. Sentences
are written for these tests in the genre's style; no name is from a gold file."""
from __future__ import annotations

from conftest import names, run


def members(ext) -> set[tuple[str, str, str]]:
    return {(r.source.name, r.target.name, r.props.get("role") or "")
            for r in ext.relations if r.type == "MEMBER_OF"}


def test_a_registered_company_name_of_common_words_is_one_firm():
    ext = run("签约企业包括华润置地有限公司。会上，远东集团有限公司负责人发言。")
    assert {"华润置地有限公司", "远东集团有限公司"} <= names(ext, "Company")


def test_a_brand_cut_into_characters_keeps_its_start():
    ext = run("副市长张振东与上海为烨投资集团有限公司签约。")
    assert "上海为烨投资集团有限公司" in names(ext, "Company")


def test_a_bare_legal_form_is_no_company():
    ext = run("该有限公司负责建设。我们积极地有限公司合作。")
    assert not names(ext, "Company")


def test_grassroots_bodies_of_a_town_and_county_are_read():
    ext = run("近日，临澧县委书记张明远到新安镇调研，走访了镇卫生院、镇派出所和镇司法所，"
              "看望了县妇联、县总工会的干部。新安镇供电所、临澧县农村信用合作联社负责人参加。")
    assert {"新安镇卫生院", "新安镇派出所", "新安镇司法所", "临澧县妇联", "临澧县总工会",
            "新安镇供电所"} <= names(ext, "Organization")
    assert "临澧县农村信用合作联社" in names(ext, "Company")


def test_a_bare_kind_of_grassroots_body_is_none():
    ext = run("学校和卫生院都要做好准备。理事会要发挥作用。")
    assert not names(ext, "Organization")


def test_the_leader_of_a_task_force_of_common_words_is_its_member():
    ext = run("临澧县成立项目建设工作专班，由县长李强任组长。")
    assert ("李强", "临澧县项目建设工作专班", "组长") in members(ext)


def test_people_listed_before_a_role_are_members():
    ext = run("临澧县成立项目建设工作专班，由县长李强任组长，副县长王伟、刘洋任副组长。")
    assert {("李强", "临澧县项目建设工作专班", "组长"), ("王伟", "临澧县项目建设工作专班", "副组长"),
            ("刘洋", "临澧县项目建设工作专班", "副组长")} <= members(ext)


def test_a_role_given_by_you_is_membership():
    ext = run("临澧县项目建设指挥部指挥长由县长李强担任，副指挥长由副县长王伟担任。")
    assert {("李强", "临澧县项目建设指挥部", "指挥长"),
            ("王伟", "临澧县项目建设指挥部", "副指挥长")} <= members(ext)


def test_members_listed_after_a_staffed_task_force():
    ext = run("临澧县招商专班组长、副县长王伟带队赴深圳招商。专班成员刘洋、陈红参加。")
    assert "临澧县招商专班" in names(ext, "TaskForce")
    assert {("王伟", "临澧县招商专班", "组长"), ("刘洋", "临澧县招商专班", "成员"),
            ("陈红", "临澧县招商专班", "成员")} <= members(ext)


def test_people_who_make_up_or_lead_a_task_force_are_members():
    ext = run("临澧县成立招商引资工作专班。专班由县委常委刘洋、副县长王伟、县发改局局长陈红组成。"
              "副县长王伟带领专班深入企业。")
    assert {(p, "临澧县招商引资工作专班", "") for p in ("刘洋", "王伟", "陈红")} <= members(ext)


def test_no_membership_without_a_task_force():
    ext = run("会议由县长李强主持，副县长王伟、刘洋任副组长的领导小组负责督办。县发改局局长陈红参加。")
    assert not members(ext)


def test_a_body_stationed_elsewhere_keeps_its_owner():
    ext = run("京山市驻上海招商专班负责人王伟介绍。哈尔滨市政府驻上海办事处副主任赵睿辉出席。")
    assert "京山市驻上海招商专班" in names(ext, "TaskForce")
    assert "哈尔滨市政府驻上海办事处" in names(ext, "Organization")
    assert ("王伟", "京山市驻上海招商专班", "负责人") in members(ext)


def test_a_province_committee_and_government_joined_by_he_are_two():
    ext = run("吉林省委和省政府高度重视。")
    assert {"吉林省委", "吉林省政府"} <= names(ext, "Organization")
    assert not any("和" in n for n in names(ext, "Organization"))


def test_the_body_of_a_county_zone_keeps_the_zone():
    ext = run("12月2日，鹿邑县在县产业集聚区举行开工仪式。县产业集聚区管委会主任李刚参加。")
    assert "鹿邑县产业集聚区管委会" in names(ext, "Organization")
    assert "鹿邑县管委会" not in names(ext, "Organization")


def test_banner_sumu_and_gacha_open_relative_bodies():
    ext = run("扎鲁特旗委书记王刚到巴彦塔拉苏木调研。苏木党委书记李明陪同。旗农牧局局长赵亮参加。")
    orgs = names(ext, "Organization")
    assert "巴彦塔拉苏木党委" in orgs
    assert any(o.endswith("旗农牧局") and len(o) > 4 for o in orgs)  # the banner in context
    assert "旗农牧局" not in orgs


def test_a_body_whose_last_character_opens_the_title():
    ext = run("12月2日，鹿邑县举行开工仪式。县委常委、统战部长程卫东，县财政局长李明，县商务局副局长赵亮参加。")
    orgs = names(ext, "Organization")
    assert {"鹿邑县委统战部", "鹿邑县财政局", "鹿邑县商务局"} <= orgs
    assert not any(o.endswith(("统战", "财政")) for o in orgs)


def test_relative_bodies_of_a_county_level_city_take_that_city():
    ext = run("11月12日，平果市委书记罗成、市人民政府市长郭嘉出席。平果市委、市政府将打造一流营商环境。"
              "市长陈锦秀代表桂平市委、市人大、市政协致辞。")
    orgs = names(ext, "Organization")
    assert {"平果市委", "桂平市人大", "桂平市政协"} <= orgs
    assert not any(o.startswith(("百色市", "贵港市")) for o in orgs)


def test_the_company_a_project_is_named_after():
    ext = run("签约项目包括：潍坊特钢集团公司技改项目、山东晨鸣纸业集团股份有限公司项目。")
    assert {"潍坊特钢集团公司", "山东晨鸣纸业集团股份有限公司"} <= names(ext, "Company")


def test_roles_written_before_the_task_force_they_lead():
    ext = run("临澧县成立以县长李强为组长的项目建设工作专班。"
              "新安镇成立了由镇党委书记张明远任组长、镇长王伟任副组长的招商引资工作专班。")
    assert ("李强", "临澧县项目建设工作专班", "组长") in members(ext)
    assert {("张明远", "组长"), ("王伟", "副组长")} <= {(p, r) for p, t, r in members(ext)
                                                      if t.endswith("招商引资工作专班")}


def test_a_task_force_stationed_elsewhere_set_up_by_a_city():
    ext = run("京山市成立驻上海招商专班。王伟作为专班成员，常年驻扎上海。")
    assert "京山市驻上海招商专班" in names(ext, "TaskForce")
    assert ("王伟", "京山市驻上海招商专班", "成员") in members(ext)


def test_a_task_force_after_ji_and_a_paired_slogan():
    ext = run("黔江区召开重点企业专题会暨工业高质量发展工作专班第一次会议。"
              "要严格落实“一链条一专班、一企业一专员”机制。")
    assert names(ext, "TaskForce") == {"黔江区工业高质量发展工作专班"}


def test_the_leader_of_a_leading_group_is_no_task_force_member():
    ext = run("临澧县成立项目建设工作专班。临澧县成立安全生产领导小组，由县长李强任组长。")
    assert not members(ext)


def test_schools_of_a_kind_are_no_body():
    ext = run("美国多地学校停课。山区学校条件改善，普惠性幼儿园增加。石家庄外国语学校举行活动。")
    assert names(ext, "Organization") == {"石家庄外国语学校"}


def test_stationed_opens_no_body_but_a_task_force():
    ext = run("双方在驻兰州办事处座谈。")
    assert not any(o.startswith("驻") for o in names(ext, "Organization"))


def test_qi_opens_no_body_outside_a_banner():
    ext = run("宁海县启用新队旗。旗面中心置标志，集团旗下子公司参加。")
    assert not names(ext, "Organization")


def test_a_party_branch_of_a_village_whose_county_is_unnamed():
    ext = run("记者来到卢屋村党支部，村民们正在开会。")
    assert "卢屋村党支部" in names(ext, "Organization")


def test_a_party_branch_of_a_kind_of_village_is_none():
    ext = run("示范村党支部要发挥作用，贫困村党支部书记参加了会议。")
    assert not names(ext, "Organization")


def test_a_fire_brigade_and_the_team_it_forms():
    ext = run("灾情发生后，海东市消防救援支队立即组织党员先锋队赶赴现场。")
    assert "海东市消防救援支队" in names(ext, "Organization")
    assert "海东市消防救援支队党员先锋队" in names(ext, "TaskForce")


def test_a_team_formed_by_a_place_takes_the_place():
    ext = run("洪水过后，临澧县组建党员突击队，连夜转移群众。")
    assert "临澧县党员突击队" in names(ext, "TaskForce")


def test_a_village_council_named_with_its_place():
    ext = run("临澧县新安镇大店村红白理事会成立后，村里的风气有了改变。")
    assert "新安镇大店村红白理事会" in names(ext, "Organization") or \
        "大店村红白理事会" in names(ext, "Organization")


def test_the_party_branch_of_a_project_names_the_project():
    ext = run("临澧县青山水库除险加固项目建设临时党支部在工地揭牌成立。")
    assert "临澧县青山水库除险加固项目建设临时党支部" in names(ext, "Organization")
    assert "临澧县青山水库除险加固项目" in names(ext, "Project")


def test_a_project_named_after_its_site_names_no_company():
    ext = run("记者走进临澧县青山水库项目施工现场。党旗在临澧县东湖苑项目工地飘扬。")
    assert not names(ext, "Company")


def test_a_model_of_work_written_with_plus_is_no_body_or_project():
    ext = run("该县探索“党支部+合作社+农户”模式，聚焦“党建+项目建设”。")
    assert not names(ext, "Organization") and not names(ext, "Project")


def test_a_place_opening_a_firm_is_not_the_place_of_a_relative_body():
    ext = run("湖南省临澧县举行签约仪式，福建恒昌集团有限公司等企业签约。按照省委要求，县委书记张明远讲话。")
    assert "湖南省委" in names(ext, "Organization")
    assert "福建省委" not in names(ext, "Organization")


def test_the_place_an_office_is_stationed_in_is_not_the_article_s():
    ext = run("临澧县举行签约仪式。常德市政府驻上海办事处主任出席。市委常委张明远讲话。")
    assert "上海市委" not in names(ext, "Organization")


def test_members_listed_after_members_have():
    ext = run("临澧县成立招商引资工作专班，专班成员有县发改局局长王伟、县商务局局长刘洋。")
    assert {("王伟", "临澧县招商引资工作专班", "成员"), ("刘洋", "临澧县招商引资工作专班", "成员")} <= members(ext)
    assert {"临澧县发改局", "临澧县商务局"} <= names(ext, "Organization")


def test_a_clause_of_a_role_and_a_list_names_members():
    ext = run("临澧县成立招商引资工作专班，组长为王伟，成员包括刘洋、张明等同志。")
    assert {("王伟", "临澧县招商引资工作专班", "组长"), ("刘洋", "临澧县招商引资工作专班", "成员"),
            ("张明", "临澧县招商引资工作专班", "成员")} <= members(ext)


def test_a_person_as_a_role_of_a_task_force():
    ext = run("临澧县成立驻企服务专班。王伟同志作为驻企服务专班成员，深入企业一线。")
    assert ("王伟", "临澧县驻企服务专班", "成员") in members(ext)


def test_people_counted_before_a_task_force_make_it_up():
    ext = run("临澧县抽调王伟、刘洋等5名干部组成驻企服务专班。")
    assert {("王伟", "临澧县驻企服务专班", ""), ("刘洋", "临澧县驻企服务专班", "")} <= members(ext)


def test_the_leader_a_task_force_is_led_by():
    ext = run("临澧县驻深圳招商专班由副县长王伟带队，深入企业走访。")
    assert ("王伟", "临澧县驻深圳招商专班", "") in members(ext)


def test_the_leader_of_a_standing_group_by_a_list_is_no_member():
    ext = run("临澧县成立招商引资领导小组，组长为王伟。")
    assert not members(ext)


def test_a_quoted_program_taken_as_an_occasion():
    ext = run("临时党支部将以“两学一做”学习教育为契机，组织党员学习。")
    assert "两学一做学习教育" in names(ext, "Program")


def test_the_second_of_two_programs_carried_out_by_one_verb():
    ext = run("全县深入实施高素质农民培育计划和万企兴万村行动。")
    assert {"高素质农民培育计划", "万企兴万村行动"} <= names(ext, "Program")


def test_a_themed_year_of_work_is_a_program():
    ext = run("全市启动营商环境优化提升年活动。")
    assert "营商环境优化提升年活动" in names(ext, "Program")


def test_a_county_written_only_inside_a_zone_s_name_is_the_county_of_its_committee():
    ext = run("11月12日，县委书记张明远带队到临澧县工业园区开展调研工作。")
    assert "临澧县委" in names(ext, "Organization")


def test_bare_bodies_in_a_clause_a_city_opens_are_the_city_s():
    ext = run("就在两个月前，临澧县整合工商局、质监局，成立市场监管局。")
    assert {"临澧县工商局", "临澧县质监局"} <= names(ext, "Organization")


def test_a_bare_body_after_a_place_that_is_not_the_subject_stays_unnamed():
    ext = run("记者来到临澧县，看到工商局门口排起长队。")
    assert not names(ext, "Organization")


def test_stations_of_a_town_are_bodies():
    ext = run("临澧县新安镇农技站、镇文化站和镇国土所负责人参加。该站工作人员深入田间。")
    assert {"新安镇农技站", "新安镇文化站", "新安镇国土所"} <= names(ext, "Organization")


def test_the_members_of_a_party_name_no_body():
    assert not names(run("这充分体现了中国共产党人的担当。"), "Organization")
    assert "中国共产党" in names(run("中国共产党领导人民取得胜利。"), "Organization")
