"""Journaal: dated entries per household, optionally about one member, optionally confidential.

A confidential entry's text is shown only to whom need to know allows
(services.access.need_to_know: the regisseur, the teamleider, the author); anyone else who
may open the household sees that it exists, not what it says."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from h4casus.domain import validation as v
from h4casus.domain.enums import JournalType
from h4casus.domain.errors import ValidationError
from h4casus.services.access.authorize import authorize_and_log
from h4casus.services.access.need_to_know import EntryFilter
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m
from h4casus.storage.active_regie import active_regisseur_id

PAGE_SIZE = 50


@dataclass(frozen=True)
class JournalView:
    id: int
    occurred_at: datetime
    entry_type: str
    author: str
    person_id: int | None
    text: str
    confidential: bool


def add_entry(
    ctx: ServiceContext,
    household_id: int,
    entry_type: str,
    text: str,
    *,
    occurred_at: datetime | None = None,
    person_id: int | None = None,
    confidential: bool = False,
) -> JournalView:
    e = v.FieldErrors()
    kind = e.check("soort", v.choice, entry_type, JournalType, "soort")
    body = e.check("tekst", v.text, text, "tekst", max_len=v.MAX_TEXT, multiline=True)
    when = occurred_at or ctx.clock.now()
    if when > ctx.clock.now():
        e.add("datum", "ligt in de toekomst")
    e.raise_if_any()
    with ctx.session() as s:
        authorize_and_log(
            s, ctx, "journal.write", household_id, "create", person_id=person_id, detail="journaal"
        )
        if person_id is not None:
            p = s.get(m.Person, person_id)
            if p is None or p.household_id != household_id:
                raise ValidationError("hoort niet bij dit huishouden", "gezinslid")
        entry = m.JournalEntry(
            household_id=household_id,
            person_id=person_id,
            entry_type=kind.value,
            occurred_at=when,
            author_id=ctx.actor.user_id,
            text=body,
            confidential=bool(confidential),
        )
        s.add(entry)
        s.flush()
        return JournalView(
            entry.id,
            entry.occurred_at,
            entry.entry_type,
            ctx.actor.username,
            person_id,
            body,
            entry.confidential,
        )


def list_entries(
    ctx: ServiceContext,
    household_id: int,
    *,
    before: tuple[datetime, int] | None = None,
    limit: int = PAGE_SIZE,
) -> list[JournalView]:
    """Newest first, keyset-paged by (occurred_at, id). Confidential text only for those need
    to know allows; others see that an entry exists, not its text."""
    with ctx.session() as s:
        hh = authorize_and_log(s, ctx, "household.read", household_id, "read", detail="journaal")
        rule = EntryFilter(
            ctx.actor, team_id=hh.team_id, regisseur_id=active_regisseur_id(s, household_id)
        )
        q = (
            select(m.JournalEntry, m.User.username)
            .join(m.User, m.User.id == m.JournalEntry.author_id)
            .where(m.JournalEntry.household_id == household_id)
        )
        if before is not None:
            q = q.where(
                (m.JournalEntry.occurred_at < before[0])
                | ((m.JournalEntry.occurred_at == before[0]) & (m.JournalEntry.id < before[1]))
            )
        q = q.order_by(m.JournalEntry.occurred_at.desc(), m.JournalEntry.id.desc()).limit(limit)
        out = []
        for entry, username in s.execute(q):
            body = rule.text(entry.text, confidential=entry.confidential, author_id=entry.author_id)
            out.append(
                JournalView(
                    entry.id,
                    entry.occurred_at,
                    entry.entry_type,
                    username,
                    entry.person_id,
                    body,
                    entry.confidential,
                )
            )
        return out
