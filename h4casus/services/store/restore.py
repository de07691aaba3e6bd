"""Restoring a backup in place of a store (or into a new place).

Rules:
- The backup is verified completely first (structure, SHA-256, HMAC, cipher and SQLite
  integrity, the audit chain: `services/store/backup.py`), unlocked with the password of an
  account in it (or its recovery key), and staged beside the target.
- Over an existing store, the same credentials must open the live store as a beheerder (or
  its recovery key), and a backup of another store needs `other_store`.
- The restore is recorded in the restored log, the files are swapped under the live store's
  lock held exclusively, through a journal (services.store.restore_journal): a crash in the
  middle is finished at the next open. `_checkpoint` is the hook the crash tests use.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from h4casus.domain.errors import AuthenticationError, PermissionDenied, RuleViolation
from h4casus.security import anchor as anchors
from h4casus.security.file_lock import FileLock
from h4casus.security.keyslots import slot_path_for
from h4casus.security.policy import Actor, require
from h4casus.security.store_files import (
    anchor_path,
    lock_path,
    pending_anchor_path,
    stale_temp_files,
    temp_name,
)
from h4casus.services.core import audit_log
from h4casus.services.core.context import ServiceContext, load_actor
from h4casus.services.core.refusals import log_refusal
from h4casus.services.store import restore_journal
from h4casus.services.store.backup import check_staged, db_files, stage_db, unlock_backup
from h4casus.services.store.guard import mark_anchored
from h4casus.services.store.rekeying import fsync_dir, pending_slot_path
from h4casus.services.store.vault import _build, open_store
from h4casus.storage import models as m


@dataclass(frozen=True)
class RestoreInfo:
    db_path: Path
    created_at: str
    audit_rows: int
    replaced_existing: bool


def restore_backup(
    source: Path,
    db_path: Path,
    username: str,
    secret: str,
    *,
    recovery: bool = False,
    clock=None,
    other_store: bool = False,
) -> RestoreInfo:
    """Verify the backup completely, then put it in place of `db_path`.

    Into a new place: the password of an account in the backup (or its recovery key).
    Over an existing store: the same credentials must open the *live* store, as an account
    with the beheerder role there (or its recovery key), and a backup of another store
    (another store id) needs `other_store`. The swap holds the live store's lock
    exclusively and is journalled (services.store.restore_journal): a crash in the middle is
    finished at the next open."""
    source, db_path = Path(source), Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    slot_target = slot_path_for(db_path)
    replacing = db_path.exists() or slot_target.exists()
    live = None
    lock = None
    if replacing:
        live = open_store(db_path, username, secret, recovery=recovery)
        if not recovery:
            with live.session() as s:
                actor = load_actor(s, username)
            try:
                require(actor, "backup.restore")
            except PermissionDenied as exc:
                log_refusal(ServiceContext(vault=live, actor=actor), exc)
                live.close()
                raise PermissionDenied(
                    f"{username} is geen beheerder van de database die zou worden vervangen"
                ) from None
    else:
        lock = FileLock(lock_path(db_path)).exclusive()
    try:
        for stale in stale_temp_files(db_path.parent, {db_path.name, source.name}):
            stale.unlink(missing_ok=True)
        staged = temp_name(db_path, "herstel")
        staged_keys = temp_name(db_path, "herstel.keys")
        staged_anchor = temp_name(db_path, "herstel.anchor")
        try:
            parsed, slots, key = unlock_backup(source, username, secret, recovery, staged_keys)
            other = live is not None and parsed.header.get("store_id") != live.slots.store_id
            if other and not other_store:
                raise RuleViolation(
                    "de back-up hoort bij een andere database (ander store-id) dan de "
                    f"database in {db_path}; geef --other-store als u die echt wilt vervangen"
                )
            stage_db(source, parsed, staged)
            rows = check_staged(staged, key)
            head = _log_restore(staged, slots, key, parsed, username, recovery, clock, _build)
            anchors.write_new(
                staged_anchor,
                anchors.Anchor(slots.store_id, head[0], head[1], anchors.db_salt(staged)).sealed(
                    key
                ),
            )
            slots.path = staged_keys
            slots.save()
            if live is not None:
                with live.exclusive():
                    live._drop()  # every connection closed: no -wal of the old file stays
                    _swap(db_path, staged, staged_keys, staged_anchor)
            else:
                _swap(db_path, staged, staged_keys, staged_anchor)
        finally:
            for p in (*db_files(staged), staged_keys, staged_anchor):
                p.unlink(missing_ok=True)
    finally:
        if live is not None:
            live.close()
        if lock is not None:
            if not db_path.exists():
                lock.path.unlink(missing_ok=True)  # nothing was restored: leave no trace
            lock.release()
    return RestoreInfo(db_path, parsed.header["created_at"], rows + 1, replacing)


def _log_restore(staged, slots, key, parsed, username, recovery, clock, build):
    """Record the restore in the restored log; (head id, head MAC hex) afterwards."""
    vault = build(staged, slots, key)
    try:
        with vault.session() as s:
            try:
                actor = load_actor(s, username)
            except AuthenticationError:
                if not recovery:
                    raise
                actor = Actor(0, "herstelsleutel")
            if recovery:
                actor = Actor(0, "herstelsleutel", workstation=actor.workstation)
        ctx = ServiceContext(vault=vault, actor=actor, **({"clock": clock} if clock else {}))
        with vault.session() as s:
            audit_log.record(
                s,
                ctx,
                "admin",
                "backup.restore",
                ground="herstelsleutel" if recovery else "beheerder/global",
                detail=f"back-up van {parsed.header['created_at']} teruggezet",
            )
            mark_anchored(s)
            s.flush()
            last = s.execute(
                select(m.AuditEvent.id, m.AuditEvent.mac).order_by(m.AuditEvent.id.desc()).limit(1)
            ).first()
        # Everything into the main file before it is moved (no WAL left behind).
        raw = vault.engine.raw_connection()
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
            raw.cursor().execute("PRAGMA journal_mode = DELETE")
        finally:
            raw.close()
    finally:
        vault.close()
    return last[0], last[1].hex()


def _swap(db_path: Path, staged: Path, staged_keys: Path, staged_anchor: Path) -> None:
    """Journal, then the moves (services.store.restore_journal); caller holds the lock exclusively."""
    os.chmod(staged, 0o600)
    fsync_dir(db_path.parent)
    remove = [*db_files(db_path)[1:], pending_slot_path(db_path), pending_anchor_path(db_path)]
    moves = [
        (staged, db_path),
        (staged_keys, slot_path_for(db_path)),
        (staged_anchor, anchor_path(db_path)),
    ]
    restore_journal.write(db_path, moves, remove)
    _checkpoint("journal_written")
    restore_journal.apply(db_path)


def _checkpoint(stage: str) -> None:
    """Hook inside a restore (tests make it kill the process)."""
