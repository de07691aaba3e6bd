"""Demo data: reproducible, varied, and consistent with the rules the services keep."""

from __future__ import annotations

import json
import os
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from h4casus.cli import main as cli_main
from h4casus.demo import generator as demo
from h4casus.demo import generator as generator_module
from h4casus.demo import limits, producer
from h4casus.domain.errors import PermissionDenied
from h4casus.domain.validation import is_valid_bsn, postcode
from h4casus.services.core import audit_log
from h4casus.services.core.clock import FixedClock
from h4casus.services.queries.search import search_households
from h4casus.services.store.session import login
from h4casus.services.store.vault import open_store
from h4casus.storage import models as m
from h4casus.storage.invariants import broken_invariants
from tests.data.conftest import DEMO_HOUSEHOLDS
from tests.factories import ADMIN_PASSWORD, Store

TODAY = date(2026, 3, 15)
POSTCODE_PREFIXES = {
    "Delft": ("26",),
    "Rijswijk": ("228",),
    "Westland": ("26", "229"),
    "Midden-Delfland": ("2635", "2636", "3155"),
    "Pijnacker-Nootdorp": ("263", "264"),
}


def scalar(st: Store, q):
    with st.vault.session() as s:
        return s.scalar(q)


def rows(st: Store, q):
    with st.vault.session() as s:
        return s.execute(q).all()


def fingerprint(st: Store) -> list:
    return rows(
        st,
        select(
            m.Household.case_number,
            m.Household.display_name,
            m.Household.street,
            m.Household.house_number,
            m.Household.postcode,
            m.Household.status,
            m.Household.level_code,
            m.Person.given_names,
            m.Person.family_name,
            m.Person.birth_date,
            m.Person.bsn,
        )
        .join(m.Person, m.Person.household_id == m.Household.id)
        .order_by(m.Person.id),
    )


def fresh_store(tmp_path, name: str) -> Store:
    return Store.create(
        tmp_path / name, FixedClock(datetime(2026, 3, 15, 10, 30, 0)), with_accounts=False
    )


def test_same_seed_gives_the_same_data_and_another_seed_other_data(tmp_path):
    stores = [fresh_store(tmp_path, f"{i}.h4c") for i in range(3)]
    try:
        results = [
            demo.generate(st.admin, 60, seed=s) for st, s in zip(stores, (11, 11, 12), strict=True)
        ]
        assert results[0].counts == results[1].counts
        assert fingerprint(stores[0]) == fingerprint(stores[1])
        assert fingerprint(stores[0]) != fingerprint(stores[2])
    finally:
        for st in stores:
            st.close()


def test_counts_match_the_request_and_look_like_a_region(demo_store):
    st, result = demo_store
    assert result.counts["households"] == DEMO_HOUSEHOLDS
    persons = result.counts["persons"]
    assert 2.4 * DEMO_HOUSEHOLDS <= persons <= 3.6 * DEMO_HOUSEHOLDS
    journal = result.counts["journal_entries"]
    assert 7 * DEMO_HOUSEHOLDS <= journal <= 13 * DEMO_HOUSEHOLDS
    sizes = dict(
        rows(
            st,
            select(m.Person.household_id, func.count()).group_by(m.Person.household_id),
        )
    )
    assert min(sizes.values()) == 1 and max(sizes.values()) >= 5
    gemeenten = {g for (g,) in rows(st, select(m.Household.gemeente).distinct())}
    assert gemeenten == set(POSTCODE_PREFIXES)


def test_the_demo_keeps_every_named_invariant(demo_store):
    """One active regie per open household and none for closed ones, held by active accounts;
    the level is the last carried-out change; one concept per plan; a log without gaps."""
    st, _ = demo_store
    with st.vault.session() as s:
        assert broken_invariants(s) == []
    assert scalar(st, select(func.count()).select_from(m.Household)) == scalar(
        st, select(func.count(func.distinct(m.LevelChange.household_id)))
    )


def test_the_whole_lifecycle_is_there(demo_store):
    st, _ = demo_store
    statuses = {s for (s,) in rows(st, select(m.Household.status).distinct())}
    assert statuses == {"aangemeld", "intake", "actief", "nazorg", "afgesloten"}
    levels = {lv for (lv,) in rows(st, select(m.Household.level_code).distinct())}
    assert levels == {"AVE 1", "AVE 2", "AVE 3", "AVE 4"}
    change_states = {s for (s,) in rows(st, select(m.LevelChange.status).distinct())}
    assert {"doorgevoerd", "aangevraagd"} <= change_states
    handovers = {s for (s,) in rows(st, select(m.Handover.status).distinct())}
    assert "voltooid" in handovers and handovers & {"voorgesteld", "geaccepteerd"}
    plan_states = {s for (s,) in rows(st, select(m.PlanVersion.status).distinct())}
    assert plan_states == {"concept", "vastgesteld"}
    assert scalar(st, select(func.max(m.PlanVersion.number))) >= 2
    overdue_actions = scalar(
        st,
        select(func.count())
        .select_from(m.Action)
        .where(m.Action.status.in_(("open", "lopend")), m.Action.deadline < TODAY),
    )
    assert overdue_actions > 0
    kinds = {k for (k,) in rows(st, select(m.Action.responsible_type).distinct())}
    assert kinds == {"inwoner", "netwerk", "wijkteam", "aanbieder", "professional"}
    assert scalar(st, select(func.count()).select_from(m.Evaluation)) > 0
    assert scalar(st, select(func.count()).select_from(m.GoalEvaluation)) > 0
    assert scalar(st, select(func.count()).select_from(m.MeldcodeStep)) > 0
    assert scalar(st, select(func.count()).select_from(m.Consent)) > 0


def test_zrm_measurements_for_persons_and_households_over_time(demo_store):
    st, _ = demo_store
    found = set(rows(st, select(m.Measurement.instrument_code, m.Measurement.kind).distinct()))
    assert {("ZRM-HH", "intake"), ("ZRM-HH", "evaluatie"), ("ZRM2017", "intake")} <= found
    person_scoped = scalar(
        st,
        select(func.count())
        .select_from(m.Measurement)
        .where(m.Measurement.instrument_code == "ZRM2017", m.Measurement.person_id.is_(None)),
    )
    assert person_scoped == 0
    bad_scores = scalar(
        st,
        select(func.count())
        .select_from(m.MeasurementScore)
        .join(m.Measurement, m.Measurement.id == m.MeasurementScore.measurement_id)
        .where(m.Measurement.instrument_code != "PARTICIPATIELADDER")
        .where((m.MeasurementScore.score < 1) | (m.MeasurementScore.score > 5)),
    )
    assert bad_scores == 0


def test_youths_with_and_without_perspectiefplan(demo_store):
    st, _ = demo_store
    youths = rows(
        st,
        select(m.Person.id, m.Person.birth_date).where(
            m.Person.relation == "kind",
            m.Person.birth_date <= date(2011, 3, 15),
            m.Person.birth_date > date(2008, 3, 15),
        ),
    )
    with_plan = {pid for (pid,) in rows(st, select(m.TransitionPlan.person_id).distinct())}
    ids = {pid for pid, _b in youths}
    assert with_plan and with_plan <= ids
    assert ids - with_plan
    items = scalar(st, select(func.count()).select_from(m.TransitionItem))
    assert items == 10 * scalar(st, select(func.count()).select_from(m.TransitionPlan))


def test_bsns_pass_the_elfproef_and_postcodes_fit_the_gemeente(demo_store):
    st, _ = demo_store
    bsns = [b for (b,) in rows(st, select(m.Person.bsn))]
    present = [b for b in bsns if b]
    assert present and all(is_valid_bsn(b) for b in present)
    assert len(set(present)) == len(present)
    assert len(present) < len(bsns)  # some members have no BSN
    for pc, gemeente in rows(st, select(m.Household.postcode, m.Household.gemeente)):
        assert postcode(pc) == pc
        assert pc.startswith(POSTCODE_PREFIXES[gemeente]), (pc, gemeente)


def test_journal_network_and_partners(demo_store):
    st, _ = demo_store
    confidential = scalar(
        st, select(func.count()).select_from(m.JournalEntry).where(m.JournalEntry.confidential)
    )
    assert confidential > 0
    orgs = {o for (o,) in rows(st, select(m.NetworkContact.organisation).distinct())}
    assert {"Jeugdformaat", "GGZ Delfland", "Kwadraad"} <= orgs
    kinds = {k for (k,) in rows(st, select(m.NetworkContact.kind).distinct())}
    assert kinds == {"formeel", "informeel"}


def test_bulk_load_leaves_a_consistent_database_with_every_index(demo_store, store):
    st, _ = demo_store
    with st.vault.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        indexes = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"
        ).all()
    with store.vault.engine.connect() as conn:
        fresh = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"
        ).all()
    assert indexes == fresh


def test_one_audit_event_and_the_chain_still_verifies(demo_store):
    st, _ = demo_store
    events = rows(st, select(m.AuditEvent.detail).where(m.AuditEvent.action == "demo.generate"))
    assert len(events) == 1 and "400 huishoudens" in events[0][0]
    with st.vault.session() as s:
        assert audit_log.verify(s, st.vault.key).broken is None


def test_demo_accounts_unlock_with_the_documented_password(demo_store):
    st, result = demo_store
    account = next(a for a in result.accounts if a.role == "regisseur" and a.can_log_in)
    can_log_in = [a for a in result.accounts if a.can_log_in]
    assert {a.role for a in can_log_in} == {"teamleider", "regisseur", "consulent"}
    slots = [st.vault.slots.slots[f"user:{a.username}"] for a in can_log_in]
    assert all(slot.public_key for slot in slots)  # re-keyable like every other slot
    per_team = {a.team for a in can_log_in}
    assert len(can_log_in) <= len(per_team) * (
        1 + limits.LOGIN_REGISSEURS + limits.LOGIN_CONSULENTEN
    )
    vault = open_store(st.path, account.username, demo.DEMO_PASSWORD)
    try:
        ctx = login(vault, account.username, st.clock)
        hits = search_households(ctx, "2")  # one character: nothing yet
        assert hits == []
        team_names = {t for (t,) in rows(st, select(m.Team.name).join(m.Household).distinct())}
        assert account.team in team_names
    finally:
        vault.close()


def test_only_a_beheerder_may_generate_and_nothing_is_written(store):
    before = scalar(store, select(func.count()).select_from(m.Household))
    with pytest.raises(PermissionDenied):
        demo.generate(store.ctx("rik"), 10, seed=1)
    assert scalar(store, select(func.count()).select_from(m.Household)) == before


def test_cli_demo_creates_the_database_and_fills_it(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("H4CASUS_PASSWORD", ADMIN_PASSWORD)
    db = tmp_path / "nieuw.h4c"
    code = cli_main(
        ["--db", str(db), "--user", "beheer", "demo", "--households", "25", "--seed", "3"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "HERSTELSLEUTEL" in out and demo.DEMO_PASSWORD in out
    assert cli_main(["--db", str(db), "--user", "beheer", "list", "households", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 25
    assert all(h["level"].startswith("AVE ") for h in listed)
    assert os.stat(db).st_size > 0


def test_rows_made_in_the_helper_process_are_the_same_as_made_in_process(tmp_path, monkeypatch):
    stores = [fresh_store(tmp_path, f"{i}.h4c") for i in range(2)]
    monkeypatch.setattr(limits, "BATCH_HOUSEHOLDS", 7)  # several batches through the pipe
    received = []
    receive = producer.Producer.receive
    monkeypatch.setattr(
        producer.Producer, "receive", lambda p: received.append(receive(p)) or received[-1]
    )
    try:
        results = []
        for st, parallel in zip(stores, (False, True), strict=True):
            monkeypatch.setattr(
                generator_module, "use_producer", lambda _n, parallel=parallel: parallel
            )
            results.append(demo.generate(st.admin, 60, seed=11))
        assert len(received) == 60 // 7 + 2  # nine batches from the helper, then its end mark
        assert results[0].counts == results[1].counts
        assert fingerprint(stores[0]) == fingerprint(stores[1])
        with stores[1].vault.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    finally:
        for st in stores:
            st.close()


def test_a_helper_failing_midway_leaves_nothing_behind(tmp_path, monkeypatch):
    st = fresh_store(tmp_path, "kapot.h4c")
    monkeypatch.setattr(generator_module, "use_producer", lambda _n: True)
    monkeypatch.setattr(limits, "BULK_MIN_HOUSEHOLDS", 1)  # indexes dropped during the load
    monkeypatch.setattr(limits, "BATCH_HOUSEHOLDS", 7)
    send = producer.Producer.send

    def broken(self, obj):
        gen, skel = obj
        send(self, (gen, [*skel[:10], None]))  # the helper fails after its first batch

    monkeypatch.setattr(producer.Producer, "send", broken)
    try:
        with st.vault.engine.connect() as conn:
            indexes = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")
            before = sorted(indexes.all())
        with pytest.raises(RuntimeError, match="hulpproces"):
            demo.generate(st.admin, 30, seed=2)
        assert scalar(st, select(func.count()).select_from(m.Household)) == 0
        assert scalar(st, select(func.count()).select_from(m.Person)) == 0
        with st.vault.engine.connect() as conn:
            indexes = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")
            assert sorted(indexes.all()) == before
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        st.close()


def test_without_a_helper_process_the_rows_are_made_in_process(tmp_path, monkeypatch):
    st = fresh_store(tmp_path, "alleen.h4c")
    monkeypatch.setattr(generator_module, "use_producer", lambda _n: True)
    monkeypatch.setattr(producer.sys, "executable", str(tmp_path / "geen-python"))
    try:
        result = demo.generate(st.admin, 20, seed=4)
        assert result.counts["households"] == 20
        assert scalar(st, select(func.count()).select_from(m.Household)) == 20
    finally:
        st.close()


def test_idle_cpu_reading_sees_this_machine():
    """The helper process is started only with a core idle; on Linux that is read from
    /proc/stat, and the figure must be a real one (0 .. number of CPUs), not a fallback."""
    import sys

    idle = producer.idle_cpus(0.05)
    if sys.platform.startswith("linux"):
        assert idle is not None and 0.0 <= idle <= (os.cpu_count() or 1) + 0.01
    else:
        assert idle is None


def test_eigen_regie_and_regie_op_regie_are_in_the_demo(demo_store):
    st, _ = demo_store
    assert scalar(st, select(func.count()).select_from(m.EigenRegie)) > 0
    targets = {t for (t,) in rows(st, select(m.RegieEscalation.target).distinct())}
    assert targets == {"teamleider", "partner"}
    reasons = {r for (r,) in rows(st, select(m.Household.closure_reason).distinct())}
    assert {"zelfredzaam", "verhuisd"} <= reasons
