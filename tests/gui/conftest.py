"""A demo database shared by the GUI tests (created once; every test opens it itself)."""

from __future__ import annotations

from pathlib import Path

import pytest

from h4casus.demo.first_run import DEMO_PASSWORD, DEMO_USERNAME, create_demo_database
from h4casus.gui.ops import Ops

HOUSEHOLDS = 250


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.h4c"
    create_demo_database(path, households=HOUSEHOLDS, seed=7)
    return path


@pytest.fixture
def ops(qtbot) -> Ops:
    return Ops(synchronous=True)


@pytest.fixture
def demo_ctx(demo_db):
    from h4casus.services.store.session import sign_in

    ctx = sign_in(demo_db, DEMO_USERNAME, DEMO_PASSWORD)
    yield ctx
    ctx.vault.close()
