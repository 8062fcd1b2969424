"""China's administrative divisions, loaded from the data set shipped with jionlp.

`jionlp/dictionary/china_location.zip` holds ``china_location.txt``, a tab-indented tree:
province (depth 0), city (1), county-level (2) lines read ``name<TAB>adcode<TAB>short``;
towns/subdistricts (3) and villages/communities (4) give the name only. jionlp itself is
not imported (it is slow to import); the zip is read directly. The parsed index and its
Aho-Corasick automaton are pickled under ``~/.cache/kg/`` keyed by the data file's size
and mtime, so later processes load it in well under a second.

Levels: province (municipalities too: 天津市), city, district (county-level ``…区``),
county (县, county-level 市, 旗 …), town (镇, 乡, 苏木), subdistrict (街道, and 社区 at
town level), zone (development zones at town level), village. The ``省直辖行政区划``,
``市直辖行政区划`` placeholders and a municipality's repeated city line are dropped:
their children hang from the level above.
"""
from __future__ import annotations

import hashlib
import importlib.util
import os
import pickle
import re
import sys
import zipfile
from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick

from .text.vocabulary import alternation, rows, table, word_set, words
from .text.vocabulary import path as vocab_path

CACHE_VERSION = 14
# The vocabulary the index is built with (the cache is keyed by their contents).
VOCABULARY = (("zone_suffixes", ".tsv"), ("places/placeholders", ".txt"),
              ("places/division_zone_suffixes", ".txt"), ("places/new_areas", ".txt"),
              ("places/generic_division_names", ".txt"), ("places/ethnic_towns", ".txt"),
              ("places/town_level_suffixes", ".tsv"), ("common/level_words", ".tsv"))
LEVELS = ("country", "region", "province", "city", "district", "county", "zone", "town",
          "subdistrict", "village")
LEVEL_RANK = {"country": 0, "province": 1, "region": 1, "city": 2, "district": 3,
              "county": 3, "zone": 4, "town": 4, "subdistrict": 4, "village": 5}
PLACEHOLDERS = words("places/placeholders")
ZONE_SUFFIXES = words("places/division_zone_suffixes")
NEW_AREAS = words("places/new_areas")
ETHNIC_TOWNS = words("places/ethnic_towns")  # …族乡: no short form
GENERIC_NAMES = word_set("places/generic_division_names")
# suffix -> level of the town-level divisions (街道 → subdistrict, 镇 → town), subdistricts first
TOWN_LEVELS = {suffix: level for suffix, (level, _) in table("places/town_level_suffixes").items()}
# the suffixes whose removal leaves a town's short form (团洲乡 → 团洲)
TOWN_SHORT_SUFFIXES = tuple(s for s, (_, short) in table("places/town_level_suffixes").items()
                            if short == "yes")
# the level word of districts (…区): a county-level name ending with it is a district
DISTRICT_WORDS = tuple(w for w, (levels, *_) in table("common/level_words").items()
                       if "district" in levels.split())


_NEWLINE = re.compile("\n")


class Strings:
    """A read-only list of strings held as one string, the strings joined by newlines,
    and an array of their offsets: the gazetteer's 700,000 names cost about 10 MB so,
    against 60 MB as separate objects.

    >>> names = Strings.of(["北京市", "海淀区", ""])
    >>> len(names), names[1], names[-1], list(names), names.text
    (3, '海淀区', '', ['北京市', '海淀区', ''], '北京市\\n海淀区\\n')
    """

    __slots__ = ("text", "_starts")

    def __init__(self, text: str, starts: array | None = None) -> None:
        self.text = text
        if starts is None:
            starts = array("i", [0])
            starts.extend(m.end() for m in _NEWLINE.finditer(text))
            starts.append(len(text) + 1)
        self._starts = starts

    @classmethod
    def of(cls, items) -> "Strings":
        return cls("\n".join(items))

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __getitem__(self, i: int) -> str:
        if i < 0:
            i += len(self)
        return self.text[self._starts[i]:self._starts[i + 1] - 1]

    def __iter__(self):
        return (self[i] for i in range(len(self)))


@dataclass(frozen=True)
class Division:
    """One administrative division of the data set."""
    id: int
    name: str
    level: str
    adcode: str | None
    short: str | None
    parent: int | None


def data_dir() -> Path:
    """The installed jionlp package's dictionary folder (jionlp is not imported)."""
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("jionlp is not installed: pip install jionlp")
    return Path(list(spec.submodule_search_locations)[0]) / "dictionary"


def _county_level(name: str) -> str:
    return "district" if name.endswith(DISTRICT_WORDS) else "county"


def _town_level(name: str) -> str:
    for suffix, level in TOWN_LEVELS.items():
        if name.endswith(suffix):
            return level
    if name.endswith(ZONE_SUFFIXES):
        return "zone"
    return "town"


class Gazetteer:
    """The divisions, their name indexes and an Aho-Corasick automaton over every name.

    Divisions are stored as parallel arrays (`names`, `levels`, `parents`) so that the
    pickle loads fast; adcodes and short forms (third column: 昭通 for 昭通市) exist for
    province/city/county lines only. Each automaton key (an official name or a short
    form) has an int value: its index in `keys`; `full_ids(key)` and `short_ids(key)` give
    the divisions carrying it as official name or as short form.
    """

    def __init__(self, names: list[str], levels: list[str], adcodes: list[str | None],
                 shorts: list[str | None], parents: list[int]) -> None:
        self.names = Strings.of(names)
        self.levels = bytes(LEVELS.index(lv) for lv in levels)
        self.parents = array("i", parents)
        self.adcodes = {i: a for i, a in enumerate(adcodes) if a}
        self.shorts = {i: s for i, s in enumerate(shorts) if s}
        full: dict[str, list[int]] = {}
        short: dict[str, list[int]] = {}
        suffixes = zone_suffixes()
        for i, name in enumerate(names):
            if levels[i] in ("village", "town", "subdistrict") and len(name) < 3:
                continue
            if adcodes[i] is None and levels[i] in ("district", "county"):
                continue  # Taiwan's districts: no code, many generic names (中区, 大社区)
            if name in suffixes or name in GENERIC_NAMES:
                continue
            if levels[i] == "zone" and not _named_after_ancestor(i, names, shorts, parents):
                continue  # a zone name without a place in it (航空产业园) is not a name
            full.setdefault(name, []).append(i)
            if levels[i] == "zone":
                alias = short_zone_name(name, suffixes)
                if alias != name:
                    full.setdefault(alias, []).append(i)
                continue
            s = shorts[i]
            if s and s != name and len(s) >= 2 and s not in suffixes and not s.endswith(DISTRICT_WORDS):
                short.setdefault(s, []).append(i)
        for old_name, old_short, i in renamed_divisions(names, parents):
            if old_name not in full:  # 襄樊市 → 襄阳市: the old name finds the new division
                full[old_name] = [i]
            if old_short and len(old_short) >= 2 and old_short not in full | short:
                short[old_short] = [i]
        self.common_shorts = common_short_forms(short, levels)
        known = _jieba_words(short)
        # short forms that are no ordinary word: not in jieba's dictionary, or a rare place word
        self.distinct_shorts = frozenset(
            s for s in short if s not in known or (known[s][1] == "ns"
                                                   and known[s][0] < COMMON_FREQ))
        for s, ids in town_short_forms(names, levels, full, short).items():
            short.setdefault(s, []).extend(ids)
        for name in common_words(full, levels):  # 新农村, 小城镇: words, not places
            del full[name]
        keys = sorted(set(full) | set(short))
        self._short = short
        order: list[int] = []
        bounds = array("i", [0])
        for key in keys:
            order.extend(full.get(key, ()))
            bounds.append(len(order))
        self._order = array("i", order)
        self._bounds = bounds
        self.keys = Strings.of(keys)
        self._build_automaton(keys)

    def _build_automaton(self, keys: list[str]) -> None:
        """The automaton over `keys` (key index as value), its keys added most common first
        character first: pyahocorasick finds a character among a node's children one by
        one, in the order they were added, and the root has some 4,000; and the pattern of
        runs of characters that occur in a key (no name spans any other character)."""
        weight = _char_weights()
        self.automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for k in sorted(range(len(keys)), key=lambda k: (-weight.get(keys[k][0], 0), k)):
            self.automaton.add_word(keys[k], k)
        self.automaton.make_automaton()
        alphabet = "".join(re.escape(c) for c in sorted(set("".join(keys))))
        self.runs = re.compile(f"[{alphabet}]{{{min(map(len, keys))},}}")

    def hits(self, text: str) -> list[tuple[int, int]]:
        """(index of the last character, key index) of every key written in `text`, as
        the automaton reports them over the whole text (by end), scanning only the runs of
        characters a key can hold."""
        out: list[tuple[int, int]] = []
        scan = self.automaton.iter
        for m in self.runs.finditer(text):
            out.extend(scan(text, m.start(), m.end()))
        return out

    def __getstate__(self) -> dict:  # names and keys as their text and offsets
        return {**self.__dict__, "names": (self.names.text, self.names._starts),
                "keys": (self.keys.text, self.keys._starts)}

    def __setstate__(self, state: dict) -> None:
        state["names"] = Strings(*state["names"])
        state["keys"] = Strings(*state["keys"])
        self.__dict__.update(state)

    def __len__(self) -> int:
        return len(self.names)

    def key_index(self, key: str) -> int | None:
        k = self.automaton.get(key, -1)
        return None if k < 0 else k

    def full_ids(self, key: str | int) -> list[int]:
        """Divisions whose official name is `key` (a string or a key index)."""
        k = self.key_index(key) if isinstance(key, str) else key
        if k is None:
            return []
        return list(self._order[self._bounds[k]:self._bounds[k + 1]])

    def short_ids(self, key: str | int) -> list[int]:
        """Divisions (province/city/county) whose short form is `key`."""
        return list(self._short.get(key if isinstance(key, str) else self.keys[key], ()))

    def level(self, i: int) -> str:
        return LEVELS[self.levels[i]]

    def adcode(self, i: int) -> str | None:
        return self.adcodes.get(i)

    def get(self, i: int) -> Division:
        p = self.parents[i]
        return Division(i, self.names[i], self.level(i), self.adcodes.get(i),
                        self.shorts.get(i), None if p < 0 else p)

    def parent(self, i: int) -> int | None:
        p = self.parents[i]
        return None if p < 0 else p

    def ancestors(self, i: int) -> list[int]:
        """Ids of the parent, grandparent … of division `i` (nearest first)."""
        out = []
        p = self.parents[i]
        while p >= 0:
            out.append(p)
            p = self.parents[p]
        return out

    def chain(self, i: int) -> list[Division]:
        """Division `i` and its ancestors, nearest first."""
        return [self.get(j) for j in [i] + self.ancestors(i)]

    def lookup(self, name: str) -> list[Division]:
        """Every division whose official name or short form is `name`."""
        ids = self.full_ids(name)
        ids += [i for i in self.short_ids(name) if i not in ids]
        return [self.get(i) for i in ids]


def _named_after_ancestor(i: int, names: list[str], shorts: list[str | None],
                          parents: list[int]) -> bool:
    p = parents[i]
    while p >= 0:
        for form in (names[p], shorts[p]):
            if form and names[i].startswith(form):
                return True
        p = parents[p]
    return False


@lru_cache(maxsize=1)
def zone_suffixes() -> dict[str, str]:
    """Development-zone suffixes (kg/data/zone_suffixes.tsv), longest first, each mapped
    to its canonical short form (经济技术开发区 → 经开区; itself when it has none)."""
    out: dict[str, str] = {}
    for cols in rows("zone_suffixes", ".tsv"):
        out[cols[0]] = (cols[1] if len(cols) > 1 else "") or cols[0]
    return dict(sorted(out.items(), key=lambda kv: -len(kv[0])))


def short_zone_name(name: str, suffixes: dict[str, str] | None = None) -> str:
    """A zone name with its suffix in canonical short form (…经济技术开发区 → …经开区)."""
    suffixes = suffixes if suffixes is not None else zone_suffixes()
    for long, short in suffixes.items():
        if name.endswith(long) and len(name) > len(long):
            return name[: -len(long)] + short
    return name


# short forms tagged in jieba's dictionary as one of these parts of speech are ordinary
# words (合作, 前进, 平安); county-level ones that jieba counts as frequent nouns too (和平)
COMMON_TAGS = {"v", "vn", "vd", "a", "ad", "an", "d", "c", "f", "s", "m", "mq", "b", "t",
               "r", "q", "i", "l", "z", "p", "u", "j"}
COMMON_FREQ = 500


def common_short_forms(short: dict[str, list[int]], levels: list[str]) -> frozenset[str]:
    """Short forms that are also ordinary words, per jieba's dictionary: they name a place
    only when anchored (written next to their parent, or in their full form)."""
    words = _jieba_words(short)
    out = set()
    for s, ids in short.items():
        if s not in words:
            continue
        freq, tag = words[s]
        top = min(LEVEL_RANK[levels[i]] for i in ids)
        if top >= LEVEL_RANK["district"] and (tag in COMMON_TAGS or freq >= COMMON_FREQ):
            out.add(s)
        elif tag in COMMON_TAGS and tag not in ("v", "d", "j") and freq >= COMMON_FREQ:
            out.add(s)  # a city short form that is a frequent adjective/noun (东方, 平安)
    return frozenset(out)


def _char_weights() -> dict[str, int]:
    """How common each character is: the summed frequencies of the words of jieba's
    dictionary file that hold it (only at build time)."""
    import jieba
    weight: dict[str, int] = {}
    with (Path(jieba.__file__).parent / "dict.txt").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2:
                for c in parts[0]:
                    weight[c] = weight.get(c, 0) + int(parts[1])
    return weight


def _jieba_words(keys) -> dict[str, tuple[int, str]]:
    """(frequency, part of speech) from jieba's dictionary file for the words in `keys`."""
    import jieba  # only at build time
    path = Path(jieba.__file__).parent / "dict.txt"
    words: dict[str, tuple[int, str]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and parts[0] in keys:
                words[parts[0]] = (int(parts[1]), parts[2])
    return words


def renamed_divisions(names: list[str], parents: list[int]) -> list[tuple[str, str, int]]:
    """(old name, old short form, id of the division now) from jionlp's
    china_location_change.txt (``date, approval, province, short, [city, short, [county,
    short]] => province, [city, [county]]``)."""
    index: dict[tuple[str, ...], int] = {}
    for i, name in enumerate(names):
        p = parents[i]
        if p < 0:
            index[(name,)] = i
        elif parents[p] < 0:
            index[(names[p], name)] = i
        elif parents[parents[p]] < 0:
            index[(names[parents[p]], names[p], name)] = i
    out = []
    path = data_dir() / "china_location_change.txt"
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=>" not in line:
            continue
        left, right = line.split("=>", 1)
        old = left.split("\t")[2:]
        new = tuple(x.strip() for x in right.split("\t") if x.strip())
        if len(old) < 2 or new not in index:
            continue
        old_name, old_short = old[-2].strip(), old[-1].strip()
        if old_name and old_name != new[-1]:
            out.append((old_name, old_short, index[new]))
    return out


TOWN_SUFFIX = re.compile(f"(?:{alternation(TOWN_SHORT_SUFFIXES)})$")


def town_short_forms(names: list[str], levels: list[str], full: dict[str, list[int]],
                     short: dict[str, list[int]]) -> dict[str, list[int]]:
    """Short forms of towns and subdistricts (团洲 for 团洲乡, 大碶 for 大碶街道): the name
    without its suffix, two characters or more, when it is no other name and no word of
    jieba's dictionary (place words excepted). They count only where anchored (see
    kg.places)."""
    out: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        if levels[i] not in ("town", "subdistrict") or name.endswith(ETHNIC_TOWNS):
            continue
        s = TOWN_SUFFIX.sub("", name)
        if s != name and len(s) >= 2 and s not in full and s not in short:
            out.setdefault(s, []).append(i)
    words = _jieba_words(out)
    return {s: ids for s, ids in out.items()
            if s not in words or (words[s][1] == "ns" and words[s][0] < COMMON_FREQ)}


def common_words(full: dict[str, list[int]], levels: list[str]) -> list[str]:
    """Town and village names that jieba's dictionary knows as ordinary words (not
    place names): 新农村, 小城镇."""
    small = {n for n, ids in full.items()
             if all(levels[i] in ("town", "subdistrict", "village") for i in ids)}
    known = _jieba_words(small)
    tails = _jieba_words({w[1:] for w in known})
    return [w for w, (freq, tag) in known.items() if freq >= 20 and (
        tag not in ("ns", "nr", "nrt", "nz")
        or (tag != "ns" and tails.get(w[1:], (0, ""))[0] >= 100))]  # 小城镇 = 小 + 城镇


def _parse(text: str) -> tuple[list, list, list, list, list]:
    names: list[str] = []
    levels: list[str] = []
    adcodes: list[str | None] = []
    shorts: list[str | None] = []
    parents: list[int] = []
    stack: list[int] = []  # stack[d] = id standing for depth d (a placeholder reuses its parent)
    for line in text.split("\n"):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip("\t"))
        cols = line.strip().split("\t")
        name = cols[0].strip()
        adcode = cols[1].strip() if len(cols) > 1 and cols[1].strip() else None
        short = cols[2].strip() if len(cols) > 2 and cols[2].strip() else None
        del stack[depth:]
        parent = stack[-1] if stack else -1
        if depth == 0:
            level = "province"
        elif name in PLACEHOLDERS or (parent >= 0 and name == names[parent]):
            stack.append(parent)  # placeholder or a municipality's repeated line
            continue
        elif depth == 1:
            level = "city"
        elif depth == 2:
            level = "zone" if name.endswith(ZONE_SUFFIXES) and not name.endswith(NEW_AREAS) \
                else _county_level(name)
        elif depth == 3:
            level = _town_level(name)
        else:
            level = "village"
        names.append(name)
        levels.append(level)
        adcodes.append(adcode)
        shorts.append(short if depth <= 2 else None)
        parents.append(parent)
        stack.append(len(names) - 1)
    return names, levels, adcodes, shorts, parents


def _cache_path(source: Path) -> Path:
    """The pickle's path, keyed by the data set's size and mtime and by the vocabulary
    files the index was built with."""
    st = source.stat()
    digest = hashlib.sha1()
    for name, suffix in VOCABULARY:
        digest.update(vocab_path(name, suffix).read_bytes())
    suffixes = digest.hexdigest()[:8]
    root = Path(os.environ.get("KG_CACHE", Path.home() / ".cache" / "kg"))
    return root / (f"gazetteer-v{CACHE_VERSION}-{st.st_size}-{int(st.st_mtime)}"
                   f"-{suffixes}.pickle")


def build(source: Path | None = None) -> Gazetteer:
    """Parse the data set (no cache)."""
    source = source or data_dir() / "china_location.zip"
    with zipfile.ZipFile(source) as zf:
        text = zf.read("china_location.txt").decode("utf-8")
    return Gazetteer(*_parse(text))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process (from the pickle cache when it is fresh).
    A cache folder that cannot be read or written costs a build in memory and one
    warning on stderr, never an article."""
    source = data_dir() / "china_location.zip"
    cache = _cache_path(source)
    try:
        if cache.exists():
            try:
                with cache.open("rb") as fh:
                    return pickle.load(fh)
            except OSError:
                raise
            except Exception:  # a stale or broken cache is rebuilt below
                pass
    except OSError as exc:
        print(f"kg: cannot read the gazetteer cache {cache}: {exc.strerror or exc}; "
              "building it in memory", file=sys.stderr)
        return build(source)
    if _built_apart(source, cache):
        try:
            with cache.open("rb") as fh:
                return pickle.load(fh)
        except Exception:  # noqa: BLE001 - built below, in this process
            pass
    gaz = build(source)
    _write_cache(gaz, cache)
    return gaz


def _built_apart(source: Path, cache: Path) -> bool:
    """Build the gazetteer and write its cache in a forked child process: the build's
    transient tables (some 200 MB) never enter this process's heap, which the worker
    processes then share. False where there is no fork or the cache was not written."""
    if not hasattr(os, "fork"):
        return False
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the child: build, write, and leave without running any cleanup
        code = 1
        try:
            code = 0 if _write_cache(build(source), cache, quiet=True) else 1
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return status == 0 and cache.exists()


def _write_cache(gaz: Gazetteer, cache: Path, quiet: bool = False) -> bool:
    """Pickle `gaz` to `cache` atomically and remove the caches of other data; False
    (with one warning unless `quiet`) when the folder cannot be written."""
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        try:
            with tmp.open("wb") as fh:
                pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, cache)
        finally:
            tmp.unlink(missing_ok=True)
        for old in cache.parent.glob("gazetteer-*.pickle"):  # built from other data (50 MB each)
            if old != cache:
                old.unlink(missing_ok=True)
    except OSError as exc:
        if not quiet:
            print(f"kg: cannot write the gazetteer cache {cache}: {exc.strerror or exc}; "
                  "it is built again by each run", file=sys.stderr)
        return False
    return True
