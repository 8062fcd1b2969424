"""A national transfer work with its line or phase before 工程 (programs/diversion_works,
programs/works_parts) is one Project and no Program, its follow-up works (后续工程) too.
Sentences made up for the tests."""
from __future__ import annotations

from conftest import found


def test_follow_up_works_of_a_transfer_work_are_a_project():
    text = "国务院召开西气东输后续工程工作会议，要求适时推进西气东输后续工程建设。"
    assert "西气东输后续工程" in found(text, "Project")
    assert "西气东输后续工程" not in found(text, "Program")


def test_a_line_of_a_transfer_work_is_no_program():
    text = "会议要求加快推进西气东输东线工程建设，确保工程质量。"
    assert "西气东输东线工程" in found(text, "Project")
    assert "西气东输东线工程" not in found(text, "Program")
