"""Faster forms of loops extraction runs on every sentence give what the forms they
replace give: jieba's HMM for unknown runs (`kg.text.hmm`), the segmenter's cut along the
route in C (`kg._speedups.cut`), the look-up of a name written with quotes between its
characters (`refuse_described._written_at`), the name-like tokens of the sequence pass
(`kg.sequence.flag.proper_words`), and the endswith over a tuple of titles or heads."""
from __future__ import annotations

import random
import re

import pytest
from conftest import in_ci

from kg.text.segmenter import segmenter

# Made-up material: common characters (no corpus text), Latin letters and digits.
HAN = [chr(c) for c in range(0x4E00, 0x9FA5, 37)] + list(
    "的一是在了不和有大这主中人上为们地个用工时要动国产以我到他会作来分生对于学下级就年阶义发成部民可出"
    "能方进同行面说种过命度而多子后自社加小机也经力线本电高量长党得实家定深法表着水理化争现所起政好战"
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
    "省市县镇村区局厅委书记长副主任华明建军平海强国文伟东红新")
ASCII = list("abcXYZ0123456789.%")


def _strings(seed: int, count: int, alphabet: list[str], most: int = 16) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, most))) for _ in range(count)]


def test_hmm_cut_is_jiebas():
    """kg.text.hmm.cut gives jieba.finalseg.cut's words, on runs of characters and on
    mixed runs, and splits a word jieba must split."""
    from jieba import finalseg

    from kg.text import hmm

    runs = _strings(1, 4000, HAN) + _strings(2, 1000, HAN + ASCII, 24)
    assert [hmm.cut(r) for r in runs] == [list(finalseg.cut(r)) for r in runs]
    assert hmm.cut("李明华说") == ["李明华", "说"]
    word = hmm.cut("张建国同志")[0]
    finalseg.Force_Split_Words.add(word)
    try:
        assert hmm.cut("张建国同志") == list(finalseg.cut("张建国同志"))
        assert hmm.cut("张建国同志")[:len(word)] == list(word)
    finally:
        finalseg.Force_Split_Words.discard(word)


def _c_cut_or_skip():
    from kg.text import segmenter as seg_mod

    if seg_mod._ccut is None or seg_mod._croute is None:
        message = "kg._speedups was not built with cut (pip install -e . builds it)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    return seg_mod


def test_cut_in_c_equals_the_python_cut():
    """The cut along the route in C, the HMM's runs handed back, gives the Python cut's
    words with kg's dictionary and with jieba's own, and follows a dictionary that grows."""
    seg_mod = _c_cut_or_skip()
    blocks = _strings(3, 3000, HAN, 30) + _strings(4, 500, HAN + ASCII, 30) + [
        "", "翠", "常务副县长李明华在北京市人民政府表示", "ＡＢＣ公司2023年"]
    for tok in (segmenter().tokenizer, seg_mod.default_tokenizer()):
        assert [tok._Tokenizer__cut_DAG(b) for b in blocks] == [tok._cut_dag_py(b) for b in blocks]
    tok = seg_mod._tokenizer_class()()
    tok.FREQ, tok.total, tok.initialized = {"北": 5, "北京": 10, "京": 3, "市": 4}, 22, True
    assert tok._Tokenizer__cut_DAG("北京市南") == tok._cut_dag_py("北京市南")
    tok.add_word("京市", freq=900)
    assert tok._Tokenizer__cut_DAG("北京市南") == tok._cut_dag_py("北京市南")


def test_written_at_is_the_pattern_with_quotes_between_characters():
    """`_written_at` gives the starts re.finditer gives for the name's characters with
    an optional quote between two of them, on made-up texts full of quotes."""
    from kg.extract.refuse_described import QUOTES, _written_at

    rnd = random.Random(5)
    alphabet = list("某地至市新区高速铁路大桥项目工程") + list(QUOTES)
    texts = _strings(6, 300, alphabet, 60)
    for text in texts:
        for _ in range(10):
            k = rnd.randrange(len(text))
            name = "".join(c for c in text[k:k + rnd.randint(1, 6)] if c not in QUOTES) or "某"
            pattern = f"[{QUOTES}]?".join(re.escape(c) for c in name)
            assert _written_at(name, text) == [m.start() for m in re.finditer(pattern, text)]
    assert _written_at("某“地", "某“地某地") == [0]  # a quote in the name: the pattern itself


def test_proper_words_reads_the_dictionary_as_before():
    """`proper_words` with its small set of the dictionary's names gives what reading the
    frequency and the tag of every token gave."""
    from kg.sequence import flag

    seg = segmenter()
    single, compound = flag._surnames()
    names = [w for w, t in list(seg.tags.items())[:200_000] if t in flag.PERSON_TAGS][:300]
    words = names + _strings(7, 3000, HAN, 4) + ["", "王", "欧阳", "欧阳明", "张明华", "国家", "X光"]
    tokens = [(k, k + len(w), w) for k, w in enumerate(words)]

    def before(tokens):
        out = []
        for token in tokens:
            w = token[2]
            if 1 < len(w) < 5:
                if seg.FREQ.get(w):
                    if seg.tags.get(w) in flag.PERSON_TAGS:
                        out.append(token)
                elif len(w) < 4 and (w[0] in single or w[:2] in compound) and flag._HAN.fullmatch(w):
                    out.append(token)
        return out
    assert flag.proper_words(tokens) == before(tokens)
    assert any(t[2] in names for t in flag.proper_words(tokens))


def test_title_and_head_tuples_test_as_the_loops_did():
    """after_title's and _shared_char's endswith over one tuple give the loops' answers."""
    from kg.extract.lexicon import lexicon
    from kg.extract.persons import after_title
    from kg.extract.posts import PARTY_DEPARTMENTS, _shared_char

    titles, heads = list(lexicon().titles), list(lexicon().suffixes)

    def shared_before(text, b, ts):
        before = text[b:ts]
        if len(before) < 2 or any(before.endswith(h) for h in heads) or before.endswith(PARTY_DEPARTMENTS):
            return 0
        joined = before + text[ts]
        return int(joined.endswith(PARTY_DEPARTMENTS)
                   or any(joined.endswith(h) and len(joined) > len(h) for h in heads))
    texts = [f"{w}{t}某" for w in ("某某", "县", "") for t in titles[:300]] + \
        [f"某某{h}{x}" for h in heads[:300] for x in ("长", "局", "书")] + _strings(8, 500, HAN, 8)
    for text in texts:
        for b in range(len(text) + 1):
            assert after_title(text, b) == any(text.endswith(t, 0, b) for t in titles)
        for b in range(len(text) - 1):
            assert _shared_char(text, b, len(text) - 1) == shared_before(text, b, len(text) - 1)


def test_places_written_is_finditer_of_the_escaped_name():
    """The people's positions the places component reads: re.finditer's starts of the
    escaped name (overlapping writings skipped), the empty name included."""
    from kg.extract.components.places import _written

    rnd = random.Random(9)
    for _ in range(5000):
        text = "".join(rnd.choice("张三李四王五.") for _ in range(rnd.randint(0, 40)))
        name = "".join(rnd.choice("张三李四王五.") for _ in range(rnd.randint(0, 3)))
        assert _written(name, text) == [m.start() for m in re.finditer(re.escape(name), text)]


def test_article_id_is_kept_and_follows_its_text():
    """Article.id is the hash of the title and text, asked once; changed text or title
    gives the new text's id, as computing it afresh does."""
    import pickle

    from kg.model import Article, article_id

    art = Article(text="某某县召开座谈会。", title="座谈会")
    first = art.id
    assert first == article_id("座谈会", "某某县召开座谈会。") == art.id
    art.text = "某某县召开另一次座谈会。"
    assert art.id == article_id("座谈会", "某某县召开另一次座谈会。") != first
    art.title = "另一次"
    assert art.id == article_id("另一次", "某某县召开另一次座谈会。")
    copy = pickle.loads(pickle.dumps(art))
    assert copy.id == art.id and copy == art
    assert Article(text=art.text, title=art.title) == art


def _punctuation_unguarded(text: str) -> str:
    """normalize_punctuation as it read before its scans were guarded."""
    from kg import normalize as n

    text = text.translate(n._HALF_TABLE)
    text = n._RUN_RE.sub(n._collapse, text)
    text = re.sub(r"…{3,}", "……", text)
    if "(" in text:
        text = n._PAREN_RE.sub(n._full_parens, text)
    if '"' in text:
        text = n._STRAIGHT_QUOTES_RE.sub(n._full_quotes, text)
    return n._ASCII_PUNCT_RE.sub(lambda m: n._FULL[m.group(1) or m.group(2)], text)


def _debris_unguarded(text: str) -> str:
    from kg import normalize as n

    text = n._LOST_RE.sub("", text)
    if "<" in text or ">" in text:
        text = n.TAG_DEBRIS_RE.sub("", n.TAG_RE.sub("", text))
    if "&" in text:
        text = n.ENTITY_RE.sub(lambda m: __import__("html").unescape(m.group(0)), text)
    if "(" in text or "（" in text:
        text = n.PINYIN_RE.sub("", text)
    return n.PINYIN_HALF_RE.sub("", text)


NORMALIZE_SAMPLES = [
    "某某县召开座谈会。", "半角，ＡＢＣ１２３\u3000全角\t制表", "某市,某县;某镇:好吗?好!", "等等………然后……",
    "等等…………", "网(wǎng)站和àn)半个", "(fēng某某", "????G部门", "？？开头的行\n第二行", "正常的句子？",
    "（注）说明(附件)", "\"某某\"工程", "a<p>b</p>&amp;c", "全角．点﹐逗号", "繁體字內容，這是測試",
] + _strings(7, 400, HAN + ASCII + list(",;:?!？…（）()\u3000ＡＢ１āǎ"), 30)


def test_guarded_normalisation_is_the_unguarded_one():
    """The scans of normalize_punctuation and strip_debris run only on text holding a
    character they could change; the result is the unguarded one's; and the misconverted
    test that looks for its markers first says what the set intersection said."""
    from kg import normalize as n

    for text in NORMALIZE_SAMPLES:
        assert n.normalize_punctuation(text) == _punctuation_unguarded(text), text
        assert n.strip_debris(text) == _debris_unguarded(text), text
        found = set(text) & n.repair_table()[1]
        old = len(found) >= 3 or (bool(found) and sum(text.count(c) for c in found) >= 5)
        assert n.is_misconverted(text) == old, text
    assert n.normalize_punctuation("某市,某县") == "某市，某县"
    assert n.normalize_punctuation("ＡＢ１\u3000") == "AB1 "
    assert n.strip_debris("网(wǎng)站àn)") == "网站"


def test_refused_name_is_kept_per_name():
    """refused_name's verdict per (label, name) is the uncached function's."""
    from kg.extract.refuse import refused_name

    names = [("Organization", "某某县委员会"), ("Program", "第三个某某计划"), ("Project", "某某项目"),
             ("TaskForce", "某某工作专班"), ("Organization", "某某公司")]
    for label, name in names * 2:
        assert refused_name(label, name) == refused_name.__wrapped__(label, name)


def test_name_and_core_verdicts_are_kept_per_string():
    """persons.plausible and orgs.generic_core, kept per string, say what the functions
    they wrap say, asked in any order and again."""
    from kg.extract.orgs import generic_core
    from kg.extract.persons import plausible

    names = ["李明华", "张经理", "王五等", "富不富", "李明天", "欧阳建国", "陈全国", "吴小姐", "赵"]
    for name in names * 2:
        for anchored in (False, True):
            assert plausible(name, anchored) == plausible.__wrapped__(name, anchored), name
    assert plausible("李明华") and not plausible("张经理")
    cores = ["重点产业", "相关企业", "某某特色", "省级", " ", "7省市"]
    for core in cores * 2:
        assert generic_core(core) == generic_core.__wrapped__(core), core
    assert generic_core("相关企业") and not generic_core("某某特色")


def test_brand_verdict_is_kept_per_core():
    """brand_firms._brand, kept per core, says what the function it wraps says."""
    from kg.extract.components.brand_firms import _brand

    for core in ["某某", "星辰", "重新", "相关", "华", "某某某某某", "做好", "，某"] * 2:
        assert _brand(core) == _brand.__wrapped__(core), core


def test_title_glued_after_a_head_is_the_scan_over_the_titles():
    """glued_titles.title_glued, kept per rest, is the scan over the lexicon's titles it
    replaced; a one-character rest that starts only a rank's title does not count."""
    from kg.extract.glued_titles import MILITARY_TITLES, title_glued
    from kg.extract.lexicon import lexicon

    def scan(rest):
        return any(rest.startswith(t) or t.startswith(rest) and (len(rest) > 1 or t not in MILITARY_TITLES)
                   for t in lexicon().titles)

    rests = ["书记", "主任", "书", "副", "长", "建设", "监管", "军", "委员", "运输"] + sorted(MILITARY_TITLES)[:5]
    for rest in rests * 2:
        assert title_glued(rest) == scan(rest), rest
    assert title_glued("书记") and not title_glued("建设")


def test_strip_quotes_drops_what_the_character_loop_dropped():
    from kg.extract.orgs import strip_quotes

    for s in ["“某某”工作专班", "「某某」『计划』", "\"某某\"和'某'‘某’", "无引号的名字", ""] + _strings(9, 200, HAN + list("“”「」『』\"‘’'")):
        assert strip_quotes(s) == "".join(c for c in s if c not in "“”「」『』\"‘’'"), s
    assert strip_quotes("“某某”专班") == "某某专班"
