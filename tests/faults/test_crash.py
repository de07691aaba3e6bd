"""kill -9 in the middle of a stream of committed writes: afterwards the store opens, passes
verify (cipher, integrity, audit chain) and holds every transaction reported committed."""

from __future__ import annotations

import pytest

from tests.factories import ADMIN, ADMIN_PASSWORD, USER_PASSWORD, register
from tests.faults.crash import soak

CHECKER = (ADMIN, ADMIN_PASSWORD)


@pytest.fixture
def crash_store(store):
    hh = register(store.ctx("rik"))
    store.close()
    return store.path, hh.id


def test_fifty_kills_lose_nothing_committed(crash_store):
    path, household_id = crash_store
    tally = soak(path, "rik", USER_PASSWORD, household_id, 50, seed=2026, checker=CHECKER)
    print(f"\n{tally.kills} kills, {tally.committed} commits reported")
    assert tally.kills == 50 and tally.committed >= 50
    assert tally.problems == []


def test_kills_of_real_writer_processes(crash_store):
    path, household_id = crash_store
    tally = soak(
        path, "rik", USER_PASSWORD, household_id, 3, seed=5, processes=True, checker=CHECKER
    )
    assert tally.kills == 3 and tally.committed >= 3
    assert tally.problems == []
