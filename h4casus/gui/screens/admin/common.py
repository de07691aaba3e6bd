"""What the beheerder's screens share: the screen frame (a message bar above the Designer
form), read-only tables filled from frozen service data, and the words for roles.

Rules:
- An admin screen is a tab of the main window. It loads through `ops.query` in `start`
  (and again on F5, `refresh`) and listens to `ops.changed` for the kinds it shows.
- Tables are read-only, select whole rows, and keep the service's value of a row in
  `ROW_ROLE` of its first cell, so code never parses what a cell shows.
- No case content: a household is shown by its case number, or only counted.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from h4casus.domain.enums import Role
from h4casus.gui.errors import error_text
from h4casus.gui.forms import Form
from h4casus.gui.ops import Ops
from h4casus.gui.widgets.message_bar import MessageBar
from h4casus.gui.widgets.words import choice_label
from h4casus.services.core.context import ServiceContext

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ROLES = tuple(r.value for r in Role)


def role_text(role: str, team: str | None) -> str:
    """'Regisseur (Wijkteam Delft-Noord)' / 'Beheerder (alle teams)'."""
    where = team or QCoreApplication.translate("AdminScreen", "alle teams")
    return f"{choice_label(role)} ({where})"


class AdminScreen(QWidget):
    """Base of the beheerder's tabs: `form_class` is loaded below a message bar."""

    form_class: ClassVar[type[Form]]
    refresh_kinds: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, ctx: ServiceContext, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ops = ops
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        body = QWidget(self)
        layout.addWidget(body, 1)
        self.form = self.form_class(body)
        ops.changed.connect(self._changed)

    def title(self) -> str:
        raise NotImplementedError

    def start(self) -> None:
        """Load what the screen shows (the window calls this once it is a tab)."""
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    def _changed(self, kind: str, _household_id: Any) -> None:
        if kind in self.refresh_kinds:
            self.refresh()

    def failed(self, exc: BaseException) -> None:
        self.message.show_message(error_text(exc), "error")

    def done(self, text: str) -> None:
        self.message.show_message(text, "ok")


def setup_table(table: QTableWidget, headers: Sequence[str], name: str) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setAccessibleName(name)


def fill_table(table: QTableWidget, rows: Sequence[tuple[Any, Sequence[str]]]) -> None:
    """`rows`: (the row's value, its cells). Keeps the selected row where it can."""
    keep = max(0, table.currentRow())
    table.setRowCount(len(rows))
    for r, (value, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c == 0:
                item.setData(ROW_ROLE, value)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    if rows:
        table.selectRow(min(keep, len(rows) - 1))


def selected_value(table: QTableWidget) -> Any:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return None if item is None else item.data(ROW_ROLE)


def table_texts(table: QTableWidget) -> list[str]:
    """Every cell's text and the headers (what a user can read in the table)."""
    out = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    for r in range(table.rowCount()):
        for c in range(table.columnCount()):
            item = table.item(r, c)
            out.append(item.text() if item else "")
    return out
