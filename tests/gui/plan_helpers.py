"""Helpers of the plan and ZRM screen tests: a main window on a real encrypted store, the case
file opened on a section, and keys sent to whatever has the focus (as a user types)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from h4casus.gui.screens.casefile.screen import CaseFileScreen
from h4casus.gui.screens.main.window import MainWindow

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def main_window(qtbot, ops, store, username: str = "rik") -> MainWindow:
    win = MainWindow(store.ctx(username), ops, db_path=store.path, idle_msecs=3_600_000)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def reactivate(qtbot, win: QWidget) -> None:
    """Back to the main window after a dialog closed (a window manager does this itself;
    offscreen nobody does)."""
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=2000)


def open_file(qtbot, win: MainWindow, household_id: int, section: str) -> CaseFileScreen:
    win.open_household(household_id)
    screen = win.tabs.currentWidget()
    assert isinstance(screen, CaseFileScreen)
    screen.show_section(section)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=2000)
    screen.form.section_list.setFocus()
    return screen


class Keyboard:
    """Keys to the focused widget, counted: data keys apart from the others."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.other = 0  # Tab, Enter, shortcuts: what a user presses besides the data

    @property
    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus, text)

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NO, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focus, key, modifier)
            self.other += 1

    def tab(self, times: int = 1) -> None:
        self.press(Qt.Key.Key_Tab, times=times)


def active_dialog(qtbot, win: QWidget, cls):
    dialogs = [w for w in win.findChildren(cls) if w.isVisible()]
    assert dialogs, f"no {cls.__name__} is open"
    dialog = dialogs[-1]
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def tree_texts(tree) -> list[list[str]]:
    """Every row of a QTreeWidget (depth-first) as its column texts."""
    rows: list[list[str]] = []

    def walk(item) -> None:
        rows.append([item.text(c) for c in range(tree.columnCount())])
        for i in range(item.childCount()):
            walk(item.child(i))

    for i in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(i))
    return rows
