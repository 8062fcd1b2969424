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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build knowledge graphs from Chinese news about local government and the economy."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", default="out", show_default=True,
              type=click.Path(file_okay=False), help="Folder for graph.json, graph.html, articles.jsonl.")
@click.option("--no-page", is_flag=True, help="Do not write graph.html.")
def build(paths: tuple[str, ...], out_dir: str, no_page: bool) -> None:
    """Read articles (files, folders, '-' for stdin) and write the graph.

    Inputs: .txt, .html/.htm and .jsonl (one article per line), in UTF-8, UTF-16,
    GB18030/GBK or Big5.
    """
    from .pipeline import build_graph, write_outputs
    result = build_graph(paths, progress=sys.stderr.isatty())
    files = write_outputs(result, out_dir, page=not no_page)
    click.echo(result.report.summary())
    _print_counts(result.graph)
    for kind, path in files.items():
        click.echo(f"wrote {path}")
    if not result.articles:
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
