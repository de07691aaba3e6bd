"""One plan per household: concept and vastgestelde versions, goals, actions, evaluations,
decisions. A frozen version never changes — services refuse and the storage guard refuses."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from h4casus.domain.enums import ActionStatus, ChecklistStatus, EvaluationOutcome, GoalStatus
from h4casus.domain.errors import ConflictError, PermissionDenied, RuleViolation, ValidationError
from h4casus.services.plan import actions, decisions, evaluations, goals, versions
from h4casus.services.plan import perspectiefplan as transition
from h4casus.storage import models as m
from h4casus.storage.plan_guard import ALLOW_FROZEN_DELETE
from tests.factories import register
from tests.services.helpers import count, household_row

TODAY = date(2026, 3, 15)


@pytest.fixture
def frozen(store, hh):
    """A plan with one goal and one action, vastgesteld as version 1."""
    rik = store.ctx("rik")
    goal = goals.add_goal(
        rik, hh.id, "financien", "Schulden in beeld", "Voor 1 juni alle schulden op een lijst"
    )
    action = actions.add_action(
        rik,
        goal.id,
        "Map met post doornemen",
        "inwoner",
        responsible_name="Anna",
        deadline="2026-04-01",
    )
    version = versions.finalise(rik, hh.id, TODAY)
    return goal, action, version


def test_goals_and_actions_build_a_concept_and_vaststellen_freezes_it(store, hh, frozen):
    goal, action, version = frozen
    assert version.status == "vastgesteld" and version.number == 1
    assert version.agreed_on == TODAY and version.finalised_by_name == "rik"
    (g,) = version.goals
    assert (g.leefgebied, g.smart_result, g.person_id) == (
        "Financiën",
        "Voor 1 juni alle schulden op een lijst",
        None,
    )
    assert g.actions[0].responsible_type == "inwoner" and g.actions[0].deadline == date(2026, 4, 1)


@pytest.mark.parametrize(
    "attempt",
    [
        lambda ctx, g, a: goals.update_goal(ctx, g.id, title="anders"),
        lambda ctx, g, a: goals.update_goal(ctx, g.id, status="behaald"),
        lambda ctx, g, a: goals.remove_goal(ctx, g.id),
        lambda ctx, g, a: actions.add_action(ctx, g.id, "nog iets", "wijkteam"),
        lambda ctx, g, a: actions.update_action(ctx, a.id, status="afgerond"),
        lambda ctx, g, a: actions.remove_action(ctx, a.id),
    ],
    ids=[
        "goal-title",
        "goal-status",
        "goal-remove",
        "action-add",
        "action-update",
        "action-remove",
    ],
)
def test_every_service_refuses_to_change_a_frozen_version(store, hh, frozen, attempt):
    goal, action, version = frozen
    with pytest.raises(RuleViolation, match="vastgestelde"):
        attempt(store.ctx("rik"), goal, action)
    again = versions.get_version(store.ctx("rik"), version.id)
    assert again == version


def test_finalising_twice_is_refused(store, hh, frozen):
    with pytest.raises(RuleViolation):
        versions.finalise(store.ctx("rik"), hh.id, TODAY)


def test_changes_start_a_new_concept_copied_from_the_last_frozen_version(store, hh, frozen):
    goal, action, v1 = frozen
    g2 = goals.add_goal(
        store.ctx("rik"), hh.id, "huisvesting", "Woning behouden", "Geen huurachterstand"
    )
    overview = versions.get_plan(store.ctx("rik"), hh.id)
    assert [(v.number, v.status) for v in overview.versions] == [(1, "vastgesteld"), (2, "concept")]
    current = overview.current
    assert current.number == 2 and len(current.goals) == 2
    copied = next(g for g in current.goals if g.title == "Schulden in beeld")
    assert copied.id != goal.id and copied.lineage_id == goal.id  # same goal, new version
    assert copied.actions[0].description == "Map met post doornemen"
    # the copy is editable, the original is not
    actions.update_action(store.ctx("rik"), copied.actions[0].id, status="afgerond")
    assert versions.get_version(store.ctx("rik"), v1.id).goals[0].actions[0].status == "open"
    assert g2.plan_version_id == current.id
    v2 = versions.finalise(store.ctx("rik"), hh.id, TODAY)
    assert v2.number == 2 and v2.goals[0].actions[0].completed_on == TODAY


def test_storage_guard_refuses_changes_below_the_services(store, hh, frozen):
    goal, action, version = frozen
    with pytest.raises(RuleViolation), store.vault.session() as s:
        s.get(m.Goal, goal.id).smart_result = "stiekem gewijzigd"
    with pytest.raises(RuleViolation), store.vault.session() as s:
        s.get(m.Action, action.id).status = "afgerond"
    with pytest.raises(RuleViolation), store.vault.session() as s:
        s.get(m.PlanVersion, version.id).agreed_on = date(2026, 1, 1)
    with pytest.raises(RuleViolation), store.vault.session() as s:
        s.add(
            m.Goal(
                plan_version_id=version.id,
                leefgebied_code="justitie",
                title="erbij",
                smart_result="erbij",
            )
        )
    with pytest.raises(RuleViolation), store.vault.session() as s:
        s.delete(s.get(m.Action, action.id))
    assert versions.get_version(store.ctx("rik"), version.id) == version


def test_storage_guard_lets_retention_remove_a_whole_file(store, hh, frozen):
    goal, action, version = frozen
    with store.vault.session() as s:
        s.info[ALLOW_FROZEN_DELETE] = True
        s.delete(s.get(m.Action, action.id))
        s.flush()
        s.delete(s.get(m.Goal, goal.id))
    assert count(store, m.Goal, m.Goal.id == goal.id) == 0


def test_a_plan_without_goals_or_with_a_future_akkoord_cannot_be_finalised(store, hh):
    versions.start_concept(store.ctx("rik"), hh.id)
    with pytest.raises(RuleViolation):
        versions.finalise(store.ctx("rik"), hh.id, TODAY)
    goals.add_goal(store.ctx("rik"), hh.id, "financien", "Doel", "Resultaat")
    with pytest.raises(ValidationError):
        versions.finalise(store.ctx("rik"), hh.id, TODAY + timedelta(days=1))


def test_goal_input_is_validated_all_at_once_and_nothing_written(store, hh):
    with pytest.raises(ValidationError) as err:
        goals.add_goal(store.ctx("rik"), hh.id, "financien", "", " ", status="klaar")
    assert set(err.value.errors) == {"doel", "resultaat (SMART)", "status"}
    with pytest.raises(ValidationError):
        goals.add_goal(store.ctx("rik"), hh.id, "astrologie", "Doel", "Resultaat")
    other = register(store.ctx("rik"))
    with pytest.raises(ValidationError):
        goals.add_goal(
            store.ctx("rik"), hh.id, "financien", "Doel", "Resultaat", person_id=other.members[0].id
        )
    assert count(store, m.Goal) == 0


def test_goals_for_one_member_or_the_household(store, hh):
    sara = next(p for p in hh.members if p.given_names == "Sara")
    g = goals.add_goal(
        store.ctx("rik"),
        hh.id,
        "werk_opleiding",
        "Naar school",
        "Elke dag op school",
        person_id=sara.id,
    )
    assert g.person_id == sara.id
    with pytest.raises(ValidationError):
        actions.add_action(store.ctx("rik"), g.id, "Gesprek mentor", "juf")


def test_only_the_regisseur_or_teamleider_edits_the_plan(store, hh):
    for who in ("carla", "roos", "rob", "tess", "bert"):
        with pytest.raises(PermissionDenied):
            goals.add_goal(store.ctx(who), hh.id, "financien", "Doel", "Resultaat")
        with pytest.raises(PermissionDenied):
            versions.finalise(store.ctx(who), hh.id, TODAY)
    goals.add_goal(store.ctx("tim"), hh.id, "financien", "Doel", "Resultaat")
    assert count(store, m.Goal) == 1


def test_stale_edits_conflict(store, hh):
    g = goals.add_goal(store.ctx("rik"), hh.id, "financien", "Doel", "Resultaat")
    goals.update_goal(store.ctx("rik"), g.id, g.version, title="Nieuw")
    with pytest.raises(ConflictError):
        goals.update_goal(store.ctx("tim"), g.id, g.version, title="Ook nieuw")


def test_evaluation_records_outcome_per_goal_and_sets_the_next_review(store, hh, frozen):
    goal, action, version = frozen
    ev = evaluations.record_evaluation(
        store.ctx("rik"),
        hh.id,
        TODAY,
        "Lijst is bijna af",
        {goal.id: ("deels behaald", "nog twee schuldeisers")},
        next_evaluation_date="2026-05-01",
    )
    assert ev.plan_version_id == version.id
    assert [(o.goal_id, o.outcome, o.note) for o in ev.outcomes] == [
        (goal.id, "deels behaald", "nog twee schuldeisers")
    ]
    assert household_row(store, hh.id).next_review_date == date(2026, 5, 1)
    default = evaluations.record_evaluation(store.ctx("rik"), hh.id, TODAY, "tweede gesprek")
    assert default.next_evaluation_date == TODAY + timedelta(days=91)  # AVE 2 interval
    assert [e.id for e in evaluations.list_evaluations(store.ctx("tim"), hh.id)] == [
        default.id,
        ev.id,
    ]


def test_evaluation_refuses_foreign_goals_bad_outcomes_and_late_next_date(store, hh, frozen):
    goal, action, version = frozen
    with pytest.raises(ValidationError):
        evaluations.record_evaluation(store.ctx("rik"), hh.id, TODAY, "x", {goal.id: "prima"})
    with pytest.raises(ValidationError):
        evaluations.record_evaluation(
            store.ctx("rik"), hh.id, TODAY, "x", {goal.id + 999: "behaald"}
        )
    with pytest.raises(ValidationError):
        evaluations.record_evaluation(
            store.ctx("rik"), hh.id, TODAY, "x", next_evaluation_date=TODAY + timedelta(days=92)
        )
    with pytest.raises(ValidationError):
        evaluations.record_evaluation(
            store.ctx("rik"), hh.id, TODAY + timedelta(days=1), "toekomst"
        )
    assert count(store, m.Evaluation) == 0


def test_in_progress_is_lopend_in_every_vocabulary(store, hh, frozen):
    """One word per meaning: a goal, an action, an evaluation outcome and a checklist item
    that is under way are all "lopend"."""
    goal, _action, _version = frozen
    for vocabulary in (GoalStatus, ActionStatus, EvaluationOutcome, ChecklistStatus):
        values = {v.value for v in vocabulary}
        assert "lopend" in values and not values & {"loopt nog", "bezig"}, vocabulary
    ev = evaluations.record_evaluation(store.ctx("rik"), hh.id, TODAY, "x", {goal.id: "lopend"})
    assert ev.outcomes[0].outcome == "lopend"
    with pytest.raises(ValidationError) as err:
        evaluations.record_evaluation(store.ctx("rik"), hh.id, TODAY, "x", {goal.id: "loopt nog"})
    assert "lopend" in str(err.value)


def test_family_plans_use_the_leefgebieden_opvoeding_and_veiligheid(store, hh):
    rik = store.ctx("rik")
    upbringing = goals.add_goal(
        rik, hh.id, "opvoeding_ontwikkeling", "Vaste bedtijden", "Sara slaapt voor 22 uur"
    )
    safety = goals.add_goal(rik, hh.id, "veiligheid", "Veilig thuis", "Geen incidenten")
    assert (upbringing.leefgebied, safety.leefgebied) == ("Opvoeding en ontwikkeling", "Veiligheid")
    with store.vault.session() as s:
        zrm = {d.code for d in s.scalars(select(m.InstrumentDomain)).all()}
    assert not zrm & {"opvoeding_ontwikkeling", "veiligheid"}  # the ZRM stays as it is


def test_decisions_carry_hart_wet_euro(store, hh):
    d = decisions.record_decision(
        store.ctx("rik"),
        hh.id,
        "Bewindvoering",
        hart="Anna wil rust",
        wet="Beschermingsbewind via kantonrechter",
        euro="Kosten via bijzondere bijstand",
        outcome="Aanvraag indienen",
    )
    assert (d.hart, d.wet, d.euro, d.decided_on) == (
        "Anna wil rust",
        "Beschermingsbewind via kantonrechter",
        "Kosten via bijzondere bijstand",
        TODAY,
    )
    with pytest.raises(ValidationError) as err:
        decisions.record_decision(
            store.ctx("rik"), hh.id, "X", hart="", wet="", euro="", outcome="ja"
        )
    assert {"hart", "wet", "euro"} <= set(err.value.errors)
    assert [x.id for x in decisions.list_decisions(store.ctx("tim"), hh.id)] == [d.id]


def test_first_finalised_plan_makes_an_intake_household_active(store, hh):
    from h4casus.services.casework import lifecycle

    lifecycle.record_intake(store.ctx("carla"), hh.id, True)
    goals.add_goal(store.ctx("rik"), hh.id, "financien", "Doel", "Resultaat")
    versions.finalise(store.ctx("rik"), hh.id, TODAY)
    assert household_row(store, hh.id).status == "actief"


def test_transition_sections_are_copied_into_a_new_concept(store, hh):
    store.clock.at = store.clock.at.replace(year=2026, month=7, day=1)  # Sara is 16
    sara = next(p for p in hh.members if p.given_names == "Sara")
    tp = transition.start_transition_plan(store.ctx("rik"), hh.id, sara.id)
    transition.update_transition_plan(store.ctx("rik"), tp.id, wonen="Blijft thuis wonen")
    goals.add_goal(store.ctx("rik"), hh.id, "financien", "Doel", "Resultaat")
    versions.finalise(store.ctx("rik"), hh.id, store.clock.today())
    with pytest.raises(RuleViolation):
        transition.update_transition_plan(store.ctx("rik"), tp.id, wonen="Op kamers")
    versions.start_concept(store.ctx("rik"), hh.id)
    (copy,) = transition.transition_plans(store.ctx("rik"), hh.id)
    assert copy.id != tp.id and not copy.frozen
    assert copy.areas["wonen"] == "Blijft thuis wonen" and len(copy.items) == 10
    with store.vault.session() as s:
        version_ids = s.scalars(select(m.TransitionPlan.plan_version_id)).all()
    assert len(set(version_ids)) == 2


def test_goal_with_actions_is_one_unit_of_work(store, hh):
    rik = store.ctx("rik")
    audit_before = count(store, m.AuditEvent)
    goal = goals.add_goal_with_actions(
        rik,
        hh.id,
        "financien",
        "Schulden in beeld",
        "Voor 1 juni alle schulden op een lijst",
        [
            goals.ActionInput("Map met post doornemen", "inwoner", responsible_name="Anna"),
            goals.ActionInput("Budgetcoach inschakelen", "wijkteam", deadline="2026-04-01"),
        ],
    )
    assert [(a.description, a.position) for a in goal.actions] == [
        ("Map met post doornemen", 1),
        ("Budgetcoach inschakelen", 2),
    ]
    assert goal.actions[1].deadline == date(2026, 4, 1)
    assert count(store, m.AuditEvent) == audit_before + 1  # one event, one commit


def test_goal_with_an_invalid_action_writes_nothing(store, hh):
    with pytest.raises(ValidationError) as err:
        goals.add_goal_with_actions(
            store.ctx("rik"),
            hh.id,
            "financien",
            "Schulden in beeld",
            "Voor 1 juni alle schulden op een lijst",
            [goals.ActionInput("Goed", "wijkteam"), goals.ActionInput("Fout", "de buurman")],
        )
    assert set(err.value.errors) == {"actie 2: wie"}
    assert count(store, m.Goal) == 0 and count(store, m.Action) == 0
