"""The Beheer menu: there for an account with the beheerder role only; every Beheer screen
opens as a tab once; and a beheerder sees no case content anywhere — households by case
number only, no names of household members, no addresses, no BSNs, no plan content."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from h4casus.gui.screens.admin.accounts import AccountsScreen
from h4casus.gui.screens.admin.menu import SCREENS
from h4casus.gui.screens.admin.retention import RetentionScreen
from h4casus.services.plan import goals
from tests.factories import BSNS, register
from tests.gui.admin_helpers import open_screen, open_window, texts
from tests.privacy.helpers import close_file

CASE_CONTENT = (
    "Anna",
    "Jansen",
    "Piet",
    "Sara",
    "Vries",
    "Oude Delft",
    "2611",
    "Schulden in beeld",
    "Overzicht binnen 3 maanden",
    *BSNS,
)


def test_no_beheer_menu_for_an_account_without_the_beheerder_role(qtbot, ops, store):
    for username in ("rik", "tim", "carla"):
        window = open_window(qtbot, ops, store, username)
        menus = [a.text() for a in window.menuBar().actions() if a.isVisible()]
        assert "Be&heer" not in menus and not window.admin_menu.visible
        assert window.admin_menu.open(RetentionScreen) is None  # not even by code
        window.admin_menu.actions[RetentionScreen].trigger()
        assert not any(
            isinstance(window.tabs.widget(i), RetentionScreen) for i in range(window.tabs.count())
        )
    beheer = open_window(qtbot, ops, store, "bert")
    assert "Be&heer" in [a.text() for a in beheer.menuBar().actions() if a.isVisible()]
    beheer.lock()
    assert not beheer.admin_menu.visible  # nothing of the session while locked
    window.close()


def test_a_beheerder_sees_no_case_content_in_any_screen(qtbot, ops, store):
    rik = store.ctx("rik")
    hh = register(rik)
    goals.add_goal(rik, hh.id, "financien", "Schulden in beeld", "Overzicht binnen 3 maanden")
    old = register(rik, street="Oude Delft", house_number=40)
    close_file(store, old.id, datetime(2001, 1, 5, 9, 0))
    window = open_window(qtbot, ops, store, "bert")  # the beheerder role and nothing else
    seen: list[str] = []
    for screen_cls, _text in SCREENS:
        screen = open_screen(window, screen_cls)
        shown = texts(screen)
        leaks = [t for t in shown for word in CASE_CONTENT if word in t]
        assert not leaks, f"{screen_cls.__name__} shows case content: {leaks}"
        seen += shown
    assert window.tabs.count() == len(SCREENS) + 1  # each once, beside the list
    open_screen(window, SCREENS[0][0])
    assert window.tabs.count() == len(SCREENS) + 1
    everything = texts(window)
    assert not [t for t in everything for word in CASE_CONTENT if word in t]
    assert any(old.case_number in t for t in seen)  # households by case number
    window.close()


def test_the_beheer_screens_open_from_the_keyboard(qtbot, ops, store):
    window = open_window(qtbot, ops, store, "bert")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    menu = window.admin_menu.menu
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    qtbot.keyClick(menu, Qt.Key.Key_A)
    assert isinstance(window.tabs.currentWidget(), AccountsScreen)
    window.close()
