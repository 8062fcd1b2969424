"""Node positions for graph pages: a Fruchterman–Reingold spring layout in NumPy with a
bounded number of iterations, repulsion computed in blocks so memory stays bounded.

NetworkX's own `spring_layout` takes 10–20 s on 1,500 nodes (its sparse and energy
methods); this one takes a second or two and gives the same kind of picture.
"""
from __future__ import annotations

import math

import networkx as nx
import numpy as np

BLOCK = 1024  # rows of the repulsion matrix computed at once


def spring_positions(graph: nx.Graph, iterations: int = 60, seed: int = 7,
                     scale: float = 1.0, gravity: float = 1.0) -> dict:
    """Positions in [-scale, scale]² for the nodes of the undirected `graph` (edge
    attribute ``weight`` pulls harder). A weak gravity keeps components together."""
    nodes = list(graph.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    rows = [(index[a], index[b], float(d.get("weight", 1.0)))
            for a, b, d in graph.edges(data=True) if a != b]
    src = np.array([r[0] for r in rows], dtype=np.int64)
    dst = np.array([r[1] for r in rows], dtype=np.int64)
    weight = np.array([r[2] for r in rows], dtype=np.float32)
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2)).astype(np.float32)
    k2 = np.float32(1.0 / n)  # k², k = 1/sqrt(n)
    step = 0.1
    cool = step / (iterations + 1)
    for _ in range(iterations):
        disp = _repulsion(pos, k2)
        if len(rows):
            delta = pos[src] - pos[dst]
            dist = np.sqrt((delta ** 2).sum(axis=-1))
            pull = delta * (dist * weight / math.sqrt(k2))[:, None]
            np.add.at(disp, src, -pull)
            np.add.at(disp, dst, pull)
        disp -= gravity * (pos - pos.mean(axis=0))
        length = np.maximum(np.sqrt((disp ** 2).sum(axis=-1)), 1e-9)
        pos += disp * (np.minimum(length, step) / length)[:, None]
        step -= cool
    pos -= pos.mean(axis=0)
    span = np.abs(pos).max() or 1.0
    pos *= scale / span
    return {node: (float(x), float(y)) for node, (x, y) in zip(nodes, pos)}


def _repulsion(pos: np.ndarray, k2: np.float32) -> np.ndarray:
    """Sum over all other nodes of k²/d along the unit vector (float32, in row blocks)."""
    x, y = pos[:, 0], pos[:, 1]
    disp = np.empty_like(pos)
    for start in range(0, len(pos), BLOCK):
        dx = x[start:start + BLOCK, None] - x[None, :]
        dy = y[start:start + BLOCK, None] - y[None, :]
        d2 = dx * dx
        d2 += dy * dy
        np.maximum(d2, np.float32(1e-6), out=d2)
        np.divide(k2, d2, out=d2)
        dx *= d2
        dy *= d2
        disp[start:start + BLOCK, 0] = dx.sum(axis=1)
        disp[start:start + BLOCK, 1] = dy.sum(axis=1)
    return disp
