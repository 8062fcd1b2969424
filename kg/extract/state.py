"""What the components of extraction share while they read one article: its text layer
and places, the registry of what was found, and the few running tables the rules consult
(the people met so far, the spans of names, the bodies of the current sentence)."""
from __future__ import annotations

from ..model import Extraction
from ..text.document import Text
from .context import ArticleContext
from .orgs import Named
from .registry import Registry
from .spans import Sentence

MAX_TEXT = 2_000_000  # characters read per article


class ArticleState:
    """One article as extraction reads it."""

    def __init__(self, text: str, published: str | None = None) -> None:
        self.text = text[:MAX_TEXT]
        self.published = published[:10] if published else None  # the article's date (ISO)
        year = (published or "")[:4]
        self.year = int(year) if year.isdigit() else None  # the publication year, if known
        doc = Text(self.text)
        self.ctx = ArticleContext(doc)                  # "places"
        self.sentences = [Sentence(s, self.ctx) for s in doc.sentences]
        self.reg = Registry()                           # "graph.*": entities and relations
        self.people: dict[str, int] = {}                # "people": name -> first position
        self.people_listed = 0                          # "people": how many when the sentence's lists were read
        self.name_spans: list[tuple[int, int]] = []     # "name_spans": company and project names
        self.named: list[Named] = []                    # "sentence.names": this sentence's bodies
        self.body_spans: list[tuple[int, int]] = []     # "sentence.body_spans": their spans
        # "bare_titles": 某某书记 read in the sentences: (name, title, at, sentence, status)
        self.bare: list[tuple[str, str, int, Sentence, str]] = []
        self.resume: str | None = None                  # "resume": the subject of a résumé
        self.extraction: Extraction | None = None       # "extraction": the result
        self._counts: dict[str, int] = {}

    def count(self, s: str) -> int:
        """How often `s` is written in the article."""
        c = self._counts.get(s)
        if c is None:
            c = self._counts[s] = self.text.count(s)
        return c
