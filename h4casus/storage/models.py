"""SQLAlchemy 2 typed models for the core concepts of the domain (docs/glossary.md).

Portable to PostgreSQL: no SQLite-only types or SQL. Every editable record carries a
`version` column used for optimistic locking; a stale save raises StaleDataError, which
services turn into a ConflictError.
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
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from h4casus.domain.names import fold

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

S = String(200)
CODE = String(64)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# --------------------------------------------------------------------------- configuration


class Setting(Base):
    """Per-database configuration (JSON text), seeded from resources/config at init."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(CODE, primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}


class Leefgebied(Base):
    __tablename__ = "leefgebieden"
    code: Mapped[str] = mapped_column(CODE, primary_key=True)
    name: Mapped[str] = mapped_column(S, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class EscalationLevel(Base):
    """One rung of the op-/afschaalladder (default: AVE 1-4)."""

    __tablename__ = "escalation_levels"
    code: Mapped[str] = mapped_column(CODE, primary_key=True)
    rank: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)
    colour: Mapped[str] = mapped_column(String(40), nullable=False)
    hex: Mapped[str] = mapped_column(String(9), nullable=False, default="#777777")
    situation: Mapped[str] = mapped_column(Text, nullable=False, default="")
    casusregie: Mapped[str] = mapped_column(S, nullable=False, default="")
    procesregie: Mapped[str] = mapped_column(S, nullable=False, default="")
    operational: Mapped[str] = mapped_column(S, nullable=False, default="")
    bestuurlijk: Mapped[str] = mapped_column(S, nullable=False, default="")
    review_interval_days: Mapped[int] = mapped_column(Integer, nullable=False)
    requires_approval: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class Instrument(Base):
    __tablename__ = "instruments"
    code: Mapped[str] = mapped_column(CODE, primary_key=True)
    name: Mapped[str] = mapped_column(S, nullable=False)
    scope: Mapped[str] = mapped_column(String(20), nullable=False)  # persoon | huishouden
    domains: Mapped[list[InstrumentDomain]] = relationship(
        order_by="InstrumentDomain.position", cascade="all, delete-orphan"
    )
    levels: Mapped[list[InstrumentLevel]] = relationship(
        order_by="InstrumentLevel.score", cascade="all, delete-orphan"
    )


class InstrumentDomain(Base):
    __tablename__ = "instrument_domains"
    instrument_code: Mapped[str] = mapped_column(ForeignKey("instruments.code"), primary_key=True)
    code: Mapped[str] = mapped_column(CODE, primary_key=True)
    name: Mapped[str] = mapped_column(S, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class InstrumentLevel(Base):
    __tablename__ = "instrument_levels"
    instrument_code: Mapped[str] = mapped_column(ForeignKey("instruments.code"), primary_key=True)
    score: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(S, nullable=False)


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


# --------------------------------------------------------------------------- households


class Household(Base):
    __tablename__ = "households"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_number: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    # Denormalised for list, sort and search: "Jansen" / "Jansen-de Vries" and a sort key.
    display_name: Mapped[str] = mapped_column(S, nullable=False, default="")
    sort_name: Mapped[str] = mapped_column(S, nullable=False, default="")
    street: Mapped[str] = mapped_column(S, nullable=False, default="")
    house_number: Mapped[int] = mapped_column(Integer, nullable=False)
    house_number_suffix: Mapped[str | None] = mapped_column(String(10))
    postcode: Mapped[str] = mapped_column(String(7), nullable=False)
    city: Mapped[str] = mapped_column(S, nullable=False)
    gemeente: Mapped[str] = mapped_column(S, nullable=False)
    wijk: Mapped[str | None] = mapped_column(S)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"), nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="aangemeld")
    signal_date: Mapped[date] = mapped_column(Date, nullable=False)
    signal_source: Mapped[str] = mapped_column(String(40), nullable=False)
    signal_note: Mapped[str | None] = mapped_column(Text)
    # The household's own wish about who holds regie (recorded at registration).
    regie_preference: Mapped[str | None] = mapped_column(Text)
    registered_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    registered_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Current escalation level and next review, kept in step with level_changes by the service.
    level_code: Mapped[str] = mapped_column(ForeignKey("escalation_levels.code"), nullable=False)
    next_review_date: Mapped[date | None] = mapped_column(Date)
    nazorg_checkin_date: Mapped[date | None] = mapped_column(Date)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    close_reason: Mapped[str | None] = mapped_column(Text)
    # Why support ended (domain.enums.ClosureReason) and whether follow-up is arranged;
    # None for files closed before these were recorded, and for open households.
    closure_reason: Mapped[str | None] = mapped_column(String(20))
    follow_up_arranged: Mapped[bool | None] = mapped_column(Boolean)
    # Which law the file falls under decides its retention period (jeugdwet / wmo / ...).
    file_kind: Mapped[str] = mapped_column(String(20), nullable=False)
    # search_key(street) and search_key(city), kept by the listener at the end of this module
    # (search-as-you-type).
    street_key: Mapped[str] = mapped_column(S, nullable=False, default="", server_default="")
    city_key: Mapped[str] = mapped_column(S, nullable=False, default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    members: Mapped[list[Person]] = relationship(back_populates="household", order_by="Person.id")
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint(
            "status IN ('aangemeld','intake','actief','nazorg','afgesloten')", name="status"
        ),
        Index("ix_households_sort", "sort_name", "id"),
        Index("ix_households_postcode", "postcode", "house_number"),
        Index("ix_households_team_status", "team_id", "status"),
        Index("ix_households_level", "level_code", "sort_name", "id"),
        Index("ix_households_review", "next_review_date", "id"),
        Index("ix_households_street_key", "street_key", "house_number"),
        # search by place: the households of one city by name, one page at a time
        Index("ix_households_city_key", "city_key", "sort_name", "id"),
        # team worklists: "overdue reviews of team X" as one ordered range, no sort; with the
        # status it also gives "open households of team X" without reading the table
        Index("ix_households_team_review", "team_id", "next_review_date", "id", "status"),
    )


class FileKindChange(Base):
    """A change of the file kind after registration: from, to, why, by whom, when. A file
    that was ever under the Jeugdwet keeps the Jeugdwet retention period."""

    __tablename__ = "file_kind_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), nullable=False)
    from_kind: Mapped[str] = mapped_column(String(20), nullable=False)
    to_kind: Mapped[str] = mapped_column(String(20), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    changed_by: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    changed_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    __table_args__ = (Index("ix_file_kind_changes_household", "household_id", "from_kind"),)


class Person(Base):
    """A gezinslid. Age is derived from birth_date, never stored."""

    __tablename__ = "persons"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), nullable=False)
    given_names: Mapped[str] = mapped_column(S, nullable=False)
    family_name_prefix: Mapped[str | None] = mapped_column(String(20))  # tussenvoegsel
    family_name: Mapped[str] = mapped_column(S, nullable=False)
    birth_date: Mapped[date] = mapped_column(Date, nullable=False)
    bsn: Mapped[str | None] = mapped_column(String(9))
    relation: Mapped[str] = mapped_column(String(20), nullable=False)
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(S)
    left_at: Mapped[date | None] = mapped_column(Date)  # moved out of the household
    joined_at: Mapped[date | None] = mapped_column(Date)  # joined after registration
    restricted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # search_key(family_name), kept by the listener at the end of this module.
    name_key: Mapped[str] = mapped_column(S, nullable=False, default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    household: Mapped[Household] = relationship(back_populates="members")
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("relation IN ('ouder','partner','kind','overig')", name="relation"),
        Index("ix_persons_household", "household_id"),
        Index("ix_persons_family_name", "family_name"),
        Index("ix_persons_bsn", "bsn"),
        # youths nearing 18: the birth-date window with who is still a member, and where
        Index("ix_persons_birth_date", "birth_date", "left_at", "household_id"),
        # search by name: with `restricted`, a candidate is tested without reading its row
        Index("ix_persons_name_key", "name_key", "household_id", "restricted"),
    )


class Consent(Base):
    """Toestemming for information sharing: given or refused, by whom, scope, date."""

    __tablename__ = "consents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), nullable=False)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"))
    given: Mapped[bool] = mapped_column(Boolean, nullable=False)
    given_on: Mapped[date] = mapped_column(Date, nullable=False)
    given_by: Mapped[str] = mapped_column(S, nullable=False)
    scope: Mapped[str] = mapped_column(Text, nullable=False)  # a note in words
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    # Who decided (domain.consent.Decider): the person ("zelf") or the parents ("ouders").
    decider: Mapped[str] = mapped_column(
        String(20), nullable=False, default="zelf", server_default="zelf"
    )
    # Scope: one partner of the network, or a type of partner; neither: every partner.
    network_contact_id: Mapped[int | None] = mapped_column(ForeignKey("network_contacts.id"))
    partner_type: Mapped[str | None] = mapped_column(String(40))
    # Parts: "plan", "contact", "lg:<leefgebied>" separated by commas.
    parts: Mapped[str] = mapped_column(
        String(800), nullable=False, default="plan", server_default="plan"
    )
    withdrawn_by: Mapped[str | None] = mapped_column(S)  # who withdrew it (a name)
    withdrawal_recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_consents_household", "household_id"),
        CheckConstraint("decider IN ('zelf','ouders')", name="decider"),
    )


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
    __table_args__ = (
        Index("ix_actions_goal", "goal_id"),
        Index("ix_actions_deadline_status", "status", "deadline"),
    )


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


# --------------------------------------------------------------------------- search keys
# Search-as-you-type compares prefixes of these normalised columns through plain b-tree
# indexes (portable; no LIKE/collation tricks). Bulk writers (services.demo) call
# search_key themselves; ORM writers get the keys from these listeners.


def search_key(value: str | None) -> str:
    """Lowercase, accents removed, whitespace collapsed: 'Öztürk ' -> 'ozturk'
    (`domain.names.fold`, the one normalisation for names and streets)."""
    return fold(value)


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _person_search_key(_mapper, _connection, target: Person) -> None:
    target.name_key = search_key(target.family_name)


@event.listens_for(Household, "before_insert")
@event.listens_for(Household, "before_update")
def _household_search_key(_mapper, _connection, target: Household) -> None:
    target.street_key = search_key(target.street)
    target.city_key = search_key(target.city)


# --------------------------------------------------------------------------- casework additions
# Intake safety check, and the guard that keeps a vastgestelde plan version frozen.


class SafetyCheck(Base):
    """The short basic-care and safety check at intake; "niet veilig" starts the Meldcode."""

    __tablename__ = "safety_checks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), nullable=False)
    checked_on: Mapped[date] = mapped_column(Date, nullable=False)
    safe: Mapped[bool] = mapped_column(Boolean, nullable=False)
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    __table_args__ = (Index("ix_safety_checks_household", "household_id", "checked_on"),)


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
