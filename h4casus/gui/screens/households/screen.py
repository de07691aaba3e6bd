"""The household list: search as you type, filters (open households by default), sort by
name, level or next evaluation, pages fetched while scrolling; Enter or a double-click opens
the case file. Searching keeps every column and stays within the filters.

Rules:
- Every load goes through the database lane (`HouseholdTableModel`); the screen itself never
  calls a service.
- The list refreshes itself when a write announces a change to households
  (`Ops.changed`), keeping the query and sort.
- Keyboard first: Ctrl+F (the window's action) focuses the search field, Down goes from it to
  the list, Escape clears it, Enter opens the selected household.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QWidget,
)

from h4casus.gui.errors import error_text
from h4casus.gui.forms import Form
from h4casus.gui.ops import Ops
from h4casus.gui.printing import open_team_print_dialog
from h4casus.gui.screens.households.filter_row import FilterRow
from h4casus.gui.screens.households.model import COL, COLUMNS, ID_ROLE, HouseholdTableModel
from h4casus.gui.widgets.level_badge import LevelDelegate
from h4casus.gui.widgets.tables import fit_to_first_rows
from h4casus.services.core.context import ServiceContext
from h4casus.services.queries.filters import ALL, OPEN, ListFilter, filter_choices

SEARCH_DELAY_MS = 250
REFRESHING_KINDS = {"household", "level", "regie", "status", "plan", "evaluation"}
_WIDTHS = {  # maximum starting widths in average characters; the user can drag them
    "case": 16,
    "name": 30,
    "address": 28,
    "postcode": 14,
    "city": 20,
    "team": 28,
    "regisseur": 24,
    "level": 10,
    "status": 22,  # "Actief · eigen regie"
    "review": 18,
}


class HouseholdListForm(Form):
    ui_file = "household_list"
    search_edit: QLineEdit
    filter_row: QWidget
    status_combo: QComboBox
    team_label: QLabel
    team_combo: QComboBox
    regisseur_combo: QComboBox
    level_combo: QComboBox
    overdue_check: QCheckBox
    youths_check: QCheckBox
    mine_check: QCheckBox
    clear_filters_button: QPushButton
    stack: QStackedWidget
    table: QTableView
    empty_label: QLabel
    print_button: QPushButton


class HouseholdListScreen(QWidget):
    """The list of households in the actor's scope."""

    open_household = Signal(int)
    status_changed = Signal(str)  # the count line for the status bar
    message = Signal(str)  # a passing message for the status bar

    def __init__(
        self,
        ctx: ServiceContext,
        ops: Ops,
        *,
        level_colours: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ops = ops
        self._sized = False
        self.form = f = HouseholdListForm(self)
        self.search_edit, self.table = f.search_edit, f.table
        self.search_edit.setAccessibleName(self.tr("Zoeken in huishoudens"))
        self.table.setAccessibleName(self.tr("Huishoudens"))
        self.model = HouseholdTableModel(
            ctx, ops, level_colours=level_colours, today=ctx.clock.today(), parent=self
        )
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COL["level"], LevelDelegate(self.table))
        self._configure_table()
        self.model.loaded.connect(self._after_load)
        self.model.failed.connect(self._load_failed)
        self.model.modelReset.connect(self._update_status)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(lambda _t: self.search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_search)
        self.search_edit.installEventFilter(self)
        self.table.installEventFilter(self)
        self.filters = FilterRow(
            row=f.filter_row,
            status=f.status_combo,
            team=f.team_combo,
            team_label=f.team_label,
            regisseur=f.regisseur_combo,
            level=f.level_combo,
            overdue=f.overdue_check,
            youths=f.youths_check,
            mine=f.mine_check,
            clear=f.clear_filters_button,
        )
        self.filters.changed.connect(self.model.set_filters)
        f.print_button.setAccessibleName(self.tr("Afdrukken"))
        f.print_button.clicked.connect(self.open_print_dialog)
        ops.changed.connect(self._changed)

    def open_print_dialog(self):
        """Ctrl+P (the window's action) or Afdrukken: the team reports for the team chosen in
        the filter row, else for every team the user works in."""
        return open_team_print_dialog(self, self.ops, self.ctx, self.filters.current().team_id)

    def start(self) -> None:
        """Load the first page (after the owner has connected the signals); the owner asks
        for the filter row's choices with `load_choices` when the rest of its start is on
        its way."""
        self.model.reload()

    def load_choices(self) -> None:
        ctx = self.ctx
        self.ops.query(self, lambda: filter_choices(ctx), self.filters.load, self._load_failed)

    # ------------------------------------------------------------------ table

    def _configure_table(self) -> None:
        t = self.table
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.verticalHeader().hide()
        t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 14)
        header = t.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COL["name"], Qt.SortOrder.AscendingOrder)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        fit_to_first_rows(header)
        header.sectionClicked.connect(self._header_clicked)
        char = t.fontMetrics().averageCharWidth()
        for key, chars in _WIDTHS.items():
            header.setSectionResizeMode(COL[key], QHeaderView.ResizeMode.Interactive)
            t.setColumnWidth(COL[key], chars * char * 2 // 3)

    def _fit_columns(self) -> None:
        """Once, on the first page: columns as wide as the content of its first rows
        (capped; gui/widgets/tables.py); after that the widths are the user's."""
        self._sized = True
        header = self.table.horizontalHeader()
        char = self.table.fontMetrics().averageCharWidth()
        self.table.resizeColumnsToContents()
        for key, chars in _WIDTHS.items():
            i = COL[key]
            self.table.setColumnWidth(
                i, min(max(header.sectionSize(i) + 12, 6 * char), chars * char)
            )

    def _header_clicked(self, section: int) -> None:
        sort = COLUMNS[section].sort
        header = self.table.horizontalHeader()
        current = next(i for i, c in enumerate(COLUMNS) if c.sort == self.model.sort_key)
        if sort is None or self.model.searching:
            header.setSortIndicator(current, Qt.SortOrder.AscendingOrder)
            if sort is None:
                self.message.emit(
                    self.tr("Sorteren kan op naam, AVE-niveau en volgende evaluatie.")
                )
            return
        header.setSortIndicator(section, Qt.SortOrder.AscendingOrder)
        self.model.set_sort(sort)

    def _activated(self, index: QModelIndex) -> None:
        household_id = index.data(ID_ROLE)
        if household_id is not None:
            self.open_household.emit(int(household_id))

    def selected_household(self) -> int | None:
        index = self.table.currentIndex()
        return None if not index.isValid() else index.data(ID_ROLE)

    # ------------------------------------------------------------------ search

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def apply_search(self) -> None:
        self.search_timer.stop()
        self.model.set_query(self.search_edit.text())

    def refresh(self) -> None:
        self.model.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search_edit:
            if key == Qt.Key.Key_Down and self.model.rowCount() > 0:
                self.table.setFocus()
                self.table.selectRow(max(0, self.table.currentIndex().row()))
                return True
            if key == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                self.apply_search()
                return True
        elif (
            watched is self.table
            and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.table.currentIndex().isValid()
        ):
            self._activated(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _changed(self, kind: str, _household_id) -> None:
        if kind in REFRESHING_KINDS:
            self.model.reload()

    # ------------------------------------------------------------------ status

    def _after_load(self) -> None:
        if not self._sized and self.model.rowCount() > 0 and not self.model.searching:
            self._fit_columns()
        self._update_status()

    def _load_failed(self, exc: BaseException) -> None:
        self.message.emit(error_text(exc))
        self._update_status()

    def _update_status(self) -> None:
        n = self.model.rowCount()
        flt = self.model.filters
        # Narrowed beyond the status: the count line says so, an empty list says how back.
        narrowed = replace(flt, status=OPEN) != ListFilter() or flt.status not in (OPEN, ALL)
        if self.model.searching:
            text = (
                self.tr("Geen huishoudens gevonden")
                if n == 0
                else self.tr("{n} gevonden{more}").format(
                    n=n,
                    more=self.tr(" (eerste 200; maak de zoekterm preciezer)") if n >= 200 else "",
                )
            )
            empty = self.tr(
                "Geen huishoudens gevonden voor deze zoekterm.\n"
                "Zoek op achternaam, straat (met huisnummer), postcode of dossiernummer."
            )
            if flt.status != ALL:
                empty += "\n" + self.tr(
                    "Er wordt gezocht binnen de filters; kies bij Status \u201cAlle, ook "
                    "afgesloten\u201d om ook afgesloten huishoudens te vinden."
                )
        elif self.model.loading and n == 0:
            text = empty = self.tr("Huishoudens laden…")
        else:
            what = self.tr("open huishoudens") if flt.status == OPEN else self.tr("huishoudens")
            text = (
                self.tr("{n} {what}").format(n=n, what=what)
                if self.model.complete
                else self.tr("{n} {what} geladen — scroll voor meer").format(n=n, what=what)
            )
            empty = (
                self.tr("Geen huishoudens met deze filters.\nFilters wissen: Alt+W.")
                if narrowed
                else self.tr(
                    "Er zijn nog geen huishoudens die u mag zien.\n"
                    "Nieuwe aanmeldingen van uw team verschijnen hier (Ctrl+N: nieuw huishouden)."
                )
            )
        if narrowed:
            text += self.tr(" · gefilterd")
        self.form.empty_label.setText(empty)
        self.form.stack.setCurrentWidget(self.table if n > 0 else self.form.empty_label)
        self.status_changed.emit(text)
