"""A foreign country's ministries and state organs named with the country right before
them (俄罗斯外交部, 美国国务院, 伊朗外交部): organisations of their own, named as
written. The national lexicon refuses such a match as China's body (`central`); the
country is a token jieba knows as one (the same test as `foreign_leaders`)."""
from __future__ import annotations

from ...text.vocabulary import words
from ..bodies import register
from ..driver import component
from ..lexicon import automaton
from ..orgs import Named
from ..spans import Sentence
from ..tokens import freq, tag
from .foreign_leaders import COMMON, COUNTRY_TAGS, KNOWN_COUNTRY, STATE_ENDINGS

MINISTRIES = words("bodies/foreign_ministries")
MINISTRY_AC = automaton(MINISTRIES)
# 中国外交部 is China's own; 外国议会, 各国外交部 no one country's
NOT_COUNTRIES = frozenset(words("refuse/china_markers")) | frozenset(words("bodies/not_countries"))
BUILDINGS = tuple(words("bodies/building_words"))  # 某国议会大厦, 某国国防部对面: a building
MIN_COUNTRY = 2  # 美|国会, 俄|国防部: a one-character short form is read as the wrong split
FOREIGN = "foreign"
COUNTRY = "country"  # the level of a country among the places of the context


@component("foreign_bodies", scope="sentence", reads=("sentence.tokens", "places", "sentence.body_spans"),
           writes=("sentence.names", "sentence.body_spans", "graph.Organization"))
def foreign_bodies(state, sent: Sentence) -> None:
    spans = state.body_spans
    for end, form in MINISTRY_AC.iter(sent.text):
        e = sent.start + end + 1
        s = e - len(form)
        last = sent.token_at(e - 1)
        if last is None or last[1] != e or any(a < e and s < z for a, z in spans) \
                or state.text.startswith(BUILDINGS, e):
            continue
        b = _country_before(sent, s)
        if b is None:
            continue
        surface = state.text[b:e]
        n = Named(b, e, surface, "Organization", FOREIGN, form, name=surface)
        register(state, n, sent)
        state.named.append(n)
        spans.append((b, e))
    state.named.sort(key=lambda n: n.start)


def _country_before(sent: Sentence, s: int) -> int | None:
    """Where the foreign country's name written right before `s` starts, or None."""
    tok = sent.token_at(s - 1)
    if tok is None or tok[1] != s and sent.article[s:tok[1]] not in MINISTRIES or tok[0] < sent.start:
        return None  # (jieba writes some as one word with the ministry: 俄罗斯外交部)
    word = sent.article[tok[0]:s]
    core = next((word[:-len(x)] for x in STATE_ENDINGS if word.endswith(x) and len(word) > len(x)), word)
    m = sent.ctx.covering(tok[0])
    if len(core) < MIN_COUNTRY or core in NOT_COUNTRIES or m is not None and m.level != COUNTRY:
        return None  # China's own body, or a Chinese place (某省财政厅 is read by its head)
    if not (tag(core) in COUNTRY_TAGS and freq(core) >= KNOWN_COUNTRY or tag(core) == "nr" and freq(core) >= COMMON):
        return None
    return tok[0]
