"""The household's path: aangemeld -> intake -> actief -> nazorg (waakvlam) -> afgesloten,
and reopening.

- The status moves with the work: a safety check (here) or an intake measurement moves
  aangemeld to intake; the first vastgestelde plan moves aangemeld or intake to actief
  (`common.advance_status`, never backwards); nazorg, closing and reopening are decisions.
- The intake records the basic-care and safety check; "niet veilig" starts the Meldcode
  (step 1 is recorded with the check).
- Nazorg keeps a check-in date (default: `nazorg_default_weeks` from the settings).
- Closing records why (`ClosureReason`: zelfredzaam, overgedragen, verhuisd, weigert hulp,
  overleden, anders + a text) and whether follow-up (nazorg, vervolghulp) is arranged — both
  required; with open actions in the plan a toelichting is required as well. It ends the
  regie assignment (only open households have a regisseur) and any eigen regie, withdraws
  pending handovers and level requests, and starts the retention clock (`closed_at`).
- Reopening clears the retention clock and the closure reason and assigns a regisseur again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import bindparam, select
from sqlalchemy.orm.exc import StaleDataError

from h4casus.domain import validation as v
from h4casus.domain.enums import ClosureReason, HouseholdStatus, LevelChangeStatus
from h4casus.domain.errors import ConflictError, PermissionDenied, RuleViolation, ValidationError
from h4casus.domain.labels import closure_label, counted
from h4casus.security.policy import decide
from h4casus.services.access.authorize import authorize_and_log
from h4casus.services.casework.common import advance_status, require_open, user_by_name
from h4casus.services.casework.eigen_regie import end_open_eigen_regie
from h4casus.services.casework.households import check_version
from h4casus.services.casework.meldcode import add_step_row
from h4casus.services.casework.regie import (
    cancel_pending_handovers,
    end_assignment,
    start_assignment,
)
from h4casus.services.core.context import ServiceContext
from h4casus.services.core.settings import read_settings
from h4casus.storage import models as m
from h4casus.storage.active_regie import active_regisseur_id
from h4casus.storage.plan_versions import open_action_count

S = HouseholdStatus


@dataclass(frozen=True)
class StatusView:
    household_id: int
    status: str
    nazorg_checkin_date: date | None
    closed_at: object | None
    close_reason: str | None
    regisseur_id: int | None
    version: int


@dataclass(frozen=True)
class IntakeResult:
    status: StatusView
    safety_check_id: int
    safe: bool
    meldcode_started: bool


def _status_view(s, hh: m.Household) -> StatusView:
    s.flush()
    return StatusView(
        hh.id,
        hh.status,
        hh.nazorg_checkin_date,
        hh.closed_at,
        hh.close_reason,
        active_regisseur_id(s, hh.id),
        hh.version,
    )


def _guard_stale(fn):
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except StaleDataError:
            raise ConflictError(
                "het huishouden is intussen gewijzigd; probeer het opnieuw"
            ) from None

    wrapper.__doc__ = fn.__doc__
    wrapper.__name__ = fn.__name__
    return wrapper


@_guard_stale
def record_intake(
    ctx: ServiceContext,
    household_id: int,
    safe: bool,
    *,
    note: str | None = None,
    checked_on: date | str | None = None,
) -> IntakeResult:
    """The intake's basic safety check. Moves an aangemeld household to intake."""
    today = ctx.clock.today()
    e = v.FieldErrors()
    if not isinstance(safe, bool):
        e.add("veilig", "moet ja of nee zijn")
    text = e.check(
        "toelichting",
        v.text,
        note,
        "toelichting",
        required=False,
        max_len=v.MAX_TEXT,
        multiline=True,
    )
    when = e.check("datum", v.not_future, checked_on, today, "datum", required=False) or today
    if safe is False and not text:
        e.add("toelichting", "beschrijf de signalen als de situatie niet veilig is")
    e.raise_if_any()
    with ctx.session() as s:
        hh = authorize_and_log(
            s, ctx, "intake.record", household_id, "create", detail="veiligheidscheck"
        )
        require_open(hh)
        check = m.SafetyCheck(
            household_id=household_id,
            checked_on=when,
            safe=safe,
            note=text,
            recorded_by=ctx.actor.user_id,
            recorded_at=ctx.clock.now(),
        )
        s.add(check)
        advance_status(hh, S.INTAKE)
        if not safe:
            add_step_row(
                s, ctx, household_id, 1, when, f"Veiligheidscheck intake: niet veilig. {text}"
            )
        s.flush()
        return IntakeResult(_status_view(s, hh), check.id, safe, not safe)


@_guard_stale
def activate(ctx: ServiceContext, household_id: int) -> StatusView:
    """Support starts (from intake), or starts again (from nazorg)."""
    with ctx.session() as s:
        hh = authorize_and_log(s, ctx, "household.status", household_id, "update", detail="actief")
        if hh.status not in (S.INTAKE.value, S.NAZORG.value):
            raise RuleViolation(f"van {hh.status} kan het huishouden niet naar actief")
        hh.status = S.ACTIEF.value
        hh.nazorg_checkin_date = None
        return _status_view(s, hh)


@_guard_stale
def start_nazorg(
    ctx: ServiceContext, household_id: int, checkin_date: date | str | None = None
) -> StatusView:
    """Waakvlam: support ends, a check-in date keeps the household in view."""
    today = ctx.clock.today()
    wanted = v.parse_date(checkin_date, "check-in datum", required=False)
    if wanted is not None and wanted <= today:
        raise ValidationError("moet na vandaag liggen", "check-in datum")
    with ctx.session() as s:
        hh = authorize_and_log(s, ctx, "household.status", household_id, "update", detail="nazorg")
        if hh.status != S.ACTIEF.value:
            raise RuleViolation("alleen een actief huishouden gaat naar nazorg")
        weeks = read_settings(s).nazorg_default_weeks
        hh.status = S.NAZORG.value
        hh.nazorg_checkin_date = wanted or today + timedelta(weeks=weeks)
        return _status_view(s, hh)


@_guard_stale
def set_checkin(ctx: ServiceContext, household_id: int, checkin_date: date | str) -> StatusView:
    """A new waakvlam check-in date (e.g. after a check-in took place)."""
    wanted = v.parse_date(checkin_date, "check-in datum")
    if wanted <= ctx.clock.today():
        raise ValidationError("moet na vandaag liggen", "check-in datum")
    with ctx.session() as s:
        hh = authorize_and_log(
            s, ctx, "household.status", household_id, "update", detail="check-in"
        )
        if hh.status != S.NAZORG.value:
            raise RuleViolation("een check-in datum hoort bij nazorg")
        hh.nazorg_checkin_date = wanted
        return _status_view(s, hh)


@_guard_stale
def close(
    ctx: ServiceContext,
    household_id: int,
    closure: str | None,
    note: str | None = None,
    *,
    follow_up: bool | None = None,
    expected_version: int | None = None,
) -> StatusView:
    """Afsluiten, with why (`closure`, domain.enums.ClosureReason; "anders" needs `note`)
    and whether follow-up is arranged (`follow_up`, yes or no: both are required). With open
    actions in the plan a `note` is required too. With `expected_version`, a household
    changed meanwhile is a conflict and stays as it is."""
    e = v.FieldErrors()
    if closure is None or (isinstance(closure, str) and not closure.strip()):
        e.add("reden", "kies waarom het huishouden wordt afgesloten")
        code = None
    else:
        code = e.check("reden", v.choice, closure, ClosureReason, "reden")
    why = e.check(
        "toelichting",
        v.text,
        note,
        "toelichting",
        required=False,
        max_len=v.MAX_TEXT,
        multiline=True,
    )
    if code is ClosureReason.ANDERS and not why:
        e.add("toelichting", "beschrijf de reden bij 'anders'")
    if not isinstance(follow_up, bool):
        e.add("nazorg", "geef aan of nazorg of vervolghulp is geregeld (ja of nee)")
    e.raise_if_any()
    assert code is not None
    with ctx.session() as s:
        hh = authorize_and_log(
            s, ctx, "household.close", household_id, "update", detail=f"afsluiten: {code.value}"
        )
        require_open(hh)
        check_version(hh, expected_version)
        open_actions = open_action_count(s, household_id)
        if open_actions and not why:
            raise ValidationError(
                f"het plan heeft nog {counted(open_actions, 'openstaande actie', 'openstaande acties')}; "
                "rond ze af of licht toe waarom u toch afsluit",
                "toelichting",
            )
        now = ctx.clock.now()
        end_assignment(s, household_id, now, "huishouden afgesloten")
        cancel_pending_handovers(s, household_id, now, "huishouden afgesloten")
        end_open_eigen_regie(s, ctx, household_id, "huishouden afgesloten")
        for change in s.scalars(
            select(m.LevelChange).where(
                m.LevelChange.household_id == household_id,
                m.LevelChange.status == LevelChangeStatus.AANGEVRAAGD.value,
            )
        ):
            change.status = LevelChangeStatus.AFGEWEZEN.value
            change.decided_at = now
            change.decided_by = ctx.actor.user_id
            change.decision_note = "huishouden afgesloten"
        hh.status = S.AFGESLOTEN.value
        hh.closed_at = now
        hh.closure_reason = code.value
        hh.follow_up_arranged = follow_up
        hh.close_reason = why or closure_label(code.value)
        hh.nazorg_checkin_date = None
        return _status_view(s, hh)


@_guard_stale
def reopen(
    ctx: ServiceContext,
    household_id: int,
    reason: str,
    regisseur: str | None = None,
    *,
    expected_version: int | None = None,
) -> StatusView:
    """Heropenen: active again with a regisseur (given, else the actor, else the last one).
    Only a teamleider assigns someone other than themselves."""
    why = v.text(reason, "reden", max_len=v.MAX_TEXT, multiline=True)
    with ctx.session() as s:
        hh = authorize_and_log(
            s, ctx, "household.reopen", household_id, "update", detail="heropend"
        )
        check_version(hh, expected_version)
        if hh.status != S.AFGESLOTEN.value:
            raise RuleViolation("alleen een afgesloten huishouden kan worden heropend")
        may_assign = decide(ctx.actor, "regie.assign", team_id=hh.team_id).allowed
        if regisseur is not None:
            user = user_by_name(s, regisseur)
        elif may_assign:  # the teamleider hands it back to the last regisseur
            user = _last_regisseur(s, household_id) or user_by_name(s, ctx.actor.username)
        else:
            user = user_by_name(s, ctx.actor.username)
        if user.id != ctx.actor.user_id and not may_assign:
            raise PermissionDenied("alleen de teamleider wijst een andere regisseur toe")
        now = ctx.clock.now()
        start_assignment(s, household_id, now, why, by=ctx.actor.user_id, user_id=user.id)
        level = s.get(m.EscalationLevel, hh.level_code)
        hh.status = S.ACTIEF.value
        hh.closed_at = None
        hh.close_reason = None
        hh.closure_reason = None
        hh.follow_up_arranged = None
        hh.next_review_date = ctx.clock.today() + timedelta(days=level.review_interval_days)
        return _status_view(s, hh)


def _last_regisseur(s, household_id: int) -> m.User | None:
    last = s.scalar(
        select(m.RegieAssignment.user_id)
        .where(
            m.RegieAssignment.household_id == household_id,
            m.RegieAssignment.user_id.is_not(None),
        )
        .order_by(m.RegieAssignment.started_at.desc(), m.RegieAssignment.id.desc())
        .limit(1)
    )
    if last is None:
        return None
    try:
        return user_by_name(s, s.get(m.User, last).username)
    except ValidationError:  # account no longer active
        return None


_SAFETY_CHECKS = (
    select(
        m.SafetyCheck.id,
        m.SafetyCheck.checked_on,
        m.SafetyCheck.safe,
        m.SafetyCheck.note,
        m.SafetyCheck.recorded_by,
    )
    .where(m.SafetyCheck.household_id == bindparam("household_id"))
    .order_by(m.SafetyCheck.checked_on, m.SafetyCheck.id)
)


def safety_check_rows(s, household_id: int) -> list[tuple[int, date, bool, str | None, int]]:
    return [tuple(r) for r in s.execute(_SAFETY_CHECKS, {"household_id": household_id})]
