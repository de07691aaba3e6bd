"""Four eyes: who may approve a request that needs a second pair of eyes, and the rule that
nobody approves their own.

Rules:
- a request that needs approval (escalating to a level marked `requires_approval`, a handover
  that the configuration sends for approval) always waits; it is never applied at once, also
  not when the person asking could approve it;
- it waits for someone *else* with the right to approve in the household's team: a teamleider
  of that team (or of all teams), or a plaatsvervanger the beheerder designated for it
  (`services.admin.accounts.designate_deputy`). Who has that right is read from the one
  access policy (`security.policy`), never restated here;
- never someone involved: the person who asked, and the people the request is about (the
  household's regisseur for an op-/afschaling; the giver and the receiver of a handover);
- when nobody else can approve, the request says so (`waiting_note`), so it does not wait
  in silence.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from h4casus.domain.errors import RuleViolation
from h4casus.security.policy import POLICY, Rel
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m

NOBODY = (
    "er is niemand anders die deze aanvraag mag goedkeuren; de functioneel beheerder kan een "
    "plaatsvervanger voor dit team aanwijzen"
)


def approver_roles(action: str) -> tuple[str, ...]:
    """The roles the policy lets approve `action` for a household of their team."""
    return tuple(role.value for role, rels in POLICY[action].items() if Rel.TEAM in rels)


def approvers(
    s: Session, action: str, team_id: int, involved: Iterable[int | None]
) -> tuple[str, ...]:
    """Display names of the active accounts, other than those involved, that may approve
    `action` for a household of `team_id`."""
    excluded = {i for i in involved if i is not None}
    rows = s.execute(
        select(m.User.id, m.User.display_name)
        .join(m.UserRole, m.UserRole.user_id == m.User.id)
        .where(
            m.User.active.is_(True),
            m.UserRole.role.in_(approver_roles(action)),
            or_(m.UserRole.team_id == team_id, m.UserRole.team_id.is_(None)),
        )
        .distinct()
        .order_by(m.User.display_name, m.User.id)
    )
    return tuple(name for uid, name in rows if uid not in excluded)


def waiting_note(names: tuple[str, ...] | None) -> str | None:
    """What a pending request waits for, in a sentence; None when nothing is pending."""
    if names is None:
        return None
    if not names:
        return NOBODY
    return "wacht op goedkeuring door " + ", ".join(names)


def refuse_own(ctx: ServiceContext, involved: Iterable[int | None], what: str) -> None:
    """Four eyes: the actor may not approve a request they asked for or that is about them."""
    if ctx.actor.user_id in set(involved):
        raise RuleViolation(
            f"vier ogen: {what} keurt iemand anders goed dan wie erom vroeg of erbij betrokken is"
        )
