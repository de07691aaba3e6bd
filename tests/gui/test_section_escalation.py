"""The Op-/afschalen section on a real encrypted store, by keyboard: the level in its colour,
AVE 3 waiting for four-eyes approval and withdrawn by the one who asked, afschalen refused
without an evaluation (in words, with a way to record one) and applied with one, and the
history with who asked and who approved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from h4casus.gui.screens.casefile.sections.escalation import LevelChangeDialog
from h4casus.services.casework import escalation
from h4casus.services.plan import evaluations
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

TODAY = date(2026, 3, 15)


@pytest.fixture
def hh(store):
    return register(store.ctx("rik"))


@pytest.fixture
def win(qtbot, ops, store, hh):
    window = main_window(qtbot, ops, store)
    yield window
    window.close()


def test_ave3_waits_for_approval_and_the_one_who_asked_withdraws_it(qtbot, win, store, hh):
    screen = open_file(qtbot, win, hh.id, "escalation")
    section = screen.section("escalation")
    f = section.form
    assert f.level_badge.text() == "AVE 2" and "background" in f.level_badge.styleSheet()
    assert f.pending_frame.isHidden()
    assert "evaluatieperiode een evaluatie" in f.rule_label.text()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_H, CTRL | SHIFT)
    dialog = active_dialog(qtbot, win, LevelChangeDialog)
    assert keys.focus is dialog.form.level_combo
    assert dialog.form.level_combo.currentText() == "AVE 3"
    assert "wacht op goedkeuring" in dialog.form.level_info.text()
    keys.tab()
    keys.type("Schulden lopen op en er is een OTS-verzoek")
    keys.press(Qt.Key.Key_Return)
    assert not dialog.isVisible()

    cf = open_casefile(store.ctx("rik"), hh.id)
    assert cf.household.level == "AVE 2" and cf.pending_level_change.to_level == "AVE 3"
    assert f.level_badge.text() == "AVE 2"  # not applied yet
    assert f.pending_frame.isVisible()
    assert "AVE 2 naar AVE 3: wacht op goedkeuring" in f.pending_label.text()
    assert not f.up_button.isEnabled() and not f.down_button.isEnabled()
    newest = section.history_rows()[0]
    assert newest[1:4] == ["AVE 2", "AVE 3", "Schulden lopen op en er is een OTS-verzoek"]
    assert newest[-1] == "Wacht op goedkeuring"

    # Someone else sees the request but cannot withdraw it.
    other = main_window(qtbot, win.ops, store, "tim")
    tim_file = open_file(qtbot, other, hh.id, "escalation")
    assert tim_file.section("escalation").form.withdraw_button.isHidden()
    other.hide()  # closing would lock the shared store
    reactivate(qtbot, win)

    f.withdraw_button.setFocus()
    qtbot.keyClick(f.withdraw_button, Qt.Key.Key_Space)
    assert open_casefile(store.ctx("rik"), hh.id).pending_level_change is None
    assert f.pending_frame.isHidden() and f.up_button.isEnabled()
    assert section.history_rows()[0][-1] == "Ingetrokken"
    assert "ingetrokken" in screen.message.text


def test_an_approved_change_shows_who_asked_and_who_approved(qtbot, win, store, hh):
    change = escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 3", "zorgen")
    escalation.approve_level_change(store.ctx("tim"), change.id, "akkoord casusoverleg")
    screen = open_file(qtbot, win, hh.id, "escalation")
    section = screen.section("escalation")
    names = {c.requested_by: c.requested_by_name for c in screen.casefile.level_history}
    row = section.history_rows()[0]
    assert row[0] == "15-03-2026" and row[1:3] == ["AVE 2", "AVE 3"]
    assert row[4] == names[change.requested_by] and row[5] and row[5] != row[4]
    assert row[-1] == "Doorgevoerd"
    assert section.form.level_badge.text() == "AVE 3"
    assert "Volgende evaluatie 26-04-2026" in section.form.level_label.text()


def test_afschalen_without_an_evaluation_is_refused_in_words_and_applies_with_one(
    qtbot, win, store, hh
):
    screen = open_file(qtbot, win, hh.id, "escalation")
    section = screen.section("escalation")
    section.form.down_button.setFocus()
    qtbot.keyClick(section.form.down_button, Qt.Key.Key_Space)
    dialog = active_dialog(qtbot, win, LevelChangeDialog)
    assert dialog.form.level_combo.currentText() == "AVE 1"
    assert "evaluatie" in dialog.form.intro_label.text()
    keys = Keyboard(qtbot)
    keys.tab()
    keys.type("Het gaat weer goed")
    keys.press(Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "evaluatieperiode een evaluatie" in dialog.message.text
    assert any("Evaluatie vastleggen" in b.text().replace("&", "") for b in dialog.message._buttons)
    assert open_casefile(store.ctx("rik"), hh.id).household.level == "AVE 2"
    dialog.reject()

    evaluations.record_evaluation(store.ctx("rik"), hh.id, TODAY, "Het gaat goed")
    section.form.down_button.setFocus()
    qtbot.keyClick(section.form.down_button, Qt.Key.Key_Space)
    dialog = active_dialog(qtbot, win, LevelChangeDialog)
    keys.tab()
    keys.type("Het gaat weer goed")
    keys.press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert open_casefile(store.ctx("rik"), hh.id).household.level == "AVE 1"
    assert section.form.level_badge.text() == "AVE 1"
    assert section.history_rows()[0][-1] == "Doorgevoerd"


def test_a_review_date_beyond_the_levels_interval_is_refused_at_its_field(qtbot, win, store, hh):
    screen = open_file(qtbot, win, hh.id, "escalation")
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_H, CTRL | SHIFT)
    dialog = active_dialog(qtbot, win, LevelChangeDialog)
    keys.tab()
    keys.type("Zorgen over de veiligheid")
    keys.tab()
    keys.type("01122026")
    keys.press(Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.form.review_edit.property("invalid")
    assert "maximaal 42 dagen" in dialog.form.review_edit.toolTip()
    assert keys.focus is dialog.form.review_edit
    assert open_casefile(store.ctx("rik"), hh.id).pending_level_change is None
    assert screen.section("escalation").form.pending_frame.isHidden()


@pytest.mark.parametrize("decision", ["approve", "reject"])
def test_the_teamleider_decides_in_the_case_file_and_the_asker_cannot(
    qtbot, win, store, hh, decision
):
    escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 3", "zorgen")
    mine = open_file(qtbot, win, hh.id, "escalation").section("escalation")
    assert mine.form.approve_button.isHidden() and mine.form.reject_button.isHidden()
    tim = main_window(qtbot, win.ops, store, "tim")
    section = open_file(qtbot, tim, hh.id, "escalation").section("escalation")
    button = section.form.approve_button if decision == "approve" else section.form.reject_button
    assert button.isVisible() and section.form.withdraw_button.isHidden()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    level = open_casefile(store.ctx("tim"), hh.id).household.level
    row = section.history_rows()[0]
    if decision == "approve":
        assert level == "AVE 3" and row[-1] == "Doorgevoerd" and row[5] == "tim"
        assert section.form.level_badge.text() == "AVE 3"
    else:
        assert level == "AVE 2" and row[-1] == "Afgewezen" and row[5] == "tim"
    assert section.form.pending_frame.isHidden()
    tim.hide()  # closing would lock the shared store
