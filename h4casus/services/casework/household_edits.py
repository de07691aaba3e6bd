"""Changing a registered household: its address, and members joining or leaving.

Rules:
- Every change carries the version the user started from; a stale version is a
  ConflictError and nothing is written (optimistic locking, never a silent overwrite).
- A closed household is not changed: reopen it first.
- A member joins or leaves on a date (not in the future, not before their birth), kept on
  the person (`joined_at`, `left_at`) and written into the journal as a dated note about the
  composition. The last member cannot leave: close the household instead.
- The household's display and sort name follow its current members.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from h4casus.domain import validation as v
from h4casus.domain.enums import JournalType
from h4casus.domain.errors import NotFound, RuleViolation, ValidationError
from h4casus.services.access.authorize import authorize_and_log
from h4casus.services.casework.common import require_open
from h4casus.services.casework.households import (
    HouseholdView,
    MemberInput,
    MemberView,
    check_version,
    conflict,
    full_name,
    household_view,
    member_view,
    refresh_names,
    validate_member,
)
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m

# service field -> (the field name users see in messages, validator)
EDITABLE_HOUSEHOLD_FIELDS = {
    "street": ("straat", lambda val: v.text(val, "straat")),
    "house_number": ("huisnummer", lambda val: v.house_number(val)),
    "house_number_suffix": (
        "toevoeging",
        lambda val: v.text(val, "toevoeging", required=False, max_len=10),
    ),
    "postcode": ("postcode", lambda val: v.postcode(val)),
    "city": ("plaats", lambda val: v.text(val, "plaats")),
    "gemeente": ("gemeente", lambda val: v.text(val, "gemeente")),
    "wijk": ("wijk", lambda val: v.text(val, "wijk", required=False)),
}


def update_household(
    ctx: ServiceContext, household_id: int, expected_version: int, **changes
) -> HouseholdView:
    """Change address fields (a move, or a correction of the address)."""
    e = v.FieldErrors()
    clean: dict = {}
    for key, val in changes.items():
        if key not in EDITABLE_HOUSEHOLD_FIELDS:
            e.add(key, "kan hier niet worden gewijzigd")
            continue
        label, check = EDITABLE_HOUSEHOLD_FIELDS[key]
        clean[key] = e.check(label, check, val)
    e.raise_if_any()
    try:
        with ctx.session() as s:
            hh = authorize_and_log(
                s,
                ctx,
                "household.update",
                household_id,
                "update",
                detail="velden: " + ",".join(sorted(clean)),
            )
            require_open(hh)
            check_version(hh, expected_version)
            for key, val in clean.items():
                setattr(hh, key, val)
            s.flush()
            return household_view(s, hh, ctx.clock.today())
    except StaleDataError:
        raise conflict() from None


def _composition_date(value, today: date, field: str, e: v.FieldErrors) -> date:
    return e.check(field, v.not_future, value, today, field, required=False) or today


def _note_in_journal(
    s: Session, ctx: ServiceContext, household_id: int, person_id: int, day: date, text: str
) -> None:
    now = ctx.clock.now()
    s.add(
        m.JournalEntry(
            household_id=household_id,
            person_id=person_id,
            entry_type=JournalType.NOTITIE.value,
            occurred_at=now if day == now.date() else datetime.combine(day, time()),
            author_id=ctx.actor.user_id,
            text=text,
            confidential=False,
        )
    )


def add_member(
    ctx: ServiceContext,
    household_id: int,
    data: MemberInput,
    *,
    joined_on: date | str | None = None,
    expected_version: int | None = None,
) -> MemberView:
    """A member joins the household on `joined_on` (default today)."""
    today = ctx.clock.today()
    e = v.FieldErrors()
    fields_ = validate_member(data, today, "", e)
    day = _composition_date(joined_on, today, "datum", e)
    if fields_["birth_date"] and day < fields_["birth_date"]:
        e.add("datum", "ligt vóór de geboortedatum")
    e.raise_if_any()
    try:
        with ctx.session() as s:
            hh = authorize_and_log(
                s, ctx, "household.update", household_id, "create", detail="gezinslid toegevoegd"
            )
            require_open(hh)
            check_version(hh, expected_version)
            if fields_["bsn"] and s.scalar(
                select(m.Person.id).where(
                    m.Person.household_id == hh.id,
                    m.Person.bsn == fields_["bsn"],
                    m.Person.left_at.is_(None),
                )
            ):
                raise ValidationError("hoort al bij een ander gezinslid", "bsn")
            p = m.Person(
                household_id=hh.id,
                joined_at=day,
                **{k: (val.value if hasattr(val, "value") else val) for k, val in fields_.items()},
            )
            s.add(p)
            s.flush()
            refresh_names(s, hh)
            name = full_name(p.given_names, p.family_name_prefix, p.family_name)
            _note_in_journal(
                s,
                ctx,
                hh.id,
                p.id,
                day,
                f"{name} hoort sinds {day:%d-%m-%Y} bij het huishouden.",
            )
            s.flush()
            return member_view(p, today)
    except StaleDataError:
        raise conflict() from None


def member_leaves(
    ctx: ServiceContext,
    person_id: int,
    expected_version: int | None,
    left_on: date | str | None = None,
    reason: str | None = None,
) -> HouseholdView:
    """A member leaves the household on `left_on` (default today): moved out, deceased, ..."""
    today = ctx.clock.today()
    e = v.FieldErrors()
    day = _composition_date(left_on, today, "datum", e)
    why = e.check("reden", v.text, reason, "reden", required=False, max_len=v.MAX_TEXT)
    e.raise_if_any()
    if isinstance(person_id, bool) or not isinstance(person_id, int):
        raise ValidationError("moet een nummer zijn", "gezinslid")
    try:
        with ctx.session() as s:
            p = s.get(m.Person, person_id)
            if p is None:
                raise NotFound(f"persoon {person_id} bestaat niet")
            hh = authorize_and_log(
                s,
                ctx,
                "household.update",
                p.household_id,
                "update",
                person_id=p.id,
                detail="gezinslid vertrokken",
            )
            require_open(hh)
            check_version(p, expected_version)
            if p.left_at is not None:
                raise RuleViolation("dit gezinslid hoort al niet meer bij het huishouden")
            if day < p.birth_date:
                raise ValidationError("ligt vóór de geboortedatum", "datum")
            others = s.scalar(
                select(func.count())
                .select_from(m.Person)
                .where(
                    m.Person.household_id == hh.id,
                    m.Person.left_at.is_(None),
                    m.Person.id != p.id,
                )
            )
            if not others:
                raise RuleViolation(
                    "het laatste gezinslid kan het huishouden niet verlaten; "
                    "sluit het huishouden af"
                )
            p.left_at = day
            refresh_names(s, hh)
            name = full_name(p.given_names, p.family_name_prefix, p.family_name)
            text = f"{name} hoort sinds {day:%d-%m-%Y} niet meer bij het huishouden."
            _note_in_journal(s, ctx, hh.id, p.id, day, f"{text} {why}" if why else text)
            s.flush()
            return household_view(s, hh, today)
    except StaleDataError:
        raise conflict() from None
