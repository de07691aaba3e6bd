"""Viewing and exporting the access log: who sees which rows, filters, CSV formula
neutralisation, and that looking and exporting are logged themselves."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from sqlalchemy import select

from h4casus.domain.errors import PermissionDenied, ValidationError
from h4casus.services.admin.audit_views import AuditFilter, export_csv, list_events, neutralise
from h4casus.services.casework import households
from h4casus.services.core import audit_log
from h4casus.services.store.verification import verify_store
from h4casus.storage import models as m
from tests.factories import ADMIN, TEAM_B, register


@pytest.fixture
def two_teams(store):
    a = register(store.ctx("rik"))
    b = register(store.ctx("rob"), team=TEAM_B)
    households.get_household(store.ctx("roos"), a.id)
    return store, a, b


def test_teamleider_sees_only_own_team_households(two_teams):
    store, a, b = two_teams
    rows = list_events(store.ctx("tim"))
    assert rows and {r.household_id for r in rows} == {a.id}
    rows_b = list_events(store.ctx("tess"))
    assert {r.household_id for r in rows_b} == {b.id}


def test_beheerder_sees_everything_and_filters(two_teams):
    store, a, b = two_teams
    everything = list_events(store.ctx("bert"))
    assert {a.id, b.id, None} <= {r.household_id for r in everything}
    by_roos = list_events(store.ctx("bert"), AuditFilter(username="roos", event="read"))
    assert [(r.username, r.household_id, r.action) for r in by_roos] == [
        ("roos", a.id, "household.read")
    ]
    only_b = list_events(store.ctx("bert"), AuditFilter(household_id=b.id))
    assert {r.household_id for r in only_b} == {b.id}


def test_period_filter(two_teams):
    store, a, _ = two_teams
    store.clock.advance(days=2)
    households.get_household(store.ctx("rik"), a.id)
    day = store.clock.today()
    rows = list_events(store.ctx("bert"), AuditFilter(date_from=day, date_to=day, event="read"))
    assert [r.username for r in rows if r.household_id] == ["rik"]
    assert list_events(store.ctx("bert"), AuditFilter(date_to=date(2020, 1, 1))) == []


@pytest.mark.parametrize("who", ["rik", "carla", "roos"])
def test_casework_roles_cannot_read_the_log(store, who):
    with pytest.raises(PermissionDenied):
        list_events(store.ctx(who))


def test_invalid_filter_is_refused(store):
    with pytest.raises(ValidationError) as exc:
        list_events(
            store.ctx("bert"),
            AuditFilter(event="hack", date_from=date(2026, 2, 1), date_to=date(2026, 1, 1)),
        )
    assert set(exc.value.errors) == {"gebeurtenis", "periode"}


def test_looking_at_the_log_is_logged(store):
    list_events(store.ctx("bert"), AuditFilter(event="login"))
    with store.vault.session() as s:
        row = s.scalars(select(m.AuditEvent).order_by(m.AuditEvent.id.desc())).first()
    assert (row.username, row.event, row.action) == ("bert", "read", "audit.read")
    assert "gebeurtenis=login" in row.detail


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ('=HYPERLINK("http://x","klik")', '\'=HYPERLINK("http://x","klik")'),
        ("+31 6 1234", "'+31 6 1234"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("gewoon", "gewoon"),
        ("", ""),
    ],
)
def test_neutralise(cell, safe):
    assert neutralise(cell) == safe


def test_export_neutralises_formulas_and_is_logged(two_teams, tmp_path):
    store, a, _ = two_teams
    with store.vault.session() as s:
        audit_log.record(
            s,
            store.ctx("rik"),
            "read",
            "household.read",
            ground="regisseur/assigned",
            household_id=a.id,
            detail='=HYPERLINK("http://evil","x")',
        )
    out = tmp_path / "log.csv"
    count = export_csv(store.ctx("tim"), out, AuditFilter(household_id=a.id))
    text = out.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    assert rows[0][:3] == ["id", "tijdstip", "gebeurtenis"]
    assert len(rows) == count + 1
    details = [r[-1] for r in rows[1:]]
    assert '\'=HYPERLINK("http://evil","x")' in details
    assert not any(c.startswith(("=", "+", "-", "@")) for r in rows for c in r)
    with store.vault.session() as s:
        row = s.scalars(select(m.AuditEvent).order_by(m.AuditEvent.id.desc())).first()
    assert (row.username, row.event, row.action) == ("tim", "export", "audit.export")
    assert verify_store(store.ctx(ADMIN)).problems == []


def test_export_refused_writes_no_file(store, tmp_path):
    out = tmp_path / "log.csv"
    with pytest.raises(PermissionDenied):
        export_csv(store.ctx("rik"), out)
    assert not out.exists()
