"""Backup files: self-contained, self-verifying, no plaintext; restore checks before it
replaces anything; daily generations."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from h4casus.domain.errors import AuthenticationError, IntegrityFailure, PermissionDenied
from h4casus.security.keyslots import slot_path_for
from h4casus.services.casework import journal
from h4casus.services.store import backup, restore
from h4casus.services.store.vault import open_store
from h4casus.storage import models as m
from tests.factories import ADMIN, ADMIN_PASSWORD, BSNS, USER_PASSWORD, register


def dump(vault) -> dict[str, list[tuple]]:
    """Every table, every row, ordered by primary key."""
    out = {}
    with vault.session() as s:
        for table in m.Base.metadata.sorted_tables:
            rows = s.execute(select(table).order_by(*table.primary_key.columns)).all()
            out[table.name] = [tuple(r) for r in rows]
    return out


@pytest.fixture
def filled(store):
    hh = register(store.ctx("rik"))
    register(store.ctx("tess"), team="Wijkteam Rijswijk")
    journal.add_entry(store.ctx("rik"), hh.id, "huisbezoek", "Zorgen over schulden besproken.")
    return store, hh


def test_roundtrip_restores_every_table_row_for_row(filled, tmp_path):
    store, _ = filled
    file = tmp_path / "backups" / "wijkteam.h4cbak"
    backup.create_backup(store.ctx(ADMIN), file)
    before = dump(store.vault)
    target = tmp_path / "elders" / "hersteld.h4c"
    info = restore.restore_backup(file, target, ADMIN, ADMIN_PASSWORD)
    assert not info.replaced_existing
    vault = open_store(target, "rik", USER_PASSWORD)  # any account of the backup opens it
    try:
        after = dump(vault)
    finally:
        vault.close()
    # The restore itself is logged in the restored database (one more audit row + head).
    assert after["audit_log"][: len(before["audit_log"])] == before["audit_log"]
    assert [r[3] for r in after["audit_log"][len(before["audit_log"]) :]] == ["backup.restore"]
    for name in before:
        if name in ("audit_log", "settings"):
            continue
        assert after[name] == before[name], name
    # the audit head moves with the restore's log row; the record of the last backup
    # (services.store.health) is written after the copy was made, so the copy lacks it
    settings = lambda d: [r for r in d["settings"] if r[0] not in ("audit.head", "health.backup")]  # noqa: E731
    assert settings(after) == settings(before)


def test_backup_file_holds_no_plaintext(filled, tmp_path):
    store, _ = filled
    file = tmp_path / "b.h4cbak"
    backup.create_backup(store.ctx(ADMIN), file)
    data = file.read_bytes()
    for needle in (b"Jansen", b"Oude Delft", b"schulden", BSNS[0].encode(), b"SQLite format 3"):
        assert needle not in data
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp files left


def test_restore_with_recovery_key_into_a_new_place(filled, tmp_path):
    store, _ = filled
    file = tmp_path / "b.h4cbak"
    backup.create_backup(store.ctx(ADMIN), file)
    target = tmp_path / "nieuw" / "db.h4c"
    restore.restore_backup(file, target, ADMIN, store.recovery_key, recovery=True)
    open_store(target, ADMIN, ADMIN_PASSWORD).close()


def test_only_beheerder_makes_or_restores_a_backup(filled, tmp_path):
    store, _ = filled
    with pytest.raises(PermissionDenied):
        backup.create_backup(store.ctx("tim"), tmp_path / "x.h4cbak")
    assert not (tmp_path / "x.h4cbak").exists()
    file = tmp_path / "b.h4cbak"
    backup.create_backup(store.ctx(ADMIN), file)
    target = tmp_path / "t.h4c"
    with pytest.raises(AuthenticationError):
        restore.restore_backup(file, target, ADMIN, "verkeerd-wachtwoord-99")
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("t.h4c")] == []
    # Replacing the live database needs the beheerder role; a new place any account.
    store.vault.close()
    original = slot_path_for(store.path).read_bytes()
    with pytest.raises(PermissionDenied):
        restore.restore_backup(file, store.path, "rik", USER_PASSWORD)
    # Nothing replaced (the slot file is the same); the refusal itself is in the live log.
    assert slot_path_for(store.path).read_bytes() == original
    vault = open_store(store.path, ADMIN, ADMIN_PASSWORD)
    with vault.session() as s:
        denied = s.scalars(select(m.AuditEvent).where(m.AuditEvent.event == "denied")).all()
    vault.close()
    assert [(d.username, d.action) for d in denied] == [
        ("tim", "backup.run"),
        ("rik", "backup.restore"),
    ]
    restore.restore_backup(file, target, "rik", USER_PASSWORD)
    assert target.exists()


@pytest.mark.parametrize("where", ["header", "database", "tag", "checksum"])
def test_damaged_backup_is_refused_and_the_current_database_is_kept(filled, tmp_path, where):
    store, _ = filled
    file = tmp_path / "b.h4cbak"
    backup.create_backup(store.ctx(ADMIN), file)
    data = bytearray(file.read_bytes())
    offset = {
        "header": len(backup.MAGIC) + 20,
        "database": len(data) // 2,
        "tag": len(data) - 40,
        "checksum": len(data) - 5,
    }[where]
    data[offset] ^= 0x01
    file.write_bytes(bytes(data))
    store.vault.close()
    original = store.path.read_bytes()
    with pytest.raises(IntegrityFailure):
        restore.restore_backup(file, store.path, ADMIN, ADMIN_PASSWORD)
    assert store.path.read_bytes() == original
    open_store(store.path, ADMIN, ADMIN_PASSWORD).close()


def test_tampered_backup_with_a_valid_checksum_is_refused(filled, tmp_path):
    """Someone without the key changes a byte and recomputes the outer SHA-256."""
    import hashlib

    store, _ = filled
    file = tmp_path / "b.h4cbak"
    backup.create_backup(store.ctx(ADMIN), file)
    data = bytearray(file.read_bytes())
    data[len(data) // 2] ^= 0xFF
    body = bytes(data[:-32])
    file.write_bytes(body + hashlib.sha256(body).digest())
    with pytest.raises(IntegrityFailure, match="gewijzigd"):
        restore.restore_backup(file, tmp_path / "t.h4c", ADMIN, ADMIN_PASSWORD)


def test_restore_replaces_the_current_database_and_keeps_nothing_aside(filled, tmp_path):
    store, hh = filled
    file = tmp_path / "b.h4cbak"
    backup.create_backup(store.ctx(ADMIN), file)
    register(store.ctx("rik"))  # made after the backup: gone after the restore
    store.vault.close()
    info = restore.restore_backup(file, store.path, ADMIN, ADMIN_PASSWORD)
    assert info.replaced_existing
    vault = open_store(store.path, ADMIN, ADMIN_PASSWORD)
    with vault.session() as s:
        assert s.scalar(select(m.Household.id).order_by(m.Household.id.desc())) == hh.id + 1
    vault.close()
    assert not list(store.path.parent.glob("*.voor-herstel"))


def test_failed_swap_puts_the_old_database_back(filled, tmp_path, monkeypatch):
    store, _ = filled
    file = tmp_path / "b.h4cbak"
    backup.create_backup(store.ctx(ADMIN), file)
    register(store.ctx("rik"))
    store.vault.close()
    original = store.path.read_bytes()

    def full_disk(self):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup.SlotFile, "save", full_disk)
    with pytest.raises(OSError):
        restore.restore_backup(file, store.path, ADMIN, ADMIN_PASSWORD)
    monkeypatch.undo()
    assert store.path.read_bytes() == original
    open_store(store.path, ADMIN, ADMIN_PASSWORD).close()


def test_check_backup_verifies_without_restoring(filled, tmp_path):
    store, _ = filled
    file = tmp_path / "b.h4cbak"
    backup.create_backup(store.ctx(ADMIN), file)
    result = backup.check_backup(file, "tim", USER_PASSWORD)
    assert result.audit_rows > 5
    assert not [p for p in tmp_path.iterdir() if ".check" in p.name]


def test_scheduled_backups_one_per_day_and_n_generations(store, tmp_path):
    ctx = store.ctx("carla")  # the app makes it for whoever is working
    folder = tmp_path / "dagelijks"
    made = []
    for _day in range(4):
        first = backup.run_scheduled_backup(ctx, folder, keep=2)
        again = backup.run_scheduled_backup(ctx, folder, keep=2)
        assert first is not None and again is None
        made.append(first.name)
        store.clock.advance(days=1)
    assert sorted(p.name for p in folder.iterdir()) == made[-2:]
    assert made[0] == "h4casus-2026-03-15.h4cbak"
    backup.check_backup(folder / made[-1], ADMIN, ADMIN_PASSWORD)


def test_restored_store_keeps_working_for_every_account(filled, tmp_path):
    store, _ = filled
    file = tmp_path / "b.h4cbak"
    backup.create_backup(store.ctx(ADMIN), file)
    target = tmp_path / "x" / "db.h4c"
    restore.restore_backup(file, target, ADMIN, ADMIN_PASSWORD)
    for name in ("tess", "carla"):
        open_store(target, name, USER_PASSWORD).close()
