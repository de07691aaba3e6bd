"""Key lifecycle: password change, recovery with the recovery key, user removal and re-key.

A re-key (also part of removing a user, and of a password change with `rekey=True`) replaces
the random data key; how it stays safe under crashes and concurrent sessions is described in
services.store.rekeying. Every change of the slot file happens under the key-file guard
(security.lockout.KeyGuard) on a slot file read under that guard, so two changes never
overwrite each other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from h4casus.config import kdf_target_seconds
from h4casus.domain.errors import (
    AuthenticationError,
    IntegrityFailure,
    NotFound,
    RuleViolation,
)
from h4casus.security import keyslots
from h4casus.security.keyslots import SlotFile
from h4casus.security.lockout import KeyGuard
from h4casus.security.passwords import check_password
from h4casus.security.policy import require
from h4casus.services.core import audit_log
from h4casus.services.core.context import ServiceContext, load_actor
from h4casus.services.core.refusals import logged_refusals
from h4casus.services.store.guard import RECOVERY_NAME, workstation
from h4casus.services.store.rekeying import (
    RekeyResult,
    db_opens_with,
    pending_slot_path,
    run_rekey,
)
from h4casus.services.store.vault import open_store
from h4casus.storage import models as m

__all__ = [
    "RekeyResult",
    "RemovalResult",
    "change_password",
    "pending_slot_path",
    "recover_account",
    "rekey",
    "remove_user",
]
_db_opens_with = db_opens_with


# ---------------------------------------------------------------------------- passwords


def change_password(ctx, old_password: str, new_password: str, *, rekey: bool = False):
    """The acting user's own password. The slot is rewrapped; the old password opens nothing.
    With `rekey` the data key is replaced as well, so that a copy of the old slot file (with
    the old password) opens nothing in the current database either."""
    username = ctx.actor.username
    check_password(new_password, username=username)
    slot_id = keyslots.user_slot_id(username)
    with logged_refusals(ctx):
        ground = require(ctx.actor, "account.password")
    with KeyGuard(ctx.vault.path) as guard:
        slots = SlotFile.load(ctx.vault.slots.path)
        try:
            guard.check(username)
            key = slots.unwrap(slot_id, old_password)
        except AuthenticationError:
            guard.record_failure(
                username,
                inbox=slots.inbox,
                workstation=workstation(),
                reason="huidig wachtwoord onjuist (wachtwoord wijzigen)",
            )
            raise AuthenticationError("het huidige wachtwoord is onjuist") from None
        if key != ctx.vault.key:
            raise IntegrityFailure("sleutelbestand hoort niet bij de geopende database")
        if not rekey:
            with ctx.session() as s:
                audit_log.record(
                    s,
                    ctx,
                    "update",
                    "account.password",
                    ground=ground,
                    detail="wachtwoord gewijzigd",
                )
                s.flush()
                slots.add(slot_id, new_password, key, keyslots.calibrate(kdf_target_seconds()))
                slots.seal(key)
                # Written before the commit: a failed write rolls the log row back.
                slots.save()
            ctx.vault.slots = slots
            return None
    return run_rekey(
        ctx,
        action="account.password",
        detail="wachtwoord gewijzigd; database opnieuw versleuteld",
        ground=ground,
        new_secret=(slot_id, new_password),
    )


def recover_account(
    db_path: Path, recovery_key: str, username: str, new_password: str, clock=None
) -> None:
    """Open with the recovery key and give `username` a new password. Logged as use of the
    recovery key (never as `username` signing in)."""
    check_password(new_password, username=username)
    vault = open_store(db_path, RECOVERY_NAME, recovery_key, recovery=True)
    try:
        with vault.session() as s:
            try:
                target = load_actor(s, username)
            except AuthenticationError:
                raise NotFound(f"geen actief account {username}") from None
        actor = type(target)(user_id=0, username=RECOVERY_NAME, workstation=target.workstation)
        ctx = ServiceContext(vault=vault, actor=actor, **({"clock": clock} if clock else {}))
        with KeyGuard(db_path) as guard:
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
            guard.record_success(username)
    finally:
        vault.close()


# ---------------------------------------------------------------------------- re-key


def rekey(ctx) -> RekeyResult:
    """A new random data key for the database; the slots of active accounts and the
    recovery slot are resealed, any other slot is dropped."""
    with logged_refusals(ctx):
        ground = require(ctx.actor, "keys.rekey")
    return run_rekey(ctx, action="keys.rekey", detail="database opnieuw versleuteld", ground=ground)


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
    with logged_refusals(ctx):
        require(ctx.actor, "user.manage")
        ground = require(ctx.actor, "keys.rekey")
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

    result = run_rekey(
        ctx,
        action="user.remove",
        detail=f"account {username} verwijderd; database opnieuw versleuteld",
        ground=ground,
        drop_slot=keyslots.user_slot_id(username),
        in_tx=deactivate,
    )
    return RemovalResult(username, result, assigned)
