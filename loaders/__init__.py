"""Loading the graph into Neo4j (or FalkorDB, the Bolt test server): connection
settings, schema, batched idempotent writes, and the Cypher library."""
from __future__ import annotations

from .connection import ServerError, Settings, open_driver
from .load import LoadOptions, LoadReport, delete_loaded, load_graph, server_counts
from .server import Server, detect

__all__ = ["ServerError", "Settings", "open_driver", "LoadOptions", "LoadReport",
           "load_graph", "delete_loaded", "server_counts", "Server", "detect"]
