"""Small helpers shared by the casework services (regie, escalation, plan, lifecycle ...)."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from h4casus.domain.enums import HouseholdStatus, Role
from h4casus.domain.errors import RuleViolation, ValidationError
from h4casus.storage import models as m
from h4casus.storage.active_regie import active_regie_on

REGIE_ROLES = (Role.REGISSEUR.value, Role.CONSULENT.value, Role.TEAMLEIDER.value)


def open_households_with_team_and_regisseur(*columns):
    """SELECT `columns` over open households joined to their team and, when there is one,
    their active regisseur (m.User): the base of the overdue list and the worklists."""
    return (
        select(*columns)
        .join(m.Team, m.Team.id == m.Household.team_id)
        .outerjoin(
            m.RegieAssignment,
            active_regie_on(m.Household.id),
        )
        .outerjoin(m.User, m.User.id == m.RegieAssignment.user_id)
        .where(m.Household.status != HouseholdStatus.AFGESLOTEN.value)
    )


def require_open(hh: m.Household) -> None:
    if hh.status == HouseholdStatus.AFGESLOTEN.value:
        raise RuleViolation(f"huishouden {hh.case_number} is afgesloten; heropen het eerst")


# The first stages of the path a household goes with the work: the intake (a safety check or
# an intake measurement) moves aangemeld to intake, the first vastgestelde plan moves it on to
# actief. Nazorg and afgesloten are decisions of their own (services.casework.lifecycle).
_STAGES = (
    HouseholdStatus.AANGEMELD.value,
    HouseholdStatus.INTAKE.value,
    HouseholdStatus.ACTIEF.value,
)


def advance_status(hh: m.Household, to: HouseholdStatus) -> bool:
    """Move `hh` forward to `to` when it is at an earlier stage; never back, and never out of
    nazorg or afgesloten. True when the status changed."""
    if hh.status not in _STAGES or _STAGES.index(hh.status) >= _STAGES.index(to.value):
        return False
    hh.status = to.value
    return True


def user_by_name(s: Session, username: str, field: str = "regisseur") -> m.User:
    """An active account that may hold regie (regisseur, consulent or teamleider)."""
    user = s.scalar(select(m.User).where(m.User.username == username))
    if user is None or not user.active:
        raise ValidationError(f"account '{username}' bestaat niet of is niet actief", field)
    if not any(r.role in REGIE_ROLES for r in user.roles):
        raise ValidationError(f"{username} kan geen regie voeren (geen casusrol)", field)
    return user


def user_team_ids(user: m.User) -> set[int | None]:
    """Teams in which the account has a casework role; None means all teams."""
    return {r.team_id for r in user.roles if r.role in REGIE_ROLES}


def in_team(user: m.User, team_id: int) -> bool:
    teams = user_team_ids(user)
    return None in teams or team_id in teams


def display_names(s: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = s.execute(select(m.User.id, m.User.display_name).where(m.User.id.in_(wanted)))
    return {uid: name for uid, name in rows}


def add_months(day: date, months: int) -> date:
    """`day` plus whole months; the 31st becomes the last day of a shorter month."""
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
