"""Foreign ministers and officials named right after their title (某国外长某某, 某国国防部
部长某某, 某国经济和财政部长某某, 某国国防大臣某某, 某国国务卿某某), and heads of state
whose country is written by one character (俄总统某某, 日首相某某).

The titles and what may stand between the country and the title are
posts/foreign_minister_titles: a ministry's own words (the post is the ministry's:
某国国防部 + 部长), an office's words (the post is the country's, titled 国防大臣), a
body's name (某国原子能组织 + 主席) or nothing (the country's post: 外长, 国务卿). A
ministry's or body's post is named with it (某国外交部副部长) but is OF the country: the
ministry gets no Organization node. The country is a word jieba knows as one,
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
from ..lexicon import AND, automaton
from ..orgs import Named
from ..posts import PostItem
from ..refuse_kinds import countries
from ..spans import Sentence
from ..tokens import tag
from .foreign_leaders import FOREIGN_TITLES, TITLE_MARKS, _extends, _lengthen, read_foreign

MINISTER_TITLES = {title: what for title, (what,) in table("posts/foreign_minister_titles").items()}
OFFICE_MARKS = {word: status for word, (status,) in table("posts/foreign_office_marks").items()}
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


@component("foreign_ministers", scope="sentence",
           reads=("sentence.tokens", "places", "people", "sentence.names"),
           writes=("people", "graph.Post", "graph.HOLDS", "graph.OF"))
def foreign_ministers(state, sent: Sentence) -> None:
    text = state.text
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
        found = _country_and_office(state, sent, ts, what)
        if found is None:
            continue
        country, office, status, at = found
        if what is None and country.surface not in SHORT_FORMS:
            continue  # a head of state after a country's full name: foreign_leaders reads it
        read = read_foreign(sent, p)
        have = [nm for nm in state.people if text.startswith(nm, p)]
        name = max([nm for nm in have if _extends(nm, read or nm[:1])] + [read or ""], key=len)
        if not name:
            continue
        for short in have:
            if len(short) < len(name) and name.startswith(short):
                _lengthen(state, short, name)
        add_person(state, name, p)
        if what == "ministry":
            ministry = office if office.endswith(BODY_ENDS) else office + MINISTRY_END
            _hold_ministry(state, name, country, ministry, title, status, at, sent)
        elif what in BODY_KINDS and office:
            _hold_ministry(state, name, country, office, title, status, at, sent)
        else:
            hold(state, name, PostItem(office + title, country, status, at, False), sent)


def _hold_ministry(state, name: str, country: Named, ministry: str, title: str, status: str,
                   ts: int, sent: Sentence) -> None:
    """The post of a foreign ministry (某国外交部 + 副部长), of the country: the ministry is
    no Organization node of its own, which the folding of short forms would merge with
    China's ministry of the same name (外交部)."""
    if name not in state.people:
        return  # refused as a person (a place)
    if status == "current" and stated_long_ago(state, sent, ts):
        status = "former"
    post = state.reg.add("Post", country.name + ministry + title, {"title": title}, pos=ts)
    state.reg.relate("HOLDS", Ref("Person", name), post, sent.text, status=status)
    state.reg.relate("OF", post, Ref("Place", country.name), sent.text)


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
        if country is not None:
            at = ts - len(office) if office else ts
            return country, office, status, at
    return None


def _office_words(sent: Sentence, office: str, b: int, e: int, what: str | None) -> bool:
    """`office` (at [b, e)) reads as a ministry's or an office's own words (国防部,
    经济和财政, 外交): Chinese words jieba knows, starting a token."""
    if not office or not is_han(office) or office[0] in NOT_IN_STEM or office[-1] in NOT_IN_STEM \
            or any(c in NOT_IN_STEM and c not in STEM_JOINERS for c in office):
        return False
    if what == "ministry" and len(office) < 2 or what == "office" and len(office) > MAX_OFFICE \
            or what in BODY_KINDS and not office.endswith(BODY_HEADS):
        return False
    q = b
    while q < e:
        tok = sent.token_at(q)
        if tok is None:
            return False
        if tok[0] >= b and tok[1] <= e and tag(tok[2]) is None:
            return False  # a word jieba made up (希泽和财政): a name, not an office
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
            and (not before or not is_han(before) or _token_starts(sent, c - 1)):
        return Named(c - 1, c, short, "Place", "", "", name=SHORT_FORMS[short], generic=True)
    names = countries()
    for k in range(min(MAX_COUNTRY, c - sent.start), 1, -1):
        b = c - k
        word = text[b:c]
        if word in names and _token_starts(sent, b) and sent.ctx.covering(b) is None:
            return Named(b, c, word, "Place", "", "", name=word, generic=True)
    return None


def _token_starts(sent: Sentence, i: int) -> bool:
    tok = sent.token_at(i)
    return tok is not None and tok[0] == i
