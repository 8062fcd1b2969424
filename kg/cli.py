"""The `kg` command line: every command, thin over the library.

All click code and every exit of the program live here. The library raises errors;
each command turns them into one line on stderr, ``kg COMMAND: error: …``, and an exit
code: 1 for bad input or settings (a graph file, a path, a parameter, an unwritable
output), 2 for the server (down, refusing, failing, or losing data), 3 for an internal
error (its traceback with KG_DEBUG=1).
"""
from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from . import __version__

EXIT_INPUT, EXIT_SERVER, EXIT_INTERNAL = 1, 2, 3


def _print_counts(graph) -> None:
    from .graph import counts
    _echo_counts(*counts(graph))


def _echo_counts(labels, types) -> None:
    click.echo("nodes:  " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())))
    click.echo("links:  " + ", ".join(f"{k} {v}" for k, v in sorted(types.items())))


def _describe(exc: Exception) -> tuple[int, str]:
    """(exit code, one line) for an error raised by the library."""
    from .loaders.connection import ServerError
    if isinstance(exc, ServerError):
        return EXIT_SERVER, str(exc)
    if isinstance(exc, OSError):
        what = exc.strerror or type(exc).__name__
        return EXIT_INPUT, f"{exc.filename}: {what}" if exc.filename else what
    if isinstance(exc, (ValueError, LookupError)):
        text = str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else str(exc)
        return EXIT_INPUT, (text.strip() or type(exc).__name__).splitlines()[0]
    return EXIT_INTERNAL, (f"internal error: {type(exc).__name__}: {str(exc)[:200]} "
                           "(KG_DEBUG=1 shows the traceback)")


class _Command(click.Command):
    """A command whose errors end the program with one line and an exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.UsageError, click.exceptions.Exit, click.Abort):
            raise
        except click.ClickException as exc:
            code, message = exc.exit_code, exc.format_message()
        except Exception as exc:  # noqa: BLE001 - every error becomes one line
            code, message = _describe(exc)
            if code == EXIT_INTERNAL and os.environ.get("KG_DEBUG"):
                raise
        click.echo(f"kg {self.name}: error: {message}", err=True)
        ctx.exit(code)


class _Group(click.Group):
    command_class = _Command


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build knowledge graphs from Chinese news about local government and the economy.

    Errors end a command with one line on stderr and exit code 1 (bad input), 2 (the
    Bolt server) or 3 (an internal error).
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", default="out", show_default=True,
              type=click.Path(file_okay=False), help="Folder for graph.json, graph.html, "
              "articles.jsonl and the store (kg.sqlite).")
@click.option("--no-page", is_flag=True, help="Do not write graph.html.")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1),
              help="Worker processes for extraction.")
@click.option("--update", is_flag=True,
              help="Add the articles to the graph already in --out (those it holds are skipped).")
@click.option("--dask", metavar="ADDRESS",
              help="Extract on a Dask cluster: the scheduler's address (tcp://host:8786); "
                   "needs pip install 'kg[dask]'.")
def build(paths: tuple[str, ...], out_dir: str, no_page: bool, jobs: int, update: bool,
          dask: str | None) -> None:
    """Read articles (files, folders, '-' for stdin) and write the graph.

    Inputs: .txt, .html/.htm and .jsonl (one article per line), in UTF-8, UTF-16,
    GB18030/GBK or Big5. Articles and their extraction are kept in the store
    (--out/kg.sqlite), from which the graph is folded; --update adds new articles to
    it in time proportional to them, and equals a full build of old and new together.
    The outputs replace earlier ones only when all are written; a build that reads no
    article writes nothing and exits 1. The --out folder is not read as input.
    """
    from .pipeline import build as run, check_output_folder
    check_output_folder(out_dir)
    summary = run(paths, out_dir, jobs=jobs, update=update, dask=dask, page=not no_page,
                  progress=sys.stderr.isatty())
    click.echo(summary.report.summary())
    _echo_counts(*summary.counts)
    for kind, path in summary.files.items():
        if kind != "store":
            click.echo(f"wrote {path}")
    if os.environ.get("KG_TIMING"):  # for benchmarks: seconds per stage
        click.echo("seconds: " + ", ".join(f"{k} {v}" for k, v in summary.seconds.items()),
                   err=True)


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
    except GraphFileError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise click.ClickException(f"cannot score {graph} against {gold_dir}: "
                                   f"{type(exc).__name__}: {exc}") from exc
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
    from .graph import read_graph
    from .view import write_page
    if sum(x is not None for x in (around, place, program)) > 1:
        raise click.UsageError("give at most one of --around, --place, --program")
    g = read_graph(graph)
    nodes, note = None, ""
    if around is not None:
        nodes, note = focus.around(g, around, hops), f"around {around}, {hops} hops"
    elif place is not None:
        nodes, note = focus.in_place(g, place), f"place {place} and below"
    elif program is not None:
        nodes, note = focus.program(g, program), f"program {program}"
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
    from .analyze import analyze as run, format_report
    from .graph import read_graph
    report = run(read_graph(graph), people, path or None, top)
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


def _settings(uri: str | None, user: str | None, database: str | None,
              password_file: str | None, password_prompt: bool):
    """Flags over NEO4J_* variables; the password from a file, a prompt, or
    NEO4J_PASSWORD, never from an argument. The URI is checked here, before any work."""
    from .loaders.connection import Settings, check_uri, read_password_file
    password = None
    if password_file:
        password = read_password_file(password_file)
    elif password_prompt:
        password = click.prompt("Password", hide_input=True, err=True, default="",
                                show_default=False)
    settings = Settings.from_env(uri=uri, user=user, database=database, password=password)
    check_uri(settings.uri)
    return settings


def _input_graph(paths: Sequence[str], progress: bool):
    """One graph.json (node-link), or articles built into a graph on the way."""
    from .graph import read_graph
    from .loaders.stream import rows_of_file
    from .pipeline import NoArticles, build_graph
    if len(paths) == 1 and paths[0].endswith(".json") and Path(paths[0]).is_file():
        return rows_of_file(paths[0]) or read_graph(paths[0])  # a line at a time if it can
    result = build_graph(paths, progress=progress)
    if not result.articles:
        raise NoArticles("no articles read: " + result.report.summary())
    click.echo(result.report.summary(), err=True)
    return result.graph


def _echo_server_counts(labels, types) -> None:
    click.echo("server nodes: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())))
    click.echo("server links: " + ", ".join(f"{k} {v}" for k, v in sorted(types.items())))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_bolt_options
@click.option("--batch-size", type=click.IntRange(1), default=None,
              help="Rows per batch [default 2000 on Neo4j, 1000 on FalkorDB, where "
                   "batches are also cut at its ~4 KB message cap].")
@click.option("--max-bytes", type=click.IntRange(500), default=None,
              help="Largest message (query + rows) in bytes [default: none on Neo4j, 4000 on FalkorDB].")
@click.option("--replace", is_flag=True,
              help="First delete the nodes kg loaded before (marked kg_loaded); nothing else.")
@click.option("--no-schema", is_flag=True, help="Do not apply cypher/schema.cypher first.")
def load(paths, uri, user, database, password_file, password_prompt, batch_size, max_bytes,
         replace, no_schema) -> None:
    """Load GRAPH.json (or articles, built on the way) into Neo4j over Bolt.

    Idempotent: MERGE on each label's key and on (start, end, type) for relationships;
    a second corpus adds to the first and unions the provenance of shared relationships.
    Afterwards the server's counts are checked against the graph: data lost during the
    load (a server restarted within the driver's retry window) exits 2. One load at a
    time per server from this machine: a second one waits.
    """
    from .loaders import LoadOptions, load_graph, load_lock, open_driver
    if not os.environ.get("KG_DEBUG"):  # the driver's retry warnings: the error says it
        import logging
        logging.getLogger("neo4j").addHandler(logging.NullHandler())
    settings = _settings(uri, user, database, password_file, password_prompt)
    progress = sys.stderr.isatty()
    graph = _input_graph(paths, progress)
    options = LoadOptions(batch_rows=batch_size, max_bytes=max_bytes, replace=replace,
                          schema=not no_schema, progress=progress)
    waiting = lambda: click.echo("kg load: another load to this server is running; "  # noqa: E731
                                 "waiting for it to end", err=True)
    with load_lock(settings.uri, on_wait=waiting):
        driver = open_driver(settings)
        try:
            report = load_graph(driver, graph, options, settings.database, settings.uri)
        finally:
            driver.close()
    from .loaders import redact
    click.echo(f"loaded {sum(report.nodes.values())} nodes and "
               f"{sum(report.relationships.values())} relationships into {report.server.kind} "
               f"at {redact(settings.uri)} in {report.batches} batches, {report.seconds:.1f} s"
               + (f" (replaced {report.deleted} nodes)" if replace else ""))
    _echo_server_counts(*report.after)


@main.command()
@_bolt_options
def schema(uri, user, database, password_file, password_prompt) -> None:
    """Apply the data model's constraints and indexes (cypher/schema.cypher)."""
    from .loaders import detect, open_driver
    from .loaders.connection import server_errors
    from .loaders.schema import apply_schema_file
    settings = _settings(uri, user, database, password_file, password_prompt)
    driver = open_driver(settings)
    try:
        with server_errors(settings.uri):
            server = detect(driver, settings.database)
            ran = apply_schema_file(driver, server, settings.database)
    finally:
        driver.close()
    click.echo(f"schema on {server.kind}: {len(ran)} statements run"
               + ("" if server.is_neo4j else " (FalkorDB: indexes only, existing ones kept)"))
    for statement in ran:
        click.echo("  " + statement)


@main.command()
@click.argument("graph", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["neo4j-admin", "graphml", "gexf", "careers"]),
              required=True, help="neo4j-admin CSV files, GraphML, GEXF (Gephi), or the "
                                  "careers table (CSV: one row per person and post, dated).")
@click.argument("out", type=click.Path())
def export(graph, fmt, out) -> None:
    """Export GRAPH.json to OUT: a folder of CSV files for `neo4j-admin database import
    full` (the command is printed), a .graphml / .gexf file, or a careers .csv file."""
    from .export import export_graph
    from .graph import read_graph
    result = export_graph(read_graph(graph), fmt, out)
    for path in result.files:
        click.echo(f"wrote {path}")
    if result.command:
        click.echo("import with:")
        click.echo("  " + result.command)


@main.command()
@click.argument("name", required=False)
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Override one of the query's :param values (repeatable).")
@_bolt_options
def query(name, params, uri, user, database, password_file, password_prompt) -> None:
    """Run query NAME of the Cypher library (cypher/) on the server and print its rows;
    without NAME, list the library. -p names must be the query's own :param names."""
    from .loaders import detect, open_driver
    from .loaders.connection import server_errors
    from .loaders.library import ParamError, library, parse_params, run
    queries = library()
    if name is None:
        for qname, q in sorted(queries.items()):
            first = q.description.replace("\n", " ").split(". ")[0].rstrip(".")
            click.echo(f"{qname:24} {first}")
        return
    if name not in queries:
        raise ParamError(f"no query {name!r} in the library (kg query lists them)")
    chosen = queries[name]
    values = {**chosen.params, **parse_params(chosen, params)}
    settings = _settings(uri, user, database, password_file, password_prompt)
    driver = open_driver(settings)
    try:
        with server_errors(settings.uri):
            rows = run(driver, detect(driver, settings.database), chosen, values,
                       settings.database)
    finally:
        driver.close()
    click.echo("params: " + ", ".join(f"{k}={v!r}" for k, v in values.items()))
    if not rows:
        click.echo("(no rows)")
        return
    from .analyze import table
    columns = list(rows[0])
    click.echo(table(columns, [[_cell(r[c]) for c in columns] for r in rows]))


def _cell(value) -> str:
    if isinstance(value, list):
        return "、".join(_cell(v) for v in value)
    return "" if value is None else str(value)


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
