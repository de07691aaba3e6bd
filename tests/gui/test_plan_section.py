"""The Plan section driven by keyboard on a real encrypted store: a goal with two actions in
one dialog, an evaluation, vaststellen, the vastgesteld plan read-only with a change that
starts a new concept, what changed between versions, a stale edit that shows the conflict,
errors at the field."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTableWidget

from h4casus.gui.screens.casefile.sections.plan.action_dialog import ActionDialog
from h4casus.gui.screens.casefile.sections.plan.goal_dialogs import GoalDialog
from h4casus.gui.screens.casefile.sections.plan.review_dialogs import (
    DecisionDialog,
    EvaluationDialog,
    FinaliseDialog,
)
from h4casus.gui.screens.casefile.sections.plan.tree import node_of
from h4casus.services.plan import goals, versions
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
    tree_texts,
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


def with_plan(store, hh, *, finalise: bool = False):
    rik = store.ctx("rik")
    goal = goals.add_goal_with_actions(
        rik,
        hh.id,
        "financien",
        "Schulden in beeld",
        "Voor 1 juni staan alle schulden op één lijst.",
        [
            goals.ActionInput("Post sorteren", "inwoner", "Anna"),
            goals.ActionInput("Aanmelden schuldhulp", "wijkteam", deadline="2026-03-01"),
        ],
    )
    if finalise:
        versions.finalise(rik, hh.id, TODAY)
    return goal


def select_row(qtbot, tree, text: str) -> None:
    reactivate(qtbot, tree.window())
    items = tree.findItems(text, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0)
    assert items, text
    tree.setCurrentItem(items[0])
    tree.setFocus()


def test_a_goal_with_two_actions_is_entered_in_one_dialog_by_keyboard(qtbot, win, store, hh):
    screen = open_file(qtbot, win, hh.id, "plan")
    plan = screen.section("plan")
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_G, CTRL)
    dialog = active_dialog(qtbot, win, GoalDialog)
    assert keys.focus is dialog.form.leefgebied_combo
    keys.type("w")  # Werk & opleiding
    keys.tab()
    keys.type("S")  # Sara Jansen
    keys.tab()
    keys.type("Sara gaat weer naar school")
    keys.tab()
    keys.type("Voor de zomervakantie elke schooldag aanwezig.")
    keys.tab(2)  # status stays open
    keys.type("Wekker zetten en samen ontbijten")
    keys.tab()  # owner of line 1 is inwoner already
    keys.tab()
    keys.type("Anna")
    keys.tab()
    keys.type("01-04-2026")
    keys.tab()
    keys.type("Gesprek met de mentor")
    keys.tab()  # wijkteam
    keys.tab()
    keys.type("Noor")
    keys.press(Qt.Key.Key_Return)
    assert not dialog.isVisible()

    cf = open_casefile(store.ctx("rik"), hh.id)
    (goal,) = cf.plan.goals
    sara = next(p for p in hh.members if p.given_names == "Sara")
    assert (goal.leefgebied_code, goal.person_id, goal.title) == (
        "werk_opleiding",
        sara.id,
        "Sara gaat weer naar school",
    )
    assert [
        (a.description, a.responsible_type, a.responsible_name, a.deadline) for a in goal.actions
    ] == [
        ("Wekker zetten en samen ontbijten", "inwoner", "Anna", date(2026, 4, 1)),
        ("Gesprek met de mentor", "wijkteam", "Noor", None),
    ]
    rows = tree_texts(plan.form.plan_tree)
    assert rows[0][0].startswith("Werk & opleiding")
    assert rows[1][:2] == ["Sara gaat weer naar school", "Sara Jansen"]
    assert rows[2][0] == "Huishouden en netwerk"
    assert rows[3][:3] == ["Wekker zetten en samen ontbijten", "Inwoner · Anna", "01-04-2026"]
    assert rows[4][0] == "Professionals"
    assert rows[5][:2] == ["Gesprek met de mentor", "Wijkteam · Noor"]
    assert node_of(plan.form.plan_tree.currentItem()).goal.title == "Sara gaat weer naar school"
    assert "Concept" in plan.form.state_label.text()
    assert keys.other <= 14  # Tabs and Enter; no mouse


def test_an_error_in_an_action_line_is_shown_at_that_field_and_nothing_is_written(
    qtbot, win, store, hh
):
    open_file(qtbot, win, hh.id, "plan")
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_G, CTRL)
    dialog = active_dialog(qtbot, win, GoalDialog)
    f = dialog.form
    f.title_edit.setText("Rust in huis")
    f.result_edit.setPlainText("Binnen drie maanden geen politie-inzet meer.")
    line = dialog.lines[1]
    line.description.setText("Afspraak met buurtbemiddeling")
    line.deadline.setText("31-02-2026")
    dialog.submit()
    assert dialog.isVisible()
    assert line.deadline.property("invalid") is True
    assert "actie 1: deadline" in dialog.message.text
    assert QApplication.focusWidget() is line.deadline
    assert open_casefile(store.ctx("rik"), hh.id).plan is None


def test_overdue_actions_say_so_in_words_and_in_colour(qtbot, win, store, hh):
    with_plan(store, hh)
    screen = open_file(qtbot, win, hh.id, "plan")
    rows = tree_texts(screen.section("plan").form.plan_tree)
    deadline = next(r for r in rows if r[0] == "Aanmelden schuldhulp")[2]
    assert deadline == "01-03-2026 (verlopen)"


def test_an_action_is_added_to_the_chosen_goal_with_ctrl_shift_a(qtbot, win, store, hh):
    with_plan(store, hh)
    screen = open_file(qtbot, win, hh.id, "plan")
    tree = screen.section("plan").form.plan_tree
    select_row(qtbot, tree, "Schulden in beeld")
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_A, CTRL | SHIFT)
    dialog = active_dialog(qtbot, win, ActionDialog)
    assert dialog.form.goal_combo.currentText().startswith("Schulden in beeld")
    keys.type("Buurman helpt met de brieven")
    keys.tab()
    keys.type("n")  # netwerk
    keys.press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (goal,) = open_casefile(store.ctx("rik"), hh.id).plan.goals
    assert (goal.actions[-1].description, goal.actions[-1].responsible_type) == (
        "Buurman helpt met de brieven",
        "netwerk",
    )
    assert node_of(tree.currentItem()).action.description == "Buurman helpt met de brieven"


def test_vaststellen_by_keyboard_freezes_the_plan_and_a_change_starts_a_new_concept(
    qtbot, win, store, hh
):
    goal = with_plan(store, hh)
    screen = open_file(qtbot, win, hh.id, "plan")
    plan = screen.section("plan")
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_V, CTRL | SHIFT)
    dialog = active_dialog(qtbot, win, FinaliseDialog)
    assert keys.focus is dialog.form.agreed_edit
    assert "2 acties: 1 door het huishouden en het netwerk" in dialog.form.summary_label.text()
    keys.press(Qt.Key.Key_Return)  # akkoord today
    assert not dialog.isVisible()
    f = plan.form
    assert "Vastgesteld op 15-03-2026" in f.state_label.text()
    assert "akkoord huishouden 15-03-2026" in f.state_label.text()
    assert f.finalise_button.isHidden() and not f.new_concept_button.isHidden()
    v1 = open_casefile(store.ctx("rik"), hh.id).last_finalised

    # The vastgestelde version is read-only: a change says so and lands in a new concept.
    select_row(qtbot, f.plan_tree, "Schulden in beeld")
    keys.press(Qt.Key.Key_F2)
    edit = active_dialog(qtbot, win, GoalDialog)
    assert edit.form.note_label.isVisible()
    assert "begint concept versie 2" in edit.form.note_label.text()
    edit.form.title_edit.setFocus()
    edit.form.title_edit.setText("Schulden op een rij")
    keys.press(Qt.Key.Key_Return)
    assert not edit.isVisible()
    cf = open_casefile(store.ctx("rik"), hh.id)
    assert cf.plan.number == 2 and not cf.plan.frozen
    assert cf.plan.goals[0].title == "Schulden op een rij"
    assert versions.get_version(store.ctx("rik"), v1.id).goals[0].title == goal.title
    assert "Concept — nog niet vastgesteld" in f.state_label.text()
    assert "de geldende versie is 1" in f.state_label.text()
    assert f.plan_tabs.tabText(2) == "Ve&rsies (2)"


def test_an_evaluation_is_recorded_by_keyboard(qtbot, win, store, hh):
    goal = with_plan(store, hh, finalise=True)
    screen = open_file(qtbot, win, hh.id, "plan")
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_E, CTRL | SHIFT)
    dialog = active_dialog(qtbot, win, EvaluationDialog)
    assert keys.focus is dialog.form.summary_edit
    level = screen.casefile.level
    expected_next = TODAY + timedelta(days=level.review_interval_days)
    assert dialog.form.next_edit.date().toPython() == expected_next
    keys.type("Lijst is bijna af; twee schuldeisers ontbreken nog.")
    keys.tab()
    combo = keys.focus
    assert combo is dialog.outcomes[goal.id][0]
    keys.press(Qt.Key.Key_Down, times=2)  # the second outcome the services offer
    chosen = combo.currentData()
    keys.tab()
    keys.type("nog twee schuldeisers")
    keys.press(Qt.Key.Key_Return)
    assert not dialog.isVisible()

    cf = open_casefile(store.ctx("rik"), hh.id)
    (ev,) = cf.evaluations
    assert ev.held_on == TODAY and ev.next_evaluation_date == expected_next
    assert [(o.goal_id, o.outcome, o.note) for o in ev.outcomes] == [
        (goal.id, chosen, "nog twee schuldeisers")
    ]
    assert cf.household.next_review_date == expected_next
    plan = screen.section("plan")
    table = plan.form.evaluations_table
    assert plan.form.plan_tabs.currentIndex() == 1
    assert table.rowCount() == 1 and table.item(0, 0).text() == "15-03-2026"
    assert "Schulden in beeld" in table.item(0, 3).text()


def test_what_changed_between_two_versions_is_shown(qtbot, win, store, hh):
    goal = with_plan(store, hh, finalise=True)
    rik = store.ctx("rik")
    goals.update_goal(rik, goal.id, new_concept=True, status="lopend")
    goals.add_goal(rik, hh.id, "huisvesting", "Woning behouden", "Geen huurachterstand.")
    screen = open_file(qtbot, win, hh.id, "plan")
    plan = screen.section("plan")
    plan.form.plan_tabs.setCurrentIndex(2)
    assert plan.form.versions_table.rowCount() == 2
    assert plan.form.from_combo.currentText().startswith("1")
    assert plan.form.to_combo.currentText().startswith("2")
    assert "1 toegevoegd, 0 verwijderd, 1 gewijzigd" in plan.form.compare_summary.text()
    rows = tree_texts(plan.form.changes_tree)
    assert ["Gewijzigd", "Doel: Schulden in beeld (Financiën · Hele huishouden)"] in rows
    assert ["", "status: Open → Lopend"] in rows
    assert ["Toegevoegd", "Doel: Woning behouden (Huisvesting · Hele huishouden)"] in rows
    # the other way round, chosen by keyboard in the first choice
    plan.form.from_combo.setCurrentIndex(
        plan.form.from_combo.findData(plan.versions.versions[1].id)
    )
    plan.form.to_combo.setCurrentIndex(plan.form.to_combo.findData(plan.versions.versions[0].id))
    assert "0 toegevoegd, 1 verwijderd, 1 gewijzigd" in plan.form.compare_summary.text()


def test_a_stale_goal_edit_shows_the_conflict_and_overwrites_nothing(qtbot, win, store, hh):
    goal = with_plan(store, hh)
    screen = open_file(qtbot, win, hh.id, "plan")
    tree = screen.section("plan").form.plan_tree
    select_row(qtbot, tree, "Schulden in beeld")
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_F2)
    dialog = active_dialog(qtbot, win, GoalDialog)
    # meanwhile the teamleider, in a session of his own, changes the same goal
    goals.update_goal(store.ctx("tim"), goal.id, goal.version, title="Schulden op papier")
    dialog.form.title_edit.setText("Schulden in kaart")
    dialog.form.title_edit.setFocus()
    keys.press(Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "Iemand anders heeft dit intussen gewijzigd" in dialog.message.text
    labels = [b.text() for b in dialog.message._buttons]
    assert labels == ["Opnieuw laden", "Vergelijken"]
    assert open_casefile(store.ctx("rik"), hh.id).plan.goals[0].title == "Schulden op papier"

    dialog.message._buttons[1].click()  # Vergelijken
    table = next(t for t in dialog.findChildren(QTableWidget) if t.objectName() == "compareTable")
    assert (table.item(2, 0).text(), table.item(2, 2).text(), table.item(2, 3).text()) == (
        "≠",
        "Schulden in kaart",
        "Schulden op papier",
    )
    table.window().close()
    dialog.submit()  # still stale: the same conflict again
    assert "Iemand anders" in dialog.message.text
    dialog.message._buttons[0].click()  # Opnieuw laden
    assert dialog.form.title_edit.text() == "Schulden op papier"
    dialog.form.title_edit.setText("Schulden in kaart")
    dialog.submit()
    assert not dialog.isVisible()
    assert open_casefile(store.ctx("rik"), hh.id).plan.goals[0].title == "Schulden in kaart"


def test_removing_an_action_asks_first(qtbot, win, store, hh):
    with_plan(store, hh)
    screen = open_file(qtbot, win, hh.id, "plan")
    plan = screen.section("plan")
    select_row(qtbot, plan.form.plan_tree, "Post sorteren")
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Delete)
    box = active_dialog(qtbot, plan, QMessageBox)
    assert "Post sorteren" in box.text()
    keys.press(Qt.Key.Key_Return)
    (goal,) = open_casefile(store.ctx("rik"), hh.id).plan.goals
    assert [a.description for a in goal.actions] == ["Aanmelden schuldhulp"]
    assert node_of(plan.form.plan_tree.currentItem()).goal.title == "Schulden in beeld"


def test_who_may_not_edit_the_plan_sees_it_read_only(qtbot, ops, store, hh):
    with_plan(store, hh)
    window = main_window(qtbot, ops, store, "carla")  # consulent of the team, not assigned
    screen = open_file(qtbot, window, hh.id, "plan")
    f = screen.section("plan").form
    assert f.plan_tree.topLevelItemCount() == 1
    for button in (f.add_goal_button, f.add_action_button, f.edit_button, f.finalise_button):
        assert not button.isEnabled()
    Keyboard(qtbot).press(Qt.Key.Key_G, CTRL)
    assert not [w for w in window.findChildren(GoalDialog) if w.isVisible()]
    window.close()


def test_a_decision_is_weighed_in_hart_wet_and_euro_and_listed(qtbot, win, store, hh):
    screen = open_file(qtbot, win, hh.id, "plan")
    plan = screen.section("plan")
    plan.form.plan_tabs.setCurrentIndex(3)
    plan.form.decision_button.click()
    dialog = active_dialog(qtbot, win, DecisionDialog)
    keys = Keyboard(qtbot)
    assert keys.focus is dialog.form.subject_edit
    keys.type("Beschermingsbewind")
    keys.tab()
    for text in (
        "Rust over geld",
        "Bewind via de kantonrechter",
        "Kosten via bijzondere bijstand",
        "Aanvraag bewind indienen",
    ):
        keys.type(text)
        keys.tab()
    assert keys.focus is dialog.form.date_edit  # last: it stays today
    keys.press(Qt.Key.Key_Return)
    assert not dialog.isVisible(), dialog.message.text
    (decision,) = open_casefile(store.ctx("rik"), hh.id).decisions
    assert (decision.subject, decision.hart, decision.euro) == (
        "Beschermingsbewind",
        "Rust over geld",
        "Kosten via bijzondere bijstand",
    )
    table = plan.form.decisions_table
    assert [table.item(0, c).text() for c in (1, 2, 3)] == [
        "Beschermingsbewind",
        "Rust over geld",
        "Bewind via de kantonrechter",
    ]
    assert plan.form.plan_tabs.tabText(3) == "Besl&uiten (1)"


def test_enter_on_a_leefgebied_adds_a_goal_there_and_new_concept_starts_one(qtbot, win, store, hh):
    with_plan(store, hh, finalise=True)
    screen = open_file(qtbot, win, hh.id, "plan")
    plan = screen.section("plan")
    tree = plan.form.plan_tree
    reactivate(qtbot, win)
    tree.setCurrentItem(tree.topLevelItem(0))  # "Financiën · 1 doel"
    tree.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Return)
    dialog = active_dialog(qtbot, win, GoalDialog)
    assert dialog.form.leefgebied_combo.currentData() == "financien"
    assert keys.focus is dialog.form.leefgebied_combo
    dialog.reject()
    reactivate(qtbot, win)
    assert plan.form.new_concept_button.isVisible()
    plan.form.new_concept_button.click()
    cf = open_casefile(store.ctx("rik"), hh.id)
    assert cf.plan.number == 2 and not cf.plan.frozen
    assert "Nieuw concept begonnen" in screen.message.text
    assert plan.form.finalise_button.isVisible()
