"""Break-glass grants in force: the one look-up `authorize` makes when the policy refuses.

A grant (made by `access.breakglass`) lets one teamleider do, for one household outside their
team and for a limited time, what a teamleider of that household's own team may do. The audit
ground of everything done under it is "break-glass: <grant id>".
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from h4casus.domain.enums import Role
from h4casus.security.policy import Actor, Grant, decide
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m

GROUND_PREFIX = "break-glass"


def ground_for(
    s: Session, ctx: ServiceContext, action: str, household_id: int, team_id: int
) -> str | None:
    """The audit ground when a valid grant lets this teamleider do `action` here, else None.

    A grant gives what a teamleider of the household's own team may do."""
    if not ctx.actor.has_role(Role.TEAMLEIDER):
        return None
    now = ctx.clock.now()
    grant_id = s.scalar(
        select(m.BreakGlassGrant.id)
        .where(
            m.BreakGlassGrant.user_id == ctx.actor.user_id,
            m.BreakGlassGrant.household_id == household_id,
            m.BreakGlassGrant.granted_at <= now,
            m.BreakGlassGrant.expires_at > now,
            m.BreakGlassGrant.ended_at.is_(None),
        )
        .order_by(m.BreakGlassGrant.id.desc())
        .limit(1)
    )
    if grant_id is None:
        return None
    as_team = Actor(
        user_id=ctx.actor.user_id,
        username=ctx.actor.username,
        grants=frozenset({Grant(Role.TEAMLEIDER, team_id)}),
    )
    if not decide(as_team, action, team_id=team_id).allowed:
        return None
    return f"{GROUND_PREFIX}: {grant_id}"
