"""Fixtures for the use-case tests (tests/services/<area>/).

`store` here is the same store as in tests/conftest.py (encrypted database, admin, two teams,
one account per role), but built once per session and copied per test: creating accounts
runs the password KDF several times, copying two files and unlocking once does not. Each
test still gets its own database file and its own clock."""

from __future__ import annotations

from pathlib import Path

import pytest

from h4casus.services.core.clock import FixedClock
from h4casus.services.store.vault import open_store
from tests.factories import ADMIN, ADMIN_PASSWORD, Store, context_for, copy_store, register


@pytest.fixture(scope="session")
def store_template(tmp_path_factory) -> tuple[Path, str, list[str]]:
    from datetime import datetime

    path = tmp_path_factory.mktemp("template") / "wijkteam.h4c"
    st = Store.create(path, FixedClock(datetime(2026, 3, 15, 10, 30, 0)))
    users = list(st.users)
    recovery = st.recovery_key
    st.close()
    return path, recovery, users


@pytest.fixture
def store(store_template, tmp_path: Path, clock: FixedClock):
    template, recovery, users = store_template
    path = copy_store(template, tmp_path, "wijkteam.h4c")
    vault = open_store(path, ADMIN, ADMIN_PASSWORD)
    st = Store(path, vault, clock, context_for(vault, ADMIN, clock), recovery)
    for name in users:
        st.users[name] = context_for(vault, name, clock)
    yield st
    st.close()


@pytest.fixture
def hh(store):
    """A household of three (two adults, Sara born 2010-06-01) in team A; rik is regisseur."""
    return register(store.ctx("rik"))
