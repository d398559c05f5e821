"""One module per command: the single library call each CLI command makes.

A job ties the layers together (read with :mod:`stakegraph.io`, compute with
:mod:`stakegraph.analysis`, write with :mod:`stakegraph.render`) and returns
a plain result whose ``to_dict()`` is the command's JSON output.
"""
