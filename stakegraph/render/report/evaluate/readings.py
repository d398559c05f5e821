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
from stakegraph.i18n import SOURCE, current_language, gettext, ngettext
from stakegraph.render.text import format_cell, localised, name_list
from stakegraph.render.words import vocab_word

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
        return gettext("less than 1 time in 100")
    times = round(p * 100)
    return ngettext("about {n} time in 100", "about {n} times in 100", times).format(n=times)


def _n(value: Any) -> str:
    return format_cell(value, 2)


def _words(values: list[str], vocab: str) -> str:
    if current_language() != SOURCE:
        return "–".join(vocab_word(vocab, v, in_sentence=True) for v in values)
    book = default_codebook()
    known = set(book.codes(vocab))
    return "–".join(book.label(vocab, v) if v in known else v for v in values)


def _crossing(d: Mapping[str, Any], vocab: str) -> str:
    """The reading of ties across sectors (``vocab`` "sector") or levels ("level")."""
    sectors = vocab == "sector"
    across, test = d["across"], d["test"]
    known = sum(d[kind][key] for kind in ("across", "within") for key in ("before", "after"))
    if not known and (d["unknown"]["before"] or d["unknown"]["after"]):
        return (gettext("No tie joins two organisations whose sector is known (column sector).") if sectors
                else gettext("No tie joins two organisations whose level is known (column level)."))
    text = (gettext("Ties across sectors went from {before} to {after} ({gained} gained, {lost} lost).")
            if sectors else
            gettext("Ties across levels went from {before} to {after} ({gained} gained, {lost} lost)."))
    text = text.format(before=across["before"], after=across["after"], gained=across["gained"],
                       lost=across["lost"])
    grown = sorted((r for r in d["by_pair"] if r["values"][0] != r["values"][1]),
                   key=lambda r: -(r["after"] - r["before"]))
    if grown and grown[0]["after"] > grown[0]["before"]:
        r = grown[0]
        text += " " + gettext("The largest gain: {pair}, from {before} to {after}.").format(
            pair=_words(r["values"], vocab), before=r["before"], after=r["after"])
    if test["p_value"] is not None and test["gained"] == 1:
        text += " " + _the_one_new_tie(test["gained_across"] > 0, sectors).format(
            expected=_n(test["expected_across"]), chance=chance(test["p_value"]))
    elif test["p_value"] is not None:
        n = test["gained_across"]
        sentence = (ngettext("Of the {new}, {n} crosses sectors, where {expected} would if new ties fell at "
                             "random among the untied pairs; as many or more would arise by chance {chance}.",
                             "Of the {new}, {n} cross sectors, where {expected} would if new ties fell at "
                             "random among the untied pairs; as many or more would arise by chance {chance}.",
                             n) if sectors else
                    ngettext("Of the {new}, {n} crosses levels, where {expected} would if new ties fell at "
                             "random among the untied pairs; as many or more would arise by chance {chance}.",
                             "Of the {new}, {n} cross levels, where {expected} would if new ties fell at "
                             "random among the untied pairs; as many or more would arise by chance {chance}.",
                             n))
        new = ngettext("{n} new tie", "{n} new ties", test["gained"]).format(n=localised(f"{test['gained']:,}"))
        text += " " + sentence.format(new=new, n=n, expected=_n(test["expected_across"]),
                                      chance=chance(test["p_value"]))
    return text


def _the_one_new_tie(crosses: bool, sectors: bool) -> str:
    """What the only tie gained between the rounds did: a count of one inside
    "of the 1 new tie" reads wrong in every language, and a tie that stays
    inside has no chance to tell."""
    if sectors:
        return (gettext("The one new tie crosses sectors, where {expected} would if new ties fell at random "
                        "among the untied pairs; a tie across sectors would arise by chance {chance}.") if crosses
                else gettext("The one new tie stays within a sector, where {expected} would cross sectors if new "
                             "ties fell at random among the untied pairs."))
    return (gettext("The one new tie crosses levels, where {expected} would if new ties fell at random "
                    "among the untied pairs; a tie across levels would arise by chance {chance}.") if crosses
            else gettext("The one new tie stays at one level, where {expected} would cross levels if new ties "
                         "fell at random among the untied pairs."))


def _stability(q: Mapping[str, Any]) -> str:
    if q["correlation"] != q["correlation"]:
        return gettext("The two rounds cannot be compared: one of them has no tie among the stakeholders in both.")
    return gettext("The two rounds correlate {r} over the {n} stakeholders in both (1: the same ties, "
                   "0: unrelated); a correlation this high would arise by chance {chance}.").format(
        r=_n(q["correlation"]), n=q["actors"], chance=chance(q["p_greater"]))


def _reciprocity(r: Mapping[str, Any]) -> str:
    b, a = r["before"], r["after"]
    pairs = [x["mutual"] + x["one_sided"] for x in (b, a)]
    if not any(pairs):
        return gettext("Neither round has a directed tie (funding, referral), so reciprocity cannot be read.")
    return gettext("Of the pairs joined by a directed tie (funding, referral), {b} of {bn} ran both ways "
                   "before and {a} of {an} after; the rest are one-sided.").format(
        b=b["mutual"], bn=pairs[0], a=a["mutual"], an=pairs[1])


def _homophily(h: Mapping[str, Any]) -> str:
    b, a = h["before"], h["after"]
    if b["ei_index"] != b["ei_index"] or a["ei_index"] != a["ei_index"]:
        return gettext("A round has no tie between organisations of known sectors, so homophily cannot be read.")
    if a["ei_index"] > b["ei_index"]:
        text = gettext("Sectors mixed more: the E-I index rose from {b} to {a} (-1: ties only inside sectors, "
                       "+1: only across), assortativity went from {rb} to {ra}.")
    elif a["ei_index"] < b["ei_index"]:
        text = gettext("Sectors mixed less: the E-I index fell from {b} to {a} (-1: ties only inside sectors, "
                       "+1: only across), assortativity went from {rb} to {ra}.")
    else:
        text = gettext("Sectors mixed as much: the E-I index stayed from {b} to {a} (-1: ties only inside "
                       "sectors, +1: only across), assortativity went from {rb} to {ra}.")
    text = text.format(b=_n(b["ei_index"]), a=_n(a["ei_index"]), rb=_n(b["assortativity"]),
                       ra=_n(a["assortativity"]))
    for key, x in (("before", b), ("after", a)):
        inward = x["ei_p_less"] <= x["ei_p_greater"]
        p = x["ei_p_less"] if inward else x["ei_p_greater"]
        text += " " + _homophily_round(key, inward, p < SIGNIFICANT).format(chance=chance(p))
    return text


def _homophily_round(key: str, inward: bool, significant: bool) -> str:
    """The sentence on one round's mixing against chance, whole in each language."""
    if key == "before":
        if not significant:
            return gettext("Before, the mixing is within what chance gives (as far from it {chance}).")
        return (gettext("Before, ties stayed inside sectors more than chance would have them "
                        "(chance would do this {chance}).") if inward else
                gettext("Before, ties stayed across sectors more than chance would have them "
                        "(chance would do this {chance})."))
    if not significant:
        return gettext("After, the mixing is within what chance gives (as far from it {chance}).")
    return (gettext("After, ties stayed inside sectors more than chance would have them "
                    "(chance would do this {chance}).") if inward else
            gettext("After, ties stayed across sectors more than chance would have them "
                    "(chance would do this {chance})."))


def _core(c: Mapping[str, Any]) -> str:
    b, a = c["before"], c["after"]
    if b["correlation"] != b["correlation"] or a["correlation"] != a["correlation"]:
        return gettext("A round has too few ties, or ties between every pair, to tell a core from a periphery.")
    joined = (gettext("; {names} joined it").format(names=name_list(c["moved_in"])) if c["moved_in"] else "")
    left = (gettext("; {names} left it").format(names=name_list(c["moved_out"])) if c["moved_out"] else "")
    return gettext("The core held {b} of {bn} organisations before and {a} of {an} after{joined}{left}. "
                   "The fit to a core and periphery went from {fb} to {fa} (1: a perfect core and "
                   "periphery, 0: none).").format(
        b=b["size"], bn=b["stakeholders"], a=a["size"], an=a["stakeholders"], joined=joined, left=left,
        fb=_n(b["correlation"]), fa=_n(a["correlation"]))


def _voice(v: Mapping[str, Any]) -> str:
    b, a = v["before"], v["after"]
    if not b["migrant_led"] and not a["migrant_led"]:
        return gettext("No organisation is marked migrant-led in either round (column migrant_led).")
    text = gettext("Migrant-led organisations in the core: {b} of {bn} before, {a} of {an} after.").format(
        b=b["in_core"], bn=b["migrant_led"], a=a["in_core"], an=a["migrant_led"])
    if b["mean_distance_to_core"] is not None and a["mean_distance_to_core"] is not None:
        text += " " + gettext("They sat on average {b} steps from the core before and {a} after (other "
                              "organisations: {ob} and {oa}).").format(
            b=_n(b["mean_distance_to_core"]), a=_n(a["mean_distance_to_core"]),
            ob=_n(b["others_mean_distance_to_core"]), oa=_n(a["others_mean_distance_to_core"]))
    if b["mean_distance_to_iwg"] is not None and a["mean_distance_to_iwg"] is not None:
        text += " " + gettext("From the nearest IWG member: {b} steps before, {a} after.").format(
            b=_n(b["mean_distance_to_iwg"]), a=_n(a["mean_distance_to_iwg"]))
    else:
        text += " " + gettext("The distance to IWG members needs an IWG in both rounds.")
    return text


def readings(annex: Mapping[str, Any]) -> list[Reading]:
    """The readings of an annex (:func:`stakegraph.analysis.evaluate.evaluate_graphs`),
    in the current language."""
    n, seed = localised(f"{annex['permutations']:,}"), annex["seed"]
    return [
        Reading("sectors", gettext("Ties across sectors"), _crossing(annex["sectors"], "sector"),
                gettext("Tied pairs counted in each round by the sectors at their two ends; stakeholders "
                        "matched by name across rounds (a likely rename counts as one). Test: exact "
                        "hypergeometric, the new ties against all pairs untied in the earlier round.")),
        Reading("levels", gettext("Ties across levels"), _crossing(annex["levels"], "level"),
                gettext("Tied pairs counted in each round by the levels (local, regional, national, european, "
                        "international) at their two ends; stakeholders matched by name across rounds (a "
                        "likely rename counts as one). Test: exact hypergeometric, the new ties against "
                        "all pairs untied in the earlier round.")),
        Reading("stability", gettext("Stability between the rounds"), _stability(annex["stability"]),
                gettext("QAP correlation (Krackhardt 1987): Pearson's correlation of the two tie matrices "
                        "over the stakeholders in both rounds; p-value from {n} permutations of the later "
                        "round's stakeholders (seed {seed}), as R's sna::qaptest with gcor.")
                .format(n=n, seed=seed)),
        Reading("reciprocity", gettext("Reciprocity"), _reciprocity(annex["reciprocity"]),
                gettext("Mutual pairs over pairs with a directed tie, as R's sna::grecip "
                        "(dyadic.nonnull); undirected ties are left out, being mutual by how they are "
                        "written.")),
        Reading("homophily", gettext("Sector homophily"), _homophily(annex["homophily"]),
                gettext("Krackhardt and Stern's E-I index and Newman's assortativity of the sector mixing "
                        "matrix; CUG test against {n} random networks with the same stakeholders and "
                        "number of ties (seed {seed}), as R's sna::cug.test with cmode='edges'.")
                .format(n=n, seed=seed)),
        Reading("core_periphery", gettext("Core and periphery"), _core(annex["core_periphery"]),
                gettext("Borgatti and Everett's (2000) discrete core–periphery model: the partition whose "
                        "ideal pattern (a tie wherever a core member is involved) correlates best with the "
                        "ties, found by Kernighan–Lin search.")),
        Reading("migrant_voice", gettext("Migrant voice"), _voice(annex["migrant_voice"]),
                gettext("Migrant-led organisations (column migrant_led): in the core or not, and the fewest "
                        "ties to the nearest core member and to the nearest IWG member; organisations with "
                        "no path are counted apart.")),
    ]
