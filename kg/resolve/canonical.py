"""Canonical names within one article: each body (and each post through its body) takes
the name the alias tables give it, the other surface forms become aliases, and names lose
the time and discourse words that open them. Pure: one extraction in, one out."""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Entity, Extraction, Ref, Relation
from ..text.vocabulary import words
from .aliases import GOVERNMENTS, Tables, tables
from .noise import strip_leading

STRIPPED_LABELS = ("Organization", "Post", "TaskForce", "Project")  # not brands or quoted names
PARTY_PREFIXES = ("中国共产党", "中共")
CHINA = "中国"  # 中国全国政协, 中国国家某某局: a national body with the country before it
LEVEL_CHARS = {"province": "省", "city": "市", "county": "县", "district": "区"}
DOUBLED_HEADS = ("委", "人民政府", "政府", "人大", "政协", "纪委")  # 江苏省省委, 北京市市政府


@dataclass
class Places:
    """The article's places by every form that may open a body's name: official names,
    and the provincial short forms that carry their level word (广西自治区)."""
    forms: dict[str, tuple[str, str]]  # form -> (canonical name, level)
    shorts: dict[str, str]  # short form (广东, 昭通) -> canonical name

    @classmethod
    def of(cls, extraction: Extraction, t: Tables) -> "Places":
        forms: dict[str, tuple[str, str]] = {}
        shorts: dict[str, str] = {}
        for ent in extraction.entities:
            if ent.label == "Place":
                forms[ent.name] = (ent.name, _level(ent.name, ent.props.get("level", "")))
                shorts.update((a, ent.name) for a in ent.aliases if len(a) >= 2)
        for form, canonical in t.provinces.items():
            if form == canonical or form.endswith(("自治区", "特区")):
                forms.setdefault(form, (canonical, _level(canonical, "province")))
            else:
                shorts.setdefault(form, canonical)
        return cls(forms, shorts)

    def prefix(self, name: str, whole: bool = False) -> tuple[str, str, str]:
        """(canonical place chain, level of its last place, rest) for the places that open
        `name` (all of it only if `whole`); ('', '', name) when none does."""
        chain, level, pos = "", "", 0
        while True:
            form = self._longest(name, pos, whole)
            if form is None:
                return chain, level, name[pos:]
            canonical, level = self.forms[form]
            chain += canonical
            pos += len(form)

    def _longest(self, name: str, pos: int, whole: bool) -> str | None:
        best = None
        for end in range(pos + 2, min(len(name), pos + 12) + 1):
            if name[pos:end] in self.forms and (whole or end < len(name)):
                best = name[pos:end]
        return best


def _level(name: str, level: str) -> str:
    """The level a head's alias line speaks of: autonomous regions apart (their party
    committee is 党委, a province's is 委)."""
    return "region" if name.endswith("自治区") else level


def canonical_body(name: str, places: Places, t: Tables) -> str:
    """The canonical name of a body called `name` in an article with `places`."""
    name = strip_leading(name)
    if not name or name in t.central:
        return t.central.get(name, name)
    for prefix in PARTY_PREFIXES:  # 中国共产党中央纪律检查委员会 → 中共中央纪律检查委员会
        rest = t.central.get(name[len(prefix):]) if name.startswith(prefix) else None
        if rest and t.central_kind.get(rest) == "party":
            return rest
    if name.startswith(CHINA) and name[len(CHINA):] in t.central:
        return t.central[name[len(CHINA):]]  # 中国全国政协 → 全国政协
    for end in range(len(name) - 2, 2, -1):  # a part of a national body: 中组部干部一局
        rest = name[end:]  # (of two characters at least: 解放军报 is a newspaper)
        if name[:end] in t.central and not _opens_central(rest, t) and not places.prefix(rest)[0]:
            return t.central[name[:end]] + rest
    return _local_body(name, places, t) or name


def _opens_central(rest: str, t: Tables) -> bool:
    """Whether `rest` opens with a national body's name (中央纪委国家监委 names two)."""
    return any(rest[:end] in t.central for end in range(2, len(rest) + 1))


def _local_body(name: str, places: Places, t: Tables, again: bool = True) -> str | None:
    """A local body's canonical name from the patterns around its places (中共广东省委 →
    广东省委, 佛山市政府 → 佛山市人民政府); None when no pattern and no rule applies."""
    for before, afters in sorted(t.bodies.items(), key=lambda kv: -len(kv[0])):
        if not name.startswith(before):
            continue
        chain, level, rest = places.prefix(name[len(before):])
        if not chain:
            continue
        for end in range(len(rest), 0, -1):
            tail = rest[end:]
            for p in afters.get(rest[:end], ()):
                if p.fits(level) and tail in PART_TAILS:
                    return p.canonical_before + chain + p.canonical_after + tail
    for prefix in PARTY_PREFIXES:  # 中共平阳县委党史研究室 → 平阳县委党史研究室
        chain, _, rest = places.prefix(name[len(prefix):]) if name.startswith(prefix) else ("", "", "")
        if chain and rest.startswith("委"):
            return _local_body(chain + rest, places, t, again) or chain + rest
    chain, level, rest = places.prefix(name)
    char = LEVEL_CHARS.get(level)
    if chain and chain[-1] in LEVEL_CHARS.values() and chain[-1] != char:
        char = chain[-1]  # a county-level city doubles its own 市: 某市市委, 某市原市政府
    if again and chain and char and rest.startswith(char) and rest[1:].startswith(DOUBLED_HEADS):
        return _local_body(chain + rest[1:], places, t, False) or chain + rest[1:]  # 江苏省省委
    if chain and not name.startswith(chain):
        return chain + rest  # the place's own name: 新疆自治区党委 → 新疆维吾尔自治区党委
    return None


# what may follow a body's pattern and still name that body or its own party group
PART_TAILS = ("", "党组", "党委", "党工委")


def canonical_post(name: str, title: str, places: Places, t: Tables) -> tuple[str, str, str | None]:
    """(canonical post name, its title, the place it is OF when the title makes it the
    place's own post (广东省人民政府省长 → 广东省省长 of 广东省), else None)."""
    name = strip_leading(name)
    if not title or not name.endswith(title) or len(name) == len(title):
        return name, title, None
    name, title = _title_synonym(name, title, t)
    body = canonical_body(name[: len(name) - len(title)], places, t) if len(name) > len(title) else ""
    if _leader(title, t):
        chain, _, rest = places.prefix(body, whole=True)
        chain, rest = (chain, rest) if chain else (places.shorts.get(body, ""), "")
        if chain and rest in GOVERNMENTS + ("",):
            return chain + title, title, chain
    return body + title, title, None


def _title_synonym(name: str, title: str, t: Tables) -> tuple[str, str]:
    """`name` ending with the canonical form of its title words (X村村委会主任 →
    X村村民委员会主任, 主任委员 → 主任), and the post's title after that."""
    for alias, canonical in t.title_suffixes:
        if name.endswith(alias) and not name.endswith(canonical) and alias.endswith(title):
            if alias == title:
                return name[: len(name) - len(alias)] + canonical, canonical
            new_title = title if canonical.endswith(title) else canonical
            return name[: len(name) - len(alias)] + canonical, new_title
    return name, title


def _leader(title: str, t: Tables) -> bool:
    """Whether `title` (省长, 副市长, 常务副省长) leads a place's government."""
    return title in t.leader_titles or title.removeprefix("常务").removeprefix("副") in t.leader_titles


def canonicalize(extraction: Extraction, t: Tables | None = None) -> Extraction:
    """`extraction` with canonical names: bodies and posts from the alias tables, no name
    opening with a time or discourse word (a name that is nothing else is dropped), the
    other forms in `aliases`, and the relations rewritten to the canonical refs."""
    t = t or tables()
    places = Places.of(extraction, t)
    renamed: dict[Ref, Ref | None] = {}
    post_places: dict[Ref, str] = {}
    titles: dict[Ref, str] = {}
    for ent in extraction.entities:
        new = _rename(ent, places, t, post_places, titles)
        renamed[ent.ref] = Ref(ent.label, new) if new else None
    entities = _merge_entities(extraction.entities, renamed, titles, t)
    relations = _rewrite(extraction.relations, renamed, post_places)
    return Extraction(entities, relations)


def _rename(ent: Entity, places: Places, t: Tables, post_places: dict[Ref, str],
            titles: dict[Ref, str]) -> str:
    """The entity's canonical name ('' to drop it); a post made the place's own goes
    into `post_places`, a post whose title changed into `titles`."""
    if ent.label == "Organization":
        return canonical_body(ent.name, places, t)
    if ent.label == "Post":
        name, title, place = canonical_post(ent.name, ent.props.get("title", ""), places, t)
        if place:
            post_places[ent.ref] = place
        if title and title != ent.props.get("title"):
            titles[ent.ref] = title
        return "" if name == title else name
    if ent.label in STRIPPED_LABELS:
        return strip_leading(ent.name)
    if ent.label == "Company":  # a brand may open with a time word (今日头条): stripped
        rest, heads = strip_leading(ent.name), words("bodies/company_heads")  # only when a
        if rest in heads:  # company's name is left; a bare head names none (今年以来公司)
            return ""
        return rest if len(rest) >= 4 and rest.endswith(heads) else ent.name
    return ent.name


def _merge_entities(entities: list[Entity], renamed: dict[Ref, Ref | None],
                    titles: dict[Ref, str], t: Tables) -> list[Entity]:
    """One entity per canonical ref: counts added, aliases and properties united."""
    out: dict[Ref, Entity] = {}
    for ent in entities:
        ref = renamed.get(ent.ref)
        if ref is None:
            continue
        aliases = set(ent.aliases) | ({ent.name} if ent.name != ref.name else set())
        props = {**ent.props, **({"title": titles[ent.ref]} if ent.ref in titles else {})}
        if ref.label == "Organization" and t.central_kind.get(ref.name):
            props["kind"] = t.central_kind[ref.name]
        have = out.get(ref)
        if have is None:
            out[ref] = Entity(ref.label, ref.name, props, aliases, ent.count)
            continue
        have.count += ent.count
        have.aliases |= aliases
        for key, value in props.items():
            if have.props.get(key) in (None, ""):
                have.props[key] = value
    for ent in out.values():
        ent.aliases.discard(ent.name)
    return list(out.values())


def _rewrite(relations: list[Relation], renamed: dict[Ref, Ref | None],
             post_places: dict[Ref, str]) -> list[Relation]:
    """Relations between the canonical refs; a post made the place's own is OF that place;
    relations of a dropped entity go, and so do exact repeats."""
    out, seen = [], set()
    for rel in relations:
        source, target = renamed.get(rel.source, rel.source), renamed.get(rel.target, rel.target)
        if source is None or target is None:
            continue
        if rel.type == "OF" and rel.source in post_places:
            target = Ref("Place", post_places[rel.source])
        key = (rel.type, source, target, rel.sentence)
        if key in seen:
            continue
        seen.add(key)
        out.append(Relation(rel.type, source, target, rel.sentence, dict(rel.props)))
    return out
