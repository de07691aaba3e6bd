"""First start without a database: a ready demo database at the default path."""

from __future__ import annotations

import pytest

from h4casus import config
from h4casus.demo import first_run
from h4casus.demo import generator as demo_service
from h4casus.security.passwords import check_password
from h4casus.services.queries.search import list_page
from h4casus.services.store.vault import open_store


@pytest.fixture
def fresh_home(tmp_path, monkeypatch):
    monkeypatch.delenv("H4CASUS_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path


def test_demo_password_is_the_generators_and_passes_the_policy():
    assert first_run.DEMO_PASSWORD == demo_service.DEMO_PASSWORD
    check_password(first_run.DEMO_PASSWORD, username=first_run.DEMO_USERNAME)


def test_no_demo_when_a_database_is_configured(fresh_home, monkeypatch):
    assert first_run.needs_demo(None)
    assert not first_run.needs_demo(str(fresh_home / "eigen.h4c"))
    monkeypatch.setenv("H4CASUS_DB", str(fresh_home / "env.h4c"))
    assert not first_run.needs_demo(None)
    assert first_run.ensure_demo_database(None) is None
    assert not (fresh_home / "env.h4c").exists()


def test_first_start_creates_a_demo_database_once(fresh_home):
    made = first_run.ensure_demo_database(None)
    path = config.default_db_path()
    assert made is not None and made.created and made.path == path
    assert str(path).startswith(str(fresh_home))
    assert path.exists() and first_run.marker_path(path).exists()
    # The marker says "demo" but holds no secret.
    assert first_run.DEMO_PASSWORD not in first_run.marker_path(path).read_text()

    vault = open_store(path, made.username, made.password)
    try:
        from h4casus.services.store.session import login

        ctx = login(vault, made.username)
        page = list_page(ctx, limit=500)
        assert len(page.rows) == first_run.DEMO_HOUSEHOLDS
        assert {r.level for r in page.rows} >= {"AVE 1", "AVE 2", "AVE 3", "AVE 4"}
    finally:
        vault.close()

    again = first_run.ensure_demo_database(None)
    assert again is not None and not again.created  # recognised, not recreated


def test_an_ordinary_database_is_not_called_demo(store):
    assert first_run.demo_login(store.path) is None
