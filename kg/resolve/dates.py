"""Dates on relations: every HOLDS carries `first_seen` and `last_seen` (the earliest and
latest publication date of the articles that state it), and keeps `start` / `end` when a
relation reports them (an appointment or a removal): the earliest start, the latest end."""
from __future__ import annotations

EARLIEST = ("start", "first_seen")
LATEST = ("end", "last_seen")
DATED = EARLIEST + LATEST
SEEN_TYPES = ("HOLDS",)


def iso_day(value: str | None) -> str | None:
    """The ISO date (YYYY-MM-DD, or shorter when that is all there is) of `value`."""
    return value[:10] if value else None


def widen(data: dict, key: str, value: str | None) -> None:
    """Set `data[key]` to `value` where it makes the span wider (min for start and
    first_seen, max for end and last_seen); empty values change nothing."""
    if not value:
        return
    have = data.get(key)
    if not have or (key in EARLIEST and value < have) or (key in LATEST and value > have):
        data[key] = value


def merge_props(data: dict, props: dict) -> None:
    """Fold a relation's properties into the stored link: date keys widen the span, any
    other key keeps the first value (a term reported ended keeps its status and its
    `end`: the timeline reads it as former)."""
    for key, value in props.items():
        if key in EARLIEST or key in LATEST:
            widen(data, key, value)
        else:
            data.setdefault(key, value)


def see(data: dict, rel_type: str, published: str | None) -> None:
    """Record that an article published on `published` states this link."""
    if rel_type in SEEN_TYPES:
        day = iso_day(published)
        widen(data, "first_seen", day)
        widen(data, "last_seen", day)
