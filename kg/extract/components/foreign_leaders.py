"""Foreign heads named right after their title (俄罗斯总统某某, 世卫组织总干事某某): the
title is one of posts/foreign_titles written right after a country's name
or an international body's; the name is read token by token over transliteration (names
jieba tags, words it does not know written in characters of transliterations, single
such characters, middle dots), and holds the post of that country or body."""
from __future__ import annotations

import re

from ...model import Ref
from ...text.vocabulary import chars, table, words
from ..central import INTERNATIONAL, kind_of
from ..driver import component
from ..holders import add_person, hold
from ..lexicon import NOT_NAMES, automaton
from ..orgs import Named
from ..refuse_kinds import countries
from ..posts import PostItem
from ..spans import Sentence
from ..tokens import freq, tag

FOREIGN_TITLES = tuple(words("posts/foreign_titles"))
TITLE_AC = automaton(FOREIGN_TITLES)
WIDE = frozenset(chars("people/transliteration_wide"))
NAME_TAGS = frozenset(("nr", "nrt", "nrfg", "ns", "zg", "nz"))
NOUN_TAGS = frozenset(("n", "vn", "nz", "nt", "ns"))  # a noun after the name: 某某|问题特使
COUNTRY_TAGS = ("ns", "nrt")  # jieba tags some countries nrt (吉尔吉斯斯坦)
STATE_ENDINGS = tuple(words("people/state_endings"))
DOTS = "·•・‧-－—"
MIN_NAME, MAX_NAME = 2, 12
COMMON = 300  # jieba frequency from which a token tagged as a name is a country or a word
# A token jieba tags as a transliterated name, in characters of transliteration and no
# country, is a name's piece below this frequency (亨特, 威廉), though common.
FOREIGN_NAME_TAG, COMMON_FOREIGN = "nrt", 3000
RARE = 30  # …below which a token written in characters of transliteration is a name's piece
KNOWN_COUNTRY = 50  # …and from which a token tagged as a place is a known country (not 两国)
# Verbs jieba tags as nouns that may follow a name (某某|会见, 某某|表示): no noun going on.
VERBS_AFTER = frozenset(words("people/speech_verbs") + words("people/activity_verbs"))
NAME_CHAR_TAGS = ("nr", "nrt")  # a last character outside the transliterations that still ends a name (宾, 钦)
MAX_ODD = 1  # characters outside the transliterations that an unknown first word may hold (蓬佩奥), not last (某某说)
REGNAL = re.compile(f"[{chars('common/numerals')}]+(?:{'|'.join(words('people/regnal_marks'))})")
TITLE_MARKS = {word: status for word, (status,) in table("posts/foreign_title_marks").items()}


@component("foreign_leaders", scope="sentence",
           reads=("sentence.tokens", "places", "people", "sentence.names"),
           writes=("people", "graph.Post", "graph.HOLDS", "graph.OF"))
def foreign_leaders(state, sent: Sentence) -> None:
    for end, title in TITLE_AC.iter(sent.text):
        p = sent.start + end + 1
        ts = p - len(title)
        if sent.titles_end.get(p, title) != title:
            continue  # 副总理 ends here, not 总理
        mark = next((m for m in TITLE_MARKS if state.text.endswith(m, sent.start, ts)), "")
        org = _body_before(state, sent, ts - len(mark), title) if mark else _body_before(state, sent, ts, title)
        if org is None:
            continue
        name = take_name(state, p, read_foreign(sent, p))
        if not name:
            continue
        hold(state, name, PostItem(title, org, TITLE_MARKS.get(mark, "current"), ts, False), sent)


def _body_before(state, sent: Sentence, ts: int, title: str) -> Named | None:
    """The country (a token jieba knows as one, with its form of state) or the
    international body written right before the title at `ts`."""
    for n in state.named:
        if n.end == ts and n.label == "Organization" and kind_of(n.surface) == INTERNATIONAL:
            return n
    tok = sent.token_at(ts - 1)
    if tok is None or tok[1] not in (ts, ts + len(title)) or tok[0] < sent.start:
        return None  # (jieba writes some as one word with the title: 德国总理)
    b, word = tok[0], state.text[tok[0]:ts]
    if word in STATE_ENDINGS:
        prev = sent.token_ending(b)
        if prev is None or prev[0] < sent.start:
            return None
        b, word = prev[0], prev[2]
    word = next((word[:-len(e)] for e in STATE_ENDINGS if word.endswith(e) and len(word) > len(e)), word)
    if not (tag(word) in COUNTRY_TAGS and freq(word) >= KNOWN_COUNTRY or tag(word) == "nr" and freq(word) >= COMMON) \
            or sent.ctx.covering(b) is not None:  # (jieba tags a few countries nr: 乌克兰)
        return None  # not a country, or a Chinese place (its heads are titles of their own)
    surface = state.text[b:ts]
    return Named(b, ts, surface, "Place", "", "", name=surface, generic=True)


def take_name(state, p: int, read: str | None) -> str:
    """The person named at `p`: the longest of the names found there before that goes on
    from `read` (the transliteration read at `p`) and `read` itself, registered; names found
    there cut short of it move to it (`_lengthen`). Empty when none is there."""
    have = [nm for nm in state.people if state.text.startswith(nm, p)]
    name = max([nm for nm in have if _extends(nm, read or nm[:1])] + [read or ""], key=len)
    if name:
        for short in have:
            if len(short) < len(name) and name.startswith(short):
                _lengthen(state, short, name)
        add_person(state, name, p)
    return name


def _extends(name: str, read: str) -> bool:
    """`name` (read before) is `read` or goes on from it in characters of transliteration
    (not 某某互, 某某致: a verb glued to the name)."""
    return name.startswith(read) and (all(c in WIDE or c in DOTS for c in name[len(read):])
                                      or any(c in DOTS for c in name)) or read.startswith(name)


def _lengthen(state, short: str, long: str) -> None:
    """A name read cut short (杜特 for 杜特尔特): when the article writes it only as the
    start of the longer one, its relations move to the longer name and it is no person."""
    text, k = state.text, state.text.find(short)
    while k >= 0:
        if not text.startswith(long, k):
            return
        k = text.find(short, k + 1)
    state.people.pop(short, None)
    old, new = Ref("Person", short), Ref("Person", long)
    rels = {}
    for rel in state.reg.relations.values():
        if rel.source == old:
            rel.source = new
        rels.setdefault((rel.type, rel.source, rel.target), rel)
    state.reg.relations = rels


def _unknown_after(sent: Sentence, q: int) -> bool:
    """A word jieba made up, in characters of transliteration, goes on at `q` (威廉|姆森):
    the name tagged word before it is a name's first piece, not a word."""
    tok = sent.token_at(q)
    return tok is not None and tok[0] == q and len(tok[2]) >= 2 and tag(tok[2]) is None \
        and all(c in WIDE for c in tok[2])


def read_foreign(sent: Sentence, p: int) -> str | None:
    """A transliterated name starting at `p`, read over its tokens (None if none)."""
    out, q = "", p
    while q < sent.end:
        tok = sent.token_at(q)
        if tok is None or tok[0] != q:
            break
        w = tok[2]
        if w in DOTS:
            if not out:
                break
        elif len(w) == 1:
            if w not in WIDE:
                break
        elif tag(w) is None or freq(w) < RARE and all(c in WIDE for c in w):
            k = next((k for k, c in enumerate(w) if c not in WIDE), len(w))
            if tag(w) is None and len(w) >= 2 and sum(c not in WIDE for c in w) <= MAX_ODD \
                    and (not out and w[-1] in WIDE or k == len(w) - 1 and tag(w[-1]) in NAME_CHAR_TAGS):
                k = len(w)  # a word jieba made up, read as a whole: 蓬佩奥, 绍伊古, 科尔宾 (not 某某说)
            out += w[:k]
            if k < len(w):
                break  # 马克|龙互|致: the name ends inside a word jieba made up
            q = tok[1]
            continue
        elif not (tag(w) in NAME_TAGS and freq(w) < COMMON and any(c in WIDE for c in w)) \
                and not (tag(w) in NAME_TAGS and any(c in WIDE for c in w) and _unknown_after(sent, tok[1])) \
                and not (tag(w) == FOREIGN_NAME_TAG and freq(w) < COMMON_FOREIGN and all(c in WIDE for c in w)
                         and w not in countries() and w not in NOT_NAMES):
            break  # a word (表示, 当天), a country or a word jieba tags as a name (顾问, 宣誓就职)
        out += w
        q = tok[1]
    out = out.rstrip(DOTS)
    regnal = REGNAL.match(sent.article, p + len(out))
    if out and regnal:
        out += regnal.group()  # 某某三世
    tok = sent.token_at(p + len(out))
    if tok is not None and tok[0] == p + len(out) and tag(tok[2]) in NOUN_TAGS and tok[2] not in VERBS_AFTER:
        return None  # 秘书长|某某地区|问题特使: a noun goes on, no name
    return out if MIN_NAME <= len(out) <= MAX_NAME else None
