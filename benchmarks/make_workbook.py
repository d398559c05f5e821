"""Write a realistic stakeholder workbook of any size, the same for the same seed.

The workbook has the sheets and columns of DESIGN.md: a ``Stakeholders``
sheet (under a title row, as regions keep them) with every column, a
``Relationships`` sheet with four ties per stakeholder on average (most
between organisations of the same town, some across the region), and an
``IWGs`` sheet with one working group per 50 stakeholders. Values are
written the way people write them: "Public sector", "NGO", "civil society",
themes separated by ``;``, yes/no in words.

Run: ``python benchmarks/make_workbook.py 10000 [-o DIR] [--seed 7]``; prints the path.
Generated workbooks go to a cache folder outside git (``$STAKEGRAPH_BENCH_DIR``
or the system temp folder), and are reused when they already exist.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
from pathlib import Path

import openpyxl

__all__ = ["CACHE", "ensure_workbook", "write_workbook"]

CACHE = Path(os.environ.get("STAKEGRAPH_BENCH_DIR", Path(tempfile.gettempdir()) / "stakegraph-bench"))

STAKEHOLDER_COLUMNS = ["name", "sector", "type", "level", "themes", "migrant_led", "influence",
                       "interest", "region", "municipality", "country", "contact", "email", "phone"]
TIE_COLUMNS = ["source", "target", "type", "weight", "directed", "since", "notes"]
IWG_COLUMNS = ["iwg", "stakeholder", "role", "since"]

#: (name stem, sector as written, type as written, level)
KINDS = [
    ("Comune di", "Public sector", "local authority", "local"),
    ("Servizi Sociali", "public", "statutory agency", "local"),
    ("Regione", "Public", "regional authority", "regional"),
    ("Caritas", "NGO", "faith-based organisation", "local"),
    ("Associazione Migranti", "civil society", "migrant-led organisation", "local"),
    ("Cooperativa Sociale", "civil_society", "service provider", "regional"),
    ("Centro Interculturale", "civil society", "community group", "local"),
    ("Confartigianato", "private", "business association", "regional"),
    ("Impresa", "Business", "employer", "local"),
    ("CGIL", "civil society", "trade union", "national"),
    ("Università", "public", "university/research", "national"),
    ("OIM", "civil society", "international organisation", "international"),
]
THEMES = ["employment", "education and training", "language", "health", "housing",
          "social cohesion", "social security", "legal status", "anti-discrimination"]
TIE_TYPES = ["collaboration", "collaboration", "information", "partnership", "funding", "referral"]
REGIONS = ["Lombardia", "Piemonte", "Veneto", "Emilia-Romagna", "Toscana", "Lazio", "Puglia", "Sicilia"]
TOWNS = ["Varese", "Como", "Lecco", "Sondrio", "Bergamo", "Brescia", "Pavia", "Lodi", "Cremona",
         "Mantova", "Monza", "Busto Arsizio", "Gallarate", "Saronno", "Legnano", "Vigevano"]
ROLES = ["member"] * 8 + ["chair", "co-chair", "secretariat", "observer"]


def write_workbook(path: Path, stakeholders: int, *, seed: int = 7) -> Path:
    """Write a workbook of ``stakeholders`` organisations, ``4 * stakeholders``
    ties and ``stakeholders // 50`` IWGs to ``path``."""
    rng = random.Random(seed)
    names, towns = _names(stakeholders, rng)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Stakeholders")
    sheet.append([f"Stakeholder mapping, {stakeholders:,} organisations (synthetic, seed {seed})"])
    sheet.append([])
    sheet.append(STAKEHOLDER_COLUMNS)
    for i, name in enumerate(names):
        stem, sector, kind, level = KINDS[i % len(KINDS)]
        region = REGIONS[(i // 400) % len(REGIONS)]
        first = rng.choice(['Anna', 'Luca', 'Sara', 'Omar', 'Amina', 'Marco'])
        person = f"{first} {rng.choice(['Rossi', 'Bianchi', 'Diallo', 'Haddad', 'Conti'])}"
        sheet.append([
            name, sector, kind, level, "; ".join(rng.sample(THEMES, rng.randint(1, 3))),
            "yes" if "Migranti" in stem or rng.random() < 0.05 else "no",
            rng.randint(1, 5), rng.randint(1, 5), region, towns[i], "Italia", person, f"info{i}@example.org",
            f"+39 0{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
        ])
    sheet = book.create_sheet("Relationships")
    sheet.append(TIE_COLUMNS)
    for a, b in _pairs(stakeholders, rng):
        kind = rng.choice(TIE_TYPES)
        sheet.append([names[a], names[b], kind, rng.randint(1, 5), "yes" if kind in ("funding", "referral") else "no",
                      rng.randint(2015, 2024), "joint project" if rng.random() < 0.1 else None])
    sheet = book.create_sheet("IWGs")
    sheet.append(IWG_COLUMNS)
    for group in range(max(1, stakeholders // 50)):
        town = TOWNS[group % len(TOWNS)]
        for i in rng.sample(range(stakeholders), min(stakeholders, 15)):
            sheet.append([f"IWG {town} {group + 1}", names[i], rng.choice(ROLES), rng.randint(2018, 2024)])
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def ensure_workbook(stakeholders: int, *, seed: int = 7, folder: Path = CACHE) -> Path:
    """The cached workbook of this size and seed, written first if missing."""
    path = folder / f"mapping-{stakeholders}-seed{seed}.xlsx"
    if not path.exists():
        # one partial file per process: test workers may ask for the same size at once
        partial = path.with_suffix(f".{os.getpid()}.partial.xlsx")
        write_workbook(partial, stakeholders, seed=seed)
        partial.replace(path)
    return path


def _names(n: int, rng: random.Random) -> tuple[list[str], list[str]]:
    """``n`` distinct names such as "Caritas Varese" or "Impresa Como 3", and their towns."""
    seen: dict[str, int] = {}
    names, towns = [], []
    for i in range(n):
        town = TOWNS[rng.randrange(len(TOWNS))]
        base = f"{KINDS[i % len(KINDS)][0]} {town}"
        seen[base] = seen.get(base, 0) + 1
        names.append(base if seen[base] == 1 else f"{base} {seen[base]}")
        towns.append(town)
    return names, towns


def _pairs(n: int, rng: random.Random) -> list[tuple[int, int]]:
    """About ``4 n`` distinct ordered pairs: three in four between neighbours
    in the list (the same town and kind cluster together), the rest anywhere."""
    pairs: set[tuple[int, int]] = set()
    target = 4 * n if n > 8 else n * (n - 1) // 2
    while len(pairs) < target:
        a = rng.randrange(n)
        b = (a + rng.randint(1, 40)) % n if rng.random() < 0.75 else rng.randrange(n)
        if a != b and (b, a) not in pairs:
            pairs.add((a, b))
    return sorted(pairs)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stakeholders", type=int)
    parser.add_argument("-o", "--folder", type=Path, default=CACHE)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(ensure_workbook(args.stakeholders, seed=args.seed, folder=args.folder))
