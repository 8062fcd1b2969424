"""Company names refused once the article is read because they name a kind of firm, not
one firm: every mention counted (5家某国公司, 多家某国航空公司, 第一家某某证券公司,
各航空公司), or a country or place followed by a bare head (中国公司, 某国企业). Words are
data (kg/data/vocab/refuse/company_counts.tsv, company_kinds.tsv)."""
from __future__ import annotations

import re

from ..gazetteer import gazetteer
from ..text.vocabulary import chars, table, words
from .refuse_works import country_names

_COUNTS = {key: " ".join(cols).split() for key, cols in table("refuse/company_counts").items()}
COUNTER = _COUNTS["counter"][0]
ALONE = tuple(_COUNTS["alone"])
_NUMBERS = "0-9０-９" + chars("common/numerals") + chars("common/quantity_words") + "".join(_COUNTS["before"])
# A count of firms ending right before a name: 5家, 多家, 第一家, 首家; or 各 alone.
COUNTED = re.compile(rf"[{_NUMBERS}]{re.escape(COUNTER)}$|[{''.join(ALONE)}]$")
_KINDS = {key: " ".join(cols).split() for key, cols in table("refuse/company_kinds").items()}
KIND_HEADS = tuple(sorted(_KINDS["heads"], key=len, reverse=True))
HOME = frozenset(_KINDS["home"])
PLACE_LEVELS = ("province", "city")  # a place that owns firms of a kind (not a town: 某西公司)
LOOKBACK = 4  # characters before a mention read for its count
CRIME_WORDS = tuple(words("refuse/crime_group_words"))


def counted_company(name: str, text: str) -> bool:
    """Whether `name` opens with a count (各航空公司), or every mention of it in `text`
    follows one (5家某国公司); a name the text never writes is kept."""
    if name.startswith(ALONE) and len(name) > 3:
        return True
    found = [m.start() for m in re.finditer(re.escape(name), text)]
    return bool(found) and all(COUNTED.search(text[max(0, k - LOOKBACK):k]) for k in found)


def place_kind(name: str) -> bool:
    """Whether `name` is a country or place followed by a bare head (中国公司, 某国企业)."""
    head = next((h for h in KIND_HEADS if name.endswith(h)), None)
    if head is None:
        return False
    core = name[:-len(head)]
    return core in HOME or core in country_names() \
        or len(core) >= 2 and any(d.level in PLACE_LEVELS for d in gazetteer().lookup(core))


def crime_group(name: str) -> bool:
    """Whether `name` is a gang written with a firm's head (恶势力犯罪集团, 诈骗集团)."""
    return any(w in name for w in CRIME_WORDS)


def refused_company(name: str, text: str) -> bool:
    return place_kind(name) or crime_group(name) or counted_company(name, text)
