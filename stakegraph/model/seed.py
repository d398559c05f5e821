"""The one seed of every random step: sampled betweenness, Louvain
communities, the map's layout. One number, so the communities the map colours
are the communities the report lists, and two runs give the same output.

>>> DEFAULT_SEED
7
"""

__all__ = ["DEFAULT_SEED"]

DEFAULT_SEED = 7
