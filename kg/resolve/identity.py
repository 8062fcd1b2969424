"""Corpus-level identities: which mentions of one name are one real person (or company,
task force, program).

`assign(label, name, mentions)` reads the mentions in `seq` order. A mention joins the
cluster it fits best, or starts a new one when it fits none:

- places fit when they agree down to the reach of the more local of the two: a village
  post moves within its town, a town post within its county, a county post within its
  city, a city post within its province, and a provincial official anywhere (李纪恒:
  云南省委书记, later 内蒙古自治区党委书记). The leaders of a place (its party committee
  or government) reach further: a county's within the province, a city's anywhere. A
  national leader's local posts fit anyone's. Weak anchors (the article's places only)
  never tell people apart; they only help choose among the clusters that fit;
- careers fit unless they put the person in current posts of two provinces at once;
- mentions without any anchor, or tied only to national bodies, are placed last, in
  the cluster they fit best (a national leader's mention in one whose person led a
  province or held a national post, when one does).

The person a reader of the name expects keeps the plain name: of the clusters whose
person led a province (its party committee or government) or held a national post, the
one with the earliest mention; without such a cluster, the one with the earliest mention.
Every other takes the name qualified by its place, 王伟（平阳县万全镇）, with the reason.
The result depends on nothing but the mentions and their order, so an incremental build
equals a full one.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from .mentions import Anchor, Mention

MARGIN_DAYS = 92  # a current post seen this close to the ends of another is no conflict


@dataclass
class Cluster:
    """The mentions taken so far for one real person: their places, posts and dates."""
    index: int
    first_seq: int
    strong: dict = field(default_factory=dict)   # path -> Anchor
    weak: dict = field(default_factory=dict)
    posts: set = field(default_factory=set)
    current: dict = field(default_factory=dict)  # province key -> [dates]
    labels: Counter = field(default_factory=Counter)
    size: int = 0
    reason: str = ""
    prominent: bool = False  # led a province or held a national post

    def add(self, m: Mention) -> None:
        self.size += 1
        self.first_seq = min(self.first_seq, m.seq)
        for a in m.anchors:
            (self.strong if a.strong else self.weak).setdefault(a.path, a)
            self.labels[(not a.strong, a.label)] += 1
        self.posts.update(p for p, _, _ in m.posts)
        self.prominent = self.prominent or _prominent(m)
        day = _day(m.published)
        for _, status, province in m.posts:
            if status == "current" and province and day:
                self.current.setdefault(province, []).append(day)

    def display(self) -> str:
        """The place that tells this cluster apart: its most frequent strong anchor."""
        if not self.labels:
            return ""
        return min(self.labels.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1]))[0][1]


def _prominent(m: Mention) -> bool:
    """Whether the mention puts its person at the head of a province or in a national
    post (not a deputy's seat)."""
    return m.leader or any(a.strong and a.leading and a.rank == 1 for a in m.anchors)


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


# how far a post at each rank lets one person move: the rank down to which two places
# must agree (0: anywhere). A place's leaders (its own party committee or government)
# move further than the staff of its bureaus.
REACH = {1: 0, 2: 1, 3: 2, 4: 3, 5: 4}
LEADER_REACH = {1: 0, 2: 0, 3: 1, 4: 3, 5: 4}


def places_fit(a: Anchor, b: Anchor) -> bool:
    """Whether one person may hold posts tied to both places (see the module's rules)."""
    if not a.path or not b.path or not (a.strong and b.strong):
        return True
    local = a if a.rank > b.rank else b
    leading = local.leading and (a.rank != b.rank or (a.leading and b.leading))
    reach = (LEADER_REACH if leading else REACH)[local.rank]
    keys = dict(b.path)
    return all(keys.get(r, k) == k for r, k in a.path if r <= reach)


def _anchors_fit(m: Mention, c: Cluster) -> bool:
    if m.leader:
        return True  # a national leader's local posts are his past
    mine = [a for a in m.anchors if a.strong]
    theirs = list(c.strong.values())
    if not mine or not theirs:
        return True
    return any(places_fit(a, b) for a in mine for b in theirs)


def _dates_fit(m: Mention, c: Cluster) -> bool:
    """False when `m` holds a current post in one province while `c` holds one in
    another on the same day, or well inside the span `c` was seen holding it."""
    day = _day(m.published)
    mine = {p for _, status, p in m.posts if status == "current" and p}
    if not day or not mine:
        return True
    for province, days in c.current.items():
        if province in mine:
            continue
        lo, hi = min(days), max(days)
        if day in days or (lo.toordinal() + MARGIN_DAYS < day.toordinal() < hi.toordinal() - MARGIN_DAYS):
            return False
    return True


def _score(m: Mention, c: Cluster) -> tuple:
    """How well `m` fits `c`: shared posts, a national leader's fit with a prominent
    career, shared places, then size, then age."""
    posts = len({p for p, _, _ in m.posts} & c.posts)
    paths = sum(1 for a in m.anchors if a.path in c.strong or a.path in c.weak)
    return (posts, m.leader and c.prominent, paths, c.size, -c.index)


def _anchored(m: Mention) -> bool:
    """Placed in the first pass: a mention tied to places (a national body's mention,
    which says nothing of places, waits until every career has its places)."""
    return bool(m.anchors)


def assign(label: str, name: str, mentions: list[Mention]) -> list[tuple[str, str]]:
    """For each mention (in the given order), the node name it belongs to and why that
    node is not the plain `name` ('' for the plain one)."""
    if any(m.placed for m in mentions) or len(mentions) < 2:
        return [(name, "")] * len(mentions)
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].seq)
    clusters: list[Cluster] = []
    where: dict[int, Cluster] = {}
    for anchored_pass in (True, False):
        for i in order:
            m = mentions[i]
            if _anchored(m) != anchored_pass:
                continue
            fits = [c for c in clusters if _dates_fit(m, c) and _anchors_fit(m, c)]
            if fits:
                best = max(fits, key=lambda c: _score(m, c))
            else:
                best = Cluster(len(clusters), m.seq)
                if clusters:
                    best.reason = _why(m, clusters[0])
                clusters.append(best)
            best.add(m)
            where[i] = best
    names = _names(name, clusters)
    return [(names[where[i].index], where[i].reason if names[where[i].index] != name else "")
            for i in range(len(mentions))]


def _why(m: Mention, first: Cluster) -> str:
    if not _dates_fit(m, first):
        return "careers that cannot both be true: current posts in two provinces at once"
    return "unrelated places"


def _names(name: str, clusters: list[Cluster]) -> dict[int, str]:
    """The plain name for the prominent cluster with the earliest mention (else the
    cluster with the earliest mention), a qualified one for the others (unique: an
    ordinal is added when two would read the same)."""
    plain = min(clusters, key=lambda c: (not c.prominent, c.first_seq))
    out, taken = {plain.index: name}, {name}
    for c in clusters:
        if c is plain:
            continue
        place = c.display() or str(c.index + 1)
        candidate, k = f"{name}（{place}）", 2
        while candidate in taken:
            candidate, k = f"{name}（{place}·{k}）", k + 1
        taken.add(candidate)
        out[c.index] = candidate
        c.reason = f"same name as {name}" + (f" of {plain.display()}" if plain.display() else "") \
            + f"; {c.reason or 'unrelated places'}"
    return out
