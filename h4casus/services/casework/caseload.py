"""An account that stops (removed or deactivated) and the households it directs.

Rules:
- an open household always has someone who can act: an account that still holds regie is not
  removed or deactivated (the refusal names its households), unless another account receives
  them;
- the receiver takes them through the normal regie history: the old assignment ends and the
  new one starts, with the reason, by the beheerder who did it, logged per household;
- the receiver is an active account with a casework role in the team of every household it
  receives; otherwise nothing moves and the refusal names the households it cannot take;
- handovers still waiting that the account would give or receive are withdrawn.
The invariant behind it is `regie_bij_actief_account` (`storage.invariants`), also held by
the flush guard in `storage.regie_guard`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from h4casus.domain.enums import HandoverStatus
from h4casus.domain.errors import RuleViolation, ValidationError
from h4casus.services.casework.common import in_team, user_by_name
from h4casus.services.casework.regie import PENDING, start_assignment
from h4casus.services.core import audit_log
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m
from h4casus.storage.active_regie import case_numbers_under_regie_of, households_under_regie_of


@dataclass(frozen=True)
class Released:
    """What happened to the account's work: households handed over (case numbers), to whom,
    and how many waiting handovers were withdrawn."""

    case_numbers: tuple[str, ...]
    receiver: str | None
    withdrawn_handovers: int


def refuse_while_holding_regie(s: Session, user: m.User) -> None:
    """RuleViolation naming the households when `user` still holds regie."""
    held = case_numbers_under_regie_of(s, user.id)
    if held:
        shown = ", ".join(held[:10]) + (f" en {len(held) - 10} meer" if len(held) > 10 else "")
        raise RuleViolation(
            f"{user.username} voert nog de regie over {len(held)} "
            f"{'huishouden' if len(held) == 1 else 'huishoudens'} ({shown}); geef met "
            "--transfer-to aan wie ze overneemt, of laat de teamleider de regie eerst overdragen"
        )


def receiver_for(s: Session, user: m.User, to_username: str) -> m.User:
    """The account that takes over `user`'s households; checked before anything changes."""
    receiver = user_by_name(s, to_username, "--transfer-to")
    if receiver.id == user.id:
        raise ValidationError("moet een ander account zijn", "--transfer-to")
    foreign = [
        case
        for case, team_id in s.execute(
            select(m.Household.case_number, m.Household.team_id)
            .where(m.Household.id.in_(households_under_regie_of(user.id)))
            .order_by(m.Household.case_number)
        )
        if not in_team(receiver, team_id)
    ]
    if foreign:
        raise ValidationError(
            f"{to_username} werkt niet in het team van {', '.join(foreign[:10])}", "--transfer-to"
        )
    return receiver


def release(
    s: Session,
    ctx: ServiceContext,
    user: m.User,
    receiver: m.User | None,
    reason: str,
    *,
    ground: str,
) -> Released:
    """Withdraw the account's waiting handovers and hand its households to `receiver`
    (inside the caller's unit of work, before the account is made inactive). Without a
    receiver, refuses while the account holds regie."""
    now = ctx.clock.now()
    withdrawn = 0
    for h in s.scalars(
        select(m.Handover).where(
            m.Handover.status.in_(PENDING),
            or_(m.Handover.from_user_id == user.id, m.Handover.to_user_id == user.id),
        )
    ):
        h.status = HandoverStatus.INGETROKKEN.value
        h.decided_at = now
        h.decision_note = reason
        withdrawn += 1
    if receiver is None:
        refuse_while_holding_regie(s, user)
        return Released((), None, withdrawn)
    moved: list[str] = []
    for hh in s.scalars(
        select(m.Household)
        .where(m.Household.id.in_(households_under_regie_of(user.id)))
        .order_by(m.Household.case_number)
    ):
        start_assignment(s, hh.id, now, reason, by=ctx.actor.user_id, user_id=receiver.id)
        audit_log.record(
            s,
            ctx,
            "update",
            "regie.transfer",
            ground=ground,
            household_id=hh.id,
            detail=f"regie van {user.username} naar {receiver.username}",
        )
        moved.append(hh.case_number)
    return Released(tuple(moved), receiver.username, withdrawn)
