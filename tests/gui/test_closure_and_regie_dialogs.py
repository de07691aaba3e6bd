"""By keyboard: closing needs a reason and the follow-up answer, eigen regie is recorded and
ended from the Overzicht (the list marks it), stalled help is escalated and answered, and a
confidential journal entry stays hidden from a team consulent in the Journaal section."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from h4casus.gui.screens.casefile.sections import SECTIONS
from h4casus.gui.screens.main.window import MainWindow
from h4casus.services.casework import eigen_regie, journal
from h4casus.services.casework.households import get_household
from h4casus.services.queries.search import list_page
from tests.factories import register
from tests.gui.test_household_edits import enter, file_of, shortcut, type_into

SECRET = "Moeder vertelt over geweld door de ex-partner"


@pytest.fixture
def hh(store):
    return register(store.ctx("rik"))


def window_for(qtbot, ops, store, who: str) -> MainWindow:
    win = MainWindow(store.ctx(who), ops, db_path=store.path, idle_msecs=600_000)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, ops, store, hh):
    win = window_for(qtbot, ops, store, "rik")
    yield win
    win.close()


def tab(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def test_closing_without_reason_or_follow_up_is_refused_at_the_fields(qtbot, window, store, hh):
    screen = file_of(qtbot, window, hh)
    dialog = shortcut(qtbot, window, screen, Qt.Key.Key_X)
    enter(qtbot)
    assert dialog.isVisible()
    assert dialog.form.reason_combo.property("invalid") is True
    assert dialog.form.follow_up_combo.property("invalid") is True
    assert get_household(store.ctx("rik"), hh.id).status == "aangemeld"
    qtbot.keyClick(dialog.form.reason_combo, Qt.Key.Key_Down)  # the first: zelfredzaam
    dialog.form.follow_up_combo.setFocus()
    type_into(qtbot, "Nee")
    enter(qtbot)
    assert not dialog.isVisible(), dialog.message.text
    assert screen.casefile.closure_reason == "zelfredzaam"
    assert screen.casefile.follow_up_arranged is False


def test_other_needs_a_toelichting(qtbot, window, hh):
    screen = file_of(qtbot, window, hh)
    dialog = shortcut(qtbot, window, screen, Qt.Key.Key_X)
    type_into(qtbot, "Anders")
    tab(qtbot)
    tab(qtbot)
    type_into(qtbot, "Ja")
    enter(qtbot)
    assert dialog.isVisible() and dialog.form.note_edit.property("invalid") is True
    assert "toelichting" in dialog.message.text
    dialog.form.note_edit.setFocus()
    type_into(qtbot, "Opgenomen in een zorginstelling")
    enter(qtbot)
    assert not dialog.isVisible()
    assert screen.casefile.close_note == "Opgenomen in een zorginstelling"


def test_eigen_regie_by_keyboard_keeps_the_regisseur_and_marks_the_list(qtbot, window, store, hh):
    screen = file_of(qtbot, window, hh)
    overview = screen.section("overview")
    assert "Nee" in overview.form.eigen_regie_value.text()
    dialog = shortcut(qtbot, window, screen, Qt.Key.Key_I)
    assert QApplication.focusWidget() is dialog.form.member_combo
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # Anna, the first member
    tab(qtbot)
    tab(qtbot)  # the name may stay empty for a member; relation filled in: "zelf"
    assert dialog.form.relation_combo.currentText() == "zelf"
    tab(qtbot)
    tab(qtbot)
    assert QApplication.focusWidget() is dialog.form.reason_edit
    enter(qtbot)  # no reason yet
    assert dialog.isVisible() and dialog.form.reason_edit.property("invalid") is True
    type_into(qtbot, "Anna wil het plan zelf trekken")
    enter(qtbot)
    assert not dialog.isVisible(), dialog.message.text
    text = overview.form.eigen_regie_value.text()
    assert "Anna" in text and "(zelf)" in text and "contactpersoon: rik" in text
    assert screen.casefile.household.regisseur == "rik"  # still the one regisseur
    (row,) = [r for r in list_page(store.ctx("rik")).rows if r.id == hh.id]
    assert row.eigen_regie
    model = window.households.model

    def rows():
        return [model.row_at(i) for i in range(model.rowCount())]

    qtbot.waitUntil(lambda: any(r.eigen_regie for r in rows()), timeout=2000)
    from h4casus.gui.screens.households.model import COL

    row_of = next(i for i, r in enumerate(rows()) if r.id == hh.id)
    assert model.index(row_of, COL["status"]).data() == "Aangemeld · eigen regie"
    # ending it: the same shortcut, now with when and why
    screen.form.section_list.setFocus()
    dialog = shortcut(qtbot, window, screen, Qt.Key.Key_I)
    assert dialog.windowTitle() == "Eigen regie beëindigen"
    type_into(qtbot, "Eigen regie lukt niet meer")
    enter(qtbot)
    assert not dialog.isVisible(), dialog.message.text
    assert screen.casefile.eigen_regie is None
    assert screen.casefile.eigen_regie_history[-1].end_reason == "Eigen regie lukt niet meer"


def test_a_consulent_cannot_record_eigen_regie(qtbot, ops, store, hh):
    win = window_for(qtbot, ops, store, "carla")
    screen = file_of(qtbot, win, hh)
    overview = screen.section("overview")
    assert not overview.form.eigen_regie_button.isEnabled()
    qtbot.keyClick(
        screen.form.section_list,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert "eigen regie" in screen.message.text
    win.close()


def test_stalled_help_is_escalated_to_the_teamleider_and_answered(qtbot, window, store, hh):
    screen = file_of(qtbot, window, hh)
    overview = screen.section("overview")
    dialog = shortcut(qtbot, window, screen, Qt.Key.Key_K)
    assert QApplication.focusWidget() is dialog.form.target_combo
    assert dialog.form.to_combo.currentText() == "tim"  # the team's own teamleider first
    tab(qtbot)
    tab(qtbot)
    type_into(qtbot, "Schuldhulp start niet")
    tab(qtbot)
    type_into(qtbot, "Wachtlijst; kun jij bellen?")
    enter(qtbot)
    assert not dialog.isVisible(), dialog.message.text
    assert "Schuldhulp start niet" in overview.form.escalation_value.text()
    assert overview.form.answer_button.isEnabled()
    overview.form.answer_button.setFocus()
    qtbot.keyClick(overview.form.answer_button, Qt.Key.Key_Space)
    dialog = next(w for w in window.findChildren(type(dialog).__mro__[1]) if w.isVisible())
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    type_into(qtbot, "Gebeld; start volgende week")
    enter(qtbot)
    assert not dialog.isVisible()
    assert overview.form.escalation_value.text() == "Geen open opschaling"
    (esc,) = screen.casefile.regie_escalations
    assert esc.answer == "Gebeld; start volgende week"


@pytest.mark.parametrize("who, sees", [("carla", False), ("roos", False), ("tim", True)])
def test_a_confidential_entry_is_hidden_from_a_team_consulent(qtbot, ops, store, hh, who, sees):
    """carla (consulent) and roos (regisseur, not of this household) see that the entry
    exists; tim (teamleider) reads it (rik, the regisseur, in the test below)."""
    journal.add_entry(store.ctx("rik"), hh.id, "notitie", SECRET, confidential=True)
    journal.add_entry(store.ctx("rik"), hh.id, "huisbezoek", "Gewoon huisbezoek")
    win = window_for(qtbot, ops, store, who)
    screen = file_of(qtbot, win, hh)
    journal_key = Qt.Key(Qt.Key.Key_1 + [s.key for s in SECTIONS].index("journal"))
    qtbot.keyClick(screen.form.section_list, journal_key, Qt.KeyboardModifier.AltModifier)
    section = screen.section("journal")
    assert screen.form.section_stack.currentWidget() is section
    table = section.form.entries_table
    texts = [table.item(r, 4).text() for r in range(table.rowCount())]
    assert "Gewoon huisbezoek" in texts
    assert (SECRET in texts) is sees
    assert ("(vertrouwelijk)" in texts) is not sees
    win.close()


def test_the_regisseur_reads_the_confidential_entry(qtbot, window, store, hh):
    journal.add_entry(store.ctx("carla"), hh.id, "notitie", SECRET, confidential=True)
    screen = file_of(qtbot, window, hh)
    section = screen.show_section("journal")
    table = section.form.entries_table
    assert SECRET in [table.item(r, 4).text() for r in range(table.rowCount())]


def test_eigen_regie_started_elsewhere_shows_in_the_overview(qtbot, window, store, hh):
    eigen_regie.start_eigen_regie(store.ctx("rik"), hh.id, "Henk Bakker", "buren", "kent het gezin")
    screen = file_of(qtbot, window, hh)
    assert "Henk Bakker (buren)" in screen.section("overview").form.eigen_regie_value.text()
