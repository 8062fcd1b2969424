"""A name cut one character short where jieba glued its last character to the next word
(见到某志|增时): when every time the short name is written the same character follows it,
jieba glued that character to the next word at one mention (某志|增时) and read the short
name and the character as one word at another (某志增没有…), the person is the longer
name. A character or word that follows names (说, 为, 作了) is no part of one."""
from __future__ import annotations

from ...text.script import is_han
from ..driver import component
from ..persons import AFTER_NAME, FOLLOWERS
from ..projects import positions
from ..tokens import FUNCTION_TAGS, tag

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
    at = positions(text, name)
    nexts = {text[k + len(name):k + len(name) + 1] for k in at}
    if len(nexts) != 1:
        return None
    c = nexts.pop()
    if not c or not is_han(c):
        return None
    whole = glued = False
    for k in at:
        e = k + len(name)
        sent = next((s for s in state.sentences if s.start <= k and e < s.end), None)
        if sent is None or text.startswith(AFTER_NAME, e):
            return None  # 某某作了说明: a verb after the name
        tok = sent.token_at(e)
        whole = whole or sent.is_token(k, e + 1)
        glued = glued or (tok is not None and tok[0] == e and tok[1] - e >= 2
                          and not _verb(text[e:tok[1]]))  # 某志|增时, not 某某|致辞
    return name + c if whole and glued and c not in FOLLOWERS else None


def _verb(word: str) -> bool:
    """A verb, an adverb or a function word of jieba's dictionary (致辞, 率团, 善用)."""
    t = tag(word) or ""
    return t in FUNCTION_TAGS or t.startswith(("v", "d"))
