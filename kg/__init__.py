"""kg: knowledge graphs of Chinese local-government and economy news.

Stages, one module each: read (kg.read) -> normalise and clean (kg.normalize,
kg.clean) -> extract (kg.extract) -> resolve (kg.resolve) -> graph (kg.graph) ->
view / analyze (kg.view, kg.analyze). The Neo4j side lives in kg.loaders.
"""

__version__ = "0.1.0"
