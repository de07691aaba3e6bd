"""A demo-filled store shared by the tests of one module (building it once keeps them fast)."""

from __future__ import annotations

from datetime import datetime

import pytest

from h4casus.demo import generator as demo
from h4casus.demo import limits
from h4casus.services.core.clock import FixedClock
from tests.factories import Store

DEMO_HOUSEHOLDS = 400
DEMO_SEED = 5


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    clock = FixedClock(datetime(2026, 3, 15, 10, 30, 0))
    st = Store.create(tmp_path_factory.mktemp("demo") / "demo.h4c", clock, with_accounts=False)
    saved, limits.BULK_MIN_HOUSEHOLDS = limits.BULK_MIN_HOUSEHOLDS, 1  # exercise the bulk path
    try:
        result = demo.generate(st.admin, DEMO_HOUSEHOLDS, seed=DEMO_SEED)
    finally:
        limits.BULK_MIN_HOUSEHOLDS = saved
    st.add_accounts()  # after the demo: it fills only an empty store
    yield st, result
    st.close()
