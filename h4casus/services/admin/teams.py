"""Teams as the beheerder keeps them: the list (with counts of accounts and households, no
case content), adding a team and renaming one.

Rules:
- `user.manage` (the beheerder), every change logged with the old and the new name.
- A team name is required, at most 200 characters, and unique (compared without regard to
  case and surrounding spaces); the gemeente is optional.
- A team is never removed here: households, their history and the access log refer to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from h4casus.domain.enums import HouseholdStatus
from h4casus.domain.errors import NotFound, ValidationError
from h4casus.domain.validation import FieldErrors, text
from h4casus.services.access.authorize import require_global
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m


@dataclass(frozen=True)
class TeamInfo:
    id: int
    name: str
    gemeente: str | None
    accounts: int  # active accounts with a role for this team (roles for all teams aside)
    open_households: int


def list_teams(ctx: ServiceContext) -> list[TeamInfo]:
    with ctx.session() as s:
        require_global(s, ctx, "user.manage", "read", detail="teams bekeken")
        accounts = dict(
            s.execute(
                select(m.UserRole.team_id, func.count(func.distinct(m.UserRole.user_id)))
                .join(m.User, m.User.id == m.UserRole.user_id)
                .where(m.User.active.is_(True), m.UserRole.team_id.is_not(None))
                .group_by(m.UserRole.team_id)
            ).all()
        )
        households = dict(
            s.execute(
                select(m.Household.team_id, func.count())
                .where(m.Household.status != HouseholdStatus.AFGESLOTEN.value)
                .group_by(m.Household.team_id)
            ).all()
        )
        return [
            TeamInfo(t.id, t.name, t.gemeente, accounts.get(t.id, 0), households.get(t.id, 0))
            for t in s.scalars(select(m.Team).order_by(m.Team.name))
        ]


def _clean(name: str, gemeente: str | None) -> tuple[str, str | None]:
    e = FieldErrors()
    clean = e.check("naam", text, name, "naam", max_len=200)
    place = e.check("gemeente", text, gemeente, "gemeente", required=False, max_len=200)
    e.raise_if_any()
    return clean, place or None


def _refuse_duplicate(s: Session, name: str, except_id: int | None = None) -> None:
    q = select(m.Team.id).where(func.lower(m.Team.name) == name.lower())
    if except_id is not None:
        q = q.where(m.Team.id != except_id)
    if s.scalar(q) is not None:
        raise ValidationError(f"er is al een team '{name}'", "naam")


def _view(s: Session, team: m.Team) -> TeamInfo:
    return TeamInfo(team.id, team.name, team.gemeente, 0, 0)


def add_team(ctx: ServiceContext, name: str, gemeente: str | None = None) -> TeamInfo:
    name, gemeente = _clean(name, gemeente)
    with ctx.session() as s:
        require_global(s, ctx, "user.manage", "admin", detail=f"team {name} toegevoegd")
        _refuse_duplicate(s, name)
        team = m.Team(name=name, gemeente=gemeente)
        s.add(team)
        s.flush()
        return _view(s, team)


def rename_team(
    ctx: ServiceContext, team_id: int, name: str, gemeente: str | None = None
) -> TeamInfo:
    name, gemeente = _clean(name, gemeente)
    with ctx.session() as s:
        team = s.get(m.Team, team_id)
        old = team.name if team is not None else str(team_id)
        require_global(s, ctx, "user.manage", "admin", detail=f"team {old} heet nu {name}")
        if team is None:
            raise NotFound(f"team {team_id} bestaat niet")
        _refuse_duplicate(s, name, except_id=team.id)
        team.name, team.gemeente = name, gemeente
        s.flush()
        return _view(s, team)
