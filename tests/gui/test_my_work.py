"""Mijn werk, driven by keyboard: each role's worklists with their counts; a teamleider
approves a regisseur's AVE 3 request (never their own) and a handover that needs approval;
declining asks a reason; break-glass grants access with a typed reason, a banner counts down
the time left, and ending it early takes the access away; the beheerder sees no case content."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from h4casus.domain.errors import PermissionDenied
from h4casus.gui.screens.breakglass.dialog import BreakGlassDialog
from h4casus.gui.screens.casefile.screen import CaseFileScreen
from h4casus.gui.screens.mywork.approval_dialog import ApprovalDialog
from h4casus.gui.screens.mywork.screen import KEY_ROLE
from h4casus.services.access import breakglass
from h4casus.services.admin.configuration import update_settings
from h4casus.services.casework import escalation, regie
from h4casus.services.queries.casefile import open_casefile
from h4casus.services.queries.worklists import ApprovalItem
from h4casus.services.store.backup import create_backup
from h4casus.services.store.verification import verify_store
from tests.factories import ADMIN, TEAM_A, TEAM_B, register
from tests.gui.plan_helpers import CTRL, main_window
from tests.services.helpers import active_holders, household_row

SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
REASON = "melding Veilig Thuis in de nacht, regisseur niet bereikbaar"


def activate(qtbot, widget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)


def lines(win) -> dict[str, str]:
    """Worklist key -> its line in the list of worklists."""
    lst = win.my_work.lists
    return {
        lst.item(i).data(KEY_ROLE): lst.item(i).text()
        for i in range(lst.count())
        if lst.item(i).data(KEY_ROLE)
    }


def choose(qtbot, win, key: str) -> None:
    """Home, then Down through the worklists until `key` is chosen, then Right into its
    rows."""
    lst = win.my_work.lists
    activate(qtbot, win)
    lst.setFocus()
    qtbot.keyClick(lst, Qt.Key.Key_Home)
    for _ in range(lst.count()):
        if lst.currentItem() is not None and lst.currentItem().data(KEY_ROLE) == key:
            break
        qtbot.keyClick(lst, Qt.Key.Key_Down)
    assert lst.currentItem().data(KEY_ROLE) == key
    qtbot.keyClick(lst, Qt.Key.Key_Right)
    if win.my_work.form.stack.currentWidget() is win.my_work.tree:  # an empty list stays
        assert win.my_work.tree.hasFocus()


def cells(win) -> list[list[str]]:
    tree = win.my_work.tree
    return [
        [tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
        for r in range(tree.topLevelItemCount())
    ]


def open_dialog(qtbot, win, cls):
    (dialog,) = [d for d in win.findChildren(cls) if d.isVisible()]
    activate(qtbot, dialog)
    return dialog


@pytest.fixture
def hh(store):
    return register(store.ctx("rik"))


def test_mijn_werk_is_the_start_screen_and_ctrl_1_comes_back(qtbot, ops, store, hh):
    win = main_window(qtbot, ops, store, "rik")
    activate(qtbot, win)
    assert win.tabs.currentWidget() is win.my_work and win.tabs.tabText(0) == "Mijn werk"
    assert win.my_work.lists.hasFocus()
    assert lines(win)["my_households"] == "Mijn huishoudens (1)"
    choose(qtbot, win, "my_households")
    assert cells(win)[0][:2] == [hh.case_number, hh.display_name]
    qtbot.keyClick(win.my_work.tree, Qt.Key.Key_Return)  # Enter opens the case file
    screen = win.tabs.currentWidget()
    assert isinstance(screen, CaseFileScreen) and screen.household_id == hh.id
    activate(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_1, CTRL)
    assert win.tabs.currentWidget() is win.my_work and win.my_work.lists.hasFocus()
    win.close()


def test_a_teamleider_approves_a_regisseurs_ave3_request_from_mijn_werk(qtbot, ops, store, hh):
    change = escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 3", "schulden, OTS")
    win = main_window(qtbot, ops, store, "tim")
    assert lines(win)["approvals"] == "Goed te keuren (1)"
    choose(qtbot, win, "approvals")
    assert cells(win)[0][:4] == [
        "Op- of afschaling",
        hh.case_number,
        hh.display_name,
        "AVE 2 → AVE 3",
    ]
    qtbot.keyClick(win.my_work.tree, Qt.Key.Key_Return)
    dialog = open_dialog(qtbot, win, ApprovalDialog)
    f = dialog.form
    assert "AVE 2 → AVE 3" in f.subject_label.text() and hh.display_name in f.subject_label.text()
    assert "schulden, OTS" in f.request_label.text() and "rik" in f.request_label.text()
    context = f.context_text.toPlainText()
    for expected in ("Niveauhistorie", "Plan", "Evaluatie", "nog geen evaluatie"):
        assert expected in context
    assert f.note_edit.hasFocus() and dialog.save_button.isEnabled()
    qtbot.keyClicks(f.note_edit, "akkoord in casusoverleg")
    qtbot.keyClick(f.note_edit, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    row = household_row(store, hh.id)
    assert row.level_code == "AVE 3"
    (done,) = [c for c in escalation.level_history(store.ctx("tim"), hh.id) if c.id == change.id]
    assert done.status == "doorgevoerd" and done.decision_note == "akkoord in casusoverleg"
    assert lines(win)["approvals"] == "Goed te keuren (0)"  # refreshed on ops.changed
    win.close()


def test_a_teamleider_is_never_offered_their_own_request(qtbot, ops, store, hh):
    own = escalation.request_level_change(store.ctx("tim"), hh.id, "AVE 4", "acuut onveilig")
    win = main_window(qtbot, ops, store, "tim")
    assert lines(win)["approvals"] == "Goed te keuren (0)"
    choose(qtbot, win, "approvals")
    assert win.my_work.form.stack.currentWidget() is win.my_work.form.empty_label
    assert "vier ogen" in win.my_work.form.list_note_label.text()
    # forced open all the same: the service's refusal is shown, nothing can be decided
    item = ApprovalItem(
        "op- of afschaling", own.id, hh.id, "", "", 0, "tim", own.requested_at, "", 1
    )
    dialog = win.my_work.open_approval(item)
    assert "vier ogen" in dialog.message.text
    assert not dialog.save_button.isEnabled() and not dialog.decline_button.isEnabled()
    dialog.reject()
    assert household_row(store, hh.id).level_code == "AVE 2"
    win.close()


def test_a_handover_that_needs_approval_goes_through_and_declining_needs_a_reason(
    qtbot, ops, store, hh
):
    update_settings(store.ctx(ADMIN), {"handover_requires_approval": "always"})
    h = regie.propose_handover(store.ctx("rik"), hh.id, "roos", "rik gaat met verlof")
    regie.accept_handover(store.ctx("roos"), h.id)
    win = main_window(qtbot, ops, store, "tim")
    choose(qtbot, win, "approvals")
    assert cells(win)[0][0] == "Overdracht" and cells(win)[0][3] == "rik → roos"
    qtbot.keyClick(win.my_work.tree, Qt.Key.Key_Return)
    dialog = open_dialog(qtbot, win, ApprovalDialog)
    assert "Regiehistorie" in dialog.form.context_text.toPlainText()
    dialog.decline_button.setFocus()  # Tab to Afwijzen, then Space
    qtbot.keyClick(dialog.decline_button, Qt.Key.Key_Space)
    assert dialog.isVisible() and "reden" in dialog.message.text
    assert dialog.form.note_edit.property("invalid") is True
    assert active_holders(store, hh.id) == [(store.ctx("rik").actor.user_id, None)]
    qtbot.keyClicks(dialog.form.note_edit, "prima, roos neemt het over")
    qtbot.keyClick(dialog.form.note_edit, Qt.Key.Key_Return, CTRL)  # Goedkeuren
    assert not dialog.isVisible()
    assert active_holders(store, hh.id) == [(store.ctx("roos").actor.user_id, None)]
    assert lines(win)["approvals"] == "Goed te keuren (0)"
    win.close()


def test_break_glass_grants_shows_the_time_left_and_ends_early(qtbot, ops, store):
    other = register(store.ctx("rob"), team=TEAM_B)
    tim = store.ctx("tim")
    with pytest.raises(PermissionDenied):
        open_casefile(tim, other.id)
    win = main_window(qtbot, ops, store, "tim")
    assert not win.breakglass_banner.isVisible()
    activate(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_U, SHIFT_CTRL)
    dialog = open_dialog(qtbot, win, BreakGlassDialog)
    f = dialog.form
    assert f.case_number_edit.hasFocus() and "4 uur" in f.duration_label.text()
    qtbot.keyClicks(f.case_number_edit, other.case_number)
    qtbot.keyClick(f.case_number_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(f.reason_edit, "spoed")
    assert "nog 15 nodig" in f.reason_count_label.text()
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(f.reason_edit, ": " + REASON)
    assert "voldoende" in f.reason_count_label.text() and dialog.save_button.isEnabled()
    qtbot.keyClick(f.reason_edit, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    screen = win.tabs.currentWidget()
    assert isinstance(screen, CaseFileScreen) and screen.household_id == other.id
    assert screen.casefile is not None  # opened under the grant
    banner = win.breakglass_banner
    assert banner.isVisible() and other.case_number in banner.text
    assert "nog 4:00:00" in banner.text
    store.clock.advance(hours=1, minutes=15)
    qtbot.wait(1100)  # the banner counts down once a second
    assert "nog 2:45:00" in banner.text
    assert lines(win)["breakglass"] == "Noodtoegang die loopt (1)"
    (end,) = banner.end_buttons
    end.setFocus()
    qtbot.keyClick(end, Qt.Key.Key_Space)
    assert not banner.isVisible()
    assert win.case_files() == []  # nothing read under the grant stays on screen
    with pytest.raises(PermissionDenied):
        open_casefile(tim, other.id)
    win.open_household(other.id)  # opening it again is refused in words
    (again,) = win.case_files()
    assert "geen recht" in again.form.loading_label.text() and again.casefile is None
    activate(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_1, CTRL)
    assert lines(win)["breakglass"] == "Noodtoegang die loopt (0)"
    win.close()


def test_break_glass_that_runs_out_closes_the_case_file_read_under_it(qtbot, ops, store):
    other = register(store.ctx("rob"), team=TEAM_B)
    breakglass.request_access(store.ctx("tim"), other.id, REASON)
    win = main_window(qtbot, ops, store, "tim")
    assert "nog 4:00:00" in win.breakglass_banner.text
    win.open_household(other.id)
    assert [s.household_id for s in win.case_files()] == [other.id]
    store.clock.advance(hours=4, seconds=1)
    qtbot.waitUntil(lambda: not win.breakglass_banner.isVisible(), timeout=3000)
    assert win.case_files() == []
    win.close()


# One window per test: closing a window ends the session and locks the (shared) test store.


def test_a_regisseur_sees_their_own_lists(qtbot, ops, store, hh):
    escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 3", "zorgen")
    rik = main_window(qtbot, ops, store, "rik")
    assert lines(rik) == {
        "my_households": "Mijn huishoudens (1)",
        "my_overdue": "Mijn verlopen evaluaties (0)",
        "handovers_for_me": "Overdrachten aan mij (0)",
        "my_transition": "Bijna 18, zonder vastgesteld perspectiefplan (0)",
        "nazorg": "Nazorg: contactmoment (0)",
        "late_actions": "Acties over de deadline (0)",
    }
    assert not rik.my_work.form.breakglass_button.isVisible()
    rik.close()


def test_a_teamleider_sees_approvals_and_the_caseload_per_regisseur(qtbot, ops, store, hh):
    escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 3", "zorgen")
    tim = main_window(qtbot, ops, store, "tim")
    assert lines(tim) == {
        "approvals": "Goed te keuren (1)",
        "regie_escalations": "Regie op regie: open escalaties (0)",
        "team_overdue": "Verlopen evaluaties van het team (0)",
        "stalled": "Vastgelopen hulp in het team (0)",
        "team_youths": "Jongeren bijna 18 (0)",
        "caseload": "Caseload per regisseur — binnen de norm",
        "breakglass": "Noodtoegang die loopt (0)",
    }
    choose(qtbot, tim, "caseload")
    by_name = {row[1]: row for row in cells(tim)}
    assert by_name["rik"] == [TEAM_A, "rik", "1", "AVE 2: 1", "2", "40", "5%"]
    tim.close()


def test_the_beheerder_sees_administration_and_no_case_content(qtbot, ops, store, hh):
    create_backup(store.ctx("bert"), store.path.with_name("handmatig.h4cbak"))
    verify_store(store.ctx("bert"))
    bert = main_window(qtbot, ops, store, "bert")
    found = lines(bert)
    assert set(found) == {"retention", "locked_accounts", "backup", "verify"}
    assert found["retention"] == "Bewaartermijn verstreken (0)"
    assert found["backup"].startswith("Laatste back-up — ") and "NIET" not in found["backup"]
    assert found["verify"].startswith("Laatste controle (verify) — ")
    assert "nog niet" not in found["verify"]
    choose(qtbot, bert, "backup")
    (backup,) = cells(bert)
    # the daily backup of the sign-in came after the one made by hand: it is the last
    assert backup[1].startswith("h4casus-") and backup[3] == "automatisch (bert)"
    assert "volledig en echt" in backup[4]
    choose(qtbot, bert, "verify")
    assert cells(bert)[0][0].endswith(("in orde", "NIET IN ORDE"))
    seen = []
    for key in lines(bert):
        choose(qtbot, bert, key)
        seen += [c for row in cells(bert) for c in row]
        seen.append(bert.my_work.form.empty_label.text())
    shown = " ".join(seen)
    for word in (hh.display_name, hh.case_number, *(p.family_name for p in hh.members)):
        assert word not in shown
    assert not bert.my_work.form.open_button.isEnabled()  # nothing there opens a case file
    bert.close()
