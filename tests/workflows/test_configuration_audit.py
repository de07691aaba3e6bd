"""Configuration documents (beheerder only, validated) and what the workflows write to the
access log: every step is logged, never with free-text case content."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from h4casus.domain.errors import PermissionDenied, ValidationError
from h4casus.services.admin import configuration
from h4casus.services.casework import escalation, lifecycle, meldcode, regie
from h4casus.services.core import audit_log
from h4casus.services.plan import plans
from h4casus.storage import models as m

SECRET = "Xylofoon-geheim"  # distinctive free text that must never reach the log


def test_settings_are_read_by_everyone_and_edited_by_the_beheerder_only(store):
    assert (
        configuration.get_settings(store.ctx("rik"))["handover_requires_approval"] == "across_teams"
    )
    assert configuration.get_transition_config(store.ctx("rik"))["from_age"] == 16
    for who in ("tim", "rik"):
        with pytest.raises(PermissionDenied):
            configuration.update_settings(store.ctx(who), "settings", {"nazorg_default_weeks": 4})
    with pytest.raises(ValidationError) as err:
        configuration.update_settings(
            store.ctx("bert"),
            "settings",
            {"handover_requires_approval": "soms", "auto_lock_minutes": 0, "kleur": "blauw"},
        )
    assert set(err.value.errors) == {"handover_requires_approval", "auto_lock_minutes", "kleur"}
    assert configuration.get_settings(store.ctx("rik"))["auto_lock_minutes"] == 10  # unchanged
    doc = configuration.update_settings(store.ctx("bert"), "settings", {"nazorg_default_weeks": 4})
    assert doc["nazorg_default_weeks"] == 4 and doc["retention_years"]["jeugdwet"] == 20


def test_nazorg_default_follows_the_setting(store, hh):
    from datetime import timedelta

    configuration.update_settings(store.ctx("bert"), "settings", {"nazorg_default_weeks": 4})
    lifecycle.record_intake(store.ctx("carla"), hh.id, True)
    lifecycle.activate(store.ctx("rik"), hh.id)
    got = lifecycle.start_nazorg(store.ctx("rik"), hh.id)
    assert got.nazorg_checkin_date == store.clock.today() + timedelta(weeks=4)


def test_workflow_steps_are_logged_without_case_content(store, hh):
    rik, tim = store.ctx("rik"), store.ctx("tim")
    with store.vault.session() as s:
        start = s.scalar(select(m.AuditEvent.id).order_by(m.AuditEvent.id.desc()).limit(1))
    lifecycle.record_intake(store.ctx("carla"), hh.id, False, note=SECRET)
    meldcode.record_step(rik, hh.id, 2, SECRET)
    g = plans.add_goal(rik, hh.id, "financien", SECRET, SECRET)
    plans.add_action(rik, g.id, SECRET, "netwerk", responsible_name=SECRET)
    plans.finalise(rik, hh.id, store.clock.today())
    plans.record_evaluation(rik, hh.id, store.clock.today(), SECRET, {g.id: ("behaald", SECRET)})
    plans.record_decision(rik, hh.id, SECRET, hart=SECRET, wet=SECRET, euro=SECRET, outcome=SECRET)
    c = escalation.request_level_change(rik, hh.id, "AVE 3", SECRET)
    escalation.approve_level_change(tim, c.id, SECRET)
    h = regie.propose_handover(rik, hh.id, "roos", SECRET, SECRET)
    regie.accept_handover(store.ctx("roos"), h.id)
    lifecycle.close(store.ctx("roos"), hh.id, SECRET)
    with store.vault.session() as s:
        rows = s.scalars(select(m.AuditEvent).where(m.AuditEvent.id > start)).all()
    actions = [r.action for r in rows]
    for expected in (
        "intake.record",
        "meldcode.record",
        "plan.edit",
        "plan.finalise",
        "evaluation.record",
        "decision.record",
        "level.request",
        "level.approve",
        "handover.propose",
        "handover.accept",
        "household.close",
    ):
        assert expected in actions
    assert all(r.household_id == hh.id for r in rows)
    assert not [r for r in rows if SECRET in (r.detail or "")]
    with store.vault.session() as s:
        report = audit_log.verify(s, store.vault.key)
    assert report.broken is None  # the workflow writes kept the chain intact
