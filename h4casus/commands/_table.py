"""Plain-text tables for the command line: every column as wide as its widest cell, so long
names never push the next column out of line. No colours, no truncation (scripts read it)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def table_lines(rows: Iterable[Sequence[object]], right: Iterable[int] = ()) -> list[str]:
    """The rows as aligned lines; the columns in `right` (numbers) are right-aligned."""
    cells = [["" if c is None else str(c) for c in row] for row in rows]
    if not cells:
        return []
    widths = [max(len(r[i]) for r in cells) for i in range(len(cells[0]))]
    right_set = set(right)
    lines = []
    for r in cells:
        parts = [
            c.rjust(widths[i]) if i in right_set else c.ljust(widths[i]) for i, c in enumerate(r)
        ]
        lines.append("  ".join(parts).rstrip())
    return lines
