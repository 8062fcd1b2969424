"""Named programs (quoted names with a program head: “百千万工程”; names written without
quotes: 一带一路, 某某学习教育, 实施人才强国战略) and who implements them; quoted parks being
built: see `programs.read_programs` and `unquoted.read_unquoted`."""
from __future__ import annotations

from ..driver import component
from ..programs import implements, read_programs
from ..spans import Sentence
from ..unquoted import read_unquoted


@component("programs", scope="sentence", reads=("sentence.tokens", "places", "graph.Organization"),
           writes=("graph.Program", "graph.Project", "graph.IMPLEMENTS"))
def programs(state, sent: Sentence) -> None:
    read_programs(sent, state.reg)
    for name, form, pos in read_unquoted(sent):
        name = _known_tail(state.reg, name)
        ref = state.reg.add("Program", name, aliases={form} if form != name else (), pos=pos)
        implements(sent, state.reg, ref, pos)


def _known_tail(reg, name: str) -> str:
    """A program of the article that ends `name` (青少年某某学习教育 when 某某学习教育 is
    named): who takes part is no part of the program's name."""
    tails = [n for lab, n in reg.entities if lab == "Program" and len(n) >= 4 and n != name and name.endswith(n)]
    return max(tails, key=len) if tails else name
