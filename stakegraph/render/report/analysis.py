"""The analysis on the terminal, in words a facilitator can read aloud.

Examples
--------
>>> from stakegraph.analysis.network import analyze_network
>>> from stakegraph.model import Stakeholder, Tie, build_graph
>>> G = build_graph([Stakeholder("City Council", "public"), Stakeholder("Caritas", "civil_society"),
...                  Stakeholder("Doras", "civil_society")],
...                 [Tie("city-council", "caritas"), Tie("caritas", "doras")])
>>> print(format_analysis(analyze_network(G)).splitlines()[2])
3 stakeholders with 2 ties between them: 67% of the ties that could exist.
"""

from __future__ import annotations

import pandas as pd

from stakegraph.analysis.brokerage import ROLES
from stakegraph.analysis.centrality import RANK_DECIMALS
from stakegraph.analysis.gaps import GapReport
from stakegraph.analysis.glossary import gloss, label
from stakegraph.analysis.grid import HIGH_FROM, QUADRANTS, quadrant_names, widest_gaps_first
from stakegraph.analysis.network import NetworkAnalysis
from stakegraph.analysis.structure import Community
from stakegraph.analysis.themes import themes_of_one_sector, themes_without
from stakegraph.i18n import clauses, gettext, ngettext, pgettext
from stakegraph.render.report.columns import column
from stakegraph.render.report.gaps import scope_phrase
from stakegraph.render.report.words import sector_word
from stakegraph.render.text import format_table, localised, name_list, percent
from stakegraph.render.words import vocab_word

__all__ = ["TOP_MEASURES", "cluster_name", "count", "format_analysis", "gaps_line", "method_lines",
           "theme_notes"]

#: the measures listed with their top stakeholders
TOP_MEASURES = ("degree", "betweenness", "closeness", "eigenvector", "pagerank")


def count(form: str, n: int) -> str:
    """``form``, the sentence :func:`~stakegraph.i18n.ngettext` chose for
    ``n`` things, with ``n`` written as the language writes it.

    >>> count(ngettext("{n} tie", "{n} ties", 1200), 1200)
    '1,200 ties'
    """
    return form.format(n=localised(f"{n:,}"))


def cluster_name(a: NetworkAnalysis, c: Community) -> str:
    """A community's name: its best-tied member's cluster."""
    return gettext("the {name} cluster").format(name=a.name(c.anchor))


def _number(value: float, spec: str) -> str:
    return localised(format(value, spec))


def method_lines(analysis: NetworkAnalysis) -> list[str]:
    """How the numbers were computed, in words: betweenness exact or
    sampled, closeness's definition, which measures use the tie weights, the
    eigenvector's tolerance (or its PageRank fallback) and how ranks are given."""
    between = analysis.method.get("betweenness", {})
    close = analysis.method.get("closeness", {})
    eigen = analysis.method.get("eigenvector", {})
    if between.get("exact", True):
        lines = [gettext("Betweenness is exact (every shortest path counted).")]
    else:
        lines = [gettext("Betweenness is estimated from the paths of {k} sampled stakeholders (seed {seed}).")
                 .format(k=_number(between["k"], ","), seed=between["seed"])]
    if not close.get("exact", True):
        lines.append(gettext("Closeness is estimated from the distances to the same {k} stakeholders.")
                     .format(k=_number(close["k"], ",")))
    lines.append(gettext("Closeness is Wasserman and Faust's: computed within each stakeholder's piece "
                         "of the network and scaled by the share of the others it can reach; a "
                         "stakeholder with no tie gets 0."))
    lines.append(gettext("Constraint uses the tie weights; effective size counts every tie as 1."))
    if eigen.get("measure") == "pagerank":
        lines.append(gettext("Eigenvector: eigenvector centrality did not converge in {n} iterations; "
                             "the column holds PageRank.").format(n=eigen["iterations"]))
    elif "tolerance" in eigen:
        lines.append(gettext("Eigenvector values are computed until they move less than {tolerance} "
                             "per stakeholder on average.")
                     .format(tolerance=_number(eigen["tolerance"], ".6f")))
    lines.append(gettext("Ranks: 1 is the most central; values equal to {decimals} decimals share "
                         "the best rank, and the next rank skips (1, 1, 3).").format(decimals=RANK_DECIMALS))
    if "IWG co-members tied" in analysis.method.get("view", ""):
        lines.append(gettext("Two members of the same IWG count as tied (--comembership)."))
    return lines


def _summary(a: NetworkAnalysis) -> list[str]:
    s = a.summary
    people = count(ngettext("{n} stakeholder", "{n} stakeholders", s["stakeholders"]), s["stakeholders"])
    density = ngettext("{stakeholders} with {n} tie between them: {share} of the ties that could exist.",
                       "{stakeholders} with {n} ties between them: {share} of the ties that could exist.",
                       s["ties"])
    density = density.format(stakeholders=people, n=localised(f"{s['ties']:,}"), share=percent(s["density"]))
    if s["ties_written"] != s["ties"]:
        density = ngettext(
            "{stakeholders} with {n} pair of them tied ({written}): {share} of the pairs that could be tied.",
            "{stakeholders} with {n} pairs of them tied ({written}): {share} of the pairs that could be tied.",
            s["ties"]).format(
                stakeholders=people, n=localised(f"{s['ties']:,}"), share=percent(s["density"]),
                written=count(ngettext("{n} tie in the workbook", "{n} ties in the workbook", s["ties_written"]),
                              s["ties_written"]))
    if s["stakeholders"] == 1:  # no pair, so no density and nobody else to reach
        lines = [gettext("1 stakeholder: no tie can exist until there is a second.")]
    elif s["components"] <= 1:
        lines = [density, gettext("Everyone can reach everyone else through the ties.")]
    else:
        lines = [density, gettext("The network falls into {n} separate pieces; the largest holds {largest}.")
                 .format(n=s["components"], largest=localised(f"{s['largest_component']:,}"))]
    if s["isolates"]:
        lines.append(gettext("No tie at all: {names}.").format(names=name_list(s["isolates"], 12)))
    if a.articulation_points:
        lines.append(gettext("Cut points ({meaning}): {names}.").format(
            meaning=gloss("articulation_points"), names=name_list(a.articulation_points, 12)))
    lines += method_lines(a)
    return lines


def _top(a: NetworkAnalysis, measure: str, top: int) -> list[str]:
    # equal printed values share a rank, and are listed by name
    table = a.stakeholders.sort_values([f"{measure}_rank", "name"]).head(top)
    rows = [[int(r[f"{measure}_rank"]), r["name"], sector_word(r["sector"]), r[measure]]
            for _, r in table.iterrows()]
    heading = label(measure)
    if measure == "eigenvector" and a.method.get("eigenvector", {}).get("measure") == "pagerank":
        heading = gettext("{measure} (PageRank: eigenvector did not converge)").format(measure=heading)
    return ["", gettext("{measure}: {meaning}").format(measure=heading, meaning=gloss(measure)),
            format_table(rows, [column("rank"), column("name"),
                                column("sector"), column(measure)])]


def _brokers(a: NetworkAnalysis, top: int) -> list[str]:
    brokers = a.brokers(top)
    if brokers.empty:
        return ["", gettext("Brokers: nobody links two others who are not tied themselves.")]
    rows = [[r["name"], sector_word(r["sector"]), r["brokerage"], *(r[role] for role in ROLES)]
            for _, r in brokers.iterrows()]
    lines = ["", gettext("Brokers: {meaning}").format(meaning=gloss("brokerage")),
             format_table(rows, [column("name"), column("sector"),
                                 column("total"), *(column(r) for r in ROLES)])]
    return lines + ["  " + gettext("{role}: {meaning}").format(role=column(role), meaning=gloss(role))
                    for role in ROLES]


def _communities(a: NetworkAnalysis, top: int) -> list[str]:
    clusters = a.communities.clusters
    if not clusters:
        return []
    lines = ["", gettext("Communities: {meaning}").format(meaning=gloss("community"))]
    for c in clusters[:top]:
        mix = ", ".join(f"{sector_word(k)} {v}" for k, v in c.sectors.items())
        lines.append("  " + gettext("{cluster}: {members} ({sectors})").format(
            cluster=cluster_name(a, c),
            members=count(ngettext("{n} member", "{n} members", len(c.members)), len(c.members)),
            sectors=mix))
    if len(clusters) > top:
        rest = len(clusters) - top
        lines.append("  " + count(ngettext("and {n} smaller cluster", "and {n} smaller clusters", rest), rest))
    return lines


def _mixing(a: NetworkAnalysis) -> list[str]:
    m = a.mixing
    rows = [[sector_word(s), *m.matrix.loc[s].tolist()] for s in m.matrix.index]
    lines = ["", gettext("Sector mixing: {meaning}").format(meaning=gloss("mixing")),
             format_table(rows, [column("sector"), *map(sector_word, m.matrix.columns)])]
    unknown = a.summary["ties"] - m.ei.external - m.ei.internal
    if not pd.isna(m.ei.overall):
        across = count(ngettext("{n} tie across sectors", "{n} ties across sectors", m.ei.external), m.ei.external)
        inside = localised(f"{m.ei.internal:,}")
        if unknown:
            left = count(ngettext("{n} tie of an organisation of unknown sector left out",
                                  "{n} ties of an organisation of unknown sector left out", unknown), unknown)
            line = gettext("E-I index {value} ({meaning}): {across}, {inside} inside them ({left}).")
        else:
            left, line = "", gettext("E-I index {value} ({meaning}): {across}, {inside} inside them.")
        lines.append(line.format(value=_number(m.ei.overall, "+.2f"), meaning=gloss("ei_index"),
                                 across=across, inside=inside, left=left))
        lines += ["  " + pgettext("a sector's E-I index", "{sector}: {value}").format(
            sector=sector_word(s), value=_number(v, "+.2f")) for s, v in m.ei.by_sector.items() if not pd.isna(v)]
    if not pd.isna(m.assortativity):
        lines.append(gettext("Assortativity {value} ({meaning}).").format(
            value=_number(m.assortativity, "+.2f"), meaning=gloss("assortativity")))
    return lines


def _grid(a: NetworkAnalysis, top: int) -> list[str]:
    g = a.grid
    if g["quadrant"].isna().all():
        return ["", gettext("Power–interest grid: nobody is rated for both influence and interest.")]
    lines = ["", gettext("Power–interest grid: {meaning} ({high} or more is high)").format(
        meaning=gloss("quadrant"), high=HIGH_FROM)]
    for q in QUADRANTS:
        names = quadrant_names(g, q)
        lines.append(f"  {label(q)} ({len(names)}): {name_list(names, 6) if names else gettext('nobody')}")
    unrated = quadrant_names(g, None)
    if unrated:
        lines.append("  " + gettext("not rated ({n}): {names}").format(n=len(unrated), names=name_list(unrated, 6)))
    news = widest_gaps_first(g[g["reading"] != ""])
    if news.empty:
        return lines + [gettext("The ratings of influence agree with what the ties show.")]
    rows = [[r["name"], sector_word(r["sector"]), r["influence"], r["network_influence"], gettext(r["reading"])]
            for _, r in news.head(top).iterrows()]
    headers = [column(h) for h in ("name", "sector", "rated influence", "ties show", "reading")]
    lines += ["", gettext("Where the ratings and the ties disagree: {meaning}").format(
                  meaning=gloss("network_influence")),
              format_table(rows, headers)]
    if len(news) > top:
        lines.append("  " + gettext("and {n} more (all in the Excel report)").format(n=len(news) - top))
    return lines


def _themes(a: NetworkAnalysis) -> list[str]:
    M = a.themes
    if not M.to_numpy().any():
        return ["", gettext("Themes: no stakeholder has a theme.")]
    rows = [[vocab_word("theme", t, in_sentence=True), *M[t].tolist()] for t in M.columns]
    return ["", gettext("Themes by sector: {meaning}").format(meaning=gloss("themes")),
            format_table(rows, [column("theme"), *map(sector_word, M.index)]), *theme_notes(M)]


def theme_notes(M: pd.DataFrame) -> list[str]:
    """What the sector × theme matrix ``M`` lacks, in words.

    >>> M = pd.DataFrame({"health": [0, 0], "housing": [2, 0]}, index=["public", "private"])
    >>> theme_notes(M)
    ['Nobody works on: health.', 'One sector alone works on: housing (public).']
    """
    nobody, alone = themes_without(M), themes_of_one_sector(M)
    def word(t: str) -> str:
        return vocab_word("theme", t, in_sentence=True)

    lines = [gettext("Nobody works on: {themes}.").format(themes=", ".join(word(t) for t in nobody))
             if nobody else gettext("Every theme has someone working on it.")]
    if alone:
        lines.append(gettext("One sector alone works on: {themes}.").format(
            themes=clauses(f"{word(t)} ({sector_word(s)})" for t, s in alone.items())))
    return lines


def gaps_line(found: GapReport) -> str:
    """One line on the gaps the report holds, for the end of the analysis.

    The full findings are in ``stakegraph gaps`` and the report's Gaps sheet.
    """
    d = found.to_dict()
    counts = d["summary"]
    missing, weak, met = counts["missing"], counts["weak"], counts["met"]
    return gettext("Gaps of {scope} against the profile '{profile}': {missing}, {weak}, {met} "
                   "(`stakegraph gaps` says which; the Excel report has them too).").format(
        scope=scope_phrase(d["scope"]), profile=d["profile"],
        missing=count(ngettext("{n} missing", "{n} missing", missing), missing),
        weak=count(ngettext("{n} weak", "{n} weak", weak), weak),
        met=count(ngettext("{n} met", "{n} met", met), met))


def format_analysis(analysis: NetworkAnalysis, *, top: int = 5) -> str:
    """The analysis as text, in the current language: a summary in plain
    words, the top ``top`` stakeholders by each measure with its meaning, the
    brokers, the clusters, the sector mixing matrix, the themes by sector and
    the power–interest grid."""
    title = analysis.title or gettext("Network analysis")
    if not analysis.summary["stakeholders"]:
        return "\n".join([title, "=" * len(title), gettext("There are no stakeholders to analyse.")])
    lines = [title, "=" * len(title), *_summary(analysis)]
    for measure in TOP_MEASURES:
        lines += _top(analysis, measure, top)
    lines += _brokers(analysis, top * 2)
    lines += _communities(analysis, top * 2)
    lines += _mixing(analysis)
    lines += _themes(analysis)
    lines += _grid(analysis, top * 2)
    return "\n".join(lines)
