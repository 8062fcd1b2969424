"""Words that end like a body's head or name but are none: who runs a school or a home
(民办, 公办: 一所民办养老院 is no office 民办), and an assembly line (总装线, 总装完成), which
is not the army's former equipment department written short. Sentences are made up; no name
is from any gold file."""
from __future__ import annotations

from conftest import names, run


def test_privately_or_publicly_run_is_no_office():
    got = names(run("当地已对5月6号青山县城南镇一民办养老院和一所公办幼儿园的安全问题启动问责。"),
                "Organization")
    assert not any(n.endswith(("民办", "公办")) for n in got)


def test_an_assembly_line_is_no_department():
    got = names(run("位于江南的飞机总装线昨天交付了总装完成的第100架飞机。"), "Organization")
    assert not any("总装" in n for n in got)


def test_the_department_written_whole_stays():
    assert "总装备部" in names(run("总装备部领导出席了试验活动。"), "Organization")
