"""Ask the policy about one household, and log the access in the same unit of work."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from h4casus.domain.errors import NotFound, PermissionDenied
from h4casus.security.policy import require
from h4casus.services import audit_log
from h4casus.storage import models as m


def active_regisseur_id(s: Session, household_id: int) -> int | None:
    return s.scalar(
        select(m.RegieAssignment.user_id).where(
            m.RegieAssignment.household_id == household_id, m.RegieAssignment.ended_at.is_(None)
        )
    )


def household_or_404(s: Session, household_id: int) -> m.Household:
    hh = s.get(m.Household, household_id)
    if hh is None:
        raise NotFound(f"huishouden {household_id} bestaat niet")
    return hh


def authorize(s: Session, ctx, action: str, household_id: int) -> tuple[m.Household, str]:
    """The household and the audit ground, or PermissionDenied / NotFound."""
    hh = household_or_404(s, household_id)
    try:
        ground = require(
            ctx.actor,
            action,
            team_id=hh.team_id,
            assigned_user_id=active_regisseur_id(s, household_id),
        )
    except PermissionDenied as exc:
        # A valid break-glass grant (teamleider, time-limited, typed reason) may still allow it.
        from h4casus.services.breakglass import ground_for

        ground = ground_for(s, ctx, action, household_id, hh.team_id)
        if ground is None:
            exc.household_id = household_id
            raise
    # AVG art. 18: the privileged path may still process restricted persons of this household
    # (storage.restriction_guard refuses it for everyone else).
    from h4casus.security.policy import decide
    from h4casus.storage.restriction_guard import permit

    if decide(ctx.actor, "person.process_restricted", team_id=hh.team_id).allowed:
        permit(s, hh.id)
    return hh, ground


def authorize_and_log(
    s: Session,
    ctx,
    action: str,
    household_id: int,
    event: str,
    *,
    person_id: int | None = None,
    detail: str | None = None,
) -> m.Household:
    hh, ground = authorize(s, ctx, action, household_id)
    if person_id is not None and action not in RESTRICTION_EXEMPT:
        from h4casus.storage.restriction_guard import refuse_if_restricted

        refuse_if_restricted(s, person_id)
    audit_log.record(
        s,
        ctx,
        event,
        action,
        ground=ground,
        household_id=household_id,
        person_id=person_id,
        detail=detail,
    )
    return hh


# Still allowed for a restricted person (AVG art. 18): their own inzage, and (lifting) the
# restriction itself.
RESTRICTION_EXEMPT = {"export.person", "person.restrict"}


def require_global(s: Session, ctx, action: str, event: str, detail: str | None = None) -> str:
    ground = require(ctx.actor, action)
    audit_log.record(s, ctx, event, action, ground=ground, detail=detail)
    return ground
