"""One command-line layer, documented: every command of `kg --help` has help text and a
row in the README's command table, and every row is a command (as sqlite-utils's
tests/test_docs.py checks its commands); click and exits live in kg/cli.py only."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from conftest import REPO
from kg.cli import main

README = (REPO / "README.md").read_text(encoding="utf-8")


def readme_commands() -> list[str]:
    """The commands of the README's table (`| `kg NAME …` | what it does |)."""
    table = README[README.index("## The command line"):]
    table = table[:table.index("\n\n", table.index("| command |"))]
    return re.findall(r"^\| `kg ([a-z-]+)", table, flags=re.M)


def help_commands() -> dict[str, str]:
    """Command name -> its one-line help, as `kg --help` prints them."""
    output = CliRunner().invoke(main, ["--help"]).output
    section = output[output.index("Commands:"):].splitlines()[1:]
    return dict((line.split(None, 1) + [""])[:2] for line in section if line.strip())


def test_kg_help_lists_every_command():
    assert set(help_commands()) == set(main.commands)


@pytest.mark.parametrize("name", sorted(main.commands))
def test_each_command_has_help_text_and_a_readme_row(name):
    command = main.commands[name]
    assert command.help and command.help.strip(), f"kg {name} has no help text"
    assert help_commands()[name].strip(), f"kg --help shows no help for {name}"
    assert name in readme_commands(), f"kg {name} has no row in the README's command table"
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0 and f"Usage: main {name}" in result.output


def test_every_readme_row_is_a_command_once():
    rows = readme_commands()
    assert len(rows) == len(set(rows))
    assert set(rows) == set(main.commands)


def test_click_and_exits_live_in_the_cli_only():
    """loaders/ and the rest of kg are libraries: they raise, kg/cli.py prints and exits."""
    sources = sorted((REPO / "loaders").glob("*.py")) + sorted((REPO / "kg").rglob("*.py"))
    offenders = []
    for path in sources:
        if path == REPO / "kg" / "cli.py":
            continue
        text = path.read_text(encoding="utf-8")
        # a developer script's entry point (python -m kg.sequence.train) may exit
        text = re.sub(r'^if __name__ == "__main__":\n\s+sys\.exit\(main\(\)\)\n', "", text, flags=re.M)
        if re.search(r"^\s*(import click|from click)|\bsys\.exit\(", text, flags=re.M):
            offenders.append(str(path.relative_to(REPO)))
    assert offenders == []
