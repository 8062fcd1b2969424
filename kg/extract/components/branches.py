"""Projects named inside the party branch set up on their site: 某某项目临时党支部,
某某项目建设临时党支部 name the branch (an organisation) and the project it serves."""
from __future__ import annotations

from ...model import Ref
from ..driver import component
from ..programs import PROJECT_WORD
from ..spans import Sentence
from ...text.vocabulary import word_set

# What follows a project's head word in the name of its site's party branch.
BRANCH_TAILS = word_set("bodies/branch_tails")
MIN_PROJECT = 4  # characters of a project's name before its head word


@component("branch_projects", scope="sentence", reads=("sentence.names", "places"),
           writes=("graph.Project", "graph.LOCATED_IN"))
def branch_projects(state, sent: Sentence) -> None:
    for n in state.named:
        if n.label != "Organization" or n.generic:
            continue
        k = n.name.rfind(PROJECT_WORD)
        if k < MIN_PROJECT or n.name[k + len(PROJECT_WORD):] not in BRANCH_TAILS:
            continue
        name = n.name[:k + len(PROJECT_WORD)]
        ref = state.reg.add("Project", name, pos=n.start)
        if n.place is not None:
            state.reg.relate("LOCATED_IN", ref, Ref("Place", n.place.name), sent.text)
