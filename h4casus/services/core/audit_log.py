"""Writing and verifying the NEN 7513-style access log (see security.audit for the chain)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
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
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m

HEAD_KEY = "audit.head"


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

    `detail` is for identifiers and counts (e.g. "3 resultaten"), never free-text case content."""
    if event not in EVENTS:
        raise ValueError(f"unknown audit event {event!r}")
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
    return rec.id


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
