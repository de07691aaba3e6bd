"""Break-glass: time-limited emergency access of a teamleider to a household outside their
team. The typed reason is kept in the grant (not in the log); every audit row made under the
grant has the ground "break-glass: <grant id>" so it stands out.

Rules: the reason has at least `MIN_REASON` characters (validated with the case number, every
field error at once, nothing written); a grant lasts the setting `breakglass_hours` and may be
ended early by its holder; `grants_in_force` lists the actor's own grants that still run and,
for a teamleider, those of others on the households of the teams they lead."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from h4casus.domain import validation as v
from h4casus.domain.enums import Role
from h4casus.domain.errors import PermissionDenied, RuleViolation, ValidationError
from h4casus.security.policy import decide, require
from h4casus.services.access.authorize import household_or_404
from h4casus.services.access.grants import GROUND_PREFIX
from h4casus.services.core import audit_log
from h4casus.services.core.context import ServiceContext
from h4casus.services.core.settings import read_settings
from h4casus.storage import models as m
from h4casus.storage.active_regie import active_regisseur_id

MIN_REASON = 20


@dataclass(frozen=True)
class GrantInForce:
    id: int
    household_id: int
    case_number: str
    username: str
    own: bool
    reason: str
    granted_at: datetime
    expires_at: datetime


@dataclass(frozen=True)
class BreakGlassView:
    id: int
    household_id: int
    username: str
    reason: str
    granted_at: datetime
    expires_at: datetime
    ended_at: datetime | None


def _refuse_over_limit(s: Session, ctx: ServiceContext, now: datetime, household_id: int) -> None:
    """At most the setting `breakglass_max_per_day` grants per teamleider in 24 hours."""
    limit = read_settings(s).breakglass_max_per_day
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


def check_reason(reason: str | None) -> str:
    """The reason with its spaces normalised; a ValidationError (field "reden") when it is
    shorter than `MIN_REASON` or longer than 1000 characters."""
    reason = " ".join((reason or "").split())
    if len(reason) < MIN_REASON:
        raise ValidationError(
            f"geef een reden van minstens {MIN_REASON} tekens voor noodtoegang (nu {len(reason)})",
            "reden",
        )
    if len(reason) > 1000:
        raise ValidationError("de reden is te lang (hoogstens 1000 tekens)", "reden")
    return reason


def request_by_case_number(ctx: ServiceContext, case_number: str, reason: str) -> BreakGlassView:
    """Emergency access to the household with this case number (the teamleider cannot find
    it in their lists: it is outside their team). Both fields are checked at once."""
    e = v.FieldErrors()
    wanted = e.check("dossiernummer", v.text, case_number, "dossiernummer", max_len=64)
    e.check("reden", check_reason, reason)
    e.raise_if_any()
    with ctx.read_session() as s:
        household_id = s.scalar(
            select(m.Household.id).where(m.Household.case_number == wanted.strip())
        )
    if household_id is None:
        raise ValidationError(f"er is geen dossier met nummer {wanted.strip()}", "dossiernummer")
    return request_access(ctx, household_id, reason)


def grants_in_force(ctx: ServiceContext) -> list[GrantInForce]:
    """The actor's grants that still run and, for a teamleider, others' grants on the
    households of the teams they lead; soonest to expire first (one statement)."""
    now = ctx.clock.now()
    me = ctx.actor.user_id
    led = ctx.actor.team_ids(Role.TEAMLEIDER)
    if led is not None and not led:
        whose = [m.BreakGlassGrant.user_id == me]
    else:
        # Driven by the grant holders' index (user, household, expiry): every account with a
        # role, a few hundred staff, instead of walking every grant ever given.
        whose = [m.BreakGlassGrant.user_id.in_(select(m.UserRole.user_id).distinct())]
        if led is not None:
            whose.append(or_(m.BreakGlassGrant.user_id == me, m.Household.team_id.in_(led)))
    with ctx.read_session() as s:
        rows = s.execute(
            select(m.BreakGlassGrant, m.User.username, m.Household.case_number)
            .join(m.User, m.User.id == m.BreakGlassGrant.user_id)
            .join(m.Household, m.Household.id == m.BreakGlassGrant.household_id)
            .where(
                m.BreakGlassGrant.ended_at.is_(None),
                m.BreakGlassGrant.expires_at > now,
                *whose,
            )
            .order_by(m.BreakGlassGrant.expires_at, m.BreakGlassGrant.id)
        ).all()
    return [
        GrantInForce(
            g.id,
            g.household_id,
            case_number,
            username,
            g.user_id == me,
            g.reason,
            g.granted_at,
            g.expires_at,
        )
        for g, username, case_number in rows
    ]


def request_access(ctx: ServiceContext, household_id: int, reason: str) -> BreakGlassView:
    """Open emergency access for the acting teamleider; refused inside their own team."""
    reason = check_reason(reason)
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
            expires_at=now + timedelta(hours=read_settings(s).breakglass_hours),
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


def end_access(ctx: ServiceContext, grant_id: int) -> None:
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


def list_grants(ctx: ServiceContext, *, household_id: int | None = None) -> list[BreakGlassView]:
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
