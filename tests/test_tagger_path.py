"""The LAC tagger's path (kg/extract/ner.py, components/tagged_people.py): what it skips
and how it decodes must give the same names as sending every flagged window to the
tagger and confirming each PER span. Sentences are written in the genre's style."""
from __future__ import annotations

import importlib

from kg.extract.persons import confirm_tagged
from kg.extract.state import ArticleState

tagged = importlib.import_module("kg.extract.components.tagged_people")

TEXTS = [
    "座谈会上，周立新、吴秀兰、郑国华等同志先后发言。而纪平表示，要全面从严治党。",
    "当天晚上，等到曹鹏飞和蔡朝阳等4人回到益阳，已经是晚上12点。林森林场的段航道说。",
    "欧阳明华和司马文强在会上介绍了环评、能评、安评的进展，向平华也参加了会议。",
]


def test_confirmable_spans_hold_every_span_the_rules_accept():
    accepted = 0
    for text in TEXTS:
        state = ArticleState(text)
        for sent in state.sentences:
            ok = tagged.confirmable(state, sent, sent.start, sent.end)
            for s in range(sent.start, sent.end):
                for e in range(s + 1, min(s + 7, sent.end) + 1):
                    verdict = confirm_tagged(text[s:e], text, s, e, sent, state.count)
                    accepted += verdict
                    assert ok.get((s, e), False) == verdict, (text[s:e], s, e)
    assert accepted >= 5


def test_a_window_only_of_spans_the_rules_refuse_is_not_sent(monkeypatch):
    sent_to_tagger: list[str] = []
    monkeypatch.setattr(tagged, "persons_in", lambda clause: sent_to_tagger.append(clause) or ())
    for text in ("夏收、夏种、夏管工作全面展开。", "他说，向平华也参加了。"):
        state = ArticleState(text)
        for sent in state.sentences:
            tagged.tagged_people(state, sent)
    assert sent_to_tagger == ["向平华也参加了。"]  # 夏管 is flagged, but no span there is a name
