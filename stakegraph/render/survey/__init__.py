"""Writing what ``stakegraph survey`` and ``stakegraph collect`` make: the
survey workbooks, the survey key, the round workbook and the collection
report."""
