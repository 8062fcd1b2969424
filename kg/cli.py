"""The `kg` command line: a thin layer over the library."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__


def _print_counts(graph) -> None:
    from .graph import counts
    labels, types = counts(graph)
    click.echo("nodes:  " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())))
    click.echo("links:  " + ", ".join(f"{k} {v}" for k, v in sorted(types.items())))


class _Group(click.Group):
    """Turns a bad graph file into one line on stderr instead of a traceback."""

    def invoke(self, ctx: click.Context):
        from .graph import GraphFileError
        try:
            return super().invoke(ctx)
        except GraphFileError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build knowledge graphs from Chinese news about local government and the economy."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", default="out", show_default=True,
              type=click.Path(file_okay=False), help="Folder for graph.json, graph.html, articles.jsonl.")
@click.option("--no-page", is_flag=True, help="Do not write graph.html.")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1),
              help="Worker processes for extraction.")
def build(paths: tuple[str, ...], out_dir: str, no_page: bool, jobs: int) -> None:
    """Read articles (files, folders, '-' for stdin) and write the graph.

    Inputs: .txt, .html/.htm and .jsonl (one article per line), in UTF-8, UTF-16,
    GB18030/GBK or Big5.
    """
    from .pipeline import build_graph, write_outputs
    result = build_graph(paths, progress=sys.stderr.isatty(), jobs=jobs)
    files = write_outputs(result, out_dir, page=not no_page)
    click.echo(result.report.summary())
    _print_counts(result.graph)
    for kind, path in files.items():
        click.echo(f"wrote {path}")
    if not result.articles:
        sys.exit(1)


@main.command("eval")
@click.argument("graph", type=click.Path(exists=True, dir_okay=False))
@click.option("--gold", "gold_dir", required=True, type=click.Path(exists=True, file_okay=False),
              help="Folder of gold annotation files (*.json).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--misses", is_flag=True, help="List missed and spurious names.")
@click.option("--article", "articles", multiple=True, help="Score only these gold files (repeatable).")
def eval_(graph: str, gold_dir: str, as_json: bool, misses: bool, articles: tuple[str, ...]) -> None:
    """Score GRAPH (node-link JSON) against gold annotations: P/R/F1 per label and relation."""
    import json
    from .evaluate import evaluate
    from .graph import GraphFileError
    try:
        result = evaluate(graph, gold_dir, articles)
    except (ValueError, KeyError, TypeError) as exc:
        if isinstance(exc, GraphFileError):
            raise
        raise click.ClickException(f"cannot score {graph} against {gold_dir}: {exc}") from exc
    if as_json:
        click.echo(json.dumps(result.to_json(misses), ensure_ascii=False))
    else:
        click.echo(result.table(misses))


@main.command()
@click.argument("graph", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "out_path", default="graph.html", show_default=True,
              type=click.Path(dir_okay=False), help="The HTML page to write.")
@click.option("--around", metavar="NAME", help="Only NAME's network (a person or any entity).")
@click.option("--hops", default=2, show_default=True, type=click.IntRange(0),
              help="How many relations away --around reaches.")
@click.option("--place", metavar="NAME", help="Only this place, the places below it, and their bodies and officials.")
@click.option("--program", metavar="NAME", help="Only this program, who implements it, and their officials.")
@click.option("--max-nodes", default=1500, show_default=True, type=click.IntRange(1),
              help="Draw at most this many nodes (the most connected).")
@click.option("--size-by", type=click.Choice(["degree", "articles"]), default="degree",
              show_default=True, help="Node size: links, or articles mentioning it.")
@click.option("--title", help="Page title (default: the graph file's name).")
def view(graph: str, out_path: str, around: str | None, hops: int, place: str | None,
         program: str | None, max_nodes: int, size_by: str, title: str | None) -> None:
    """Write an interactive offline HTML page (vis.js) of GRAPH (node-link JSON)."""
    from .analysis import focus
    from .analysis.names import NameNotFound
    from .graph import read_graph
    from .view import write_page
    if sum(x is not None for x in (around, place, program)) > 1:
        raise click.UsageError("give at most one of --around, --place, --program")
    g = read_graph(graph)
    nodes, note = None, ""
    try:
        if around is not None:
            nodes, note = focus.around(g, around, hops), f"around {around}, {hops} hops"
        elif place is not None:
            nodes, note = focus.in_place(g, place), f"place {place} and below"
        elif program is not None:
            nodes, note = focus.program(g, program), f"program {program}"
    except NameNotFound as exc:
        raise click.ClickException(str(exc)) from exc
    stats = write_page(g, out_path, nodes=nodes, note=note, max_nodes=max_nodes,
                       size_by=size_by, title=title or Path(graph).name)
    left = sum(stats["left_out"].values())
    click.echo(f"wrote {out_path}: {stats['shown']} nodes, {stats['edges']} links"
               + (f" ({left} less connected nodes left out)" if left else ""))


@main.command()
@click.argument("graph", type=click.Path(exists=True, dir_okay=False))
@click.option("--person", "people", multiple=True, metavar="NAME", help="Show this person's career (repeatable).")
@click.option("--path", nargs=2, metavar="A B", help="Shortest path between two named entities.")
@click.option("--top", default=10, show_default=True, type=click.IntRange(1),
              help="Rows per ranking.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of tables.")
def analyze(graph: str, people: tuple[str, ...], path: tuple[str, str] | None, top: int,
            as_json: bool) -> None:
    """Offline analysis of GRAPH (node-link JSON) with NetworkX: summary, centrality of
    people, communities, officials sharing a place or task force, careers, paths.

    The graph is read as undirected, and Article nodes and MENTIONS links are left out
    of everything but the counts.
    """
    import json
    from .analysis.names import NameNotFound
    from .analyze import analyze as run, format_report
    from .graph import read_graph
    try:
        report = run(read_graph(graph), people, path or None, top)
    except NameNotFound as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=1, default=sorted))
    else:
        click.echo(format_report(report))


def _bolt_options(func):
    """--uri, --user, --database and the password sources (never a password argument)."""
    options = [
        click.option("--uri", help="Bolt URI [env NEO4J_URI; default bolt://localhost:7687]."),
        click.option("--user", help="User name [env NEO4J_USERNAME; default neo4j]."),
        click.option("--database", help="Database name [env NEO4J_DATABASE]."),
        click.option("--password-file", type=click.Path(dir_okay=False),
                     help="Read the password from this file's first line [else env NEO4J_PASSWORD]."),
        click.option("--password-prompt", is_flag=True, help="Ask for the password."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_bolt_options
@click.option("--batch-size", type=click.IntRange(1), default=None,
              help="Rows per batch [default 2000 on Neo4j, 1000 on FalkorDB, where "
                   "batches are also cut at its ~4 KB message cap].")
@click.option("--max-bytes", type=click.IntRange(500), default=None,
              help="Largest message (query + rows) in bytes [default: none on Neo4j, 3800 on FalkorDB].")
@click.option("--replace", is_flag=True,
              help="First delete the nodes kg loaded before (marked kg_loaded); nothing else.")
@click.option("--no-schema", is_flag=True, help="Do not apply cypher/schema.cypher first.")
def load(paths, uri, user, database, password_file, password_prompt, batch_size, max_bytes,
         replace, no_schema) -> None:
    """Load GRAPH.json (or articles, built on the way) into Neo4j over Bolt.

    Idempotent: MERGE on each label's key and on (start, end, type) for relationships;
    a second corpus adds to the first and unions the provenance of shared relationships.
    """
    from .loaders.commands import resolve_settings, run_load
    settings = resolve_settings(uri, user, database, password_file, password_prompt)
    run_load(paths, settings, batch_size, max_bytes, replace, not no_schema)


@main.command()
@_bolt_options
def schema(uri, user, database, password_file, password_prompt) -> None:
    """Apply the data model's constraints and indexes (cypher/schema.cypher)."""
    from .loaders.commands import resolve_settings, run_schema
    run_schema(resolve_settings(uri, user, database, password_file, password_prompt))


@main.command()
@click.argument("graph", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["neo4j-admin", "graphml", "gexf", "careers"]),
              required=True, help="neo4j-admin CSV files, GraphML, GEXF (Gephi), or the "
                                  "careers table (CSV: one row per person and post, dated).")
@click.argument("out", type=click.Path())
def export(graph, fmt, out) -> None:
    """Export GRAPH.json to OUT: a folder of CSV files for `neo4j-admin database import
    full` (the command is printed), a .graphml / .gexf file, or a careers .csv file."""
    from .loaders.commands import run_export
    run_export(graph, fmt, out)


@main.command()
@click.argument("name", required=False)
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Override one of the query's :param values (repeatable).")
@_bolt_options
def query(name, params, uri, user, database, password_file, password_prompt) -> None:
    """Run query NAME of the Cypher library (cypher/) on the server; no NAME lists them."""
    from .loaders.commands import resolve_settings, run_query
    run_query(name, params, resolve_settings(uri, user, database, password_file, password_prompt))


@main.command()
@click.argument("graphs", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False),
              help="The merged graph.json to write.")
def merge(graphs: tuple[str, ...], out_path: str) -> None:
    """Merge graph files built from separate shards of a corpus into one."""
    from .graph import merge_into, read_graph, write_graph
    merged = read_graph(graphs[0])
    for path in graphs[1:]:
        merge_into(merged, read_graph(path))
    write_graph(merged, out_path)
    _print_counts(merged)
    click.echo(f"wrote {out_path}")


if __name__ == "__main__":  # pragma: no cover
    main()
