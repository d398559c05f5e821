"""One rounding for every number stakegraph prints and every rank it gives.

A value is rounded as a spreadsheet shows it: the decimal it is written with
(15 significant digits), rounded half away from zero. The text report, the
map's side panel and the Excel report's ``0.000`` cells therefore print the
same digits, and ranks compare exactly those digits: two values printed alike
share a rank, and two values printed differently never do.

Examples
--------
>>> shown(0.0005, 3), shown(0.0004, 3), shown(2.675, 2), shown(-0.0005, 3)
(0.001, 0.0, 2.68, -0.001)
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

__all__ = ["shown"]


def shown(value: float, digits: int) -> float:
    """``value`` to ``digits`` decimals, as printed (NaN and infinities stay).

    numpy's and Python's ``round`` round the binary value half to even
    (``round(0.0005, 3)`` is ``0.0`` in numpy), while a spreadsheet and
    ``f"{0.0005:.3f}"`` print ``0.001``: a rank compared with the one and a
    value printed with the other disagreed.

    >>> shown(1/3, 3), shown(12.3456, 0)
    (0.333, 12.0)
    """
    if not math.isfinite(value):
        return value
    return float(Decimal(f"{value:.15g}").quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP))
