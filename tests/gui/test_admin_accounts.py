"""Beheer › Accounts by keyboard: removing a regisseur hands their households over to the
colleague chosen; an account is added with a role, gets a second one, and loses one; a
role its households still need is not taken away; Beheer › Teams adds and renames."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from h4casus.gui.screens.admin.accounts import AccountsScreen
from h4casus.gui.screens.admin.teams import TeamsScreen
from h4casus.security.lockout import KeyGuard
from h4casus.services.admin.accounts import list_accounts
from h4casus.services.admin.teams import list_teams
from h4casus.services.casework.households import get_household
from h4casus.services.store.session import sign_in
from tests.factories import TEAM_A, TEAM_B, USER_PASSWORD, register
from tests.gui.admin_helpers import (
    choose,
    dialogs,
    enter,
    log_rows,
    new_dialog,
    open_screen,
    open_window,
    press,
    select_row,
    type_into,
)


@pytest.fixture
def window(qtbot, ops, store):
    win = open_window(qtbot, ops, store, "beheer")
    yield win
    win.close()


def roles_of(store, username: str) -> set[tuple[str, str | None]]:
    account = next(a for a in list_accounts(store.admin) if a.username == username)
    return set(account.roles)


def test_removing_a_regisseur_hands_their_households_to_the_chosen_colleague(qtbot, window, store):
    rik = store.ctx("rik")
    a, b = register(rik), register(rik, street="Voorstraat", house_number=3)
    screen = open_screen(window, AccountsScreen)
    row = next(r for r in screen.rows if r.username == "rik")
    assert row.households == 2 and "2 huishoudens" in screen._cells(row)

    select_row(qtbot, screen.form.accounts_table, "rik")
    before = dialogs(window)
    press(qtbot, screen.form.remove_button)
    dialog = new_dialog(window, before)
    f = dialog.form
    assert a.case_number in f.cases_label.text() and b.case_number in f.cases_label.text()
    candidates = [f.receiver_combo.itemData(i) for i in range(f.receiver_combo.count())]
    assert "roos" in candidates and "rob" not in candidates  # rob works in another team
    assert "bert" not in candidates  # a beheerder only: no casework role
    choose(qtbot, f.receiver_combo, "roos")
    enter(qtbot, f.receiver_combo)
    assert not dialog.isVisible()

    tim = store.ctx("tim")
    assert get_household(tim, a.id).regisseur == "roos"
    assert get_household(tim, b.id).regisseur == "roos"
    rik_now = next(x for x in list_accounts(store.admin) if x.username == "rik")
    assert not rik_now.active
    moves = log_rows(store, action="regie.transfer")
    assert {r.household_id for r in moves} == {a.id, b.id}
    assert all(r.detail == "regie van rik naar roos" and r.username == "beheer" for r in moves)
    assert "2 huishouden(s) overgedragen aan roos" in screen.message.text
    removed = next(r for r in screen.rows if r.username == "rik")
    assert screen._cells(removed)[3] == "gedeactiveerd"


def test_add_an_account_with_a_role_give_it_another_and_take_one_away(qtbot, window, store):
    screen = open_screen(window, AccountsScreen)
    before = dialogs(window)
    press(qtbot, screen.form.add_button)
    dialog = new_dialog(window, before)
    f = dialog.form
    type_into(qtbot, f.username_edit, "sanne")
    type_into(qtbot, f.display_name_edit, "Sanne de Wit")
    type_into(qtbot, f.password_edit, USER_PASSWORD)
    type_into(qtbot, f.repeat_edit, USER_PASSWORD + "x")
    choose(qtbot, f.role_combo, "Regisseur")
    choose(qtbot, f.team_combo, TEAM_A)
    enter(qtbot, f.team_combo)
    assert dialog.isVisible() and "herhaling" in dialog.message.text  # repetition differs
    assert all(a.username != "sanne" for a in list_accounts(store.admin))
    type_into(qtbot, f.repeat_edit, USER_PASSWORD)
    enter(qtbot, f.repeat_edit)
    assert not dialog.isVisible()
    assert roles_of(store, "sanne") == {("regisseur", TEAM_A)}
    assert any(r.username == "sanne" for r in screen.rows)  # the list reloaded itself

    select_row(qtbot, screen.form.accounts_table, "sanne")
    before = dialogs(window)
    press(qtbot, screen.form.grant_button)
    dialog = new_dialog(window, before)
    choose(qtbot, dialog.form.role_combo, "Teamleider")
    choose(qtbot, dialog.form.team_combo, TEAM_B)
    enter(qtbot, dialog.form.team_combo)
    assert roles_of(store, "sanne") == {("regisseur", TEAM_A), ("teamleider", TEAM_B)}

    select_row(qtbot, screen.form.accounts_table, "sanne")
    before = dialogs(window)
    press(qtbot, screen.form.revoke_button)
    dialog = new_dialog(window, before)
    choose(qtbot, dialog.form.grant_combo, "Regisseur")
    enter(qtbot, dialog.form.grant_combo)
    assert roles_of(store, "sanne") == {("teamleider", TEAM_B)}
    details = [r.detail for r in log_rows(store, action="user.manage")]
    assert "sanne: rol regisseur (Wijkteam Delft-Noord) ingetrokken" in details
    assert "Rol ingetrokken." in screen.message.text


def test_a_role_the_households_still_need_is_not_taken_away(qtbot, window, store):
    hh = register(store.ctx("rik"))
    screen = open_screen(window, AccountsScreen)
    select_row(qtbot, screen.form.accounts_table, "rik")
    before = dialogs(window)
    press(qtbot, screen.form.grant_button)
    dialog = new_dialog(window, before)
    choose(qtbot, dialog.form.role_combo, "Consulent")
    choose(qtbot, dialog.form.team_combo, TEAM_B)
    enter(qtbot, dialog.form.team_combo)

    select_row(qtbot, screen.form.accounts_table, "rik")
    before = dialogs(window)
    press(qtbot, screen.form.revoke_button)
    dialog = new_dialog(window, before)
    choose(qtbot, dialog.form.grant_combo, "Regisseur")
    enter(qtbot, dialog.form.grant_combo)
    assert dialog.isVisible()
    assert hh.case_number in dialog.message.text and "draag" in dialog.message.text
    assert ("regisseur", TEAM_A) in roles_of(store, "rik")


def test_teams_are_added_and_renamed(qtbot, window, store):
    screen = open_screen(window, TeamsScreen)
    before = dialogs(window)
    press(qtbot, screen.form.add_button)
    dialog = new_dialog(window, before)
    type_into(qtbot, dialog.form.name_edit, "wijkteam rijswijk")  # exists, other case
    enter(qtbot, dialog.form.name_edit)
    assert dialog.isVisible() and "naam: er is al een team" in dialog.message.text
    type_into(qtbot, dialog.form.name_edit, "Wijkteam Schipluiden")
    type_into(qtbot, dialog.form.gemeente_edit, "Midden-Delfland")
    enter(qtbot, dialog.form.gemeente_edit)
    assert "Wijkteam Schipluiden" in {t.name for t in list_teams(store.admin)}

    select_row(qtbot, screen.form.teams_table, "Wijkteam Schipluiden")
    before = dialogs(window)
    press(qtbot, screen.form.rename_button)
    dialog = new_dialog(window, before)
    type_into(qtbot, dialog.form.name_edit, "Wijkteam Den Hoorn")
    enter(qtbot, dialog.form.name_edit)
    names = {t.name for t in list_teams(store.admin)}
    assert "Wijkteam Den Hoorn" in names and "Wijkteam Schipluiden" not in names
    assert any(
        r.detail == "team Wijkteam Schipluiden heet nu Wijkteam Den Hoorn"
        for r in log_rows(store, action="user.manage")
    )


def test_a_locked_out_account_is_shown_and_unblocked(qtbot, window, store):
    with KeyGuard(store.path) as guard:
        for _ in range(4):
            guard.record_failure("roos", inbox=None, workstation="test", reason="fout")
    screen = open_screen(window, AccountsScreen)
    row = next(r for r in screen.rows if r.username == "roos")
    assert screen._cells(row)[3] == "geblokkeerd (4 mislukte pogingen)"
    select_row(qtbot, screen.form.accounts_table, "roos")
    press(qtbot, screen.form.unblock_button)
    assert screen.message.text == "Blokkade van roos opgeheven."
    row = next(r for r in screen.rows if r.username == "roos")
    assert screen._cells(row)[3] == "actief"


def test_a_new_password_through_the_recovery_key(qtbot, window, store):
    screen = open_screen(window, AccountsScreen)
    select_row(qtbot, screen.form.accounts_table, "roos")
    before = dialogs(window)
    press(qtbot, screen.form.reset_button)
    dialog = new_dialog(window, before)
    f = dialog.form
    type_into(qtbot, f.recovery_edit, "AAAA-BBBB-CCCC-DDDD")
    type_into(qtbot, f.password_edit, "groene-uil-leest-de-krant")
    type_into(qtbot, f.repeat_edit, "groene-uil-leest-de-krant")
    enter(qtbot, f.repeat_edit)
    assert dialog.isVisible() and dialog.message.text  # a wrong recovery key changes nothing
    type_into(qtbot, f.recovery_edit, store.recovery_key)
    enter(qtbot, f.repeat_edit)
    assert not dialog.isVisible()
    assert screen.message.text == "Nieuw wachtwoord ingesteld voor roos."
    ctx = sign_in(store.path, "roos", "groene-uil-leest-de-krant")
    ctx.vault.close()
    assert any(
        r.detail == "nieuw wachtwoord voor roos met de herstelsleutel"
        for r in log_rows(store, action="account.recover")
    )


def test_an_account_without_households_is_deactivated(qtbot, window, store):
    screen = open_screen(window, AccountsScreen)
    select_row(qtbot, screen.form.accounts_table, "carla")
    before = dialogs(window)
    press(qtbot, screen.form.deactivate_button)
    dialog = new_dialog(window, before)
    assert "voert geen regie" in dialog.form.cases_label.text()
    assert not dialog.form.receiver_combo.isVisible()
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert not next(a for a in list_accounts(store.admin) if a.username == "carla").active
    assert screen.message.text == "Account carla gedeactiveerd."
