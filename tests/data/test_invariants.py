"""Each named invariant, broken with raw SQL (as a database edited outside the application
would be): `broken_invariants` names it and `h4casus verify` exits 5 with its name."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from h4casus import cli
from h4casus.services.plan import goals, versions
from h4casus.storage.invariants import INVARIANTS, broken_invariants
from tests.factories import ADMIN, ADMIN_PASSWORD, register


def raw(store, *statements: str) -> None:
    """Write past the services and their flush guards (and past the schema's checks where
    SQLite lets a single connection do so)."""
    with store.vault.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        for sql in statements:
            conn.execute(text(sql))
        conn.commit()


def names(store) -> set[str]:
    with store.vault.session() as s:
        return {v.name for v in broken_invariants(s)}


@pytest.fixture
def households(store):
    rik = store.ctx("rik")
    a = register(rik)
    b = register(rik, street="Voorstraat", house_number=3)
    return a, b


def test_a_fresh_store_with_casework_keeps_every_invariant(store, households):
    a, _ = households
    rik = store.ctx("rik")
    goals.add_goal(rik, a.id, "financien", "Schulden in beeld", "Overzicht binnen 3 maanden")
    versions.finalise(rik, a.id, store.clock.today())
    assert names(store) == set()


BREAKS = {
    "een_regisseur_per_open_huishouden": [
        "UPDATE regie_assignments SET ended_at = '2026-03-01 10:00:00' "
        "WHERE household_id = {a} AND ended_at IS NULL"
    ],
    "geen_regie_na_afsluiten": ["UPDATE households SET status = 'afgesloten' WHERE id = {a}"],
    "regie_bij_actief_account": [
        "UPDATE users SET active = 0 WHERE username = 'rik'",
    ],
    "niveau_volgt_laatste_wijziging": ["UPDATE households SET level_code = 'AVE 4' WHERE id = {a}"],
    "een_concept_per_plan": [
        "DROP INDEX IF EXISTS uq_plan_one_concept",
        "INSERT OR IGNORE INTO plans (household_id, created_at) VALUES ({a}, '2026-03-01')",
        "INSERT INTO plan_versions (plan_id, number, status, created_at, created_by, version) "
        "SELECT id, 101, 'concept', '2026-03-01', 1, 1 FROM plans WHERE household_id = {a}",
        "INSERT INTO plan_versions (plan_id, number, status, created_at, created_by, version) "
        "SELECT id, 102, 'concept', '2026-03-01', 1, 1 FROM plans WHERE household_id = {a}",
    ],
    "eigen_regie_met_wijkteamcontact": [
        "INSERT INTO eigen_regie (household_id, holder_name, holder_relation, reason, "
        "started_on, started_by, recorded_at, version) "
        "VALUES ({a}, 'Anna', 'moeder', 'wil het zelf doen', '2026-03-01', 1, '2026-03-01', 1)",
        "UPDATE regie_assignments SET user_id = NULL, external_party = 'Veilig Thuis' "
        "WHERE household_id = {a} AND ended_at IS NULL",
    ],
    "vastgelopen_hulp_bijgewerkt": [
        "UPDATE households SET quiet_since = '2026-01-05' WHERE id = {a}",
    ],
    "logboek_zonder_gaten": [
        "DELETE FROM audit_log WHERE id = (SELECT max(id) - 1 FROM audit_log)",
    ],
}


def test_every_invariant_has_a_breaking_case_here():
    assert set(BREAKS) == {inv.name for inv in INVARIANTS}


@pytest.mark.parametrize("name", sorted(BREAKS))
def test_a_broken_invariant_is_named_and_verify_exits_5(
    name, store, households, monkeypatch, capsys
):
    a, _ = households
    raw(store, *(sql.format(a=a.id) for sql in BREAKS[name]))
    assert name in names(store)
    store.vault.close()
    monkeypatch.setenv("H4CASUS_PASSWORD", ADMIN_PASSWORD)
    code = cli.main(["--db", str(store.path), "--user", ADMIN, "verify"])
    err = capsys.readouterr().err
    assert code == 5
    assert name in err


def test_the_stall_marks_follow_every_write_of_the_plan(store, households):
    """The marks are refreshed by the flush listener, whatever service writes: goals and
    actions, a new concept, completing an action, an evaluation, closing and reopening."""
    from datetime import timedelta

    from h4casus.services.casework import lifecycle
    from h4casus.services.plan import actions, evaluations
    from h4casus.storage import models as m

    a, _ = households
    rik = store.ctx("rik")

    def marks():
        with store.vault.session() as s:
            hh = s.get(m.Household, a.id)
            return hh.late_since, hh.quiet_since

    today = store.clock.today()
    g = goals.add_goal(rik, a.id, "financien", "Schulden in beeld", "Overzicht")
    first = actions.add_action(rik, g.id, "Bellen", "wijkteam", deadline=today + timedelta(9))
    actions.add_action(rik, g.id, "Mailen", "wijkteam", deadline=today + timedelta(5))
    assert marks() == (today + timedelta(5), None)
    evaluations.record_evaluation(rik, a.id, today, "gestart")
    assert marks() == (today + timedelta(5), today)
    versions.finalise(rik, a.id, today)
    concept = versions.start_concept(rik, a.id)
    mailen = next(x for x in concept.goals[0].actions if x.description == "Mailen")
    store.clock.advance(days=1)
    actions.update_action(rik, mailen.id, status="afgerond")  # progress after the evaluation
    assert marks() == (today + timedelta(9), None)
    assert first.status == "open"  # the frozen version keeps its own, not in force
    lifecycle.close(rik, a.id, "zelfredzaam", "rest vervalt", follow_up=False)
    assert marks() == (None, None)
    lifecycle.reopen(rik, a.id, "terug")
    assert marks() == (today + timedelta(9), None)
    assert names(store) == set()
