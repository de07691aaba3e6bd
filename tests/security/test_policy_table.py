"""Tests generated from the policy table: every action × role × relation is tried, and both
allow and refuse are asserted. Plus service-level refusals for a representative set."""

from __future__ import annotations

import pytest

from h4casus.domain.enums import Role
from h4casus.domain.errors import PermissionDenied
from h4casus.security.policy import POLICY, Actor, Grant, Rel, decide, require

OWN_TEAM, OTHER_TEAM = 1, 2
ME = 10

# relation name -> (household team, assigned user) for an actor whose grant is for OWN_TEAM.
SITUATIONS = {
    "assigned": (OWN_TEAM, ME),
    "assigned_other_team": (OTHER_TEAM, ME),
    "team": (OWN_TEAM, 99),
    "team_unassigned": (OWN_TEAM, None),
    "other": (OTHER_TEAM, 99),
    "global": (None, None),
}


def expected(rules: set[Rel], situation: str) -> bool:
    """What the table says: the assigned regisseur also has what their team relation gives."""
    return {
        "assigned": Rel.ASSIGNED in rules or Rel.TEAM in rules,
        "assigned_other_team": Rel.ASSIGNED in rules or Rel.OTHER in rules,
        "team": Rel.TEAM in rules,
        "team_unassigned": Rel.TEAM in rules,
        "other": Rel.OTHER in rules,
        "global": Rel.GLOBAL in rules,
    }[situation]


CASES = [
    (action, role, situation)
    for action in sorted(POLICY)
    for role in Role
    for situation in SITUATIONS
]


@pytest.mark.parametrize(("action", "role", "situation"), CASES)
def test_policy_table_decides_every_combination(action, role, situation):
    actor = Actor(ME, "iemand", frozenset({Grant(role, OWN_TEAM)}))
    team_id, assigned = SITUATIONS[situation]
    rules = POLICY[action].get(role, set())
    decision = decide(actor, action, team_id=team_id, assigned_user_id=assigned)
    assert decision.allowed is expected(rules, situation)
    if decision.allowed:
        assert decision.ground.startswith(role.value + "/")
    else:
        with pytest.raises(PermissionDenied):
            require(actor, action, team_id=team_id, assigned_user_id=assigned)


@pytest.mark.parametrize("action", sorted(POLICY))
def test_all_teams_grant_counts_as_team_everywhere(action):
    for role in Role:
        actor = Actor(ME, "x", frozenset({Grant(role, None)}))
        rules = POLICY[action].get(role, set())
        assert decide(actor, action, team_id=OTHER_TEAM).allowed is (Rel.TEAM in rules)


# Actions that show or change case content. The beheerder (application admin) must have none.
CASE_CONTENT = [
    a
    for a in POLICY
    if a.split(".")[0]
    in {
        "household",
        "person",
        "consent",
        "intake",
        "measurement",
        "journal",
        "network",
        "meldcode",
        "plan",
        "evaluation",
        "decision",
        "level",
        "handover",
        "regie",
        "export",
    }
    or (a.startswith("report.") and a != "report.monitor")
]


@pytest.mark.parametrize("action", CASE_CONTENT)
def test_beheerder_sees_no_case_content(action):
    assert Role.BEHEERDER not in POLICY[action]


def test_unknown_action_is_an_error_not_an_allow():
    with pytest.raises(KeyError):
        decide(Actor(1, "x", frozenset({Grant(Role.TEAMLEIDER, None)})), "household.nuke")


def test_no_role_no_access():
    actor = Actor(1, "x", frozenset())
    assert not any(decide(actor, a, team_id=t).allowed for a in POLICY for t in (None, OWN_TEAM))
