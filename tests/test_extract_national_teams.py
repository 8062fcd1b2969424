"""National news (set U's kinds of miss): a national body's party group named bare, an
investigation team, a name opening with a code word (5G), a measure word read as a
surname. Short sentences made up for the tests."""
from __future__ import annotations

from kg.extract import driver
from kg.extract.components import PIPELINE
from kg.extract.state import ArticleState


def names(text: str, label: str) -> set[str]:
    state = ArticleState(text, "2019-06-01")
    driver.run(PIPELINE, state)
    return {e.name for e in state.extraction.entities if e.label == label}


def test_a_national_bodys_party_group_takes_no_city_of_the_article(monkeypatch):
    from kg.extract import central, orgs
    real = central.canonical  # a made-up national body whose name opens with 市
    made_up = lambda f: "国家市容总局" if f == "市容总局" else real(f)  # noqa: E731
    monkeypatch.setattr(orgs, "central_form", made_up)
    monkeypatch.setattr(central, "canonical", made_up)
    text = ("5月2日，工作组赶赴湖北，开展武汉某某公司违法生产案件调查。"
            "5月3日，工作组组长、市容总局党组书记王小明主持召开会议。")
    found = names(text, "Organization")
    assert "市容总局党组" in found
    assert not any(n.startswith("武汉") for n in found)


def test_an_investigation_team_is_a_task_force_with_its_leader():
    text = "事故发生后，国务院调查组组长王小明主持召开调查组全体会议。"
    assert "国务院调查组" in names(text, "TaskForce")


def test_a_code_word_of_digits_and_letters_opens_the_name():
    found = names("湖北省今年成立了5G创新中心，企业纷纷入驻。", "Organization")
    assert "5G创新中心" in found
    assert "G创新中心" not in found


def test_a_measure_word_before_a_noun_is_no_surname():
    assert "种果树" not in names("他一次次上山鼓励村民种果树。", "Person")
