"""One module per command: the single library call each CLI command makes.

A job ties the layers together (read with :mod:`stakegraph.io`, compute with
:mod:`stakegraph.analysis`, write with :mod:`stakegraph.render`). It takes a
:class:`~stakegraph.jobs.book.Book`, a workbook opened once (or a path, opened
with the default options), is named for its command (``analyze``,
``find_gaps`` for ``gaps``, ``recommend``, ``draw_map`` for ``map``, ``diff``,
``evaluate``, ``export``, ``survey``, ``collect``, ``forums``, ``seat_tables``
for ``tables``, ``make_template`` for ``template``, ``validate``, ``demo``),
and returns a :class:`~stakegraph.jobs.result.Result` whose ``to_dict()`` is
the command's JSON output.
"""
