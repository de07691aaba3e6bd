"""The columns of a read-only table, given one way everywhere.

Rules:
- Headers come in the user's language (the caller translates them in its own context).
- The columns named in `stretch` share the spare width; every other column fits its
  content whenever that changes. No row numbers: rows are records, not lines of a sheet.
- A long list fits its columns to the content of its first FIT_ROWS rows
  (`fit_to_first_rows`), not to Qt's default of up to 1,000 rows: a whole first page
  of 200 took 60-80 ms of the GUI thread at start-up.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtWidgets import QHeaderView, QTableWidget

FIT_ROWS = 40


def fit_to_first_rows(header: QHeaderView) -> None:
    """Resizing to contents measures FIT_ROWS rows of this header's view (module rules)."""
    header.setResizeContentsPrecision(FIT_ROWS)


def set_columns(table: QTableWidget, headers: Sequence[str], stretch: Collection[int]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    for col in range(len(headers)):
        header.setSectionResizeMode(
            col,
            QHeaderView.ResizeMode.Stretch
            if col in stretch
            else QHeaderView.ResizeMode.ResizeToContents,
        )
