"""A faster `store` for these tests: one template store per session (init, migrations,
accounts), copied file-for-file into each test's temp dir and opened for real."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from h4casus.security.store_files import all_store_files
from h4casus.services.core.clock import FixedClock
from h4casus.services.store.vault import open_store
from tests.factories import ADMIN, ADMIN_PASSWORD, Store, context_for


@pytest.fixture(scope="session")
def _template(tmp_path_factory) -> tuple[Path, str, list[str]]:
    path = tmp_path_factory.mktemp("template") / "wijkteam.h4c"
    st = Store.create(path, FixedClock(datetime(2026, 3, 15, 10, 30, 0)))
    users = list(st.users)
    recovery = st.recovery_key
    st.close()
    return path, recovery, users


@pytest.fixture
def store(_template, tmp_path: Path, clock: FixedClock):
    template, recovery, users = _template
    path = tmp_path / template.name
    for src in all_store_files(template):
        if src.exists() and not src.name.endswith((".lock", ".lockout")):
            shutil.copy2(src, tmp_path / src.name)
    vault = open_store(path, ADMIN, ADMIN_PASSWORD)
    st = Store(path, vault, clock, context_for(vault, ADMIN, clock), recovery)
    st.users = {name: context_for(vault, name, clock) for name in users}
    yield st
    st.close()
