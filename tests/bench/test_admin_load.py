"""Administrative load, measured: the keys a user presses besides the data itself, and the
mouse clicks needed, for the daily work the issue names — by keyboard alone, on the real
widgets and a real encrypted store.

(a) register a household of three (one of them 17) and enter an intake ZRM;
(b) record a plan evaluation and vaststellen.

Run it to see the figures (they go into docs/performance.md):
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -s tests/bench/test_admin_load.py
It also runs in the suite: it fails when a step needs the mouse or more keys than recorded.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from h4casus.gui.ops import Ops
from h4casus.gui.screens.casefile.screen import CaseFileScreen
from h4casus.gui.screens.casefile.sections.plan.review_dialogs import (
    EvaluationDialog,
    FinaliseDialog,
)
from h4casus.gui.screens.casefile.sections.zrm.entry import MeasurementDialog
from h4casus.gui.screens.register.dialog import RegisterHouseholdDialog
from h4casus.services.plan import goals
from h4casus.services.queries.casefile import open_casefile
from tests.factories import BSNS, register
from tests.gui.plan_helpers import CTRL, SHIFT, Keyboard, active_dialog, main_window, reactivate

ZRM_SCORES = "3241534455231"  # one digit per ZRM domain
FIGURES: dict[str, tuple[int, int, float]] = {}  # task -> (non-data keys, clicks, seconds)


class ClickCounter(QObject):
    """Counts every mouse button press the application receives."""

    def __init__(self) -> None:
        super().__init__()
        self.clicks = 0

    def eventFilter(self, _obj, event) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self.clicks += 1
        return False


@pytest.fixture
def clicks(qtbot):
    counter = ClickCounter()
    QApplication.instance().installEventFilter(counter)
    yield counter
    QApplication.instance().removeEventFilter(counter)


@pytest.fixture
def win(qtbot, store):
    window = main_window(qtbot, Ops(synchronous=True), store)
    yield window
    window.close()


def member_row(keys: Keyboard, given: str, family: str | None, born: str, relation: str) -> None:
    """From the given-names field of a row: given, (family), birth date, (BSN), relation."""
    keys.type(given)
    keys.tab(2)  # over the tussenvoegsel
    if family:
        keys.type(family)
    keys.tab()
    keys.type(born)
    keys.tab(2)  # over the BSN
    keys.type(relation)


def test_register_a_household_of_three_and_an_intake_zrm(qtbot, win, store, clicks):
    keys = Keyboard(qtbot)
    started = time.monotonic()
    reactivate(qtbot, win)
    keys.press(Qt.Key.Key_N, CTRL)
    dialog = active_dialog(qtbot, win, RegisterHouseholdDialog)
    keys.type("2611cd")
    keys.tab()
    keys.type("12")
    keys.tab(2)  # over the toevoeging
    keys.type("Oude Delft")
    keys.tab()
    keys.type("Delft")
    keys.tab(3)  # gemeente (filled), wijk, the first member
    keys.type("Anna")
    keys.tab(2)
    keys.type("Visser")
    keys.tab()
    keys.type("12041985")
    keys.tab()
    keys.type(BSNS[0])
    keys.tab(2)  # relation (ouder by default), the add button
    keys.press(Qt.Key.Key_Return)  # a second row; the family name is carried over
    member_row(keys, "Bram", None, "01062008", "k")
    keys.tab()  # the add button
    keys.press(Qt.Key.Key_Return)  # a third row
    member_row(keys, "Kim", None, "03092013", "k")
    keys.tab(2)  # the add button, then the source
    keys.type("h")  # huisarts
    keys.tab(2)
    keys.type("Schulden en zorgen om Bram.")
    keys.press(Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    screen = win.tabs.currentWidget()
    assert isinstance(screen, CaseFileScreen)
    assert [p.age for p in screen.casefile.household.members] == [40, 17, 12]

    reactivate(qtbot, win)
    screen.form.section_list.setFocus()
    keys.press(Qt.Key.Key_M, CTRL)  # intake ZRM for the first member
    zrm = active_dialog(qtbot, win, MeasurementDialog)
    assert zrm.form.kind_combo.currentData() == "intake"
    for n, digit in enumerate(ZRM_SCORES):
        keys.type(digit)
        if n < len(ZRM_SCORES) - 1:
            keys.tab()
    keys.press(Qt.Key.Key_Return)
    assert not zrm.isVisible()
    seconds = time.monotonic() - started
    (trend,) = open_casefile(store.ctx("rik"), screen.household_id).measurements
    assert [d.latest for d in trend.domains] == [int(c) for c in ZRM_SCORES]
    FIGURES["registreren (3 gezinsleden) + intake-ZRM"] = (keys.other, clicks.clicks, seconds)
    assert clicks.clicks == 0
    assert keys.other <= 46  # as measured (docs/performance.md); more is a regression


def test_vaststellen_and_an_evaluation(qtbot, win, store, clicks):
    hh = register(store.ctx("rik"))
    goals.add_goal_with_actions(
        store.ctx("rik"),
        hh.id,
        "financien",
        "Schulden in beeld",
        "Voor 1 juni staan alle schulden op één lijst.",
        [goals.ActionInput("Post sorteren", "inwoner", "Anna")],
    )
    keys = Keyboard(qtbot)
    started = time.monotonic()
    win.open_household(hh.id)
    screen = win.tabs.currentWidget()
    reactivate(qtbot, win)
    screen.form.section_list.setFocus()
    keys.press(Qt.Key.Key_V, CTRL | SHIFT)  # vaststellen: akkoord today
    finalise = active_dialog(qtbot, win, FinaliseDialog)
    keys.press(Qt.Key.Key_Return)
    assert not finalise.isVisible()
    reactivate(qtbot, win)
    screen.form.section_list.setFocus()
    keys.press(Qt.Key.Key_E, CTRL | SHIFT)
    evaluation = active_dialog(qtbot, win, EvaluationDialog)
    keys.type("Lijst is bijna af.")
    keys.tab()
    keys.press(Qt.Key.Key_Down)  # the outcome of the one goal
    keys.press(Qt.Key.Key_Return)
    assert not evaluation.isVisible()
    seconds = time.monotonic() - started
    cf = open_casefile(store.ctx("rik"), hh.id)
    assert cf.last_finalised is not None and len(cf.evaluations) == 1
    FIGURES["vaststellen + evaluatie"] = (keys.other, clicks.clicks, seconds)
    assert clicks.clicks == 0
    assert keys.other <= 6  # as measured (docs/performance.md)


def teardown_module(_module) -> None:
    if FIGURES:
        print("\nAdministratieve last (toetsen naast de gegevens zelf, muisklikken):")
        for task, (other, mouse, seconds) in FIGURES.items():
            print(f"  {task:45} {other:3} toetsen  {mouse} klikken  {seconds:5.1f} s")
