"""HOLDS on national news by kind (issue 12): ranks of command in the army, a body named
before a phrase of the post's duties, a national body whose last character is no head
word, bare titles of the same rank in a list of titled people, two titles joined by 兼
after a verb of holding, foreign military chiefs. Sentences are made up in the genre's
style; no name is from any gold annotation or the corpus."""
from __future__ import annotations

from conftest import holds, names, run


def test_ranks_of_command_are_titles_of_their_unit():
    got = holds(run("晋升上将军衔的军官是：北部战区司令员王建军、河北省军区原副司令员赵立国。"))
    assert ("王建军", "司令员", "北部战区", "current") in got
    assert ("赵立国", "副司令员", "河北省军区", "former") in got
    # a unit no rule reads as a body still names the post (the post keeps the unit's words)
    ext = run("红军第二十师师长钱卫东率部突围。")
    assert ("钱卫东", "师长", "", "current") in holds(ext)
    assert "红军第二十师师长" in names(ext, "Post")


def test_a_duty_phrase_between_the_body_and_the_title_is_passed_over():
    got = holds(run("中央宣讲团成员、中宣部分管日常工作的副部长周志明在某地作报告。"))
    assert ("周志明", "副部长", "中宣部", "current") in got


def test_a_national_body_ending_in_no_head_word_is_the_body_of_the_title_after_it():
    got = holds(run("香港中联办主任吴德明表示，欢迎各界参与。"))
    assert ("吴德明", "主任", "香港中联办", "current") in got


def test_a_bare_title_of_the_same_rank_in_a_list_takes_the_body_before_it():
    got = holds(run("湖南省委书记李明华、副书记王强军出席会议。"))
    assert ("王强军", "副书记", "湖南省委", "current") in got
    got = holds(run("湘潭市发改委主任张一鸣和副主任赵小刚出席。"))
    assert ("赵小刚", "副主任", "湘潭市发改委", "current") in got
    # another rank takes no body from the item before it
    assert not {h for h in holds(run("湘潭市发改委主任张一鸣、处长赵小刚出席。")) if h[0] == "赵小刚" and h[2]}


def test_two_titles_joined_after_a_verb_of_holding_are_of_one_body():
    got = holds(run("钱立新担任湘潭市发改委主任兼党组书记。"))
    assert ("钱立新", "主任", "湘潭市发改委", "current") in got
    assert ("钱立新", "书记", "湘潭市发改委党组", "current") in got


def test_a_body_after_a_joiner_starts_after_it():
    got = holds(run("秘书长特别代表兼某某团团长周文海为部队颁奖。"))
    assert all(not h[2].startswith("兼") for h in got)


def test_foreign_military_chiefs_hold_a_post_of_their_country():
    got = holds(run("某国武装部队总参谋长巴赫里表示，将加强合作。".replace("某国", "伊朗")))
    assert ("巴赫里", "总参谋长", "伊朗", "current") in got
    # a place word opening the country's name is no short form (印|尼 is not 印度)
    got = holds(run("印尼海军参谋长苏马诺说，演习顺利。"))
    assert not {h for h in got if h[2] == "印度"}
    assert names(run("俄国防部长伊万诺夫此前表示，很好。"), "Person") == {"伊万诺夫"}


def test_an_academic_title_is_a_post_of_the_school_written_before_it():
    got = holds(run("全国政协委员、湖南大学教授王立新说，学科建设很重要。"))
    assert ("王立新", "教授", "湖南大学", "current") in got
    assert ("王立新", "委员", "全国政协", "current") in got
    assert ("李红梅", "副教授", "中国人民大学", "current") in holds(run("中国人民大学副教授李红梅说，很好。"))
    assert not holds(run("教授王立新说，学科建设很重要。"))  # no school written: no post


def test_a_village_body_written_bare_is_the_village_named_just_before():
    got = holds(run("在湖北省通山县石门村，党支部书记王建明告诉记者，村里变了。"))
    assert ("王建明", "书记", "石门村党支部", "current") in got
    got = holds(run("记者来到湖北省通山县石门村。村委会主任王建明告诉记者，村里变了。"))
    assert ("王建明", "主任", "石门村村委会", "current") in got
    # a company named in between owns the bare body
    got = holds(run("记者来到通山县石门村的红星公司，党支部书记王建明说，很好。"))
    assert not {h for h in got if h[2].startswith("石门村")}


def test_joined_and_listed_titles_stay_with_their_own_names():
    got = holds(run("中央办公厅主任钱立明，全国人大常委会副委员长兼秘书长赵晨明，国务委员孙洁明，"
                    "全国政协副主席兼秘书长周庆明等陪同。"))
    assert ("赵晨明", "秘书长", "全国人大常委会", "current") in got
    assert not {h for h in got if h[0] in ("钱立明", "孙洁明") and h[2] in ("全国人大常委会", "全国政协")}
    # an executive deputy (常务副部长, posts/executive_titles) is read with its body, which a
    # deputy listed after it shares
    got = holds(run("中共中央统战部常务副部长张裔明、副部长冉万明介绍了情况。"))
    assert ("张裔明", "常务副部长", "中共中央统战部", "current") in got
    assert ("冉万明", "副部长", "中共中央统战部", "current") in got


def test_a_country_a_force_is_stationed_in_is_not_its_own():
    assert not holds(run("据某国驻叙利亚部队参谋长拉德诺夫介绍，很好。".replace("某国", "俄罗斯")))


def test_a_post_taken_in_a_later_clause_is_the_sentences_one_persons():
    got = holds(run("记者来到湖北省通山县石门村。2014年，王建明从广州回到家乡，当选村党支部书记。"))
    assert ("王建明", "书记", "石门村党支部", "current") in got
    # a quote after a verb of saying, or two people before the verb: no post
    assert not {h for h in holds(run("李华说，当选村党支部书记后压力很大。记者来到通山县石门村。")) if h[0] == "李华"}
    assert not {h for h in holds(run("王强会见了李华，担任湘潭市市长的张明出席。")) if h[0] in ("王强", "李华")}


def test_a_countrys_short_name_the_world_table_lacks_is_a_country():
    ext = run("印尼国防部长普拉多会见代表团。")
    assert ("Person", "普拉多") in {(e.label, e.name) for e in ext.entities}
    assert any(r.type == "HOLDS" and r.target.name == "印尼国防部部长" for r in ext.relations)
