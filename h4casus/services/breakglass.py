"""Break-glass: time-limited emergency access of a teamleider to a household outside their
team. The typed reason is kept in the grant (not in the log); every audit row made under the
grant has the ground "break-glass: <grant id>" so it stands out."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from h4casus.domain.enums import Role
from h4casus.domain.errors import PermissionDenied, RuleViolation, ValidationError
from h4casus.security.policy import Actor, Grant, decide, require
from h4casus.services import audit_log
from h4casus.services.access import active_regisseur_id, household_or_404
from h4casus.storage import models as m

MIN_REASON = 20
DEFAULT_HOURS = 4
MAX_HOURS = 24
DEFAULT_PER_DAY = 3  # grants per teamleider per 24 hours (setting "breakglass_max_per_day")
MAX_PER_DAY = 20
GROUND_PREFIX = "break-glass"


@dataclass(frozen=True)
class BreakGlassView:
    id: int
    household_id: int
    username: str
    reason: str
    granted_at: datetime
    expires_at: datetime
    ended_at: datetime | None


def configured_hours(s: Session) -> int:
    """Hours a grant lasts: settings key "breakglass_hours" (default 4, at most 24)."""
    row = s.get(m.Setting, "settings")
    try:
        hours = int(json.loads(row.value).get("breakglass_hours", DEFAULT_HOURS)) if row else 4
    except (ValueError, TypeError, AttributeError):
        hours = DEFAULT_HOURS
    return max(1, min(MAX_HOURS, hours))


def configured_daily_limit(s: Session) -> int:
    """Grants one teamleider may get in 24 hours: settings key "breakglass_max_per_day"
    (default 3, between 1 and 20)."""
    row = s.get(m.Setting, "settings")
    try:
        limit = int(json.loads(row.value).get("breakglass_max_per_day", DEFAULT_PER_DAY))
    except (ValueError, TypeError, AttributeError):
        limit = DEFAULT_PER_DAY
    return max(1, min(MAX_PER_DAY, limit))


def _refuse_over_limit(s: Session, ctx, now: datetime, household_id: int) -> None:
    limit = configured_daily_limit(s)
    recent = s.scalar(
        select(func.count())
        .select_from(m.BreakGlassGrant)
        .where(
            m.BreakGlassGrant.user_id == ctx.actor.user_id,
            m.BreakGlassGrant.granted_at > now - timedelta(hours=24),
        )
    )
    if recent >= limit:
        exc = PermissionDenied(
            f"u heeft in de afgelopen 24 uur al {recent} keer noodtoegang gekregen (grens: "
            f"{limit} per dag, instelling breakglass_max_per_day); vraag een collega-teamleider "
            "of de functioneel beheerder"
        )
        exc.action = "breakglass.request"
        exc.household_id = household_id
        raise exc


def request_access(ctx, household_id: int, reason: str) -> BreakGlassView:
    """Open emergency access for the acting teamleider; refused inside their own team."""
    reason = " ".join((reason or "").split())
    if len(reason) < MIN_REASON:
        raise ValidationError(
            f"geef een reden van minstens {MIN_REASON} tekens voor noodtoegang", "reden"
        )
    if len(reason) > 1000:
        raise ValidationError("de reden is te lang (hoogstens 1000 tekens)", "reden")
    with ctx.session() as s:
        hh = household_or_404(s, household_id)
        assigned = active_regisseur_id(s, household_id)
        if not ctx.actor.has_role(Role.TEAMLEIDER):
            require(ctx.actor, "breakglass.request", team_id=hh.team_id, assigned_user_id=assigned)
        if decide(
            ctx.actor, "household.read", team_id=hh.team_id, assigned_user_id=assigned
        ).allowed:
            raise RuleViolation("noodtoegang is niet nodig: u heeft al toegang tot dit huishouden")
        require(ctx.actor, "breakglass.request", team_id=hh.team_id, assigned_user_id=assigned)
        now = ctx.clock.now()
        _refuse_over_limit(s, ctx, now, household_id)
        grant = m.BreakGlassGrant(
            user_id=ctx.actor.user_id,
            household_id=household_id,
            reason=reason,
            granted_at=now,
            expires_at=now + timedelta(hours=configured_hours(s)),
        )
        s.add(grant)
        s.flush()
        audit_log.record(
            s,
            ctx,
            "create",
            "breakglass.request",
            ground=f"{GROUND_PREFIX}: {grant.id}",
            household_id=household_id,
            detail=f"noodtoegang tot {grant.expires_at.isoformat(timespec='minutes')}",
        )
        return _view(grant, ctx.actor.username)


def end_access(ctx, grant_id: int) -> None:
    """End one's own grant early (logged)."""
    with ctx.session() as s:
        grant = s.get(m.BreakGlassGrant, grant_id)
        if grant is None or grant.user_id != ctx.actor.user_id:
            raise PermissionDenied("deze noodtoegang is niet van u")
        if grant.ended_at is None:
            grant.ended_at = ctx.clock.now()
        audit_log.record(
            s,
            ctx,
            "update",
            "breakglass.end",
            ground=f"{GROUND_PREFIX}: {grant.id}",
            household_id=grant.household_id,
        )


def ground_for(s: Session, ctx, action: str, household_id: int, team_id: int) -> str | None:
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


def list_grants(ctx, *, household_id: int | None = None) -> list[BreakGlassView]:
    """All grants (for the auditor and teamleiders reviewing emergency access); logged."""
    with ctx.session() as s:
        require(ctx.actor, "audit.read")
        audit_log.record(
            s, ctx, "read", "breakglass.list", ground="audit.read", household_id=household_id
        )
        q = select(m.BreakGlassGrant, m.User.username).join(
            m.User, m.User.id == m.BreakGlassGrant.user_id
        )
        if household_id is not None:
            q = q.where(m.BreakGlassGrant.household_id == household_id)
        return [_view(g, name) for g, name in s.execute(q.order_by(m.BreakGlassGrant.id))]


def _view(g: m.BreakGlassGrant, username: str) -> BreakGlassView:
    return BreakGlassView(
        g.id, g.household_id, username, g.reason, g.granted_at, g.expires_at, g.ended_at
    )
