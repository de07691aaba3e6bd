"""The Meldcode section on a real encrypted store, by keyboard: the five steps one after the
other, step 3 skipped on the ground of danger, step 4 asked in order with its conclusion,
step 5 refused at the decision field when it contradicts the weighing (nothing written),
then decided; and what each step recorded, in the steps and the history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from h4casus.gui.screens.casefile.sections.meldcode.step_dialog import MeldcodeStepDialog
from h4casus.services.casework import meldcode
from h4casus.services.queries.casefile import open_casefile
from tests.factories import register
from tests.gui.plan_helpers import CTRL, SHIFT, Keyboard, active_dialog, main_window, open_file


@pytest.fixture
def hh(store):
    return register(store.ctx("rik"))


@pytest.fixture
def win(qtbot, ops, store, hh):
    window = main_window(qtbot, ops, store)
    yield window
    window.close()


def next_step_dialog(qtbot, win, keys) -> MeldcodeStepDialog:
    win.activateWindow()
    qtbot.waitUntil(lambda: win.isActiveWindow(), timeout=2000)
    win.tabs.currentWidget().form.section_list.setFocus()
    keys.press(Qt.Key.Key_M, CTRL | SHIFT)
    return active_dialog(qtbot, win, MeldcodeStepDialog)


def steps_on_record(store, hh) -> list[tuple[int, str | None, str | None]]:
    return [
        (st.step, st.skip_ground, st.decision)
        for st in open_casefile(store.ctx("rik"), hh.id).meldcode
    ]


def test_the_five_steps_by_keyboard_with_the_conversation_skipped(qtbot, win, store, hh):
    screen = open_file(qtbot, win, hh.id, "meldcode")
    section = screen.section("meldcode")
    f = section.form
    assert "Er loopt geen meldcode" in f.next_label.text()
    assert f.skip_button.isHidden()
    keys = Keyboard(qtbot)

    for step, note in ((1, "Blauwe plekken bij Sara"), (2, "Overlegd met aandachtsfunctionaris")):
        dialog = next_step_dialog(qtbot, win, keys)
        assert dialog.step == step and keys.focus is dialog.form.note_edit
        keys.type(note)
        keys.press(Qt.Key.Key_Return)
        assert not dialog.isVisible()
    rows = section.step_rows()
    assert rows[0][1].startswith("Gezet op 15-03-2026") and rows[0][2] == "Blauwe plekken bij Sara"
    assert rows[2][1] == "Nog niet"
    assert "Volgende stap: 3. Gesprek met de betrokkene(n)" in f.next_label.text()
    assert f.skip_button.isVisible()

    # Step 3 skipped: the conversation would endanger the child.
    f.skip_button.setFocus()
    qtbot.keyClick(f.skip_button, Qt.Key.Key_Space)
    skip = active_dialog(qtbot, win, MeldcodeStepDialog)
    assert skip.skip and keys.focus is skip.form.ground_combo
    assert skip.form.ground_combo.currentData() == "veiligheid kind"
    keys.tab(3)  # datum, gezinslid, toelichting
    keys.type("Vader dreigt bij elk gesprek")
    keys.press(Qt.Key.Key_Return)
    assert not skip.isVisible()
    assert section.step_rows()[2][1].startswith("Overgeslagen op 15-03-2026")
    assert "Gesprek overgeslagen (veiligheid kind)" in section.step_rows()[2][2]

    # Step 4: the questions one by one; acute unsafety settles it (melden).
    weigh = next_step_dialog(qtbot, win, keys)
    first, second = weigh.answers["vermoeden"], weigh.answers["onveiligheid"]
    assert keys.focus is first and second.isHidden()
    keys.press(Qt.Key.Key_Down)  # Ja
    assert second.isVisible() and weigh.form.conclusion_label.text() == ""
    keys.tab()
    assert keys.focus is second
    keys.press(Qt.Key.Key_Down)  # Ja: acute or structural unsafety
    assert weigh.answers["hulp_mogelijk"].isHidden()
    assert "melden bij Veilig Thuis" in weigh.form.conclusion_label.text()
    keys.tab(3)
    keys.type("Acuut onveilig")
    keys.press(Qt.Key.Key_Return)
    assert not weigh.isVisible()
    assert "→ melden bij Veilig Thuis" in section.step_rows()[3][2]

    # Step 5: help alone contradicts the meldnorm: refused at the field, nothing written.
    decide = next_step_dialog(qtbot, win, keys)
    assert keys.focus is decide.form.decision_combo
    assert "melden bij Veilig Thuis" in decide.form.conclusion_label.text()
    keys.press(Qt.Key.Key_Down, times=2)  # hulp organiseren
    assert decide.form.decision_combo.currentData() == "hulp organiseren"
    keys.tab(3)
    keys.type("Hulp via het wijkteam")
    keys.press(Qt.Key.Key_Return)
    assert decide.isVisible()
    combo = decide.form.decision_combo
    assert combo.property("invalid") and "meldnorm" in combo.toolTip()
    assert "meldnorm" in decide.message.text and keys.focus is combo
    assert [s for s, _, _ in steps_on_record(store, hh)] == [1, 2, 3, 4]
    keys.press(Qt.Key.Key_Up)  # melden
    keys.press(Qt.Key.Key_Return)
    assert not decide.isVisible()
    assert steps_on_record(store, hh)[-1] == (5, None, "melden")
    assert "Besluit: melden" in section.step_rows()[4][2]
    assert "afgerond met een besluit" in f.next_label.text()
    assert f.record_button.text() == "Stap 1 &vastleggen…"
    assert f.history_table.rowCount() == 5
    assert not any(s.kind == "meldcode" for s in screen.casefile.signals)


def test_step_4_without_answers_is_refused_at_the_questions(qtbot, win, store, hh):
    meldcode.record_step(store.ctx("rik"), hh.id, 1, "signalen")
    meldcode.record_step(store.ctx("rik"), hh.id, 2, "overleg")
    meldcode.record_step(store.ctx("rik"), hh.id, 3, "gesprek")
    open_file(qtbot, win, hh.id, "meldcode")
    keys = Keyboard(qtbot)
    weigh = next_step_dialog(qtbot, win, keys)
    weigh.form.note_edit.setFocus()
    keys.type("nog niet gewogen")
    keys.press(Qt.Key.Key_Return)
    assert weigh.isVisible()
    assert weigh.form.questions_box.property("invalid") or weigh.answers["vermoeden"].property(
        "invalid"
    )
    assert [s for s, _, _ in steps_on_record(store, hh)] == [1, 2, 3]


def test_enter_on_an_earlier_step_records_it_again(qtbot, win, store, hh):
    meldcode.record_step(store.ctx("rik"), hh.id, 1, "signalen")
    meldcode.record_step(store.ctx("rik"), hh.id, 2, "overleg")
    screen = open_file(qtbot, win, hh.id, "meldcode")
    section = screen.section("meldcode")
    table = section.form.steps_table
    keys = Keyboard(qtbot)
    table.setFocus()
    table.setCurrentCell(3, 0)  # step 4: not before step 3
    keys.press(Qt.Key.Key_Return)
    assert "Stap 4 kan nu niet; de volgende stap is 3" in screen.message.text
    table.setCurrentCell(1, 0)  # step 2 again: consult once more
    keys.press(Qt.Key.Key_Return)
    dialog = active_dialog(qtbot, win, MeldcodeStepDialog)
    assert dialog.step == 2
    keys.type("Opnieuw overlegd met Veilig Thuis")
    keys.press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert [s for s, _, _ in steps_on_record(store, hh)] == [1, 2, 2]
    assert section.step_rows()[1][1].endswith("(2×)")
    assert "Opnieuw overlegd met Veilig Thuis" in section.step_rows()[1][2]
