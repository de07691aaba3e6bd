"""Fixtures of the desktop tests: a demo database shared by the session (each test opens it
itself), synchronous lanes, and a guard that fails a test when desktop code calls a service
outside the lanes (on the GUI thread)."""

from __future__ import annotations

import traceback
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from h4casus import preferences
from h4casus.demo.first_run import DEMO_PASSWORD, DEMO_USERNAME, create_demo_database
from h4casus.gui import i18n
from h4casus.gui.ops import Ops, in_lane
from h4casus.services.store.vault import Vault

HOUSEHOLDS = 250
GUI_CODE = str(Path(__file__).resolve().parents[2] / "h4casus" / "gui")


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.h4c"
    create_demo_database(path, households=HOUSEHOLDS, seed=7)
    return path


@pytest.fixture(scope="session")
def qm_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("qm-cache")


@pytest.fixture(autouse=True)
def machine_preferences(tmp_path, monkeypatch, qm_cache):
    """This machine's preferences and compiled translations in temporary folders; the desktop
    in Dutch again after a test that switched language."""
    monkeypatch.setattr(preferences, "preferences_path", lambda: tmp_path / "preferences.json")
    monkeypatch.setattr(i18n, "cache_dir", lambda: qm_cache)
    monkeypatch.delenv(preferences.LANGUAGE_ENV, raising=False)
    locale = QLocale()
    installed = list(i18n._installed)
    yield
    if list(i18n._installed) != installed:  # a test switched language: as it was before
        i18n.uninstall(QApplication.instance())
        QLocale.setDefault(locale)


@pytest.fixture
def ops(qtbot) -> Ops:
    return Ops(synchronous=True)


@pytest.fixture
def demo_ctx(demo_db):
    from h4casus.services.store.session import sign_in

    ctx = sign_in(demo_db, DEMO_USERNAME, DEMO_PASSWORD)
    yield ctx
    ctx.vault.close()


@pytest.fixture(autouse=True)
def no_service_call_on_the_gui_thread(monkeypatch):
    """Every unit of work that desktop code starts must run inside a lane job. Tests may
    call services themselves (to prepare or to check); only calls from h4casus/gui count."""
    violations: list[str] = []
    original = Vault.session

    def guarded(self):
        if not in_lane():
            stack = traceback.extract_stack()[:-1]
            gui = [f for f in stack if f.filename.startswith(GUI_CODE)]
            if gui:
                violations.append(f"{gui[-1].filename}:{gui[-1].lineno} in {gui[-1].name}")
        return original(self)

    monkeypatch.setattr(Vault, "session", guarded)
    yield violations
    assert not violations, "service called on the GUI thread: " + "; ".join(violations)
