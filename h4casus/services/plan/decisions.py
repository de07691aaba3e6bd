"""Decisions with the hart-wet-euro weighing: what the resident needs, what the law
allows, what it costs."""

from __future__ import annotations

from datetime import date

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from h4casus.domain import validation as v
from h4casus.services.access.authorize import authorize_and_log
from h4casus.services.casework.common import require_open
from h4casus.services.core.context import ServiceContext
from h4casus.services.plan.views import DecisionView
from h4casus.storage import models as m
from h4casus.storage.plan_versions import (
    current_version,
)

# --------------------------------------------------------------------------- decisions


_DECISIONS = (
    select(m.Decision, m.User.display_name)
    .join(m.User, m.User.id == m.Decision.decided_by)
    .where(m.Decision.household_id == bindparam("household_id"))
    .order_by(m.Decision.decided_on.desc(), m.Decision.id.desc())
)


def decision_rows(s: Session, household_id: int) -> list[DecisionView]:
    return [
        DecisionView(
            d.id,
            d.household_id,
            d.plan_version_id,
            d.decided_on,
            d.subject,
            d.hart,
            d.wet,
            d.euro,
            d.outcome,
            d.decided_by,
            name,
        )
        for d, name in s.execute(_DECISIONS, {"household_id": household_id})
    ]


def record_decision(
    ctx: ServiceContext,
    household_id: int,
    subject: str,
    *,
    hart: str,
    wet: str,
    euro: str,
    outcome: str,
    decided_on: date | str | None = None,
) -> DecisionView:
    """A decision with the hart-wet-euro weighing: what the resident needs, what the law
    allows, what it costs."""
    e = v.FieldErrors()
    clean = {
        "subject": e.check("onderwerp", v.text, subject, "onderwerp"),
        "hart": e.check("hart", v.text, hart, "hart", max_len=v.MAX_TEXT, multiline=True),
        "wet": e.check("wet", v.text, wet, "wet", max_len=v.MAX_TEXT, multiline=True),
        "euro": e.check("euro", v.text, euro, "euro", max_len=v.MAX_TEXT, multiline=True),
        "outcome": e.check(
            "besluit", v.text, outcome, "besluit", max_len=v.MAX_TEXT, multiline=True
        ),
        "decided_on": e.check(
            "datum", v.not_future, decided_on, ctx.clock.today(), "datum", required=False
        )
        or ctx.clock.today(),
    }
    e.raise_if_any()
    with ctx.session() as s:
        hh = authorize_and_log(s, ctx, "decision.record", household_id, "create", detail="besluit")
        require_open(hh)
        pv = current_version(s, household_id)
        d = m.Decision(
            household_id=household_id,
            plan_version_id=pv.id if pv else None,
            decided_by=ctx.actor.user_id,
            **clean,
        )
        s.add(d)
        s.flush()
        return next(r for r in decision_rows(s, household_id) if r.id == d.id)


def list_decisions(ctx: ServiceContext, household_id: int) -> list[DecisionView]:
    with ctx.session() as s:
        authorize_and_log(s, ctx, "household.read", household_id, "read", detail="besluiten")
        return decision_rows(s, household_id)
