"""Retention: worklist by period and rule, four-eyes destruction and anonymisation."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from sqlalchemy import select

from h4casus.domain.errors import PermissionDenied, RuleViolation, ValidationError
from h4casus.services.admin import configuration
from h4casus.services.casework import file_kind
from h4casus.services.core import audit_log
from h4casus.services.privacy import retention
from h4casus.storage import models as m
from tests.factories import register
from tests.privacy.helpers import ANNA_NOTE, close_file, rich_file, table_counts

CLOSED = datetime(2005, 6, 1, 12, 0)  # the fixture clock is 2026-03-15


def due_ids(store, who="tim"):
    return {d.household_id: d for d in retention.worklist(store.ctx(who))}


def test_periods_follow_file_kind_and_adoption(store):
    jeugd = rich_file(store, file_kind="jeugdwet")
    wmo = rich_file(store, file_kind="wmo")
    never = rich_file(store, adopt=False, file_kind="wmo")
    never_youth = rich_file(store, adopt=False, file_kind="jeugdwet")
    for f in (jeugd, wmo, never, never_youth):
        close_file(store, f.household_id, datetime(2008, 6, 1))
    due = due_ids(store)
    assert jeugd.household_id not in due  # jeugdwet: due 2028-06-01
    assert due[wmo.household_id].rule == "wmo"
    assert due[wmo.household_id].due_on.isoformat() == "2023-06-01"
    # A plan never adopted: 5 years ...
    assert due[never.household_id].rule == "not_adopted"
    assert due[never.household_id].due_on.isoformat() == "2013-06-01"
    # ... but never shorter than the Jeugdwet's 20 years for a youth file.
    assert never_youth.household_id not in due
    store.clock.at = datetime(2028, 6, 1, 9, 0)
    assert due_ids(store)[never_youth.household_id].rule == "jeugdwet"


def test_a_file_that_ever_had_youth_help_keeps_the_jeugdwet_period(store):
    youth = rich_file(store, file_kind="jeugdwet")
    file_kind.change_file_kind(
        store.ctx("rik"), youth.household_id, "wmo", "Sara is 18; verder met Wmo-ondersteuning"
    )
    later = rich_file(store, file_kind="wmo")
    file_kind.change_file_kind(store.ctx("rik"), later.household_id, "jeugdwet", "jeugdhulp")
    for f in (youth, later):
        close_file(store, f.household_id, datetime(2008, 6, 1))
    assert youth.household_id not in due_ids(store)  # 20 years, not the Wmo's 15
    assert later.household_id not in due_ids(store)


def test_jeugdwet_twenty_years_counted_from_closure(store):
    f = rich_file(store, file_kind="jeugdwet")
    close_file(store, f.household_id, datetime(2006, 3, 16, 9, 0))
    assert f.household_id not in due_ids(store)  # due 2026-03-16, today is 2026-03-15
    store.clock.advance(days=1)
    d = due_ids(store)[f.household_id]
    assert (d.rule, d.due_on.isoformat()) == ("jeugdwet", "2026-03-16")


def test_open_files_are_never_due(store):
    f = rich_file(store, adopt=False)
    assert f.household_id not in due_ids(store)


def test_configured_periods_are_used(store):
    f = rich_file(store, file_kind="wmo")
    close_file(store, f.household_id, datetime(2024, 1, 1))
    assert f.household_id not in due_ids(store)
    configuration.update_settings(
        store.ctx("bert"), {"retention_years": {"jeugdwet": 20, "wmo": 2, "not_adopted": 1}}
    )
    assert due_ids(store)[f.household_id].due_on.isoformat() == "2026-01-01"


def test_four_eyes_destruction_removes_every_row_in_one_go(store):
    keep = rich_file(store)  # another household must stay untouched
    f = rich_file(store, file_kind="wmo")
    close_file(store, f.household_id, CLOSED)
    before = table_counts(store)
    p = retention.propose(store.ctx("tim"), f.household_id)
    assert table_counts(store)["persons"] == before["persons"]  # a proposal deletes nothing
    with pytest.raises(RuleViolation, match="vier ogen"):
        retention.approve(store.ctx("tim"), p.id)
    done = retention.approve(store.ctx("bert"), p.id)
    assert (done.status, done.decided_by, done.proposed_by) == ("uitgevoerd", "bert", "tim")
    with store.vault.session() as s:
        assert s.get(m.Household, f.household_id) is None
        for model in (
            m.Person,
            m.JournalEntry,
            m.Consent,
            m.Measurement,
            m.MeldcodeStep,
            m.Plan,
            m.RegieAssignment,
            m.LevelChange,
        ):
            assert not s.scalars(select(model).where(model.household_id == f.household_id)).all(), (
                model.__tablename__
            )
        assert s.scalar(select(m.Household.id).where(m.Household.id == keep.household_id))
        texts = s.scalars(select(m.JournalEntry.text)).all()
        assert texts.count(ANNA_NOTE) == 1  # only the other household's copy is left
    after = table_counts(store)
    removed = sum(
        before[t] - after[t]
        for t in before
        if t not in ("audit_log", "settings", "retention_proposals")
    )
    assert removed == done.rows_removed
    # The log keeps THAT it happened, with the case number, and its chain still holds.
    with store.vault.session() as s:
        rows = s.scalars(
            select(m.AuditEvent).where(
                m.AuditEvent.action == "retention", m.AuditEvent.event == "delete"
            )
        ).all()
        assert len(rows) == 1 and f.case_number in rows[0].detail
        assert ANNA_NOTE not in json.dumps([r.detail for r in s.scalars(select(m.AuditEvent))])
        assert audit_log.verify(s, store.vault.key).broken is None
    assert f.household_id not in due_ids(store)


def test_anonymisation_keeps_statistics_but_no_identity_or_text(store):
    f = rich_file(store)
    close_file(store, f.household_id, CLOSED)
    p = retention.propose(store.ctx("tim"), f.household_id, "anonimiseren")
    retention.approve(store.ctx("bert"), p.id)
    with store.vault.session() as s:
        hh = s.get(m.Household, f.household_id)
        assert hh.display_name == "geanonimiseerd" and hh.street == "" and hh.postcode == "2611"
        people = s.scalars(select(m.Person).where(m.Person.household_id == hh.id)).all()
        assert len(people) == 3
        assert all(p.bsn is None and p.family_name == "geanonimiseerd" for p in people)
        assert all((p.birth_date.month, p.birth_date.day) == (1, 1) for p in people)
        assert not s.scalars(
            select(m.JournalEntry).where(m.JournalEntry.household_id == hh.id)
        ).all()
        assert not s.scalars(select(m.Consent).where(m.Consent.household_id == hh.id)).all()
        scores = s.scalars(select(m.MeasurementScore)).all()
        assert [sc.score for sc in scores] == [2]
        goals = s.scalars(select(m.Goal)).all()
        assert {g.leefgebied_code for g in goals} >= {"financien"} and all(
            g.title == "" and g.smart_result == "" for g in goals
        )
        notes = s.scalars(select(m.MeldcodeStep.note)).all()
        assert notes == [""]
        assert audit_log.verify(s, store.vault.key).broken is None
    assert f.household_id not in due_ids(store)  # done: off the worklist


def test_proposal_rules(store):
    f = rich_file(store)
    with pytest.raises(RuleViolation, match="niet afgesloten"):
        retention.propose(store.ctx("tim"), f.household_id)
    close_file(store, f.household_id, CLOSED)
    with pytest.raises(PermissionDenied):
        retention.propose(store.ctx("rik"), f.household_id)
    with pytest.raises(ValidationError, match="wijze"):
        retention.propose(store.ctx("tim"), f.household_id, "verbranden")
    p = retention.propose(store.ctx("tim"), f.household_id)
    with pytest.raises(RuleViolation, match="al voorstel"):
        retention.propose(store.ctx("bert"), f.household_id)
    with pytest.raises(PermissionDenied):
        retention.approve(store.ctx("rik"), p.id)
    r = retention.reject(store.ctx("bert"), p.id)
    assert r.status == "afgewezen"
    with pytest.raises(RuleViolation, match="afgewezen"):
        retention.approve(store.ctx("bert"), p.id)
    with store.vault.session() as s:
        assert s.get(m.Household, f.household_id) is not None


def test_reopened_file_is_not_destroyed_on_approval(store):
    f = rich_file(store)
    close_file(store, f.household_id, CLOSED)
    p = retention.propose(store.ctx("tim"), f.household_id)
    with store.vault.session() as s:
        hh = s.get(m.Household, f.household_id)
        hh.status, hh.closed_at = "actief", None
    with pytest.raises(RuleViolation):
        retention.approve(store.ctx("bert"), p.id)
    with store.vault.session() as s:
        assert s.get(m.Household, f.household_id) is not None
        assert s.get(m.RetentionProposal, p.id).status == "voorgesteld"


def test_add_years_leap_day():
    from datetime import date

    assert retention.add_years(date(2004, 2, 29), 15) == date(2019, 2, 28)


def test_household_without_anything_else_is_destroyed(store):
    hh = register(store.ctx("rik"))
    close_file(store, hh.id, CLOSED)
    p = retention.propose(store.ctx("tim"), hh.id)
    assert retention.approve(store.ctx("bert"), p.id).rows_removed > 0


def test_cli_worklist_propose_and_four_eyes_approve(store, monkeypatch, capsys):
    from tests.factories import ADMIN, ADMIN_PASSWORD, USER_PASSWORD
    from tests.privacy.helpers import cli

    f = rich_file(store)
    close_file(store, f.household_id, CLOSED)
    store.close()
    db = ["--db", str(store.path)]
    monkeypatch.setenv("H4CASUS_PASSWORD", ADMIN_PASSWORD)
    assert cli([*db, "--user", ADMIN, "retention", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [d["case_number"] for d in listed["due"]] == [f.case_number]
    assert cli([*db, "--user", ADMIN, "retention", "propose", str(f.household_id)]) == 0
    assert cli([*db, "--user", ADMIN, "retention", "approve", "1"]) == 4
    assert "vier ogen" in capsys.readouterr().err
    monkeypatch.setenv("H4CASUS_PASSWORD", USER_PASSWORD)
    assert cli([*db, "--user", "rik", "retention", "approve", "1"]) == 3
    assert cli([*db, "--user", "tim", "retention", "approve", "1"]) == 0
    assert "uitgevoerd" in capsys.readouterr().out
    assert cli([*db, "--user", "tim", "verify"]) == 0
