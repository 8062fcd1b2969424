"""What one article says about an entity that may share its name with another: a small
`Mention` with the places the entity is tied to (its anchors) and the posts it holds.

A place is written as a path of (rank, key) pairs from the province down: ranks 1
province, 2 city, 3 county or district, 4 town, subdistrict or zone, 5 village. Keys are
adcode prefixes where the place has an adcode (so 平阳县 carries 浙江省 and 温州市 with
it), else names; the article's PART_OF links fill in what it says above a town.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..model import Article, Extraction, Ref
from .aliases import tables

RANKS = {"province": 1, "region": 1, "city": 2, "county": 3, "district": 3, "town": 4,
         "subdistrict": 4, "zone": 4, "village": 5}
NATIONAL_OPENERS = ("全国", "中央", "中共中央", "国家", "国务院", "中国", "中华全国")
SEATS = ("代表", "委员", "常委")  # 全国人大代表, 全国政协委员: seats local people hold
CORE_HEADS = ("委", "党委", "党工委", "人民政府", "政府", "人大常委会", "政协", "管委会",
              "管理委员会")  # a place's own bodies: their leaders move between places
SPLIT_LABELS = ("Person", "Company", "TaskForce", "Program")

Path = tuple[tuple[int, str], ...]


@dataclass(frozen=True, slots=True)
class Anchor:
    """A place the entity is tied to. `strong`: by its own post, body or location; weak:
    only because the article is about that place."""
    path: Path
    label: str
    strong: bool = True
    leading: bool = False  # a post of the place's own government or party committee

    @property
    def rank(self) -> int:
        return self.path[-1][0] if self.path else 0


@dataclass(frozen=True, slots=True)
class Mention:
    """One article's evidence about one named entity.

    `posts`: (post, status, province key or '') held in the article; `national`: tied to
    a national body (so the article's places say nothing of it); `leader`: holds a
    national post other than a deputy's seat (全国人大代表, 全国政协委员), so its places
    are its past and fit anyone's; `placed`: the name itself holds one of the article's
    places (such a name is never split)."""
    seq: int
    article: str
    published: str | None
    anchors: tuple[Anchor, ...] = ()
    posts: tuple[tuple[str, str, str], ...] = ()
    national: bool = False
    leader: bool = False
    placed: bool = False


def _province_code(name: str) -> str | None:
    """The adcode of a province the article links to without naming it as a place."""
    code = tables().province_codes.get(name)
    return code + "0000" if code else None


def _level_of(name: str) -> str:
    """The level a place name's suffix tells (town or village), for a place the article
    links to without naming it."""
    if name.endswith(("镇", "乡", "街道")):
        return "town"
    return "village" if name.endswith(("村", "社区", "嘎查")) else ""


def adcode_path(adcode: str) -> dict[int, str]:
    """Ranks and keys implied by an adcode: 330326 → province 33, city 3303, county 330326."""
    out = {1: adcode[:2]}
    if adcode[2:4] != "00":
        out[2] = adcode[:4]
    if adcode[4:6] != "00":
        out[3] = adcode[:6]
    return out


class ArticleIndex:
    """The article's places, links and bodies, indexed for anchoring its entities."""

    def __init__(self, extraction: Extraction) -> None:
        self.places = {e.name: e for e in extraction.entities if e.label == "Place"}
        self.parent: dict[str, str] = {}
        self.out: dict[Ref, dict[str, list[Ref]]] = defaultdict(lambda: defaultdict(list))
        self.into: dict[Ref, dict[str, list[Ref]]] = defaultdict(lambda: defaultdict(list))
        self.holds: dict[Ref, list[tuple[Ref, str]]] = defaultdict(list)
        for rel in extraction.relations:
            if rel.type == "PART_OF":
                self.parent.setdefault(rel.source.name, rel.target.name)
            elif rel.type == "HOLDS":
                self.holds[rel.source].append((rel.target, rel.props.get("status", "current")))
            self.out[rel.source][rel.type].append(rel.target)
            self.into[rel.target][rel.type].append(rel.source)
        self.forms = sorted((form, name) for name, e in self.places.items()
                            for form in [name, *e.aliases] if len(form) >= 2)
        self.place_forms = {form for form, _ in self.forms}
        self._paths: dict[str, Path] = {}

    def path(self, name: str) -> Path:
        """The (rank, key) path of the article's place `name`, province first."""
        if name not in self._paths:
            ranks: dict[int, str] = {}
            cur, seen = name, set()
            while cur and cur not in seen:
                seen.add(cur)
                ent = self.places.get(cur)
                level = ent.props.get("level", "") if ent else _level_of(cur)
                adcode = ent.props.get("adcode") if ent else _province_code(cur)
                if adcode:
                    ranks.update((r, k) for r, k in adcode_path(adcode).items() if r not in ranks)
                    break
                if RANKS.get(level, 0) >= 4 and RANKS[level] not in ranks:
                    ranks[RANKS[level]] = cur  # towns and villages by name; above: codes only
                cur = self.parent.get(cur)
            self._paths[name] = tuple(sorted(ranks.items()))
        return self._paths[name]

    def anchor(self, place: str, strong: bool = True) -> Anchor | None:
        path = self.path(place)
        if not path:
            return None
        parent = self.parent.get(place)
        label = parent + place if parent and path[-1][0] >= 3 and parent in self.places else place
        return Anchor(path, label, strong)

    def places_in(self, text: str) -> list[str]:
        """The article's places written inside `text`, most specific first."""
        found = {name for form, name in self.forms if form in text}
        return sorted(found, key=lambda n: (-(self.path(n)[-1][0] if self.path(n) else 0), n))

    def body_anchors(self, ref: Ref) -> tuple[list[Anchor], bool]:
        """Anchors of a body (or task force, company): itself when a Place, where it is
        LOCATED_IN or who ESTABLISHED it, else the places in its name; and whether it is
        a national body."""
        if ref.label == "Place":
            a = self.anchor(ref.name)
            return ([a] if a else []), False
        if ref.label == "Organization" and ref.name in tables().central:
            # a national body is in no province: 浙江的全国人大代表 ties the extraction's
            # 全国人大 to 浙江省, and through the article's one 全国人大代表 post, every deputy
            return [], True
        links = self.out.get(ref, {})
        places = [t.name for t in links.get("LOCATED_IN", ()) if t.label == "Place"]
        for src in self.into.get(ref, {}).get("ESTABLISHED", ()):
            places += [src.name] if src.label == "Place" else [
                t.name for t in self.out.get(src, {}).get("LOCATED_IN", ()) if t.label == "Place"]
        if not places:
            places = self.places_in(ref.name)[:1]
        anchors = [a for a in (self.anchor(p) for p in places) if a]
        return anchors, not anchors and _national(ref.name)

    def leaves(self) -> list[Anchor]:
        """Weak anchors: the article's most specific places."""
        paths = {n: self.path(n) for n in self.places}
        top = max((p[-1][0] for p in paths.values() if p), default=0)
        return [a for n in sorted(paths) if paths[n] and paths[n][-1][0] == top
                for a in [self.anchor(n, strong=False)] if a]


def _national(name: str) -> bool:
    """Whether `name` (a body or post) is national: a central body or one of its parts."""
    central = tables().central
    return name.startswith(NATIONAL_OPENERS) or any(
        name[:end] in central for end in range(2, len(name) + 1))


def mentions_of(seq: int, article: Article, extraction: Extraction) -> list[tuple[str, str, Mention]]:
    """(label, name, Mention) for every entity of `extraction` whose name may be shared by
    several real things (people, companies, task forces, programs)."""
    index = ArticleIndex(extraction)
    leaves: list[Anchor] | None = None
    out = []
    for ent in extraction.entities:
        if ent.label not in SPLIT_LABELS:
            continue
        ref, base = ent.ref, dict(seq=seq, article=article.id, published=article.published)
        if ent.label == "Person":
            anchors, posts, national, leader = _person(index, ref)
            if not anchors and not national:
                leaves = index.leaves() if leaves is None else leaves
                anchors = leaves
            out.append((ref.label, ref.name, Mention(**base, anchors=tuple(anchors), posts=posts,
                                                     national=national, leader=leader)))
            continue
        placed = bool(index.places_in(ref.name))
        anchors, national = ([], False) if placed else _thing(index, ref)
        out.append((ref.label, ref.name, Mention(**base, anchors=tuple(anchors),
                                                 national=national, placed=placed)))
    return out


def _person(index: ArticleIndex, ref: Ref) -> tuple[list[Anchor], tuple, bool, bool]:
    """A person's strong anchors, posts, national flag and leader flag, from the posts
    held (through their bodies) and the task forces joined."""
    anchors: dict[Path, Anchor] = {}
    posts, national, leader = [], False, False
    for post, status in index.holds.get(ref, ()):
        found, nat = _post_anchors(index, post)
        national = national or nat
        leader = leader or (nat and not _seat(post.name))
        anchors.update((a.path, a) for a in found)
        province = found[0].path[0][1] if found and found[0].path[0][0] == 1 else ""
        posts.append((post.name, status, province))
    for force in index.out.get(ref, {}).get("MEMBER_OF", ()):
        got, nat = index.body_anchors(force)
        anchors.update((a.path, a) for a in got)
        national = national or nat
    return list(anchors.values()), tuple(sorted(set(posts))), national, leader


def _post_anchors(index: ArticleIndex, post: Ref) -> tuple[list[Anchor], bool]:
    """The places of a post's bodies (leading when a body is the place itself or one of
    its own core bodies), else the places in its name; and whether it is national."""
    found: list[Anchor] = []
    national = False
    for body in index.out.get(post, {}).get("OF", ()):
        got, nat = index.body_anchors(body)
        found += [Anchor(a.path, a.label, True, _core(body, index)) for a in got]
        national = national or nat
    if not found and not national:
        found = [a for a in (index.anchor(p) for p in index.places_in(post.name)[:1]) if a]
        national = not found and _national(post.name)
    return found, national


def _core(body: Ref, index: ArticleIndex) -> bool:
    """Whether `body` is a place or a place's own government, party committee, congress
    or conference (广东省委, 佛山市人民政府)."""
    if body.label == "Place":
        return True
    names = index.place_forms
    if body.name.endswith("地委") and body.name[:-1] + "区" in names:
        return True  # 和田地委: the party committee of 和田地区
    return any(body.name.endswith(head) and body.name[: -len(head)] in names
               for head in CORE_HEADS)


def _seat(post: str) -> bool:
    """Whether a national post is a deputy's or member's seat (全国人大代表)."""
    return post.startswith("全国") and post.endswith(SEATS)


def _thing(index: ArticleIndex, ref: Ref) -> tuple[list[Anchor], bool]:
    """Anchors of a company, task force or program without a place in its name: where it
    is, who set it up or (a program) who implements it. A company's or program's places
    are weak: the same brand or program reaches many places."""
    if ref.label == "Program":
        anchors = [a for src in index.into.get(ref, {}).get("IMPLEMENTS", ())
                   for a in index.body_anchors(src)[0]]
        return [Anchor(a.path, a.label, False) for a in anchors], False
    anchors, national = index.body_anchors(ref)
    if ref.label == "Company":
        anchors = [Anchor(a.path, a.label, False) for a in anchors]
    return anchors, national
