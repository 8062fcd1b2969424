"""Posts a person holds, read from the two shapes the genre uses: a list of posts before
the name (长沙市委副书记、岳麓区委书记谭勇; 时任…副局长的罗振华) and a post after it
(赵立群是…中心主任，此前担任…指挥部负责人)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..text.script import is_han
from ..text.vocabulary import alternation, chars, table, word_set, words
from .context import HEAD_LEVELS, LEVEL_CHARS, LEVEL_PREFIXES
from .lexicon import AND, DELIMS, FORMER_MARKERS, POSSESSIVE, is_surname_at, lexicon
from .orgs import (LABEL_ENDINGS, LEVEL_COMMITTEES, ORDINAL, Named, head_at, label_of, place_ends,
                   resolve, strip_quotes)
from .central import canonical
from .spans import Sentence, scan_start
from .head_titles import head_title
from .title_bodies import body_start_before, interlude_len, listed_body
from .tokens import tag
from .units import institution_unit

# Markers that continue a post list about the same person after a comma.
CONTINUE_MARKERS = words("posts/continue_markers")
PAST_CONTINUE = word_set("posts/former_verbs")  # those of them that make the post a former one
TITLE_JOINERS = words("posts/title_joiners")  # 董事长兼总裁: two titles of one body
JOINER_WORD_ENDS = frozenset(chars("posts/joiner_word_ends"))  # 兼顾, 兼职: 兼 opening a word
LISTED_RANKS = words("posts/listed_ranks")  # 某工程院院士: a rank closing a list of posts
GLUED_RANKS = word_set("posts/glued_ranks")  # 十八大代表某村党支部书记某某
# The leads of a group (组长, 副组长): a body ending with a numbered group (第三组) that no suffix
# names is a working group.
GROUP_LEADS = word_set("posts/group_leads")
_GROUP = table("posts/numbered_group")
NUMBERED_GROUP = re.compile(rf"{_GROUP['ordinal'][0]}[{chars('common/numerals')}\d]+{_GROUP['group'][0]}$")
CHAIN_OPENERS = words("posts/chain_openers")  # 对第某届中央委员，某省委原常委某某
AFTER_POST = words("posts/after_post")
FORMER_PREFIXES = chars("posts/former_prefixes")
NOT_FORMER_WORDS = words("posts/not_former_words")
ELDER_MARKS = chars("posts/elder_marks")  # 某村老书记: a former post, 老 no part of the body
NOTE_OPENS, NOTE_CLOSES = "（(", "）)"  # a bracketed note after a title (其间：…, 正部长级)


@dataclass
class PostItem:
    """One post of a person: the body as written (resolved) and the bare title."""
    title: str
    org: Named | None
    status: str
    title_start: int
    member: bool


def posts_before(sent: Sentence, p: int) -> list[PostItem]:
    """The posts listed right before a name starting at `p` (title last, then 、)."""
    text = sent.article
    items: list[tuple[int, int, str]] = []  # (org start, title start, title)
    q = p
    if q - 1 >= sent.start and text[q - 1] == POSSESSIVE:
        q -= 1
    q = _past_listed_rank(sent, q)
    while True:
        title = sent.title_before(q)
        if not title:
            break
        ts = q - len(title)
        b = _after_titled_name(sent, scan_start(sent, ts), ts)
        if b >= ts:
            b = body_start_before(sent, ts)  # 中宣部分管日常工作的副部长, 香港中联办主任
        b += next((len(j) for j in TITLE_JOINERS if text.startswith(j, b) and b + len(j) < ts), 0)
        items.append((b, ts, title))  # (…特别代表兼某团团长: the body starts after 兼)
        if b - 1 >= sent.start and (text[b - 1] == "、" or text[b - 1] in TITLE_JOINERS
                                    and (b == ts or text[b:ts] in PARTY_BODIES)):
            q = b - 1  # 董事长兼总裁, 院长兼党委书记: a second title of the same body
            continue
        k = listed_former(text, b, sent.start)
        if not k and b < ts:
            b = _former_body_start(text, b, sent.start)  # 、时任省脱贫攻坚督查组…: the body from 时任 on
            items[-1] = (b, ts, title)
            k = listed_former(text, b, sent.start)
        if k:
            q = b - k - 1  # 某办公室主任、时任某组副组长某某: the list goes on before 、时任
            continue
        if b < ts and _glued_rank(sent, b):
            q = b  # 十八大代表某村党支部书记某某: a deputy's post glued before the list
            continue
        break
    if not items:
        return []
    # 省人大代表，长沙市委副书记、…书记某某: a post list before a comma belongs to the name too,
    # when it fills its whole clause (人物：…, the sentence's start)
    while True:
        b, ts, _ = items[-1]
        if b >= ts or not (b - 1 > sent.start and text[b - 1] in "，,"):
            break  # (a bare title after the comma would take the list's body: 代表，市长某某)
        chain = _chain_before(sent, b - 1)
        if not chain:
            break
        items.extend(chain)
    items.reverse()
    first_b = items[0][0]
    status = "former" if former_before(text, first_b, sent.start) else "current"
    out = _build(sent, items, status)
    if len(out) == 1 and out[0].org is None:  # 省委书记某某、副书记某某
        out[0].org = listed_body(sent, items[0][1], out[0].title, posts_before)
    return out


def _glued_rank(sent: Sentence, b: int) -> bool:
    """A deputy's title (posts/glued_ranks) with a body of its own ends right at `b`, where
    the body of the next post starts with a place (某大代表|某省某村党支部书记): a post of the
    same person (not 某常委会代表|资格审查委员会, a body's name going on)."""
    title = sent.title_before(b)
    if title not in GLUED_RANKS:
        return False
    place = sent.ctx.covering(b)
    if place is None or place.start != b:
        return False
    ts = b - len(title)
    return scan_start(sent, ts) < ts


def _past_listed_rank(sent: Sentence, q: int) -> int:
    """Where the posts before a name end when a rank of posts/listed_ranks closes their
    list (全国政协委员、某工程院院士|某某): before the 、 that opens the rank's item; else `q`."""
    text = sent.article
    rank = next((r for r in LISTED_RANKS if text.endswith(r, sent.start, q)), None)
    if rank is None or sent.title_before(q):
        return q
    b = scan_start(sent, q - len(rank))
    if b - 1 > sent.start and text[b - 1] == "、" and b < q - len(rank) and sent.title_before(b - 1):
        return b - 1
    return q


def _after_titled_name(sent: Sentence, b: int, ts: int) -> int:
    """Where a body read back from a title starts when the scan went over a name written
    after another title and 和 (省委书记某某|和|国家发展改革委主任某某): after the 和."""
    if b <= sent.start or not sent.title_before(b):
        return b
    text = sent.article
    return next((k + 1 for k in (b + 2, b + 3) if k + 1 < ts and text[k] == AND
                 and is_surname_at(text, b)), b)


def _chain_before(sent: Sentence, q: int) -> list[tuple[int, int, str]]:
    """The posts (right to left) of a 、-list ending at `q` that fills its clause: it starts
    at the sentence's start or after a delimiter (：，；), with nothing else before it, or
    after a word making the person an object (对: `CHAIN_OPENERS`)."""
    text = sent.article
    items: list[tuple[int, int, str]] = []
    while True:
        title = sent.title_before(q)
        if not title:
            return []
        ts = q - len(title)
        b = scan_start(sent, ts)
        if b >= ts and not items:
            return []  # a bare title (代表，…): no body to read
        items.append((b, ts, title))
        if b - 1 >= sent.start and text[b - 1] == "、":
            q = b - 1
            continue
        break
    b = items[-1][0]
    if b == sent.start or text[b - 1] in "：:，,；;" or text.endswith(CHAIN_OPENERS, sent.start, b):
        return items
    return []


def posts_after(sent: Sentence, q: int, status: str = "current",
                joined: bool = False) -> tuple[list[PostItem], int]:
    """Posts written from `q` on (after 是/任/担任): ``org title(、org title)*``; returns
    them and the position after the last one. `joined` (a résumé's run of posts): 兼 also
    joins two posts of different bodies (某市委组织部部长兼市委工委书记)."""
    text = sent.article
    items = []
    pos = q
    while True:
        found = None
        end, last = pos, min(sent.end, pos + 32)
        while end < last:
            end += 1
            if text[end - 1] in "（(" and (close := _inner_note(text, end - 1, last)):
                end = close  # 某某(集团)有限公司董事长: a bracketed part of the body's name
                continue
            if text[end - 1] in "，。、；：,;:！？!?（）()“”":
                break
            title = sent.title_before(end)
            if title and end - len(title) >= pos and (_post_end(text, end, sent.end)
                                                     or _joined_title(sent, end)
                                                     or joined and _joined_post(text, end)):
                found = (end, title)
                break
        if not found:
            break
        end, title = found
        ts = end - len(title)
        items.append((max(pos, scan_start(sent, ts, lo=pos)), ts, title))
        pos = _after_note(text, end, sent.end)
        if pos < sent.end and text[pos] == "、":
            pos += 1
            continue
        j = _joined_title(sent, pos) or (joined and _joined_post(text, pos))
        if j:  # 某部总司令兼政治委员: a second title of the same body (or, joined, of another)
            pos += j
            continue
        break
    return _build(sent, items, status), pos


MAX_INNER_NOTE = 6  # characters inside a bracketed part of a body's name: (集团), （控股）


def _inner_note(text: str, k: int, hi: int) -> int:
    """Where a short bracketed part opening at `k` inside a body's name ends (after its
    closing bracket, a Han character following it: 某某(集团)有限公司), else 0."""
    close = min((c for c in (text.find(")", k, hi), text.find("）", k, hi)) if c >= 0), default=-1)
    if close < 0 or close - k - 1 > MAX_INNER_NOTE or close + 1 >= hi or not is_han(text[close + 1]) \
            or any(ch in "，。、；：,;:！？!?“”" for ch in text[k + 1:close]):
        return 0
    return close + 1


def _joined_title(sent: Sentence, pos: int) -> int:
    """Length of a title joiner written at `pos` when a title, or a party body's title,
    follows it right away and ends the post's phrase (…总司令兼政治委员, …局长兼党组书记),
    else 0."""
    text = sent.article
    j = next((j for j in TITLE_JOINERS if text.startswith(j, pos)), None)
    if j is None:
        return 0
    k = pos + len(j)
    for e in range(k + 2, min(sent.end, k + 8) + 1):
        title = sent.title_before(e)
        if title and text[k:e - len(title)] in PARTY_BODIES + ("",):  # 兼党组书记
            return len(j) if _post_end(text, e, sent.end) else 0  # (…副主席兼秘书长某某: another's)
    return 0


def _joined_post(text: str, pos: int) -> int:
    """Length of a title joiner written at `pos` when a further post's first character
    (a Han character, not a word such as 兼顾 or 兼职) follows it, else 0."""
    j = next((j for j in TITLE_JOINERS if text.startswith(j, pos)), None)
    if j is None or pos + len(j) >= len(text):
        return 0
    nxt = text[pos + len(j)]
    return len(j) if nxt not in JOINER_WORD_ENDS and is_han(nxt) else 0


def _after_note(text: str, end: int, hi: int) -> int:
    """Where a post's phrase goes on after a bracketed note written right after its title
    (副秘书长（负责…工作）、机关党组副书记; 市长（其间：…学习）): after the note when a
    list mark follows it, else at the title's end."""
    if end >= hi or text[end] not in NOTE_OPENS:
        return end
    close = min((k for k in (text.find(c, end, hi) for c in NOTE_CLOSES) if k >= 0), default=-1)
    return close + 1 if close >= 0 and close + 1 < hi and text[close + 1] == "、" else end


def _post_end(text: str, end: int, hi: int) -> bool:
    """A title read after a name must end its phrase: a delimiter, 的, or the sentence end."""
    if end >= hi:
        return True
    return text[end] in "，。、；：,;:！？!?）)”\n " + NOTE_OPENS or text[end] == POSSESSIVE \
        or text.startswith(AFTER_POST, end)


def continuation(sent: Sentence, pos: int) -> tuple[int, str] | None:
    """After a post read at `pos`: ``，此前担任`` etc. → (start of the next post, status)."""
    text = sent.article
    if pos < sent.end and text[pos] in "，,":
        for m in CONTINUE_MARKERS:
            if text.startswith(m, pos + 1):
                return pos + 1 + len(m), "former" if m in PAST_CONTINUE else "current"
    return None


def listed_former(text: str, b: int, lo: int) -> int:
    """The length of a former marker of two characters or more (时任, 曾任) written right
    before `b` after a 、 of a list of posts (某局局长、时任某组组长某某), else 0: the posts
    from there on are former ones, those before it are not."""
    for m in FORMER_MARKERS:
        if len(m) >= 2 and b - len(m) - 1 >= lo and text.endswith(m, 0, b) and text[b - len(m) - 1] == "、":
            return len(m)
    return 0


MAX_FORMER_BODY = 12  # characters between 、时任 and a body's start read short of it


def _former_body_start(text: str, b: int, lo: int) -> int:
    """Where a body read from `b` starts when a listed former marker (、时任) stands a few
    characters before it with no delimiter between (、时任省脱贫攻坚|督查组副组长): right after
    the marker; else `b`."""
    for k in range(b - 1, max(lo, b - MAX_FORMER_BODY) - 1, -1):
        if text[k] in DELIMS:
            return b
        if listed_former(text, k, lo):
            return k
    return b


def former_before(text: str, b: int, lo: int) -> bool:
    for m in FORMER_MARKERS:
        if b - len(m) >= lo and text.endswith(m, 0, b):
            if len(m) == 1 and b - 2 >= lo and text[b - 2] not in "，。、；：“ \n":
                continue
            return True
    return False


COMPANY_TITLES = words("posts/company_titles")
GOVERNMENT_HEADS = tuple(HEAD_LEVELS)  # 省长, 市长 …: the heads of a place's government


def _build(sent: Sentence, items: list[tuple[int, int, str]], status: str) -> list[PostItem]:
    """Resolve each item's body; an item without a body shares its left neighbour's (or,
    for 市长/县长…, its neighbour's place); a bare body (管委会) takes the neighbour's place."""
    text = sent.article
    out: list[PostItem] = []
    prev: Named | None = None
    for b, ts, title in items:
        if listed_former(text, b, sent.start):
            status = "former"  # 某局局长、时任某组组长: the list's posts from 时任 on
        if b < ts and text[b] in FORMER_PREFIXES and (ts - b > 2 or ts - b == 1):
            b += 1  # 原株洲市发改委主任, 原总工程师
            status = "former"
        cut = None
        if b < ts - 1 and (text[ts - 1] in FORMER_PREFIXES  # 墨玉县委原书记, 日产前董事长
                           or text[ts - 1] in ELDER_MARKS and len(title) > 1):  # 某村老书记
            ts, cut, status = ts - 1, ts, "former"
        inner = _inner_former(sent, b, ts)
        if inner is not None:  # 某省水利厅原党组书记: 原 between the body and its party group
            status = "former"
            org = body(sent, b, inner, title)
            rest = text[inner + 1:ts]
            if org is not None and rest in PARTY_BODIES:  # a company's 党委 is no company
                org.name += rest
                org.head, org.generic = rest, False
                org.label, org.kind = "Organization", "party"
            elif rest:  # 某省原政协主席, 某省原某某局局长: the body written after 原, of the place before
                org = former_body(sent, b, inner, ts, title) or org
        else:
            be = ts - interlude_len(text, b, ts)  # the body ends before a duty phrase
            org = _possessive_place(sent, b, ts, title) \
                or (body(sent, b, be + _shared_char(text, b, be) * (be == ts), title) if b < be else None)
        if cut:
            ts = cut
        if org is not None and org.former:
            status = "former"  # 某县原县委书记
        if org is None and prev is not None and title not in OWN_BODY_TITLES:
            org = prev
            if head_title(title) in GOVERNMENT_HEADS and prev.place is not None \
                    and prev.label != "Place":
                org = Named(prev.start, prev.end, prev.place.name, "Place", "", "",
                            name=prev.place.name, place=prev.place)
            elif title not in PARTY_TITLES and prev.name.endswith(PARTY_BODIES) and prev.label != "Place":
                org = _without_party(prev)  # 工信部党组书记、部长 → 部长 of 工信部
        elif org is not None and org.generic and org.label != "Place" and prev is not None:
            _inherit(org, prev)
        member = lexicon().titles.get(title) == "member"
        out.append(PostItem(title, org, status, ts, member))
        prev = org or prev
    return out


# Levels of places whose party committee is named 党委, 党工委, 党支部 after the place.
PARTY_BODY_LEVELS = word_set("posts/party_body_levels")
VILLAGE_TITLES = word_set("posts/village_titles")  # 某村的第一书记: the village's post


def _possessive_place(sent: Sentence, b: int, ts: int, title: str) -> Named | None:
    """A place, 的, then a bare party body or nothing before the title (某镇的党委书记, 某县的
    县长): the place's party body, or the place for the head of its government."""
    text = sent.article
    if b < 2 or text[b - 1] != POSSESSIVE or text[b:ts] not in PARTY_BODIES + ("",):
        return None
    place = sent.ctx.covering(b - 2)
    if place is None or place.end != b - 1 or place.start < sent.start:
        return None
    if not text[b:ts]:  # 某县的县长: the head of the place's own level only; 某村的第一书记
        if place.level not in HEAD_LEVELS.get(head_title(title), ()) \
                and not (title in VILLAGE_TITLES and place.level == "village"):
            return None
        return Named(place.start, place.end, place.name, "Place", "", "", name=place.name, place=place)
    if place.level not in PARTY_BODY_LEVELS:
        return None  # a city's or county's party committee is its 市委, 县委
    return Named(place.start, ts, text[place.start:ts], "Organization", "party", text[b:ts],
                 name=place.name + text[b:ts], place=place)


def _shared_char(text: str, b: int, ts: int) -> int:
    """1 when the title's first character also ends the body written before it (统战|部长
    for 统战部部长, 财政|局长, 派出|所长): the body is read with that character."""
    heads = _head_words()
    before = text[b:ts]
    if len(before) < 2 or before.endswith(heads) or before.endswith(PARTY_DEPARTMENTS):
        return 0
    joined = before + text[ts]
    return int(joined.endswith(PARTY_DEPARTMENTS) or joined[1:].endswith(heads))  # (a head shorter than joined)


@lru_cache(maxsize=1)
def _head_words() -> tuple[str, ...]:
    """The lexicon's organisation heads as one tuple (one endswith tests them all)."""
    return tuple(lexicon().suffixes)


PARTY_BODIES = words("posts/party_bodies")
# Titles whose body is fixed, not the one before them in a list: 中共中央政治局委员、国务委员.
OWN_BODY_TITLES = words("posts/own_body_titles")


def _inner_former(sent: Sentence, b: int, ts: int) -> int | None:
    """Position of a 原/前 inside [b, ts) that follows a complete body name (…厅原党组,
    …总队原总, a national body before its party group: 某部原党组): the body ends there
    and the post is a former one."""
    text = sent.article
    for k in range(b + 2, ts):
        if text[k] in FORMER_PREFIXES and (head_at(sent, k) or place_ends(sent, k)
                                           or canonical(text[b:k]) is not None
                                           and text.startswith(PARTY_BODIES, k + 1)) \
                and not text.startswith(NOT_FORMER_WORDS, k):
            return k
    return None


PARTY_TITLES = words("posts/party_titles")


def _without_party(prev: Named) -> Named:
    """The body a party group belongs to: 华北能源集团公司党组 → 华北能源集团公司."""
    suffix = next(p for p in PARTY_BODIES if prev.name.endswith(p))
    name = prev.name[:-len(suffix)]
    head = next((h for h in sorted(lexicon().suffixes, key=len, reverse=True) if name.endswith(h)), "")
    label, kind = label_of(head) if head else ("Organization", "")
    return Named(prev.start, prev.end - len(suffix), name, label, kind, head, name=name,
                 place=prev.place, relative=prev.relative, generic=len(name) < 2)


# Departments of a party committee, named after it: 某市委常委、组织部部长 → 某市委组织部.
PARTY_DEPARTMENTS = words("posts/party_departments")
_COMMITTEE = re.compile(rf"^(.+?(?:{alternation(words('posts/committee_heads'))}))"
                        rf"(?:{alternation(PARTY_DEPARTMENTS)})?$")


def _inherit(org: Named, prev: Named) -> None:
    """A bare or relative body in a list takes the place of its left neighbour:
    株洲高新区党工委副书记、管委会主任; 南岗村党委书记、村委会主任; a party department
    the neighbour's committee: 某市委常委、宣传部部长 → 某市委宣传部."""
    surface = strip_quotes(org.surface)
    if surface in PARTY_BODIES and prev.label in ("Organization", "Company") \
            and not prev.name.endswith(tuple(LEVEL_COMMITTEES) + PARTY_BODIES):
        org.name = prev.name + surface  # 某局副局长、党组书记 → 某局党组
        org.place, org.generic, org.relative = prev.place, False, True
        return
    committee = _COMMITTEE.match(prev.name) if prev.label == "Organization" else None
    if committee and surface.startswith(PARTY_DEPARTMENTS):  # …宣传部部长、统战部部长 too
        org.name = committee.group(1) + surface
        org.place, org.generic, org.relative = prev.place, False, True
        return
    unit = institution_unit(surface, prev.name) if prev.label == "Organization" else None
    if unit is not None:  # 某县人民检察院检察委员会委员、第一检察部副主任 → 某县人民检察院第一检察部
        org.name = unit
        org.place, org.generic, org.relative = prev.place, False, True
        return
    if prev.place is not None:
        whole = surface.startswith(tuple(LEVEL_COMMITTEES))
        pref = next((p for p in sorted(LEVEL_PREFIXES, key=len, reverse=True) if surface.startswith(p)), "")
        if pref and not whole and prev.place.level not in LEVEL_PREFIXES.get(pref, ()) \
                and not prev.place.name.endswith(pref):
            return  # 市委常委、区委书记: another level, not the neighbour's place
        rest = surface if whole else surface[len(pref):]
        org.name = prev.place.name + rest
        org.place, org.generic, org.relative = prev.place, False, True
        return
    level = surface[0]
    k = prev.name.find(level, 1) if level in LEVEL_CHARS else -1
    if prev.place is None and k < 0:
        return
    if k > 0:  # the neighbour's name carries the place: 南岗村党委 → 南岗村
        whole = surface.startswith(tuple(LEVEL_COMMITTEES))
        org.name = prev.name[:k + 1] + (surface if whole else surface[1:])
        org.generic, org.relative = False, True


def body(sent: Sentence, b: int, e: int, title: str = "") -> Named | None:
    """The body written in [b, e) before a title, resolved (a place, an organisation …)."""
    text = sent.article
    surface = text[b:e]
    if not surface.strip():
        return None
    region = _region_government(sent, b, surface, title)
    if region is not None:
        return region
    if title in CENTRAL_MEMBER_TITLES:
        session = ORDINAL.match(surface)
        member = CENTRAL_MEMBERS.get(surface[session.end():] if session else surface)
        if member is not None:  # 第十六届中央候补委员: a member of the Central Committee
            return Named(b, e, surface, "Organization", member[1], "", name=member[0])
    m = sent.ctx.covering(e)
    if m is not None and m.end == e + 1 and head_title(title) in GOVERNMENT_HEADS:
        # 临湘市长: the place's suffix is the title's first character
        return Named(b, e, surface, "Place", "", "", name=m.name, place=m)
    head = head_at(sent, e)
    last = sent.ctx.covering(e - 1)
    if not head and last is not None and last.end == e and not any(h in surface for h in lexicon().suffixes):
        # 某省某州某县副县长: the body is the last place of a chain (some links unknown)
        return Named(last.start, e, text[last.start:e], "Place", "", "", name=last.name, place=last)
    if head:
        label, kind = label_of(head)
        if label == "Project":
            label, kind = "Organization", ""
    else:
        inner = [h for h in lexicon().suffixes if h in surface]
        if inner:
            h = max(inner, key=lambda w: (surface.rfind(w) + len(w), len(w)))
            label, kind = label_of(h)
        elif title in COMPANY_TITLES:
            label, kind = "Company", "company"  # 云家科技总经理
        elif tag(surface) == "ns":  # a country: 巴基斯坦总理
            return Named(b, e, surface, "Place", "", "", name=surface, generic=True)
        else:
            label, kind = "Organization", ""
        head = ""
    label, kind = next((lk for end, lk in LABEL_ENDINGS.items() if surface.endswith(end)), (label, kind))
    if label == "Organization" and not kind and title in GROUP_LEADS and NUMBERED_GROUP.search(surface):
        label, kind = "TaskForce", "taskforce"  # 某省某评估工作第三组常务副组长: a working group's
    n = Named(b, e, surface, label, kind, head)
    n = resolve(n, sent)
    return n


# 中央委员, 十七届中央候补委员: the Central Committee named by 中央 before a member's title.
CENTRAL_MEMBERS = {word: (body, kind)
                   for word, (body, kind) in table("posts/central_member_bodies").items()}
CENTRAL_MEMBER_TITLES = word_set("posts/central_member_titles")
REGION_GOVERNMENTS = {body: level for body, (level,) in table("posts/region_governments").items()}
REGION_HEADS = word_set("posts/region_heads")


def _region_government(sent: Sentence, b: int, surface: str, title: str) -> Named | None:
    """自治区主席, 区政府主席 written without the region: the region in context (the one
    named before, or the one a place named before lies in)."""
    level = REGION_GOVERNMENTS.get(surface)
    if level is None or title not in REGION_HEADS:
        return None
    p = sent.ctx.context(b, LEVEL_PREFIXES[level])
    if p is None or not p.name.endswith(level):
        return None
    return Named(b, b + len(surface), surface, "Place", "", "", name=p.name, place=p)


def former_body(sent: Sentence, b: int, inner: int, ts: int, title: str) -> Named | None:
    """The body of a post written with 原 between a place (or a body) and the rest of the
    body's name (某省原政协主席, 某省原质量技术监督局局长): the rest read as a body after the
    place; None when it names none."""
    if not head_at(sent, ts):
        return None  # 某公司原资深总裁, 某办公室原正局级巡视员: a grade, no body
    org = body(sent, inner + 1, ts, title)
    if org is None or org.label == "Place":
        return None
    place = sent.ctx.covering(inner - 1)
    if org.place is None and place is not None and place.end == inner:  # 政协 of the place before
        org.name = place.name + strip_quotes(org.surface)
        org.place, org.generic, org.relative = place, False, True
    return None if org.generic else org  # (某特区政府前律政司: the body before 前)
