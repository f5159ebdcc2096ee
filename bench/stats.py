"""Small helpers every benchmark shares: medians, percentiles, a table of figures."""

from __future__ import annotations

import statistics
from collections.abc import Sequence


def percentile(values: Sequence[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def report(title: str, rows: list[tuple[str, str, str]]) -> None:
    """Print ``rows`` of (what, figure, note) under ``title``, aligned."""
    print(f"\n== {title}")
    width = max(len(r[0]) for r in rows)
    for what, figure, note in rows:
        print(f"  {what.ljust(width)}  {figure}  {note}")
