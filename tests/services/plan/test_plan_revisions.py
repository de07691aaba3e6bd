"""Changing a vastgesteld plan: the change lands in a new concept started from the version in
force, in the same unit of work, and the frozen version stays as it was. Only the version in
force can be followed; a change made on an older picture of the plan is a conflict."""

from __future__ import annotations

from datetime import date

import pytest

from h4casus.domain.errors import ConflictError, RuleViolation, ValidationError
from h4casus.services.plan import actions, goals, versions
from h4casus.storage import models as m
from tests.services.helpers import count

TODAY = date(2026, 3, 15)


@pytest.fixture
def frozen(store, hh):
    rik = store.ctx("rik")
    goal = goals.add_goal_with_actions(
        rik,
        hh.id,
        "financien",
        "Schulden in beeld",
        "Voor 1 juni alle schulden op een lijst",
        [
            goals.ActionInput("Map met post doornemen", "inwoner", "Anna"),
            goals.ActionInput("Aanmelden schuldhulp", "wijkteam", deadline="2026-04-01"),
        ],
    )
    version = versions.finalise(rik, hh.id, TODAY)
    return goal, version


def plan(store, hh):
    return versions.get_plan(store.ctx("rik"), hh.id)


def test_changing_a_frozen_goal_starts_a_new_concept_with_the_change(store, hh, frozen):
    goal, v1 = frozen
    changed = goals.update_goal(
        store.ctx("rik"), goal.id, goal.version, new_concept=True, status="lopend"
    )
    overview = plan(store, hh)
    assert [(v.number, v.status) for v in overview.versions] == [
        (1, "vastgesteld"),
        (2, "concept"),
    ]
    assert changed.plan_version_id == overview.current.id
    assert changed.lineage_id == goal.id and changed.status == "lopend"
    assert versions.get_version(store.ctx("rik"), v1.id) == v1  # the record stays


def test_actions_of_a_frozen_goal_are_added_changed_and_removed_in_the_new_concept(
    store, hh, frozen
):
    goal, v1 = frozen
    first, second = goal.actions
    rik = store.ctx("rik")
    done = actions.update_action(
        rik, second.id, second.version, new_concept=True, status="afgerond"
    )
    assert done.description == "Aanmelden schuldhulp" and done.completed_on == TODAY
    concept = plan(store, hh).current
    # the concept exists now: its own ids are changed, without following anything
    copied_first = concept.goals[0].actions[0]
    actions.remove_action(rik, copied_first.id)
    added = actions.add_action(rik, concept.goals[0].id, "Budgetcoach", "netwerk")
    concept = plan(store, hh).current
    assert [a.description for a in concept.goals[0].actions] == [
        "Aanmelden schuldhulp",
        "Budgetcoach",
    ]
    assert added.goal_id == concept.goals[0].id
    assert [a.status for a in versions.get_version(rik, v1.id).goals[0].actions] == [
        "open",
        "open",
    ]


def test_adding_an_action_or_removing_a_goal_of_a_frozen_plan(store, hh, frozen):
    goal, v1 = frozen
    rik = store.ctx("rik")
    added = actions.add_action(rik, goal.id, "Bellen met verhuurder", "inwoner", new_concept=True)
    concept = plan(store, hh).current
    assert added.goal_id == concept.goals[0].id and concept.number == 2
    goals.remove_goal(rik, concept.goals[0].id)
    assert plan(store, hh).current.goals == ()
    assert len(versions.get_version(rik, v1.id).goals) == 1


def test_removing_a_frozen_goal_leaves_it_out_of_the_new_concept(store, hh, frozen):
    goal, v1 = frozen
    goals.remove_goal(store.ctx("rik"), goal.id, new_concept=True)
    current = plan(store, hh).current
    assert current.number == 2 and current.goals == ()
    assert len(versions.get_version(store.ctx("rik"), v1.id).goals) == 1


def test_without_the_flag_a_frozen_version_is_still_refused(store, hh, frozen):
    goal, _v1 = frozen
    with pytest.raises(RuleViolation, match="vastgestelde"):
        goals.update_goal(store.ctx("rik"), goal.id, title="anders")
    assert count(store, m.PlanVersion) == 1


def test_an_invalid_change_starts_no_concept(store, hh, frozen):
    goal, _v1 = frozen
    with pytest.raises(ValidationError):
        goals.update_goal(store.ctx("rik"), goal.id, new_concept=True, title="")
    with pytest.raises(ValidationError):
        actions.add_action(store.ctx("rik"), goal.id, "", "inwoner", new_concept=True)
    assert count(store, m.PlanVersion) == 1


def test_a_change_on_an_older_picture_of_the_plan_conflicts(store, hh, frozen):
    goal, _v1 = frozen
    # someone else starts the concept first
    goals.update_goal(store.ctx("tim"), goal.id, new_concept=True, title="Schulden op een rij")
    with pytest.raises(ConflictError):
        goals.update_goal(
            store.ctx("rik"), goal.id, goal.version, new_concept=True, status="lopend"
        )
    with pytest.raises(ConflictError):
        actions.update_action(
            store.ctx("rik"), goal.actions[0].id, new_concept=True, status="lopend"
        )
    current = plan(store, hh).current
    assert current.goals[0].title == "Schulden op een rij" and current.goals[0].status == "open"


def test_an_older_frozen_version_cannot_be_followed(store, hh, frozen):
    goal, _v1 = frozen
    rik = store.ctx("rik")
    goals.update_goal(rik, goal.id, new_concept=True, status="lopend")
    versions.finalise(rik, hh.id, TODAY)  # version 2 is now in force
    with pytest.raises(ConflictError):
        goals.update_goal(rik, goal.id, new_concept=True, status="behaald")
    assert [v.number for v in plan(store, hh).versions] == [1, 2]
