"""Helpers of the beheerder's screen tests: a main window for an account of the `store`
fixture, the Beheer screens opened through their menu actions, keys on buttons, the dialog
a button opened, and every text a user can read on a screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QWidget,
)

from h4casus.gui.screens.main.window import MainWindow
from h4casus.services.admin.audit_views import AuditFilter, list_events


def open_window(qtbot, ops, store, username: str) -> MainWindow:
    win = MainWindow(store.ctx(username), ops, db_path=store.path, idle_msecs=600_000)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def open_screen(window: MainWindow, screen_cls):
    """Beheer › <screen>: through the menu's action, as a click or Alt+H and a letter does."""
    window.admin_menu.actions[screen_cls].trigger()
    screen = window.tabs.currentWidget()
    assert isinstance(screen, screen_cls)
    return screen


def press(qtbot, button: QAbstractButton) -> None:
    """Tab to a button and press Space."""
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Space)


def enter(qtbot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick the item of a combo box that starts with `text`: Home, then Down until it."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText().lower().startswith(text.lower()):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"no item {text!r} in {combo.objectName()}")


def select_row(qtbot, table: QTableWidget, first_cell: str) -> None:
    """Go to the row whose first cell is `first_cell` with the arrow keys."""
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    for _ in range(table.rowCount()):
        if table.item(table.currentRow(), 0).text() == first_cell:
            return
        qtbot.keyClick(table, Qt.Key.Key_Down)
    raise AssertionError(f"no row {first_cell!r}")


def new_dialog(window: QWidget, before: set, kind=QDialog) -> QDialog:
    dialogs = [d for d in window.findChildren(kind) if d.isVisible() and d not in before]
    assert dialogs, "no dialog opened"
    return dialogs[-1]


def dialogs(window: QWidget, kind=QDialog) -> set:
    return set(window.findChildren(kind))


def texts(widget: QWidget) -> list[str]:
    """What a user can read: labels, fields, combo items, list and table cells, headers."""
    out: list[str] = []
    for label in widget.findChildren(QLabel):
        out.append(label.text())
    for edit in widget.findChildren(QLineEdit):
        out.append(edit.text())
    for combo in widget.findChildren(QComboBox):
        out += [combo.itemText(i) for i in range(combo.count())]
    for lst in widget.findChildren(QListWidget):
        out += [lst.item(i).text() for i in range(lst.count())]
    for table in widget.findChildren(QTableWidget):
        for c in range(table.columnCount()):
            head = table.horizontalHeaderItem(c)
            out.append(head.text() if head else "")
        for r in range(table.rowCount()):
            for c in range(table.columnCount()):
                item = table.item(r, c)
                out.append(item.text() if item else "")
    return out


def log_rows(store, **filters):
    return list_events(store.ctx("beheer"), AuditFilter(**filters))


def active_window() -> QWidget | None:
    return QApplication.activeWindow()
