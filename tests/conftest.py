"""Shared fixtures: real encrypted databases in a temp dir, a fixed clock, ready accounts."""

from __future__ import annotations

import os

# Tests calibrate the KDF to a few milliseconds (the floor parameters still apply).
os.environ.setdefault("H4CASUS_KDF_SECONDS", "0.005")
os.environ.setdefault("H4CASUS_WEAK_KDF_FOR_TESTS", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from h4casus.services.core.clock import FixedClock  # noqa: E402
from tests.factories import ADMIN, ADMIN_PASSWORD, Store  # noqa: E402


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 3, 15, 10, 30, 0))


@pytest.fixture
def store(tmp_path: Path, clock: FixedClock):
    """A new encrypted store with the admin, two teams and one account per role."""
    st = Store.create(tmp_path / "wijkteam.h4c", clock)
    yield st
    st.close()


@pytest.fixture
def admin_password() -> str:
    return ADMIN_PASSWORD


@pytest.fixture
def admin_name() -> str:
    return ADMIN
