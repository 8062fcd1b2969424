"""The data the stages hand each other: documents, articles, entities, relations.

Labels and relationship types are those of the public data model
(shared/docs/data-model.md); nothing else may reach the graph.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

LABELS = ("Article", "Person", "Post", "Organization", "Company", "Place",
          "TaskForce", "Program", "Project")
ENTITY_LABELS = LABELS[1:]
REL_TYPES = ("HOLDS", "OF", "MEMBER_OF", "PART_OF", "LOCATED_IN", "ESTABLISHED",
             "IMPLEMENTS", "MENTIONS")


@dataclass
class RawDocument:
    """One document as read from disk or stdin, before any cleaning.

    `origin` names where it came from for messages: ``path`` or ``path:line``.
    `kind` is ``text`` or ``html``; `meta` holds title/url/published/source when the
    container (a JSON line) states them.
    """
    path: str
    origin: str
    content: str
    kind: str = "text"
    meta: dict = field(default_factory=dict)


@dataclass
class Article:
    """One cleaned article: normalised simplified text plus its metadata."""
    text: str
    path: str = ""
    title: str = ""
    source: str = ""
    published: str | None = None
    url: str = ""
    authors: list[str] = field(default_factory=list)
    script: str = "Hans"

    @property
    def id(self) -> str:
        """Stable id: a hash of the normalised title and text (same on every run), kept
        while the title and text are the same objects (rows ask for it once per entity)."""
        memo = self.__dict__.get("_id_memo")
        if memo is not None and memo[0] is self.title and memo[1] is self.text:
            return memo[2]
        value = article_id(self.title, self.text)
        self.__dict__["_id_memo"] = (self.title, self.text, value)
        return value

    def record(self) -> dict:
        return {"id": self.id, "title": self.title, "source": self.source,
                "published": self.published, "path": self.path, "url": self.url,
                "authors": self.authors, "script": self.script, "text": self.text}


def article_id(title: str, text: str) -> str:
    digest = hashlib.sha1(f"{title}\n{text}".encode("utf-8")).hexdigest()
    return f"a{digest[:15]}"


@dataclass(frozen=True)
class Ref:
    """A reference to an entity node: its label and key name."""
    label: str
    name: str

    @property
    def node_id(self) -> str:
        return node_id(self.label, self.name)


def node_id(label: str, name: str) -> str:
    return f"{label}:{name}"


@dataclass
class Entity:
    """An entity found in one article. `props` holds label-specific properties
    (Post.title, Place.level/adcode, Organization.kind); `aliases` other surface forms."""
    label: str
    name: str
    props: dict = field(default_factory=dict)
    aliases: set[str] = field(default_factory=set)
    count: int = 1

    @property
    def ref(self) -> Ref:
        return Ref(self.label, self.name)


@dataclass
class Relation:
    """A relation found in one article, with the sentence it was read from."""
    type: str
    source: Ref
    target: Ref
    sentence: str = ""
    props: dict = field(default_factory=dict)


@dataclass
class Extraction:
    """Everything extraction found in one article."""
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
