"""Offline analysis of the graph with NetworkX: name lookup, focused subgraphs,
summary figures, centrality, communities, careers and paths.

Analysis treats the graph as undirected and, unless said otherwise, leaves out Article
nodes and MENTIONS links: an article "connects" everything it mentions, which would make
every path two steps long and every article the most central node.
"""
