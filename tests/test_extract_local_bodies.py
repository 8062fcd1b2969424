"""Bodies, companies and task-force members of local news pages: grassroots bodies,
companies by their registered names, joined bodies, members of task forces. Sentences
are written for these tests in the genre's style; no name is from a gold file."""
from __future__ import annotations

from kg.extract import extract
from kg.model import Article


def run(text: str):
    return extract(Article(text=text))


def names(ext, label: str) -> set[str]:
    return {e.name for e in ext.entities if e.label == label}


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
