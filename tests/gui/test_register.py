"""Registering a household from the desktop (Ctrl+N), by keyboard alone: checks as typed,
possible duplicates before saving, nothing written on an error, the new file opens at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from h4casus.gui.screens.casefile.screen import CaseFileScreen
from h4casus.gui.screens.households.model import COL
from h4casus.gui.screens.main.window import MainWindow
from h4casus.gui.screens.register.dialog import RegisterHouseholdDialog
from h4casus.storage import models as m
from tests.factories import BSNS, member, register


def households(store) -> int:
    with store.vault.session() as s:
        return s.scalar(select(func.count()).select_from(m.Household))


def window_for(qtbot, ops, store, user: str) -> MainWindow:
    win = MainWindow(store.ctx(user), ops, db_path=store.path, idle_msecs=600_000)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, ops, store):
    win = window_for(qtbot, ops, store, "rik")
    yield win
    win.close()


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def activate(qtbot, widget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)


def tab(qtbot, times: int = 1) -> None:
    for _ in range(times):
        press(qtbot, Qt.Key.Key_Tab)


def open_dialog(qtbot, window) -> RegisterHouseholdDialog:
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = next(w for w in window.findChildren(RegisterHouseholdDialog) if w.isVisible())
    activate(qtbot, dialog)
    return dialog


def type_address(qtbot, dialog, postcode="2611cd", number="12") -> None:
    assert QApplication.focusWidget() is dialog.form.postcode_edit
    type_text(qtbot, postcode)
    tab(qtbot)
    type_text(qtbot, number)
    tab(qtbot, 2)  # over the toevoeging
    type_text(qtbot, "Oude Delft")
    tab(qtbot)
    type_text(qtbot, "Delft")


def test_register_a_household_with_a_17_year_old_by_keyboard_then_find_and_open_it(
    qtbot, window, store
):
    dialog = open_dialog(qtbot, window)
    f = dialog.form
    type_address(qtbot, dialog)
    assert f.postcode_edit.text() == "2611 CD"  # tidied as typed
    assert f.gemeente_edit.text() == "Delft"  # from the team
    tab(qtbot, 3)  # gemeente, wijk, first member
    type_text(qtbot, "Anna")
    tab(qtbot, 2)
    type_text(qtbot, "Visser")
    tab(qtbot)
    type_text(qtbot, "12041985")
    tab(qtbot)
    type_text(qtbot, BSNS[0])
    tab(qtbot, 2)  # relation (ouder), then the add button
    assert QApplication.focusWidget() is f.add_member_button
    press(qtbot, Qt.Key.Key_Return)  # a second row, the cursor in it
    second = dialog.members.rows[1].form
    assert QApplication.focusWidget() is second.given_edit
    assert second.family_edit.text() == "Visser"  # typed once
    type_text(qtbot, "Bram")
    tab(qtbot, 3)
    type_text(qtbot, "01062008")
    assert dialog.members.rows[1].age == 17
    tab(qtbot, 2)
    type_text(qtbot, "k")  # relation: kind
    assert second.relation_combo.currentData() == "kind"
    tab(qtbot, 2)  # the add button, then the source
    assert QApplication.focusWidget() is f.source_combo
    type_text(qtbot, "h")
    assert f.source_combo.currentData() == "huisarts"
    tab(qtbot, 2)
    type_text(qtbot, "Schulden en zorgen om Bram.")
    assert f.file_kind_combo.currentData() == "jeugdwet"  # a member under 18
    assert f.regisseur_combo.currentData() == "rik"  # the registering regisseur
    before = households(store)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert households(store) == before + 1
    assert not dialog.isVisible()
    screen = window.tabs.currentWidget()
    assert isinstance(screen, CaseFileScreen)  # the new household opens at once
    hh = screen.casefile.household
    assert hh.display_name == "Visser" and hh.address == "Oude Delft 12, 2611 CD Delft"
    assert [(p.name, p.age) for p in hh.members] == [("Anna Visser", 40), ("Bram Visser", 17)]
    assert hh.signal_source == "huisarts" and hh.regisseur == "rik"

    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "visser")
    press(qtbot, Qt.Key.Key_Return)
    model = window.households.model
    assert model.searching and model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[COL["team"]] == "Wijkteam Delft-Noord" and row[COL["regisseur"]] == "rik"
    assert row[COL["review"]]  # every column while searching
    assert not window.households.table.isColumnHidden(COL["regisseur"])
    press(qtbot, Qt.Key.Key_Down)
    window.tabs.setCurrentWidget(window.households)
    window.households.table.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is screen  # already open: its tab


def test_a_possible_duplicate_is_shown_and_opened_instead(qtbot, window, store):
    known = register(store.ctx("rik"))  # Oude Delft 12, 2611 CD
    dialog = open_dialog(qtbot, window)
    type_address(qtbot, dialog)
    dialog.check_duplicates()  # what the short typing pause does
    f = dialog.form
    assert f.duplicates_box.isVisible()
    assert known.case_number in f.duplicates_label.text()
    row = dialog.members.rows[0].form
    row.given_edit.setText("Piet")
    row.family_edit.setText("Jansen")
    row.birth_edit.setText("01-01-1980")
    row.given_edit.setFocus()
    before = households(store)
    press(qtbot, Qt.Key.Key_Return)
    assert households(store) == before  # nothing written: first the question
    assert dialog.isVisible() and "mogelijk bestaat dit huishouden al" in dialog.message.text
    assert QApplication.focusWidget().text() == "Bestaand huishouden openen"
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    screen = window.tabs.currentWidget()
    assert isinstance(screen, CaseFileScreen) and screen.household_id == known.id
    assert households(store) == before


def test_after_the_question_toch_registreren_saves_a_new_household(qtbot, window, store):
    register(store.ctx("rik"), members=[member("Anna", "Jansen", "1985-04-12", "ouder", BSNS[0])])
    dialog = open_dialog(qtbot, window)
    f = dialog.form
    f.postcode_edit.setText("2611 AB")
    f.number_edit.setText("3")
    f.street_edit.setText("Markt")
    f.city_edit.setText("Delft")
    row = dialog.members.rows[0].form
    row.given_edit.setText("Anna")
    row.family_edit.setText("Jansen")
    row.birth_edit.setText("12-04-1985")
    row.bsn_edit.setText(BSNS[0])  # the same person
    f.source_combo.setCurrentIndex(f.source_combo.findData("zelfmelder"))
    before = households(store)
    dialog.submit()
    assert "zelfde BSN (Anna Jansen)" in f.duplicates_label.text()
    assert households(store) == before
    toch = next(
        b
        for b in dialog.message.findChildren(type(f.add_member_button))
        if b.text() == "Toch registreren"
    )
    toch.click()
    assert households(store) == before + 1 and not dialog.isVisible()


def test_an_invalid_bsn_and_postcode_are_marked_at_their_field_and_nothing_is_written(
    qtbot, window, store
):
    dialog = open_dialog(qtbot, window)
    f = dialog.form
    type_text(qtbot, "26111")
    assert f.postcode_edit.property("invalid") is not True  # still typing
    type_text(qtbot, "SA")
    assert f.postcode_edit.property("invalid") is True  # SA is never issued
    row = dialog.members.rows[0].form
    row.given_edit.setFocus()
    type_text(qtbot, "Anna")
    row.bsn_edit.setFocus()
    type_text(qtbot, "12345678")
    assert row.bsn_edit.property("invalid") is not True
    type_text(qtbot, "9")
    assert row.bsn_edit.property("invalid") is True
    assert "elfproef" in row.bsn_edit.toolTip()
    before = households(store)
    row.given_edit.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert households(store) == before and dialog.isVisible()
    assert "Niet opgeslagen" in dialog.message.text and "lid 1 bsn" in dialog.message.text
    assert f.postcode_edit.property("invalid") is True
    assert row.bsn_edit.property("invalid") is True
    assert f.source_combo.property("invalid") is True


def test_a_safety_concern_needs_the_signals_and_starts_the_meldcode(qtbot, window, store):
    dialog = open_dialog(qtbot, window)
    f = dialog.form
    f.postcode_edit.setText("2611 AB")
    f.number_edit.setText("3")
    f.street_edit.setText("Markt")
    f.city_edit.setText("Delft")
    row = dialog.members.rows[0].form
    row.given_edit.setText("Anna")
    row.family_edit.setText("Jansen")
    row.birth_edit.setText("12-04-1985")
    f.source_combo.setCurrentIndex(f.source_combo.findData("politie"))
    f.safety_combo.setCurrentIndex(f.safety_combo.findData("ja"))
    dialog.submit()
    assert f.safety_note_edit.property("invalid") is True and households(store) == 0
    f.safety_note_edit.setText("Melding van huiselijk geweld door de politie.")
    dialog.submit()
    screen = window.tabs.currentWidget()
    assert [st.step for st in screen.casefile.meldcode] == [1]
    assert any("Meldcode" in s.text for s in screen.casefile.signals)


def test_rows_are_added_and_removed_by_keyboard(qtbot, window):
    dialog = open_dialog(qtbot, window)
    first = dialog.members.rows[0].form
    first.given_edit.setFocus()
    type_text(qtbot, "Anna")
    first.prefix_edit.setText("de")
    first.family_edit.setText("Boer")
    press(qtbot, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert len(dialog.members.rows) == 2
    second = dialog.members.rows[1].form
    assert QApplication.focusWidget() is second.given_edit
    assert (second.prefix_edit.text(), second.family_edit.text()) == ("de", "Boer")
    assert second.relation_combo.currentData() == "partner"
    press(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert len(dialog.members.rows) == 1
    assert second.given_edit.accessibleName() == "Gezinslid 2: voornamen"
    assert first.given_edit.accessibleName() == "Gezinslid 1: voornamen"


@pytest.mark.parametrize(("user", "expected"), [("tim", "roos"), ("carla", "carla")])
def test_a_teamleider_gets_the_least_busy_regisseur_and_a_consulent_themselves(
    qtbot, ops, store, user, expected
):
    register(store.ctx("rik"))
    win = window_for(qtbot, ops, store, user)
    dialog = win.register_household()
    combo = dialog.form.regisseur_combo
    assert combo.currentData() == expected
    assert "huishoudens" in combo.currentText()
    dialog.reject()
    win.close()


def test_a_beheerder_cannot_register(qtbot, ops, store):
    win = window_for(qtbot, ops, store, "bert")
    assert win.register_household() is None
    assert "registreren" in win.statusBar().currentMessage()
    win.close()
