"""The end of a session is in the audit log: a lock (by hand or after inactivity) and a
logout, each with how it ended; the key is dropped even when the log cannot be written."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from h4casus.domain.errors import AuthenticationError
from h4casus.services.store.session import end_session, login
from h4casus.services.store.vault import open_store
from h4casus.storage import models as m
from tests.factories import ADMIN, ADMIN_PASSWORD


def session_events(path) -> list[tuple[str, str, str]]:
    with open_store(path, ADMIN, ADMIN_PASSWORD) as vault, vault.session() as s:
        rows = s.execute(
            select(m.AuditEvent.username, m.AuditEvent.action, m.AuditEvent.ground)
            .where(m.AuditEvent.action.like("session.%"))
            .order_by(m.AuditEvent.id)
        )
        return [tuple(r) for r in rows]


@pytest.mark.parametrize(
    ("how", "action"),
    [
        ("vergrendeld", "session.lock"),
        ("na inactiviteit", "session.lock"),
        ("afgesloten", "session.logout"),
    ],
)
def test_lock_and_logout_are_logged_and_drop_the_key(tmp_path, store, how, action):
    path = store.vault.path
    vault = open_store(path, ADMIN, ADMIN_PASSWORD)
    ctx = login(vault, ADMIN)
    end_session(ctx, how)
    assert vault.locked
    with pytest.raises(AuthenticationError):
        vault.key  # noqa: B018 - the key is gone
    assert session_events(path)[-2:] == [
        (ADMIN, "session.login", "wachtwoord"),
        (ADMIN, action, how),
    ]


def test_the_key_is_dropped_even_when_the_log_cannot_be_written(store, monkeypatch):
    from h4casus.services.core import audit_log

    vault = open_store(store.vault.path, ADMIN, ADMIN_PASSWORD)
    ctx = login(vault, ADMIN)

    def broken(*_a, **_k):
        raise OSError("schijf vol")

    monkeypatch.setattr(audit_log, "record", broken)
    with pytest.raises(OSError):
        end_session(ctx, "vergrendeld")
    assert vault.locked


def test_an_unknown_way_of_ending_is_refused_before_anything_happens(store):
    vault = open_store(store.vault.path, ADMIN, ADMIN_PASSWORD)
    ctx = login(vault, ADMIN)
    with pytest.raises(KeyError):
        end_session(ctx, "zomaar")
    assert not vault.locked
    vault.close()
