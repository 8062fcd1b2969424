"""Companies named at the head of one of their units' names: 某某集团有限公司第某研究院,
某某集团党委, 某某有限公司某事业部 name the unit (an organisation) and the company it
belongs to, which is registered too when the sentence writes its name as it is."""
from __future__ import annotations

from ..driver import component
from ..orgs import generic_core
from ..spans import Sentence
from ...text.vocabulary import words

# Longest first: 某某集团有限公司 before 某某集团.
HEADS = tuple(sorted(words("bodies/parent_company_heads"), key=len, reverse=True))
MIN_CORE = 2  # characters of the company's name before its head
MIN_UNIT = 2  # characters of the unit's name after the company's


def parent_company(name: str) -> str | None:
    """The company's name `name` opens with, when more follows it (a unit), else None:
    the first head of HEADS written after at least MIN_CORE characters whose core is no
    generic phrase (国有企业集团党委 names no one company)."""
    for head in HEADS:
        k = name.find(head, MIN_CORE)
        if k < 0:
            continue
        end = k + len(head)
        if len(name) - end < MIN_UNIT or generic_core(name[:k]):
            return None
        return name[:end]
    return None


@component("parent_companies", scope="sentence", reads=("sentence.names",),
           writes=("graph.Company",))
def parent_companies(state, sent: Sentence) -> None:
    for n in state.named:
        if n.label != "Organization" or n.generic:
            continue
        company = parent_company(n.name)
        if company is None or company not in sent.text:
            continue  # (市属某某集团有限公司党委 → 某市属…: a name the sentence does not write)
        state.reg.add("Company", company, pos=n.start)
