"""Loading the graph into Neo4j (or FalkorDB, the Bolt test server): connection
settings, schema, batched idempotent writes, and the Cypher library. A library: errors
are raised (`ServerError`, `SettingsError`, `LoadMismatch`, `ParamError`, ValueError),
and the command line (kg/cli.py) turns them into one line and an exit code."""
from __future__ import annotations

from .connection import ServerError, Settings, SettingsError, open_driver, redact
from .library import ParamError
from .load import LoadMismatch, LoadOptions, LoadReport, delete_loaded, load_graph, server_counts
from .lock import load_lock
from .server import Server, detect

__all__ = ["ServerError", "Settings", "SettingsError", "open_driver", "redact", "ParamError",
           "LoadMismatch", "LoadOptions", "LoadReport", "load_graph", "delete_loaded",
           "server_counts", "load_lock", "Server", "detect"]
