"""The text layer: vocabulary files, the one sentence splitter, kg's own segmenter, and an
article's `Text` (sentences, tokens and tags computed once)."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from conftest import in_ci, need_shared

from kg.text import vocabulary
from kg.text.document import Text
from kg.text.segmenter import segmenter
from kg.text.sentences import MAX_SENTENCE, split_sentences


def test_vocabulary_reads_word_lists_in_order_without_comments(tmp_path, monkeypatch):
    (tmp_path / "demo").mkdir()
    (tmp_path / "demo" / "verbs.txt").write_text(
        "# verbs of saying\n说 表示  # the common ones\n强调\n说\n", encoding="utf-8")
    (tmp_path / "demo" / "table.tsv").write_text("# word\tlevel\n市\tcity\n区\tdistrict zone\n",
                                                 encoding="utf-8")
    monkeypatch.setattr(vocabulary, "VOCAB", tmp_path)
    for fn in (vocabulary.words, vocabulary.table, vocabulary.chars, vocabulary.word_set):
        fn.cache_clear()
    try:
        assert vocabulary.words("demo/verbs") == ("说", "表示", "强调")  # once each, in order
        assert vocabulary.word_set("demo/verbs") == {"说", "表示", "强调"}
        assert vocabulary.table("demo/table") == {"市": ("city",), "区": ("district zone",)}
        with pytest.raises(FileNotFoundError, match="demo/none"):
            vocabulary.words("demo/none")
    finally:
        for fn in (vocabulary.words, vocabulary.table, vocabulary.chars, vocabulary.word_set):
            fn.cache_clear()


def test_every_vocabulary_file_has_a_comment_saying_its_role():
    files = sorted(vocabulary.VOCAB.rglob("*.t[sx][vt]"))
    assert len(files) > 100
    for f in files:
        first = f.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# ") and len(first) > 20, f"{f}: no role comment"


def test_splitter_caps_sentences_at_a_comma():
    clause = "这是一个很长的分句用来测试句子长度上限的效果"  # 22 characters
    text = "，".join([clause] * 15) + "。"
    sents = split_sentences(text)
    assert all(e - s <= MAX_SENTENCE for s, e, _ in sents)
    assert all(t.endswith(("，", "。")) for _, _, t in sents)  # cut after a comma
    assert "".join(t for _, _, t in sents) == text


def test_splitter_strips_blanks_and_drops_punctuation_only_runs():
    assert split_sentences("  第一句。\n\n……\n第二句！") == [(2, 6, "第一句。"), (11, 15, "第二句！")]


def test_segmenter_knows_the_domain_words_and_their_tags():
    seg = segmenter()
    assert seg.cut("常务副县长李明华说") == ["常务副县长", "李明华", "说"]  # a title from titles.txt
    assert seg.in_dict("常务副县长") and seg.freq("常务副县长") == 2000
    assert seg.tag("纾困") == "vn"  # a task word (text/task_words.txt) with its tag
    assert seg.dictionary_words("翠峰科技") == ("翠", "峰", "科技")  # no HMM: unknown stays single
    assert seg.cut("翠峰科技") == ["翠峰", "科技"]  # the HMM joins it


def test_segmenter_cuts_and_tags_as_jieba_itself_does():
    """kg's tokenizer rewrites jieba's inner loops for speed and shares the default
    dictionary's words: its words and tags are jieba's own (less text/split_words, with
    text/unit_words added at no weight), with the HMM or without."""
    import jieba
    import jieba.posseg

    from kg.text.segmenter import DOMAIN_FREQ, default_tokenizer, domain_words

    plain = jieba.Tokenizer()
    plain.initialize()
    domain = jieba.Tokenizer()
    domain.initialize()
    for word, tag in domain_words():
        domain.add_word(word, freq=DOMAIN_FREQ, tag=tag)
    total = domain.total
    for word in vocabulary.words("text/unit_words"):  # departments, added with no weight (放疗科)
        domain.add_word(word, freq=DOMAIN_FREQ, tag="n")
    domain.total = total
    for word in vocabulary.words("text/split_words"):  # kept as prefixes, no words (部长|职务)
        if domain.FREQ.get(word):
            domain.FREQ[word] = 0
    tagger = jieba.posseg.POSTokenizer(domain)
    tagger.makesure_userdict_loaded()
    seg = segmenter()
    assert seg.FREQ == domain.FREQ and seg.tags == tagger.word_tag_tab
    sentences = ["常务副县长李明华说，全县已成立防汛专班。", "翠峰科技在鹤鸣镇投资3.5亿元建设新厂房",
                 "区委书记欧阳晓峰、区长司马文俊调研了南湖片区的老旧小区改造工作",
                 "ＡＢＣ公司于2023年12月落户，乡村振兴“百千万工程”持续推进！", "", "。。",
                 "新华社 北京\r\n3月5日电　(记者 王小明)GDP增长5.2%  C++、A-1区 \t李华说"]
    for text in sentences:
        assert seg.cut(text) == list(domain.cut(text))
        assert list(seg.tokenizer.cut(text, HMM=False)) == list(domain.cut(text, HMM=False))
        assert seg.pos_tags(text) == [(p.word, p.flag) for p in tagger.cut(text)]
        assert list(default_tokenizer().cut(text)) == list(plain.cut(text))


def test_route_in_c_equals_the_python_loop_on_real_news():
    """The route loop in C (kg._speedups, built by setup.py) gives the Python loop's
    route on every block of a year of news, with kg's words and with jieba's own; under CI
    the extension must have been built (a silent fallback would only be slower)."""
    import json

    import jieba

    from kg.text import segmenter as seg_mod

    if seg_mod._croute is None:
        message = "kg._speedups was not built (pip install -e . builds it)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    blocks = []
    with open(need_shared("corpus", "bulk", "xwlb-2013.jsonl"), encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            if k % 4 == 0:
                item = json.loads(line)
                blocks += [b for b in jieba.re_han_default.findall(item["title"] + item["text"]) if b]
    blocks += ["", "翠", "ＡＢＣ公司2023年", "常务副县长李明华"]
    for tok in (segmenter().tokenizer, seg_mod.default_tokenizer()):
        assert [tok._route(b) for b in blocks] == [tok._route_py(b) for b in blocks]
    assert sum(map(len, blocks)) > 500_000


def test_route_table_follows_the_dictionary():
    """The C route's table is made again when the dictionary grows (add_word), and a
    dictionary the table cannot hold (a frequency below 0) is refused with a clear error."""
    from kg.text import segmenter as seg_mod

    if seg_mod._croute is None:
        pytest.skip("kg._speedups was not built")
    tok = seg_mod._tokenizer_class()()
    tok.FREQ, tok.total, tok.initialized = {"北": 5, "北京": 10, "京": 3, "市": 4}, 22, True
    assert tok._route("北京市") == tok._route_py("北京市") == [1, 1, 2]
    tok.add_word("京市", freq=900)
    assert tok._route("北京市") == tok._route_py("北京市") == [0, 2, 2]
    tok.FREQ["北京"], tok.total = -1, 10  # (jieba never holds one)
    with pytest.raises(ValueError, match="frequency"):
        tok._route("北京")


TAGGED_SAMPLE = "市招商局副局长在北京表示，全县成立工作专班。"


def test_segmenter_leaves_jiebas_global_tokenizers_alone():
    """In a fresh process: after extraction, jieba's own tokenizer and tagger know none of
    kg's words; the task words' tag is there before any tagging (not only after the first
    posseg cut, as it was when kg added its words to jieba.dt); jieba's tagger has not read
    its table (kg does not use it) and reads it on first use, tagging as without kg."""
    code = textwrap.dedent("""
        import jieba
        from kg.text.segmenter import segmenter
        assert segmenter().tag("纾困") == "vn"
        import jieba.posseg
        from kg.extract import extract
        from kg.model import Article
        extract(Article(text="常务副县长李明华说，全县成立助企纾困工作专班。"))
        assert not jieba.dt.initialized
        assert dict.__len__(jieba.posseg.dt.word_tag_tab) == 0  # jieba's table: not read by kg
        assert "纾困" not in jieba.posseg.dt.word_tag_tab and not jieba.dt.user_word_tag_tab
        assert len(jieba.posseg.dt.word_tag_tab) > 300000  # read on first use
        print(" ".join(f"{p.word}/{p.flag}" for p in jieba.posseg.cut(SAMPLE)))
        jieba.dt.initialize()
        assert "常务副县长" not in jieba.dt.FREQ and "纾困" not in jieba.dt.FREQ
        assert jieba.lcut("助企纾困") != ["助企", "纾困"]
        print("ok")
    """)
    out = subprocess.run([sys.executable, "-c", f"SAMPLE = {TAGGED_SAMPLE!r}\n" + code],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    # jieba's own tagger, after kg, tags as it does in a process without kg
    plain = subprocess.run([sys.executable, "-c", "import jieba.posseg; print(' '.join("
                            f"f'{{p.word}}/{{p.flag}}' for p in jieba.posseg.cut({TAGGED_SAMPLE!r})))"],
                           capture_output=True, text=True, timeout=300)
    assert plain.returncode == 0 and out.stdout.splitlines() == [plain.stdout.strip(), "ok"]


def test_text_segments_each_sentence_once_and_on_demand():
    doc = Text("市委召开会议。会议强调，要抓好落实。")
    first, second = doc.sentences
    assert first._tokens is None  # nothing segmented before it is read
    tokens = first.tokens
    assert first.tokens is tokens and second._tokens is None
    assert first.token_at(1) == (0, 2, "市委") and first.is_token(0, 2)
    assert doc.sentence_at(8) is second and doc.sentence_at(100) is None
    tags = second.pos_tags()
    assert second.pos_tags() is tags and ("会议" in [w for _, _, w, _ in tags])


def test_word_boundaries_come_from_the_sentence_tokens():
    doc = Text("在江苏昆山市场调研。")
    cuts = {t[0] for t in doc.sentences[0].tokens}
    assert all(doc.is_word_boundary(i) == (i in cuts or i == 10) for i in range(1, 10))
    assert doc.is_word_boundary(0) and doc.is_word_boundary(len(doc.text))


def test_tagger_hmm_decodes_as_jiebas_viterbi():
    """kg's tagger decodes runs of characters no dictionary word covers by its own
    Viterbi search (predecessors limited to those with a transition): the same
    probabilities and states as jieba's own on names, numbers, letters and single
    characters."""
    import sys

    import jieba.posseg as posseg

    from kg.text.postag import viterbi

    jieba_viterbi = sys.modules["jieba.posseg.viterbi"].viterbi
    runs = ["欧阳晓峰", "司马文俊", "翠峰", "李明华说", "阿卜杜艾力", "索南才让家", "鹤鸣镇",
            "甲", "乙丙", "的了吗呢", "龘靐齉"]
    for run in runs:
        prob, route = jieba_viterbi(run, posseg.char_state_tab_P, posseg.start_P,
                                    posseg.trans_P, posseg.emit_P)
        assert viterbi(run) == (prob, tuple(route)), run


def test_a_late_word_jieba_has_is_not_re_added_to_its_dictionary_nor_to_the_taggers_lexicon():
    from kg.sequence.features import lexicon_entries
    from kg.text.segmenter import default_tokenizer, domain_words
    from kg.text.vocabulary import words

    late = set(words("text/late_words"))
    assert late and not late & {w for w, _ in domain_words()} and not late & set(lexicon_entries())
    assert all(segmenter().freq(w) == default_tokenizer().FREQ[w] for w in late)


def test_a_late_head_jieba_lacks_is_added_neither_to_its_dictionary_nor_to_the_taggers_lexicon():
    from kg.sequence.features import lexicon_entries
    from kg.text.segmenter import domain_words
    from kg.text.vocabulary import words

    late = set(words("text/late_heads"))
    assert late and not late & {w for w, _ in domain_words()} and not late & set(lexicon_entries())
