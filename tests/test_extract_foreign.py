"""International bodies named bare and foreign heads named after their title, on
sentences written in the style of national news (no name from any gold annotation)."""
from __future__ import annotations

from conftest import names, run


def holds(ext) -> set[tuple[str, str]]:
    posts = {e.name: e for e in ext.entities if e.label == "Post"}
    return {(r.source.name, posts[r.target.name].name) for r in ext.relations if r.type == "HOLDS"}


def test_international_bodies_are_organisations_and_hold_no_place():
    ext = run("世界卫生组织和上海合作组织发表联合声明。上海合作组织成员国外长理事会会议举行。")
    assert {"世界卫生组织", "上海合作组织"} <= names(ext, "Organization")
    assert "上海市" not in names(ext, "Place")


def test_an_international_body_opening_a_longer_one_is_not_named_apart():
    ext = run("联合国难民署发表报告。")
    assert "联合国" not in names(ext, "Organization")


def test_a_foreign_head_after_the_countrys_title_holds_the_post():
    ext = run("国家主席同芬兰共和国总统卡列维斯托、秘鲁总统马杜罗维奇举行会谈。")
    assert {"卡列维斯托", "马杜罗维奇"} <= names(ext, "Person")
    assert {("卡列维斯托", "芬兰共和国总统"), ("马杜罗维奇", "秘鲁总统")} <= holds(ext)


def test_a_foreign_name_ends_before_a_date_a_verb_or_a_noun():
    ext = run("俄罗斯总统普拉托诺夫23日表示，将继续合作。美国总统新闻秘书发表声明。")
    assert "普拉托诺夫" in names(ext, "Person")
    assert not any(n.startswith("新闻") for n in names(ext, "Person"))
    assert ("普拉托诺夫", "俄罗斯总统") in holds(ext)


def test_the_head_of_an_international_body_holds_its_post():
    ext = run("世卫组织总干事阿德萨诺表示，疫情仍在持续。")
    assert "阿德萨诺" in names(ext, "Person")
    assert any(p == "阿德萨诺" and post.endswith("总干事") for p, post in holds(ext))


def test_a_title_with_no_country_before_it_reads_no_foreign_name():
    ext = run("国家主席同总统先生举行会谈。两国总理充分肯定双边合作。")
    assert not names(ext, "Person") & {"先生", "充分肯定"}


# ---------------------------------------------------------------- lists of people
def test_a_roster_mostly_of_people_takes_names_with_no_han_surname():
    ext = run("出席座谈会的有王建军、阿不来提·阿不都热西提、巴特尔、沈跃华。")
    assert {"王建军", "阿不来提·阿不都热西提", "巴特尔", "沈跃华"} <= names(ext, "Person")


def test_a_list_mostly_of_other_things_takes_no_unsurnamed_item():
    ext = run("来自宝马、艾默生、赛诺菲、国家主席等方面的代表出席。")
    assert "国家主席" not in names(ext, "Person")


# ---------------------------------------------------------------- projects
def test_a_route_named_by_two_countries_short_names_after_other_words():
    ext = run("两国要建设好中老铁路等重大项目。以中老铁路为依托发展物流。")
    assert "中老铁路" in names(ext, "Project")
    assert not {"好中老铁路", "以中老铁路"} & names(ext, "Project")
    assert not names(run("全国铁路今天加开旅客列车。"), "Project")


# ---------------------------------------------------------------- national bodies
def test_a_national_body_glued_to_a_particle_is_still_named():
    ext = run("会同财政部、农业农村部，以及生态环境部等部门开展检查。")
    assert {"财政部", "农业农村部", "生态环境部"} <= names(ext, "Organization")
    assert "商务部" not in names(run("美国商务部发表声明。"), "Organization")


def test_a_bodys_name_never_opens_with_an_adverb_or_a_demonstrative():
    ext = run("他说，这就是南江大学的传统。这架隶属于北川航空公司的客机安全降落。")
    orgs = names(ext, "Organization") | names(ext, "Company")
    assert not any(n.startswith(("就是", "这架")) for n in orgs)
    assert "冬奥会工作领导小组" in names(run("韩正主持召开第24届冬奥会工作领导小组全体会议。"), "Organization")


def test_a_count_is_no_given_name():
    ext = run("综艺频道将进行长达十小时的特别节目。")
    assert not names(ext, "Person")


def test_a_former_or_new_head_of_a_foreign_state_holds_the_post():
    ext = run("美国前总统卡尔森发来贺信。乌克兰新任总统泽连科此前表示。")
    assert {("卡尔森", "美国总统"), ("泽连科", "乌克兰总统")} <= holds(ext)
    status = {r.source.name: r.props["status"] for r in ext.relations if r.type == "HOLDS"}
    assert status["卡尔森"] == "former" and status["泽连科"] == "current"


def test_a_national_body_holding_a_word_of_joining_or_the_countrys_name_glued_on():
    ext = run("由中央党史和文献研究院编辑的新书出版。中国外交部发言人表示欢迎。")
    orgs = names(ext, "Organization")
    assert {"中央党史和文献研究院", "外交部"} <= orgs or "中共中央党史和文献研究院" in orgs
    assert "文献研究院" not in orgs


def test_a_national_society_named_after_the_country_is_one_body():
    ext = run("中国海洋研究会举办研讨会。全国性单项体育协会深化改革。")
    orgs = names(ext, "Organization")
    assert "中国海洋研究会" in orgs
    assert not any(n.startswith("全国性") for n in orgs)


def test_a_monarchs_number_and_a_long_dotted_name_stay_whole():
    ext = run("英国国王查尔曼三世致贺电。菲律宾总统费迪南德·罗慕尔德兹·马科斯出席。")
    assert {"查尔曼三世", "费迪南德·罗慕尔德兹·马科斯"} <= names(ext, "Person")


def test_a_second_list_after_a_list_of_people_takes_no_words():
    ext = run("委员唐长明、蒙曼、戴斌、张文华也分别就国产大飞机、全民阅读、旅游业发展建言。"
              "决赛由刘疆明、吴云轩、韩旭组成的中国队夺得金牌。")
    assert not names(ext, "Person") & {"全民阅读", "韩旭组成"}


def test_a_national_transfer_work_with_its_line_is_a_project():
    ext = run("引江济淮工程试通水通航。南水北调东线工程全面通水。")
    assert {"引江济淮工程", "南水北调东线工程"} <= names(ext, "Project")
    assert not names(run("南水北调是国之大事。"), "Project")
