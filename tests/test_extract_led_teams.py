"""A person who leads a team (某某率工作组, 某某已率工作组) is no part of the team's name,
and a bare 工作专班 set up by a national body written in its own clause is that body's.
Names and sentences made up for the tests."""
from __future__ import annotations

from conftest import found


def test_a_leader_glued_to_lead_is_a_person_not_a_team():
    text = "国务院副总理李建清率工作组赶往桃源县指导工作。"
    assert "李建清" in found(text, "Person")
    assert not any("率" in n for n in found(text, "TaskForce"))


def test_a_leader_before_already_leading_is_a_person():
    text = "国务院副总理李明远已率工作组赶往桃源县指导工作。"
    assert "李明远" in found(text, "Person")
    assert not any("李明远" in n for n in found(text, "TaskForce"))


def test_a_bare_working_group_takes_the_body_of_its_clause():
    text = "目前，交通运输部已成立工作专班，统筹调度运力。"
    assert "交通运输部工作专班" in found(text, "TaskForce")


def test_a_bare_working_group_sent_by_a_body_takes_no_place_from_afar():
    text = "桃源县召开会议。目前，交通运输部派出工作专班，统筹调度运力。"
    assert not found(text, "TaskForce") & {"桃源县工作专班", "交通运输部工作专班"}


def test_a_leader_who_leads_in_person_is_a_person():
    text = "新西兰总理李明远年初亲率政府代表团赴桃源县签署合作协议。"
    assert "李明远" in found(text, "Person")


def test_a_body_read_from_inside_a_number_is_no_name():
    text = "新西兰总理李明远年初亲率70人政府代表团赴桃源县签署合作协议。"
    assert not any(n[:1].isdigit() for n in found(text, "Organization"))
    assert "李明远" in found(text, "Person")


def test_a_body_far_before_the_verb_is_no_owner_of_the_team():
    text = "会议要求，国务院桃源协调机制要建立工作专班，做好统筹协调。"
    assert "国务院工作专班" not in found(text, "TaskForce")


def test_a_body_that_leads_the_setting_up_owns_the_team():
    text = "会议指出，交通运输部要牵头成立工作专班，密切跟踪运力调度。"
    assert "交通运输部工作专班" in found(text, "TaskForce")
