"""Who directs a household: regie assignments, handovers, eigen regie, escalations of stalled
help (regie op regie) and the level changes on the escalation ladder.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from h4casus.storage.models.base import Base, S

# --------------------------------------------------------------------------- regie


class RegieAssignment(Base):
    """Who holds regie over a household, from when to when, and why.

    Exactly one active assignment per household is a database invariant: a partial unique
    index on household_id where ended_at IS NULL (SQLite and PostgreSQL both enforce it)."""

    __tablename__ = "regie_assignments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), nullable=False)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Temporary regie elsewhere (jeugdbescherming, Veilig Thuis, Raad): name of that party.
    external_party: Mapped[str | None] = mapped_column(S)
    started_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    end_reason: Mapped[str | None] = mapped_column(Text)
    assigned_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    __table_args__ = (
        Index(
            "uq_regie_one_active",
            "household_id",
            unique=True,
            sqlite_where=text("ended_at IS NULL"),
            postgresql_where=text("ended_at IS NULL"),
        ),
        Index("ix_regie_user_active", "user_id", "ended_at"),
        # regie history of one household (the case file), in order
        Index("ix_regie_household", "household_id", "started_at"),
        CheckConstraint("(user_id IS NOT NULL) OR (external_party IS NOT NULL)", name="holder"),
    )


class Handover(Base):
    """An overdracht: proposed, accepted by the receiver, approved by the teamleider."""

    __tablename__ = "handovers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), nullable=False)
    from_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    to_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    to_external_party: Mapped[str | None] = mapped_column(S)
    proposed_by: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    proposed_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="voorgesteld")
    needs_approval: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    accepted_at: Mapped[datetime | None] = mapped_column(DateTime)
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    decision_note: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_handovers_household", "household_id", "status"),
        Index("ix_handovers_to_status", "to_user_id", "status"),
        # handovers waiting for approval, oldest first, with the household for the team check
        Index(
            "ix_handovers_status", "status", "needs_approval", "proposed_at", "id", "household_id"
        ),
    )


class EigenRegie(Base):
    """Eigen regie: the household itself, or someone of its own network, holds regie for a
    while. The wijkteam's active regisseur stays the regie holder in regie_assignments and is
    the contact that answers for it (the one-regisseur rule is untouched). At most one period
    is open per household (partial unique index)."""

    __tablename__ = "eigen_regie"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), nullable=False)
    # The member who holds it, when it is a member of the household; else only the name.
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))
    holder_name: Mapped[str] = mapped_column(S, nullable=False)
    holder_relation: Mapped[str] = mapped_column(S, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    started_on: Mapped[date] = mapped_column(Date, nullable=False)
    started_by: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    ended_on: Mapped[date | None] = mapped_column(Date)
    ended_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    end_reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index(
            "uq_eigen_regie_one_open",
            "household_id",
            unique=True,
            sqlite_where=text("ended_on IS NULL"),
            postgresql_where=text("ended_on IS NULL"),
        ),
        Index("ix_eigen_regie_household", "household_id", "started_on"),
    )


class RegieEscalation(Base):
    """Regie op regie: help stalls (an action past its deadline, a plan without progress), and
    the regisseur escalates to the teamleider or to the partner organisation: to whom, what,
    why, and later the answer."""

    __tablename__ = "regie_escalations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), nullable=False)
    target: Mapped[str] = mapped_column(String(20), nullable=False)
    to_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    to_party: Mapped[str | None] = mapped_column(S)
    subject: Mapped[str] = mapped_column(Text, nullable=False)  # what stalls
    reason: Mapped[str] = mapped_column(Text, nullable=False)  # why escalate, what is asked
    raised_by: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    raised_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    answer: Mapped[str | None] = mapped_column(Text)
    answered_at: Mapped[datetime | None] = mapped_column(DateTime)
    answered_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint(
            "(target = 'teamleider' AND to_user_id IS NOT NULL) "
            "OR (target = 'partner' AND to_party IS NOT NULL)",
            name="addressee",
        ),
        Index("ix_regie_escalations_household", "household_id", "raised_at"),
        # the teamleider's open escalations
        Index("ix_regie_escalations_open", "answered_at", "household_id"),
    )


# --------------------------------------------------------------------------- escalation


class LevelChange(Base):
    """Op- of afschalen: from, to, reason, who decided, next review. Pending until approved
    when the target level requires four eyes."""

    __tablename__ = "level_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), nullable=False)
    from_level: Mapped[str | None] = mapped_column(ForeignKey("escalation_levels.code"))
    to_level: Mapped[str] = mapped_column(ForeignKey("escalation_levels.code"), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False)
    requested_by: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    requested_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    decision_note: Mapped[str | None] = mapped_column(Text)
    effective_date: Mapped[date | None] = mapped_column(Date)
    next_review_date: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_level_changes_household", "household_id", "requested_at"),
        # requests waiting for approval, oldest first, with the household for the team check
        Index("ix_level_changes_status", "status", "requested_at", "id", "household_id"),
        # "pending / last applied change of this household" (two equalities beat status alone)
        Index("ix_level_changes_household_status", "household_id", "status", "effective_date"),
    )
