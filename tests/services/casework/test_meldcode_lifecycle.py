"""Meldcode steps and the household lifecycle (intake safety check, nazorg, closing, reopening)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from h4casus.domain.errors import PermissionDenied, RuleViolation, ValidationError
from h4casus.services.casework import escalation, lifecycle, meldcode, regie
from h4casus.services.plan import actions, goals
from tests.services.helpers import active_holders, household_row, user_id

TODAY = date(2026, 3, 15)


# --------------------------------------------------------------------------- meldcode


def test_five_steps_dated_attributed_with_a_decision_at_step_5(store, hh):
    dates = ["2026-03-02", "2026-03-04", "2026-03-06", "2026-03-09"]
    for step, (who, day) in enumerate(
        zip(["carla", "rik", "rik", "roos"], dates, strict=True), start=1
    ):
        meldcode.record_step(store.ctx(who), hh.id, step, f"stap {step}", done_on=day)
    five = meldcode.record_step(
        store.ctx("rik"), hh.id, 5, "Melding gedaan", decision="melden en hulp organiseren"
    )
    assert five.decision == "melden en hulp organiseren" and five.done_on == TODAY
    history = meldcode.history(store.ctx("tim"), hh.id)
    assert [(h.step, h.author, h.done_on.isoformat()) for h in history[:4]] == [
        (1, "carla", "2026-03-02"),
        (2, "rik", "2026-03-04"),
        (3, "rik", "2026-03-06"),
        (4, "roos", "2026-03-09"),
    ]
    assert history[1].step_name.startswith("Collegiale consultatie")


def test_steps_follow_each_other_and_the_decision_belongs_to_step_5(store, hh):
    with pytest.raises(RuleViolation, match="na stap 1"):
        meldcode.record_step(store.ctx("rik"), hh.id, 2, "consultatie")
    meldcode.record_step(store.ctx("rik"), hh.id, 1, "signalen", done_on="2026-03-10")
    with pytest.raises(ValidationError):
        meldcode.record_step(store.ctx("rik"), hh.id, 2, "x", done_on="2026-03-09")  # before 1
    with pytest.raises(ValidationError):
        meldcode.record_step(store.ctx("rik"), hh.id, 2, "x", decision="melden")
    for step in (2, 3, 4):
        meldcode.record_step(store.ctx("rik"), hh.id, step, "ok")
    with pytest.raises(ValidationError, match="besluit"):
        meldcode.record_step(store.ctx("rik"), hh.id, 5, "beslissen")
    with pytest.raises(ValidationError):
        meldcode.record_step(store.ctx("rik"), hh.id, 6, "bestaat niet")
    with pytest.raises(PermissionDenied):
        meldcode.record_step(store.ctx("rob"), hh.id, 1, "ander team")


def test_intake_not_safe_starts_the_meldcode(store, hh):
    with pytest.raises(ValidationError):
        lifecycle.record_intake(store.ctx("carla"), hh.id, False)  # signals must be described
    result = lifecycle.record_intake(store.ctx("carla"), hh.id, False, note="blauwe plekken")
    assert result.meldcode_started and result.status.status == "intake"
    (step1,) = meldcode.history(store.ctx("rik"), hh.id)
    assert step1.step == 1 and "blauwe plekken" in step1.note and step1.author == "carla"
    meldcode.record_step(store.ctx("rik"), hh.id, 2, "Veilig Thuis geraadpleegd")


def test_intake_safe_starts_no_meldcode(store, hh):
    result = lifecycle.record_intake(store.ctx("carla"), hh.id, True)
    assert not result.meldcode_started and meldcode.history(store.ctx("rik"), hh.id) == []


# --------------------------------------------------------------------------- lifecycle


def test_aangemeld_intake_actief_nazorg_afgesloten(store, hh):
    with pytest.raises(RuleViolation):
        lifecycle.activate(store.ctx("rik"), hh.id)  # intake first
    with pytest.raises(RuleViolation):
        lifecycle.start_nazorg(store.ctx("rik"), hh.id)
    lifecycle.record_intake(store.ctx("carla"), hh.id, True)
    assert lifecycle.activate(store.ctx("rik"), hh.id).status == "actief"
    nazorg = lifecycle.start_nazorg(store.ctx("rik"), hh.id)
    assert nazorg.status == "nazorg" and nazorg.nazorg_checkin_date == TODAY + timedelta(weeks=12)
    later = lifecycle.set_checkin(store.ctx("rik"), hh.id, "2026-09-01")
    assert later.nazorg_checkin_date == date(2026, 9, 1)
    closed = lifecycle.close(store.ctx("rik"), hh.id)
    assert closed.status == "afgesloten" and closed.closed_at == store.clock.now()
    assert closed.close_reason == lifecycle.CLOSE_DEFAULT_REASON
    assert closed.nazorg_checkin_date is None and closed.regisseur_id is None


def test_closing_with_open_actions_needs_a_reason(store, hh):
    g = goals.add_goal(store.ctx("rik"), hh.id, "financien", "Doel", "Resultaat")
    a = actions.add_action(store.ctx("rik"), g.id, "Bellen", "wijkteam")
    with pytest.raises(RuleViolation, match="openstaande"):
        lifecycle.close(store.ctx("rik"), hh.id)
    assert household_row(store, hh.id).status == "aangemeld"
    actions.update_action(store.ctx("rik"), a.id, status="afgerond")
    assert lifecycle.close(store.ctx("rik"), hh.id).status == "afgesloten"


def test_closing_records_reason_ends_regie_and_clears_pending_work(store, hh):
    g = goals.add_goal(store.ctx("rik"), hh.id, "financien", "Doel", "Resultaat")
    actions.add_action(store.ctx("rik"), g.id, "Bellen", "wijkteam")
    h = regie.propose_handover(store.ctx("rik"), hh.id, "roos", "verlof")
    change = escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 3", "zorgen")
    closed = lifecycle.close(store.ctx("rik"), hh.id, "verhuisd naar buiten de regio")
    assert closed.close_reason == "verhuisd naar buiten de regio"
    assert active_holders(store, hh.id) == []
    assert regie.history(store.ctx("tim"), hh.id)[-1].end_reason == "huishouden afgesloten"
    with pytest.raises(RuleViolation):
        regie.accept_handover(store.ctx("roos"), h.id)
    with pytest.raises(RuleViolation):
        escalation.approve_level_change(store.ctx("tim"), change.id)
    # A closed household accepts no casework until it is reopened.
    with pytest.raises(RuleViolation, match="afgesloten"):
        goals.add_goal(store.ctx("tim"), hh.id, "financien", "Doel", "Resultaat")
    with pytest.raises(RuleViolation):
        regie.assign(store.ctx("tim"), hh.id, "roos", "na afsluiten")
    with pytest.raises(RuleViolation):
        lifecycle.close(store.ctx("tim"), hh.id, "nog eens")


def test_who_may_close(store, hh):
    for who in ("carla", "roos", "rob", "tess", "bert"):
        with pytest.raises(PermissionDenied):
            lifecycle.close(store.ctx(who), hh.id, "reden")
    assert household_row(store, hh.id).status == "aangemeld"
    assert lifecycle.close(store.ctx("tim"), hh.id, "reden").status == "afgesloten"


def test_reopen_assigns_a_regisseur_and_stops_the_retention_clock(store, hh):
    lifecycle.close(store.ctx("rik"), hh.id)
    with pytest.raises(RuleViolation):
        lifecycle.activate(store.ctx("tim"), hh.id)  # only reopening leaves afgesloten
    store.clock.advance(days=30)
    back = lifecycle.reopen(store.ctx("tim"), hh.id, "nieuwe vraag")
    assert back.status == "actief" and back.closed_at is None and back.close_reason is None
    assert back.regisseur_id == user_id(store, "rik")  # the teamleider returns it to rik
    assert household_row(store, hh.id).next_review_date == store.clock.today() + timedelta(days=91)
    with pytest.raises(RuleViolation):
        lifecycle.reopen(store.ctx("tim"), hh.id, "al open")


def test_a_regisseur_reopens_for_themselves_only(store, hh):
    lifecycle.close(store.ctx("rik"), hh.id)
    with pytest.raises(PermissionDenied):
        lifecycle.reopen(store.ctx("roos"), hh.id, "nieuwe vraag", regisseur="rik")
    with pytest.raises(PermissionDenied):
        lifecycle.reopen(store.ctx("rob"), hh.id, "ander team")
    back = lifecycle.reopen(store.ctx("roos"), hh.id, "nieuwe vraag")
    assert back.regisseur_id == user_id(store, "roos")
