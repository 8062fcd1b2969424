"""Names the rules leave unread right after a title or a role noun (全国政协主席汪洋,
藏族牧民索南才让家), read by the sequence model (`kg.sequence`, a character CRF). A cheap
pass flags the sentence: a title or role noun ends where a surname (or a name's first
part) starts and no person was read there. The model then tags that sentence once (the
tags are kept on the sentence), and a name span starting at the anchor is accepted at a
probability of at least 0.8 when it has a surname and two to four characters and passes
`persons.plausible`, is no place and no body's start; its posts are the ones written before
it. A name with no title before it is read the same way where a token that looks like a
person's name (`kg.sequence.flag.proper_words`: a dictionary name, a word jieba's HMM
made that opens with a surname) starts and no person, place or body the rules read
covers it. Once the model has tagged a sentence, a name it is sure of (prob ≥ 0.9) is
read without an anchor too, with the same checks (or a capitalised Latin name)."""
from __future__ import annotations

import re

from ...text.vocabulary import table
from ..driver import component
from ..holders import add_person, hold
from ..lexicon import POSSESSIVE, is_surname_at
from .listed_people import DOT_NAME
from .people import ROLE_AC
from ..persons import (DOTS, CJK, CONJUNCTIONS, GLUED_AFTER, NOT_NAME_ENDINGS, RISKY_SURNAMES,
                       name_goes_on, plausible)
from ..posts import posts_before
from ..spans import Sentence
from ...text.script import is_han
from ...sequence.flag import PERSON_TAGS, proper_words
from ..tokens import tag

ACCEPT = {key: value for key, (value,) in table("people/sequence_accept").items()}
NAME_LABEL, MIN_PROB = ACCEPT["label"], float(ACCEPT["min_prob"])
SURE = float(ACCEPT["sure"])  # a name the model is this sure of needs no anchor
LATIN_NAME = re.compile(r"[A-Z][a-z]{2,15}")  # Svensson, Alex (not GDP, CEO)


@component("people_sequence", scope="sentence",
           reads=("sentence.tokens", "places", "people", "sentence.body_spans"),
           writes=("people", "graph.Post", "graph.HOLDS", "graph.OF"))
def sequence_people(state, sent: Sentence) -> None:
    anchors = _unread_anchors(state, sent)
    if not anchors and not sent.base.tagged:
        return
    text = state.text
    for span in sent.base.sequence_spans():
        anchored = span.start in anchors
        if span.label != NAME_LABEL or span.prob < (MIN_PROB if anchored else SURE):
            continue
        name = text[span.start:span.end]
        if not (_name_shaped(state, name, span.start) or _dotted(state, name, span.start)
                or not anchored and LATIN_NAME.fullmatch(name)) \
                or not anchored and tag(name) not in (None, "nr", *PERSON_TAGS) \
                or any(name in nm or nm in name for nm in state.people) \
                or len(name) == 3 and name_goes_on(text, span.end, sent.end):
            continue  # (without an anchor, no word of the dictionary but a name: 关键词;
            # nor a transliterated name cut short: 副部长安德烈|娃今天)
        add_person(state, name, span.start)
        if anchored and anchors[span.start]:
            for item in posts_before(sent, span.start):
                hold(state, name, item, sent)


def _unread_anchors(state, sent: Sentence) -> dict[int, bool]:
    """Positions right after a title (True) or a role noun (False), or after 的 after a
    title, where a surname starts and no person already read starts; and (False) the
    starts of name-like tokens (`_unread_words`) no person, place or body covers."""
    text = state.text
    out: dict[int, bool] = {}
    ends = [(p, True) for p in sent.titles_end] + [
        (sent.start + end + 1, False) for end, _ in ROLE_AC.iter(sent.text)]  # role nouns' ends
    for p, titled in ends:
        q = p + 1 if titled and p < sent.end and text[p] == POSSESSIVE else p
        if q >= sent.end or not is_surname_at(text, q) or sent.titles_end.get(q + 1) \
                or any(text.startswith(nm, q) for nm in state.people):
            continue
        out.setdefault(q, titled and q == p)
    for s, e, w in _unread_words(sent):
        if s not in out and state.ctx.covering(s) is None \
                and not any(a < e and s < z for a, z in state.body_spans) \
                and not any(w in nm or nm in w for nm in state.people):
            out[s] = False
    return out


def _unread_words(sent: Sentence) -> list[tuple[int, int, str]]:
    """Tokens that look like a person's name and that the rules find a plausible one,
    and the first part of a name with a middle dot (迈伦·斯科尔斯)."""
    tokens = sent.tokens
    dotted = [tokens[i - 1] for i in range(1, len(tokens) - 1)
              if tokens[i][2] in DOTS and is_han(tokens[i - 1][2]) and is_han(tokens[i + 1][2])] \
        if _HAS_DOT.search(sent.text) else []
    return [t for t in proper_words(tokens) if plausible(t[2])] + dotted


_HAS_DOT = re.compile(f"[{DOTS}]")  # (a sentence without one has no dotted name to read)


def _name_shaped(state, name: str, at: int) -> bool:
    """A surname and one to three more characters that the rules find plausible after a
    title (not a conjunction or a risky surname first: 主席和普京; no glued character last:
    副委员长铁凝作的报告); no place, no body's first characters. (Names with a middle dot
    are read by `listed_people`.)"""
    sl = is_surname_at(name, 0)
    ok = bool(sl) and 2 <= len(name) <= 4 and len(name) - sl >= 1 and CJK.match(name) is not None \
        and name[0] not in RISKY_SURNAMES and name[0] not in CONJUNCTIONS \
        and not (len(name) == 3 and sl == 1 and name[-1] in GLUED_AFTER) \
        and (plausible(name, True) or _given_not_function(name[sl:]))
    return ok and state.ctx.covering(at) is None \
        and not any(a <= at < z for a, z in state.body_spans)


def _dotted(state, name: str, at: int) -> bool:
    """A whole name with a middle dot (迈伦·斯科尔斯), no place's or body's start."""
    return DOT_NAME.fullmatch(name) is not None and state.ctx.covering(at) is None \
        and not any(a <= at < z for a, z in state.body_spans)


FUNCTION_GIVEN_TAGS = frozenset({"t", "d", "p", "c", "u", "m", "q", "f", "r", "y", "v"})


def _given_not_function(given: str) -> bool:
    """The model is trusted over `plausible` where the given name is no time word,
    function word or verb (李明天, 张指出 stay refused) and ends no place's name."""
    return tag(given) not in FUNCTION_GIVEN_TAGS and given[-1] not in NOT_NAME_ENDINGS
