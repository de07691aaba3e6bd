"""Issue 10: re-key at any size (item 3), shadow slots (4), the audit anchor (10), an empty
database file (11), a crash during restore (13) and stale temp files (19). Real encrypted
stores, real processes where a crash is the point."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from h4casus.domain.errors import AuthenticationError, IntegrityFailure
from h4casus.security import keyslots
from h4casus.security.keyslots import SlotFile, slot_path_for
from h4casus.security.store_files import anchor_path, restore_journal_path
from h4casus.services.casework import journal
from h4casus.services.store import backup, keys, verification
from h4casus.services.store.session import login
from h4casus.services.store.vault import open_store
from h4casus.storage import engine as engine_mod
from h4casus.storage import models as m
from tests.factories import ADMIN, ADMIN_PASSWORD, USER_PASSWORD, register

ROOT = Path(__file__).resolve().parents[2]


def env() -> dict[str, str]:
    return {
        **os.environ,
        "H4CASUS_KDF_SECONDS": "0.005",
        "H4CASUS_WEAK_KDF_FOR_TESTS": "1",
        "PYTHONPATH": str(ROOT),
    }


def households(path: Path) -> int:
    vault = open_store(path, ADMIN, ADMIN_PASSWORD)
    try:
        with vault.session() as s:
            return s.scalar(select(func.count()).select_from(m.Household))
    finally:
        vault.close()


# ---------------------------------------------------------------------------- item 3


@pytest.fixture
def tiny_cache(monkeypatch):
    """A page cache of 40 pages of 4 KiB: the database below is far larger, as 100k
    households are larger than the real 64 MiB cache."""
    monkeypatch.setattr(engine_mod, "PAGE_CACHE_MB", 40 * 4096 / 2**20)


def _fill(store, n: int = 60) -> None:
    for i in range(n):
        hh = register(store.ctx("rik"), house_number=i + 1)
        journal.add_entry(store.ctx("rik"), hh.id, "notitie", f"gesprek {i} " + "x" * 3000)


def test_pragma_rekey_fails_beyond_the_page_cache_which_is_why_rekey_exports(store, tiny_cache):
    """The cause of item 3, shown on a copy: PRAGMA rekey in a transaction that has already
    changed pages (the re-chained audit MACs, the re-key event) fails as soon as the dirty
    pages no longer fit the page cache and must spill; without earlier changes it works."""
    _fill(store)
    with store.vault.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    assert pages > 3 * 40
    store.vault.engine.dispose()
    copy = store.path.with_name("kopie.h4c")
    with store.vault.engine.connect() as conn:
        conn.connection.dbapi_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy2(store.path, copy)
    probe = engine_mod.create_encrypted_engine(copy, store.vault.key)
    try:
        with probe.connect() as conn, pytest.raises(Exception, match="rekey"):
            raw = conn.connection.dbapi_connection
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("UPDATE audit_log SET mac = randomblob(32)")  # as the re-chain does
            raw.execute(f'PRAGMA rekey = "{engine_mod.raw_key_literal(os.urandom(32))}"')
    finally:
        probe.dispose()


def test_rekey_and_user_remove_work_on_a_database_larger_than_the_page_cache(store, tiny_cache):
    _fill(store)
    result = keys.rekey(store.ctx(ADMIN))
    assert result.slots == 9
    removal = keys.remove_user(store.ctx(ADMIN), "roos")
    assert removal.rekey.slots == 8
    store.close()
    with pytest.raises(AuthenticationError):
        open_store(store.path, "roos", USER_PASSWORD)
    vault = open_store(store.path, "tim", USER_PASSWORD)
    try:
        with vault.session() as s:
            assert s.scalar(select(func.count()).select_from(m.JournalEntry)) == 60
    finally:
        vault.close()
    assert households(store.path) == 60


# ---------------------------------------------------------------------------- item 4


def _shadow(store, name: str = "schaduw", secret: str = "geheim-schaduw-wachtwoord-9") -> None:
    """What an account holder can do with a few lines of library code: add a slot of their
    own (the slot file's MAC key comes from the data key they hold)."""
    slots = SlotFile.load(slot_path_for(store.path))
    slots.add(keyslots.user_slot_id(name), secret, store.vault.key, keyslots.calibrate(0.005))
    slots.seal(store.vault.key)
    slots.save()


def test_verify_reports_a_slot_without_an_active_account(store):
    _shadow(store)
    problems = verification.verify_store(store.ctx(ADMIN)).problems
    assert any("user:schaduw" in p and "actief account" in p for p in problems)


def test_rekey_drops_a_shadow_slot_and_it_opens_nothing_afterwards(store):
    _shadow(store)
    result = keys.remove_user(store.ctx(ADMIN), "rik")
    assert result.rekey.dropped_slots == ("user:rik", "user:schaduw")
    slots = SlotFile.load(slot_path_for(store.path))
    assert "user:schaduw" not in slots.slots and "user:rik" not in slots.slots
    assert verification.verify_store(store.ctx(ADMIN)).problems == []


def test_slot_of_a_removed_user_copied_back_is_reported(store, tmp_path):
    old = tmp_path / "oud.keys"
    shutil.copy2(slot_path_for(store.path), old)
    keys.remove_user(store.ctx(ADMIN), "rik")
    # Someone puts rik's old slot back into the current file (it no longer opens anything,
    # but verify must say it does not belong there).
    slots = SlotFile.load(slot_path_for(store.path))
    slots.slots["user:rik"] = SlotFile.load(old).slots["user:rik"]
    slots.seal(store.vault.key)
    slots.save()
    problems = verification.verify_store(store.ctx(ADMIN)).problems
    assert any("user:rik" in p for p in problems)


# ---------------------------------------------------------------------------- item 10


WRITER = """
import os, sys
from pathlib import Path
from h4casus.services.casework import journal
from h4casus.services.core.context import ServiceContext, load_actor
from h4casus.services.store.vault import open_store
path, hid, n = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
vault = open_store(path, "rik", sys.argv[4])
with vault.session() as s:
    actor = load_actor(s, "rik")
ctx = ServiceContext(vault=vault, actor=actor)
for i in range(n):
    journal.add_entry(ctx, hid, "notitie", f"regel {i}")
print("done", flush=True)
os._exit(9)  # like kill -9: no checkpoint, the commits stay in the WAL
"""


@pytest.fixture
def crashed(store):
    """A store whose last commits (10 journal entries) live only in its -wal, as after a
    crash."""
    hh = register(store.ctx("rik"))
    store.close()
    r = subprocess.run(
        [sys.executable, "-c", WRITER, str(store.path), str(hh.id), "10", USER_PASSWORD],
        env=env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 9 and "done" in r.stdout, r.stderr
    wal = Path(str(store.path) + "-wal")
    assert wal.stat().st_size > 0
    return store, wal


def test_committed_work_in_the_wal_is_kept_after_a_crash(crashed):
    store, _ = crashed
    vault = open_store(store.path, ADMIN, ADMIN_PASSWORD)
    try:
        with vault.session() as s:
            assert s.scalar(select(func.count()).select_from(m.JournalEntry)) == 10
    finally:
        vault.close()


@pytest.mark.parametrize("how", ["deleted", "truncated", "tail zeroed", "emptied"])
def test_a_lost_wal_is_found_at_open(crashed, how):
    store, wal = crashed
    shm = Path(str(store.path) + "-shm")
    data = wal.read_bytes()
    if how == "deleted":
        wal.unlink()
    elif how == "truncated":
        wal.write_bytes(data[: len(data) // 3])
    elif how == "tail zeroed":
        wal.write_bytes(data[: len(data) - 8192] + b"\0" * 8192)
    else:
        wal.write_bytes(b"")
    shm.unlink(missing_ok=True)
    with pytest.raises(IntegrityFailure, match="achter op het anker"):
        open_store(store.path, ADMIN, ADMIN_PASSWORD)


def test_an_older_copy_of_the_database_is_found(store, tmp_path):
    register(store.ctx("rik"))
    store.vault.engine.dispose()
    with store.vault.engine.connect() as conn:
        conn.connection.dbapi_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    old = tmp_path / "oud.h4c"
    shutil.copy2(store.path, old)
    register(store.ctx("rik"), house_number=2)
    store.close()
    shutil.copy2(old, store.path)
    for suffix in ("-wal", "-shm"):
        Path(str(store.path) + suffix).unlink(missing_ok=True)
    with pytest.raises(IntegrityFailure, match="achter op het anker"):
        open_store(store.path, ADMIN, ADMIN_PASSWORD)


def test_a_missing_or_forged_anchor_is_found(store):
    store.close()
    anchor = anchor_path(store.path)
    saved = anchor.read_bytes()
    anchor.write_bytes(saved.replace(b'"seq": ', b'"seq": 1'))
    with pytest.raises(IntegrityFailure, match="anker"):
        open_store(store.path, ADMIN, ADMIN_PASSWORD)
    anchor.unlink()
    with pytest.raises(IntegrityFailure, match="ontbreekt"):
        open_store(store.path, ADMIN, ADMIN_PASSWORD)
    anchor.write_bytes(saved)
    open_store(store.path, ADMIN, ADMIN_PASSWORD).close()


def test_both_files_replaced_together_is_not_found_as_documented(store, tmp_path):
    """The stated limit (SECURITY.md): an older database together with its older anchor."""
    store.vault.engine.dispose()
    with store.vault.engine.connect() as conn:
        conn.connection.dbapi_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy2(store.path, tmp_path / "oud.h4c")
    shutil.copy2(anchor_path(store.path), tmp_path / "oud.anchor")
    register(store.ctx("rik"))
    store.close()
    shutil.copy2(tmp_path / "oud.h4c", store.path)
    shutil.copy2(tmp_path / "oud.anchor", anchor_path(store.path))
    for suffix in ("-wal", "-shm"):
        Path(str(store.path) + suffix).unlink(missing_ok=True)
    open_store(store.path, ADMIN, ADMIN_PASSWORD).close()


def test_a_beheerder_may_accept_lost_commits_and_that_is_logged(crashed):
    store, wal = crashed
    wal.unlink()
    Path(str(store.path) + "-shm").unlink(missing_ok=True)
    with pytest.raises(AuthenticationError):
        verification.accept_lost_commits(store.path, "rik", USER_PASSWORD + "x")
    with pytest.raises(Exception, match="recht"):
        verification.accept_lost_commits(store.path, "rik", USER_PASSWORD)
    text = verification.accept_lost_commits(store.path, ADMIN, ADMIN_PASSWORD)
    assert "achter" in text
    vault = open_store(store.path, ADMIN, ADMIN_PASSWORD)
    try:
        with vault.session() as s:
            actions = s.scalars(select(m.AuditEvent.action)).all()
        assert "store.accept_lost_commits" in actions
        assert verification.verify_store(login(vault, ADMIN)).problems == []
    finally:
        vault.close()


# ---------------------------------------------------------------------------- item 11


def test_an_empty_database_file_is_damage_and_never_rebuilt(store):
    store.close()
    slots_before = slot_path_for(store.path).read_bytes()
    store.path.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        Path(str(store.path) + suffix).unlink(missing_ok=True)
    with pytest.raises(IntegrityFailure, match="0 bytes"):
        open_store(store.path, ADMIN, ADMIN_PASSWORD)
    assert store.path.stat().st_size == 0
    assert slot_path_for(store.path).read_bytes() == slots_before


# ---------------------------------------------------------------------------- item 13

RESTORE = """
import os, sys
from pathlib import Path
from h4casus.services.store import restore
restore._checkpoint = lambda stage: os._exit(9) if stage == sys.argv[4] else None
restore.restore_backup(Path(sys.argv[1]), Path(sys.argv[2]), "beheer", sys.argv[3])
os._exit(0)
"""


@pytest.mark.parametrize("stage", ["journal_written"])
def test_a_restore_killed_halfway_is_finished_at_the_next_open(store, tmp_path, stage):
    register(store.ctx("rik"))
    file = tmp_path / "b.h4cbak"
    backup.create_backup(store.ctx(ADMIN), file)
    register(store.ctx("rik"), house_number=5)  # after the backup: gone once restored
    store.close()
    r = subprocess.run(
        [sys.executable, "-c", RESTORE, str(file), str(store.path), ADMIN_PASSWORD, stage],
        env=env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 9, r.stderr
    assert restore_journal_path(store.path).exists()
    assert households(store.path) == 1  # rolled forward: the backup's state
    assert not restore_journal_path(store.path).exists()
    assert not [p for p in store.path.parent.iterdir() if "herstel" in p.name]
    vault = open_store(store.path, ADMIN, ADMIN_PASSWORD)
    try:
        assert verification.verify_store(login(vault, ADMIN)).problems == []
    finally:
        vault.close()


# ---------------------------------------------------------------------------- item 19


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_stale_temp_files_of_dead_processes_are_removed_at_the_next_open(store):
    store.close()
    dead = _dead_pid()
    folder = store.path.parent
    stale = [
        folder / f".{store.path.name}.{dead}.herstel",
        folder / f".{store.path.name}.{dead}.herstel-wal",
        folder / f".{store.path.name}.{dead}.rekey",
        folder / f".{store.path.name}.keys.{dead}.tmp",
    ]
    alive = folder / f".{store.path.name}.{os.getpid()}.herstel"
    for p in (*stale, alive):
        p.write_bytes(b"x" * 4096)
    open_store(store.path, ADMIN, ADMIN_PASSWORD).close()
    assert [p for p in stale if p.exists()] == []
    assert alive.exists()  # its maker (this process) still runs


def test_stale_backup_temp_files_are_removed_by_the_next_backup(store, tmp_path):
    dead = _dead_pid()
    target = tmp_path / "b.h4cbak"
    stale = [tmp_path / f".b.h4cbak.{dead}.db.tmp", tmp_path / f".b.h4cbak.{dead}.tmp"]
    for p in stale:
        p.write_bytes(b"x" * 4096)
    backup.create_backup(store.ctx(ADMIN), target)
    assert [p for p in stale if p.exists()] == []


# ---------------------------------------------------------------------------- older versions


def _as_before_anchors(store) -> None:
    from h4casus.services.store.guard import ANCHORED_KEY

    with store.vault.session() as s:
        s.delete(s.get(m.Setting, ANCHORED_KEY))
    store.close()
    anchor_path(store.path).unlink()


@pytest.mark.parametrize("db_rekeyed", [True, False])
def test_a_pending_slot_file_of_a_version_without_anchors_is_settled_with_the_key(
    store, db_rekeyed
):
    """An older version crashed in its re-key: only the key can tell whether its pending
    slot file holds the database's key. Never thrown away unproven."""
    import copy

    from h4casus.services.store.rekeying import pending_slot_path

    _as_before_anchors(store)
    slots = SlotFile.load(slot_path_for(store.path))
    old_key = slots.unwrap(keyslots.user_slot_id(ADMIN), ADMIN_PASSWORD)
    new_key = os.urandom(32)
    fresh = SlotFile(pending_slot_path(store.path), slots.store_id, copy.deepcopy(slots.slots))
    fresh.reseal(new_key)
    fresh.seal(new_key)
    fresh.save()
    if db_rekeyed:
        engine = engine_mod.create_encrypted_engine(store.path, old_key)
        try:
            with engine.connect() as conn:
                conn.connection.dbapi_connection.execute(
                    f'PRAGMA rekey = "{engine_mod.raw_key_literal(new_key)}"'
                )
        finally:
            engine.dispose()
    vault = open_store(store.path, "tim", USER_PASSWORD)
    try:
        assert vault.key == (new_key if db_rekeyed else old_key)
    finally:
        vault.close()
    assert not pending_slot_path(store.path).exists()
    assert anchor_path(store.path).exists()  # anchored from now on
    open_store(store.path, ADMIN, ADMIN_PASSWORD).close()
