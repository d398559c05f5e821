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
from stakegraph.analysis.gaps import GapReport
from stakegraph.analysis.glossary import gloss, label
from stakegraph.analysis.grid import HIGH_FROM, QUADRANTS, quadrant_names, widest_gaps_first
from stakegraph.analysis.network import NetworkAnalysis
from stakegraph.analysis.themes import themes_of_one_sector, themes_without
from stakegraph.render.report.gaps import scope_phrase
from stakegraph.render.text import format_table, name_list, plural

__all__ = ["TOP_MEASURES", "format_analysis", "gaps_line", "method_lines", "theme_notes"]

#: the measures listed with their top stakeholders
TOP_MEASURES = ("degree", "betweenness", "closeness", "eigenvector", "pagerank")


def _sector(value: object) -> str:
    return "unknown" if value is None or pd.isna(value) else str(value)


def method_lines(analysis: NetworkAnalysis) -> list[str]:
    """How the numbers were computed, in words (betweenness and closeness
    exact or sampled, eigenvector or its PageRank fallback)."""
    between = analysis.method.get("betweenness", {})
    close = analysis.method.get("closeness", {})
    eigen = analysis.method.get("eigenvector", {})
    if between.get("exact", True):
        lines = ["Betweenness is exact (every shortest path counted)."]
    else:
        lines = [f"Betweenness is estimated from the paths of {between['k']:,} sampled "
                 f"stakeholders (seed {between['seed']})."]
    if not close.get("exact", True):
        lines.append(f"Closeness is estimated from the distances to the same {close['k']:,} "
                     "stakeholders.")
    if eigen.get("measure") == "pagerank":
        lines.append(f"Eigenvector: {eigen['note']}.")
    if "IWG co-members tied" in analysis.method.get("view", ""):
        lines.append("Two members of the same IWG count as tied (--comembership).")
    return lines


def _summary(a: NetworkAnalysis) -> list[str]:
    s = a.summary
    density = (f"{plural(s['stakeholders'], 'stakeholder')} with {plural(s['ties'], 'tie')} "
               f"between them: {s['density']:.0%} of the ties that could exist.")
    if s["ties_written"] != s["ties"]:
        density = (f"{plural(s['stakeholders'], 'stakeholder')} with {plural(s['ties'], 'pair')} "
                   f"of them tied ({plural(s['ties_written'], 'tie')} in the workbook): "
                   f"{s['density']:.0%} of the pairs that could be tied.")
    if s["stakeholders"] == 1:  # no pair, so no density and nobody else to reach
        lines = ["1 stakeholder: no tie can exist until there is a second."]
    elif s["components"] <= 1:
        lines = [density, "Everyone can reach everyone else through the ties."]
    else:
        lines = [density, f"The network falls into {s['components']} separate pieces; "
                          f"the largest holds {s['largest_component']:,}."]
    if s["isolates"]:
        lines.append(f"No tie at all: {name_list(s['isolates'], 12)}.")
    if a.articulation_points:
        lines.append(f"Cut points ({gloss('articulation_points')}): "
                     f"{name_list(a.articulation_points, 12)}.")
    lines += method_lines(a)
    return lines


def _top(a: NetworkAnalysis, measure: str, top: int) -> list[str]:
    table = a.stakeholders.sort_values([measure, "name"], ascending=[False, True]).head(top)
    rows = [[int(r[f"{measure}_rank"]), r["name"], _sector(r["sector"]), r[measure]]
            for _, r in table.iterrows()]
    heading = label(measure)
    if measure == "eigenvector" and a.method.get("eigenvector", {}).get("measure") == "pagerank":
        heading += " (PageRank: eigenvector did not converge)"
    return ["", f"{heading}: {gloss(measure)}",
            format_table(rows, ["rank", "name", "sector", measure])]


def _brokers(a: NetworkAnalysis, top: int) -> list[str]:
    brokers = a.brokers(top)
    if brokers.empty:
        return ["", "Brokers: nobody links two others who are not tied themselves."]
    rows = [[r["name"], _sector(r["sector"]), r["brokerage"], *(r[role] for role in ROLES)]
            for _, r in brokers.iterrows()]
    lines = ["", f"Brokers: {gloss('brokerage')}",
             format_table(rows, ["name", "sector", "total", *ROLES])]
    return lines + [f"  {role}: {gloss(role)}" for role in ROLES]


def _communities(a: NetworkAnalysis, top: int) -> list[str]:
    clusters = a.communities.clusters
    if not clusters:
        return []
    lines = ["", f"Communities: {gloss('community')}"]
    for c in clusters[:top]:
        mix = ", ".join(f"{k} {v}" for k, v in c.sectors.items())
        lines.append(f"  {c.name}: {plural(len(c.members), 'member')} ({mix})")
    if len(clusters) > top:
        lines.append(f"  and {plural(len(clusters) - top, 'smaller cluster')}")
    return lines


def _mixing(a: NetworkAnalysis) -> list[str]:
    m = a.mixing
    rows = [[s, *m.matrix.loc[s].tolist()] for s in m.matrix.index]
    lines = ["", f"Sector mixing: {gloss('mixing')}",
             format_table(rows, ["sector", *map(str, m.matrix.columns)])]
    unknown = a.summary["ties"] - m.ei.external - m.ei.internal
    aside = f" ({plural(unknown, 'tie')} of an organisation of unknown sector left out)" if unknown else ""
    if not pd.isna(m.ei.overall):
        lines.append(f"E-I index {m.ei.overall:+.2f} ({gloss('ei_index')}): "
                     f"{plural(m.ei.external, 'tie')} across sectors, "
                     f"{m.ei.internal:,} inside them{aside}.")
        lines += [f"  {s}: {v:+.2f}" for s, v in m.ei.by_sector.items() if not pd.isna(v)]
    if not pd.isna(m.assortativity):
        lines.append(f"Assortativity {m.assortativity:+.2f} ({gloss('assortativity')}).")
    return lines


def _grid(a: NetworkAnalysis, top: int) -> list[str]:
    g = a.grid
    if g["quadrant"].isna().all():
        return ["", "Power–interest grid: nobody is rated for both influence and interest."]
    lines = ["", f"Power–interest grid: {gloss('quadrant')} ({HIGH_FROM} or more is high)"]
    for q in QUADRANTS:
        names = quadrant_names(g, q)
        lines.append(f"  {label(q)} ({len(names)}): {name_list(names, 6) if names else 'nobody'}")
    unrated = quadrant_names(g, None)
    if unrated:
        lines.append(f"  not rated ({len(unrated)}): {name_list(unrated, 6)}")
    news = widest_gaps_first(g[g["reading"] != ""])
    if news.empty:
        return lines + ["The ratings of influence agree with what the ties show."]
    rows = [[r["name"], _sector(r["sector"]), r["influence"], r["network_influence"], r["reading"]]
            for _, r in news.head(top).iterrows()]
    lines += ["", f"Where the ratings and the ties disagree: {gloss('network_influence')}",
              format_table(rows, ["name", "sector", "rated influence", "ties show", "reading"])]
    if len(news) > top:
        lines.append(f"  and {len(news) - top} more (all in the Excel report)")
    return lines


def _themes(a: NetworkAnalysis) -> list[str]:
    M = a.themes
    if not M.to_numpy().any():
        return ["", "Themes: no stakeholder has a theme."]
    rows = [[t, *M[t].tolist()] for t in M.columns]
    return ["", f"Themes by sector: {gloss('themes')}",
            format_table(rows, ["theme", *map(str, M.index)]), *theme_notes(M)]


def theme_notes(M: pd.DataFrame) -> list[str]:
    """What the sector × theme matrix ``M`` lacks, in words.

    >>> M = pd.DataFrame({"health": [0, 0], "housing": [2, 0]}, index=["public", "private"])
    >>> theme_notes(M)
    ['Nobody works on: health.', 'One sector alone works on: housing (public).']
    """
    nobody, alone = themes_without(M), themes_of_one_sector(M)
    lines = [f"Nobody works on: {', '.join(nobody)}." if nobody
             else "Every theme has someone working on it."]
    if alone:
        lines.append("One sector alone works on: " + "; ".join(f"{t} ({s})" for t, s in alone.items()) + ".")
    return lines


def gaps_line(found: GapReport) -> str:
    """One line on the gaps the report holds, for the end of the analysis.

    The full findings are in ``stakegraph gaps`` and the report's Gaps sheet.
    """
    d = found.to_dict()
    counts = d["summary"]
    return (f"Gaps of {scope_phrase(d['scope'])} against the profile '{d['profile']}': "
            f"{counts['missing']} missing, {counts['weak']} weak, {counts['met']} met "
            "(`stakegraph gaps` says which; the Excel report has them too).")


def format_analysis(analysis: NetworkAnalysis, *, top: int = 5) -> str:
    """The analysis as text: a summary in plain words, the top ``top``
    stakeholders by each measure with its meaning, the brokers, the
    clusters, the sector mixing matrix, the themes by sector and the
    power–interest grid."""
    title = analysis.title or "Network analysis"
    if not analysis.summary["stakeholders"]:
        return "\n".join([title, "=" * len(title), "There are no stakeholders to analyse."])
    lines = [title, "=" * len(title), *_summary(analysis)]
    for measure in TOP_MEASURES:
        lines += _top(analysis, measure, top)
    lines += _brokers(analysis, top * 2)
    lines += _communities(analysis, top * 2)
    lines += _mixing(analysis)
    lines += _themes(analysis)
    lines += _grid(analysis, top * 2)
    return "\n".join(lines)
