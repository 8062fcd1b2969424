"""The data model's schema (cypher/schema.cypher, Neo4j 5 form) and applying it."""
from __future__ import annotations

from importlib.resources import files

from neo4j import Driver

from .server import Server, apply_schema


def schema_statements() -> list[str]:
    """The statements of cypher/schema.cypher, comments dropped."""
    text = files("kg.cypher").joinpath("schema.cypher").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("//")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def apply_schema_file(driver: Driver, server: Server, database: str | None = None) -> list[str]:
    """Apply the schema (the nearest form on FalkorDB); returns what was run."""
    return apply_schema(driver, server, schema_statements(), database)
