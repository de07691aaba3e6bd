"""Worklists: my households, approvals, handovers for me, nazorg check-ins, stalled help."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from h4casus.services.casework import escalation, lifecycle, regie
from h4casus.services.plan import actions, evaluations, goals, versions
from h4casus.services.queries import stalled_help, worklists
from h4casus.storage import models as m
from tests.factories import register


def test_my_households_only_where_i_hold_regie(store, hh):
    other = register(store.ctx("roos"))
    assert [w.household_id for w in worklists.my_households(store.ctx("rik"))] == [hh.id]
    assert [w.household_id for w in worklists.my_households(store.ctx("roos"))] == [other.id]
    lifecycle.close(store.ctx("rik"), hh.id, "zelfredzaam", follow_up=False)
    assert worklists.my_households(store.ctx("rik")) == []


def test_handovers_waiting_for_me_and_approvals_for_my_team(store, hh):
    h = regie.propose_handover(store.ctx("rik"), hh.id, "rob", "verhuisd")
    (mine,) = worklists.handovers_waiting_for_me(store.ctx("rob"))
    assert (mine.id, mine.detail) == (h.id, "van rik")
    assert worklists.handovers_waiting_for_me(store.ctx("roos")) == []
    assert worklists.pending_approvals(store.ctx("tim")) == []  # not yet accepted
    regie.accept_handover(store.ctx("rob"), h.id)
    assert worklists.handovers_waiting_for_me(store.ctx("rob")) == []
    (item,) = worklists.pending_approvals(store.ctx("tim"))
    assert (item.kind, item.detail) == ("overdracht", "rik -> rob")
    assert worklists.pending_approvals(store.ctx("tess")) == []
    assert worklists.pending_approvals(store.ctx("rik")) == []  # not a teamleider
    regie.approve_handover(store.ctx("tim"), h.id)
    assert worklists.pending_approvals(store.ctx("tim")) == []


def test_nazorg_checkins_due(store, hh):
    lifecycle.record_intake(store.ctx("carla"), hh.id, True)
    lifecycle.activate(store.ctx("rik"), hh.id)
    lifecycle.start_nazorg(store.ctx("rik"), hh.id, store.clock.today() + timedelta(days=30))
    assert worklists.nazorg_checkins_due(store.ctx("rik"), mine=True) == []
    store.clock.advance(days=25)
    (due,) = worklists.nazorg_checkins_due(store.ctx("tim"))
    assert due.household_id == hh.id and due.status == "nazorg"
    assert worklists.nazorg_checkins_due(store.ctx("tess")) == []


def test_stalled_help_late_actions_and_no_progress_since_evaluation(store, hh):
    rik = store.ctx("rik")
    g = goals.add_goal(rik, hh.id, "financien", "Doel", "Resultaat")
    actions.add_action(rik, g.id, "Bellen", "aanbieder", deadline="2026-03-20")
    actions.add_action(rik, g.id, "Later", "inwoner", deadline="2026-12-01")
    evaluations.record_evaluation(rik, hh.id, store.clock.today(), "gestart")
    held = store.clock.today()
    assert stalled_help.stalled_help(rik, mine=True) == []
    store.clock.advance(days=30)
    rows = [(w.household_id, w.detail, w.due) for w in stalled_help.stalled_help(rik, mine=True)]
    assert rows == [
        (hh.id, stalled_help.QUIET, held),  # nothing done since the evaluation
        (hh.id, stalled_help.LATE, date(2026, 3, 20)),  # the oldest open deadline
    ]
    assert stalled_help.stalled_count(rik, mine=True) == 2
    (late,) = stalled_help.late_actions(rik)
    assert (late.detail, late.due) == ("Bellen", date(2026, 3, 20))
    actions.update_action(rik, late_id(hh.id, store), status="afgerond")
    # an action completed after the evaluation is progress; the other is not late yet
    assert stalled_help.stalled_help(store.ctx("tim")) == []
    assert stalled_help.late_actions(rik) == []
    assert stalled_help.stalled_help(store.ctx("tess")) == []


def late_id(household_id: int, store) -> int:
    with store.vault.session() as s:
        return s.scalar(
            select(m.Action.id)
            .join(m.Goal, m.Goal.id == m.Action.goal_id)
            .join(m.PlanVersion, m.PlanVersion.id == m.Goal.plan_version_id)
            .join(m.Plan, m.Plan.id == m.PlanVersion.plan_id)
            .where(m.Plan.household_id == household_id, m.Action.description == "Bellen")
        )


def test_stalled_help_looks_at_the_current_version_only(store, hh):
    rik = store.ctx("rik")
    g = goals.add_goal(rik, hh.id, "financien", "Doel", "Resultaat")
    a = actions.add_action(rik, g.id, "Bellen", "aanbieder", deadline="2026-03-20")
    versions.finalise(rik, hh.id, store.clock.today())
    concept = versions.start_concept(rik, hh.id)
    store.clock.advance(days=10)
    assert [w.detail for w in stalled_help.stalled_help(rik)] == [stalled_help.LATE]
    actions.update_action(rik, concept.goals[0].actions[0].id, status="afgerond")
    # v1 still holds the open action, but the concept (current) has it done
    assert [w.detail for w in stalled_help.stalled_help(rik)] == []
    assert a.status == "open"


def test_the_first_page_is_the_longest_stalled_and_the_count_is_complete(store):
    rik = store.ctx("rik")
    ids = [register(rik).id for _ in range(3)]
    for days, hid in zip((3, 9, 6), ids, strict=True):
        g = goals.add_goal(rik, hid, "financien", "Doel", "Resultaat")
        deadline = store.clock.today() - timedelta(days=days)
        actions.add_action(rik, g.id, "Bellen", "aanbieder", deadline=deadline)
        actions.add_action(rik, g.id, "Mailen", "aanbieder", deadline=deadline)
    page = stalled_help.stalled_help(rik, mine=True, limit=2)
    assert [w.household_id for w in page] == [ids[1], ids[2]]
    assert stalled_help.stalled_count(rik, mine=True) == 3
    assert len(stalled_help.late_actions(rik, limit=None)) == 6
    assert [a.household_id for a in stalled_help.late_actions(rik, limit=2)] == [ids[1], ids[1]]
    assert stalled_help.late_action_count(rik) == 6
    tim = store.ctx("tim")
    stalled = stalled_help.regie_op_regie(tim, limit=1)
    assert ([w.household_id for w in stalled.stalled], stalled.stalled_total) == ([ids[1]], 3)
    lifecycle.close(rik, ids[1], "zelfredzaam", "acties vervallen", follow_up=False)
    # closed: no longer stalled
    assert stalled_help.regie_op_regie(tim).stalled_total == 2


def test_grouping_per_regisseur_and_team(store, hh):
    register(store.ctx("roos"))
    register(store.ctx("rob"), team="Wijkteam Rijswijk")
    store.clock.advance(days=200)
    rows = escalation.overdue(store.ctx("beheer"))
    assert set(worklists.by_regisseur(rows)) == {"rik", "roos", "rob"}
    assert len(worklists.by_team(rows)) == 2


def test_overdue_reviews_first_page_is_the_most_overdue_and_the_count_is_complete(store):
    rik = store.ctx("rik")
    ids = [register(rik).id for _ in range(3)]
    today = store.clock.today()
    with store.vault.session() as s:  # the newest household is the most overdue
        for days, hid in zip((10, 20, 30), ids, strict=True):
            s.get(m.Household, hid).next_review_date = today - timedelta(days=days)
    page = worklists.overdue_reviews(rik, mine=True, limit=2)
    assert [(r.household_id, r.days_overdue) for r in page] == [(ids[2], 30), (ids[1], 20)]
    assert worklists.overdue_count(rik, mine=True) == 3
    assert len(worklists.overdue_reviews(rik, mine=True, limit=None)) == 3
    assert worklists.overdue_count(store.ctx("rob"), mine=True) == 0
