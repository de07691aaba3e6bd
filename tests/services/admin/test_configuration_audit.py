"""Configuration documents (beheerder only, validated) and what the workflows write to the
access log: every step is logged, never with free-text case content."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from h4casus.domain.errors import PermissionDenied, ValidationError
from h4casus.services.admin import configuration
from h4casus.services.casework import escalation, lifecycle, meldcode, regie
from h4casus.services.core import audit_log
from h4casus.services.core.settings import SETTING_FIELDS, Settings, get_settings
from h4casus.services.plan import actions, decisions, evaluations, goals, versions
from h4casus.storage import models as m

SECRET = "Xylofoon-geheim"  # distinctive free text that must never reach the log


def test_settings_are_read_by_everyone_and_edited_by_the_beheerder_only(store):
    assert get_settings(store.ctx("rik")).handover_requires_approval == "across_teams"
    assert get_settings(store.ctx("rik")).transition_from_age == 16
    for who in ("tim", "rik"):
        with pytest.raises(PermissionDenied):
            configuration.update_settings(store.ctx(who), {"nazorg_default_weeks": 4})
    with pytest.raises(ValidationError) as err:
        configuration.update_settings(
            store.ctx("bert"),
            {"handover_requires_approval": "soms", "auto_lock_minutes": 0, "kleur": "blauw"},
        )
    assert set(err.value.errors) == {"handover_requires_approval", "auto_lock_minutes", "kleur"}
    assert get_settings(store.ctx("rik")).auto_lock_minutes == 10  # unchanged
    got = configuration.update_settings(store.ctx("bert"), {"nazorg_default_weeks": 4})
    assert got.nazorg_default_weeks == 4 and got.retention_years["jeugdwet"] == 20
    assert get_settings(store.ctx("rik")).nazorg_default_weeks == 4


def test_a_stored_value_that_breaks_its_rule_falls_back_to_the_default(store):
    import json

    with store.vault.session() as s:
        s.add(m.Setting(key="settings", value=json.dumps({"auto_lock_minutes": "nooit"})))
    assert get_settings(store.ctx("rik")).auto_lock_minutes == 10


def test_every_setting_has_a_default_that_passes_its_own_rule():
    defaults = Settings()
    for name, f in SETTING_FIELDS.items():
        assert f.metadata["valid"](getattr(defaults, name)), name
        assert f.metadata["label"] and f.metadata["message"], name


def test_nazorg_default_follows_the_setting(store, hh):
    from datetime import timedelta

    configuration.update_settings(store.ctx("bert"), {"nazorg_default_weeks": 4})
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
    g = goals.add_goal(rik, hh.id, "financien", SECRET, SECRET)
    actions.add_action(rik, g.id, SECRET, "netwerk", responsible_name=SECRET)
    versions.finalise(rik, hh.id, store.clock.today())
    evaluations.record_evaluation(
        rik, hh.id, store.clock.today(), SECRET, {g.id: ("behaald", SECRET)}
    )
    decisions.record_decision(
        rik, hh.id, SECRET, hart=SECRET, wet=SECRET, euro=SECRET, outcome=SECRET
    )
    c = escalation.request_level_change(rik, hh.id, "AVE 3", SECRET)
    escalation.approve_level_change(tim, c.id, SECRET)
    h = regie.propose_handover(rik, hh.id, "roos", SECRET, SECRET)
    regie.accept_handover(store.ctx("roos"), h.id)
    lifecycle.close(store.ctx("roos"), hh.id, "anders", SECRET, follow_up=False)
    with store.vault.session() as s:
        rows = s.scalars(select(m.AuditEvent).where(m.AuditEvent.id > start)).all()
    logged = [r.action for r in rows]
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
        assert expected in logged
    assert all(r.household_id == hh.id for r in rows)
    assert not [r for r in rows if SECRET in (r.detail or "")]
    with store.vault.session() as s:
        report = audit_log.verify(s, store.vault.key)
    assert report.broken is None  # the workflow writes kept the chain intact
