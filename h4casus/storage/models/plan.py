"""The one plan per household: versions, goals, actions, decisions, evaluations; measurements
(ZRM) and the 18-/18+ perspectiefplan sections with their checklist.
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
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from h4casus.storage.models.base import CODE, Base, S

# --------------------------------------------------------------------------- plan


class Plan(Base):
    """The one integrated household plan (one per household)."""

    __tablename__ = "plans"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("households.id"), nullable=False, unique=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class PlanVersion(Base):
    """A version of the plan: a concept, or vastgesteld (frozen for the record)."""

    __tablename__ = "plan_versions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id"), nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="concept")
    summary: Mapped[str | None] = mapped_column(Text)  # household's own words / vraag
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime)
    finalised_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    agreed_on: Mapped[date | None] = mapped_column(Date)  # akkoord van het huishouden
    next_evaluation_date: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("plan_id", "number", name="uq_plan_versions_number"),
        Index(
            "uq_plan_one_concept",
            "plan_id",
            unique=True,
            sqlite_where=text("status = 'concept'"),
            postgresql_where=text("status = 'concept'"),
        ),
        CheckConstraint("status IN ('concept','vastgesteld')", name="status"),
    )


class Goal(Base):
    """A doel per leefgebied, for the household or one member, with a SMART result."""

    __tablename__ = "goals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_version_id: Mapped[int] = mapped_column(ForeignKey("plan_versions.id"), nullable=False)
    # The same goal across plan versions keeps its lineage, so evaluations can follow it.
    lineage_id: Mapped[int | None] = mapped_column(Integer)
    leefgebied_code: Mapped[str] = mapped_column(ForeignKey("leefgebieden.code"), nullable=False)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))
    title: Mapped[str] = mapped_column(S, nullable=False)
    smart_result: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="open")
    hart: Mapped[str | None] = mapped_column(Text)
    wet: Mapped[str | None] = mapped_column(Text)
    euro: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    actions: Mapped[list[Action]] = relationship(order_by="Action.position")
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_goals_plan_version", "plan_version_id"),)


class Action(Base):
    __tablename__ = "actions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id"), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    responsible_type: Mapped[str] = mapped_column(String(20), nullable=False)
    responsible_name: Mapped[str | None] = mapped_column(S)
    # The member of the household's network who does it (informal or formal), if one.
    network_contact_id: Mapped[int | None] = mapped_column(ForeignKey("network_contacts.id"))
    deadline: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="open")
    completed_on: Mapped[date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}
    # No index on deadline: late actions are found through the households' stall marks
    # (storage.stall_marks); an index here tempts SQLite to walk every open action.
    __table_args__ = (Index("ix_actions_goal", "goal_id"),)


class Decision(Base):
    """A weighed decision with the hart-wet-euro fields."""

    __tablename__ = "decisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), nullable=False)
    plan_version_id: Mapped[int | None] = mapped_column(ForeignKey("plan_versions.id"))
    decided_on: Mapped[date] = mapped_column(Date, nullable=False)
    subject: Mapped[str] = mapped_column(S, nullable=False)
    hart: Mapped[str] = mapped_column(Text, nullable=False)
    wet: Mapped[str] = mapped_column(Text, nullable=False)
    euro: Mapped[str] = mapped_column(Text, nullable=False)
    outcome: Mapped[str] = mapped_column(Text, nullable=False)
    decided_by: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    __table_args__ = (Index("ix_decisions_household", "household_id"),)


class Evaluation(Base):
    __tablename__ = "evaluations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), nullable=False)
    plan_version_id: Mapped[int | None] = mapped_column(ForeignKey("plan_versions.id"))
    held_on: Mapped[date] = mapped_column(Date, nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False)
    next_evaluation_date: Mapped[date | None] = mapped_column(Date)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    __table_args__ = (Index("ix_evaluations_household", "household_id", "held_on"),)


class GoalEvaluation(Base):
    """Outcome per goal at an evaluation."""

    __tablename__ = "goal_evaluations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluations.id"), nullable=False)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id"), nullable=False)
    outcome: Mapped[str] = mapped_column(String(20), nullable=False)
    note: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (Index("ix_goal_evaluations_evaluation", "evaluation_id"),)


# --------------------------------------------------------------------------- measurements


class Measurement(Base):
    """One ZRM (or other instrument) measurement of a person or the whole household."""

    __tablename__ = "measurements"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), nullable=False)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))
    instrument_code: Mapped[str] = mapped_column(ForeignKey("instruments.code"), nullable=False)
    measured_on: Mapped[date] = mapped_column(Date, nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    scores: Mapped[list[MeasurementScore]] = relationship(cascade="all, delete-orphan")
    __table_args__ = (Index("ix_measurements_household", "household_id", "measured_on"),)


class MeasurementScore(Base):
    __tablename__ = "measurement_scores"
    measurement_id: Mapped[int] = mapped_column(
        ForeignKey("measurements.id", ondelete="CASCADE"), primary_key=True
    )
    domain_code: Mapped[str] = mapped_column(CODE, primary_key=True)
    score: Mapped[int] = mapped_column(Integer, nullable=False)


# --------------------------------------------------------------------------- 18-/18+


class TransitionPlan(Base):
    """18-/18+ perspectiefplan for one youth, a section inside a household plan version."""

    __tablename__ = "transition_plans"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_version_id: Mapped[int] = mapped_column(ForeignKey("plan_versions.id"), nullable=False)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), nullable=False)
    wonen: Mapped[str | None] = mapped_column(Text)
    school: Mapped[str | None] = mapped_column(Text)
    werk: Mapped[str | None] = mapped_column(Text)
    inkomen: Mapped[str | None] = mapped_column(Text)
    zorg: Mapped[str | None] = mapped_column(Text)
    veiligheid: Mapped[str | None] = mapped_column(Text)
    relaties: Mapped[str | None] = mapped_column(Text)
    vrije_tijd: Mapped[str | None] = mapped_column(Text)
    risk_assessment: Mapped[str | None] = mapped_column(Text)
    contact_18plus: Mapped[str | None] = mapped_column(S)
    transfer_date: Mapped[date | None] = mapped_column(Date)
    extended_youth_care_decided: Mapped[bool | None] = mapped_column(Boolean)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    items: Mapped[list[TransitionItem]] = relationship(
        order_by="TransitionItem.position", cascade="all, delete-orphan"
    )
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("plan_version_id", "person_id", name="uq_transition_person"),
        Index("ix_transition_person", "person_id"),
    )


class TransitionItem(Base):
    __tablename__ = "transition_items"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    transition_plan_id: Mapped[int] = mapped_column(
        ForeignKey("transition_plans.id", ondelete="CASCADE"), nullable=False
    )
    code: Mapped[str] = mapped_column(CODE, nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="open")
    responsible: Mapped[str | None] = mapped_column(S)
    due_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_transition_items_plan", "transition_plan_id"),)
