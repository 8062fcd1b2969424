"""People and posts left from the last round (issue 12): executive deputies of a department
and heads of police units as titles (常务副部长, 支队长), posts written with 原 between a place
and the rest of the body (某村原党支部书记, 某省原政协主席, 某县原县委书记), occupations on a
résumé's lines (某中学教师). Sentences are made up in the genre's style; no name is from any
gold annotation or the corpus."""
from __future__ import annotations

from conftest import holds, run


def test_an_executive_deputy_of_a_department_holds_it():
    got = holds(run("湖南省委宣传部常务副部长李红军出席。"))
    assert ("李红军", "常务副部长", "湖南省委宣传部", "current") in got
    got = holds(run("全国政协常务副秘书长王立新主持会议。"))
    assert ("王立新", "常务副秘书长", "全国政协", "current") in got


def test_the_head_of_a_police_unit_holds_a_post_of_the_unit():
    got = holds(run("湘潭市公安局治安支队支队长王立强出席。"))
    assert ("王立强", "支队长", "湘潭市公安局治安支队", "current") in got
    got = holds(run("湘潭市公安局治安支队原支队长王立强被查。"))
    assert ("王立强", "支队长", "湘潭市公安局治安支队", "former") in got


def test_former_between_a_place_and_a_party_branch_is_a_former_post_of_the_branch():
    got = holds(run("湖南省湘潭县红旗乡原党委书记王立强被查。"))
    assert {h for h in got if h[0] == "王立强" and h[1] == "书记" and h[2].endswith("红旗乡党委")
            and h[3] == "former"}
    got = holds(run("湖北省原政协主席王立强逝世。"))
    assert ("王立强", "主席", "湖北省政协", "former") in got
    got = holds(run("湖南省原质量技术监督局局长王立强被查。"))
    assert ("王立强", "局长", "湖南省质量技术监督局", "former") in got
    # a grade after 原 names no body: the body is the one before it
    got = holds(run("某某省投资促进办公室原正局级巡视员王立强被查。".replace("某某省", "湖南省")))
    assert ("王立强", "巡视员", "湖南省投资促进办公室", "former") in got


def test_a_level_word_after_former_repeating_the_place_is_not_written_twice():
    got = holds(run("湘潭县原县委书记王立强被开除党籍。"))
    assert ("王立强", "书记", "湘潭县委", "former") in got
    # a place whose name holds 原 is no former post
    got = holds(run("青海省平原县县长王立强出席。"))
    assert ("王立强", "县长", "平原县", "current") in got


def test_an_occupation_on_a_resume_line_is_a_post_of_the_body_before_it():
    ext = run("王立强同志简历\n王立强，男，汉族，1960年3月生，湖南湘潭人，1978年6月参加工作。\n"
              "1978－1980年 湖南省湘潭县第一中学教师\n1982－1985年 湘潭县委组织部干事\n")
    got = holds(ext)
    assert ("王立强", "教师", "湘潭县第一中学", "former") in got
    assert ("王立强", "干事", "湘潭县委组织部", "former") in got
    # a body no head word names is not read: no post without its body
    ext = run("王立强同志简历\n王立强，男，汉族，1960年3月生，湖南湘潭人。\n1978－1980年 湖南省湘潭地区食品厂工人\n")
    assert not {h for h in holds(ext) if h[1] == "工人"}
    # elsewhere an occupation before a name is a role noun, no post
    assert not {h for h in holds(run("湘潭县第一中学教师李明华说，很好。")) if h[1] == "教师"}


def test_a_national_body_named_bare_is_not_folded_into_a_longer_phrase():
    got = holds(run("会议听取了关于全国地方政协工作经验交流会筹备情况的汇报。"
                    "中共中央政治局常委、全国政协主席王立强主持会议。"))
    assert ("王立强", "主席", "全国政协", "current") in got


def test_a_bare_committee_of_the_congress_named_before_is_its_national_committee():
    got = holds(run("十三届全国人大常委会第二十次会议今天在京举行。会议听取了监察和司法委员会"
                    "主任委员王立强、财政经济委员会主任委员李明华作的报告。"))
    assert ("王立强", "主任委员", "全国人大监察和司法委员会", "current") in got
    assert ("李明华", "主任委员", "全国人大财政经济委员会", "current") in got
    got = holds(run("全国政协召开双周协商座谈会。外事委员会主任王立强发言。"))
    assert ("王立强", "主任", "全国政协外事委员会", "current") in got
    # no owner named: the committee stays unread
    assert not {h for h in holds(run("某市召开会议。外事委员会主任王立强发言。")) if h[2]}
