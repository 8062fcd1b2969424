"""The alias tables of the resolve stage, read once from `kg/data/`.

- `central_bodies.tsv`: national bodies, ``canonical, kind, aliases (|), from, until,
  note``; every alias names the canonical body (中组部 → 中共中央组织部).
- `body_suffix_aliases.tsv`: local bodies, ``canonical, aliases (|), levels, note``, each
  a pattern around ``{place}`` (the place's name with its suffix): ``中共{place}委`` is
  ``{place}委`` for places of `levels` (``*``: every level).
- `post_title_aliases.tsv`: ``canonical, aliases, note``: a post whose name ends with an
  alias ends with the canonical form instead (村委会主任 → 村民委员会主任, 主任委员 →
  主任). A line whose alias is a government plus the title (省人民政府省长) makes that
  title the place's own post (广东省省长, of 广东省).
- `leading_noise.txt`: time and discourse words that may open a name (会上, 当天下午).
- `province_names.tsv`: the provincial-level divisions, their adcode prefixes and short
  forms.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
GOVERNMENTS = ("人民政府", "政府")  # a title after these is the place's own post
LEVEL_WORDS = ("自治区", "自治州", "省", "市", "县", "区", "旗", "州", "镇", "乡", "盟")
PLACE = "{place}"
TIME_ONLY = {"时间"}  # opens a name only before a date (时间27号下午), not 时间银行


@dataclass(frozen=True)
class BodyPattern:
    """``before{place}after`` is the body ``canonical_before{place}canonical_after``."""
    before: str
    after: str
    canonical_before: str
    canonical_after: str
    levels: frozenset[str]

    def fits(self, level: str) -> bool:
        return not self.levels or level in self.levels


@dataclass
class Tables:
    """Every table, as the lookups need them."""
    central: dict[str, str] = field(default_factory=dict)        # any form -> canonical
    central_kind: dict[str, str] = field(default_factory=dict)   # canonical -> kind
    central_years: dict[str, tuple[int, int]] = field(default_factory=dict)  # canonical -> (from, until)
    bodies: dict[str, dict[str, list[BodyPattern]]] = field(default_factory=dict)  # before -> after
    leader_titles: set[str] = field(default_factory=set)         # 省长, 主席 … of a place
    title_suffixes: list[tuple[str, str]] = field(default_factory=list)  # (alias, canonical)
    noise: list[str] = field(default_factory=list)
    provinces: dict[str, str] = field(default_factory=dict)      # form -> canonical
    province_codes: dict[str, str] = field(default_factory=dict)  # canonical -> 2 digits


def _rows(path: Path) -> list[list[str]]:
    """Data rows of a tab-separated file with a header line; # lines are comments."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                if r and not r[0].startswith("#")]
    return [[c.strip() for c in r] + [""] * 6 for r in rows[1:] if any(c.strip() for c in r)]


def _split(cell: str) -> list[str]:
    return [a.strip() for a in cell.split("|") if a.strip()]


def _levels(cell: str) -> frozenset[str]:
    parts = {p.strip() for p in cell.replace("，", ",").split(",") if p.strip()}
    return frozenset() if not parts or "*" in parts else frozenset(parts)


def _year(cell: str, default: int) -> int:
    return int(cell) if cell.isdigit() else default


def _load_central(tables: Tables, path: Path) -> None:
    for row in _rows(path):
        canonical, kind = row[0], row[1]
        tables.central_kind[canonical] = kind
        tables.central_years[canonical] = (_year(row[3], 0), _year(row[4], 9999))
        tables.central.setdefault(canonical, canonical)
        for alias in _split(row[2]):
            tables.central.setdefault(alias, canonical)


def _load_bodies(tables: Tables, path: Path) -> None:
    for row in _rows(path):
        canonical, levels = row[0], _levels(row[2])
        if PLACE not in canonical:
            continue
        c_before, c_after = canonical.split(PLACE, 1)
        for alias in _split(row[1]):
            if PLACE not in alias or alias == canonical:
                continue
            before, after = alias.split(PLACE, 1)
            pattern = BodyPattern(before, after, c_before, c_after, levels)
            tables.bodies.setdefault(before, {}).setdefault(after, []).append(pattern)


def _load_titles(tables: Tables, path: Path) -> None:
    for row in _rows(path):
        canonical = row[0]
        for alias in _split(row[1]):
            title = _leader_title(alias, canonical)
            if title:
                tables.leader_titles.add(title)
            tables.title_suffixes.append((alias, canonical))
    tables.title_suffixes.sort(key=lambda p: (-len(p[0]), p))


def _leader_title(alias: str, canonical: str) -> str | None:
    """The title a place's government head bears when `alias` is a government plus it:
    省人民政府省长 → 省长, 自治区人民政府主席 → 主席; else None."""
    word = next((w for w in LEVEL_WORDS if alias.startswith(w)), "")
    head = alias[len(word):]
    for title in (canonical, canonical[len(word):] if word and canonical.startswith(word) else ""):
        if len(title) >= 2 and head.endswith(title) and head[: -len(title)] in GOVERNMENTS:
            return title
    return None


def _load_provinces(tables: Tables, path: Path) -> None:
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, code, forms = (line.split("\t") + ["", ""])[:3]
        tables.provinces[canonical] = canonical
        tables.province_codes[canonical] = code
        for form in _split(forms):
            tables.provinces.setdefault(form, canonical)


@lru_cache(maxsize=None)
def tables(data_dir: Path = DATA) -> Tables:
    """All tables under `data_dir`, read once per process."""
    t = Tables()
    _load_central(t, data_dir / "central_bodies.tsv")
    _load_bodies(t, data_dir / "body_suffix_aliases.tsv")
    _load_titles(t, data_dir / "post_title_aliases.tsv")
    _load_provinces(t, data_dir / "province_names.tsv")
    words = (data_dir / "leading_noise.txt").read_text(encoding="utf-8").splitlines()
    t.noise = sorted({w.strip() for w in words if w.strip() and not w.startswith("#")} - TIME_ONLY,
                     key=lambda w: (-len(w), w))
    return t
