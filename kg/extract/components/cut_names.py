"""A name cut one character short where jieba glued its last character to the next word
(见到某志|增时): when every time the short name is written the same character follows it,
and somewhere jieba reads the short name and that character as one word (某志增没有…),
the person is the longer name."""
from __future__ import annotations

from ...model import Ref
from ...text.script import is_han
from ..driver import component

SHORT = 2  # a surname and one character: the names this cut leaves


@component("people_cut_short", scope="article", reads=("graph.Person",), writes=("graph.Person",))
def people_cut_short(state) -> None:
    reg = state.reg
    for key in [k for k in reg.entities if k[0] == "Person" and len(k[1]) == SHORT]:
        longer = cut_short(state, key[1])
        if longer is None or ("Person", longer) in reg.entities:
            continue
        reg.add("Person", longer, pos=state.text.find(longer), count=0)
        reg.merge(key, ("Person", longer))
        reg.entities[("Person", longer)].aliases.discard(key[1])


def cut_short(state, name: str) -> str | None:
    """The longer name `name` was cut from: the character written after every mention
    of it, when jieba reads the two as one word at one mention at least."""
    text = state.text
    at = [m for m in _mentions(text, name)]
    nexts = {text[k + len(name):k + len(name) + 1] for k in at}
    if len(nexts) != 1:
        return None
    c = nexts.pop()
    if not c or not is_han(c):
        return None
    whole = any(s.start <= k and k + len(name) + 1 <= s.end and s.is_token(k, k + len(name) + 1)
                for k in at for s in state.sentences)
    return name + c if whole else None


def _mentions(text: str, name: str) -> list[int]:
    out, k = [], text.find(name)
    while k >= 0:
        out.append(k)
        k = text.find(name, k + 1)
    return out
