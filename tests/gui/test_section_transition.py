"""The 18-/18+ section on a real encrypted store, by keyboard: the youths from 16 with their
18th birthday and the signal in words, starting a perspectiefplan in the concept, a checklist
item and the leefgebieden edited, vaststellen with the plan (read-only after), and a stale
checklist edit that shows the conflict and overwrites nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from h4casus.gui.screens.casefile.sections.plan.review_dialogs import FinaliseDialog
from h4casus.gui.screens.casefile.sections.transition.dialogs import (
    ChecklistItemDialog,
    TransitionAreasDialog,
)
from h4casus.services.plan import goals
from h4casus.services.plan import perspectiefplan as transition
from h4casus.services.queries.casefile import open_casefile
from tests.factories import member, register
from tests.gui.plan_helpers import (
    CTRL,
    SHIFT,
    Keyboard,
    active_dialog,
    main_window,
    open_file,
    reactivate,
)

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def hh(store):
    return register(
        store.ctx("rik"),
        members=[
            member("Mira", "Bakker", "1980-01-05", "ouder"),
            member("Daan", "Bakker", "2008-07-01", "kind"),  # 17, 18 on 01-07-2026
            member("Sara", "Bakker", "2011-06-01", "kind"),  # 14: not yet
        ],
    )


@pytest.fixture
def win(qtbot, ops, store, hh):
    window = main_window(qtbot, ops, store)
    yield window
    window.close()


def daan(hh) -> int:
    return next(p.id for p in hh.members if p.given_names == "Daan")


def press(qtbot, button) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_a_youth_gets_a_perspectiefplan_edited_and_vastgesteld_by_keyboard(qtbot, win, store, hh):
    screen = open_file(qtbot, win, hh.id, "transition")
    section = screen.section("transition")
    f = section.form
    assert f.youth_list.count() == 1
    assert f.youth_list.item(0).text() == (
        "Daan Bakker\n17 jaar · 18 op 01-07-2026 · geen perspectiefplan"
    )
    assert f.state_badge.text() == "Geen perspectiefplan"
    assert "Daan Bakker wordt 18 op 01-07-2026: geen perspectiefplan" in f.signal_label.text()
    assert f.checklist_table.rowCount() == 0 and not f.edit_item_button.isEnabled()

    keys = Keyboard(qtbot)
    section.form.youth_list.setFocus()
    with qtbot.waitSignal(f.start_button.clicked, timeout=2000):  # Qt animates the click
        keys.press(Qt.Key.Key_S, ALT)  # Perspectiefplan &starten
    (tv,) = open_casefile(store.ctx("rik"), hh.id).transition
    assert tv.person_id == daan(hh) and not tv.frozen
    assert f.state_badge.text() == "Concept"
    assert "perspectiefplan nog niet vastgesteld" in f.signal_label.text()
    rows = section.checklist_rows()
    assert len(rows) == 10 and rows[0][:2] == ["DigiD en berichtenbox aangevraagd", "Open"]
    assert f.checklist_count.text() == "0 van 10 geregeld"
    assert [f.areas_table.item(r, 0).text() for r in range(2)] == ["Wonen", "School / opleiding"]

    # A checklist item: Enter on the row, status by arrows, who by typing, Enter saves.
    f.checklist_table.setCurrentCell(0, 0)
    f.checklist_table.setFocus()
    keys.press(Qt.Key.Key_Return)
    dialog = active_dialog(qtbot, win, ChecklistItemDialog)
    assert keys.focus is dialog.form.status_combo
    keys.press(Qt.Key.Key_Down, times=2)  # open -> lopend -> geregeld
    keys.tab()
    keys.type("Daan")
    keys.press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert section.checklist_rows()[0][1:3] == ["Geregeld", "Daan"]
    assert f.checklist_count.text() == "1 van 10 geregeld"

    # The leefgebieden.
    reactivate(qtbot, win)
    keys.press(Qt.Key.Key_P, CTRL | SHIFT)
    areas = active_dialog(qtbot, win, TransitionAreasDialog)
    assert keys.focus is areas.form.wonen_edit
    keys.type("Wil op kamers in Delft")
    keys.press(Qt.Key.Key_Return)
    assert not areas.isVisible()
    assert f.areas_table.item(0, 1).text() == "Wil op kamers in Delft"

    # Vaststellen with the plan.
    goals.add_goal(store.ctx("rik"), hh.id, "werk_opleiding", "Diploma", "MBO-2 in 2027")
    win.activateWindow()
    press(qtbot, f.finalise_button)
    finalise = active_dialog(qtbot, win, FinaliseDialog)
    keys.press(Qt.Key.Key_Return)
    assert not finalise.isVisible()
    (tv,) = open_casefile(store.ctx("rik"), hh.id).transition
    assert tv.frozen
    assert f.state_badge.text() == "Vastgesteld"
    assert "vastgesteld" in f.youth_list.item(0).text()
    assert not f.edit_item_button.isEnabled() and not f.edit_areas_button.isEnabled()
    assert f.new_concept_button.isVisible() and f.finalise_button.isHidden()
    assert "perspectiefplan" not in f.signal_label.text()


def test_a_stale_checklist_edit_shows_the_conflict_and_overwrites_nothing(qtbot, win, store, hh):
    tv = transition.start_transition_plan(store.ctx("rik"), hh.id, daan(hh))
    screen = open_file(qtbot, win, hh.id, "transition")
    section = screen.section("transition")
    section.form.checklist_table.setCurrentCell(1, 0)
    dialog = section.edit_item()
    dialog = active_dialog(qtbot, win, ChecklistItemDialog)
    transition.update_checklist_item(
        store.ctx("tim"), tv.items[1].id, tv.items[1].version, responsible="Mira"
    )
    keys = Keyboard(qtbot)
    keys.tab()
    keys.type("Daan")
    keys.press(Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "Iemand anders heeft dit intussen gewijzigd" in dialog.message.text
    (now,) = open_casefile(store.ctx("rik"), hh.id).transition
    assert now.items[1].responsible == "Mira"


def test_a_household_without_youths_says_so(qtbot, win, store):
    other = register(store.ctx("rik"), members=[member("Anna", "Jansen", "1985-04-12", "ouder")])
    screen = open_file(qtbot, win, other.id, "transition")
    section = screen.section("transition")
    assert section.form.youth_list.count() == 0
    assert "Geen jongeren van 16 tot 18" in section.form.youth_note.text()
    assert not section.form.start_button.isEnabled()
