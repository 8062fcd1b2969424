"""The entities and relations of one article as they are found: one entity per
(label, name), aliases merged, relations deduplicated; short forms folded into the
full names they abbreviate."""
from __future__ import annotations

import os

from ..model import Entity, Extraction, Ref, Relation
from ..resolve.dates import merge_props
from ..text.vocabulary import words


DEBUG = bool(os.environ.get("KG_EXTRACT_DEBUG"))


# Kinds of body a bare or short name never refers to: a foreign ministry (某国外交部) is
# not the 外交部 written alone, which is China's.
NOT_REFERRED = ("foreign",)


def _referable(ent: Entity) -> bool:
    return ent.props.get("kind") not in NOT_REFERRED


class Registry:
    def __init__(self) -> None:
        self.entities: dict[tuple[str, str], Entity] = {}
        self.relations: dict[tuple, Relation] = {}
        self.order: list[tuple[str, str, int]] = []   # (label, name, position) as met

    def add(self, label: str, name: str, props: dict | None = None, aliases=(),
            pos: int = -1, count: int = 1) -> Ref:
        key = (label, name)
        ent = self.entities.get(key)
        if ent is None:
            ent = self.entities[key] = Entity(label, name, dict(props or {}), set(), 0)
        else:
            for k, v in (props or {}).items():
                ent.props.setdefault(k, v)
        ent.count += count
        ent.aliases.update(a for a in aliases if a and a != name)
        if pos >= 0:
            self.order.append((label, name, pos))
        return ent.ref

    def relate(self, type_: str, src: Ref, dst: Ref, sentence: str, **props) -> None:
        if src == dst:
            return
        key = (type_, src, dst)
        rel = self.relations.get(key)
        if rel is None:
            self.relations[key] = Relation(type_, src, dst, sentence, dict(props))
        else:
            merge_props(rel.props, props)  # the widest start and end; else the first value

    def last(self, label: str, pos: int, head: str = "") -> Ref | None:
        """The entity of `label` (whose name ends with `head`) met last before `pos`."""
        for lab, name, p in reversed(self.order):
            if lab == label and p <= pos and name.endswith(head) and (lab, name) in self.entities:
                return Ref(lab, name)
        return None

    def ending_with(self, label: str, short: str, pos: int) -> Ref | None:
        """A longer entity of `label` whose name or alias ends with `short`, nearest before
        `pos` (else the first after it)."""
        cands = [(p, name) for lab, name, p in self.order
                 if lab == label and name != short and (lab, name) in self.entities
                 and _referable(self.entities[(lab, name)])
                 and (name.endswith(short) or any(a.endswith(short) for a in self.entities[(lab, name)].aliases))]
        if not cands:
            return None
        before = [c for c in cands if c[0] <= pos]
        p, name = max(before) if before else min(cands)
        return Ref(label, name)

    def fold_abbreviations(self, labels=("Program", "Company", "TaskForce", "Organization")) -> None:
        """Merge a short form into the one longer name it abbreviates: same label, same
        final character(s), its characters in order in the longer name (强链工程 →
        产业强链补链工程; 城投公司 → 江城城市建设投资有限公司)."""
        for label in labels:
            names = [n for (lab, n) in self.entities if lab == label]
            for short in sorted(names, key=len):
                if len(short) < 2 or len(short) < 3 and label != "Company" or _national(label, short):
                    continue
                longs = [n for n in names if len(n) > len(short) and n != short
                         and (label, n) in self.entities and _referable(self.entities[(label, n)])
                         and _abbreviates(short, n)]
                if len(longs) == 1:
                    if DEBUG:
                        print("fold", label, short, "->", longs[0])
                    self.merge((label, short), (label, longs[0]))

    def merge(self, src: tuple[str, str], dst: tuple[str, str]) -> None:
        a, b = self.entities.pop(src), self.entities[dst]
        b.aliases |= a.aliases | {a.name}
        b.aliases.discard(b.name)
        b.count += a.count
        for k, v in a.props.items():
            b.props.setdefault(k, v)
        old, new = Ref(*src), Ref(*dst)
        rels = {}
        for key, rel in self.relations.items():
            s = new if rel.source == old else rel.source
            t = new if rel.target == old else rel.target
            if s == t:
                continue
            nk = (rel.type, s, t)
            if nk not in rels:
                rel.source, rel.target = s, t
                rels[nk] = rel
        self.relations = rels
        self.order = [(lab, dst[1] if (lab, n) == src else n, p) for lab, n, p in self.order]

    def drop(self, keys: set[tuple[str, str]]) -> None:
        """Remove the entities of `keys` ((label, name)) and every relation they take part in."""
        if not keys:
            return
        for key in keys:
            del self.entities[key]
        self.relations = {k: r for k, r in self.relations.items()
                          if (r.source.label, r.source.name) not in keys
                          and (r.target.label, r.target.name) not in keys}

    def extraction(self) -> Extraction:
        return Extraction(list(self.entities.values()), list(self.relations.values()))


COMPANY_TAILS = words("bodies/company_heads")


AFFILIATE_PREFIXES = frozenset(words("bodies/affiliate_prefixes"))


def _abbreviates(short: str, long: str) -> bool:
    if long.endswith(short) and long[: len(long) - len(short)] in AFFILIATE_PREFIXES:
        return False  # 某省委 is not 共青团某省委
    if long.startswith(short) and long[len(short):] in COMPANY_TAILS:
        return True  # 远航 → 远航集团
    tail = 2 if len(short) >= 4 else 1
    if short[-tail:] != long[-tail:]:
        return False
    it = iter(long)
    return all(c in it for c in short)


def _national(label: str, name: str) -> bool:
    """Whether `name` is a national body's canonical name (全国政协, 联合国): it abbreviates
    no longer name read in the article (全国|地方|政协工作…, 下届|联合国…)."""
    from ..resolve.aliases import tables  # (kept local: the registry is imported first)
    return label == "Organization" and tables().central.get(name) == name
