"""What the `kg load`, `kg schema` and `kg export` commands do, behind kg/cli.py:
resolving the connection settings and password, reading or building the graph, and
turning every failure into one line on stderr and a non-zero exit."""
from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import click
import networkx as nx

from .connection import ServerError, Settings, open_driver

EXIT_INPUT, EXIT_SERVER = 1, 2


def fail(command: str, message: str, code: int) -> None:
    click.echo(f"kg {command}: error: {message}", err=True)
    sys.exit(code)


def resolve_settings(uri: str | None, user: str | None, database: str | None,
                     password_file: str | None, password_prompt: bool) -> Settings:
    """Flags over NEO4J_* variables; the password from a file, a prompt, or
    NEO4J_PASSWORD, never from an argument."""
    password = None
    if password_file:
        try:
            password = Path(password_file).read_text(encoding="utf-8").splitlines()[0].strip() \
                if Path(password_file).stat().st_size else ""
        except OSError as exc:
            fail("load", f"cannot read the password file {password_file}: {exc.strerror}",
                 EXIT_INPUT)
    elif password_prompt:
        password = click.prompt("Password", hide_input=True, err=True, default="",
                                show_default=False)
    return Settings.from_env(uri=uri, user=user, database=database, password=password)


def read_input_graph(command: str, paths: Sequence[str], progress: bool) -> nx.MultiDiGraph:
    """One graph.json (node-link), or articles built into a graph on the way."""
    from kg.graph import GraphFileError, read_graph
    if len(paths) == 1 and paths[0].endswith(".json") and Path(paths[0]).is_file():
        try:
            return read_graph(paths[0])
        except GraphFileError as exc:
            fail(command, str(exc), EXIT_INPUT)
    from kg.pipeline import build_graph
    result = build_graph(paths, progress=progress)
    if not result.articles:
        fail(command, "no articles found in " + " ".join(paths), EXIT_INPUT)
    click.echo(result.report.summary(), err=True)
    return result.graph


def run_load(paths: Sequence[str], settings: Settings, batch_size: int | None,
             max_bytes: int | None, replace: bool, schema: bool) -> None:
    from .load import LoadOptions, load_graph, server_counts
    progress = sys.stderr.isatty()
    graph = read_input_graph("load", paths, progress)
    options = LoadOptions(batch_rows=batch_size, max_bytes=max_bytes, replace=replace,
                          schema=schema, progress=progress)
    try:
        driver = open_driver(settings)
    except ServerError as exc:
        fail("load", str(exc), EXIT_SERVER)
    try:
        report = load_graph(driver, graph, options, settings.database, settings.uri)
        labels, types = server_counts(driver, settings.database)
    except ServerError as exc:
        fail("load", str(exc), EXIT_SERVER)
    except ValueError as exc:
        fail("load", str(exc), EXIT_INPUT)
    finally:
        driver.close()
    click.echo(f"loaded {graph.number_of_nodes()} nodes and {graph.number_of_edges()} "
               f"relationships into {report.server.kind} at {settings.uri} "
               f"in {report.batches} batches, {report.seconds:.1f} s"
               + (f" (replaced {report.deleted} nodes)" if replace else ""))
    click.echo("server nodes: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())))
    click.echo("server links: " + ", ".join(f"{k} {v}" for k, v in sorted(types.items())))


def run_schema(settings: Settings) -> None:
    from .schema import apply_schema_file
    from .server import detect
    try:
        driver = open_driver(settings)
    except ServerError as exc:
        fail("schema", str(exc), EXIT_SERVER)
    try:
        server = detect(driver, settings.database)
        ran = apply_schema_file(driver, server, settings.database)
    except Exception as exc:  # noqa: BLE001 - one line whatever the server says
        from .connection import describe_error
        fail("schema", describe_error(exc, settings.uri), EXIT_SERVER)
    finally:
        driver.close()
    click.echo(f"schema on {server.kind}: {len(ran)} statements run"
               + ("" if server.is_neo4j else " (FalkorDB: indexes only, existing ones kept)"))
    for statement in ran:
        click.echo("  " + statement)


def run_export(graph_path: str, fmt: str, out: str) -> None:
    from kg.export import export_graph
    graph = read_input_graph("export", [graph_path], False)
    try:
        result = export_graph(graph, fmt, out)
    except (OSError, ValueError) as exc:
        fail("export", str(exc).splitlines()[0], EXIT_INPUT)
    for path in result.files:
        click.echo(f"wrote {path}")
    if result.command:
        click.echo("import with:")
        click.echo("  " + result.command)


def parse_params(pairs: Sequence[str]) -> dict:
    """`name=value` pairs; a value that reads as a JSON number, list or boolean is one."""
    import json
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.isidentifier():
            raise click.BadParameter(f"{pair!r} is not name=value", param_hint="--param")
        try:
            params[name] = json.loads(value)
            if isinstance(params[name], (dict, str)):
                params[name] = value
        except ValueError:
            params[name] = value
    return params


def run_query(name: str | None, pairs: Sequence[str], settings: Settings) -> None:
    """Run one query of the Cypher library (its `:param` values unless overridden) and
    print its rows as a table; with no name, list the library."""
    from .connection import describe_error
    from .library import library, run
    from .server import detect
    queries = library()
    if name is None:
        for qname, query in sorted(queries.items()):
            first = query.description.replace("\n", " ").split(". ")[0].rstrip(".")
            click.echo(f"{qname:24} {first}")
        return
    if name not in queries:
        fail("query", f"no query {name!r} in the library (kg query lists them)", EXIT_INPUT)
    query = queries[name]
    params = {**query.params, **parse_params(pairs)}
    try:
        driver = open_driver(settings)
    except ServerError as exc:
        fail("query", str(exc), EXIT_SERVER)
    try:
        rows = run(driver, detect(driver, settings.database), query, params, settings.database)
    except Exception as exc:  # noqa: BLE001 - one line whatever the server says
        fail("query", describe_error(exc, settings.uri), EXIT_SERVER)
    finally:
        driver.close()
    click.echo("params: " + ", ".join(f"{k}={v!r}" for k, v in params.items()))
    if not rows:
        click.echo("(no rows)")
        return
    from kg.analyze import table
    columns = list(rows[0])
    click.echo(table(columns, [[_cell(r[c]) for c in columns] for r in rows]))


def _cell(value) -> str:
    if isinstance(value, list):
        return "、".join(_cell(v) for v in value)
    return "" if value is None else str(value)
