"""Meldcode steps and answers, the journal, and the household's network."""

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
)
from sqlalchemy.orm import Mapped, mapped_column

from h4casus.storage.models.base import Base, S

# --------------------------------------------------------------------------- meldcode, journal


class MeldcodeStep(Base):
    """One of the five Meldcode steps, dated and attributed; step 5 carries the decision.
    A step 3 with a `skip_ground` records that the conversation was not held, and why."""

    __tablename__ = "meldcode_steps"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), nullable=False)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))
    step: Mapped[int] = mapped_column(Integer, nullable=False)
    done_on: Mapped[date] = mapped_column(Date, nullable=False)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False)
    decision: Mapped[str | None] = mapped_column(String(40))
    skip_ground: Mapped[str | None] = mapped_column(String(40))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    __table_args__ = (
        CheckConstraint("step BETWEEN 1 AND 5", name="step"),
        Index("ix_meldcode_household", "household_id"),
    )


class MeldcodeAnswer(Base):
    """One answer of the afwegingskader, recorded with step 4 (domain.meldcode.QUESTIONS)."""

    __tablename__ = "meldcode_answers"
    step_id: Mapped[int] = mapped_column(
        ForeignKey("meldcode_steps.id", ondelete="CASCADE"), primary_key=True
    )
    question: Mapped[str] = mapped_column(String(40), primary_key=True)
    answer: Mapped[bool] = mapped_column(Boolean, nullable=False)


class JournalEntry(Base):
    __tablename__ = "journal_entries"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), nullable=False)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))
    entry_type: Mapped[str] = mapped_column(String(20), nullable=False)
    occurred_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    confidential: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_journal_household_time", "household_id", "occurred_at", "id"),)


class NetworkContact(Base):
    """The household's network: betrokken professionals / ketenpartners (formeel: organisation,
    contact person, role, leefgebied, partner type) and the informal network (family, friends,
    neighbours, church, club: name, relation, what they can do). Either belongs to the whole
    household or to one member; `since`/`until` date the involvement (ended: `active` false)."""

    __tablename__ = "network_contacts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False, default="formeel")
    organisation: Mapped[str | None] = mapped_column(S)
    contact_name: Mapped[str] = mapped_column(S, nullable=False)
    role: Mapped[str | None] = mapped_column(S)
    leefgebied_code: Mapped[str | None] = mapped_column(ForeignKey("leefgebieden.code"))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(S)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))
    circle: Mapped[str | None] = mapped_column(String(20))  # informal: familie, buren, ...
    relation: Mapped[str | None] = mapped_column(S)  # informal: "oma", "buurvrouw"
    can_do: Mapped[str | None] = mapped_column(Text)  # what they can do for the household
    partner_type: Mapped[str | None] = mapped_column(String(40))  # formal: school, huisarts
    since: Mapped[date | None] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_network_household", "household_id"),
        CheckConstraint("kind IN ('formeel','informeel')", name="kind"),
    )
