"""Password change, recovery, user removal with re-key, and the crash path of a re-key."""

from __future__ import annotations

import shutil

import pytest

from h4casus.domain.errors import (
    AuthenticationError,
    IntegrityFailure,
    PermissionDenied,
    RuleViolation,
    ValidationError,
)
from h4casus.security.keyslots import SlotFile, slot_path_for, user_slot_id
from h4casus.services.core.audit_log import verify as verify_chain
from h4casus.services.store import keys, rekeying
from h4casus.services.store.session import login
from h4casus.services.store.vault import open_store
from tests.factories import ADMIN, ADMIN_PASSWORD, USER_PASSWORD, register

NEW_PASSWORD = "groene-uil-zingt-zacht"


def reopen(store, username=ADMIN, secret=ADMIN_PASSWORD, **kw):
    store.vault.close()
    return open_store(store.path, username, secret, **kw)


def chain_ok(vault) -> bool:
    with vault.session() as s:
        return verify_chain(s, vault.key).broken is None


def test_password_change_rewraps_slot_and_old_password_opens_nothing(store):
    keys.change_password(store.ctx("rik"), USER_PASSWORD, NEW_PASSWORD)
    vault = reopen(store, "rik", NEW_PASSWORD)
    vault.close()
    with pytest.raises(AuthenticationError):
        open_store(store.path, "rik", USER_PASSWORD)


def test_password_change_needs_the_current_password_and_a_strong_new_one(store):
    before = SlotFile.load(slot_path_for(store.path)).slots[user_slot_id("rik")]
    with pytest.raises(AuthenticationError):
        keys.change_password(store.ctx("rik"), "fout-wachtwoord-123", NEW_PASSWORD)
    with pytest.raises(ValidationError):
        keys.change_password(store.ctx("rik"), USER_PASSWORD, "kort")
    after = SlotFile.load(slot_path_for(store.path))
    # Only the lockout counter may have changed; the wrapped key is untouched.
    assert after.slots[user_slot_id("rik")].wrapped == before.wrapped
    reopen(store, "rik", USER_PASSWORD).close()


def test_recovery_key_sets_a_new_password(store):
    store.vault.close()
    keys.recover_account(store.path, store.recovery_key, "tim", NEW_PASSWORD)
    vault = open_store(store.path, "tim", NEW_PASSWORD)
    try:
        assert chain_ok(vault)
        with vault.session() as s:
            from sqlalchemy import select

            from h4casus.storage import models as m

            recover = s.scalars(
                select(m.AuditEvent).where(m.AuditEvent.action == "account.recover")
            ).one()
            # Logged as use of the recovery key, never as tim signing in with a password.
            assert (recover.ground, recover.username) == ("herstelsleutel", "herstelsleutel")
            assert "tim" in recover.detail
    finally:
        vault.close()
    with pytest.raises(AuthenticationError):
        open_store(store.path, "tim", USER_PASSWORD)


def test_wrong_recovery_key_is_refused(store):
    store.vault.close()
    with pytest.raises(AuthenticationError):
        keys.recover_account(store.path, "AAAA-BBBB-CCCC", "tim", NEW_PASSWORD)


def test_removed_user_with_a_copy_of_the_old_slot_file_opens_nothing(store, tmp_path):
    old_slots = tmp_path / "kopie.keys"
    shutil.copy2(slot_path_for(store.path), old_slots)
    old_key = store.vault.key
    result = keys.remove_user(store.ctx(ADMIN), "rik")
    assert result.rekey.slots == 8  # 7 accounts + recovery
    assert store.vault.key != old_key
    # The vault keeps working with the new key, and the chain verifies.
    register(store.ctx("tim"))
    assert chain_ok(store.vault)
    # The copy of the old slot file + old password yields the old key, which opens nothing.
    key = SlotFile.load(old_slots).unwrap(user_slot_id("rik"), USER_PASSWORD)
    assert key == old_key
    assert not keys._db_opens_with(store.path, key)
    with pytest.raises(AuthenticationError):
        reopen(store, "rik", USER_PASSWORD)
    # Everyone else, and the recovery key, still open the re-keyed database.
    for name in ("tim", "carla"):
        open_store(store.path, name, USER_PASSWORD).close()
    vault = open_store(store.path, ADMIN, store.recovery_key, recovery=True)
    assert chain_ok(vault)
    vault.close()


def test_removed_user_row_is_inactive_and_login_refused(store):
    keys.remove_user(store.ctx(ADMIN), "carla")
    with pytest.raises(AuthenticationError):
        login(store.vault, "carla")


def test_removal_needs_beheerder_and_not_oneself(store):
    with pytest.raises(PermissionDenied):
        keys.remove_user(store.ctx("tim"), "rik")
    with pytest.raises(RuleViolation):
        keys.remove_user(store.ctx(ADMIN), ADMIN)
    with pytest.raises(PermissionDenied):
        keys.rekey(store.ctx("rik"))


def test_rekey_keeps_every_password_and_the_audit_chain(store):
    register(store.ctx("rik"))
    result = keys.rekey(store.ctx(ADMIN))
    assert result.audit_rows > 3
    assert chain_ok(store.vault)
    vault = reopen(store, "roos", USER_PASSWORD)
    assert chain_ok(vault)
    vault.close()


def test_rekey_refused_when_the_chain_is_already_broken(store):
    with store.vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_log SET detail = 'x' WHERE id = 2")
    key = store.vault.key
    with pytest.raises(IntegrityFailure):
        keys.rekey(store.ctx(ADMIN))
    assert store.vault.key == key
    assert not keys.pending_slot_path(store.path).exists()


def test_failure_before_db_rekey_leaves_the_old_key_working(store, monkeypatch):
    def boom(stage):
        if stage == "before_db_rekey":
            raise OSError("gesimuleerde storing")

    monkeypatch.setattr(rekeying, "_checkpoint", boom)
    with pytest.raises(OSError):
        keys.remove_user(store.ctx(ADMIN), "rik")
    assert not keys.pending_slot_path(store.path).exists()
    vault = reopen(store, "rik", USER_PASSWORD)  # nothing happened: rik still active
    assert chain_ok(vault)
    vault.close()


def test_crash_after_db_rekey_is_settled_at_the_next_open(store, monkeypatch):
    """The database was re-keyed but the new slot file was not yet in place."""

    def crash(stage):
        if stage == "db_rekeyed":
            raise SystemExit("gesimuleerde crash")

    monkeypatch.setattr(rekeying, "_checkpoint", crash)
    with pytest.raises(SystemExit):
        keys.remove_user(store.ctx(ADMIN), "rik")
    assert keys.pending_slot_path(store.path).exists()
    monkeypatch.setattr(rekeying, "_checkpoint", lambda stage: None)
    # The removed user cannot open it, pending or not.
    with pytest.raises((AuthenticationError, IntegrityFailure)):
        reopen(store, "rik", USER_PASSWORD)
    vault = open_store(store.path, "tim", USER_PASSWORD)
    assert not keys.pending_slot_path(store.path).exists()
    assert chain_ok(vault)
    vault.close()
    open_store(store.path, ADMIN, ADMIN_PASSWORD).close()


CRASH_SCRIPT = """
import os, sys
from pathlib import Path
from h4casus.services.store import keys
from h4casus.services.store import rekeying
from h4casus.services.store.session import login
from h4casus.services.store.vault import open_store

path, password, stage = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
from h4casus.services.store import rekeying
rekeying._checkpoint = lambda s: os._exit(9) if s == stage else None
vault = open_store(path, "beheer", password)
keys.remove_user(login(vault, "beheer"), "rik")
os._exit(0)
"""


@pytest.mark.parametrize("stage", ["pending_written", "before_db_rekey", "db_rekeyed"])
def test_process_killed_during_user_removal_leaves_a_consistent_store(store, stage):
    """A real process death (no cleanup runs) at each step of the re-key."""
    import os
    import subprocess
    import sys

    store.vault.close()
    env = {**os.environ, "H4CASUS_KDF_SECONDS": "0.005", "H4CASUS_WEAK_KDF_FOR_TESTS": "1"}
    r = subprocess.run(
        [sys.executable, "-c", CRASH_SCRIPT, str(store.path), ADMIN_PASSWORD, stage],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 9, r.stderr
    vault = open_store(store.path, "tim", USER_PASSWORD)
    try:
        assert chain_ok(vault)
        with vault.session() as s:
            from sqlalchemy import select

            from h4casus.storage import models as m

            rik_active = s.scalar(select(m.User.active).where(m.User.username == "rik"))
    finally:
        vault.close()
    assert not keys.pending_slot_path(store.path).exists()
    # Either the removal happened completely, or not at all.
    if stage == "db_rekeyed":
        assert rik_active is False
        with pytest.raises((AuthenticationError, IntegrityFailure)):
            open_store(store.path, "rik", USER_PASSWORD)
    else:
        assert rik_active is True
        open_store(store.path, "rik", USER_PASSWORD).close()
