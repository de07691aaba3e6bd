"""Key lifecycle: password change, recovery with the recovery key, user removal and re-key.

Re-key (also part of removing a user) replaces the random data key:
1. a new slot file, with the new key sealed to every remaining slot's public key, is written
   atomically to `<db>.keys.new` (the current slot file still opens the current database);
2. in ONE SQLite write transaction the audit chain is verified with the old key, the re-key
   event is appended, every chain MAC is recomputed with the key derived from the new data
   key, and `PRAGMA rekey` re-encrypts every page and commits (SQLCipher commits the open
   transaction together with the re-encrypted pages, so chain and key change together);
3. the pending slot file is renamed over the slot file.
A crash before step 2 commits leaves the old key working (the pending file is discarded on
the next open); a crash between 2 and 3 is settled on the next open: the pending file's key
opens the database, so it is promoted (`settle_interrupted_rekey`).
"""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from h4casus.config import kdf_target_seconds
from h4casus.domain.errors import (
    AuthenticationError,
    IntegrityFailure,
    NotFound,
    RuleViolation,
)
from h4casus.security import keyslots, lockout
from h4casus.security.audit import GENESIS, AuditRecord, audit_key, chain_mac
from h4casus.security.keyslots import SlotFile, slot_path_for
from h4casus.security.passwords import check_password
from h4casus.security.policy import require
from h4casus.services.core import audit_log
from h4casus.services.core.context import ServiceContext, load_actor
from h4casus.storage import models as m
from h4casus.storage.engine import create_encrypted_engine, raw_key_literal


def pending_slot_path(db_path: Path) -> Path:
    slot = slot_path_for(db_path)
    return slot.with_name(slot.name + ".new")


def _checkpoint(stage: str) -> None:
    """Hook between the steps of a re-key (tests make it fail to simulate a crash)."""


def _fsync_dir(path: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(path, os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _db_opens_with(db_path: Path, key: bytes) -> bool:
    engine = create_encrypted_engine(db_path, key)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        return True
    except Exception:
        return False
    finally:
        engine.dispose()


# ---------------------------------------------------------------------------- passwords


def change_password(ctx: ServiceContext, old_password: str, new_password: str) -> None:
    """The acting user's own password. The slot is rewrapped; the old password opens nothing."""
    username = ctx.actor.username
    check_password(new_password, username=username)
    slot_id = keyslots.user_slot_id(username)
    slots = SlotFile.load(ctx.vault.slots.path)
    try:
        key = slots.unwrap(slot_id, old_password)
    except AuthenticationError:
        lockout.record_failure(ctx.vault.path, username)
        raise AuthenticationError("het huidige wachtwoord is onjuist") from None
    if key != ctx.vault.key:
        raise IntegrityFailure("sleutelbestand hoort niet bij de geopende database")
    with ctx.session() as s:
        ground = require(ctx.actor, "account.password")
        audit_log.record(
            s, ctx, "update", "account.password", ground=ground, detail="wachtwoord gewijzigd"
        )
        s.flush()
        slots.add(slot_id, new_password, key, keyslots.calibrate(kdf_target_seconds()))
        slots.seal(key)
        # Written before the commit: a failed write rolls the log row back; nothing half done.
        slots.save()
    ctx.vault.slots = slots


def recover_account(
    db_path: Path, recovery_key: str, username: str, new_password: str, clock=None
) -> None:
    """Open with the recovery key and give `username` a new password (logged as recovery)."""
    from h4casus.services.store.vault import open_store

    check_password(new_password, username=username)
    vault = open_store(db_path, username, recovery_key, recovery=True)
    try:
        with vault.session() as s:
            try:
                actor = load_actor(s, username)
            except AuthenticationError:
                raise NotFound(f"geen actief account {username}") from None
        ctx = ServiceContext(vault=vault, actor=actor, **({"clock": clock} if clock else {}))
        slots = SlotFile.load(vault.slots.path)
        with vault.session() as s:
            audit_log.record(
                s,
                ctx,
                "update",
                "account.recover",
                ground="herstelsleutel",
                detail=f"nieuw wachtwoord voor {username} met de herstelsleutel",
            )
            s.flush()
            slots.add(
                keyslots.user_slot_id(username),
                new_password,
                vault.key,
                keyslots.calibrate(kdf_target_seconds()),
            )
            slots.seal(vault.key)
            slots.save()
        lockout.record_success(db_path, username)
    finally:
        vault.close()


# ---------------------------------------------------------------------------- re-key


@dataclass(frozen=True)
class RekeyResult:
    slots: int  # slots that can open the re-keyed database
    audit_rows: int  # chain rows re-sealed with the new key


def _rechain(s: Session, new_key: bytes) -> int:
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
    return len(updates)


def _rekey(
    ctx: ServiceContext, *, action: str, detail: str, drop_slot: str | None = None, in_tx=None
):
    vault = ctx.vault
    old_key = vault.key
    current = SlotFile.load(vault.slots.path)
    current.verify_seal(old_key)
    new_key = keyslots.new_data_key()
    pending = pending_slot_path(vault.path)
    fresh = SlotFile(pending, current.store_id, copy.deepcopy(current.slots))
    if drop_slot:
        fresh.remove(drop_slot)
    fresh.reseal(new_key)
    fresh.seal(new_key)
    fresh.save()
    _checkpoint("pending_written")
    try:
        with vault.session() as s:
            ground = require(ctx.actor, "keys.rekey")
            if in_tx is not None:
                in_tx(s)
            audit_log.record(s, ctx, "admin", action, ground=ground, detail=detail)
            s.flush()
            chain = audit_log.verify(s, old_key)
            if chain.broken:
                raise IntegrityFailure(
                    f"het logboek is verbroken bij rij {chain.broken.row_id}; "
                    "los dat eerst op (h4casus verify) voordat de sleutel wordt vervangen"
                )
            rows = _rechain(s, new_key)
            _checkpoint("before_db_rekey")
            s.connection().exec_driver_sql(f'PRAGMA rekey = "{raw_key_literal(new_key)}"')
        _checkpoint("db_rekeyed")
    except BaseException:
        # Only discard the pending slots if the database still opens with the old key.
        if not _db_opens_with(vault.path, new_key):
            pending.unlink(missing_ok=True)
        raise
    slot_path = slot_path_for(vault.path)
    os.replace(pending, slot_path)
    _fsync_dir(slot_path.parent)
    fresh.path = slot_path
    vault.rebind(fresh, new_key)
    return RekeyResult(slots=len(fresh.slots), audit_rows=rows)


def rekey(ctx: ServiceContext) -> RekeyResult:
    """A new random data key for the database; every remaining slot is resealed."""
    require(ctx.actor, "keys.rekey")
    return _rekey(ctx, action="keys.rekey", detail="database opnieuw versleuteld")


@dataclass(frozen=True)
class RemovalResult:
    username: str
    rekey: RekeyResult
    households_still_assigned: int  # the teamleider must hand these over


def remove_user(
    ctx: ServiceContext,
    username: str,
    *,
    before_deactivate: Callable[[Session], None] | None = None,
) -> RemovalResult:
    """Deactivate the account, remove its slot and re-key, so the removed person's old slot
    file and password open nothing in the current database. `before_deactivate` runs in the
    same transaction first (services.admin.accounts hands the account's households over
    there); an account that still holds regie is refused (storage.regie_guard)."""
    require(ctx.actor, "user.manage")
    require(ctx.actor, "keys.rekey")
    if username == ctx.actor.username:
        raise RuleViolation("u kunt uw eigen account niet verwijderen")
    with ctx.session() as s:
        user = s.scalar(select(m.User).where(m.User.username == username))
        if user is None:
            raise NotFound(f"account {username} bestaat niet")
        user_id = user.id
    assigned = 0

    def deactivate(s: Session) -> None:
        nonlocal assigned
        if before_deactivate is not None:
            before_deactivate(s)
        user = s.get(m.User, user_id)
        user.active = False
        assigned = len(
            s.scalars(
                select(m.RegieAssignment.id).where(
                    m.RegieAssignment.user_id == user_id, m.RegieAssignment.ended_at.is_(None)
                )
            ).all()
        )

    result = _rekey(
        ctx,
        action="user.remove",
        detail=f"account {username} verwijderd; database opnieuw versleuteld",
        drop_slot=keyslots.user_slot_id(username),
        in_tx=deactivate,
    )
    return RemovalResult(username, result, assigned)


def settle_interrupted_rekey(
    db_path: Path, username: str, secret: str, *, recovery: bool = False
) -> None:
    """Finish or discard a re-key that was interrupted (see the module docstring)."""
    pending = pending_slot_path(db_path)
    if not pending.exists():
        return
    try:
        fresh = SlotFile.load(pending)
        slot_id = keyslots.RECOVERY_SLOT if recovery else keyslots.user_slot_id(username)
        secret = keyslots.normalise_recovery_key(secret) if recovery else secret
        key = fresh.unwrap(slot_id, secret)
        fresh.verify_seal(key)
    except (AuthenticationError, IntegrityFailure):
        return  # not this account's to settle (or not openable): the normal path decides
    if _db_opens_with(db_path, key):
        slot_path = slot_path_for(db_path)
        os.replace(pending, slot_path)
        _fsync_dir(slot_path.parent)
    else:
        pending.unlink(missing_ok=True)
