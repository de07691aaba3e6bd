"""The columns of a read-only table, given one way everywhere.

Rules:
- Headers come in the user's language (the caller translates them in its own context).
- The columns named in `stretch` share the spare width; every other column fits its
  content whenever that changes. No row numbers: rows are records, not lines of a sheet.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtWidgets import QHeaderView, QTableWidget


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
