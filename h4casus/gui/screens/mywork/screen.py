"""Mijn werk: the start screen after sign-in. On the left the worklists of the user's roles
with their counts; on the right the rows of the chosen list; Enter or a double-click opens
the household's case file, or for an approval the approval dialog.

Rules:
- One read (`services.queries.my_work.my_work`) on the database lane fills every list; the
  screen never calls a service itself.
- It refreshes itself when a write announces a change (`Ops.changed`): at once when it is on
  screen, else the next time it is shown; the chosen list stays chosen.
- Keyboard first: the list of worklists has the focus; Up/Down choose a list, Right, Enter
  or Tab go to its rows, Enter opens the row, Left goes back.
- A beheerder's lists hold no case content (case numbers and dates only) and open nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from h4casus.domain.enums import Role
from h4casus.gui.errors import error_text
from h4casus.gui.forms import Form
from h4casus.gui.ops import Ops
from h4casus.gui.printing import open_team_print_dialog
from h4casus.gui.screens.mywork.approval_dialog import ApprovalDialog
from h4casus.gui.screens.mywork.lists import WorkListViews
from h4casus.gui.style import COLOURS
from h4casus.gui.widgets.tables import fit_to_first_rows
from h4casus.services.core.context import ServiceContext
from h4casus.services.queries.my_work import MyWork, WorkList, my_work

KEY_ROLE = Qt.ItemDataRole.UserRole


class MyWorkForm(Form):
    ui_file = "my_work"
    heading_label: QLabel
    summary_label: QLabel
    breakglass_button: QPushButton
    splitter: QSplitter
    lists_list: QListWidget
    list_title_label: QLabel
    list_note_label: QLabel
    stack: QStackedWidget
    items_tree: QTreeWidget
    empty_label: QLabel
    hint_label: QLabel
    open_button: QPushButton


class MyWorkScreen(QWidget):
    """The worklists of the signed-in user (see the module docstring)."""

    open_household = Signal(int)
    request_breakglass = Signal()
    message = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: ServiceContext, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ops = ops
        self.work: MyWork | None = None
        self._stale = True
        self._current_key: str | None = None
        self.views = WorkListViews(ctx.clock.today(), self)
        self.form = f = MyWorkForm(self)
        self.lists, self.tree = f.lists_list, f.items_tree
        self.lists.setAccessibleName(self.tr("Werklijsten"))
        self.lists.setAccessibleDescription(
            self.tr("Kies een werklijst met pijltjes; Enter of pijl rechts gaat naar de regels.")
        )
        self.tree.setAccessibleName(self.tr("Regels van de werklijst"))
        f.open_button.setAccessibleName(self.tr("Openen"))
        f.breakglass_button.setAccessibleName(self.tr("Noodtoegang vragen"))
        # a teamleider of every team never needs emergency access
        f.breakglass_button.setVisible(
            ctx.actor.has_role(Role.TEAMLEIDER) and ctx.actor.team_ids(Role.TEAMLEIDER) is not None
        )
        f.breakglass_button.clicked.connect(self.request_breakglass)
        f.open_button.clicked.connect(self.open_current)
        f.splitter.setStretchFactor(1, 1)
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fit_to_first_rows(self.tree.header())
        self.lists.currentItemChanged.connect(lambda item, _old: self._show_list(item))
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self.open_current())
        self.lists.installEventFilter(self)
        self.tree.installEventFilter(self)
        f.summary_label.setText(self.tr("Laden…"))
        ops.changed.connect(self._changed)

    # ------------------------------------------------------------------ loading

    def open_print_dialog(self):
        """Ctrl+P (the window's action) on Mijn werk: the team reports (Teamoverzicht with the
        caseload, 18-/18+ overzicht) for every team the user works in; what the user may not
        print is shown with the refusal in words."""
        return open_team_print_dialog(self, self.ops, self.ctx)

    def start(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        ctx = self.ctx
        self._stale = False
        self.ops.query(self, lambda: my_work(ctx), self._loaded, self._failed)

    def _changed(self, _kind: str, _household_id) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale and self.work is not None:
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.form.summary_label.setText(error_text(exc))
        self.message.emit(error_text(exc))

    def _loaded(self, work: MyWork) -> None:
        self.work = work
        keep = self._current_key
        had_focus = self.lists.hasFocus()
        self.lists.blockSignals(True)
        self.lists.clear()
        role = None
        select_row = -1
        height = self.lists.fontMetrics().height()
        for w in work.lists:
            view = self.views.views[w.key]
            if view.role != role:
                role = view.role
                head = QListWidgetItem(role)
                head.setFlags(Qt.ItemFlag.NoItemFlags)
                font = head.font()
                font.setBold(True)
                head.setFont(font)
                head.setSizeHint(QSize(0, height + 12))
                self.lists.addItem(head)
            item = QListWidgetItem(self.views.line(w))
            item.setData(KEY_ROLE, w.key)
            item.setToolTip(view.note or self.views.line(w))
            item.setSizeHint(QSize(0, height + 10))
            self.lists.addItem(item)
            if w.key == keep or (select_row < 0 and keep is None):
                select_row = self.lists.count() - 1
        self.lists.blockSignals(False)
        self._summary(work)
        if select_row < 0 and self.lists.count():
            select_row = next(
                (i for i in range(self.lists.count()) if self.lists.item(i).data(KEY_ROLE)), -1
            )
        if select_row >= 0:
            self.lists.setCurrentRow(select_row)
            self._show_list(self.lists.item(select_row))
        else:
            self._show_list(None)
        if had_focus:
            self.lists.setFocus()
        self.loaded.emit()

    def _summary(self, work: MyWork) -> None:
        if not work.lists:
            self.form.summary_label.setText(
                self.tr("Uw rol heeft geen werklijsten; de huishoudens staan onder Huishoudens.")
            )
            return
        waiting = {w.key: w.total for w in work.lists}
        parts = []
        if "approvals" in waiting:
            parts.append(self.tr("{n} goed te keuren").format(n=waiting["approvals"]))
        if "my_overdue" in waiting:
            parts.append(self.tr("{n} evaluaties verlopen").format(n=waiting["my_overdue"]))
        if waiting.get("handovers_for_me"):
            parts.append(self.tr("{n} overdrachten aan u").format(n=waiting["handovers_for_me"]))
        if waiting.get("late_actions"):
            parts.append(self.tr("{n} acties over de deadline").format(n=waiting["late_actions"]))
        if "team_overdue" in waiting:
            parts.append(self.tr("team: {n} evaluaties verlopen").format(n=waiting["team_overdue"]))
        if "retention" in waiting:
            parts.append(self.tr("{n} bewaartermijnen verstreken").format(n=waiting["retention"]))
        self.form.summary_label.setText("  ·  ".join(parts))

    # ------------------------------------------------------------------ showing a list

    def work_list(self, key: str) -> WorkList | None:
        return None if self.work is None else self.work.get(key)

    def select_list(self, key: str) -> None:
        for i in range(self.lists.count()):
            if self.lists.item(i).data(KEY_ROLE) == key:
                self.lists.setCurrentRow(i)
                return

    def _show_list(self, item: QListWidgetItem | None) -> None:
        f = self.form
        key = None if item is None else item.data(KEY_ROLE)
        work = self.work_list(key) if key else None
        self.tree.clear()
        if work is None:
            f.list_title_label.setText("")
            f.list_note_label.setText("")
            f.empty_label.setText(self.tr("Kies links een werklijst."))
            f.stack.setCurrentWidget(f.empty_label)
            f.open_button.setEnabled(False)
            return
        self._current_key = key
        view = self.views.views[key]
        f.list_title_label.setText(self.views.line(work))
        f.list_note_label.setText(view.note)
        f.list_note_label.setVisible(bool(view.note))
        self.tree.setColumnCount(len(view.columns))
        self.tree.setHeaderLabels(list(view.columns))
        rows = self.views.rows(work)
        for cells, row in rows:
            node = QTreeWidgetItem(cells)
            node.setData(0, KEY_ROLE, row)
            if getattr(row, "over_norm", False):  # a caseload above the norm stands out
                font = node.font(0)
                font.setBold(True)
                for column in range(len(cells)):
                    node.setFont(column, font)
                node.setForeground(len(cells) - 1, QBrush(QColor(COLOURS["error"])))
            self.tree.addTopLevelItem(node)
        if len(rows) < work.total:
            more = QTreeWidgetItem(
                [self.tr("… en nog {n}; zie de lijst Huishoudens").format(n=work.total - len(rows))]
            )
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(more)
        for i in range(len(view.columns) - 1):
            self.tree.resizeColumnToContents(i)
            self.tree.setColumnWidth(i, min(self.tree.columnWidth(i) + 16, 360))
        if rows:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
            f.stack.setCurrentWidget(self.tree)
        else:
            f.empty_label.setText(view.empty)
            f.stack.setCurrentWidget(f.empty_label)
        f.open_button.setEnabled(bool(rows) and view.opens != "nothing")
        f.hint_label.setVisible(view.opens != "nothing")

    # ------------------------------------------------------------------ opening

    def current_row(self) -> Any:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, KEY_ROLE)

    def open_current(self) -> ApprovalDialog | None:
        """Enter on a row: the case file, or for an approval the approval dialog."""
        key = self._current_key
        row = self.current_row()
        if key is None or row is None:
            return None
        view = self.views.views[key]
        if view.opens == "approval":
            approval = self.views.approval_of(row)
            if approval is not None:
                return self.open_approval(approval)
        elif view.opens == "household":
            household_id = self.views.household_of(row)
            if household_id is not None:
                self.open_household.emit(int(household_id))
        return None

    def open_approval(self, item) -> ApprovalDialog:
        dialog = ApprovalDialog(self.ctx, self.ops, item.kind, item.id, self.window())
        dialog.open_household.connect(self.open_household)
        dialog.open()
        return dialog

    def focus_lists(self) -> None:
        self.lists.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.lists and key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            rows = [i for i in range(self.lists.count()) if self.lists.item(i).data(KEY_ROLE)]
            if rows:  # the first or last worklist (the role headings are not chosen)
                self.lists.setCurrentRow(rows[0] if key == Qt.Key.Key_Home else rows[-1])
            return True
        if watched is self.lists and key in (
            Qt.Key.Key_Right,
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            if self.tree.topLevelItemCount() and self.form.stack.currentWidget() is self.tree:
                self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if watched is self.tree:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
            if key == Qt.Key.Key_Left:
                self.lists.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)
