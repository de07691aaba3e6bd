"""Records about the records: the access log, retention proposals, corrections and
restrictions of personal data (AVG), and break-glass grants.
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
    LargeBinary,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from h4casus.storage.models.base import Base, S

# --------------------------------------------------------------------------- audit


class AuditEvent(Base):
    """NEN 7513-style access log. Append-only; each row's MAC covers the previous row's MAC,
    so a changed, removed or reordered row breaks the chain (`h4casus verify`).
    Holds no free-text case content."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(32), nullable=False)  # ISO 8601, seconds, UTC offset
    event: Mapped[str] = mapped_column(String(20), nullable=False)
    action: Mapped[str] = mapped_column(String(64), nullable=False)
    username: Mapped[str] = mapped_column(String(64), nullable=False)
    on_behalf_of: Mapped[str | None] = mapped_column(String(64))
    workstation: Mapped[str] = mapped_column(S, nullable=False)
    household_id: Mapped[int | None] = mapped_column(Integer)
    person_id: Mapped[int | None] = mapped_column(Integer)
    ground: Mapped[str] = mapped_column(String(200), nullable=False)
    detail: Mapped[str | None] = mapped_column(String(400))
    mac: Mapped[bytes] = mapped_column(LargeBinary(32), nullable=False)
    __table_args__ = (
        Index("ix_audit_household", "household_id"),
        Index("ix_audit_user_at", "username", "at"),
    )


# --------------------------------------------------------------------------- retention and rights
# Four-eyes destruction/anonymisation of closed files, and rectification of personal data.
# No foreign key to households: the proposal is the lasting record that a file was destroyed.


class RetentionProposal(Base):
    """A proposal to destroy or anonymise one closed file; carried out only when a second
    person approves. Keeps the case number reference, never content."""

    __tablename__ = "retention_proposals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_id: Mapped[int] = mapped_column(Integer, nullable=False)
    case_number: Mapped[str] = mapped_column(String(32), nullable=False)
    mode: Mapped[str] = mapped_column(String(20), nullable=False)  # vernietigen | anonimiseren
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="voorgesteld")
    rule: Mapped[str] = mapped_column(String(20), nullable=False)  # jeugdwet | wmo | not_adopted
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    proposed_by: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    proposed_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    rows_removed: Mapped[int | None] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("mode IN ('vernietigen','anonimiseren')", name="mode"),
        CheckConstraint("status IN ('voorgesteld','uitgevoerd','afgewezen')", name="status"),
        Index(
            "uq_retention_one_open",
            "household_id",
            unique=True,
            sqlite_where=text("status = 'voorgesteld'"),
            postgresql_where=text("status = 'voorgesteld'"),
        ),
    )


class PersonCorrection(Base):
    """Rectification (AVG art. 16): which field changed, when, by whom and why. The old value
    is kept here for accountability only and never shown in normal views."""

    __tablename__ = "person_corrections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), nullable=False)
    field: Mapped[str] = mapped_column(String(40), nullable=False)
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    corrected_by: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    corrected_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    __table_args__ = (Index("ix_person_corrections_person", "person_id"),)


class PersonRestriction(Base):
    """History of restriction of processing (AVG art. 18): set or lifted, by whom, why."""

    __tablename__ = "person_restrictions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), nullable=False)
    restricted: Mapped[bool] = mapped_column(Boolean, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    __table_args__ = (Index("ix_person_restrictions_person", "person_id"),)


# --------------------------------------------------------------------------- break-glass access
# Time-limited emergency access of a teamleider to a household outside their team.


class BreakGlassGrant(Base):
    """An emergency access grant: who, which household, why (typed reason), until when.
    Audit rows made under it carry the ground "break-glass: <id>"."""

    __tablename__ = "break_glass_grants"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    # No foreign key: destroying a file (retention) must not be blocked by its access history.
    household_id: Mapped[int] = mapped_column(Integer, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    granted_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    expires_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    __table_args__ = (
        Index("ix_break_glass_user_household", "user_id", "household_id", "expires_at"),
    )
