"""Company names refused once the article is read (`kg.extract.refuse_companies`): kinds
of firms, counted or named by a place alone, with the relations they take part in."""
from __future__ import annotations

from ..driver import component
from ..refuse_companies import refused_company


@component("refused_companies", scope="article", reads=("graph.Company",), writes=("graph.Company",))
def refused_companies(state) -> None:
    reg = state.reg
    reg.drop({key for key in reg.entities if key[0] == "Company" and refused_company(key[1], state.text)})
