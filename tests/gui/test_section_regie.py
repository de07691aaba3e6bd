"""The Regie section on a real encrypted store, by keyboard: a handover to a colleague of the
team (their caseload shown) accepted or declined by that colleague in their own session,
regie temporarily with an external party (the household marked meanwhile) and taken back,
and the history of it all."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from h4casus.gui.screens.casefile.sections.regie.dialogs import (
    ExternalRegieDialog,
    HandoverDialog,
    TakeBackDialog,
)
from h4casus.services.admin import configuration
from h4casus.services.casework import regie
from h4casus.services.queries.casefile import open_casefile
from tests.factories import register
from tests.gui.plan_helpers import (
    CTRL,
    SHIFT,
    Keyboard,
    active_dialog,
    main_window,
    open_file,
    reactivate,
)


@pytest.fixture
def hh(store):
    return register(store.ctx("rik"))


@pytest.fixture
def win(qtbot, ops, store, hh):
    window = main_window(qtbot, ops, store)
    yield window
    window.close()


def press(qtbot, button) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def holder(store, hh) -> str:
    cf = open_casefile(store.ctx("tim"), hh.id)
    return next(e.holder for e in cf.regie_history if e.active)


def propose_by_keyboard(qtbot, win, hh, reason="Roos kent de school") -> None:
    open_file(qtbot, win, hh.id, "regie")
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_R, CTRL | SHIFT)
    dialog = active_dialog(qtbot, win, HandoverDialog)
    assert keys.focus is dialog.form.to_combo
    offered = [dialog.form.to_combo.itemText(i) for i in range(dialog.form.to_combo.count())]
    assert len(offered) == 1 and offered[0].startswith("roos") and "0 huishoudens" in offered[0]
    keys.tab()
    keys.type(reason)
    keys.press(Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_a_handover_waits_for_the_colleague_who_accepts_it(qtbot, win, store, hh):
    propose_by_keyboard(qtbot, win, hh)
    section = win.tabs.currentWidget().section("regie")
    f = section.form
    assert f.pending_frame.isVisible()
    assert "wacht op acceptatie door roos" in f.pending_label.text()
    assert f.accept_button.isHidden() and not f.withdraw_button.isHidden()
    assert not f.handover_button.isEnabled()
    assert holder(store, hh) == "rik"

    roos = main_window(qtbot, win.ops, store, "roos")
    theirs = open_file(qtbot, roos, hh.id, "regie").section("regie")
    assert "u kunt accepteren of afwijzen" in theirs.form.pending_label.text()
    press(qtbot, theirs.form.accept_button)
    assert holder(store, hh) == "roos"
    assert theirs.form.pending_frame.isHidden()
    rows = theirs.history_rows()
    assert [r[2] for r in rows] == ["roos", "rik"]
    assert rows[0][1] == "nu" and rows[0][3] == "Roos kent de school"
    roos.hide()  # closing would lock the shared store


def test_a_declined_handover_leaves_the_regie(qtbot, win, store, hh):
    propose_by_keyboard(qtbot, win, hh)
    roos = main_window(qtbot, win.ops, store, "roos")
    theirs = open_file(qtbot, roos, hh.id, "regie").section("regie")
    press(qtbot, theirs.form.decline_button)
    assert holder(store, hh) == "rik"
    assert theirs.form.pending_frame.isHidden()
    assert "afgewezen" in theirs.screen.message.text
    roos.hide()


def test_the_proposer_withdraws_a_handover(qtbot, win, store, hh):
    propose_by_keyboard(qtbot, win, hh)
    section = win.tabs.currentWidget().section("regie")
    press(qtbot, section.form.withdraw_button)
    assert open_casefile(store.ctx("rik"), hh.id).pending_handovers == ()
    assert section.form.handover_button.isEnabled()


def test_regie_temporarily_external_marks_the_household_and_comes_back(qtbot, win, store, hh):
    store.clock.advance(days=2)
    screen = open_file(qtbot, win, hh.id, "regie")
    section = screen.section("regie")
    press(qtbot, section.form.external_button)
    dialog = active_dialog(qtbot, win, ExternalRegieDialog)
    keys = Keyboard(qtbot)
    assert keys.focus is dialog.form.party_combo
    assert dialog.form.party_combo.currentText().startswith("Gecertificeerde instelling")
    keys.tab()
    keys.type("J. de Vries")
    keys.tab()
    keys.type("16032026")
    keys.tab()
    keys.press(Qt.Key.Key_Return)  # no reason yet: refused at the field
    assert dialog.isVisible() and dialog.form.reason_edit.property("invalid")
    assert keys.focus is dialog.form.reason_edit
    keys.type("Ondertoezichtstelling uitgesproken")
    keys.press(Qt.Key.Key_Return)
    assert not dialog.isVisible()

    party = "Gecertificeerde instelling (jeugdbescherming) (J. de Vries)"
    assert holder(store, hh) == party
    assert "Regie tijdelijk bij" in section.form.regie_label.text()
    assert f"regie tijdelijk bij {party}" in screen.form.meta_label.text()
    assert section.form.handover_button.isHidden() and section.form.take_back_button.isVisible()
    assert section.history_rows()[0][:3] == ["16-03-2026", "nu", party + " (extern)"]
    model = win.households.model  # the list marks it too (it reloads after the write)
    (row,) = [model.row_at(r) for r in range(model.rowCount()) if model.row_at(r).id == hh.id]
    assert row.regisseur == f"extern: {party}"

    press(qtbot, section.form.take_back_button)
    back = active_dialog(qtbot, win, TakeBackDialog)
    keys.type("OTS afgelopen")
    keys.press(Qt.Key.Key_Return)
    assert not back.isVisible()
    assert holder(store, hh) == "rik"
    assert [r[2] for r in section.history_rows()] == ["rik", party + " (extern)", "rik"]
    reactivate(qtbot, win)
    assert "regisseur rik" in screen.form.meta_label.text()


def test_regie_already_elsewhere_is_said_in_words(qtbot, win, store, hh):
    regie.transfer_to_external(store.ctx("rik"), hh.id, "Veilig Thuis", "acute onveiligheid")
    screen = open_file(qtbot, win, hh.id, "regie")
    section = screen.section("regie")
    assert "Regie tijdelijk bij Veilig Thuis" in section.form.regie_label.text()
    assert section.form.external_button.isHidden()


def test_a_handover_that_needs_approval_waits_for_the_teamleider_after_acceptance(
    qtbot, win, store, hh
):
    configuration.update_settings(store.ctx("bert"), {"handover_requires_approval": "always"})
    regie.propose_handover(store.ctx("rik"), hh.id, "roos", "caseload verdelen")
    roos = main_window(qtbot, win.ops, store, "roos")
    theirs = open_file(qtbot, roos, hh.id, "regie").section("regie")
    press(qtbot, theirs.form.accept_button)
    assert holder(store, hh) == "rik"  # not before the teamleider approves
    assert "wacht op goedkeuring door de teamleider" in theirs.form.pending_label.text()
    assert theirs.form.accept_button.isHidden() and theirs.form.decline_button.isHidden()
    assert theirs.form.approve_button.isHidden()  # the receiver does not approve
    roos.hide()
    tim = main_window(qtbot, win.ops, store, "tim")
    leader = open_file(qtbot, tim, hh.id, "regie").section("regie")
    assert leader.form.approve_button.isVisible() and leader.form.decline_button.isVisible()
    press(qtbot, leader.form.approve_button)
    assert holder(store, hh) == "roos"
    assert leader.form.pending_frame.isHidden()
    assert "roos voert nu de regie" in leader.screen.message.text
    tim.hide()
