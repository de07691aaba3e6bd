"""Rights of the person: rectification (AVG art. 16) and restriction of processing (art. 18).

A correction records what changed, when, by whom and why; the old value is kept in
`person_corrections` for accountability but is never part of a normal view. A restricted
person's data are left out of lists and search, and processing them is refused unless the
policy grants `person.process_restricted` (the teamleider of the household's team).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from h4casus.domain import validation as v
from h4casus.domain.enums import Relation
from h4casus.domain.errors import NotFound, PermissionDenied, ValidationError
from h4casus.security.policy import decide
from h4casus.services.access.authorize import authorize_and_log
from h4casus.services.casework.households import check_version, conflict, refresh_names
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m
from h4casus.storage.active_regie import active_regisseur_id

# Fields the household's display and sort name are made of.
NAME_FIELDS = {"family_name", "family_name_prefix", "relation"}

# field -> (label, validator). Labels are what the user sees in messages.
CORRECTABLE = {
    "given_names": ("voornamen", lambda val: v.text(val, "voornamen")),
    "family_name_prefix": (
        "tussenvoegsel",
        lambda val: v.text(val, "tussenvoegsel", required=False, max_len=20),
    ),
    "family_name": ("achternaam", lambda val: v.text(val, "achternaam")),
    "bsn": ("bsn", lambda val: v.bsn(val)),
    "relation": ("relatie", lambda val: v.choice(val, Relation, "relatie").value),
    "phone": ("telefoon", lambda val: v.text(val, "telefoon", required=False, max_len=40)),
    "email": ("e-mail", lambda val: v.text(val, "e-mail", required=False)),
}


@dataclass(frozen=True)
class CorrectionView:
    """What a normal view shows of a correction: no old value."""

    id: int
    person_id: int
    field: str
    reason: str
    corrected_by: str
    corrected_at: datetime


@dataclass(frozen=True)
class RestrictionView:
    person_id: int
    restricted: bool
    reason: str
    recorded_by: str
    recorded_at: datetime


def _person(s: Session, person_id) -> m.Person:
    if isinstance(person_id, bool) or not isinstance(person_id, int):
        raise ValidationError("moet een nummer zijn", "persoon")
    p = s.get(m.Person, person_id)
    if p is None:
        raise NotFound(f"persoon {person_id} bestaat niet")
    return p


def may_process_restricted(
    s: Session, ctx: ServiceContext, household_id: int, team_id: int
) -> bool:
    return decide(
        ctx.actor,
        "person.process_restricted",
        team_id=team_id,
        assigned_user_id=active_regisseur_id(s, household_id),
    ).allowed


def require_processable(s: Session, ctx: ServiceContext, person: m.Person) -> None:
    """Refuse processing of a restricted person's data outside the privileged path."""
    if not person.restricted:
        return
    hh = s.get(m.Household, person.household_id)
    if not may_process_restricted(s, ctx, hh.id, hh.team_id):
        raise PermissionDenied(
            f"de verwerking van gegevens van persoon {person.id} is beperkt (AVG art. 18); "
            "alleen de teamleider van het team mag ze nog verwerken"
        )


def _reason(reason, e: v.FieldErrors) -> str | None:
    return e.check("reden", v.text, reason, "reden", max_len=v.MAX_TEXT, multiline=True)


def _as_text(value) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def correct_person(
    ctx: ServiceContext, person_id: int, expected_version: int | None, reason: str, **changes
) -> CorrectionView | None:
    """Rectify one or more fields of a person. Every field is validated first; a stale
    `expected_version` is a ConflictError. Returns the last correction recorded (None when
    nothing actually changed)."""
    e = v.FieldErrors()
    why = _reason(reason, e)
    clean: dict = {}
    if not changes:
        e.add("velden", "geef minstens één veld om te corrigeren")
    for key, val in changes.items():
        if key == "birth_date":
            clean[key] = e.check("geboortedatum", v.birth_date, val, ctx.clock.today())
            continue
        if key not in CORRECTABLE:
            e.add(key, "kan niet worden gecorrigeerd")
            continue
        label, fn = CORRECTABLE[key]
        clean[key] = e.check(label, fn, val)
    e.raise_if_any()
    try:
        with ctx.session() as s:
            p = _person(s, person_id)
            authorize_and_log(
                s,
                ctx,
                "person.correct",
                p.household_id,
                "update",
                person_id=p.id,
                detail="correctie: " + ",".join(sorted(clean)),
            )
            require_processable(s, ctx, p)
            check_version(p, expected_version)
            if "email" in clean and clean["email"] and "@" not in clean["email"]:
                raise ValidationError("is geen e-mailadres", "e-mail")
            if clean.get("bsn"):
                taken = s.scalar(
                    select(m.Person.id).where(
                        m.Person.bsn == clean["bsn"],
                        m.Person.household_id == p.household_id,
                        m.Person.id != p.id,
                    )
                )
                if taken:
                    raise ValidationError("hoort al bij een ander gezinslid", "bsn")
            now = ctx.clock.now()
            last = None
            for key, new in clean.items():
                old = getattr(p, key)
                if old == new:
                    continue
                setattr(p, key, new)
                last = m.PersonCorrection(
                    person_id=p.id,
                    field=key,
                    old_value=_as_text(old),
                    new_value=_as_text(new),
                    reason=why,
                    corrected_by=ctx.actor.user_id,
                    corrected_at=now,
                )
                s.add(last)
            if last is not None and clean.keys() & NAME_FIELDS:
                refresh_names(s, s.get(m.Household, p.household_id))
            s.flush()
            if last is None:
                return None
            return CorrectionView(last.id, p.id, last.field, why, ctx.actor.username, now)
    except StaleDataError:
        raise conflict() from None


def corrections(ctx: ServiceContext, person_id: int) -> list[CorrectionView]:
    """The correction history of a person, without old values."""
    with ctx.session() as s:
        p = _person(s, person_id)
        authorize_and_log(
            s, ctx, "household.read", p.household_id, "read", person_id=p.id, detail="correcties"
        )
        rows = s.execute(
            select(m.PersonCorrection, m.User.username)
            .join(m.User, m.User.id == m.PersonCorrection.corrected_by)
            .where(m.PersonCorrection.person_id == p.id)
            .order_by(m.PersonCorrection.id)
        ).all()
        return [
            CorrectionView(c.id, c.person_id, c.field, c.reason, name, c.corrected_at)
            for c, name in rows
        ]


def set_restriction(
    ctx: ServiceContext,
    person_id: int,
    restricted: bool,
    reason: str,
    expected_version: int | None = None,
) -> RestrictionView:
    """Restrict (or lift the restriction of) processing of one person's data."""
    e = v.FieldErrors()
    why = _reason(reason, e)
    if not isinstance(restricted, bool):
        e.add("beperkt", "moet ja of nee zijn")
    e.raise_if_any()
    try:
        with ctx.session() as s:
            p = _person(s, person_id)
            authorize_and_log(
                s,
                ctx,
                "person.restrict",
                p.household_id,
                "update",
                person_id=p.id,
                detail="verwerking beperkt" if restricted else "beperking opgeheven",
            )
            check_version(p, expected_version)
            now = ctx.clock.now()
            p.restricted = restricted
            s.add(
                m.PersonRestriction(
                    person_id=p.id,
                    restricted=restricted,
                    reason=why,
                    recorded_by=ctx.actor.user_id,
                    recorded_at=now,
                )
            )
            s.flush()
            return RestrictionView(p.id, restricted, why, ctx.actor.username, now)
    except StaleDataError:
        raise conflict() from None
