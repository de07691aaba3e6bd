"""Toestemming for information sharing, per person, with the age rule of
`domain.consent.who_must_consent` (under 12 the parents/guardians; 12 to 16 the child and the
parents, each recorded on its own; from 16 the youth alone).

Rules:
- A record is about one member and says who decided (`zelf` or `ouders`), given or refused,
  the day, by whom (a name), the scope (one partner of the network, a type of partner, or
  every partner) and the parts (plan, contact details, leefgebieden).
- Recording for a decider the age rule does not name on that day is refused with the rule in
  words (a 10-year-old does not decide alone; parents do not decide for a 16-year-old).
- Withdrawal keeps the record and dates the end: from that day it no longer counts, so
  sharing stops (`sharing_check`).
- Every write asks `consent.record` and is logged; all field errors at once, nothing written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from h4casus.domain import validation as v
from h4casus.domain.consent import (
    LG_PREFIX,
    PART_CONTACT,
    PART_PLAN,
    ConsentFact,
    Decider,
    PersonToAsk,
    SharingCheck,
    check_sharing,
    format_parts,
    next_rule_change,
    parse_parts,
    rule_text,
    who_must_consent,
)
from h4casus.domain.enums import PartnerType
from h4casus.domain.errors import ConflictError, NotFound, ValidationError
from h4casus.services.access.authorize import authorize_and_log
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m


@dataclass(frozen=True)
class ConsentView:
    id: int
    person_id: int | None
    given: bool
    given_on: date
    given_by: str
    scope: str  # a note in words
    withdrawn_on: date | None
    decider: str = Decider.ZELF.value
    network_contact_id: int | None = None
    partner_type: str | None = None
    parts: tuple[str, ...] = (PART_PLAN,)
    withdrawn_by: str | None = None
    recorded_at: datetime | None = None
    version: int = 1

    @property
    def state(self) -> str:
        """gegeven | geweigerd | ingetrokken"""
        if not self.given:
            return "geweigerd"
        return "ingetrokken" if self.withdrawn_on else "gegeven"

    @property
    def fact(self) -> ConsentFact:
        return ConsentFact(
            self.id,
            self.person_id,
            self.decider,
            self.given,
            self.given_on,
            self.withdrawn_on,
            self.network_contact_id,
            self.partner_type,
            frozenset(self.parts),
        )


def consent_view(c: m.Consent) -> ConsentView:
    return ConsentView(
        c.id,
        c.person_id,
        c.given,
        c.given_on,
        c.given_by,
        c.scope,
        c.withdrawn_on,
        c.decider,
        c.network_contact_id,
        c.partner_type,
        tuple(sorted(parse_parts(c.parts))),
        c.withdrawn_by,
        c.recorded_at,
        c.version,
    )


_CONSENTS = (
    select(m.Consent)
    .where(m.Consent.household_id == bindparam("household_id"))
    .order_by(m.Consent.given_on.desc(), m.Consent.id.desc())
)


def consent_rows(s: Session, household_id: int) -> list[ConsentView]:
    """Every consent record of the household, newest first (one statement)."""
    return [consent_view(c) for c in s.scalars(_CONSENTS, {"household_id": household_id})]


def _parts(value: object, leefgebieden: set[str] | None, e: v.FieldErrors) -> str | None:
    items = parse_parts(value) if isinstance(value, str) else frozenset(value or ())
    if not items:
        e.add("onderdelen", "kies minstens één onderdeel (plan, contactgegevens of leefgebied)")
        return None
    for p in items:
        if p in (PART_PLAN, PART_CONTACT):
            continue
        if p.startswith(LG_PREFIX) and (
            leefgebieden is None or p[len(LG_PREFIX) :] in leefgebieden
        ):
            continue
        e.add("onderdelen", f"onbekend onderdeel '{p}'")
    return format_parts(items)


def record_consent(
    ctx: ServiceContext,
    household_id: int,
    *,
    given: bool,
    given_by: str,
    scope: str | None = None,
    given_on: date | str | None = None,
    person_id: int | None = None,
    decider: str | None = None,
    partner_type: str | None = None,
    network_contact_id: int | None = None,
    parts: str | Sequence[str] = (PART_PLAN,),
) -> ConsentView:
    """Record a consent (or a refusal) of one member, or for them by their parents."""
    today = ctx.clock.today()
    e = v.FieldErrors()
    by = e.check("gegeven door", v.text, given_by, "gegeven door")
    note = e.check(
        "toelichting", v.text, scope, "toelichting", required=False, max_len=2000, multiline=True
    )
    on = e.check("datum", v.not_future, given_on or today, today, "datum")
    who = e.check("namens", v.choice, decider or Decider.ZELF.value, Decider, "namens")
    ptype = None
    if partner_type:
        pt = e.check("soort partner", v.choice, partner_type, PartnerType, "soort partner")
        ptype = pt.value if pt else None
    if person_id is None:
        e.add("gezinslid", "kies over wie de toestemming gaat")
    _parts(parts, None, e)
    e.raise_if_any()
    with ctx.session() as s:
        authorize_and_log(
            s,
            ctx,
            "consent.record",
            household_id,
            "create",
            person_id=person_id,
            detail="toestemming gegeven" if given else "toestemming geweigerd",
        )
        leefgebieden = set(s.scalars(select(m.Leefgebied.code)))
        stored_parts = _parts(parts, leefgebieden, e)
        p = s.get(m.Person, person_id)
        if p is None or p.household_id != household_id:
            e.add("gezinslid", "hoort niet bij dit huishouden")
        elif p.left_at is not None:
            e.add("gezinslid", "woont niet meer in het huishouden")
        elif on is not None and who is not None and who not in who_must_consent(p.birth_date, on):
            e.add(
                "namens",
                f"{p.given_names} is op {on:%d-%m-%Y} {rule_text(p.birth_date, on)}; "
                f"toestemming van {'de ouders' if who is Decider.OUDERS else p.given_names} "
                "telt dan niet",
            )
        if network_contact_id is not None:
            c = s.get(m.NetworkContact, network_contact_id)
            if c is None or c.household_id != household_id:
                e.add("partner", "hoort niet bij het netwerk van dit huishouden")
        e.raise_if_any()
        c = m.Consent(
            household_id=household_id,
            person_id=person_id,
            given=bool(given),
            given_on=on,
            given_by=by,
            scope=note or "",
            decider=who.value,
            network_contact_id=network_contact_id,
            partner_type=ptype,
            parts=stored_parts,
            recorded_by=ctx.actor.user_id,
            recorded_at=ctx.clock.now(),
        )
        s.add(c)
        s.flush()
        return consent_view(c)


def withdraw_consent(
    ctx: ServiceContext,
    consent_id: int,
    *,
    withdrawn_by: str,
    withdrawn_on: date | str | None = None,
    expected_version: int | None = None,
) -> ConsentView:
    """The consent ends from `withdrawn_on` (default today); the record stays."""
    today = ctx.clock.today()
    e = v.FieldErrors()
    by = e.check("ingetrokken door", v.text, withdrawn_by, "ingetrokken door")
    on = e.check("datum", v.not_future, withdrawn_on or today, today, "datum")
    e.raise_if_any()
    try:
        with ctx.session() as s:
            c = s.get(m.Consent, consent_id)
            if c is None:
                raise NotFound(f"toestemming {consent_id} bestaat niet")
            authorize_and_log(
                s,
                ctx,
                "consent.record",
                c.household_id,
                "update",
                person_id=c.person_id,
                detail="toestemming ingetrokken",
            )
            if expected_version is not None and c.version != expected_version:
                raise ConflictError("iemand anders heeft deze toestemming intussen gewijzigd")
            if not c.given:
                raise ValidationError("een weigering kan niet worden ingetrokken", "datum")
            if c.withdrawn_on is not None:
                raise ValidationError("is al ingetrokken", "datum")
            if on < c.given_on:
                raise ValidationError("ligt vóór de datum van de toestemming", "datum")
            c.withdrawn_on, c.withdrawn_by = on, by
            c.withdrawal_recorded_by = ctx.actor.user_id
            s.flush()
            return consent_view(c)
    except StaleDataError:
        raise ConflictError("iemand anders heeft deze toestemming intussen gewijzigd") from None


def list_consents(ctx: ServiceContext, household_id: int) -> list[ConsentView]:
    with ctx.session() as s:
        authorize_and_log(s, ctx, "household.read", household_id, "read", detail="toestemmingen")
        return consent_rows(s, household_id)


_CURRENT_MEMBERS = (
    select(m.Person.id, m.Person.given_names, m.Person.family_name_prefix, m.Person.family_name)
    .add_columns(m.Person.birth_date)
    .where(m.Person.household_id == bindparam("household_id"), m.Person.left_at.is_(None))
    .order_by(m.Person.id)
)


def persons_to_ask(s: Session, household_id: int) -> list[PersonToAsk]:
    out = []
    for pid, given, prefix, family, birth in s.execute(
        _CURRENT_MEMBERS, {"household_id": household_id}
    ):
        name = " ".join(x for x in (given.split()[0] if given else "", prefix, family) if x)
        out.append(PersonToAsk(pid, name, birth))
    return out


def sharing_check(
    s: Session,
    household_id: int,
    contact: m.NetworkContact | None,
    partner_type: str | None,
    on: date,
) -> SharingCheck:
    """May the plan go to this partner (or type of partner) on `on`? Reads the members and
    the consents (two statements) and applies `domain.consent.check_sharing`."""
    facts = [c.fact for c in consent_rows(s, household_id)]
    return check_sharing(
        persons_to_ask(s, household_id),
        facts,
        contact.id if contact is not None else None,
        partner_type,
        on,
    )


@dataclass(frozen=True)
class ConsentNeed:
    """Whose consent a member needs today, and what of it is missing (for any partner)."""

    person_id: int
    name: str
    rule: str  # the age rule in words
    deciders: tuple[str, ...]  # Decider values the rule names today
    missing: tuple[str, ...]  # of those, the ones without a standing consent
    next_change: date | None  # the next 12th or 16th birthday (who must consent changes)
    next_deciders: tuple[str, ...] = ()  # who must consent from then on


def consent_needs(
    persons: Sequence[PersonToAsk], consents: Sequence[ConsentView], today: date
) -> tuple[ConsentNeed, ...]:
    """Per member: the age rule today and which decider has no standing consent at all."""
    out = []
    for p in persons:
        need = sorted(who_must_consent(p.birth_date, today))
        standing = {
            c.decider
            for c in consents
            if c.person_id == p.person_id and c.given_on <= today and c.fact.standing_on(today)
        }
        change = next_rule_change(p.birth_date, today)
        later = sorted(who_must_consent(p.birth_date, change)) if change else []
        out.append(
            ConsentNeed(
                p.person_id,
                p.name,
                rule_text(p.birth_date, today),
                tuple(need),
                tuple(d for d in need if d not in standing),
                change,
                tuple(later),
            )
        )
    return tuple(out)
