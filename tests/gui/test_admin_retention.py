"""Beheer › Bewaartermijnen by keyboard: four eyes — the beheerder who proposes destroying a
file cannot approve it; another beheerder approves and the file is gone."""

from __future__ import annotations

from datetime import datetime

from h4casus.domain.errors import NotFound
from h4casus.gui.screens.admin.retention import RetentionScreen
from h4casus.services.casework.households import get_household
from h4casus.services.privacy.retention import list_proposals
from tests.factories import register
from tests.gui.admin_helpers import log_rows, open_screen, open_window, press, select_row, texts
from tests.privacy.helpers import close_file


def test_the_proposer_cannot_approve_another_beheerder_does(qtbot, ops, store):
    hh = register(store.ctx("rik"))
    close_file(store, hh.id, datetime(2005, 6, 1, 12, 0))  # wmo: 15 years, long past
    window = open_window(qtbot, ops, store, "beheer")
    screen = open_screen(window, RetentionScreen)
    assert [screen.form.due_table.item(r, 0).text() for r in range(1)] == [hh.case_number]
    shown = " ".join(texts(screen))
    assert "Jansen" not in shown and "Oude Delft" not in shown  # case number and dates only

    select_row(qtbot, screen.form.due_table, hh.case_number)
    press(qtbot, screen.form.destroy_button)
    (proposal,) = list_proposals(store.admin)
    assert proposal.proposed_by == "beheer" and proposal.mode == "vernietigen"
    assert screen.form.proposals_table.rowCount() == 1

    select_row(qtbot, screen.form.proposals_table, str(proposal.id))
    press(qtbot, screen.form.approve_button)
    assert "definitief vernietigd" in screen.message.text
    press(qtbot, screen.message._buttons[0])  # confirm
    assert "vier ogen" in screen.message.text.lower()
    assert get_household(store.ctx("tim"), hh.id).case_number == hh.case_number  # still there

    other = open_window(qtbot, ops, store, "bert")
    screen = open_screen(other, RetentionScreen)
    select_row(qtbot, screen.form.proposals_table, str(proposal.id))
    press(qtbot, screen.form.approve_button)
    press(qtbot, screen.message._buttons[0])
    assert f"dossier {hh.case_number} vernietigen" in screen.message.text
    try:
        get_household(store.ctx("tim"), hh.id)
        raise AssertionError("the file still exists")
    except NotFound:
        pass
    assert screen.form.due_table.rowCount() == 0 and screen.form.proposals_table.rowCount() == 0
    done = [r for r in log_rows(store, action="retention") if r.household_id == hh.id]
    assert [r.username for r in done] == ["beheer", "bert"]
    other.close()
    window.close()
