"""Editing a household from its Overzicht, by keyboard: the address (and a conflicting save
by someone else), a member joining, leaving and being corrected, closing and reopening."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from h4casus.gui.screens.casefile.screen import CaseFileScreen
from h4casus.gui.screens.main.window import MainWindow
from h4casus.services.casework.household_edits import update_household
from h4casus.services.casework.households import get_household
from h4casus.services.casework.journal import list_entries
from h4casus.services.privacy.corrections import corrections
from tests.factories import register

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def hh(store):
    return register(store.ctx("rik"))  # Anna Jansen, Piet de Vries, Sara Jansen (15)


@pytest.fixture
def window(qtbot, ops, store, hh):
    win = MainWindow(store.ctx("rik"), ops, db_path=store.path, idle_msecs=600_000)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def activate(qtbot, widget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)


def file_of(qtbot, window, hh) -> CaseFileScreen:
    window.open_household(hh.id)
    screen = window.tabs.currentWidget()
    activate(qtbot, window)
    screen.form.section_list.setFocus()
    return screen


def shortcut(qtbot, window, screen, key, dialog_type=QDialog):
    """Press Ctrl+Shift+`key` in the case file; the dialog it opens, active."""
    before = set(window.findChildren(dialog_type))
    if QApplication.activeWindow() is not window:
        activate(qtbot, window)
        screen.form.section_list.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), key, CTRL_SHIFT)
    dialog = next(w for w in window.findChildren(dialog_type) if w.isVisible() and w not in before)
    activate(qtbot, dialog)
    return dialog


def type_into(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def enter(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_the_address_changes_by_keyboard(qtbot, window, hh):
    screen = file_of(qtbot, window, hh)
    dialog = shortcut(qtbot, window, screen, Qt.Key.Key_W)
    assert QApplication.focusWidget() is dialog.form.postcode_edit
    type_into(qtbot, "2611ja")  # replaces the selected postcode
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_into(qtbot, "3")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_into(qtbot, "Voorstraat")
    enter(qtbot)
    assert not dialog.isVisible()
    assert screen.casefile.household.address == "Voorstraat 3, 2611 JA Delft"
    assert "Voorstraat 3" in screen.section("overview").form.address_value.text()


def test_a_conflicting_address_save_shows_the_conflict_and_overwrites_nothing(
    qtbot, window, store, hh
):
    screen = file_of(qtbot, window, hh)
    dialog = shortcut(qtbot, window, screen, Qt.Key.Key_W)
    # Meanwhile a colleague, in her own session, saves another address.
    roos = store.ctx("roos")
    update_household(roos, hh.id, hh.version, street="Koornmarkt", house_number=40)
    dialog.form.street_edit.setText("Voorstraat")
    dialog.form.street_edit.setFocus()
    enter(qtbot)
    assert dialog.isVisible()
    assert "Iemand anders heeft dit intussen gewijzigd" in dialog.message.text
    assert get_household(roos, hh.id).street == "Koornmarkt"  # nothing overwritten
    buttons = {b.text(): b for b in dialog.message.findChildren(QPushButton)}
    buttons["Vergelijken"].click()
    assert "Koornmarkt 40" in dialog.message.text and "Voorstraat 12" in dialog.message.text
    enter(qtbot)  # saving after comparing goes on from the stored version
    assert not dialog.isVisible()
    assert get_household(roos, hh.id).address == "Voorstraat 40, 2611 CD Delft"


def test_reload_after_a_conflict_starts_from_what_is_stored(qtbot, window, store, hh):
    screen = file_of(qtbot, window, hh)
    dialog = shortcut(qtbot, window, screen, Qt.Key.Key_W)
    update_household(store.ctx("roos"), hh.id, hh.version, street="Koornmarkt")
    dialog.form.number_edit.setText("14")
    dialog.submit()
    buttons = {b.text(): b for b in dialog.message.findChildren(QPushButton)}
    buttons["Opnieuw laden"].click()
    assert dialog.form.street_edit.text() == "Koornmarkt"
    assert dialog.form.number_edit.text() == "12"


def test_a_member_leaves_on_a_date_with_a_reason(qtbot, window, store, hh):
    screen = file_of(qtbot, window, hh)
    overview = screen.section("overview")
    overview.form.members_table.selectRow(1)  # Piet
    screen.form.section_list.setFocus()
    dialog = shortcut(qtbot, window, screen, Qt.Key.Key_L)
    f = dialog.form
    assert f.member_combo.currentText() == "Piet de Vries"
    f.reason_combo.setFocus()
    type_into(qtbot, "Verhuisd naar Rotterdam")
    enter(qtbot)
    assert not dialog.isVisible()
    names = [p.name for p in screen.casefile.household.members]
    assert names == ["Anna Jansen", "Sara Jansen"]
    assert screen.casefile.household.display_name == "Jansen"
    note = list_entries(store.ctx("rik"), hh.id)[0].text
    assert "Piet de Vries hoort sinds 15-03-2026 niet meer bij het huishouden." in note


def test_a_member_joins_with_the_family_name_offered(qtbot, window, hh):
    screen = file_of(qtbot, window, hh)
    dialog = shortcut(qtbot, window, screen, Qt.Key.Key_N)
    f = dialog.form
    assert QApplication.focusWidget() is f.given_edit and f.family_edit.text() == "Jansen"
    type_into(qtbot, "Noor")
    f.birth_edit.setFocus()
    type_into(qtbot, "01022026")
    assert f.age_label.text() == "0 jaar"
    enter(qtbot)
    assert not dialog.isVisible()
    assert screen.casefile.household.members[-1].name == "Noor Jansen"


def test_a_correction_needs_a_reason_and_is_recorded(qtbot, window, store, hh):
    screen = file_of(qtbot, window, hh)
    dialog = shortcut(qtbot, window, screen, Qt.Key.Key_C)
    f = dialog.form
    f.family_edit.setText("Janssen")
    enter(qtbot)  # no reason yet
    assert dialog.isVisible() and f.reason_edit.property("invalid") is True
    assert QApplication.focusWidget() is f.reason_edit
    type_into(qtbot, "Typfout bij aanmelding")
    enter(qtbot)
    assert not dialog.isVisible()
    anna = screen.casefile.household.members[0]
    assert anna.name == "Anna Janssen"
    assert screen.casefile.household.display_name == "Janssen / de Vries"
    (done,) = corrections(store.ctx("tim"), anna.id)
    assert (done.field, done.reason) == ("family_name", "Typfout bij aanmelding")


def test_an_invalid_bsn_in_a_correction_is_marked_and_nothing_changes(qtbot, window, hh):
    screen = file_of(qtbot, window, hh)
    dialog = shortcut(qtbot, window, screen, Qt.Key.Key_C)
    f = dialog.form
    f.bsn_edit.setFocus()
    type_into(qtbot, "123456789")
    assert f.bsn_edit.property("invalid") is True
    f.reason_edit.setText("BSN ontbrak")
    dialog.submit()
    assert dialog.isVisible() and "bsn" in dialog.message.text


def test_close_with_a_reason_and_reopen(qtbot, window, hh):
    screen = file_of(qtbot, window, hh)
    overview = screen.section("overview")
    dialog = shortcut(qtbot, window, screen, Qt.Key.Key_X)
    assert QApplication.focusWidget() is dialog.form.reason_combo
    type_into(qtbot, "Verh")  # keyboard search in the reasons
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_into(qtbot, "Naar Rotterdam")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_into(qtbot, "Ja")
    enter(qtbot)
    assert not dialog.isVisible(), dialog.message.text
    assert screen.casefile.household.status == "afgesloten"
    assert screen.casefile.closure_reason == "verhuisd"
    assert screen.casefile.follow_up_arranged is True
    assert "Verhuisd (Naar Rotterdam)" in overview.form.status_value.text()
    assert screen.form.status_badge.text() == "Afgesloten"
    assert overview.form.reopen_button.isVisible() and not overview.form.close_button.isVisible()
    assert not overview.form.address_button.isEnabled()
    screen.form.section_list.setFocus()
    dialog = shortcut(qtbot, window, screen, Qt.Key.Key_O)
    enter(qtbot)  # a reason is required
    assert dialog.isVisible() and dialog.form.reason_combo.property("invalid") is True
    type_into(qtbot, "Nieuwe hulpvraag")
    enter(qtbot)
    assert not dialog.isVisible()
    assert screen.casefile.household.status == "actief"
    assert screen.casefile.household.regisseur == "rik"


def test_a_consulent_cannot_close_and_the_shortcut_says_why(qtbot, ops, store, hh):
    win = MainWindow(store.ctx("carla"), ops, db_path=store.path, idle_msecs=600_000)
    qtbot.addWidget(win)
    win.show()
    screen = file_of(qtbot, win, hh)
    overview = screen.section("overview")
    assert not overview.form.close_button.isEnabled()
    qtbot.keyClick(screen.form.section_list, Qt.Key.Key_X, CTRL_SHIFT)
    assert "regisseur of de teamleider" in screen.message.text
    win.close()
