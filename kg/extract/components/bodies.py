"""Bodies a sentence names (organisations, companies, task forces, projects): found by
their head word and resolved (`orgs`), registered (`bodies`); a generic name listed
right after a relative one shares its place (市发改委、工信局 → 某市工信局), and so does one
listed right after a government body written with its place (某省发改委、工信厅 → 某省工信厅:
`listed_place`). A unit named after its parent names the parent too (`nested`); a grassroots body a village
sets up or has is the village's (`village_bodies`). A work named after its place starts after
it, and a hospital's campus names the hospital (`placed_works`); a split name or a quarter's renewal
names one project (`project_cores`). Two national bodies under a joint nameplate (中央纪委国家监委) are two
bodies."""
from __future__ import annotations

from ..bodies import register
from ..company_kinds import after_kind_noun
from ..central import canonical, joint_nameplate, kind_of
from ...text.vocabulary import chars
from ..driver import component
from ..nested import parent_body, unspecific
from ..notice_names import after_notice_name
from ..school_parents import school_parent
from ..team_parents import team_parent
from ..village_bodies import village_owner
from ..orgs import STATE_KINDS, Named, find_named, resolve, strip_quotes
from ..placed_works import OWNED_WORK_HEADS, after_place, owner_body
from ..project_cores import named_core
from ..spans import Sentence
from .tagged_bodies import company_start, legal_start


@component("bodies", scope="sentence", reads=("sentence.tokens", "places", "name_spans"),
           writes=("sentence.names", "sentence.body_spans", "name_spans", "graph.Organization",
                   "graph.Company", "graph.TaskForce", "graph.Project", "graph.Program",
                   "graph.LOCATED_IN"))
def bodies(state, sent: Sentence) -> None:
    out = []
    prev: Named | None = None
    found = [after_place(named_core(after_notice_name(legal_start(resolve(after_kind_noun(company_start(n, sent), sent), sent), sent), sent)), sent)
             for n in find_named(sent)]
    state.name_spans.extend((n.start, n.end) for n in found if n.label == "Company"
                            or n.label == "Project" and n.head not in OWNED_WORK_HEADS)
    for n in found:
        if n.label == "Place":
            prev = None
            continue
        if n.label == "TaskForce" and canonical(strip_quotes(n.surface)) is not None:
            prev = None
            continue  # 国家防汛抗旱总指挥部: a standing national body, read by `central_bodies`
        k = joint_nameplate(n.surface) if n.label == "Organization" and n.place is None else None
        if k is not None:  # 中央纪委国家监委: two national bodies, each named on its own
            for a, z in ((n.start, n.start + k), (n.start + k, n.end)):
                form = state.text[a:z]
                part = Named(a, z, form, "Organization", kind_of(form), form, name=form)
                register(state, part, sent)
                out.append(part)
            prev = None
            continue
        if n.generic and prev is not None and prev.place is not None and n.label == prev.label \
                and (prev.relative and n.start - 1 == prev.end and state.text[n.start - 1] == "、"
                     or listed_place(state.text, prev, n)):
            n.name = prev.place.name + strip_quotes(n.surface)
            n.place, n.relative, n.generic = prev.place, True, False
            n.aliases.add(strip_quotes(n.surface))
        if n.label == "Project" and n.head in OWNED_WORK_HEADS:
            owner = owner_body(n, sent)
            if owner is None:
                prev = None
                continue  # 新老院区: no body's campus
            if not owner.generic:
                register(state, owner, sent)  # 某某医院|某地院区: the hospital is named too
            state.name_spans.append((owner.end, n.end))  # a place in the hospital's name is a place
        village_owner(state, sent, n)  # 某村成立了老人协会: the village's
        ref = register(state, n, sent)
        if ref is not None:
            n.name = ref.name
            parent = parent_body(n, state.text) or team_parent(n, state.text) or school_parent(n, sent)
            if parent is not None:  # 某市公安局指挥中心, 某市委督导组, 某某大学某学院: the parent is named too
                register(state, parent, sent)
        out.append(n)
        prev = n
    state.named = out
    state.body_spans = [(n.start, n.end) for n in out if n.label != "Place"]


LIST_MARKS = chars("bodies/list_marks")  # 某省发改委、工信厅; 某市财政局和税务局


def listed_place(text: str, prev: Named, n: Named) -> bool:
    """Whether the bare state body `n` is listed right after `prev`, a state body written
    with its place (某省发改委、工信厅): `n` is the same place's body. Only a body of a
    specific kind (not 有关部门) directly after one mark of a list."""
    if prev.relative or not (n.kind in STATE_KINDS and prev.kind in STATE_KINDS):
        return False
    if n.start - 1 != prev.end or text[n.start - 1] not in LIST_MARKS:
        return False
    if not strip_quotes(prev.surface).startswith(prev.place.name):
        return False  # the place written inside the first body's name
    return not unspecific(strip_quotes(n.surface)[:-len(n.head)])
