"""The headers of the reports' tables in the reader's language.

A header is named by its code (``"weighted_degree"``, ``"rated influence"``),
which is also the English header; :func:`column` gives it in the current
language. Each is written out below with its ``column`` context so that the
translation files hold it apart from the same word in a sentence.

Examples
--------
>>> from stakegraph.i18n import speaking
>>> column("betweenness_rank"), column("a header of one's own")
('betweenness_rank', "a header of one's own")
>>> with speaking("sv"):
...     column("sector")
'sektor'
"""

from __future__ import annotations

from stakegraph.i18n import pgettext

__all__ = ["column", "columns"]


def _headers() -> dict[str, str]:
    """Every header, in the current language (the literals are for the extractor)."""
    return {
        "rank": pgettext("column", "rank"), "name": pgettext("column", "name"),
        "sector": pgettext("column", "sector"), "total": pgettext("column", "total"),
        "degree": pgettext("column", "degree"), "weighted_degree": pgettext("column", "weighted_degree"),
        "betweenness": pgettext("column", "betweenness"),
        "betweenness_raw": pgettext("column", "betweenness_raw"),
        "closeness": pgettext("column", "closeness"), "eigenvector": pgettext("column", "eigenvector"),
        "pagerank": pgettext("column", "pagerank"), "constraint": pgettext("column", "constraint"),
        "effective_size": pgettext("column", "effective_size"), "core": pgettext("column", "core"),
        "community": pgettext("column", "community"), "brokerage": pgettext("column", "brokerage"),
        "coordinator": pgettext("column", "coordinator"), "consultant": pgettext("column", "consultant"),
        "gatekeeper": pgettext("column", "gatekeeper"),
        "representative": pgettext("column", "representative"), "liaison": pgettext("column", "liaison"),
        "degree_rank": pgettext("column", "degree_rank"),
        "weighted_degree_rank": pgettext("column", "weighted_degree_rank"),
        "betweenness_rank": pgettext("column", "betweenness_rank"),
        "closeness_rank": pgettext("column", "closeness_rank"),
        "eigenvector_rank": pgettext("column", "eigenvector_rank"),
        "pagerank_rank": pgettext("column", "pagerank_rank"), "id": pgettext("column", "id"),
        "theme": pgettext("column", "theme"), "rated influence": pgettext("column", "rated influence"),
        "ties show": pgettext("column", "ties show"), "reading": pgettext("column", "reading"),
        "measure": pgettext("column", "measure"), "value": pgettext("column", "value"),
        "meaning": pgettext("column", "meaning"), "cut point": pgettext("column", "cut point"),
        "separates": pgettext("column", "separates"), "pieces": pgettext("column", "pieces"),
        "from": pgettext("column", "from"), "to": pgettext("column", "to"),
        "size": pgettext("column", "size"), "sectors": pgettext("column", "sectors"),
        "members": pgettext("column", "members"), "quadrant": pgettext("column", "quadrant"),
        "how to engage": pgettext("column", "how to engage"),
        "organisations": pgettext("column", "organisations"), "names": pgettext("column", "names"),
        "influence": pgettext("column", "influence"), "interest": pgettext("column", "interest"),
        "influence the ties show": pgettext("column", "influence the ties show"),
        "gap": pgettext("column", "gap"), "sheet": pgettext("column", "sheet"),
        "rows": pgettext("column", "rows"), "imported": pgettext("column", "imported"),
        "merged": pgettext("column", "merged"), "rejected": pgettext("column", "rejected"),
        "severity": pgettext("column", "severity"), "code": pgettext("column", "code"),
        "row": pgettext("column", "row"), "column": pgettext("column", "column"),
        "message": pgettext("column", "message"), "suggestion": pgettext("column", "suggestion"),
        "before": pgettext("column", "before"), "after": pgettext("column", "after"),
        "change": pgettext("column", "change"),
        "brokerage before": pgettext("column", "brokerage before"),
        "brokerage after": pgettext("column", "brokerage after"),
        "betweenness before": pgettext("column", "betweenness before"),
        "betweenness after": pgettext("column", "betweenness after"),
        "shared members": pgettext("column", "shared members"),
        "IWG": pgettext("column", "IWG"), "IWGs": pgettext("column", "IWGs"),
        "forum": pgettext("column", "forum"), "forums": pgettext("column", "forums"),
        "pairs linked": pgettext("column", "pairs linked"), "alone": pgettext("column", "alone"),
        "level": pgettext("column", "level"), "gained": pgettext("column", "gained"),
        "lost": pgettext("column", "lost"), "statistic": pgettext("column", "statistic"),
        "p before": pgettext("column", "p before"), "p after": pgettext("column", "p after"),
        "in core before": pgettext("column", "in core before"),
        "in core after": pgettext("column", "in core after"),
        "to core before": pgettext("column", "to core before"),
        "to core after": pgettext("column", "to core after"),
        "to IWG before": pgettext("column", "to IWG before"),
        "to IWG after": pgettext("column", "to IWG after"),
        "indicator": pgettext("column", "indicator"), "method": pgettext("column", "method"),
    }


def column(code: str) -> str:
    """The header ``code`` in the current language (the code itself when it
    is not one of the reports' headers)."""
    return _headers().get(code, code)


def columns(codes: list[str]) -> list[str]:
    """Several headers, in order."""
    headers = _headers()
    return [headers.get(c, c) for c in codes]
