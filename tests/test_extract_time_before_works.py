"""A time from which something holds (今起, 某日起) glued before a route's head is no work's
name (今起|铁路部门); a route's name after it is read on its own. Sentences are made up; no
name is from any gold annotation."""
from __future__ import annotations

from conftest import names, run


def test_a_time_before_a_routes_head_is_no_project():
    assert not names(run("今起铁路部门优化电子客票退票流程。"), "Project")
    assert not names(run("今起高速公路恢复收费，货车通行费减半。"), "Project")


def test_a_routes_name_after_a_time_is_read():
    from kg.extract.projects import project_name
    assert project_name("日起青松铁路", set()) == "青松铁路"
    assert project_name("今起铁路", set()) is None
