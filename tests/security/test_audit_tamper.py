"""The HMAC chain finds a changed, removed (middle or last) or reordered row, and names the
first broken row. Tampering is done with raw SQL on the open encrypted database."""

from __future__ import annotations

import pytest

from h4casus.services.store.verification import verify_store
from tests.factories import ADMIN, register


@pytest.fixture
def logged(store):
    for _ in range(3):
        register(store.ctx("rik"))
    with store.vault.engine.connect() as conn:
        n = conn.exec_driver_sql("SELECT max(id) FROM audit_log").scalar()
    assert n >= 8
    return store, n


def raw(store, *sql: str) -> None:
    with store.vault.engine.begin() as conn:
        for stmt in sql:
            conn.exec_driver_sql(stmt)


def problems(store) -> list[str]:
    """The chain and anchor problems verify reports (a removed row also breaks the named
    invariant `logboek_zonder_gaten`; that one is tested in tests/data/test_invariants.py)."""
    return [
        p for p in verify_store(store.ctx(ADMIN)).problems if p.startswith(("logboek", "anker"))
    ]


def test_untouched_log_verifies(logged):
    store, _ = logged
    assert problems(store) == []
    assert problems(store) == []  # the verify run itself extends the chain correctly


def test_changed_row_is_found_and_named(logged):
    store, _ = logged
    raw(store, "UPDATE audit_log SET username = 'iemand' WHERE id = 5")
    assert problems(store) == ["logboek: keten verbroken bij rij 5: inhoud of volgorde gewijzigd"]


def test_changed_time_is_found(logged):
    store, _ = logged
    raw(store, "UPDATE audit_log SET at = '2020-01-01T00:00:00+00:00' WHERE id = 3")
    assert "rij 3" in problems(store)[0]


def test_removed_middle_row_is_found_and_named(logged):
    store, _ = logged
    raw(store, "DELETE FROM audit_log WHERE id = 4")
    (problem,) = problems(store)
    assert "rij 5" in problem and "vóór 5 ontbreken" in problem


def test_removed_last_row_is_found(logged):
    store, n = logged
    raw(store, f"DELETE FROM audit_log WHERE id = {n}")
    problem, anchor = problems(store)
    assert f"rij {n}" in problem and "ontbreken" in problem
    # The anchor outside the database finds it too (issue 10, item 10).
    assert anchor.startswith("anker:") and "achter" in anchor


def test_removed_first_row_is_found(logged):
    store, _ = logged
    raw(store, "DELETE FROM audit_log WHERE id = 1")
    assert "rij 2" in problems(store)[0]


def test_swapped_rows_are_found_and_the_first_is_named(logged):
    store, _ = logged
    raw(
        store,
        "UPDATE audit_log SET id = -6 WHERE id = 6",
        "UPDATE audit_log SET id = 6 WHERE id = 7",
        "UPDATE audit_log SET id = 7 WHERE id = -6",
    )
    assert "rij 6" in problems(store)[0]


def test_swapped_contents_with_macs_are_found(logged):
    """Swapping two whole rows including their MACs (ids kept in place)."""
    store, _ = logged
    cols = "at, event, action, username, workstation, household_id, ground, detail, mac"
    raw(
        store,
        "CREATE TEMP TABLE t AS SELECT * FROM audit_log WHERE id IN (6, 7)",
        f"UPDATE audit_log SET ({cols}) = (SELECT {cols} FROM t WHERE t.id = 7) WHERE id = 6",
        f"UPDATE audit_log SET ({cols}) = (SELECT {cols} FROM t WHERE t.id = 6) WHERE id = 7",
    )
    assert "rij 6" in problems(store)[0]


def test_forged_mac_without_the_key_is_found(logged):
    store, _ = logged
    raw(store, "UPDATE audit_log SET detail = 'x', mac = zeroblob(32) WHERE id = 5")
    assert "rij 5" in problems(store)[0]
