"""A name with middle dots right before a deputy's title that ends its clause (还有某某·某某代表，
她是…; 某某·某某委员的提案): the style of congress-session features about Uyghur, Kazakh or
Tibetan deputies, where no verb of saying follows the title (`people.before_speech` reads
某某·某某代表说). The name's first part is read back from the first dot over the tokens
that are no common word (还有|某某·某某: 还有 stays out)."""
from __future__ import annotations

from ..driver import component
from ..holders import add_person
from ..lexicon import DELIMS, POSSESSIVE
from ..persons import DOTS
from ..spans import Sentence
from ..tokens import freq, tag
from ...text.script import is_han
from .listed_people import DOT_NAME, MAX_BEFORE_DOT
from .people import DEPUTY_WORDS

COMMON_WORD = 50  # jieba frequency from which a token before the first dot is a word, no name
MAX_AFTER_DOT = 8  # characters between the last dot and the title
MIN_FIRST_PART = 2  # characters of the name before its first dot
# Tags of a single character that opens no name: prepositions, conjunctions, particles,
# pronouns (a name's sounds are often tagged as verbs or nouns: 如, 克).
STOP_TAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "rr", "rz", "y", "e", "o"})


@component("people_dotted_deputies", scope="sentence",
           reads=("sentence.tokens", "places", "people", "sentence.body_spans"), writes=("people",))
def dotted_deputies(state, sent: Sentence) -> None:
    """Names with middle dots before 代表 or 委员 that a delimiter or 的 follows."""
    text = state.text
    if not any(c in sent.text for c in DOTS):
        return
    for word in DEPUTY_WORDS:
        k = text.find(word, sent.start, sent.end)
        while k >= 0:
            after = k + len(word)
            if after >= sent.end or text[after] in DELIMS or text[after] == POSSESSIVE:
                name = _dotted_name(sent, k)
                if name is not None and name not in state.people:
                    add_person(state, name, k - len(name))
            k = text.find(word, k + 1, sent.end)


def _dotted_name(sent: Sentence, e: int) -> str | None:
    """The name with middle dots ending at `e`, its first part read back over tokens that
    are no common word nor function word."""
    text = sent.article
    last_dot = max(text.rfind(c, max(sent.start, e - MAX_AFTER_DOT - 1), e) for c in DOTS)
    if last_dot < 0 or e - last_dot < 2:
        return None
    first_dot = last_dot
    while True:  # back over the parts between dots (某某·某·某某)
        j = first_dot - 1
        while j > sent.start and is_han(text[j]) and first_dot - j <= MAX_AFTER_DOT:
            j -= 1
        if j > sent.start and text[j] in DOTS and j < first_dot - 1:
            first_dot = j
            continue
        break
    s = first_dot
    while s > sent.start and is_han(text[s - 1]) and text[s - 1] != POSSESSIVE and first_dot - s < MAX_BEFORE_DOT:
        tok = sent.token_at(s - 1)
        if tok is None or tok[1] != s:
            return None  # a token runs across the first dot
        if len(tok[2]) > 1 and freq(tok[2]) >= COMMON_WORD or tag(tok[2]) in STOP_TAGS:
            break  # 还有|某某·某某: a common word or a particle ends the stretch before the name
        s = tok[0]
    if first_dot - s < MIN_FIRST_PART or first_dot - s > MAX_BEFORE_DOT:
        return None
    name = text[s:e]
    if not DOT_NAME.fullmatch(name) or sent.ctx.covering(s) is not None:
        return None
    k = last_dot + 1
    while k < e:  # 某某·某某同志家人代表: a common word in the last part, no name's end
        tok = sent.token_at(k)
        if tok is None or len(tok[2]) > 1 and freq(tok[2]) >= COMMON_WORD:
            return None
        k = tok[1]
    return name
