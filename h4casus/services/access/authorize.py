"""Ask the policy about one household, and log the access in the same unit of work.

`authorize` is the one door to a household: the policy table (`security.policy`) with the
actor's relation to it (team, active regisseur), then a break-glass grant in force
(`access.grants`), then the AVG art. 18 privileged path for restricted persons. Lists use the
same rule as SQL (`access.scope`). Every use case that touches a household calls
`authorize_and_log` (or `require_global` for actions not about one household) first."""

from __future__ import annotations

from sqlalchemy.orm import Session

from h4casus.domain.errors import NotFound, PermissionDenied
from h4casus.security.policy import decide, require
from h4casus.services.access.grants import ground_for
from h4casus.services.core import audit_log
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m
from h4casus.storage.active_regie import active_regisseur_id
from h4casus.storage.restriction_guard import permit, refuse_if_restricted


def household_or_404(s: Session, household_id: int) -> m.Household:
    hh = s.get(m.Household, household_id)
    if hh is None:
        raise NotFound(f"huishouden {household_id} bestaat niet")
    return hh


def authorize(
    s: Session, ctx: ServiceContext, action: str, household_id: int
) -> tuple[m.Household, str]:
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
        ground = ground_for(s, ctx, action, household_id, hh.team_id)
        if ground is None:
            exc.household_id = household_id
            raise
    # AVG art. 18: the privileged path may still process restricted persons of this household
    # (storage.restriction_guard refuses it for everyone else).
    if decide(ctx.actor, "person.process_restricted", team_id=hh.team_id).allowed:
        permit(s, hh.id)
    return hh, ground


def authorize_and_log(
    s: Session,
    ctx: ServiceContext,
    action: str,
    household_id: int,
    event: str,
    *,
    person_id: int | None = None,
    detail: str | None = None,
) -> m.Household:
    hh, ground = authorize(s, ctx, action, household_id)
    if person_id is not None and action not in RESTRICTION_EXEMPT:
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


def require_global(
    s: Session, ctx: ServiceContext, action: str, event: str, detail: str | None = None
) -> str:
    ground = require(ctx.actor, action)
    audit_log.record(s, ctx, event, action, ground=ground, detail=detail)
    return ground
