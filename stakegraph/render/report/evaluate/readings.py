"""One sentence for a funder per indicator of the evaluation annex, and its method.

Each :class:`Reading` says what moved, in numbers a room can check, and how
likely chance alone would be to move it as far; its ``method`` names the
statistic and the test, so an evaluator can redo it (in R's sna, UCINET or
netseg).

Examples
--------
>>> chance(0.0004), chance(0.032), chance(0.35)
('less than 1 time in 100', 'about 3 times in 100', 'about 35 times in 100')
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from stakegraph.codebook import default_codebook
from stakegraph.render.text import format_cell, name_list, plural

__all__ = ["SIGNIFICANT", "Reading", "chance", "readings"]

#: below this p-value a reading says the pattern is more than chance
SIGNIFICANT = 0.05


@dataclass(frozen=True)
class Reading:
    """An indicator's key, heading, plain sentence and method."""

    indicator: str
    title: str
    reading: str
    method: str

    def to_dict(self) -> dict[str, str]:
        """The reading as JSON shows it."""
        return asdict(self)


def chance(p: float) -> str:
    """How often chance would do it, in words a funder reads."""
    if p < 0.01:
        return "less than 1 time in 100"
    times = round(p * 100)
    return f"about {plural(times, 'time')} in 100"


def _n(value: Any) -> str:
    return format_cell(value, 2)


def _words(values: list[str], vocab: str) -> str:
    book = default_codebook()
    known = set(book.codes(vocab))
    return "–".join(book.label(vocab, v) if v in known else v for v in values)


def _crossing(d: Mapping[str, Any], what: str, vocab: str, test_words: str) -> str:
    across, test = d["across"], d["test"]
    known = sum(d[kind][key] for kind in ("across", "within") for key in ("before", "after"))
    if not known and (d["unknown"]["before"] or d["unknown"]["after"]):
        return f"No tie joins two organisations whose {vocab} is known (column {vocab})."
    text = (f"Ties across {what} went from {across['before']} to {across['after']} "
            f"({across['gained']} gained, {across['lost']} lost).")
    grown = sorted((r for r in d["by_pair"] if r["values"][0] != r["values"][1]),
                   key=lambda r: -(r["after"] - r["before"]))
    if grown and grown[0]["after"] > grown[0]["before"]:
        r = grown[0]
        text += (f" The largest gain: {_words(r['values'], vocab)}, "
                 f"from {r['before']} to {r['after']}.")
    if test["p_value"] is not None:
        verb = "crosses" if test["gained_across"] == 1 else "cross"
        text += (f" Of the {plural(test['gained'], 'new tie')}, {test['gained_across']} {verb} "
                 f"{what}, where {_n(test['expected_across'])} would if {test_words}; as many or more "
                 f"would arise by chance {chance(test['p_value'])}.")
    return text


_TIE_METHOD = ("Tied pairs counted in each round by the {what} at their two ends; stakeholders "
               "matched by name across rounds (a likely rename counts as one). Test: exact "
               "hypergeometric, the new ties against all pairs untied in the earlier round.")


def _stability(q: Mapping[str, Any]) -> str:
    if q["correlation"] != q["correlation"]:
        return "The two rounds cannot be compared: one of them has no tie among the stakeholders in both."
    return (f"The two rounds correlate {_n(q['correlation'])} over the {q['actors']} stakeholders "
            f"in both (1: the same ties, 0: unrelated); a correlation this high would arise by "
            f"chance {chance(q['p_greater'])}.")


def _reciprocity(r: Mapping[str, Any]) -> str:
    b, a = r["before"], r["after"]
    pairs = [x["mutual"] + x["one_sided"] for x in (b, a)]
    if not any(pairs):
        return "Neither round has a directed tie (funding, referral), so reciprocity cannot be read."
    return (f"Of the pairs joined by a directed tie (funding, referral), {b['mutual']} of "
            f"{pairs[0]} ran both ways before and {a['mutual']} of {pairs[1]} after; the rest are "
            f"one-sided.")


def _homophily(h: Mapping[str, Any]) -> str:
    b, a = h["before"], h["after"]
    if b["ei_index"] != b["ei_index"] or a["ei_index"] != a["ei_index"]:
        return "A round has no tie between organisations of known sectors, so homophily cannot be read."
    moved = "rose" if a["ei_index"] > b["ei_index"] else "fell" if a["ei_index"] < b["ei_index"] else "stayed"
    text = (f"Sectors mixed {'more' if moved == 'rose' else 'less' if moved == 'fell' else 'as much'}: "
            f"the E-I index {moved} from {_n(b['ei_index'])} to {_n(a['ei_index'])} (-1: ties only "
            f"inside sectors, +1: only across), assortativity went from {_n(b['assortativity'])} to "
            f"{_n(a['assortativity'])}.")
    for key, x in (("before", b), ("after", a)):
        inward = x["ei_p_less"] <= x["ei_p_greater"]
        p = x["ei_p_less"] if inward else x["ei_p_greater"]
        if p < SIGNIFICANT:
            side = "inside sectors" if inward else "across sectors"
            text += (f" {key.capitalize()}, ties stayed {side} more than chance would have them "
                     f"(chance would do this {chance(p)}).")
        else:
            text += (f" {key.capitalize()}, the mixing is within what chance gives (as far from it "
                     f"{chance(p)}).")
    return text


def _core(c: Mapping[str, Any]) -> str:
    b, a = c["before"], c["after"]
    if b["correlation"] != b["correlation"] or a["correlation"] != a["correlation"]:
        return ("A round has too few ties, or ties between every pair, to tell a core from a "
                "periphery.")
    text = (f"The core held {b['size']} of {b['stakeholders']} organisations before and "
            f"{a['size']} of {a['stakeholders']} after")
    if c["moved_in"]:
        text += f"; {name_list(c['moved_in'])} joined it"
    if c["moved_out"]:
        text += f"; {name_list(c['moved_out'])} left it"
    return text + (f". The fit to a core and periphery went from {_n(b['correlation'])} to "
                   f"{_n(a['correlation'])} (1: a perfect core and periphery, 0: none).")


def _voice(v: Mapping[str, Any]) -> str:
    b, a = v["before"], v["after"]
    if not b["migrant_led"] and not a["migrant_led"]:
        return "No organisation is marked migrant-led in either round (column migrant_led)."
    text = (f"Migrant-led organisations in the core: {b['in_core']} of {b['migrant_led']} before, "
            f"{a['in_core']} of {a['migrant_led']} after.")
    if b["mean_distance_to_core"] is not None and a["mean_distance_to_core"] is not None:
        text += (f" They sat on average {_n(b['mean_distance_to_core'])} steps from the core before "
                 f"and {_n(a['mean_distance_to_core'])} after (other organisations: "
                 f"{_n(b['others_mean_distance_to_core'])} and {_n(a['others_mean_distance_to_core'])}).")
    if b["mean_distance_to_iwg"] is not None and a["mean_distance_to_iwg"] is not None:
        text += (f" From the nearest IWG member: {_n(b['mean_distance_to_iwg'])} steps before, "
                 f"{_n(a['mean_distance_to_iwg'])} after.")
    else:
        text += " The distance to IWG members needs an IWG in both rounds."
    return text


def readings(annex: Mapping[str, Any]) -> list[Reading]:
    """The readings of an annex (:func:`stakegraph.analysis.evaluate.evaluate_graphs`)."""
    n, seed = f"{annex['permutations']:,}", annex["seed"]
    return [
        Reading("sectors", "Ties across sectors",
                _crossing(annex["sectors"], "sectors", "sector",
                          "new ties fell at random among the untied pairs"),
                _TIE_METHOD.format(what="sectors")),
        Reading("levels", "Ties across levels",
                _crossing(annex["levels"], "levels", "level",
                          "new ties fell at random among the untied pairs"),
                _TIE_METHOD.format(what="levels (local, regional, national, european, international)")),
        Reading("stability", "Stability between the rounds", _stability(annex["stability"]),
                f"QAP correlation (Krackhardt 1987): Pearson's correlation of the two tie matrices "
                f"over the stakeholders in both rounds; p-value from {n} permutations of the later "
                f"round's stakeholders (seed {seed}), as R's sna::qaptest with gcor."),
        Reading("reciprocity", "Reciprocity", _reciprocity(annex["reciprocity"]),
                "Mutual pairs over pairs with a directed tie, as R's sna::grecip "
                "(dyadic.nonnull); undirected ties are left out, being mutual by how they are written."),
        Reading("homophily", "Sector homophily", _homophily(annex["homophily"]),
                f"Krackhardt and Stern's E-I index and Newman's assortativity of the sector mixing "
                f"matrix; CUG test against {n} random networks with the same stakeholders and "
                f"number of ties (seed {seed}), as R's sna::cug.test with cmode='edges'."),
        Reading("core_periphery", "Core and periphery", _core(annex["core_periphery"]),
                "Borgatti and Everett's (2000) discrete core–periphery model: the partition whose "
                "ideal pattern (a tie wherever a core member is involved) correlates best with the "
                "ties, found by Kernighan–Lin search."),
        Reading("migrant_voice", "Migrant voice", _voice(annex["migrant_voice"]),
                "Migrant-led organisations (column migrant_led): in the core or not, and the fewest "
                "ties to the nearest core member and to the nearest IWG member; organisations with "
                "no path are counted apart."),
    ]
