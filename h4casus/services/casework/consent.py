"""Toestemming for information sharing, per person, with the age rules:
under 12 the parents/guardians decide; 12 to 16 both the child and the parents; from 16 the
youth alone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from h4casus.domain import validation as v
from h4casus.domain.ages import age_on
from h4casus.domain.errors import ValidationError
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
    scope: str
    withdrawn_on: date | None


def who_decides(age: int) -> str:
    if age < 12:
        return "ouders/verzorgers"
    if age < 16:
        return "kind en ouders/verzorgers samen"
    return "de persoon zelf"


def record_consent(
    ctx: ServiceContext,
    household_id: int,
    *,
    given: bool,
    given_by: str,
    scope: str,
    given_on: date | str | None = None,
    person_id: int | None = None,
    parents_agree: bool | None = None,
) -> ConsentView:
    today = ctx.clock.today()
    e = v.FieldErrors()
    by = e.check("gegeven door", v.text, given_by, "gegeven door")
    sc = e.check("reikwijdte", v.text, scope, "reikwijdte", max_len=v.MAX_TEXT, multiline=True)
    on = e.check("datum", v.not_future, given_on or today, today, "datum")
    e.raise_if_any()
    with ctx.session() as s:
        authorize_and_log(
            s,
            ctx,
            "consent.record",
            household_id,
            "create",
            person_id=person_id,
            detail="toestemming",
        )
        if person_id is not None:
            p = s.get(m.Person, person_id)
            if p is None or p.household_id != household_id:
                raise ValidationError("hoort niet bij dit huishouden", "gezinslid")
            age = age_on(p.birth_date, on)
            if 12 <= age < 16 and given and not parents_agree:
                raise ValidationError(
                    "tussen 12 en 16 jaar beslissen kind en ouders samen: leg ook de toestemming van de ouders vast",
                    "ouders",
                )
        c = m.Consent(
            household_id=household_id,
            person_id=person_id,
            given=bool(given),
            given_on=on,
            given_by=by,
            scope=sc,
            recorded_by=ctx.actor.user_id,
            recorded_at=ctx.clock.now(),
        )
        s.add(c)
        s.flush()
        return ConsentView(c.id, person_id, c.given, c.given_on, c.given_by, c.scope, None)


def list_consents(ctx: ServiceContext, household_id: int) -> list[ConsentView]:
    with ctx.session() as s:
        authorize_and_log(s, ctx, "household.read", household_id, "read", detail="toestemmingen")
        rows = s.scalars(
            select(m.Consent)
            .where(m.Consent.household_id == household_id)
            .order_by(m.Consent.given_on.desc(), m.Consent.id.desc())
        )
        return [
            ConsentView(c.id, c.person_id, c.given, c.given_on, c.given_by, c.scope, c.withdrawn_on)
            for c in rows
        ]
