"""National firms the news names bare, by their short name and without a legal form or
head (某某电网 调派人员, 中国某某 今天发布): the central state firms whose names open their
units' names (`orgs.STATE_FIRMS`, kg/data/vocab/bodies/state_firm_openers.txt) and the
firms of kg/data/vocab/bodies/bare_firms.txt. A name is taken where it is whole words
(jieba's tokens start and end with it), inside no body or place already read, and not
followed by a noun that would continue it (某某石化|行业, 某某电信|业务): a unit's name
(某某石化|九江分公司) is read by its head."""
from __future__ import annotations

from ...text.vocabulary import words
from ..driver import component
from ..lexicon import automaton
from ..orgs import STATE_FIRMS
from ..spans import Sentence
from ..tokens import tag

MIN_LEN = 3  # 中建, 国网, 国铁: two characters open longer words as often as they name a firm
FIRMS = tuple(sorted({w for w in STATE_FIRMS + words("bodies/bare_firms") if len(w) >= MIN_LEN}
                     - set(words("bodies/not_bare_firms"))))
FIRMS_AC = automaton(FIRMS)
# Tags of a next word that continues a name or a phrase (石化|行业, 移动|支付, 电信|诈骗).
CONTINUING_TAGS = frozenset({"n", "nz", "nt", "ns", "nr", "j", "eng", "ng"})
# Conjunctions after which a name may go on (中国某某和化工某某协会): the firm stands alone
# only when another firm or a body read follows them (中国某某和中国某某).
JOINERS = frozenset(words("bodies/firm_joiners"))


@component("bare_firms", scope="sentence",
           reads=("sentence.tokens", "places", "sentence.body_spans"),
           writes=("sentence.body_spans", "graph.Company"))
def bare_firms(state, sent: Sentence) -> None:
    hits = list(FIRMS_AC.iter(sent.text))
    if not hits:
        return
    starts = {s: i for i, (s, _, _) in enumerate(sent.tokens)}
    ends = {e: i for i, (_, e, _) in enumerate(sent.tokens)}
    for e, name in hits:
        end = sent.start + e + 1
        start = end - len(name)
        if start not in starts or end not in ends:
            continue  # inside a longer word
        if any(a < end and start < z for a, z in state.body_spans) or sent.ctx.covering(start) is not None:
            continue  # 某某石油大学, 某某集团有限公司: a name read whole
        nxt = ends[end] + 1
        if nxt < len(sent.tokens) and tag(sent.tokens[nxt][2]) in CONTINUING_TAGS:
            continue
        if nxt < len(sent.tokens) and sent.tokens[nxt][2] in JOINERS and not _named_after(state, sent, sent.tokens[nxt][1]):
            continue
        state.reg.add("Company", name, pos=start)
        state.body_spans.append((start, end))


def _named_after(state, sent: Sentence, pos: int) -> bool:
    """Whether a firm of FIRMS or a body already read starts at `pos`."""
    return sent.article.startswith(FIRMS, pos) or any(a == pos for a, _ in state.body_spans)
