"""What guards a store around sign-in: repairs before opening, the password check, the audit
anchor, failed sign-ins and refused actions in the access log.

Rules:
- `prepare` runs with the store lock held shared. Work that replaces files (finishing a
  restore, settling an interrupted re-key) converts it to exclusive first: getting it proves
  that whoever started that work is dead. A process that merely finds the store busy never
  deletes or promotes anything.
- A database file of 0 bytes is damage (exit 5), never a reason to make a new, empty store.
- `sign_in` checks the password under the key-file guard (one guess at a time, counters kept
  beside the slot file, not in it). A slot file that was edited is reported as such.
- A database behind its audit anchor is refused at open (exit 5); only a beheerder may
  accept what is there (`accept_lost_commits`), and that is logged.
- Failed sign-ins wait, sealed, in the lockout file until someone signs in; then they are
  written into the log exactly once (a marker in the database says how far).
- (Refused actions are logged by `services.core.refusals`, for every unit of work.)
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import select

from h4casus.domain.errors import AuthenticationError, IntegrityFailure
from h4casus.security import anchor as anchors
from h4casus.security import keyslots
from h4casus.security.file_lock import FileLock
from h4casus.security.keyslots import SlotFile, slot_path_for
from h4casus.security.lockout import KeyGuard
from h4casus.security.policy import Actor
from h4casus.security.store_files import (
    all_store_files,
    anchor_path,
    pending_anchor_path,
    restore_journal_path,
    stale_temp_files,
)
from h4casus.services.core import audit_log
from h4casus.services.store import restore_journal
from h4casus.services.store.rekeying import db_opens_with, fsync_dir, pending_slot_path, settle
from h4casus.storage import models as m

ANCHORED_KEY = "store.anchored"
DRAINED_KEY = "lockout.drained"
RECOVERY_NAME = "herstelsleutel"  # the lockout counter of the recovery key


def workstation() -> str:
    try:
        return socket.gethostname() or "onbekend"
    except OSError:  # pragma: no cover
        return "onbekend"


def store_files_to_remove(path: Path) -> list[Path]:
    """Everything `init` made, to remove after a failed init."""
    return all_store_files(path)


def _temp_bases(path: Path) -> set[str]:
    return {p.name for p in all_store_files(path)}


def prepare(path: Path, lock: FileLock) -> None:
    """Checks and repairs before a sign-in (see module rules). `lock` is held shared."""
    if not path.exists():
        raise IntegrityFailure(f"database {path} bestaat niet")
    if (
        restore_journal_path(path).exists()
        or pending_anchor_path(path).exists()
        or (pending_slot_path(path).exists() and anchor_path(path).exists())
    ):
        lock.exclusive(
            message="de database is in gebruik: er loopt een sleutelwissel of een herstel; "
            "probeer het over enkele ogenblikken opnieuw"
        )
        try:
            restore_journal.roll(path)
            settle(path)
        finally:
            lock.shared()
    for stale in stale_temp_files(path.parent, _temp_bases(path)):
        stale.unlink(missing_ok=True)
    wal = path.with_name(path.name + "-wal")
    if path.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size):
        raise IntegrityFailure(
            f"database {path.name} is leeg (0 bytes): het bestand is beschadigd of afgekapt. "
            "Er wordt geen nieuwe database gemaakt; zet een back-up terug (h4casus restore)"
        )


def sign_in(
    path: Path, username: str, secret: str, *, recovery: bool = False
) -> tuple[SlotFile, bytes]:
    """The slot file and data key for this password (or the recovery key); lockout counted."""
    name = RECOVERY_NAME if recovery else username
    with KeyGuard(path) as guard:
        try:
            guard.check(name)
        except AuthenticationError:
            guard.note(name, workstation=workstation(), reason="geweigerd: te veel pogingen")
            raise
        slots = SlotFile.load(slot_path_for(path))
        if recovery:
            slot_id, secret = keyslots.RECOVERY_SLOT, keyslots.normalise_recovery_key(secret)
        else:
            slot_id = keyslots.user_slot_id(username)
        try:
            key = slots.unwrap(slot_id, secret)
        except AuthenticationError:
            guard.record_failure(
                name,
                inbox=slots.inbox,
                workstation=workstation(),
                reason="herstelsleutel onjuist" if recovery else "wachtwoord of naam onjuist",
            )
            raise
        slots.verify_seal(key)
        guard.record_success(name)
    return slots, key


def settle_legacy(
    path: Path, lock: FileLock, username: str, secret: str, *, recovery: bool, current_opens: bool
) -> tuple[SlotFile, bytes] | None:
    """A pending slot file left by a re-key of a version without anchors: decide with the
    key. If the current key opens the database, the pending file is stale and goes; if not
    and the pending file's key (for this password) does, it is promoted. Needs the store
    lock exclusively (waits; StoreBusy otherwise). Returns the promoted (slots, key)."""
    pending = pending_slot_path(path)
    if not pending.exists() or anchor_path(path).exists():
        return None
    lock.exclusive()
    try:
        if not pending.exists():
            return None
        if current_opens:
            pending.unlink(missing_ok=True)
            return None
        try:
            fresh = SlotFile.load(pending)
            if recovery:
                key = fresh.unwrap(keyslots.RECOVERY_SLOT, keyslots.normalise_recovery_key(secret))
            else:
                key = fresh.unwrap(keyslots.user_slot_id(username), secret)
            fresh.verify_seal(key)
        except (AuthenticationError, IntegrityFailure):
            return None
        if not db_opens_with(path, key):
            return None
        fresh.path = slot_path_for(path)
        os.replace(pending, fresh.path)
        fsync_dir(path.parent)
        return fresh, key
    finally:
        lock.shared()


# ---------------------------------------------------------------------------- anchor


def mark_anchored(s) -> None:
    if s.get(m.Setting, ANCHORED_KEY) is None:
        s.add(m.Setting(key=ANCHORED_KEY, value="1"))


def anchor_problem(vault) -> IntegrityFailure | None:
    """Why the database does not match its anchor, or None."""
    doc = anchors.read(anchor_path(vault.path))
    with vault.read_session() as s:
        marked = s.get(m.Setting, ANCHORED_KEY) is not None
        if doc is None:
            if marked:
                return IntegrityFailure(
                    f"het ankerbestand {anchor_path(vault.path).name} van het logboek ontbreekt"
                )
            return None
        head = s.execute(
            select(m.AuditEvent.id, m.AuditEvent.mac).order_by(m.AuditEvent.id.desc()).limit(1)
        ).first()

        def mac_at(seq: int):
            return s.scalar(select(m.AuditEvent.mac).where(m.AuditEvent.id == seq))

        try:
            anchors.check(
                doc,
                vault.key,
                store_id=vault.slots.store_id,
                salt=vault.db_salt,
                head=head,
                mac_at=mac_at,
            )
        except IntegrityFailure as exc:
            return exc
    return None


def reanchor(vault) -> None:
    """Anchor the database as it is now (new store, an older store, or an accepted loss)."""
    with vault.session() as s:
        mark_anchored(s)
        head = s.execute(
            select(m.AuditEvent.id, m.AuditEvent.mac).order_by(m.AuditEvent.id.desc()).limit(1)
        ).first()
    seq, mac = (head[0], head[1].hex()) if head else (0, "")
    anchors.write_new(
        anchor_path(vault.path),
        anchors.Anchor(vault.slots.store_id, seq, mac, vault.db_salt).sealed(vault.key),
    )


def check_anchor(vault, *, accept_lost_commits: bool = False) -> None:
    problem = anchor_problem(vault)
    vault.anchor_problem = str(problem) if problem else None
    if problem is not None and not accept_lost_commits:
        raise problem
    if problem is None and anchors.read(anchor_path(vault.path)) is not None:
        return
    if problem is None:
        reanchor(vault)  # a store from before anchors: anchored from now on


# ---------------------------------------------------------------------------- access log


def _as(ctx, username: str, station: str):
    actor = Actor(0, username[:64] or "?", workstation=station[:64] or "?")
    return SimpleNamespace(vault=ctx.vault, actor=actor, clock=ctx.clock)


def drain_failed_sign_ins(ctx) -> int:
    """Write failed sign-ins waiting in the lockout file into the log (once); their count."""
    vault = ctx.vault
    with KeyGuard(vault.path) as guard:
        if not guard.data.get("events"):
            return 0
        with vault.session() as s:
            row = s.get(m.Setting, DRAINED_KEY)
            mark = json.loads(row.value) if row else {}
            after = int(mark.get("seq", 0)) if mark.get("epoch") == guard.epoch else 0
            events = guard.pending(keyslots.inbox_private(vault.key), after)
            for ev in events:
                audit_log.record(
                    s,
                    _as(ctx, ev.username, ev.workstation),
                    "denied",
                    "session.login_failed",
                    ground="geweigerd",
                    detail=f"mislukte aanmelding om {ev.at}: {ev.reason}",
                )
            upto = max([after, *(ev.seq for ev in events)])
            value = json.dumps({"epoch": guard.epoch, "seq": upto})
            if row is None:
                s.add(m.Setting(key=DRAINED_KEY, value=value))
            else:
                row.value = value
        guard.drop_events(upto)
    return len(events)
