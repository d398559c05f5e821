"""The illustrative data of the example workbooks, one module per workbook."""

__all__: list[str] = []
