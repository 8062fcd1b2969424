"""People read before the 家 of their household (村民某某家较为贫困, 某村的某某家新买了…,
最后一单是某某家的): a surname and one or two given characters, bounded on the left by a
delimiter, 的, a role noun or a verb of going to (`people/household_anchors`), and 家 not
opening another word (某某家具厂: `people/household_not_words`)."""
from __future__ import annotations

from ..driver import component
from ..holders import add_person
from ..lexicon import DELIMS, POSSESSIVE, ROLE_NOUNS, is_surname_at
from ..orgs import clause_bounds
from ..persons import CJK, NOT_FIRST, RISKY_SURNAMES, glued, plausible
from ..spans import Sentence
from ..tokens import freq, in_dict
from ...text.vocabulary import chars, words

HOUSEHOLD = words("people/household")[0]
ANCHORS = words("people/household_anchors")
NOT_HOUSEHOLD = words("people/household_not_words")
NOT_NAME_ENDS = chars("people/household_not_name_ends")  # 职工之家, 某某是家里
# A word of the dictionary ending with 家 this common (国家, 专家, 一家, 老家) is no name's end.
MAX_WORD_FREQ = 300


@component("people_before_households", scope="sentence",
           reads=("sentence.tokens", "places", "people", "sentence.body_spans"), writes=("people",))
def before_households(state, sent: Sentence) -> None:
    text = state.text
    k = sent.text.find(HOUSEHOLD)
    while k > 0:
        e = sent.start + k
        k = sent.text.find(HOUSEHOLD, k + 1)
        if text.startswith(NOT_HOUSEHOLD, e) or freq(text[e - 1:e + 1]) >= MAX_WORD_FREQ:
            continue
        tok = sent.token_at(e)
        if tok is not None and (tok[0] < e - 1 or tok[1] > e + 1) and in_dict(tok[2]):
            continue  # 白手起家, 石家庄, 温家宝: 家 inside a longer word
        name = _name_before(state, sent, e)
        if name:
            add_person(state, name, e - len(name))


def _name_before(state, sent: Sentence, e: int) -> str | None:
    """The name ending at `e`, its start bounded (see the module's docstring)."""
    text = state.text
    lo, _ = clause_bounds(sent, e - 1)
    for length in (3, 2):
        b = e - length
        if b < lo:
            continue
        cand = text[b:e]
        sl = is_surname_at(text, b)
        if not CJK.match(cand) or not sl or length - sl not in (1, 2):
            continue
        if not (b == lo or text[b - 1] in DELIMS or text[b - 1] == POSSESSIVE
                or text.endswith(ANCHORS, lo, b) or text.endswith(ROLE_NOUNS, lo, b)):
            continue
        if cand[-1] in NOT_NAME_ENDS or cand[0] in RISKY_SURNAMES or cand[0] in NOT_FIRST or not plausible(cand) \
                or glued(text, b, e):
            continue
        if state.ctx.covering(b) is not None or any(a < e and b < z for a, z in state.body_spans):
            continue
        return cand
    return None
