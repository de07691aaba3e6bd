"""Rows for accounts and teams, shared by `init` (the first account), account management and
the demo generator. Usernames are unique; a new account is active. Key slots are not made
here: that is the store's work (`services.store`, `services.admin.accounts`)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from h4casus.domain.enums import Role
from h4casus.domain.errors import ValidationError
from h4casus.storage import models as m


def get_or_create_team(s: Session, name: str, gemeente: str | None = None) -> m.Team:
    team = s.scalar(select(m.Team).where(m.Team.name == name))
    if team is None:
        team = m.Team(name=name, gemeente=gemeente)
        s.add(team)
        s.flush()
    return team


def create_account_row(
    s: Session, username: str, display_name: str, grants: list[tuple[Role, int | None]]
) -> m.User:
    if s.scalar(select(m.User.id).where(m.User.username == username)) is not None:
        raise ValidationError(f"account {username} bestaat al", "gebruikersnaam")
    user = m.User(
        username=username,
        display_name=display_name,
        active=True,
        created_at=datetime.now().replace(microsecond=0),
    )
    user.roles = [m.UserRole(role=r.value, team_id=t) for r, t in grants]
    s.add(user)
    s.flush()
    return user
