"""Extraction rules on real excerpts of the seed articles, one pattern per test."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import GOLD, SHARED, holds, names, run


def entity(ext, label: str, name: str):
    found = [e for e in ext.entities if e.label == label and e.name == name]
    assert found, f"no {label} {name}: {sorted(names(ext, label))}"
    return found[0]


def members(ext) -> set[tuple[str, str, str]]:
    return {(r.source.name, r.target.name, r.props.get("role", "")) for r in ext.relations
            if r.type == "MEMBER_OF"}


def rels(ext, type_: str) -> set[tuple[str, str]]:
    return {(r.source.name, r.target.name) for r in ext.relations if r.type == type_}


def test_title_before_name_former_post():
    ext = run("了解到企业诉求，时任顺德区招商局副局长的海玉宝第一时间协调消防部门预审，"
              "联系人防办反馈联合验收申报事项……1个多月后，园区顺利投产。")
    assert names(ext, "Person") == {"海玉宝"}
    assert holds(ext) == {("海玉宝", "副局长", "顺德区招商局", "former")}
    post = entity(ext, "Post", "顺德区招商局副局长")
    assert post.props["title"] == "副局长"


def test_post_after_name_and_continuation():
    ext = run("陈妙根是丽水市全域旅游发展中心主任，此前担任丽水机场工程建设指挥部负责人。"
              "从丽水机场论证审批、落地建设开始，他就扎根在建设项目一线，一干就是14年。")
    assert holds(ext) == {("陈妙根", "主任", "丽水市全域旅游发展中心", "current"),
                          ("陈妙根", "负责人", "丽水机场工程建设指挥部", "former")}
    assert ("陈妙根", "丽水机场工程建设指挥部", "负责人") in members(ext)
    assert "丽水机场工程建设指挥部" in names(ext, "TaskForce")


def test_list_of_posts_before_name():
    ext = run("人物：省人大代表，长沙市委副书记、湖南湘江新区（长沙高新区）党工委书记、岳麓区委书记谭勇")
    got = {(p, t, o) for p, t, o, _ in holds(ext) if p == "谭勇"}
    assert ("谭勇", "副书记", "长沙市委") in got
    assert ("谭勇", "书记", "岳麓区委") in got
    assert len([x for x in got if x[1] == "书记"]) == 2  # 党工委书记 and 区委书记


def test_list_with_relative_leading_group():
    ext = run("9月7日，在广元市重点产业专班月调度会上，广元市委书记、市重点产业发展领导小组组长"
              "何树平指出，运行一年来，各产业专班坚持产业为先。")
    assert holds(ext) == {("何树平", "书记", "广元市委", "current"),
                          ("何树平", "组长", "广元市重点产业发展领导小组", "current")}
    group = entity(ext, "Organization", "广元市重点产业发展领导小组")
    assert group.props["kind"] == "leading group"
    assert not members(ext)  # a standing 领导小组 is no task force


def test_compound_and_rare_surnames():
    ext = run("“相比珠三角地区，粤北新兴产业起步晚，容易出现‘人才荒’。”"
              "韶关数据产业投资发展有限公司董事长欧阳晓冬坦言。")
    assert holds(ext) == {("欧阳晓冬", "董事长", "韶关数据产业投资发展有限公司", "current")}
    assert "韶关数据产业投资发展有限公司" in names(ext, "Company")
    ext = run("在温州市平阳县万全镇党委书记盖军的办公桌上，放着一沓问题清单。"
              "“每一个问题都必须答复，能解决的就尽力解决。”这是盖军对自己的基本要求。")
    assert names(ext, "Person") == {"盖军"}
    assert holds(ext) == {("盖军", "书记", "万全镇党委", "current")}


def test_relative_names_resolved_from_context():
    ext = run("“比设备更亟待‘更新’的是观念。”佛山市委组织部组织三科科长谢明赛介绍，市委组织部联合"
              "市工商联、市委党校启动“新时代民营企业家培育工程”；组织参观世界500强企业。")
    orgs = names(ext, "Organization")
    assert {"佛山市委组织部", "佛山市工商联", "佛山市委党校"} <= orgs
    assert not orgs & {"市委组织部", "市工商联", "市委党校"}
    assert ("谢明赛", "科长", "佛山市委组织部组织三科", "current") in holds(ext)
    assert "新时代民营企业家培育工程" in names(ext, "Program")
    assert ("佛山市委组织部", "新时代民营企业家培育工程") in rels(ext, "IMPLEMENTS")


def test_village_party_committee_resolved():
    ext = run("佛山市禅城区南庄镇紫南村，以前靠出租土地跨入“亿元村”。"
              "“有人气，土地才有价值。”村党委书记潘柱升把目光投向文旅产业。")
    assert holds(ext) == {("潘柱升", "书记", "紫南村党委", "current")}
    assert "村党委" not in names(ext, "Organization")
    ext = run("前些年，北塘村党委书记、村委会主任苏德生带领村两委干部广泛调研。")
    assert holds(ext) == {("苏德生", "书记", "北塘村党委", "current"),
                          ("苏德生", "主任", "北塘村村委会", "current")}


def test_town_head_holds_post_of_the_town():
    ext = run("入企走访中，顺德区杏坛镇镇长胡永峰得知悍高集团融资困难，第一时间组织党员干部指导企业申请改造补贴。")
    assert holds(ext) == {("胡永峰", "镇长", "杏坛镇", "current")}
    of = [r for r in ext.relations if r.type == "OF"]
    assert of[0].target.label == "Place"
    assert "悍高集团" in names(ext, "Company")


def test_program_short_form_is_an_alias():
    ext = run("2022年，广东实施“百县千镇万村高质量发展工程”，加快把县镇村发展的短板变成高质量发展潜力板。"
              "“脚踏实地干，激活发展潜力板。”广东省“百千万工程”指挥部有关负责同志表示，将持续激励党员干部下沉一线。")
    program = entity(ext, "Program", "百县千镇万村高质量发展工程")
    assert "百千万工程" in program.aliases
    assert "百千万工程" not in names(ext, "Program")
    assert "广东省百千万工程指挥部" in names(ext, "TaskForce")
    assert ("广东省", "百县千镇万村高质量发展工程") in rels(ext, "IMPLEMENTS")


def test_task_force_membership():
    ext = run("“算力的基础是电力。”韶关市发展和改革局副局长、市集群建设专班成员李剑虹说，"
              "算力中心规划建设时，只有一个220千伏樱花变电站。")
    assert members(ext) == {("李剑虹", "韶关市集群建设专班", "成员")}
    assert holds(ext) == {("李剑虹", "副局长", "韶关市发展和改革局", "current")}  # 成员 is no post


def test_task_force_established_then_referred_to():
    ext = run("大亚湾经开区党工委相关负责人和各部门干部昼夜奋战，拿出一份方案。"
              "而在项目一线，经开区成立工作专班，提供全周期、全方位服务。"
              "“提升专业本领，把事做到点子上。”经开区石化能源产业局副局长周亮，是专班骨干，也是石化专业的行家里手。")
    tf = "大亚湾经开区工作专班"
    assert tf in names(ext, "TaskForce")
    assert ("大亚湾经开区", tf) in rels(ext, "ESTABLISHED")
    assert members(ext) == {("周亮", tf, "骨干")}
    assert ("周亮", "副局长", "大亚湾经开区石化能源产业局", "current") in holds(ext)


def test_project_list_gives_projects_and_companies():
    ext = run("铝产业专班成立以来，成功签约厦门晋东12万吨热轧板等项目28个，总投资额167亿元；"
              "绿色家居产业专班帮助中发新材料、广宏玻璃等企业协调融资7400万元。")
    project = entity(ext, "Project", "厦门晋东12万吨热轧板项目")
    assert "厦门晋东12万吨热轧板" in project.aliases
    assert {"厦门晋东", "中发新材料", "广宏玻璃"} <= names(ext, "Company")
    assert "厦门市" not in names(ext, "Place")  # named only inside a project


def test_words_that_look_like_names_are_not_people():
    ext = run("访问之际，习近平主席和普京总统分别发表署名文章。广大医务人员作出了特殊贡献，向大家表示衷心感谢。")
    people = names(ext, "Person")
    assert "和普京" not in people and "向大家" not in people


def test_every_relation_keeps_its_sentence():
    text = ("韶关市发展和改革局副局长、市集群建设专班成员李剑虹说，算力中心规划建设时，只有一个变电站。"
            "陈妙根是丽水市全域旅游发展中心主任。")
    ext = run(text)
    assert ext.relations
    for rel in ext.relations:
        assert rel.sentence and rel.sentence in text


def test_pathological_inputs_complete():
    seed = (SHARED / "corpus" / "seeds" / "001_4fc0f497677555c4.txt").read_text(encoding="utf-8")
    chars = "".join(c for c in seed if "\u4e00" <= c <= "\u9fff")
    line = (chars * 5)[:10_000]
    ext = run(line)
    assert len(ext.entities) < 1000
    assert run("，。、！？“”…；：" * 1200).entities == []
    assert run("书记" * 5000).relations == []


def test_seed_graph_scores_above_thresholds(seed_graph_json):
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(seed_graph_json),
                          "--gold", str(GOLD), "--json"], capture_output=True, text=True, check=True)
    scores = json.loads(out.stdout)["scores"]
    f1 = {k: v["f1"] for k, v in scores.items()}
    assert f1["ALL_ENTITIES"] >= 0.85
    assert f1["Person"] >= 0.93
    assert f1["Place"] >= 0.85
    assert f1["HOLDS(person,title)"] >= 0.85
    assert scores["HOLDS(person,title,org)"]["recall"] >= 0.70
    assert f1["PART_OF"] >= 0.80
    assert scores["MEMBER_OF"]["recall"] >= 0.6


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_empty_text(text):
    assert run(text).entities == []


def test_second_post_of_a_list_takes_the_neighbours_body():
    ext = run("北京市委书记蔡奇主持会议。市委副书记、市长陈吉宁出席。"
              "工业和信息化部党组书记、部长苗圩说，株洲市天元区委书记彭卫国，原株洲市发改委主任刘洪波参加了活动。")
    got = holds(ext)
    assert ("陈吉宁", "副书记", "北京市委", "current") in got
    assert ("陈吉宁", "市长", "北京市", "current") in got  # the place, not the party committee
    assert ("苗圩", "部长", "工业和信息化部", "current") in got
    assert ("刘洪波", "主任", "株洲市发改委", "former") in got
    assert "原株洲市发改委" not in names(ext, "Organization")


def test_company_located_in_the_place_before_it():
    ext = run("资金，是转型升级硬门槛。总部位于顺德区的悍高集团深耕五金制造。")
    assert ("悍高集团", "顺德区") in rels(ext, "LOCATED_IN")


def test_role_nouns_and_speech_verbs_give_people_without_posts():
    ext = run("“党委政府给了我们信心。”在义乌国际商贸城，伞具经营户张吉英笑着说。"
              "国务院新闻办今天发表白皮书，全面介绍中国推动妇女发展的成就。信中说到，要建立友谊。")
    assert names(ext, "Person") == {"张吉英"}
    assert not holds(ext)


def test_same_short_name_in_two_passages_gives_two_bodies():
    ext = run("佛山市委组织部组织三科科长谢明赛介绍，市委组织部联合市工商联启动培训。\n"
              "韶关数据产业投资发展有限公司董事长欧阳晓冬坦言。一次入企走访，韶关市委人才办得知数投公司急需专业人才。"
              "市发改局、工信局、韶关高新区管委会干部为项目用地打造“硬”环境；市委组织部干部推动产才融合。")
    orgs = names(ext, "Organization")
    assert {"佛山市委组织部", "韶关市委组织部", "韶关市发改局", "韶关市工信局"} <= orgs
    assert "工信局" not in orgs
    company = entity(ext, "Company", "韶关数据产业投资发展有限公司")
    assert "数投公司" in company.aliases  # a short form folded into the full name


def test_head_of_government_without_body_takes_the_place_in_context():
    ext = run("江苏省灌南县委书记李振峰介绍，县长商振江带队考察。")
    assert ("商振江", "县长", "灌南县", "current") in holds(ext)
    assert ("李振峰", "书记", "灌南县委", "current") in holds(ext)


def test_held_out_articles_stay_within_reach_of_the_targets(seed_graph_json):
    """Seeds 003-004, annotated for the project (tests/fixtures/heldout_gold): the issue's
    targets less the 0.08 it allows on articles outside the shared gold."""
    from kg.evaluate import evaluate
    scores = evaluate(seed_graph_json, Path(__file__).parent / "fixtures" / "heldout_gold").scores
    f1 = {k: v["f1"] for k, v in scores.items()}
    assert f1["ALL_ENTITIES"] >= 0.85 - 0.08
    assert f1["Person"] >= 0.93 - 0.08
    assert f1["Place"] >= 0.85 - 0.08
    assert f1["HOLDS(person,title)"] >= 0.85 - 0.08
    assert scores["HOLDS(person,title,org)"]["recall"] >= 0.70 - 0.08
    assert f1["PART_OF"] >= 0.80 - 0.08


def test_posts_that_name_no_body_are_dropped_with_their_relations():
    from kg.extract import drop_bodiless_posts
    from kg.model import Entity, Extraction, Ref, Relation
    person, bare, deputy = Ref("Person", "王明"), Ref("Post", "主任"), Ref("Post", "党组副书记")
    named, body = Ref("Post", "国家发展改革委主任"), Ref("Organization", "国家发展改革委")
    out = drop_bodiless_posts(Extraction(
        entities=[Entity("Person", "王明"), Entity("Post", "主任", {"title": "主任"}),
                  Entity("Post", "党组副书记", {"title": "副书记"}),
                  Entity("Post", "国家发展改革委主任", {"title": "主任"})],
        relations=[Relation("HOLDS", person, bare), Relation("HOLDS", person, deputy),
                   Relation("HOLDS", person, named)]))
    assert {e.name for e in out.entities} == {"王明", "国家发展改革委主任"}  # its body is in its name
    assert [(r.type, r.target) for r in out.relations] == [("HOLDS", named)]
    kept = Extraction(entities=[Entity("Post", "主任", {"title": "主任"})],
                      relations=[Relation("OF", bare, body)])
    assert drop_bodiless_posts(kept).entities  # a post OF a body stays
