"""The household, its members, their consent, the file kind history and the intake safety
check; the search keys of names and addresses kept by ORM listeners.
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
    event,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from h4casus.domain.names import fold
from h4casus.storage.models.base import Base, S

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
    # Stall marks, kept by `storage.stall_marks` (never by hand): the earliest deadline of an
    # open action in the plan in force, and the last evaluation without progress after it.
    late_since: Mapped[date | None] = mapped_column(Date)
    quiet_since: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    members: Mapped[list[Person]] = relationship(back_populates="household", order_by="Person.id")
    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint(
            "status IN ('aangemeld','intake','actief','nazorg','afgesloten')", name="status"
        ),
        Index("ix_households_sort", "sort_name", "id"),
        Index("ix_households_postcode", "postcode", "house_number"),
        # the open households of a team, with their level: the caseload counts from the index
        Index("ix_households_team_level", "team_id", "status", "level_code"),
        Index("ix_households_level", "level_code", "sort_name", "id"),
        Index("ix_households_review", "next_review_date", "id"),
        Index("ix_households_street_key", "street_key", "house_number"),
        # search by place: the households of one city by name, one page at a time
        Index("ix_households_city_key", "city_key", "sort_name", "id"),
        # team worklists: "overdue reviews of team X" as one ordered range, no sort; with the
        # status it also gives "open households of team X" without reading the table
        Index("ix_households_team_review", "team_id", "next_review_date", "id", "status"),
        # stalled help (storage.stall_marks): oldest first over all teams, or per team, and
        # counted as one index range
        Index("ix_households_late", "late_since", "id"),
        Index("ix_households_team_late", "team_id", "late_since", "id"),
        Index("ix_households_quiet", "quiet_since", "id"),
        Index("ix_households_team_quiet", "team_id", "quiet_since", "id"),
        # retention: the files closed before the shortest period, oldest first
        Index("ix_households_closed", "closed_at", "id"),
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
