"""Every query of the Cypher library (cypher/*.cypher) runs on the Bolt test server and
returns the rows computed independently from the NetworkX graph (the oracles below),
on a small hand-made graph with known answers and on the seed articles' graph."""
from __future__ import annotations

from collections import Counter, deque

import networkx as nx
import pytest

from bolt_server import clean, driver_fixture  # noqa: F401 (driver_fixture: the `driver` fixture)
from kg.graph import read_graph
from kg.loaders import detect, load_graph
from kg.loaders.library import library, parse, run
from kg.loaders.server import FALKORDB, NEO4J, Server, adapt_query
from sample_graph import INJECTION, sample_graph

MAX_DEPTH = 6  # the PART_OF depth and path length bounds the queries use
FACT_TYPES = {"HOLDS", "OF", "MEMBER_OF", "PART_OF", "LOCATED_IN", "ESTABLISHED", "IMPLEMENTS"}


# -- graph helpers for the oracles ------------------------------------------------------

def label(g, n):
    return g.nodes[n].get("label")


def name(g, n):
    return g.nodes[n].get("name") if label(g, n) != "Article" else g.nodes[n].get("name")


def find(g, lab, nm):
    return [n for n, d in g.nodes(data=True) if d.get("label") == lab and d.get("name") == nm]


def out(g, n, t, lab=None):
    return [(v, d) for _, v, d in g.out_edges(n, data=True)
            if d.get("type") == t and (lab is None or label(g, v) == lab)]


def inc(g, n, t, lab=None):
    return [(u, d) for u, _, d in g.in_edges(n, data=True)
            if d.get("type") == t and (lab is None or label(g, u) == lab)]


def _walk(g, start, step):
    """Places within MAX_DEPTH PART_OF steps of `start` (start included) by `step`."""
    seen, queue = {start: 0}, deque([start])
    while queue:
        n = queue.popleft()
        if seen[n] < MAX_DEPTH:
            for m, _ in step(g, n, "PART_OF", "Place"):
                if m not in seen:
                    seen[m] = seen[n] + 1
                    queue.append(m)
    return seen


def below(g, root):
    """Places within MAX_DEPTH PART_OF steps under `root` (root included)."""
    return _walk(g, root, inc)


def above(g, start):
    """Places within MAX_DEPTH PART_OF steps above `start` (start included)."""
    return _walk(g, start, out)


def arts(d):
    return len(d.get("articles") or [])


def post_places(g, person):
    """(post node, place node) pairs for the posts `person` holds, as the queries read
    them: the body of the post when a Place, else the places the body is LOCATED_IN."""
    pairs = []
    for post, _ in out(g, person, "HOLDS", "Post"):
        for body, _ in out(g, post, "OF"):
            if label(g, body) == "Place":
                pairs.append((post, body))
            else:
                pairs += [(post, loc) for loc, _ in out(g, body, "LOCATED_IN", "Place")]
    return pairs


def article_nodes(g, n):
    return {a for a, _ in inc(g, n, "MENTIONS", "Article")}


# -- the oracles: one per library query, same columns --------------------------------

def o_person_posts(g, person):
    rows = []
    for p in find(g, "Person", person):
        for post, h in out(g, p, "HOLDS", "Post"):
            bodies = out(g, post, "OF") or [(None, None)]
            for body, _ in bodies:
                locs = (out(g, body, "LOCATED_IN", "Place") if body else []) or [(None, None)]
                for loc, _ in locs:
                    is_place = body is not None and label(g, body) == "Place"
                    rows.append({"post": name(g, post), "title": g.nodes[post].get("title"),
                                 "status": h.get("status"),
                                 "body": name(g, body) if body else None,
                                 "body_label": label(g, body) if body else None,
                                 "place": name(g, body) if is_place else (name(g, loc) if loc else None),
                                 "articles": arts(h)})
    return rows


def o_posts_in_place(g, place):
    rows = set()
    for root in find(g, "Place", place):
        for pl in below(g, root):
            bodies = {pl} | {o for o, _ in inc(g, pl, "LOCATED_IN")}
            for body in bodies:
                for post, _ in inc(g, body, "OF", "Post"):
                    for person, h in inc(g, post, "HOLDS", "Person"):
                        rows.add((name(g, person), name(g, post), h.get("status"), name(g, pl)))
    return [dict(zip(("person", "post", "status", "place"), r)) for r in rows]


def o_same_place_officials(g, person):
    found: dict = {}
    for me in find(g, "Person", person):
        for _, place in post_places(g, me):
            for body in {place} | {o for o, _ in inc(g, place, "LOCATED_IN")}:
                for post, _ in inc(g, body, "OF", "Post"):
                    for other, _ in inc(g, post, "HOLDS", "Person"):
                        if other != me:
                            found.setdefault((name(g, place), name(g, other)), set()).add(name(g, post))
    return [{"place": k[0], "person": k[1], "posts": sorted(v)} for k, v in found.items()]


def o_taskforce_members(g, taskforce):
    rows = []
    for tf in find(g, "TaskForce", taskforce):
        founders = sorted({name(g, f) for f, _ in inc(g, tf, "ESTABLISHED")})
        members = inc(g, tf, "MEMBER_OF", "Person") or [(None, {})]
        rows += [{"taskforce": taskforce, "established_by": founders,
                  "member": name(g, m) if m else None, "role": d.get("role")} for m, d in members]
    return rows


def o_program_places(g, program):
    rows = []
    for pg, d in g.nodes(data=True):
        if d.get("label") != "Program" or (program != d.get("name")
                                           and program not in (d.get("aliases") or [])):
            continue
        for impl, r in inc(g, pg, "IMPLEMENTS"):
            for loc, _ in out(g, impl, "LOCATED_IN", "Place") or [(None, None)]:
                rows.append({"program": d["name"], "implementer": name(g, impl),
                             "kind": label(g, impl),
                             "place": name(g, impl) if label(g, impl) == "Place"
                             else (name(g, loc) if loc else None),
                             "articles": arts(r)})
    return rows


def _companies(g, places: set, anchor_articles: set):
    rows = []
    for c, d in g.nodes(data=True):
        if d.get("label") != "Company":
            continue
        shared = sorted({name(g, pl) for pl, _ in out(g, c, "LOCATED_IN", "Place")
                         if name(g, pl) in places})
        together = len(article_nodes(g, c) & anchor_articles)
        if shared or together:
            rows.append({"company": d["name"], "shared_places": shared, "shared_articles": together})
    return rows


def o_taskforce_companies(g, taskforce):
    rows = []
    for tf in find(g, "TaskForce", taskforce):
        places = {name(g, pl) for pl, _ in out(g, tf, "LOCATED_IN", "Place")}
        rows += _companies(g, places, article_nodes(g, tf))
    return rows


def o_official_companies(g, person):
    rows = []
    for p in find(g, "Person", person):
        places = {name(g, pl) for _, pl in post_places(g, p)}
        rows += _companies(g, places, article_nodes(g, p))
    return rows


def fact_graph(g) -> nx.Graph:
    u = nx.Graph()
    u.add_nodes_from(g.nodes)
    u.add_edges_from((a, b) for a, b, d in g.edges(data=True) if d.get("type") in FACT_TYPES)
    return u


def o_shortest_path(g, person_a, person_b):
    """Only the length is unique; the test checks the returned path separately."""
    u = fact_graph(g)
    best = None
    for a in find(g, "Person", person_a):
        for b in find(g, "Person", person_b):
            try:
                n = nx.shortest_path_length(u, a, b)
            except nx.NetworkXNoPath:
                continue
            if 1 <= n <= MAX_DEPTH and (best is None or n < best):
                best = n
    return [] if best is None else [{"hops": best}]


def o_top_people(g, limit):
    rows = []
    for p, d in g.nodes(data=True):
        if d.get("label") == "Person":
            mentions = inc(g, p, "MENTIONS", "Article")
            if mentions:
                rows.append({"person": d["name"], "articles": len({a for a, _ in mentions}),
                             "mentions": sum(m.get("count", 0) for _, m in mentions)})
    rows.sort(key=lambda r: (-r["articles"], -r["mentions"], r["person"]))
    return rows[:limit]


def o_article_facts(g, article):
    rows = []
    for s, t, d in g.edges(data=True):
        if d.get("type") != "MENTIONS" and article in (d.get("articles") or []):
            rows.append({"source_label": label(g, s), "source": name(g, s), "type": d["type"],
                         "target_label": label(g, t), "target": name(g, t),
                         "sentences": [e["sentence"] for e in d.get("evidence") or []
                                       if e.get("article") == article]})
    return rows


def o_place_organizations(g, place):
    rows = set()
    for root in find(g, "Place", place):
        for pl in below(g, root):
            for o, _ in inc(g, pl, "LOCATED_IN"):
                if label(g, o) in ("Organization", "Company"):
                    rows.add((label(g, o), name(g, o), g.nodes[o].get("kind"), name(g, pl)))
    return [dict(zip(("kind", "name", "org_kind", "place"), r)) for r in rows]


def o_career_timeline(g, person):
    rows = []
    for p in find(g, "Person", person):
        for post, h in out(g, p, "HOLDS", "Post"):
            found = [a for a in set(h.get("articles") or []) if a in g and label(g, a) == "Article"]
            if not found:
                continue
            dates = [g.nodes[a].get("published") for a in found if g.nodes[a].get("published")]
            bodies = [b for b, _ in out(g, post, "OF")]
            places = {name(g, b) for b in bodies if label(g, b) == "Place"}
            places |= {name(g, pl) for b in bodies for pl, _ in out(g, b, "LOCATED_IN", "Place")}
            rows.append({"post": name(g, post), "status": h.get("status"),
                         "body": sorted({name(g, b) for b in bodies}), "place": sorted(places),
                         "start": h.get("start"), "end": h.get("end"),
                         "first_seen": h.get("first_seen") or (min(dates) if dates else None),
                         "last_seen": h.get("last_seen") or (max(dates) if dates else None),
                         "articles": len(found)})
    return rows


def o_taskforces_by_place(g, place):
    rows = set()
    for root in find(g, "Place", place):
        for pl in below(g, root):
            tfs = {t for t, _ in out(g, pl, "ESTABLISHED", "TaskForce")} | \
                  {t for t, _ in inc(g, pl, "LOCATED_IN", "TaskForce")}
            for tf in tfs:
                rows.add((name(g, tf), name(g, pl), len({m for m, _ in inc(g, tf, "MEMBER_OF", "Person")})))
    return [dict(zip(("taskforce", "place", "members"), r)) for r in rows]


def o_co_occurring_officials(g, min_articles, limit):
    pairs: Counter = Counter()
    for a, d in g.nodes(data=True):
        if d.get("label") != "Article":
            continue
        people = sorted({name(g, p) for p, _ in out(g, a, "MENTIONS", "Person")})
        for i, x in enumerate(people):
            for y in people[i + 1:]:
                pairs[(x, y)] += 1
    rows = [{"person_a": x, "person_b": y, "articles": n} for (x, y), n in pairs.items()
            if n >= min_articles]
    rows.sort(key=lambda r: (-r["articles"], r["person_a"], r["person_b"]))
    return rows[:limit]


def o_place_hierarchy(g, place):
    rows = {}
    for start in find(g, "Place", place):
        for up, depth in above(g, start).items():
            key = name(g, up)
            rows[key] = min(depth, rows.get(key, depth))
    return [{"place": k, "level": g.nodes[find(g, "Place", k)[0]].get("level"), "depth": v}
            for k, v in rows.items()]


def o_find_people(g, text):
    rows = []
    for p, d in g.nodes(data=True):
        if d.get("label") == "Person" and (text in d["name"]
                                           or any(text in x for x in d.get("aliases") or [])):
            rows.append({"person": d["name"], "articles": len(article_nodes(g, p)),
                         "posts": sorted({name(g, v) for v, _ in out(g, p, "HOLDS", "Post")})})
    return rows


def o_graph_overview(g):
    labels = Counter(d.get("label") for _, d in g.nodes(data=True))
    return [{"label": k, "nodes": v} for k, v in labels.items()]


ORACLES = {n[2:]: f for n, f in globals().items() if n.startswith("o_") and callable(f)}


# -- comparing rows -------------------------------------------------------------------

def norm(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return tuple(sorted((norm(v) for v in value), key=repr))
    return value


def canon(rows, columns=None):
    out_rows = []
    for r in rows:
        keys = columns or sorted(r)
        out_rows.append(tuple((k, norm(r.get(k))) for k in keys))
    return sorted(out_rows, key=repr)


def check(driver, server, g, name_, params):
    query = library()[name_]
    got = run(driver, server, query, params)
    want = ORACLES[name_](g, **{**query.params, **params})
    if name_ == "shortest_path":
        assert [r["hops"] for r in got] == [r["hops"] for r in want]
        for r in got:  # the path is a real chain of facts from a to b
            assert len(r["names"]) == r["hops"] + 1 and len(r["types"]) == r["hops"]
            assert r["names"][0] == params.get("person_a", query.params["person_a"])
            assert r["names"][-1] == params.get("person_b", query.params["person_b"])
            for (x, y), t in zip(zip(r["names"], r["names"][1:]), r["types"]):
                assert any(d.get("type") == t and {name(g, s), name(g, e)} == {x, y}
                           for s, e, d in g.edges(data=True)), (x, t, y)
        return got
    if want:
        assert set(got[0]) == set(want[0]), "columns differ"
    assert canon(got) == canon(want)
    return got


# -- fixtures -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def server(driver):
    return detect(driver)


@pytest.fixture(scope="module")
def hand_loaded(driver):
    g = sample_graph()
    clean(driver)
    load_graph(driver, g)
    return g


# -- the library itself -----------------------------------------------------------------

def test_library_has_twelve_documented_queries_each_with_an_oracle():
    queries = library()
    assert len(queries) >= 12
    assert set(queries) == set(ORACLES), "every library query needs an oracle here"
    for q in queries.values():
        assert q.description, q.name
        for param in set(__import__("re").findall(r"\$(\w+)", q.text)):
            assert param in q.params, f"{q.name}: ${param} has no :param line"


def test_header_parsing():
    q = parse("x", "// Find things.\n// :param n => 5;\n// :param s => '海';\nMATCH (n) RETURN n;\n")
    assert (q.description, q.params, q.text) == ("Find things.", {"n": 5, "s": "海"},
                                                 "MATCH (n) RETURN n")


def test_shortest_path_kept_for_neo4j_and_rewritten_for_falkordb():
    text = library()["shortest_path"].text
    assert "shortestPath((a)-[" in adapt_query(Server(NEO4J), text)
    falkor = adapt_query(Server(FALKORDB), text)
    assert "shortestPath" not in falkor and "MATCH p = (a)-[:HOLDS" in falkor
    assert "ORDER BY hops" in falkor and "LIMIT 1" in falkor


# -- known answers on the hand-made graph -------------------------------------------------

KNOWN = {
    "posts_in_place": ({"place": "佛山市"}, {("海玉宝", "顺德区招商局副局长"), ("海玉宝", "容桂街道党工委书记"),
                                           ("欧阳晓冬", "顺德区招商局局长"), ("胡永峰", "佛山市委组织部部长")}),
    "same_place_officials": ({"person": "海玉宝"}, {("顺德区", "欧阳晓冬")}),
    "taskforce_members": ({"taskforce": "韶关市集群建设专班"}, {("韶关市集群建设专班", ("韶关市",), "李剑虹", "成员")}),
    "program_places": ({"program": "百千万工程"}, {("百县千镇万村高质量发展工程", "广东省"),
                                                 ("百县千镇万村高质量发展工程", "顺德区")}),
    "taskforce_companies": ({"taskforce": "韶关市集群建设专班"}, {("中国电信", (), 1)}),
    "official_companies": ({"person": "海玉宝"}, {("悍高集团", ("顺德区",), 1), ("美的集团", ("顺德区",), 1)}),
    "place_organizations": ({"place": "佛山市"}, {("Company", "悍高集团"), ("Company", "美的集团"),
                                                ("Organization", "顺德区招商局"),
                                                ("Organization", "佛山市委组织部")}),
    "place_hierarchy": ({"place": "容桂街道"}, {("容桂街道", "subdistrict", 0), ("顺德区", "district", 1),
                             ("佛山市", "city", 2), ("广东省", "province", 3)}),
    "taskforces_by_place": ({"place": "广东省"}, {("韶关市集群建设专班", "韶关市")}),
    "co_occurring_officials": ({"min_articles": 1}, {("欧阳晓冬", "胡永峰"), ("欧阳晓冬", "海玉宝"),
                                                     ("海玉宝", "胡永峰"), (INJECTION, "欧阳晓冬"),
                                                     (INJECTION, "海玉宝"), (INJECTION, "胡永峰")}),
    "career_timeline": ({"person": "海玉宝"}, {
        ("顺德区招商局副局长", "former", ("顺德区招商局",), ("顺德区",), None, None, "2024-03-01",
         "2025-08-12", 2),
        ("容桂街道党工委书记", "current", ("容桂街道",), ("容桂街道",), "2025-07-30", None,
         "2025-08-12", "2025-08-12", 1)}),
}


@pytest.mark.parametrize("query_name", sorted(KNOWN))
def test_known_answers_on_hand_made_graph(driver, server, hand_loaded, query_name):
    params, expected = KNOWN[query_name]
    rows = check(driver, server, hand_loaded, query_name, params)
    width = len(next(iter(expected)))
    got = {tuple(norm(v) for v in r.values())[:width] for r in rows}
    if query_name == "co_occurring_officials":
        got = {(r["person_a"], r["person_b"]) for r in rows}
        expected = {tuple(sorted(p)) for p in expected}
    assert got == expected


def test_shortest_path_on_hand_made_graph(driver, server, hand_loaded):
    rows = check(driver, server, hand_loaded, "shortest_path",
                 {"person_a": "海玉宝", "person_b": "欧阳晓冬"})
    assert rows[0]["hops"] == 4  # HOLDS, OF, OF, HOLDS through 顺德区招商局
    assert rows[0]["names"][2] == "顺德区招商局"
    assert check(driver, server, hand_loaded, "shortest_path",
                 {"person_a": "海玉宝", "person_b": "李剑虹"}) == []  # 8 steps: beyond the bound


def test_article_facts_and_top_people_on_hand_made_graph(driver, server, hand_loaded):
    from sample_graph import article_id
    rows = check(driver, server, hand_loaded, "article_facts", {"article": article_id("a3")})
    facts = {(r["source"], r["type"], r["target"]): r["sentences"] for r in rows}
    assert facts[("李剑虹", "MEMBER_OF", "韶关市集群建设专班")] == ["李剑虹是韶关市集群建设专班成员。"]
    assert len(facts) == 5
    top = check(driver, server, hand_loaded, "top_people", {"limit": 1})
    assert [(r["person"], r["articles"]) for r in top] == [("海玉宝", 2)]


@pytest.mark.parametrize("query_name", sorted(ORACLES))
def test_every_query_with_header_params_on_hand_made_graph(driver, server, hand_loaded, query_name):
    check(driver, server, hand_loaded, query_name, {})


# -- the seed articles' graph ---------------------------------------------------------

def _pick(g, lab, score, default):
    nodes = [n for n, d in g.nodes(data=True) if d.get("label") == lab]
    return g.nodes[max(nodes, key=lambda n: (score(n), str(n)))]["name"] if nodes else default


def seed_params(g, queries) -> dict[str, dict]:
    """Parameters that hit the seed graph: its best-connected entities (the header's
    example when the graph has no node of that label)."""
    deg = g.degree
    person = _pick(g, "Person", lambda n: len(out(g, n, "HOLDS")), queries["person_posts"].params["person"])
    place = _pick(g, "Place", lambda n: len(below(g, n)), queries["posts_in_place"].params["place"])
    leaf = _pick(g, "Place", lambda n: len(above(g, n)), queries["place_hierarchy"].params["place"])
    tf = _pick(g, "TaskForce", lambda n: deg[n], queries["taskforce_members"].params["taskforce"])
    program = _pick(g, "Program", lambda n: deg[n], queries["program_places"].params["program"])
    facts = Counter(a for _, _, d in g.edges(data=True) for a in d.get("articles") or [])
    article = facts.most_common(1)[0][0] if facts else queries["article_facts"].params["article"]
    u = fact_graph(g)
    people = sorted(n for n, d in g.nodes(data=True) if d.get("label") == "Person")
    pair = (queries["shortest_path"].params["person_a"], queries["shortest_path"].params["person_b"])
    for a in people:
        lengths = nx.single_source_shortest_path_length(u, a, cutoff=MAX_DEPTH)
        far = [b for b in people if b != a and b in lengths and lengths[b] >= 2]
        if far:
            pair = (g.nodes[a]["name"], g.nodes[max(far, key=lambda b: (lengths[b], b))]["name"])
            break
    by_key = {"person": person, "taskforce": tf, "program": program, "article": article,
              "text": person[:1], "min_articles": 1, "limit": 20}
    params = {}
    for qname, q in queries.items():
        p = {k: by_key[k] for k in q.params if k in by_key}
        if "place" in q.params:
            p["place"] = leaf if qname == "place_hierarchy" else place
        if qname == "shortest_path":
            p = {"person_a": pair[0], "person_b": pair[1]}
        params[qname] = p
    return params


def test_every_query_on_seed_graph(driver, server, seed_graph_json):
    g = read_graph(seed_graph_json)
    clean(driver)
    load_graph(driver, g)
    queries = library()
    params = seed_params(g, queries)
    for qname in sorted(queries):
        check(driver, server, g, qname, params[qname])
