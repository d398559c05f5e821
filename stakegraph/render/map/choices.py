"""The map's choices that the command line offers, kept apart from the
drawing code so that ``stakegraph --help`` lists them without loading it.

>>> COLOR_MODES[0], SIZE_MEASURES[0]
('sector', 'degree')
"""

__all__ = ["COLOR_MODES", "SIZE_MEASURES"]

#: what may colour the stakeholders (forum: the largest of its IWGs and forums)
COLOR_MODES = ("sector", "community", "level", "type", "forum")
#: the measures that may size the stakeholders, in the order the legend gives them
SIZE_MEASURES = ("degree", "weighted_degree", "betweenness", "closeness", "eigenvector", "pagerank")
