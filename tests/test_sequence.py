"""The sequence tagger (kg.sequence): CLUENER reading, features, the flag, training
and the shipped model on real sentences."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import need_shared
from kg.sequence import Span, Tagger, spans, worth_tagging
from kg.sequence.cluener import bioes, decode, parse_record, read_records, score
from kg.sequence.features import char_class, kg_words, lexicon_marks, sentence_features
from kg.sequence.model import MAX_CHARS, MODEL_FILE
from kg.sequence import native
from kg.sequence.train import Settings, main as train_main, train



def cluener_dev() -> Path:
    """CLUENER's dev file in the shared folder, or a skip naming it (a failure under CI)."""
    return need_shared("eval", "cluener", "dev.json")


def _line(text: str, **labels: dict) -> str:
    return json.dumps({"text": text, "label": labels}, ensure_ascii=False)


def test_record_spans_are_end_exclusive_and_tags_round_trip():
    record = parse_record(_line("北京勘察设计协会副会长周荫如",
                                organization={"北京勘察设计协会": [[0, 7]]},
                                position={"副会长": [[8, 10]]}, name={"周荫如": [[11, 13]]}))
    assert record.spans == ((0, 8, "organization"), (8, 11, "position"), (11, 14, "name"))
    tags = bioes(len(record.text), record.spans)
    assert tags[8:11] == ["B-position", "I-position", "E-position"]
    assert decode(tags) == list(record.spans)
    assert decode(["S-name", "O", "I-company", "E-company", "B-name"]) == [
        (0, 1, "name"), (2, 4, "company"), (4, 5, "name")]


def test_a_span_that_does_not_fit_its_text_names_file_and_line(tmp_path):
    bad = tmp_path / "train.json"
    bad.write_text(_line("张三是局长", name={"张三": [[0, 1]]}) + "\n"
                   + _line("张三是局长", name={"李四": [[0, 1]]}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"train\.json:2: .*李四"):
        list(read_records(bad))


def test_lexicon_features_mark_titles_heads_and_surnames():
    marks = lexicon_marks("市发展改革委副主任王某")
    assert "organization:E" in marks[5]  # 发展改革委 ends at 委
    assert {"title:B", "title:I", "title:E"} <= {m for m in marks[6] + marks[7] + marks[8]}
    assert "sn" in marks[9]
    feats = sentence_features("市发展改革委副主任王某")
    assert "x-=title:E" in feats[9] and "c=王" in feats[9]
    with pytest.raises(ValueError, match="unknown feature set"):
        sentence_features("王某", "words")


SAMPLES = ("市发展改革委副主任王某到华立集团股份有限公司调研。",
           "阿卜杜·热合曼说，今年收成很好，CAPCOM和xbox也来了",
           "县长", "。", "浙江省杭州市副市长陈建国昨天到镇上开会，他说：“要抓好落实！”")


def _template_features(text: str, words: list[str]) -> list[list[str]]:
    """The templates of `features` written out the slow, plain way: the reference the
    one-pass builder must match feature for feature."""
    padded, n = "\x02\x02" + text + "\x03\x03", len(text)
    marks = lexicon_marks(text)
    word_of = [(w, k, len(w)) for w in words for k in range(len(w))]
    out = []
    for i in range(n):
        a, b, c, d, e = padded[i:i + 5]
        left = char_class(text[i - 1]) if i else "^"
        right = char_class(text[i + 1]) if i + 1 < n else "$"
        feats = ["b", "c=" + c, "l=" + b, "r=" + d, "ll=" + a, "rr=" + e, "lc=" + b + c,
                 "cr=" + c + d, "al=" + a + b, "dr=" + d + e, "k=" + char_class(c) + left + right]
        feats += ["x=" + m for m in marks[i]]
        feats += ["x-=" + m for m in (marks[i - 1] if i else [])]
        feats += ["x+=" + m for m in (marks[i + 1] if i + 1 < n else [])]
        w, k, size = word_of[i]
        pos = "S" if size == 1 else ("B" if k == 0 else "E" if k == size - 1 else "M") + str(min(size, 4))
        feats += ["s=" + pos] + (["w=" + w] if 2 <= size <= 4 else [])
        out.append(sorted(feats))
    return out


def test_one_pass_features_are_the_templates_feature_for_feature():
    for text in SAMPLES:
        words = kg_words(text)
        built = sentence_features(text, "chars+lex+words", words)
        assert [sorted(f) for f in built] == _template_features(text, words), text
        assert sentence_features(text, "chars+lex+words") == built  # words segmented here


def test_features_the_model_does_not_know_are_left_out_and_tags_stay_the_same():
    tagger = Tagger(native=False)
    assert tagger.features.known  # the shipped model's attributes, beside it
    crf = tagger._tagger
    for text in SAMPLES + tuple(r.text for r in list(read_records(cluener_dev()))[:200]):
        full = sentence_features(text, tagger.feature_set)
        kept = tagger.features.build(text)  # as bytes, encoded once per table entry
        assert sum(map(len, kept)) <= sum(map(len, full))
        assert all({a.decode() for a in k} <= set(f) for k, f in zip(kept, full))
        crf.set(full)
        tags = crf.tag()
        marginals = [crf.marginal(t, i) for i, t in enumerate(tags)]
        crf.set(kept)
        assert crf.tag() == tags, text
        assert [crf.marginal(t, i) for i, t in enumerate(tags)] == pytest.approx(marginals, abs=1e-12)


def test_the_taggers_tables_give_the_known_features_in_template_order_as_bytes():
    """The tagger's builder fills its character and bigram tables from the model's
    attributes once: every known feature of a sentence is there, in order, nothing else."""
    tagger = Tagger(native=False)
    known = tagger.features.known
    texts = SAMPLES + ("欧阳明和司马光、诸葛亮", "x") + tuple(r.text for r in list(read_records(cluener_dev()))[:100])
    for text in texts:
        words = kg_words(text)
        expected = [[f.encode() for f in feats if f in known]
                    for feats in sentence_features(text, tagger.feature_set, words)]
        assert tagger.features.build(text, words) == expected, text
        assert tagger.features.build(text) == expected, text  # words segmented here


def test_compound_surnames_are_marked_where_they_start():
    marks = lexicon_marks("副主任欧阳明和诸葛亮")
    assert "sn2" in marks[3] and "sn2" in marks[7]
    assert "sn2" not in marks[4] and "sn2" not in marks[8]
    assert lexicon_marks("") == []


def test_flag_picks_sentences_with_a_title_a_body_or_a_dotted_name():
    assert worth_tagging("区委书记李明到项目现场调研")
    assert worth_tagging("他来自某某科技有限公司")
    assert worth_tagging("阿卜杜·热合曼说，今年收成很好")
    assert worth_tagging("县交通运输局局长出席")
    assert not worth_tagging("今年的雨水比往年多，收成很好。")
    assert not worth_tagging("这一局比赛很精彩")  # single-character heads do not flag


def test_training_is_deterministic_and_learns_its_data(tmp_path):
    lines = [_line(f"{s}市长{g}说话", name={g: [[len(s) + 2, len(s) + 2 + len(g) - 1]]},
                   position={"市长": [[len(s), len(s) + 1]]})
             for s in ("杭州", "宁波", "温州", "南京") for g in ("王小明", "李大为", "赵中华")]
    records = [parse_record(line) for line in lines]
    settings = Settings("chars+lex", c1=0.0, c2=0.01, iterations=40, minfreq=1)
    first = train(records, settings, tmp_path / "a" / "m.crfsuite")
    second = train(records, settings, tmp_path / "b" / "m.crfsuite")
    assert first.read_bytes() == second.read_bytes()
    assert json.loads(first.with_suffix(".json").read_text())["feature_set"] == "chars+lex"
    found = Tagger(first).spans("苏州市长王小明说话")
    assert [(s.text, s.label) for s in found] == [("市长", "position"), ("王小明", "name")]
    assert all(0.0 < s.prob <= 1.0 for s in found)


def test_a_failed_training_run_leaves_the_previous_model(tmp_path, capsys):
    out = tmp_path / "m.crfsuite"
    out.write_bytes(b"previous")
    bad = tmp_path / "train.json"
    bad.write_text("{not json\n", encoding="utf-8")
    assert train_main(["--train", str(bad), "--out", str(out)]) == 2
    assert "train.json:1" in capsys.readouterr().err
    assert out.read_bytes() == b"previous"


def test_shipped_model_reads_names_posts_and_bodies():
    assert MODEL_FILE.is_file() and MODEL_FILE.stat().st_size < 15_000_000
    sentence = "浙江省杭州市副市长陈建国昨天到华立集团股份有限公司调研。"
    found = {(s.text, s.label) for s in spans(sentence)}
    assert ("陈建国", "name") in found
    assert ("副市长", "position") in found
    assert any(label == "company" and text.endswith("华立集团股份有限公司") for text, label in found)


def test_long_sentences_are_tagged_in_windows_with_sentence_offsets():
    sentence = "会议指出，要抓好各项工作落实。" * (MAX_CHARS // 15 + 1) + "副县长刘志强出席会议。"
    found = spans(sentence)
    assert all(isinstance(s, Span) and sentence[s.start:s.end] == s.text for s in found)
    assert any(s.text == "刘志强" and s.label == "name" and s.start > MAX_CHARS for s in found)
    assert spans("") == []


def test_shipped_model_on_cluener_dev_meets_the_issue_target():
    """Issue 12's CLUENER target (micro F1 ≥ 0.55 over name, company, government,
    position); the shipped model was trained on train only."""
    dev = cluener_dev()
    tagger = Tagger()
    records = list(read_records(dev))
    scores = score((r, [(s.start, s.end, s.label) for s in tagger.spans(r.text)]) for r in records)
    assert scores["micro (name, company, government, position)"]["f1"] >= 0.55
    assert scores["name"]["precision"] >= 0.7


# ---- the CRF in C (kg.sequence.native) against pycrfsuite ----

def _need_native() -> None:
    """Skip without the C extension's CRF; under CI it must have been built (a silent
    fallback to pycrfsuite would only be slower)."""
    from conftest import in_ci

    if not native.available():
        message = "kg._speedups has no CRF (pip install -e . builds it)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)


def _marginals(crf, tags: list[str], spans_: list[tuple[int, int, str]]) -> list[float]:
    return [min(crf.marginal(tags[i], i) for i in range(s, e)) for s, e, _ in spans_]


def test_crf_in_c_tags_real_news_as_pycrfsuite_does():
    """Every sentence of a few thousand bulk items (and every 400-character window of
    every tenth item's whole text): the CRF in C gives pycrfsuite's tags, the same spans,
    and marginals within 1e-9 that round alike; the columns it gathers are the feature
    lists pycrfsuite is given."""
    from kg.text.sentences import split_sentences

    _need_native()
    c_tagger, py_tagger = Tagger(native=True), Tagger(native=False)
    crf, ids = py_tagger._tagger, c_tagger._crf.ids
    assert c_tagger.features.known == py_tagger.features.known  # the same attributes
    texts: list[str] = []
    for year in ("2016", "2023"):
        with open(need_shared("corpus", "bulk", f"xwlb-{year}.jsonl"), encoding="utf-8") as fh:
            for k, line in enumerate(fh):
                if k % 4 == 0:
                    item = json.loads(line)
                    text = item["title"] + "\n" + item["text"]
                    texts += [t for _, _, t in split_sentences(text)]
                    if k % 40 == 0:
                        texts += [text[o:o + MAX_CHARS] for o in range(0, len(text), MAX_CHARS)]
    windows = spans_seen = 0
    for text in texts:
        if not text:
            continue
        windows += 1
        words = kg_words(text)
        as_bytes = py_tagger.features.build(text, words)
        crf.set(as_bytes)
        tags = crf.tag()
        items = c_tagger.features.build(text, words)
        assert items == [[ids[f.decode()] for f in fs] for fs in as_bytes]
        assert c_tagger._crf.tag(items) == tags, text
        assert c_tagger._crf.tag_columns(len(text), c_tagger.features.columns(text, words)) == tags
        found = decode(tags)
        expected = _marginals(crf, tags, found)
        got = c_tagger._crf.probs([(s, e) for s, e, _ in found])
        assert got == pytest.approx(expected, abs=1e-9, rel=0)
        assert [round(p, 4) for p in got] == [round(p, 4) for p in expected]
        assert c_tagger._window(text, 0, words, None) == py_tagger._window(text, 0, words, None)
        spans_seen += len(found)
    assert windows > 20_000 and spans_seen > 20_000


def test_crf_in_c_breaks_ties_as_crfsuite(tmp_path):
    """A model whose labels A and B have equal weights (trained on symmetric data): the
    paths tie, and crfsuite's first label wins, in C as in pycrfsuite; the marginals of a
    tie are equal. Positions scored out of order and twice give the same numbers."""
    import pycrfsuite

    _need_native()
    trainer = pycrfsuite.Trainer(verbose=False)
    for labels in (["A", "B"], ["B", "A"], ["A", "A"], ["B", "B"], ["C", "C"]):
        trainer.append([["x"], ["x", "y"]], labels)  # A and B alike, C apart
    trainer.set_params({"c1": 0.0, "c2": 0.1, "max_iterations": 50})
    path = tmp_path / "tie.crfsuite"
    trainer.train(str(path))
    crf = pycrfsuite.Tagger()
    crf.open(str(path))
    c = native.NativeCrf(path)
    for attrs in ([["x"]], [["x"], ["x", "y"]], [["x", "y"]] * 5, [["y"], ["x"], ["x"]]):
        crf.set(attrs)
        tags = crf.tag()
        assert crf.marginal("A", 0) == crf.marginal("B", 0)  # a tie indeed
        items = [[c.ids[a] for a in item] for item in attrs]
        assert c.tag(items) == tags
        spans_ = [(t, t + 1) for t in reversed(range(len(tags)))] + [(0, len(tags))]
        assert c.probs(spans_) == [crf.marginal(tags[t], t) for t in reversed(range(len(tags)))] \
            + [min(crf.marginal(tags[t], t) for t in range(len(tags)))]
        assert c.probs(spans_[:1]) == c.probs(spans_)[:1]


def test_crf_in_c_refuses_what_it_cannot_score():
    _need_native()
    c = Tagger(native=True)._crf
    assert c.tag([]) == [] and c.tag_columns(0, ()) == []
    with pytest.raises(ValueError, match="out of range"):
        c.tag([[len(c.ids)]])
    with pytest.raises(TypeError):
        c.tag([["b"]])
    c.tag([[0], [0]])
    with pytest.raises(ValueError, match="outside"):
        c.probs([(1, 3)])
    with pytest.raises(ValueError, match="too short"):
        c.tag_columns(3, (([(0,), (0,)], 0, -1),))
    with pytest.raises(ValueError):
        native.read_model(Path(__file__))


def test_c_lookups_are_the_builders_dict_lookups():
    """crf_table / crf_lookup: per position, mapping.get(text[i:i + width], missing)."""
    _need_native()
    from kg._speedups import crf_lookup, crf_table

    none = ()
    uni = {"\x02": (1,), "北": (2,), "𠀋": (3,)}
    bi = {"北京": (4,), "\x02北": (5,), "京𠀋": (6,)}
    text = "\x02北京𠀋市北"
    assert crf_lookup(crf_table(uni, 1), text, none) == [uni.get(c, none) for c in text]
    assert crf_lookup(crf_table(bi, 2), text, none) == [bi.get(text[i:i + 2], none)
                                                        for i in range(len(text) - 1)]
    assert crf_lookup(crf_table(bi, 2), "北", none) == [] == crf_lookup(crf_table({}, 1), "", none)
    with pytest.raises(ValueError, match="2 characters"):
        crf_table({"北": 1}, 2)
    tagger = Tagger(native=True)
    assert tagger.features._ctables is not None  # the native path looks up in C
