"""Eigen regie: the household itself, or someone of its own network, holds regie for a while,
with the wijkteam behind them.

Rules:
- The one-regisseur rule stays intact: the household's active regisseur (an account, in
  `regie_assignments`) is the wijkteam contact that answers for it, and stays the regie
  holder inside the app. Eigen regie is recorded beside it, never instead of it; a handover
  moves the contact with the regie.
- A period records who holds it (name; the member when it is one of the household), their
  relation ("zelf", "moeder", "buurman" ...), why, from when, who recorded it; ending it
  records when and why. At most one period is open per household (partial unique index).
- It starts only on an open household whose regie lies with an account (not while regie is
  temporarily with jeugdbescherming, Veilig Thuis or the Raad); closing the household and
  temporary regie elsewhere end it (`end_open_eigen_regie`). Invariant
  `eigen_regie_met_wijkteamcontact` (storage.invariants).
- Who: the regisseur who holds regie, or the teamleider of the team (`regie.eigen`);
  every start and end is in the access log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from h4casus.domain import validation as v
from h4casus.domain.errors import ConflictError, RuleViolation, ValidationError
from h4casus.services.access.authorize import authorize_and_log
from h4casus.services.casework.common import require_open
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m
from h4casus.storage.active_regie import ACTIVE

MAX_NAME = 200


@dataclass(frozen=True)
class EigenRegieView:
    id: int
    household_id: int
    person_id: int | None
    holder_name: str
    holder_relation: str
    reason: str
    started_on: date
    started_by: str
    ended_on: date | None
    ended_by: str | None
    end_reason: str | None
    version: int

    @property
    def active(self) -> bool:
        return self.ended_on is None


_STARTER, _ENDER = aliased(m.User, name="er_start"), aliased(m.User, name="er_end")
_ROWS = (
    select(m.EigenRegie, _STARTER.display_name, _ENDER.display_name)
    .join(_STARTER, _STARTER.id == m.EigenRegie.started_by)
    .outerjoin(_ENDER, _ENDER.id == m.EigenRegie.ended_by)
    .where(m.EigenRegie.household_id == bindparam("household_id"))
    .order_by(m.EigenRegie.started_on, m.EigenRegie.id)
)


def _view(row: m.EigenRegie, started_by: str, ended_by: str | None) -> EigenRegieView:
    return EigenRegieView(
        row.id,
        row.household_id,
        row.person_id,
        row.holder_name,
        row.holder_relation,
        row.reason,
        row.started_on,
        started_by,
        row.ended_on,
        ended_by,
        row.end_reason,
        row.version,
    )


def eigen_regie_rows(s: Session, household_id: int) -> list[EigenRegieView]:
    """Every period of the household, oldest first (one statement; for the case file)."""
    return [_view(*r) for r in s.execute(_ROWS, {"household_id": household_id})]


def has_open_eigen_regie(household_id_column):
    """SQL: the household (a column) has an open eigen regie period (for lists; one probe of
    the partial unique index)."""
    return (
        select(m.EigenRegie.id)
        .where(m.EigenRegie.household_id == household_id_column, m.EigenRegie.ended_on.is_(None))
        .exists()
    )


def _open_period(s: Session, household_id: int) -> m.EigenRegie | None:
    return s.scalar(
        select(m.EigenRegie).where(
            m.EigenRegie.household_id == household_id, m.EigenRegie.ended_on.is_(None)
        )
    )


def end_open_eigen_regie(s: Session, ctx: ServiceContext, household_id: int, reason: str) -> None:
    """Inside the caller's unit of work: end an open period (closing, regie elsewhere)."""
    row = _open_period(s, household_id)
    if row is not None:
        row.ended_on = max(ctx.clock.today(), row.started_on)
        row.ended_by = ctx.actor.user_id
        row.end_reason = reason
        s.flush()


def _guarded(fn):
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except StaleDataError:
            raise ConflictError("de eigen regie is intussen gewijzigd; laad opnieuw") from None

    wrapper.__doc__ = fn.__doc__
    wrapper.__name__ = fn.__name__
    return wrapper


@_guarded
def start_eigen_regie(
    ctx: ServiceContext,
    household_id: int,
    holder_name: str | None,
    relation: str,
    reason: str,
    *,
    started_on: date | str | None = None,
    person_id: int | None = None,
) -> EigenRegieView:
    """Record that the household or its network holds regie from `started_on` (default
    today). With `person_id` (a member) the name may be left empty: the member's name."""
    today = ctx.clock.today()
    e = v.FieldErrors()
    name = e.check(
        "naam", v.text, holder_name, "naam", required=person_id is None, max_len=MAX_NAME
    )
    rel = e.check("relatie", v.text, relation, "relatie", max_len=MAX_NAME)
    why = e.check("reden", v.text, reason, "reden", max_len=v.MAX_TEXT, multiline=True)
    when = e.check("startdatum", v.not_future, started_on, today, "startdatum", required=False)
    e.raise_if_any()
    when = when or today
    with ctx.session() as s:
        hh = authorize_and_log(
            s, ctx, "regie.eigen", household_id, "create", detail="eigen regie gestart"
        )
        require_open(hh)
        holder = s.scalar(
            select(m.RegieAssignment).where(m.RegieAssignment.household_id == household_id, ACTIVE)
        )
        if holder is None or holder.user_id is None:
            party = holder.external_party if holder is not None else "niemand"
            raise RuleViolation(
                f"de regie ligt nu bij {party}; eigen regie kan pas als een regisseur van het "
                "wijkteam de regie heeft en contactpersoon is"
            )
        current = _open_period(s, household_id)
        if current is not None:
            raise RuleViolation(
                f"{current.holder_name} heeft al eigen regie sinds "
                f"{current.started_on:%d-%m-%Y}; beëindig die eerst"
            )
        if when < hh.signal_date:
            raise ValidationError("ligt vóór de aanmelding", "startdatum")
        if person_id is not None:
            p = s.get(m.Person, person_id)
            if p is None or p.household_id != household_id or p.left_at is not None:
                raise ValidationError("hoort niet (meer) bij dit huishouden", "gezinslid")
            name = name or " ".join(
                x for x in (p.given_names, p.family_name_prefix, p.family_name) if x
            )
        row = m.EigenRegie(
            household_id=household_id,
            person_id=person_id,
            holder_name=name,
            holder_relation=rel,
            reason=why,
            started_on=when,
            started_by=ctx.actor.user_id,
            recorded_at=ctx.clock.now(),
        )
        s.add(row)
        s.flush()
        return _view(row, s.get(m.User, ctx.actor.user_id).display_name, None)


@_guarded
def end_eigen_regie(
    ctx: ServiceContext,
    household_id: int,
    reason: str,
    *,
    ended_on: date | str | None = None,
    expected_version: int | None = None,
) -> EigenRegieView:
    """The household's eigen regie ends (the wijkteam regisseur takes it up again)."""
    today = ctx.clock.today()
    e = v.FieldErrors()
    why = e.check("reden", v.text, reason, "reden", max_len=v.MAX_TEXT, multiline=True)
    when = e.check("einddatum", v.not_future, ended_on, today, "einddatum", required=False)
    e.raise_if_any()
    when = when or today
    with ctx.session() as s:
        authorize_and_log(
            s, ctx, "regie.eigen", household_id, "update", detail="eigen regie beëindigd"
        )
        row = _open_period(s, household_id)
        if row is None:
            raise RuleViolation("er loopt geen eigen regie")
        if expected_version is not None and row.version != expected_version:
            raise ConflictError("de eigen regie is intussen gewijzigd; laad opnieuw")
        if when < row.started_on:
            raise ValidationError(f"ligt vóór de start ({row.started_on:%d-%m-%Y})", "einddatum")
        row.ended_on = when
        row.ended_by = ctx.actor.user_id
        row.end_reason = why
        s.flush()
        names = {
            u.id: u.display_name
            for u in (s.get(m.User, row.started_by), s.get(m.User, ctx.actor.user_id))
        }
        return _view(row, names[row.started_by], names[ctx.actor.user_id])
