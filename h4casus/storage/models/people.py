"""Teams, accounts and their roles per team."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from h4casus.storage.models.base import Base, S

# --------------------------------------------------------------------------- people & teams


class Team(Base):
    __tablename__ = "teams"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(S, nullable=False, unique=True)
    gemeente: Mapped[str | None] = mapped_column(S)


class User(Base):
    """A personal account. Its key slot lives in the slot file beside the database."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    display_name: Mapped[str] = mapped_column(S, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    roles: Mapped[list[UserRole]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    __mapper_args__ = {"version_id_col": version}


class UserRole(Base):
    """A role for one team, or for all teams when team_id is NULL."""

    __tablename__ = "user_roles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    __table_args__ = (
        UniqueConstraint("user_id", "role", "team_id", name="uq_user_roles_grant"),
        # who may approve for a team (four eyes): the teamleiders and plaatsvervangers
        Index("ix_user_roles_role_team", "role", "team_id", "user_id"),
    )
