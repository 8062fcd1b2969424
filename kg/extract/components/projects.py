"""Projects that name no one project (batches, kinds, contest events) dropped once the
article is read: see `projects.unnamed`."""
from __future__ import annotations

from ..driver import component
from ..projects import drop_unnamed_projects


@component("unnamed_projects_dropped", scope="article", reads=("graph.Project", "places"),
           writes=("graph.Project",))
def unnamed_projects_dropped(state) -> None:
    places = {state.text[m.start:m.end] for m in state.ctx.mentions} | state.ctx.mention_names()
    drop_unnamed_projects(state.reg, places, state.text)
