"""Writing and verifying the NEN 7513-style access log (see security.audit for the chain)."""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import event, insert, select
from sqlalchemy.orm import Session

from h4casus.security.audit import (
    EVENTS,
    GENESIS,
    AuditRecord,
    ChainBreak,
    audit_key,
    chain_mac,
    verify_chain,
)
from h4casus.storage import models as m

if TYPE_CHECKING:  # the context holds the store; the log only reads it
    from h4casus.services.core.context import ServiceContext

HEAD_KEY = "audit.head"
# Session.info keys: a read unit of work (audit rows are queued, appended after it), the queue,
# and the chain head a committed unit of work leaves for the anchor (security.anchor).
READ_INFO = "h4casus.read"
QUEUE_INFO = "h4casus.audit_queue"
ANCHOR_INFO = "h4casus.anchor"
BULK_ROWS = 2000  # rows per INSERT in record_per_household


@event.listens_for(Session, "after_commit")
def _anchor_after_commit(session: Session) -> None:
    item = session.info.pop(ANCHOR_INFO, None)
    if item is not None:
        vault, seq, mac = item
        # On failure the anchor stays behind (harmless); the commit stands.
        with contextlib.suppress(OSError):
            vault.advance_anchor(seq, mac)


@event.listens_for(Session, "after_rollback")
def _no_anchor_after_rollback(session: Session) -> None:
    session.info.pop(ANCHOR_INFO, None)


def _iso(ctx: ServiceContext) -> str:
    now = ctx.clock.now()
    if now.tzinfo is None:
        now = now.astimezone()
    return now.replace(microsecond=0).isoformat()


def record(
    s: Session,
    ctx: ServiceContext,
    event: str,
    action: str,
    *,
    ground: str,
    household_id: int | None = None,
    person_id: int | None = None,
    detail: str | None = None,
) -> int:
    """Append one event to the chain, inside the caller's unit of work; returns its id (printed
    reports carry it as their log reference).

    `detail` is for identifiers and counts (e.g. "3 resultaten"), never free-text case content.
    In a read unit of work the row is queued and appended right after it (vault.read_session)."""
    if event not in EVENTS:
        raise ValueError(f"unknown audit event {event!r}")
    if s.info.get(READ_INFO):
        s.info.setdefault(QUEUE_INFO, []).append(
            (
                ctx,
                (event, action),
                {
                    "ground": ground,
                    "household_id": household_id,
                    "person_id": person_id,
                    "detail": detail,
                },
            )
        )
        return
    last = s.execute(
        select(m.AuditEvent.id, m.AuditEvent.mac).order_by(m.AuditEvent.id.desc()).limit(1)
    ).first()
    prev_mac = last.mac if last else GENESIS
    next_id = (last.id + 1) if last else 1
    rec = AuditRecord(
        id=next_id,
        at=_iso(ctx),
        event=event,
        action=action,
        username=ctx.actor.username,
        on_behalf_of=ctx.actor.on_behalf_of,
        workstation=ctx.actor.workstation,
        household_id=household_id,
        person_id=person_id,
        ground=ground,
        detail=detail[:400] if detail else None,
    )
    mac = chain_mac(audit_key(ctx.vault.key), prev_mac, rec)
    s.add(
        m.AuditEvent(
            id=rec.id,
            at=rec.at,
            event=rec.event,
            action=rec.action,
            username=rec.username,
            on_behalf_of=rec.on_behalf_of,
            workstation=rec.workstation,
            household_id=rec.household_id,
            person_id=rec.person_id,
            ground=rec.ground,
            detail=rec.detail,
            mac=mac,
        )
    )
    head = s.get(m.Setting, HEAD_KEY)
    value = json.dumps({"id": rec.id, "mac": mac.hex()})
    if head is None:
        s.add(m.Setting(key=HEAD_KEY, value=value))
    else:
        head.value = value
    s.flush()
    s.info[ANCHOR_INFO] = (ctx.vault, rec.id, mac)
    return rec.id


def record_per_household(
    s: Session,
    ctx: ServiceContext,
    event: str,
    action: str,
    *,
    ground: str,
    household_ids,
    detail: str,
) -> int:
    """One row per household (e.g. a list that showed them), appended in one go: the chain
    is computed in memory and the rows inserted in bulk. Returns the number of rows."""
    if event not in EVENTS:
        raise ValueError(f"unknown audit event {event!r}")
    last = s.execute(
        select(m.AuditEvent.id, m.AuditEvent.mac).order_by(m.AuditEvent.id.desc()).limit(1)
    ).first()
    prev_mac = last.mac if last else GENESIS
    next_id = (last.id + 1) if last else 1
    key = audit_key(ctx.vault.key)
    at = _iso(ctx)
    rows: list[dict] = []
    written = 0
    last_id = 0
    for hid in household_ids:
        rec = AuditRecord(
            id=next_id,
            at=at,
            event=event,
            action=action,
            username=ctx.actor.username,
            on_behalf_of=ctx.actor.on_behalf_of,
            workstation=ctx.actor.workstation,
            household_id=hid,
            person_id=None,
            ground=ground,
            detail=detail[:400],
        )
        prev_mac = chain_mac(key, prev_mac, rec)
        rows.append({**rec.__dict__, "mac": prev_mac})
        last_id = next_id
        next_id += 1
        if len(rows) >= BULK_ROWS:  # bounded memory at 100,000 households
            s.execute(insert(m.AuditEvent), rows)
            written += len(rows)
            rows = []
    if rows:
        s.execute(insert(m.AuditEvent), rows)
        written += len(rows)
    if not written:
        return 0
    head = s.get(m.Setting, HEAD_KEY)
    value = json.dumps({"id": last_id, "mac": prev_mac.hex()})
    if head is None:
        s.add(m.Setting(key=HEAD_KEY, value=value))
    else:
        head.value = value
    s.flush()
    s.info[ANCHOR_INFO] = (ctx.vault, last_id, prev_mac)
    return written


@dataclass(frozen=True)
class ChainReport:
    rows: int
    broken: ChainBreak | None


def verify(s: Session, data_key: bytes) -> ChainReport:
    """Recompute the whole chain and compare its end with the recorded head."""
    rows: list[tuple[AuditRecord, bytes]] = []
    for r in s.execute(select(m.AuditEvent).order_by(m.AuditEvent.id)).scalars():
        rows.append(
            (
                AuditRecord(
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
                ),
                r.mac,
            )
        )
    key = audit_key(data_key)
    if rows and rows[0][0].id != 1:
        return ChainReport(len(rows), ChainBreak(rows[0][0].id, "de eerste rij(en) ontbreken"))
    broken = verify_chain(key, rows)
    if broken is None:
        head = s.get(m.Setting, HEAD_KEY)
        if head is not None:
            recorded = json.loads(head.value)
            last_id, last_mac = (rows[-1][0].id, rows[-1][1].hex()) if rows else (0, "")
            if recorded["id"] != last_id or recorded["mac"] != last_mac:
                broken = ChainBreak(
                    last_id + 1,
                    f"rij(en) na {last_id} ontbreken (laatste vastgelegde rij {recorded['id']})",
                )
        elif rows:
            broken = ChainBreak(rows[-1][0].id, "het vastgelegde einde van het logboek ontbreekt")
    return ChainReport(len(rows), broken)
