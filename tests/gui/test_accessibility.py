"""Accessibility of every screen and dialog: each control a screen reader can reach has a
name, Tab never stays inside a control, every window fits 1280x720 (200 % on a 2560x1440
screen), and every Designer form lists its inputs' labels (buddies) and a complete tab order
that reads like the screen (top to bottom, left to right within a row).

The screens are found, not listed: the login dialog, every tab of the main window, the lock
panel, every section of the case file (the SECTIONS tuple), and every dialog that a menu
action, a button of a tab or a section, or a section's shortcut opens (a menu item or button
whose text ends in "…" opens a dialog, by convention). The .ui checks run over every file in
ui/, and the name and tab-order checks also load every typed Form class on its own, which
covers dialogs that only some households reach. A new screen is covered when it is
reachable this way: this test keeps no list of screens.
"""

from __future__ import annotations

import importlib
import pkgutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QPushButton,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)

import h4casus.gui
from h4casus.config import ui_dir
from h4casus.demo.first_run import DEMO_PASSWORD, DEMO_USERNAME
from h4casus.gui.forms import Form, label_text
from h4casus.gui.screens.casefile.sections import SECTIONS
from h4casus.gui.screens.login.dialog import LoginDialog
from h4casus.gui.screens.main.window import MainWindow

UI_FILES = sorted(ui_dir().glob("*.ui"))
# Designer classes a user types or chooses in: each needs a label (buddy) or a name.
INPUT_CLASSES = {
    "QLineEdit",
    "QComboBox",
    "QDateEdit",
    "QTimeEdit",
    "QDateTimeEdit",
    "QSpinBox",
    "QDoubleSpinBox",
    "QPlainTextEdit",
    "QTextEdit",
    "QListWidget",
    "QListView",
    "QTableView",
    "QTableWidget",
    "QTreeView",
    "QTreeWidget",
}
# ... and everything that takes the keyboard focus with Tab, for the tab order.
FOCUS_CLASSES = INPUT_CLASSES | {
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QTabWidget",
    "QScrollArea",
}


# ---------------------------------------------------------------------- the .ui files


def _widgets(root: ET.Element) -> list[ET.Element]:
    return list(root.iter("widget"))


def _prop(widget: ET.Element, name: str) -> str | None:
    for p in widget.findall("property"):
        if p.get("name") == name:
            value = p.find("*")
            return value.text if value is not None else None
    return None


def _focusable(widget: ET.Element) -> bool:
    policy = _prop(widget, "focusPolicy") or ""
    return widget.get("class") in FOCUS_CLASSES and not policy.endswith("NoFocus")


@pytest.mark.parametrize("path", UI_FILES, ids=lambda p: p.name)
def test_every_input_of_a_form_has_a_label(path: Path):
    """A buddy label (Designer's "Edit Buddies"), an accessibleName in the .ui, or the
    title of the group box it alone sits in."""
    root = ET.parse(path).getroot()
    buddies = {_prop(w, "buddy") for w in _widgets(root) if w.get("class") == "QLabel"}
    named_groups: set[str] = set()
    for group in _widgets(root):
        if group.get("class") == "QGroupBox" and _prop(group, "title"):
            inputs = [w for w in _widgets(group) if w.get("class") in INPUT_CLASSES]
            if len(inputs) == 1:
                named_groups.add(inputs[0].get("name"))
    unlabelled = [
        w.get("name")
        for w in _widgets(root)
        if w.get("class") in INPUT_CLASSES
        and w.get("name") not in buddies
        and w.get("name") not in named_groups
        and not _prop(w, "accessibleName")
    ]
    assert not unlabelled, (
        f"{path.name}: give these a buddy label or an accessibleName: {unlabelled}"
    )


@pytest.mark.parametrize("path", UI_FILES, ids=lambda p: p.name)
def test_every_form_has_a_complete_tab_order(path: Path):
    root = ET.parse(path).getroot()
    focusable = [w.get("name") for w in _widgets(root) if _focusable(w)]
    stops = [t.text for t in root.iter("tabstop")]
    if len(focusable) < 2:
        return
    assert stops, f"{path.name} has no <tabstops> (Designer: Edit Tab Order)"
    missing = [name for name in focusable if name not in stops]
    unknown = [name for name in stops if name not in focusable]
    assert not missing, f"{path.name}: not in the tab order: {missing}"
    assert not unknown, f"{path.name}: tab stops that are not focusable widgets: {unknown}"
    assert len(stops) == len(set(stops)), f"{path.name}: a tab stop is listed twice"


@pytest.mark.parametrize("path", UI_FILES, ids=lambda p: p.name)
def test_tab_leaves_text_fields_and_tables(path: Path):
    """Tab never stays inside a control: a multi-line text field hands it on
    (tabChangesFocus) and a table does not walk its cells with it (tabKeyNavigation)."""
    root = ET.parse(path).getroot()
    traps = [
        w.get("name")
        for w in _widgets(root)
        if w.get("class") in ("QPlainTextEdit", "QTextEdit")
        and _prop(w, "tabChangesFocus") != "true"
        or w.get("class") in ("QTableView", "QTableWidget")
        and _prop(w, "tabKeyNavigation") != "false"
    ]
    assert not traps, f"{path.name}: Tab stays inside {traps}"


def all_forms() -> list[type[Form]]:
    for info in pkgutil.walk_packages(h4casus.gui.__path__, "h4casus.gui."):
        importlib.import_module(info.name)
    found, todo = [], list(Form.__subclasses__())
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return sorted({c for c in found if "ui_file" in vars(c)}, key=lambda c: c.__name__)


def visual_order_breaks(widgets: list[QWidget], top: QWidget) -> list[str]:
    """Pairs of consecutive tab stops where the second comes before the first in reading
    order: on an earlier row, or left of it on the same row. Columns side by side (group
    boxes, a column of buttons beside a form) are read one after the other, each top to
    bottom: going up into something wholly to the right is no break."""
    breaks = []
    shown = [w for w in widgets if w.isVisibleTo(top)]
    for a, b in zip(shown, shown[1:], strict=False):
        ra = a.rect().translated(a.mapTo(top, QPoint(0, 0)))
        rb = b.rect().translated(b.mapTo(top, QPoint(0, 0)))
        same_row = (
            ra.top() < rb.center().y() < ra.bottom() or rb.top() < ra.center().y() < rb.bottom()
        )
        next_column = rb.left() > ra.right()  # a column to the right starts at its top
        if same_row and rb.left() < ra.left():
            breaks.append(f"{a.objectName()} → {b.objectName()} (naar links)")
        elif not same_row and rb.center().y() < ra.center().y() and not next_column:
            breaks.append(f"{a.objectName()} → {b.objectName()} (omhoog)")
    return breaks


@pytest.mark.parametrize("form", all_forms(), ids=lambda c: c.__name__)
def test_tab_order_follows_the_visual_order(qtbot, form):
    host = QWidget()
    qtbot.addWidget(host)
    loaded = form(host)
    host.resize(host.sizeHint().expandedTo(host.minimumSizeHint()))
    host.show()
    qtbot.waitExposed(host)
    root = ET.parse(ui_dir() / f"{form.ui_file}.ui").getroot()
    stops = [loaded.root.findChild(QWidget, t.text) for t in root.iter("tabstop")]
    breaks = visual_order_breaks([w for w in stops if w is not None], loaded.root)
    assert not breaks, f"{form.ui_file}.ui: Tab goes backwards: {breaks}"


# ---------------------------------------------------------------------- the live screens

# What a window has at 200 % on a 2560x1440 screen (and at 100 % on a 1280x720 one): every
# window and dialog must fit, or part of it is cut off (scripts/screenshots.py --scale 2).
ROOM_AT_200 = QSize(1280, 720)


def _internal(widget: QWidget) -> bool:
    """Parts of a composite control that Qt names through the control itself."""
    parent = widget.parentWidget()
    if isinstance(parent, (QComboBox, QAbstractSpinBox)):
        return True
    if isinstance(widget, QScrollBar):
        return True
    if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
        return True
    return isinstance(parent, QTabBar)  # a tab's close button


def _has_name(widget: QWidget) -> bool:
    if widget.accessibleName().strip():
        return True
    if isinstance(widget, QAbstractButton):
        return any(ch.isalnum() for ch in label_text(widget.text()))
    if isinstance(widget, QTabBar):
        return widget.count() > 0 and all(widget.tabText(i) for i in range(widget.count()))
    return False


def unnamed_controls(top: QWidget) -> list[str]:
    missing = []
    for w in [top, *top.findChildren(QWidget)]:
        if w.window() is not top.window() or _internal(w) or not w.isVisibleTo(top):
            continue
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus or w.focusProxy() is not None:
            continue
        if not _has_name(w):
            missing.append(f"{type(w).__name__} {w.objectName() or '(zonder objectName)'}")
    return missing


def tab_traps(top: QWidget) -> list[str]:
    """Controls of `top` that keep the focus when Tab is pressed in them."""
    chain = [
        w
        for w in [top, *top.findChildren(QWidget)]
        if w.window() is top.window()
        and w.isVisibleTo(top)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and not _internal(w)
    ]
    if len(chain) < 2:
        return []
    top.window().activateWindow()
    for _ in range(40):  # the offscreen platform activates a new window a moment later
        if QApplication.activeWindow() is top.window():
            break
        QTest.qWait(10)
    traps, tried = [], 0
    for w in chain:
        w.setFocus(Qt.FocusReason.TabFocusReason)
        if QApplication.focusWidget() is not w:
            continue
        tried += 1
        QTest.keyClick(w, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is w:
            traps.append(f"{type(w).__name__} {w.objectName()}")
    if not tried:
        traps.append("(geen enkel control kreeg de focus: niets geprobeerd)")
    return traps


class Walk:
    """Visits every screen and records the controls without a name, per screen."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.problems: dict[str, list[str]] = {}
        self.seen: set[type] = set()

    def check(self, what: str, widget: QWidget) -> None:
        self.seen.add(type(widget))
        missing = unnamed_controls(widget) + [
            f"Tab blijft hangen in {t}" for t in tab_traps(widget)
        ]
        if missing:
            self.problems[what] = missing

    def dialogs_of(self, what: str, action) -> None:
        """Run `action`; check and close every dialog it opens, also one that blocks in
        exec() (a watcher inside its event loop checks and closes it)."""
        before = set(QApplication.topLevelWidgets())

        def close_new() -> None:
            for w in QApplication.topLevelWidgets():
                if w not in before and isinstance(w, QDialog) and w.isVisible():
                    if not type(w).__module__.startswith("PySide6"):  # Qt's own: Qt's care
                        self.check(f"{what}: {type(w).__name__}", w)
                    w.reject()
                    w.deleteLater()

        watcher = QTimer()
        watcher.setInterval(50)
        watcher.timeout.connect(close_new)
        watcher.start()
        try:
            action()
            QApplication.processEvents()
            close_new()
        finally:
            watcher.stop()
        QApplication.processEvents()

    def dialogs_behind_actions(self, what: str, window: QWidget) -> None:
        """Trigger every enabled menu action whose text ends in "…" (it opens a dialog)."""
        for action in window.findChildren(QAction):
            if action.isEnabled() and action.text().endswith(("…", "...")):
                self.dialogs_of(f"{what} '{label_text(action.text())}'", action.trigger)

    def dialogs_behind_buttons(self, what: str, screen: QWidget) -> None:
        """Click every shown button whose text ends in "…" and check the dialog it opens."""
        buttons = [*screen.findChildren(QPushButton), *screen.findChildren(QToolButton)]
        for button in buttons:
            opens = button.text().endswith(("…", "..."))
            if opens and button.isVisibleTo(screen) and button.isEnabled():
                self.dialogs_of(f"{what} '{label_text(button.text())}'", button.click)


def open_menu_screens(window: MainWindow) -> None:
    """Open every screen a menu offers: its items without a shortcut and without "…" open a
    screen as a tab (Beheer › Accounts, …); the others are actions or dialogs."""
    for entry in window.menuBar().actions():
        menu = entry.menu()
        if menu is None or not entry.isVisible():
            continue
        for action in menu.actions():
            plain = not action.isSeparator() and action.shortcut().isEmpty()
            if plain and action.isEnabled() and not action.text().endswith(("…", "...")):
                action.trigger()
                QApplication.processEvents()


def _rich_household(window: MainWindow) -> int:
    """The household with the most to show (members, goals, measurements, youths)."""
    from h4casus.services.queries.casefile import open_casefile
    from h4casus.services.queries.search import list_page

    ctx = window.ctx
    rows = [r for r in list_page(ctx, "name", limit=200).rows if r.status in ("actief", "nazorg")]

    def score(hid: int) -> int:
        cf = open_casefile(ctx, hid)
        goals = len(cf.plan.goals) if cf.plan else 0
        return len(cf.members) + goals + len(cf.measurements) + 3 * len(cf.transition)

    return max((r.id for r in rows[:25]), key=score)


def test_every_control_of_every_screen_has_an_accessible_name(qtbot, ops, demo_db):
    from h4casus.services.store.session import sign_in

    walk = Walk(qtbot)
    login = LoginDialog(ops, db_path=demo_db, username="")
    qtbot.addWidget(login)
    login.show()
    walk.check("aanmelden", login)
    login.close()

    window = MainWindow(
        sign_in(demo_db, DEMO_USERNAME, DEMO_PASSWORD), ops, db_path=demo_db, idle_msecs=3_600_000
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.households is not None)
    open_menu_screens(window)
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        walk.check(f"tabblad {window.tabs.tabText(i)}", window)
        walk.dialogs_behind_buttons(f"tabblad {window.tabs.tabText(i)}", window.tabs.widget(i))
    window.tabs.setCurrentIndex(0)
    walk.dialogs_behind_actions("menu", window)

    window.open_household(_rich_household(window))
    screen = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: screen.casefile is not None)
    for row, cls in enumerate(SECTIONS):
        screen.show_section_at(row)
        section = screen.section(cls.key)
        walk.check(f"dossier {cls.key}", window)
        for keys, method in cls.shortcuts.items():
            walk.dialogs_of(f"dossier {cls.key} {keys}", getattr(section, method))
        for tabs in [None, *section.findChildren(QTabWidget)]:
            for page in range(tabs.count()) if tabs is not None else [None]:
                if tabs is not None:
                    tabs.setCurrentIndex(page)
                    walk.check(f"dossier {cls.key} {tabs.tabText(page)}", window)
                walk.dialogs_behind_buttons(f"dossier {cls.key}", section)

    window.lock()
    walk.check("vergrendeld", window)
    window.close()

    assert not walk.problems, "controls without an accessible name:\n" + "\n".join(
        f"  {what}: {', '.join(missing)}" for what, missing in walk.problems.items()
    )
    reached = {cls.__name__ for cls in walk.seen if issubclass(cls, QDialog)}
    assert {"LoginDialog", "RegisterHouseholdDialog", "GoalDialog", "JournalEntryDialog"} <= reached


@pytest.mark.parametrize("form", all_forms(), ids=lambda c: c.__name__)
def test_every_control_of_every_form_is_named_by_the_form_alone(qtbot, form):
    """Dialogs a walk cannot reach (they depend on the household's state) are covered here:
    loading the form names its controls (gui/forms.py), without code of the screen."""
    host = QWidget()
    qtbot.addWidget(host)
    form(host)
    host.show()
    missing = unnamed_controls(host)
    assert not missing, f"{form.ui_file}.ui: controls without an accessible name: {missing}"


# ---------------------------------------------------------------------- the helpers


def test_a_form_names_inputs_after_their_label_group_or_placeholder(qtbot):
    from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout

    from h4casus.gui.forms import name_controls

    root = QWidget()
    qtbot.addWidget(root)
    layout = QFormLayout(root)
    by_label, in_group, by_placeholder, own = QLineEdit(), QComboBox(), QLineEdit(), QLineEdit()
    label = QLabel("&Achternaam:")
    label.setBuddy(by_label)
    layout.addRow(label, by_label)
    group = QGroupBox("Reden van afsluiten")
    QVBoxLayout(group).addWidget(in_group)
    layout.addRow(group)
    by_placeholder.setPlaceholderText("Zoeken in de tekst")
    by_placeholder.setToolTip("Filtert de regels terwijl je typt")
    own.setAccessibleName("Eigen naam")
    layout.addRow(by_placeholder)
    layout.addRow(own)
    name_controls(root)
    assert by_label.accessibleName() == "Achternaam"
    assert in_group.accessibleName() == "Reden van afsluiten"
    assert by_placeholder.accessibleName() == "Zoeken in de tekst"
    assert by_placeholder.accessibleDescription() == "Filtert de regels terwijl je typt"
    assert own.accessibleName() == "Eigen naam"


def test_tab_and_shift_tab_leave_a_date_field_at_once(qtbot):
    from PySide6.QtWidgets import QDateEdit, QLineEdit, QVBoxLayout

    from h4casus.gui.widgets.tab_keys import leave_on_tab

    root = QWidget()
    qtbot.addWidget(root)
    before, date, after = QLineEdit(), QDateEdit(), QLineEdit()
    layout = QVBoxLayout(root)
    for w in (before, date, after):
        layout.addWidget(w)
    leave_on_tab(date)
    root.show()
    with qtbot.waitActive(root):
        root.activateWindow()
    date.setFocus()
    QTest.keyClick(date, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    date.setFocus()
    QTest.keyClick(date, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is before
    date.setFocus()
    QTest.keyClick(date, Qt.Key.Key_Right)  # ← and → still move between day, month, year
    assert QApplication.focusWidget() is date
