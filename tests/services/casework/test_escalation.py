"""Op- en afschalen on the configurable ladder: four eyes, evaluation before afschalen,
review dates and the overdue list."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from h4casus.domain.errors import PermissionDenied, RuleViolation, ValidationError
from h4casus.services.admin import accounts, configuration
from h4casus.services.casework import escalation, regie
from h4casus.services.plan import evaluations
from h4casus.services.queries import worklists
from h4casus.storage import models as m
from tests.factories import ADMIN, TEAM_A, context_for, register
from tests.services.helpers import count, household_row, user_id

TODAY = date(2026, 3, 15)


def escalate(store, hh, to_level: str = "AVE 3", **kwargs):
    """rik asks, tim approves: the level applies now."""
    change = escalation.request_level_change(store.ctx("rik"), hh.id, to_level, "zorgen", **kwargs)
    return escalation.approve_level_change(store.ctx("tim"), change.id)


def test_escalation_to_ave3_stays_pending_until_the_teamleider_approves(store, hh):
    change = escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 3", "schulden en OTS")
    assert change.pending and change.from_level == "AVE 2"
    row = household_row(store, hh.id)
    assert row.level_code == "AVE 2"  # not applied
    assert row.next_review_date == date(2026, 3, 1) + timedelta(days=91)
    approvals = worklists.pending_approvals(store.ctx("tim"))
    assert [(a.kind, a.id) for a in approvals] == [("op- of afschaling", change.id)]
    assert worklists.pending_approvals(store.ctx("tess")) == []

    store.clock.advance(days=2)
    done = escalation.approve_level_change(store.ctx("tim"), change.id, "akkoord casusoverleg")
    assert done.status == "doorgevoerd" and done.decided_by == user_id(store, "tim")
    assert done.effective_date == TODAY + timedelta(days=2)
    assert done.next_review_date == TODAY + timedelta(days=2 + 42)  # AVE 3: six weeks
    row = household_row(store, hh.id)
    assert (row.level_code, row.next_review_date) == ("AVE 3", done.next_review_date)


def test_only_the_own_teamleider_approves(store, hh):
    change = escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 4", "acuut onveilig")
    for who in ("rik", "roos", "carla", "tess", "bert"):
        with pytest.raises(PermissionDenied):
            escalation.approve_level_change(store.ctx(who), change.id)
        with pytest.raises(PermissionDenied):
            escalation.reject_level_change(store.ctx(who), change.id)
    assert household_row(store, hh.id).level_code == "AVE 2"


def test_rejection_leaves_the_level(store, hh):
    change = escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 3", "zorgen")
    rejected = escalation.reject_level_change(store.ctx("tim"), change.id, "eerst casusoverleg")
    assert rejected.status == "afgewezen"
    assert household_row(store, hh.id).level_code == "AVE 2"
    with pytest.raises(RuleViolation):
        escalation.approve_level_change(store.ctx("tim"), change.id)


def test_the_one_who_asked_withdraws_a_pending_request(store, hh):
    change = escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 3", "zorgen")
    with pytest.raises(PermissionDenied):
        escalation.withdraw_level_change(store.ctx("roos"), change.id)
    withdrawn = escalation.withdraw_level_change(store.ctx("rik"), change.id)
    assert withdrawn.status == "ingetrokken" and not withdrawn.pending
    assert household_row(store, hh.id).level_code == "AVE 2"
    assert worklists.pending_approvals(store.ctx("tim")) == []
    with pytest.raises(RuleViolation):
        escalation.withdraw_level_change(store.ctx("rik"), change.id)
    with pytest.raises(RuleViolation):
        escalation.approve_level_change(store.ctx("tim"), change.id)
    again = escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 3", "toch zorgen")
    assert again.pending


def test_a_teamleiders_own_request_waits_for_someone_else(store, hh):
    """Four eyes also when the teamleider asks, and also when they hold regie themselves."""
    regie.assign(store.ctx("tim"), hh.id, "tim", "teamleider neemt de casus zelf")
    change = escalation.request_level_change(store.ctx("tim"), hh.id, "AVE 3", "besluit overleg")
    assert change.pending and household_row(store, hh.id).level_code == "AVE 2"
    assert change.approvers == ("Bea Beheer",)  # the other teamleider (of all teams)
    assert change.waiting_note == "wacht op goedkeuring door Bea Beheer"
    with pytest.raises(RuleViolation, match="vier ogen"):
        escalation.approve_level_change(store.ctx("tim"), change.id)
    assert worklists.pending_approvals(store.ctx("tim")) == []  # not on their own list
    assert [a.id for a in worklists.pending_approvals(store.admin)] == [change.id]
    done = escalation.approve_level_change(store.admin, change.id, "gezien")
    assert done.status == "doorgevoerd" and done.decided_by == user_id(store, ADMIN)


def test_the_regisseur_does_not_approve_a_request_about_their_own_household(store, hh):
    regie.assign(store.ctx("tim"), hh.id, "tim", "teamleider neemt de casus zelf")
    change = escalation.request_level_change(store.admin, hh.id, "AVE 4", "acuut onveilig")
    assert change.pending and change.approvers == ()  # beheer asked, tim holds regie
    assert "niemand anders" in change.waiting_note and "plaatsvervanger" in change.waiting_note
    with pytest.raises(RuleViolation, match="vier ogen"):
        escalation.approve_level_change(store.ctx("tim"), change.id)
    assert household_row(store, hh.id).level_code == "AVE 2"


def test_a_plaatsvervanger_designated_by_the_beheerder_approves(store, hh):
    regie.assign(store.ctx("tim"), hh.id, "tim", "teamleider neemt de casus zelf")
    change = escalation.request_level_change(store.admin, hh.id, "AVE 3", "zorgen")
    with pytest.raises(PermissionDenied):
        accounts.designate_deputy(store.ctx("tim"), "roos", TEAM_A)  # only the beheerder
    accounts.designate_deputy(store.ctx("bert"), "roos", TEAM_A)
    roos = context_for(store.vault, "roos", store.clock)
    assert [a.id for a in worklists.pending_approvals(roos)] == [change.id]
    done = escalation.approve_level_change(roos, change.id, "namens de teamleider")
    assert done.status == "doorgevoerd" and done.decided_by_name == "roos"
    assert household_row(store, hh.id).level_code == "AVE 3"


def test_designating_a_plaatsvervanger_is_checked_and_can_end(store, hh):
    bert = store.ctx("bert")
    with pytest.raises(ValidationError):
        accounts.designate_deputy(bert, "bert", TEAM_A)  # no casework role: reads no cases
    with pytest.raises(ValidationError):
        accounts.designate_deputy(bert, "roos", "Wijkteam Nergens")
    with pytest.raises(ValidationError):
        accounts.designate_deputy(bert, "niemand", TEAM_A)
    info = accounts.designate_deputy(bert, "rob", TEAM_A)
    assert ("plaatsvervanger", TEAM_A) in info.roles
    with pytest.raises(RuleViolation):
        accounts.designate_deputy(bert, "rob", TEAM_A)
    change = escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 3", "zorgen")
    assert set(change.approvers) == {"Bea Beheer", "rob", "tim"}
    ended = accounts.end_deputy(bert, "rob", TEAM_A)
    assert ("plaatsvervanger", TEAM_A) not in ended.roles
    rob = context_for(store.vault, "rob", store.clock)
    with pytest.raises(PermissionDenied):
        escalation.approve_level_change(rob, change.id)
    with pytest.raises(RuleViolation):
        accounts.end_deputy(bert, "rob", TEAM_A)


def test_opschalen_without_approval_level_applies_now_with_default_review(store, hh):
    # AVE 2 -> AVE 1 needs an evaluation; start from AVE 1 via the teamleider path first.
    evaluations.record_evaluation(store.ctx("rik"), hh.id, TODAY, "goed gesprek")
    escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 1", "stabiel")
    assert household_row(store, hh.id).next_review_date == TODAY + timedelta(days=182)
    up = escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 2", "nieuwe vraag")
    assert up.status == "doorgevoerd"
    assert household_row(store, hh.id).next_review_date == TODAY + timedelta(days=91)


def test_next_review_may_be_earlier_but_never_beyond_the_interval(store, hh):
    with pytest.raises(ValidationError) as err:
        escalation.request_level_change(
            store.ctx("rik"), hh.id, "AVE 3", "zorgen", next_review_date=TODAY + timedelta(days=43)
        )
    assert "volgende evaluatie" in err.value.errors
    assert count(store, m.LevelChange, m.LevelChange.household_id == hh.id) == 1  # nothing written
    ok = escalate(store, hh, next_review_date="2026-04-01")
    assert ok.next_review_date == date(2026, 4, 1)
    assert household_row(store, hh.id).next_review_date == date(2026, 4, 1)


def test_afschalen_without_evaluation_in_the_period_is_refused(store, hh):
    escalate(store, hh)
    with pytest.raises(RuleViolation, match="evaluatie"):
        escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 2", "het gaat beter")
    assert household_row(store, hh.id).level_code == "AVE 3"


def test_an_evaluation_before_the_last_level_change_does_not_count(store, hh):
    evaluations.record_evaluation(store.ctx("rik"), hh.id, TODAY - timedelta(days=3), "evaluatie")
    escalate(store, hh)
    with pytest.raises(RuleViolation):
        escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 2", "beter")
    store.clock.advance(days=20)
    evaluations.record_evaluation(store.ctx("rik"), hh.id, store.clock.today(), "doelen gehaald")
    down = escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 2", "beter")
    assert down.status == "doorgevoerd"  # afschalen needs no four eyes
    assert household_row(store, hh.id).level_code == "AVE 2"


def test_refusals_for_same_level_unknown_level_and_a_second_pending(store, hh):
    with pytest.raises(RuleViolation):
        escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 2", "zelfde")
    with pytest.raises(ValidationError):
        escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 9", "bestaat niet")
    escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 3", "zorgen")
    with pytest.raises(RuleViolation):
        escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 4", "nog erger")
    with pytest.raises(PermissionDenied):
        escalation.request_level_change(store.ctx("rob"), hh.id, "AVE 4", "ander team")


def test_history_records_from_to_reason_decider_and_review(store, hh):
    c = escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 3", "zorgen")
    escalation.approve_level_change(store.ctx("tim"), c.id)
    hist = escalation.level_history(store.ctx("rik"), hh.id)
    assert [(h.from_level, h.to_level, h.status) for h in hist] == [
        (None, "AVE 2", "doorgevoerd"),
        ("AVE 2", "AVE 3", "doorgevoerd"),
    ]
    last = hist[-1]
    assert (last.reason, last.requested_by_name, last.decided_by_name) == ("zorgen", "rik", "tim")
    assert last.next_review_date is not None


def test_overdue_per_regisseur_and_team(store, hh):
    other = register(store.ctx("rob"), team="Wijkteam Rijswijk")
    assert escalation.overdue(store.ctx("tim")) == []
    store.clock.advance(days=120)  # past 2026-05-31 (signal date + 91 days)
    mine = worklists.overdue_reviews(store.ctx("rik"), mine=True)
    assert [r.household_id for r in mine] == [hh.id]
    assert mine[0].days_overdue == (store.clock.today() - date(2026, 5, 31)).days
    assert [r.household_id for r in escalation.overdue(store.ctx("tim"))] == [hh.id]
    assert [r.household_id for r in escalation.overdue(store.ctx("tess"))] == [other.id]
    assert worklists.overdue_reviews(store.ctx("roos"), mine=True) == []
    teams = escalation.overdue_by_team(store.ctx("beheer"))
    assert set(teams) == {"Wijkteam Delft-Noord", "Wijkteam Rijswijk"}
    assert set(escalation.overdue_by_regisseur(store.ctx("beheer"))) == {"rik", "rob"}


def test_the_ladder_is_data_the_beheerder_edits(store, hh):
    with pytest.raises(PermissionDenied):
        configuration.update_level(store.ctx("tim"), "AVE 3", review_interval_days=30)
    with pytest.raises(ValidationError):
        configuration.update_level(store.ctx("bert"), "AVE 3", review_interval_days=0)
    configuration.update_level(store.ctx("bert"), "AVE 3", review_interval_days=30)
    configuration.add_level(store.ctx("bert"), "AVE 5", "paars", 14, requires_approval=True)
    assert [lv.code for lv in configuration.get_ladder(store.ctx("rik"))][-1] == "AVE 5"
    escalate(store, hh)
    assert household_row(store, hh.id).next_review_date == TODAY + timedelta(days=30)
    pending = escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 5", "nieuw niveau")
    assert pending.pending  # the new rung's four-eyes flag is honoured without code
    with pytest.raises(RuleViolation):
        configuration.remove_level(store.ctx("bert"), "AVE 3")  # in use
