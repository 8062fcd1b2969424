"""Extraction on national news about provinces, projects and officials (新闻联播 style):
works named by their head, routes named by their ends' initials, posts written after a
word of time or of secondment. Sentences are written in the genre's style; no name is
from any gold annotation."""
from __future__ import annotations

from conftest import holds, names, run


# ---------------------------------------------------------------- projects
def test_a_region_word_cut_apart_still_opens_a_works_name():
    ext = run("在贵州，黔中引水工程最长隧洞顺利贯通，进入后续施工阶段。")
    assert "黔中引水工程" in names(ext, "Project")


def test_a_route_named_by_the_initials_of_its_two_ends_is_a_project():
    ext = run("今天，广西百色至河池高速铁路开始全面铺轨。百河高铁计划明年全线建成通车。")
    assert "百河高铁" in names(ext, "Project")
    assert not names(run("南北高铁纵横交错。"), "Project")  # no two places named


def test_phases_water_works_terminals_and_expressways_are_projects():
    ext = run("在湖南，湘南水资源配置工程日前全线贯通。在安徽，引淮济巢二期工程施工抓紧进行。"
              "长沙黄花国际机场T4航站楼屋盖钢结构顺利完成提升。依托横贯东西的湘黔高速，沿线加快发展。")
    projects = names(ext, "Project")
    assert {"湘南水资源配置工程", "引淮济巢二期工程", "长沙黄花国际机场T4航站楼", "湘黔高速"} <= projects
    assert not names(ext, "Company")  # a public work is named after no firm


def test_expressway_speed_and_counted_projects_are_no_projects():
    ext = run("我国经济已由高速增长阶段转向高质量发展阶段，中国高速里程世界第一。"
              "水利部支持实施了1300多处灌区建设改造项目。")
    assert not names(ext, "Project")


# ---------------------------------------------------------------- posts
def test_posts_after_a_word_of_time_or_secondment_belong_to_the_name():
    ext = run("张宏伟生前是湖南省岳阳市委常委、副市长。援疆工作队的领队李红梅，现在挂职任吐鲁番市副市长。")
    got = holds(ext)
    assert {("张宏伟", "常委", "岳阳市委", "former"), ("张宏伟", "副市长", "岳阳市", "former"),
            ("李红梅", "副市长", "吐鲁番市", "current")} <= got


def test_a_party_title_joined_by_jian_is_of_the_same_bodys_party_committee():
    ext = run("湖南省水利厅厅长兼党组书记刘建国出席会议。")
    assert {("刘建国", "厅长", "湖南省水利厅", "current"),
            ("刘建国", "书记", "湖南省水利厅党组", "current")} <= holds(ext)


def test_a_steering_group_head_ends_a_chain_of_posts():
    ext = run("8日，中共中央政治局委员、国务院副总理、中央指导组组长王国强率队检查工作。")
    assert {("王国强", "委员", "中共中央政治局", "current"), ("王国强", "副总理", "国务院", "current"),
            ("王国强", "组长", "中央指导组", "current")} <= holds(ext)
    assert "中央指导组" in names(ext, "TaskForce")


def test_a_known_leader_written_as_one_word_before_the_honorific_holds_the_post():
    ext = run("他强调，要深入学习贯彻习近平总书记系列重要讲话精神。")
    assert ("习近平", "总书记", "中共中央", "current") in holds(ext)


def test_an_acting_governor_is_of_the_province_and_an_era_word_is_no_acting_mark():
    assert ("王建国", "代省长", "湖南省", "current") in holds(run("会议决定任命王建国为湖南省代省长。"))
    assert not any(t.startswith("代") for _, t, _, _ in holds(run("八十年代市长张建华来到这里。")))


def test_the_word_after_a_title_in_office_is_no_name():
    ext = run("张建华在湖南省委书记任上兢兢业业。")
    assert names(ext, "Person") == {"张建华"}


# ---------------------------------------------------------------- central bodies
def test_the_central_bank_and_the_national_observatory_are_organisations():
    ext = run("中国人民银行决定从今天起启用新的操作工具。中央气象台预计，今天夜间将出现暴雨。")
    assert {"中国人民银行", "中央气象台"} <= names(ext, "Organization")
    assert not names(ext, "Company")


def test_a_national_body_written_with_its_term_is_that_body():
    ext = run("会议由十一届全国政协主席王建国主持。十二届全国人大常委会副委员长李卫东出席。")
    assert {("王建国", "主席", "全国政协", "current"),
            ("李卫东", "副委员长", "全国人大常委会", "current")} <= holds(ext)


def test_every_name_of_a_list_after_a_title_holds_its_posts():
    ext = run("全国政协副主席王建国、李卫东、张红梅出席。湖南省委书记刘建华、省长赵立新陪同。")
    got = holds(ext)
    assert {(n, "副主席", "全国政协", "current") for n in ("王建国", "李卫东", "张红梅")} <= got
    assert ("赵立新", "书记", "湖南省委", "current") not in got  # a title of its own


def test_a_university_named_after_its_province_or_city_is_one_body():
    ext = run("全国人大代表、湖南大学副校长李小明说。各地大学纷纷响应，城市大学不多。")
    assert ("李小明", "副校长", "湖南大学", "current") in holds(ext)
    assert "城市大学" not in names(ext, "Organization")


def test_the_chief_executive_holds_a_post_of_the_special_region():
    ext = run("国务院总理王建国在澳门特别行政区行政长官李家明陪同下座谈。")
    assert ("李家明", "行政长官", "澳门特别行政区", "current") in holds(ext)


def test_the_first_name_of_a_list_read_late_holds_the_title_too():
    ext = run("全国政协委员朱立新、李卫红、王新宪等以及专家学者尹烨在座谈会上发言。")
    assert {(n, "委员", "全国政协", "current") for n in ("朱立新", "李卫红", "王新宪")} <= holds(ext)


def test_a_deputy_listed_before_a_villager_of_a_place_holds_the_seat():
    ext = run("全国人大代表、西藏自治区那曲市色尼区村民扎西顿珠说，村里变化很大。")
    assert ("扎西顿珠", "代表", "全国人大", "current") in holds(ext)
    assert not holds(run("果园、菜地里，村民张三忙着采摘。"))


def test_a_dotted_name_after_a_role_noun_may_hold_a_rare_word():
    ext = run("新疆和田地区墨玉县村民阿卜杜热合曼·吐尔逊告诉记者，收入翻了一番。")
    assert "阿卜杜热合曼·吐尔逊" in names(ext, "Person")


def test_a_group_a_province_convenes_or_sets_up_is_the_provinces():
    ext = run("春节过后，湖南召开扶贫开发领导小组会议，部署全年工作。湖南成立了生态环境保护委员会。")
    assert {"湖南省扶贫开发领导小组", "湖南省生态环境保护委员会"} <= names(ext, "Organization")
    assert not names(run("会议要求，各级领导小组要发挥作用。"), "Organization")


def test_an_international_association_named_by_its_scope_and_trade_is_one_body():
    ext = run("国际花卉生产者协会向参展方颁发大奖。国际组织纷纷表示支持，全球合作联盟成立。")
    assert names(ext, "Organization") == {"国际花卉生产者协会"}


def test_a_bracketed_note_after_a_title_neither_drops_it_nor_ends_the_list():
    got = holds(run("2003年，张建华任国务院副秘书长（负责办公厅工作，正部长级）、机关党组副书记。"
                    "1999年，李卫东任湖南省计委副主任、党组成员（其间：2001年进修班学习）。"))
    assert {("张建华", "副秘书长", "国务院"), ("李卫东", "成员", "湖南省计委党组")} <= {h[:3] for h in got}
    assert any(h[0] == "张建华" and h[1] == "副书记" for h in got)


def test_a_member_of_the_central_committee_written_with_its_term():
    got = holds(run("张建华是第十六届中央候补委员。李卫东是中央委员。"))
    assert {("张建华", "候补委员", "中共中央", "current"), ("李卫东", "委员", "中共中央", "current")} <= got


def test_a_bare_chairman_is_of_the_standing_committee_only_where_it_is_written():
    got = holds(run("十三届全国人大常委会第四次会议举行。王建国委员长主持会议。"))
    assert ("王建国", "委员长", "全国人大常委会", "current") in got
    assert not any(h[2] == "全国人大常委会" for h in holds(run("朝鲜方面表示，金正恩委员长将出席活动。")))


def test_a_university_named_after_a_region_is_one_body():
    assert "西南大学" in names(run("代表团来到西南大学开展宣讲。"), "Organization")


def test_a_bridge_named_after_its_city_keeps_the_city_when_others_share_the_rest():
    ext = run("1993年，九江长江大桥通车；2009年，武汉天兴洲长江大桥通车。一座座长江大桥相继建成。")
    projects = names(ext, "Project")
    assert {"九江长江大桥", "武汉天兴洲长江大桥"} <= projects and "长江大桥" not in projects


def test_speed_and_a_bare_phase_are_no_works_and_a_country_before_a_work_is_dropped():
    ext = run("海军舟山舰高速航行，完成演练。今年产量远超一期工程设计能力。"
              "印尼雅万高铁正式开通运营。雅万高铁全长142公里，雅万高铁是合作的旗舰项目。")
    assert names(ext, "Project") == {"雅万高铁"}


def test_elected_posts_and_the_chair_of_a_special_committee():
    got = holds(run("会议选举张建华为湖南省人大常委会主任。李卫东当选为湖南省政协主席。"
                    "全国人大环境与资源保护委员会主任委员王建国作了说明。"))
    assert {("张建华", "主任", "湖南省人大常委会", "current"), ("李卫东", "主席", "湖南省政协", "current"),
            ("王建国", "主任委员", "全国人大环境与资源保护委员会", "current")} <= got


def test_an_expressways_interchange_is_no_expressway():
    ext = run("推动多式联运中心、湘桂高速互通、铁路专用线等一批重大基础设施项目早日竣工。")
    assert "湘桂高速" not in names(ext, "Project")


def test_a_university_named_after_a_place_and_its_field_is_one_body():
    ext = run("湖南师范大学和中国科学技术大学联合研发。北京电影学院、中国农业科学院专家参加。"
              "北京各大学纷纷响应，各地高等学院加快建设。")
    orgs = names(ext, "Organization")
    assert {"湖南师范大学", "中国科学技术大学", "北京电影学院", "中国农业科学院"} <= orgs
    assert not any("各" in o for o in orgs)


def test_a_roads_extension_works_is_a_project():
    ext = run("连接新城和老城的滨河路西延工程已全面复工。")
    assert "滨河路西延工程" in names(ext, "Project")
    assert not names(run("这项供水管道的延伸工程已经完工。"), "Project")  # no work's name
