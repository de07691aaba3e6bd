"""Re-keying the store: a new random data key for the database, its slots and its anchor.

Rules:
- The whole operation holds the store lock exclusively (no other session is open, no sign-in
  runs; they wait or are told the store is in use) and the key-file guard.
- The database is re-encrypted by `sqlcipher_export` into a new file under the new key, not
  by `PRAGMA rekey`: `PRAGMA rekey` rewrites every page inside one transaction and fails once
  the dirty pages no longer fit the page cache (64 MiB: about 12,000 households), whereas an
  export streams page by page. The old file is never modified.
- In the new file, in one transaction: the caller's change (e.g. deactivating an account),
  the re-key event, and every audit-chain MAC recomputed with the new audit key.
- Only slots of *active* accounts and the recovery slot are resealed: a slot without an
  active account (a removed user, or one added behind the application's back) dies here.
- Order on disk: new database file (fsync) → pending anchor `<db>.anchor.new` → pending slot
  file `<db>.keys.new` → rename the new database over the old one (the commit point) →
  promote the anchor → promote the slot file. `settle` (run by whoever next holds the lock
  exclusively, which proves the maker is dead) finishes or discards by comparing the
  database file's salt with the pending anchor: no password needed, never a guess.
"""

from __future__ import annotations

import copy
import json
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from h4casus.config import kdf_target_seconds
from h4casus.domain.errors import IntegrityFailure, StoreBusy
from h4casus.security import anchor as anchors
from h4casus.security import keyslots
from h4casus.security.audit import GENESIS, AuditRecord, audit_key, chain_mac
from h4casus.security.keyslots import SlotFile, slot_path_for
from h4casus.security.lockout import KeyGuard
from h4casus.security.store_files import (
    anchor_path,
    pending_anchor_path,
    sqlite_files,
    temp_name,
)
from h4casus.services.core import audit_log
from h4casus.storage import models as m
from h4casus.storage.engine import create_encrypted_engine, raw_key_literal


def pending_slot_path(db_path: Path) -> Path:
    slot = slot_path_for(db_path)
    return slot.with_name(slot.name + ".new")


def _checkpoint(stage: str) -> None:
    """Hook between the steps of a re-key (tests make it fail to simulate a crash)."""


def fsync_dir(path: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(path, os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def db_opens_with(db_path: Path, key: bytes) -> bool:
    engine = create_encrypted_engine(db_path, key)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        return True
    except Exception:
        return False
    finally:
        engine.dispose()


@dataclass(frozen=True)
class RekeyResult:
    slots: int  # slots that can open the re-keyed database
    audit_rows: int  # chain rows re-sealed with the new key
    dropped_slots: tuple[str, ...] = ()  # slots without an active account, not resealed


def rechain(s: Session, new_key: bytes) -> tuple[int, int, bytes]:
    """Recompute every chain MAC with the audit key of `new_key`; (rows, last id, last MAC)."""
    key = audit_key(new_key)
    previous = GENESIS
    updates = []
    last_id = 0
    for r in s.execute(select(m.AuditEvent).order_by(m.AuditEvent.id)).scalars():
        rec = AuditRecord(
            id=r.id,
            at=r.at,
            event=r.event,
            action=r.action,
            username=r.username,
            on_behalf_of=r.on_behalf_of,
            workstation=r.workstation,
            household_id=r.household_id,
            person_id=r.person_id,
            ground=r.ground,
            detail=r.detail,
        )
        previous = chain_mac(key, previous, rec)
        updates.append({"id": r.id, "mac": previous})
        last_id = r.id
    if updates:
        s.execute(update(m.AuditEvent), updates)
    head = s.get(m.Setting, audit_log.HEAD_KEY)
    value = json.dumps({"id": last_id, "mac": previous.hex() if last_id else ""})
    if head is None:
        s.add(m.Setting(key=audit_log.HEAD_KEY, value=value))
    else:
        head.value = value
    s.flush()
    return len(updates), last_id, previous


def _export(vault, target: Path, new_key: bytes) -> None:
    for p in sqlite_files(target):
        p.unlink(missing_ok=True)
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    with vault.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        cur = raw.cursor()
        try:
            cur.execute(
                f'ATTACH DATABASE ? AS h4rekey KEY "{raw_key_literal(new_key)}"', (str(target),)
            )
            cur.execute("SELECT sqlcipher_export('h4rekey')")
            cur.execute("DETACH DATABASE h4rekey")
        finally:
            cur.close()


def _quiesce(vault) -> None:
    """Fold the WAL into the database file and close every connection, so that no -wal of
    the old file can ever be replayed onto the new one."""
    with vault.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise StoreBusy("de database is nog in gebruik; de sleutel is niet vervangen")
    vault.engine.dispose()
    for p in sqlite_files(vault.path)[1:]:
        if p.exists() and p.name.endswith("-wal") and p.stat().st_size:
            raise StoreBusy("de database is nog in gebruik; de sleutel is niet vervangen")
        p.unlink(missing_ok=True)


def active_usernames(s: Session) -> set[str]:
    return set(s.scalars(select(m.User.username).where(m.User.active.is_(True))))


def run_rekey(
    ctx,
    *,
    action: str,
    detail: str,
    ground: str,
    in_tx=None,
    drop_slot: str | None = None,
    new_secret: tuple[str, str] | None = None,
) -> RekeyResult:
    """Replace the data key (see module rules). `in_tx(s)` runs inside the transaction of
    the new database; `new_secret` = (slot id, password) gives that slot a new password."""
    vault = ctx.vault
    with vault.exclusive(), KeyGuard(vault.path):
        old_key = vault.key
        current = SlotFile.load(slot_path_for(vault.path))
        try:
            current.verify_seal(old_key)
        except IntegrityFailure:
            raise StoreBusy(
                "het sleutelbestand is intussen vervangen (een andere sessie heeft de sleutel "
                "gewisseld); meld opnieuw aan"
            ) from None
        with vault.session() as s:
            chain = audit_log.verify(s, old_key)
            active = active_usernames(s)
        if chain.broken:
            raise IntegrityFailure(
                f"het logboek is verbroken bij rij {chain.broken.row_id}; "
                "los dat eerst op (h4casus verify) voordat de sleutel wordt vervangen"
            )
        keep = {keyslots.user_slot_id(u) for u in active} | {keyslots.RECOVERY_SLOT}
        keep.discard(drop_slot)
        dropped = tuple(sorted(set(current.slots) - keep))
        new_key = keyslots.new_data_key()
        pending = pending_slot_path(vault.path)
        fresh = SlotFile(
            pending,
            current.store_id,
            {k: copy.deepcopy(v) for k, v in current.slots.items() if k in keep},
        )
        if new_secret is not None:
            fresh.add(
                new_secret[0], new_secret[1], new_key, keyslots.calibrate(kdf_target_seconds())
            )
        fresh.reseal(new_key)
        fresh.seal(new_key)
        tmp = temp_name(vault.path, "rekey")
        try:
            _export(vault, tmp, new_key)
            engine = create_encrypted_engine(tmp, new_key)
            try:
                with Session(engine, expire_on_commit=False) as s, s.begin():
                    if in_tx is not None:
                        in_tx(s)
                    audit_log.record(s, ctx, "admin", action, ground=ground, detail=detail)
                    s.info.pop(audit_log.ANCHOR_INFO, None)  # anchored below, by hand
                    rows, last_id, last_mac = rechain(s, new_key)
                with engine.connect() as conn:
                    conn.connection.dbapi_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                engine.dispose()
            for p in sqlite_files(tmp)[1:]:
                p.unlink(missing_ok=True)
            fsync_file(tmp)
            new_anchor = anchors.Anchor(
                current.store_id,
                last_id,
                last_mac.hex() if last_id else "",
                anchors.db_salt(tmp),
            ).sealed(new_key)
            anchors.write_new(pending_anchor_path(vault.path), new_anchor)
            fresh.save()
            _checkpoint("pending_written")
            _quiesce(vault)
            _checkpoint("before_db_rekey")
            os.replace(tmp, vault.path)
        except BaseException:
            settle(vault.path)  # nothing replaced yet: discards the pending files
            for p in sqlite_files(tmp):
                p.unlink(missing_ok=True)
            vault.rebind(current, old_key)
            raise
        fsync_dir(vault.path.parent)
        _checkpoint("db_rekeyed")
        promote(vault.path)
        fresh.path = slot_path_for(vault.path)
        vault.rebind(fresh, new_key)
    return RekeyResult(slots=len(fresh.slots), audit_rows=rows, dropped_slots=dropped)


def promote(db_path: Path) -> None:
    """The database file is the new one: put the pending anchor and slot file in place."""
    new_anchor, new_slots = pending_anchor_path(db_path), pending_slot_path(db_path)
    if new_anchor.exists():
        os.replace(new_anchor, anchor_path(db_path))
    if new_slots.exists():
        os.replace(new_slots, slot_path_for(db_path))
    fsync_dir(db_path.parent)


def settle(db_path: Path) -> str | None:
    """Finish or discard an interrupted re-key. The caller holds the store lock exclusively
    (so the re-key's maker is dead). Returns "promoted", "discarded", "undecided" (a pending
    slot file of an older version, see store_guard.settle_legacy) or None."""
    new_anchor, new_slots = pending_anchor_path(db_path), pending_slot_path(db_path)
    if not new_anchor.exists() and not new_slots.exists():
        return None
    try:
        salt = anchors.db_salt(db_path)
    except OSError:
        salt = ""
    target = None
    if new_anchor.exists():
        try:
            target = anchors.Anchor.from_bytes(new_anchor.read_bytes()).db_salt
        except IntegrityFailure:
            target = None
    elif new_slots.exists():
        # The anchor was promoted already: the database file was replaced before the crash.
        try:
            current = anchors.read(anchor_path(db_path))
            target = current.db_salt if current else None
        except IntegrityFailure:
            target = None
    if target is None and not new_anchor.exists():
        # A pending slot file from a version without anchors: only its key can tell (see
        # store_guard.settle_legacy); never thrown away unproven.
        return "undecided"
    if target is not None and target == salt:
        promote(db_path)
        return "promoted"
    new_anchor.unlink(missing_ok=True)
    new_slots.unlink(missing_ok=True)
    fsync_dir(db_path.parent)
    return "discarded"
