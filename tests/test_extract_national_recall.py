"""Recall on national news (新闻联播 style): past posts of résumés and obituaries, lines of
central memberships by term, assistants of a head. Sentences are made up in the genre's
style; no name is from any gold annotation or the corpus."""
from __future__ import annotations

from conftest import holds, names, run


# ---------------------------------------------------------------- résumés and obituaries
def test_past_posts_after_a_word_of_past_posts_in_a_resume_are_former():
    ext = run("张建国，男，汉族，1962年5月生，河北沧州人，1984年8月参加工作，大学学历。"
              "历任河北省衡水市副市长、市委副书记，沧州市委书记；现任河北省副省长。")
    got = holds(ext)
    assert {("张建国", "副市长", "衡水市", "former"), ("张建国", "副书记", "衡水市委", "former"),
            ("张建国", "书记", "沧州市委", "former"), ("张建国", "副省长", "河北省", "current")} <= got


def test_the_comrade_after_a_resume_head_is_not_part_of_the_name():
    ext = run("刘卫东同志，男，汉族，1958年出生，山东莱阳人，曾任山东省烟台市委常委，威海市委书记。")
    assert names(ext, "Person") == {"刘卫东"}
    assert {("刘卫东", "常委", "烟台市委", "former"), ("刘卫东", "书记", "威海市委", "former")} <= holds(ext)


def test_an_obituary_sentence_opened_by_its_subject_gives_the_past_posts_up_to_deng_zhi():
    ext = run("湖南省政协原主席王德华同志，因病于3月2日在长沙逝世，享年88岁。"
              "王德华同志1949年参加工作，历任湖南省衡阳市委副书记、市长，省委副书记等职。")
    got = holds(ext)
    assert {("王德华", "副书记", "衡阳市委", "former"), ("王德华", "市长", "衡阳市", "former"),
            ("王德华", "副书记", "湖南省委", "former")} <= got


def test_a_word_of_past_posts_after_someone_else_in_the_sentence_is_not_read():
    ext = run("省长李明出席。王芳说，她历任多个岗位。")
    assert not {h for h in holds(ext) if h[0] == "王芳"}


def test_a_line_of_central_memberships_by_term_is_read_current_in_the_latest_term():
    ext = run("赵明，男，汉族，1955年3月生。\n第十六届中央候补委员，十七届、十八届中央委员。")
    got = holds(ext)
    assert ("赵明", "候补委员", "中共中央", "former") in got
    assert ("赵明", "委员", "中共中央", "current") in got


def test_an_assistant_of_a_head_is_of_the_heads_place():
    ext = run("赵明，男，汉族，1955年3月生。\n1992－1993年 甘肃省计委主任，省长助理")
    assert ("赵明", "省长助理", "甘肃省", "former") in holds(ext)
    assert not holds(run("钱红，男，汉族，1960年生。\n1993－1995年 某某中心职员，市长助理"))


# ---------------------------------------------------------------- people
def test_a_titled_list_of_two_names_closing_its_clause_holds_the_title():
    ext = run("国务院副总理张德明、李红兵，国务委员王勇出席。")
    got = holds(ext)
    assert {("张德明", "副总理", "国务院", "current"), ("李红兵", "副总理", "国务院", "current")} <= got
    assert "李红兵" in names(run("副省长张德明、李红兵，省委常委王勇出席。"), "Person")
    assert names(run("市长张德明、常务副市长李红兵出席。"), "Person") == {"张德明", "李红兵"}
    assert names(run("市长张德明、王家村的村民出席。"), "Person") == {"张德明"}


def test_a_list_of_names_opening_inside_a_longer_item_is_read():
    ext = run("省委、省政府决定授予张明、李强、王红梅等同志称号。")
    assert {"张明", "李强", "王红梅"} <= names(ext, "Person")


def test_a_name_the_segmenter_cut_apart_before_a_verb_of_saying_is_read_from_the_tagger():
    assert "韩中乾" in names(run("老庄稼把式韩中乾告诉记者，这些年他种地一直是围着市场转。"), "Person")
    assert not names(run("把式告诉记者，今年收成好。"), "Person")


def test_a_title_glued_to_the_surname_after_it_still_ends_there():
    ext = run("会议由国家发展改革委主任何立新主持。")
    assert ("何立新", "主任", "国家发展改革委", "current") in holds(ext)
    assert not names(run("他对任何困难都不怕，主任何时到？"), "Person")


# ---------------------------------------------------------------- bodies
def test_the_basin_commissions_of_the_water_ministry_are_national_bodies():
    ext = run("黄河水利委员会主任张三说，今年汛情平稳。")
    assert ("张三", "主任", "黄河水利委员会", "current") in holds(ext)


def test_a_towns_party_committee_written_with_de_is_the_towns():
    assert ("张大明", "书记", "古里镇党委", "current") in holds(run("张大明现在是古里镇的党委书记。"))
    assert ("张大明", "镇长", "古里镇", "current") in holds(run("张大明是古里镇的镇长。"))
    assert not holds(run("张大明是古里镇的县长。"))
    assert not holds(run("李强是杭州市的党委书记。"))  # a city's is its 市委, not read here


def test_a_body_read_back_from_a_title_starts_after_a_titled_name_and_he():
    ext = run("座谈会上，湖南省委书记杜大华和国家发展改革委主任何立新先后发言。")
    assert {("杜大华", "书记", "湖南省委", "current"), ("何立新", "主任", "国家发展改革委", "current")} <= holds(ext)


def test_a_long_list_of_leaders_keeps_its_names_before_a_long_item():
    ext = run("李大成、王小明、赵家国、中央有关部门负责人、刘东明、陈红出席。")
    assert {"李大成", "王小明", "赵家国"} <= names(ext, "Person")


def test_an_interview_caption_gives_the_name_its_posts():
    got = holds(run("湖北省武汉市江夏区童周岭村党总支书记 刘美兰：今年村里收入翻番。"))
    assert ("刘美兰", "书记", "童周岭村党总支", "current") in {(a, b, c.removeprefix("江夏区"), d) for a, b, c, d in got} \
        or any(h[0] == "刘美兰" and h[1] == "书记" and h[2].endswith("童周岭村党总支") for h in got)
    assert ("张玉明", "董事长", "中国石化集团公司", "current") in holds(run("中国石化集团公司董事长 张玉明：我们将加大投资。"))
    assert ("雪克来提·扎克尔", "主席", "新疆维吾尔自治区", "current") in holds(
        run("新疆维吾尔自治区主席 雪克来提·扎克尔：我们欢迎大家。"))


def test_a_caption_after_a_colon_or_a_space_is_no_caption_of_the_title():
    assert not holds(run("记者：省长 王刚：发言。"))
    assert not holds(run("来自省里的 副省长 马秋林：我们要抓好落实。"))


def test_a_word_glued_after_a_two_character_name_does_not_lengthen_it():
    assert "马明" in names(run("与总理马明共同出席相关活动。"), "Person")


def test_no_tagged_speaker_opens_with_a_conjunction():
    assert not names(run("访问期间，交流团一行向法方和德方介绍了中国民族宗教政策。"), "Person")


# ---------------------------------------------------------------- lecture teams, groups closing a list
def _forces(ext) -> set[str]:
    return {e.name for e in ext.entities if e.label == "TaskForce"}


def _members(ext) -> set[tuple[str, str]]:
    return {(r.source.name, r.target.name) for r in ext.relations if r.type == "MEMBER_OF"}


def test_a_lecture_team_is_a_task_force_and_its_members_are_read():
    ext = run("中央宣讲团成员、国家发展改革委副主任张立新来到昆明，宣讲全会精神。")
    assert "中央宣讲团" in _forces(ext)
    assert ("张立新", "中央宣讲团") in _members(ext)


def test_a_team_named_after_whom_it_is_made_of_keeps_that_word():
    ext = run("河北省组建了十九大基层党代表宣讲团、科技宣讲团。"
              "南山县红星村党支部书记李春梅是河北省十九大基层党代表宣讲团的一名成员。")
    assert "河北省十九大基层党代表宣讲团" in _forces(ext)
    assert _members(ext) == {("李春梅", "河北省十九大基层党代表宣讲团")}


def test_a_verb_of_meeting_by_chance_opens_no_team_name():
    ext = run("记者走进村里，正赶上青年宣讲团在当地宣讲。")
    assert not any(f.startswith("正") for f in _forces(ext))


def test_representative_as_a_verb_before_a_team_is_no_part_of_it():
    ext = run("他代表宣讲团发言。")
    assert not any("代表" in f for f in _forces(ext))


def test_a_law_enforcement_corps_of_a_city_is_an_organization():
    ext = run("南山市文化市场行政执法总队向一家公司送达了听证告知书。")
    assert "南山市文化市场行政执法总队" in names(ext, "Organization")


def test_a_name_before_an_unnamed_group_of_officials_accompanying_is_a_person():
    ext = run("李建华和中央有关部门负责同志陪同考察。")
    assert names(ext, "Person") == {"李建华"}
    ext = run("李建华、王志明和有关部门负责同志陪同考察。")
    assert names(ext, "Person") == {"李建华", "王志明"}


def test_an_unnamed_group_after_places_gives_no_person():
    assert not names(run("全省各市和有关部门负责同志参加会议。"), "Person")


def test_a_leader_set_in_a_frame_before_a_title_holds_it():
    ext = run("全省人民要更加紧密地团结在以王建国同志为总书记的党中央周围。")
    assert ("王建国", "总书记", "中共中央", "current") in holds(ext)


def test_a_frame_before_a_word_that_is_no_title_gives_no_post():
    ext = run("要紧密团结在以王建国同志为核心的党中央周围。")
    assert not holds(ext)


# ---------------------------------------------------------------- customs houses
def test_a_customs_house_named_by_its_place_is_an_organization():
    assert names(run("宁波海关近日联合杭州海关、上海海关，查获一批走私货物。"), "Organization") \
        == {"宁波海关", "杭州海关", "上海海关"}


def test_customs_as_a_service_a_kind_or_a_pass_is_no_organization():
    for text in ("全国海关今年查获走私案件一千起。", "企业可以凭借良好的海关信用通关。",
                 "会议由中国海关主办。", "游客在河北山海关参观。", "广州、南宁等地海关联合行动。"):
        assert not names(run(text), "Organization"), text


def test_a_body_whose_head_jieba_glued_to_the_verb_after_it_is_read():
    assert names(run("今年，潼关海关监管进出口货物三万批。"), "Organization") == {"潼关海关"}


def test_an_organ_of_the_state_named_by_its_branch_is_no_body():
    assert not names(run("涉案人员被带至公安机关依法审查，司法机关将依法处理。"), "Organization")
