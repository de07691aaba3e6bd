"""A wijkteam's day in the desktop, by keyboard, on one real encrypted store — the "done
when" of the case file: register a household with a 17-year-old, find it by search, open it,
reveal a BSN (and find the reveal in the audit log), add a goal with two actions, record an
evaluation, vaststellen, enter a ZRM measurement, propose AVE 3 (pending), start a handover
and accept it as the other regisseur, open the 18-/18+ section for the youth, and a
conflicting save that shows the conflict and overwrites nothing.

The pieces have their own tests (test_register, test_casefile, test_plan_section,
test_zrm_section, test_section_*); this one ties them together as one user would."""

from __future__ import annotations

from PySide6.QtCore import Qt

from h4casus.gui.screens.casefile.screen import CaseFileScreen
from h4casus.gui.screens.casefile.sections import SECTIONS
from h4casus.gui.screens.casefile.sections.escalation import LevelChangeDialog
from h4casus.gui.screens.casefile.sections.plan.goal_dialogs import GoalDialog
from h4casus.gui.screens.casefile.sections.plan.review_dialogs import (
    EvaluationDialog,
    FinaliseDialog,
)
from h4casus.gui.screens.casefile.sections.regie.dialogs import HandoverDialog
from h4casus.gui.screens.casefile.sections.zrm.entry import MeasurementDialog
from h4casus.services.admin.audit_views import AuditFilter, list_events
from h4casus.services.plan import goals
from h4casus.services.queries.casefile import open_casefile
from tests.factories import BSNS
from tests.gui.plan_helpers import (
    CTRL,
    SHIFT,
    Keyboard,
    active_dialog,
    main_window,
    reactivate,
    tree_texts,
)
from tests.gui.test_register import open_dialog, tab, type_address, type_text

ALT = Qt.KeyboardModifier.AltModifier
ZRM_SCORES = "3241534455231"


def section_key(key: str) -> Qt.Key:
    """Alt+<this digit> shows the section (the order of SECTIONS)."""
    n = [cls.key for cls in SECTIONS].index(key) + 1
    return Qt.Key(Qt.Key.Key_0.value + n)


def register_by_keyboard(qtbot, win, keys: Keyboard) -> None:
    """Anna Visser and Bram (17), a huisarts aanmelding: Ctrl+N, the fields, Ctrl+Enter."""
    dialog = open_dialog(qtbot, win)
    type_address(qtbot, dialog)
    tab(qtbot, 3)
    type_text(qtbot, "Anna")
    tab(qtbot, 2)
    type_text(qtbot, "Visser")
    tab(qtbot)
    type_text(qtbot, "12041985")
    tab(qtbot)
    type_text(qtbot, BSNS[0])
    tab(qtbot, 2)
    keys.press(Qt.Key.Key_Return)  # a second member
    type_text(qtbot, "Bram")
    tab(qtbot, 3)
    type_text(qtbot, "01062008")
    tab(qtbot, 2)
    type_text(qtbot, "k")
    tab(qtbot, 2)
    type_text(qtbot, "h")
    tab(qtbot, 2)
    type_text(qtbot, "Schulden en zorgen om Bram.")
    keys.press(Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()


def test_a_day_of_casework_by_keyboard(qtbot, ops, store):
    win = main_window(qtbot, ops, store, "rik")
    keys = Keyboard(qtbot)

    # Register; the file opens at once. Close it, then find it again and open it.
    register_by_keyboard(qtbot, win, keys)
    screen = win.tabs.currentWidget()
    assert isinstance(screen, CaseFileScreen)
    hid = screen.household_id
    hh = screen.casefile.household
    assert [(p.name, p.age) for p in hh.members] == [("Anna Visser", 40), ("Bram Visser", 17)]
    reactivate(qtbot, win)
    keys.press(Qt.Key.Key_W, CTRL)
    assert not any(isinstance(win.tabs.widget(i), CaseFileScreen) for i in range(win.tabs.count()))
    keys.press(Qt.Key.Key_F, CTRL)
    keys.type("visser")
    keys.press(Qt.Key.Key_Return)
    assert win.households.model.rowCount() == 1
    keys.press(Qt.Key.Key_Down)
    win.households.table.setFocus()
    keys.press(Qt.Key.Key_Return)
    screen = win.tabs.currentWidget()
    assert isinstance(screen, CaseFileScreen) and screen.household_id == hid

    # Overzicht: reveal Anna's BSN; the reveal is in the audit log.
    overview = screen.section("overview")
    table = overview.form.members_table
    assert BSNS[0] not in table.item(0, 4).text()
    table.setFocus()
    table.selectRow(0)
    keys.press(Qt.Key.Key_B, CTRL)
    assert table.item(0, 4).text() == BSNS[0]
    events = list_events(store.ctx("tim"), AuditFilter(household_id=hid))
    assert any(e.action == "person.reveal_bsn" and e.username == "rik" for e in events)
    overview._mask_again()

    # Plan: a goal with two actions in one dialog.
    keys.press(Qt.Key.Key_G, CTRL)
    goal_dialog = active_dialog(qtbot, win, GoalDialog)
    keys.type("w")
    keys.tab()
    keys.type("B")  # Bram
    keys.tab()
    keys.type("Bram haalt zijn diploma")
    keys.tab()
    keys.type("In juni 2026 heeft Bram zijn MBO-2 diploma.")
    keys.tab(2)
    keys.type("Elke dag naar school")
    keys.tab(2)
    keys.type("Bram")
    keys.tab(2)
    keys.type("Gesprek met de mentor")
    keys.tab(2)
    keys.type("Noor")
    keys.press(Qt.Key.Key_Return)
    assert not goal_dialog.isVisible()
    plan = screen.section("plan")
    rows = tree_texts(plan.form.plan_tree)
    assert ["Bram haalt zijn diploma", "Bram Visser"] in [r[:2] for r in rows]
    assert "Elke dag naar school" in [r[0] for r in rows]
    assert "Gesprek met de mentor" in [r[0] for r in rows]

    # An evaluation, then vaststellen.
    reactivate(qtbot, win)
    keys.press(Qt.Key.Key_E, CTRL | SHIFT)
    evaluation = active_dialog(qtbot, win, EvaluationDialog)
    keys.type("Bram gaat weer elke dag.")
    keys.press(Qt.Key.Key_Return, CTRL)
    assert not evaluation.isVisible()
    reactivate(qtbot, win)
    keys.press(Qt.Key.Key_V, CTRL | SHIFT)
    finalise = active_dialog(qtbot, win, FinaliseDialog)
    keys.press(Qt.Key.Key_Return)
    assert not finalise.isVisible()
    cf = open_casefile(store.ctx("rik"), hid)
    assert len(cf.evaluations) == 1 and cf.plan.frozen
    assert cf.household.status == "actief"  # the status moves with the work

    # ZRM: a measurement, a digit per domain.
    reactivate(qtbot, win)
    keys.press(Qt.Key.Key_M, CTRL)
    measurement = active_dialog(qtbot, win, MeasurementDialog)
    for n, digit in enumerate(ZRM_SCORES):
        keys.type(digit)
        if n < len(ZRM_SCORES) - 1:
            keys.tab()
    keys.press(Qt.Key.Key_Return)
    assert not measurement.isVisible()
    (trend,) = open_casefile(store.ctx("rik"), hid).measurements
    assert [d.latest for d in trend.domains] == [int(c) for c in ZRM_SCORES]

    # Op-/afschalen: AVE 3 waits for four eyes.
    reactivate(qtbot, win)
    keys.press(section_key("escalation"), ALT)
    escalation = screen.section("escalation")
    assert screen.form.section_stack.currentWidget() is escalation
    keys.press(Qt.Key.Key_H, CTRL | SHIFT)
    level = active_dialog(qtbot, win, LevelChangeDialog)
    assert level.form.level_combo.currentText() == "AVE 3"
    keys.tab()
    keys.type("Schoolverzuim en schulden lopen op")
    keys.press(Qt.Key.Key_Return)
    assert not level.isVisible()
    assert escalation.form.pending_frame.isVisible()
    assert "wacht op goedkeuring" in escalation.form.pending_label.text()
    assert escalation.history_rows()[0][-1] == "Wacht op goedkeuring"
    cf = open_casefile(store.ctx("rik"), hid)
    assert cf.household.level == "AVE 2" and cf.pending_level_change.to_level == "AVE 3"

    # Regie: a handover to roos, who accepts it in her own session.
    reactivate(qtbot, win)
    keys.press(section_key("regie"), ALT)
    keys.press(Qt.Key.Key_R, CTRL | SHIFT)
    handover = active_dialog(qtbot, win, HandoverDialog)
    assert handover.form.to_combo.currentText().startswith("roos")
    keys.tab()
    keys.type("Roos kent de school van Bram")
    keys.press(Qt.Key.Key_Return)
    assert not handover.isVisible()
    assert "wacht op acceptatie door roos" in screen.section("regie").form.pending_label.text()

    roos = main_window(qtbot, ops, store, "roos")
    roos.open_household(hid)
    theirs = roos.tabs.currentWidget()
    reactivate(qtbot, roos)
    theirs.form.section_list.setFocus()
    keys.press(section_key("regie"), ALT)
    regie = theirs.section("regie")
    assert regie.form.accept_button.isVisible()
    with qtbot.waitSignal(regie.form.accept_button.clicked, timeout=2000):
        keys.press(Qt.Key.Key_A, ALT)  # &Accepteren (Qt animates the click)
    assert open_casefile(store.ctx("roos"), hid).household.regisseur == "roos"
    assert regie.history_rows()[0][2] == "roos"
    assert "regisseur roos" in theirs.form.meta_label.text()

    # 18-/18+: Bram (17) is there, with his 18th birthday and no perspectiefplan yet.
    keys.press(section_key("transition"), ALT)
    transition = theirs.section("transition")
    assert theirs.form.section_stack.currentWidget() is transition
    assert (
        transition.form.youth_list.item(0)
        .text()
        .startswith("Bram Visser\n17 jaar · 18 op 01-06-2026")
    )
    assert transition.form.start_button.isEnabled()

    # A conflicting save: roos starts a new concept and edits the goal while the teamleider
    # changed it meanwhile.
    keys.press(section_key("plan"), ALT)
    their_plan = theirs.section("plan")
    with qtbot.waitSignal(their_plan.form.new_concept_button.clicked, timeout=2000):
        keys.press(Qt.Key.Key_C, ALT)  # Nieuw &concept
    goal = open_casefile(store.ctx("roos"), hid).plan.goals[0]
    assert not open_casefile(store.ctx("roos"), hid).plan.frozen
    tree = their_plan.form.plan_tree
    item = tree.findItems(
        "Bram haalt zijn diploma", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0
    )[0]
    tree.setCurrentItem(item)
    tree.setFocus()
    keys.press(Qt.Key.Key_F2)
    edit = active_dialog(qtbot, roos, GoalDialog)
    goals.update_goal(store.ctx("tim"), goal.id, goal.version, title="Bram haalt MBO-2")
    edit.form.title_edit.setFocus()
    edit.form.title_edit.selectAll()
    keys.type("Bram haalt zijn diploma in juni")
    keys.press(Qt.Key.Key_Return)
    assert edit.isVisible()
    assert "Iemand anders heeft dit intussen gewijzigd" in edit.message.text
    titles = [g.title for g in open_casefile(store.ctx("roos"), hid).plan.goals]
    assert titles == ["Bram haalt MBO-2"]  # nothing overwritten
    edit.reject()
    roos.hide()  # closing would lock the shared store
    win.close()
