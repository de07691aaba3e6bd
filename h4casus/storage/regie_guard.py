"""No active regie held by an inactive account, as a safety net on every ORM flush.

Services refuse first, with a clear message naming the households (`services.admin.accounts`
removes or deactivates an account only when its households have been handed over); this
listener is the net below them, so no path — a future screen included — can leave open
households with a regisseur who can no longer sign in. It runs after the flush has written
its rows and before the transaction commits, so it sees regie handed over in the same unit of
work. The rule itself is `active_regie.regie_held_by_inactive_accounts`, which the named
invariant `regie_bij_actief_account` (`storage.invariants`) also runs.
"""

from __future__ import annotations

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from h4casus.domain.errors import RuleViolation
from h4casus.storage import models as m
from h4casus.storage.active_regie import regie_held_by_inactive_accounts

MESSAGE = (
    "account {username} voert nog de regie over {cases}; draag die eerst over (bijvoorbeeld "
    "met --transfer-to) voordat het account wordt verwijderd of gedeactiveerd"
)


def _touched_accounts(session: Session) -> set[int]:
    """Accounts this flush deactivated, or gave a new active assignment."""
    ids: set[int] = set()
    for obj in session.dirty:
        if isinstance(obj, m.User) and obj.active is False:
            ids.add(obj.id)
    for obj in session.new:
        if isinstance(obj, m.RegieAssignment) and obj.user_id is not None:
            ids.add(obj.user_id)
    return ids


@event.listens_for(Session, "after_flush")
def refuse_regie_by_inactive_accounts(session: Session, _ctx) -> None:
    touched = _touched_accounts(session)
    if not touched:
        return
    with session.no_autoflush:
        held = session.execute(
            select(m.User.username, m.Household.case_number)
            .join(m.RegieAssignment, m.RegieAssignment.user_id == m.User.id)
            .join(m.Household, m.Household.id == m.RegieAssignment.household_id)
            .where(
                m.RegieAssignment.household_id.in_(regie_held_by_inactive_accounts(*touched)),
                m.RegieAssignment.ended_at.is_(None),
            )
            .order_by(m.Household.case_number)
        ).all()
    if held:
        cases = ", ".join(case for _u, case in held[:10])
        more = f" en {len(held) - 10} meer" if len(held) > 10 else ""
        raise RuleViolation(MESSAGE.format(username=held[0][0], cases=cases + more))
