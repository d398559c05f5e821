"""The tables beneath the readings of the evaluation annex, shared by the
text and the Excel annex: each is a title, headers and rows."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from stakegraph.i18n import SOURCE, current_language, gettext
from stakegraph.render.report.columns import columns
from stakegraph.render.words import vocab_word

__all__ = ["annex_tables"]

Table = tuple[str, list[str], list[list[Any]]]
_COUNTS = ["before", "after", "gained", "lost"]


def _word(vocab: str, value: str) -> str:
    # English heads its table rows with the codebook's capitals; other languages as in their sentences
    return vocab_word(vocab, value, in_sentence=current_language() != SOURCE)


def _pairs(d: Mapping[str, Any], vocab: str) -> list[list[Any]]:
    return [[_word(vocab, r["values"][0]), _word(vocab, r["values"][1]), *(r[k] for k in _COUNTS)]
            for r in d["by_pair"]]


def _statistics(annex: Mapping[str, Any]) -> list[list[Any]]:
    q, h, r, c = annex["stability"], annex["homophily"], annex["reciprocity"], annex["core_periphery"]
    b, a = h["before"], h["after"]
    return [
        [gettext("QAP correlation, before with after"), None, q["correlation"], None, q["p_greater"]],
        [gettext("E-I index of sectors"), b["ei_index"], a["ei_index"], b["ei_p_less"], a["ei_p_less"]],
        [gettext("E-I index expected by chance"), b["expected_ei_index"], a["expected_ei_index"], None, None],
        [gettext("Assortativity by sector"), b["assortativity"], a["assortativity"],
         b["assortativity_p_greater"], a["assortativity_p_greater"]],
        [gettext("Reciprocity of directed ties"), r["before"]["dyadic"], r["after"]["dyadic"], None, None],
        [gettext("Core size"), c["before"]["size"], c["after"]["size"], None, None],
        [gettext("Core–periphery fit"), c["before"]["correlation"], c["after"]["correlation"], None, None],
    ]


def _voices(v: Mapping[str, Any]) -> list[list[Any]]:
    out = []
    for row in v["organisations"]:
        b, a = row["before"] or {}, row["after"] or {}
        out.append([row["name"], b.get("in_core"), a.get("in_core"), b.get("distance_to_core"),
                    a.get("distance_to_core"), b.get("distance_to_iwg"), a.get("distance_to_iwg")])
    return out


def annex_tables(annex: Mapping[str, Any]) -> list[Table]:
    """The annex's tables: ties by pair of sectors and of levels, the
    statistics with their p-values, and the migrant-led organisations, in
    the current language."""
    return [
        (gettext("Ties by pair of sectors"), columns(["sector", "sector", *_COUNTS]),
         _pairs(annex["sectors"], "sector")),
        (gettext("Ties by pair of levels"), columns(["level", "level", *_COUNTS]),
         _pairs(annex["levels"], "level")),
        (gettext("Statistics (p: the chance of a value as extreme)"),
         columns(["statistic", "before", "after", "p before", "p after"]), _statistics(annex)),
        (gettext("Migrant-led organisations"),
         columns(["name", "in core before", "in core after", "to core before", "to core after",
                  "to IWG before", "to IWG after"]), _voices(annex["migrant_voice"])),
    ]
