"""Foreign ministers and officials named right after their title (某国外长某某, 某国国防部
部长某某, 某国经济和财政部长某某, 某国国防大臣某某, 某国国务卿某某), and heads of state
whose country is written by one character (俄总统某某, 日首相某某).

The titles and what may stand between the country and the title are
posts/foreign_minister_titles: a ministry's own words (the post is the ministry's:
某国国防部 + 部长), an office's words (the post is the country's, titled 国防大臣), a
body's name (某国原子能组织 + 主席) or nothing (the country's post: 外长, 国务卿). A
ministry's or body's post is named with it (某国外交部副部长) and is OF the ministry where
`foreign_bodies` read it as an organisation of its own, else OF the country (no
Organization node that the folding of short forms could merge with China's 外交部). The country is a word jieba knows as one,
checked as `foreign_leaders` checks it, or a character of people/country_short_forms
standing alone before the title. The name is read by `foreign_leaders.read_foreign`
(transliterations only), so Chinese officials after the same titles are left to the
rules that read them."""
from __future__ import annotations

from ...model import Ref
from ...text.script import is_han
from ...text.vocabulary import chars, table, words
from ..driver import component
from ..history import stated_long_ago
from ..holders import add_person, hold
from ..lexicon import AND, NOT_NAMES, automaton
from ..orgs import Named
from ..posts import PostItem
from ..refuse_kinds import countries
from ..spans import Sentence
from ..tokens import freq, tag
from .foreign_leaders import (COMMON_FOREIGN, DOTS, FOREIGN_TITLES, NAME_TAGS, WIDE, read_foreign,
                              take_name)

MINISTER_TITLES = {title: what for title, (what,) in table("posts/foreign_minister_titles").items()}
OFFICE_MARKS = {word: status for word, (status,) in table("posts/foreign_office_marks").items()}
STATIONED = frozenset(chars("bodies/stationed_words"))
SHORT_FORMS = {ch: full for ch, (full,) in table("people/country_short_forms").items()}
TITLE_AC = automaton(tuple(MINISTER_TITLES) + FOREIGN_TITLES)
NUMERALS = frozenset(chars("common/numerals"))  # 二十三日|首相: a date, not 日 for Japan
OFFICE_WORDS = {role: tuple(w for cell in cells for w in cell.split())
                for role, cells in table("posts/foreign_office_words").items()}
DEPUTY = frozenset(OFFICE_WORDS["deputy"])  # 副部长 ends where 部长 does: the longer title is read
BODY_HEADS = tuple(words("posts/foreign_body_heads"))
BODY_KINDS = ("body", "body_or_none")
MINISTRY_END = OFFICE_WORDS["ministry_end"][0]
BODY_ENDS = tuple(OFFICE_WORDS["body_ends"])  # 总理府|部长: the office's words end with a body's head
# 中国驻某国大使, 副总理兼财政部长: no office's words
NOT_IN_STEM = frozenset(OFFICE_WORDS["not_in_office"])
STEM_JOINERS = AND  # 经济和财政部: a joiner inside a ministry's name
MAX_STEM, MAX_OFFICE = 8, 4
MAX_COUNTRY = 12
MAX_ODD = 1  # characters outside the transliterations such a name may hold (默克尔)
MIN_BEFORE, MAX_BEFORE = 3, 8  # a name before a bare title: 特朗普, not two characters
OPENING_TAGS = frozenset("pcvwu")
RARE_NAME = 10  # jieba's count below which a word it tags as a name may hold a glued preposition (向某某)
JOINING_TAGS = frozenset("pc")
PERSON_TAGS = frozenset(("nr", "nrt", "nrfg"))  # a name glued to a short form (德|拉吉和…): no office
GLUED_END_TAGS = frozenset("vdpcr")  # a last character read alone as a verb, adverb, particle or pronoun (任, 则)  # a preposition or conjunction glued before a name (同, 与, 和)  # 同|某某总统, 会见|某某总统: a function word or a verb before it


@component("foreign_ministers", scope="sentence",
           reads=("sentence.tokens", "places", "people", "sentence.names"),
           writes=("people", "graph.Post", "graph.HOLDS", "graph.OF"))
def foreign_ministers(state, sent: Sentence) -> None:
    longest: dict[int, str] = {}
    for end, title in TITLE_AC.iter(sent.text):
        p = sent.start + end + 1
        if len(title) > len(longest.get(p, "")):
            longest[p] = title
    for p, title in longest.items():
        ts = p - len(title)
        known = sent.titles_end.get(p, title)
        if known != title and known.endswith(title) and (known[:-len(title)] in DEPUTY or title in FOREIGN_TITLES):
            continue  # 副总理 ends here, not 总理
        what = MINISTER_TITLES.get(title)
        read = read_foreign(sent, p)  # first: most titles are followed by no foreign name
        found = _country_and_office(state, sent, ts, what) if read is not None else None
        if found is None:
            if what is None:
                _bare_head(state, sent, ts, p, read)
            continue
        country, office, status, at = found
        if what is None and country.surface not in SHORT_FORMS:
            continue  # a head of state after a country's full name: foreign_leaders reads it
        name = take_name(state, p, read)
        if not name:
            continue
        if what == "ministry":
            ministry = office if office.endswith(BODY_ENDS) else office + MINISTRY_END
            _hold_ministry(state, name, country, ministry, title, status, at, sent)
        elif what in BODY_KINDS and office:
            _hold_ministry(state, name, country, office, title, status, at, sent)
        else:
            hold(state, name, PostItem(office + title, country, status, at, False), sent)


def _bare_head(state, sent: Sentence, ts: int, p: int, name: str | None) -> None:
    """A head of state or government named with a bare title (总统某某, 某某总统, 某某
    总理): the transliterated name after it, else before it, is a person (no post: no
    country is written)."""
    text = state.text
    before = text[ts - 1] if ts > sent.start else ""
    if before and is_han(before) and not _token_starts(sent, ts):
        return  # 副|总统, 俄总统: a word goes on into the title
    if not _token_starts(sent, p) and p < sent.end:
        return  # 总统府, 总理衙门: the title goes on into a word
    at = p
    if name is None:
        at, name = _foreign_before(sent, ts)
    if name and name not in NOT_NAMES and not any(nm.startswith(name) and len(nm) > len(name)
                                                  for nm in state.people):
        add_person(state, name, at)


def _foreign_before(sent: Sentence, ts: int) -> tuple[int, str | None]:
    """A transliterated name ending right before the title at `ts` (某某|总统), opening its
    clause or after a function word: its tokens are words jieba does not know or tags as
    names, in characters of transliteration, no country."""
    text = sent.article
    b = ts
    while b > sent.start:
        tok = sent.token_ending(b)
        if tok is None or tok[0] < sent.start:
            break
        w = tok[2]
        if not (is_han(w) and (tag(w) is None or tag(w) in NAME_TAGS and freq(w) < COMMON_FOREIGN)
                and w not in countries()):
            break
        b = tok[0]
    first, glued = sent.token_at(b), False
    if first is not None and (tag(first[2]) is None or tag(first[2]) in NAME_TAGS and freq(first[2]) < RARE_NAME):
        k = b  # 愿同博索|纳罗|总统, 同托卡耶夫|总统: jieba glued a preposition (and a verb) to the name
        while k < first[1] and (tag(text[k]) or "x")[0] in OPENING_TAGS:
            k += 1
            if (tag(text[k - 1]) or "x")[0] in JOINING_TAGS:
                b, glued = k, True
    name = text[b:ts]
    if not MIN_BEFORE <= len(name) <= MAX_BEFORE or sum(c not in WIDE for c in name) > MAX_ODD \
            or b > sent.start and text[b - 1] in DOTS or _glued_end(sent, ts):
        return ts, None  # …·某某总统: a dotted name's last part; 某某任|副总理: a verb glued to the name
    prev = sent.token_at(b - 1) if b > sent.start and not glued else None
    if prev is not None and is_han(prev[2]) and (tag(prev[2]) or "x")[0] not in OPENING_TAGS:
        return ts, None  # 两国|总统, 中方|总理: no name before
    return b, name


def _glued_end(sent: Sentence, ts: int) -> bool:
    """The word before the title is one jieba made up whose last character, read alone, is
    a verb, an adverb or a pronoun (拉皮|德任|副总理): the name ends before it."""
    tok = sent.token_at(ts - 1)
    return tok is not None and tok[1] == ts and len(tok[2]) > 1 and tag(tok[2]) is None \
        and (tag(tok[2][-1]) or "x")[0] in GLUED_END_TAGS


def _hold_ministry(state, name: str, country: Named, ministry: str, title: str, status: str,
                   ts: int, sent: Sentence) -> None:
    """The post of a foreign ministry (某国外交部 + 副部长): OF the ministry where
    `foreign_bodies` registered it, else OF the country."""
    if name not in state.people:
        return  # refused as a person (a place)
    if status == "current" and stated_long_ago(state, sent, ts):
        status = "former"
    post = state.reg.add("Post", country.name + ministry + title, {"title": title}, pos=ts)
    state.reg.relate("HOLDS", Ref("Person", name), post, sent.text, status=status)
    body = ("Organization", country.name + ministry)
    state.reg.relate("OF", post, Ref(*body) if body in state.reg.entities else Ref("Place", country.name),
                     sent.text)


def _country_and_office(state, sent: Sentence, ts: int, what: str | None):
    """(the country as a place, the office's words between it and the title, the status,
    where the office starts) for a title at `ts`, or None when no country stands before."""
    text = state.text
    lo = max(sent.start, ts - MAX_STEM - 2) if what in ("ministry", "office", *BODY_KINDS) \
        else max(sent.start, ts - 2)
    for c in range(ts, lo - 1, -1):
        between = text[c:ts]
        status, office = "current", between
        for mark, st in OFFICE_MARKS.items():
            if office.startswith(mark) and sent.is_token(c, c + len(mark)):
                status, office = st, office[len(mark):]
            if office.endswith(mark) and what == "ministry" and sent.is_token(ts - len(mark), ts):
                status, office = st, office[:-len(mark)]
        if (office or what in ("ministry", "body")) and not _office_words(sent, office, ts - len(office), ts, what):
            continue
        if what in (None, "none") and office:
            continue
        country = _country_at(state, sent, c)
        if country is not None and country.start > sent.start and text[country.start - 1] in STATIONED:
            return None  # 某国驻某国部队参谋长: the country a force is stationed in is not its own
        if country is not None:
            at = ts - len(office) if office else ts
            return country, office, status, at
    return None


def _office_words(sent: Sentence, office: str, b: int, e: int, what: str | None) -> bool:
    """`office` (at [b, e)) reads as a ministry's or an office's own words (国防部,
    经济和财政, 外交): Chinese words jieba knows, starting a token."""
    if not office or not is_han(office) or office[0] in NOT_IN_STEM or office[-1] in NOT_IN_STEM \
            or any(c in NOT_IN_STEM and (c not in STEM_JOINERS or what != "ministry") for c in office):
        return False
    if what == "ministry" and len(office) < 2 or what == "office" and len(office) > MAX_OFFICE \
            or what in BODY_KINDS and not office.endswith(BODY_HEADS):
        return False
    q = b
    while q < e:
        tok = sent.token_at(q)
        if tok is None:
            return False
        if tok[1] <= e and (tag(tok[2]) is None if tok[0] >= b else tag(tok[2]) in PERSON_TAGS):
            return False  # a word jieba made up or a name (希泽和财政, 德|拉吉和欧盟委员会): not an office
        q = tok[1]
    return True


def _country_at(state, sent: Sentence, c: int) -> Named | None:
    """The country whose name ends at `c`: one of `countries`, starting a token, or a
    character of people/country_short_forms standing alone."""
    text = state.text
    if c - 1 < sent.start:
        return None
    short = text[c - 1]
    before = text[c - 2] if c - 2 >= sent.start else ""
    if short in SHORT_FORMS and not before.isdigit() and before not in NUMERALS \
            and (not before or not is_han(before) or _token_starts(sent, c - 1)) \
            and not _place_word_over(sent, c):  # (印|尼国防大臣: 印尼 is a word, not 印度)
        return Named(c - 1, c, short, "Place", "", "", name=SHORT_FORMS[short], generic=True)
    names = countries()
    for k in range(min(MAX_COUNTRY, c - sent.start), 1, -1):
        b = c - k
        word = text[b:c]
        if word in names and _token_starts(sent, b) and sent.ctx.covering(b) is None:
            return Named(b, c, word, "Place", "", "", name=word, generic=True)
    return None


def _place_word_over(sent: Sentence, c: int) -> bool:
    """A token jieba tags as a place starts at `c` - 1 and goes on past `c`: the
    character before `c` opens a longer place's name, it is no short form alone."""
    tok = sent.token_at(c - 1)
    return tok is not None and tok[0] == c - 1 and tok[1] > c and tag(tok[2]) == "ns"


def _token_starts(sent: Sentence, i: int) -> bool:
    tok = sent.token_at(i)
    return tok is not None and tok[0] == i
