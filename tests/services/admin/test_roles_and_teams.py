"""Roles per team, taken away as well as granted, without stranding a household or the last
beheerder; who can take over an account's households; the accounts overview (locked out,
regie count); teams added and renamed; the access log by case number and action; a backup
of the open store checked with its data key."""

from __future__ import annotations

import time

import pytest

from h4casus.domain.errors import IntegrityFailure, PermissionDenied, RuleViolation, ValidationError
from h4casus.security.lockout import KeyGuard
from h4casus.services.admin import roles, teams
from h4casus.services.admin.audit_views import AuditFilter, list_events
from h4casus.services.store import keys
from h4casus.services.store.backup import check_own_backup, create_backup
from tests.factories import TEAM_A, TEAM_B, register


def role_set(info) -> set:
    return set(info.roles)


def test_a_role_is_granted_for_a_team_and_taken_away_with_a_log_entry(store):
    info = roles.grant_role(store.admin, "carla", "teamleider", TEAM_B)
    assert role_set(info) == {("consulent", TEAM_A), ("teamleider", TEAM_B)}
    with pytest.raises(RuleViolation, match="al"):
        roles.grant_role(store.admin, "carla", "teamleider", TEAM_B)
    info = roles.revoke_role(store.admin, "carla", "teamleider", TEAM_B)
    assert role_set(info) == {("consulent", TEAM_A)}
    with pytest.raises(RuleViolation, match="niet"):
        roles.revoke_role(store.admin, "carla", "teamleider", TEAM_B)
    details = [r.detail for r in list_events(store.admin, AuditFilter(action="user.manage"))]
    assert "carla: rol teamleider (Wijkteam Rijswijk) toegekend" in details
    assert "carla: rol teamleider (Wijkteam Rijswijk) ingetrokken" in details


def test_bad_input_names_every_field_and_only_the_beheerder_manages_roles(store):
    with pytest.raises(ValidationError) as err:
        roles.grant_role(store.admin, "", "koning", None)
    assert set(err.value.errors) == {"account", "rol"}
    with pytest.raises(ValidationError, match="team"):
        roles.grant_role(store.admin, "carla", "regisseur", "Wijkteam Nergens")
    with pytest.raises(PermissionDenied):
        roles.grant_role(store.ctx("tim"), "carla", "teamleider", TEAM_A)


def test_a_role_its_households_need_the_last_role_and_the_last_beheerder_stay(store):
    hh = register(store.ctx("rik"))
    roles.grant_role(store.admin, "rik", "consulent", TEAM_B)
    with pytest.raises(RuleViolation, match=hh.case_number):
        roles.revoke_role(store.admin, "rik", "regisseur", TEAM_A)
    roles.grant_role(store.admin, "rik", "consulent", TEAM_A)  # now another role covers it
    assert ("regisseur", TEAM_A) not in role_set(
        roles.revoke_role(store.admin, "rik", "regisseur", TEAM_A)
    )
    with pytest.raises(RuleViolation, match="laatste rol"):
        roles.revoke_role(store.admin, "rob", "regisseur", TEAM_B)
    roles.grant_role(store.admin, "bert", "consulent", TEAM_A)
    for account in roles.account_overview(store.admin):
        if account.username != "bert" and ("beheerder", None) in account.roles:
            roles.revoke_role(store.admin, account.username, "beheerder", None)
    with pytest.raises(RuleViolation, match="actieve beheerder"):
        roles.revoke_role(store.admin, "bert", "beheerder", None)


def test_who_can_take_over_an_accounts_households(store):
    a = register(store.ctx("rik"))
    load = roles.regie_load(store.admin, "rik")
    assert load.case_numbers == (a.case_number,)
    names = [u for u, _name in load.candidates]
    assert {"roos", "carla", "tim"} <= set(names)
    assert "rob" not in names and "bert" not in names and "rik" not in names


def test_the_overview_counts_regie_and_shows_a_lockout(store):
    register(store.ctx("rik"))
    with KeyGuard(store.path) as guard:
        for _ in range(4):
            guard.record_failure("roos", inbox=None, workstation="test", reason="fout")
    rows = {r.username: r for r in roles.account_overview(store.admin)}
    assert rows["rik"].households == 1 and rows["roos"].households == 0
    assert rows["roos"].locked and rows["roos"].failed_attempts == 4
    assert not rows["rik"].locked and rows["rik"].active
    with KeyGuard(store.path) as guard:
        guard.data["accounts"] = {
            k: {**v, "not_before": time.time() - 1} for k, v in guard.data["accounts"].items()
        }
        guard.save()
    assert not {r.username: r for r in roles.account_overview(store.admin)}["roos"].locked
    with KeyGuard(store.path) as guard:
        guard.record_failure("rob", inbox=None, workstation="test", reason="fout")
        assert guard.failures("rob") == 1
    roles.clear_lockout(store.admin, "rob")
    with KeyGuard(store.path) as guard:
        assert guard.failures("rob") == 0
    assert "blokkade van rob opgeheven" in [
        r.detail for r in list_events(store.admin, AuditFilter(action="user.manage"))
    ]


def test_a_beheerder_is_for_all_teams_and_a_plaatsvervanger_for_one_with_a_casework_role(store):
    with pytest.raises(ValidationError, match="alle teams"):
        roles.grant_role(store.admin, "bert", "beheerder", TEAM_A)
    with pytest.raises(ValidationError, match="één team"):
        roles.grant_role(store.admin, "roos", "plaatsvervanger", None)
    with pytest.raises(ValidationError, match="casusrol"):
        roles.grant_role(store.admin, "bert", "plaatsvervanger", TEAM_A)
    info = roles.grant_role(store.admin, "roos", "plaatsvervanger", TEAM_A)
    assert ("plaatsvervanger", TEAM_A) in info.roles


def test_teams_are_added_and_renamed_and_stay_unique(store):
    new = teams.add_team(store.admin, "  Wijkteam Den Hoorn ", "Midden-Delfland")
    assert new.name == "Wijkteam Den Hoorn"
    with pytest.raises(ValidationError, match="er is al een team"):
        teams.add_team(store.admin, "wijkteam rijswijk")
    with pytest.raises(ValidationError) as err:
        teams.rename_team(store.admin, new.id, "")
    assert "naam" in err.value.errors
    teams.rename_team(store.admin, new.id, "Wijkteam Schipluiden")
    listed = {t.name: t for t in teams.list_teams(store.admin)}
    assert "Wijkteam Schipluiden" in listed and "Wijkteam Den Hoorn" not in listed
    assert listed[TEAM_A].accounts == 4  # carla, rik, roos, tim (all-teams roles not counted)
    with pytest.raises(PermissionDenied):
        teams.add_team(store.ctx("tim"), "Wijkteam X")


def test_the_log_is_found_by_case_number_and_by_action(store):
    a, b = register(store.ctx("rik")), register(store.ctx("roos"), house_number=3)
    rows = list_events(store.admin, AuditFilter(case_number=a.case_number))
    assert rows and {r.household_id for r in rows} == {a.id}
    assert {r.case_number for r in rows} == {a.case_number}
    created = list_events(store.admin, AuditFilter(action="household.create"))
    assert {r.household_id for r in created} >= {a.id, b.id}
    prefix = list_events(store.admin, AuditFilter(action="household."))
    assert all(r.action.startswith("household.") for r in prefix) and len(prefix) >= 2
    with pytest.raises(ValidationError, match="actie"):
        list_events(store.admin, AuditFilter(action="house%"))


def test_a_backup_of_the_open_store_is_checked_with_its_data_key(store, tmp_path):
    info = create_backup(store.admin, tmp_path / "nu.h4cbak")
    assert check_own_backup(store.admin, info.path).created_at == info.created_at
    keys.rekey(store.admin)  # a new data key: the old backup belongs to the old key
    with pytest.raises(IntegrityFailure, match="hoort niet bij de sleutel"):
        check_own_backup(store.admin, info.path)
