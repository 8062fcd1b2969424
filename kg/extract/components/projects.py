"""Projects that name no one project (batches, kinds, contest events) dropped once the
article is read: see `projects.unnamed`; a project of works named after its works once
refusals ran (`projects.name_after_works`)."""
from __future__ import annotations

from ..driver import component
from ..projects import drop_unnamed_projects, name_after_works


@component("unnamed_projects_dropped", scope="article", reads=("graph.Project", "places"),
           writes=("graph.Project",))
def unnamed_projects_dropped(state) -> None:
    places = {state.text[m.start:m.end] for m in state.ctx.mentions} | state.ctx.mention_names()
    drop_unnamed_projects(state.reg, places, state.text)


@component("projects_named_after_works", scope="article", reads=("graph.Project",),
           writes=("graph.Project",))
def projects_named_after_works(state) -> None:
    name_after_works(state.reg)
