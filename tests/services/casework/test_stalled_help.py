"""Stalled help: the case file flags late actions and plans without progress since the last
evaluation; regie op regie records an escalation (to whom, what, why) and later the answer;
the teamleider's worklist shows both."""

from __future__ import annotations

from datetime import timedelta

import pytest

from h4casus.domain.errors import PermissionDenied, RuleViolation, ValidationError
from h4casus.services.casework import lifecycle, stalled
from h4casus.services.plan import actions, evaluations, goals
from h4casus.services.queries import stalled_help
from h4casus.services.queries.casefile import open_casefile
from h4casus.services.queries.signals import STALL_DAYS
from h4casus.storage import models as m
from tests.services.helpers import count


def _kinds(store, hh):
    return [sg.kind for sg in open_casefile(store.ctx("rik"), hh.id).signals]


def test_late_action_and_no_progress_are_flagged_in_the_case_file(store, hh):
    rik = store.ctx("rik")
    g = goals.add_goal(rik, hh.id, "financien", "Schulden", "Overzicht")
    today = store.clock.today()
    actions.add_action(
        rik, g.id, "Budgetcoach bellen", "wijkteam", deadline=today + timedelta(days=3)
    )
    evaluations.record_evaluation(rik, hh.id, today, "gestart")
    assert _kinds(store, hh).count("late_action") == 0
    store.clock.advance(days=4)
    (late,) = [sg for sg in open_casefile(rik, hh.id).signals if sg.kind == "late_action"]
    assert "Budgetcoach bellen" in late.text
    assert "no_progress" not in _kinds(store, hh)
    store.clock.advance(days=STALL_DAYS - 4)
    assert "no_progress" in _kinds(store, hh)
    # the same rule as the worklist
    details = {w.detail for w in stalled_help.stalled_help(rik, mine=True)}
    assert details == {stalled_help.LATE, stalled_help.QUIET}


def test_escalation_to_the_teamleider_and_its_answer(store, hh):
    rik, tim = store.ctx("rik"), store.ctx("tim")
    esc = stalled.escalate(
        rik, hh.id, "teamleider", "tim", "Schuldhulp start niet", "Wachtlijst; kun jij bellen?"
    )
    assert (esc.target, esc.addressee, esc.open) == (
        "teamleider",
        "Tim Teamleider",
        True,
    ) or esc.addressee
    (item,) = stalled_help.regie_op_regie(tim).escalations
    assert (item.escalation_id, item.subject) == (esc.id, "Schuldhulp start niet")
    assert stalled_help.regie_op_regie(store.ctx("tess")).escalations == []  # other team
    assert stalled_help.regie_op_regie(rik) == stalled_help.RegieOpRegie([], [])  # no teamleider
    answered = stalled.record_answer(
        tim, esc.id, "Gebeld; start volgende week", expected_version=esc.version
    )
    assert answered.answer == "Gebeld; start volgende week" and not answered.open
    assert stalled_help.regie_op_regie(tim).escalations == []
    with pytest.raises(RuleViolation):
        stalled.record_answer(tim, esc.id, "nog eens")
    (shown,) = open_casefile(rik, hh.id).regie_escalations
    assert shown.answered_by and shown.answer.startswith("Gebeld")


def test_escalation_to_a_partner(store, hh):
    esc = stalled.escalate(
        store.ctx("rik"),
        hh.id,
        "partner",
        "GGZ Delfland, J. de Boer",
        "Intake GGZ uitgesteld",
        "Tweede keer uitgesteld",
    )
    assert (esc.target, esc.addressee) == ("partner", "GGZ Delfland, J. de Boer")
    (item,) = stalled_help.regie_op_regie(store.ctx("tim")).escalations
    assert item.addressee == "GGZ Delfland, J. de Boer"


def test_escalation_input_and_rights(store, hh):
    with pytest.raises(ValidationError) as refused:
        stalled.escalate(store.ctx("rik"), hh.id, "buurman", "", "", "")
    assert set(refused.value.errors) == {"aan wie", "aan", "wat", "waarom"}
    with pytest.raises(ValidationError) as refused:
        stalled.escalate(store.ctx("rik"), hh.id, "teamleider", "tess", "x", "y")
    assert set(refused.value.errors) == {"aan"}  # not a teamleider of this team
    for who in ("carla", "roos", "rob", "tess"):
        with pytest.raises(PermissionDenied):
            stalled.escalate(store.ctx(who), hh.id, "teamleider", "tim", "x", "y")
    assert count(store, m.RegieEscalation) == 0
    lifecycle.close(store.ctx("rik"), hh.id, "zelfredzaam", follow_up=False)
    with pytest.raises(RuleViolation):
        stalled.escalate(store.ctx("tim"), hh.id, "teamleider", "tim", "x", "y")


def test_teamleider_worklist_has_the_stalled_help_of_the_team(store, hh):
    rik = store.ctx("rik")
    g = goals.add_goal(rik, hh.id, "financien", "Schulden", "Overzicht")
    actions.add_action(
        rik, g.id, "Bellen", "wijkteam", deadline=store.clock.today() + timedelta(days=1)
    )
    store.clock.advance(days=2)
    (item,) = stalled_help.regie_op_regie(store.ctx("tim")).stalled
    assert item.household_id == hh.id and "deadline" in item.detail
    assert stalled_help.regie_op_regie(store.ctx("tess")).stalled == []


def test_many_late_actions_are_one_signal(store, hh):
    rik = store.ctx("rik")
    g = goals.add_goal(rik, hh.id, "financien", "Schulden", "Overzicht")
    for i in range(4):
        actions.add_action(
            rik, g.id, f"Actie {i}", "wijkteam", deadline=store.clock.today() + timedelta(days=i)
        )
    store.clock.advance(days=10)
    (late,) = [sg for sg in open_casefile(rik, hh.id).signals if sg.kind == "late_action"]
    assert late.text.startswith("4 acties over de deadline") and "Actie 0" in late.text
