"""Op- en afschalen on the configurable ladder (default AVE 1-4, table `escalation_levels`).

Rules:
- every change records date, from, to, reason, who decided and the next review date, which
  defaults to the date of the change plus the new level's maximum review interval;
- escalating to a level marked `requires_approval` (AVE 3 and 4) is pending until someone else
  approves it: four eyes, also when a teamleider asks (see services.casework.approval: never
  the one who asked, never the household's regisseur; when nobody can, the request says so);
- afschalen needs an evaluation held in the current review period;
- a pending request can be withdrawn by the one who asked it, until someone decides;
- `household.level_code` and `household.next_review_date` follow every applied change.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from h4casus.domain import validation as v
from h4casus.domain.enums import LevelChangeStatus
from h4casus.domain.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    RuleViolation,
    ValidationError,
)
from h4casus.services.access.authorize import authorize_and_log, require_global
from h4casus.services.access.scope import scope_filter
from h4casus.services.casework import approval
from h4casus.services.casework.common import open_households_with_team_and_regisseur, require_open
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m
from h4casus.storage.active_regie import active_regisseur_id

PENDING = LevelChangeStatus.AANGEVRAAGD.value
APPLIED = LevelChangeStatus.DOORGEVOERD.value


@dataclass(frozen=True)
class LevelChangeView:
    id: int
    household_id: int
    from_level: str | None
    to_level: str
    reason: str
    status: str
    requested_by: int
    requested_by_name: str
    requested_at: datetime
    decided_by: int | None
    decided_by_name: str | None
    decided_at: datetime | None
    decision_note: str | None
    effective_date: date | None
    next_review_date: date | None
    version: int
    # While pending: who may approve it (never the one who asked); empty: nobody can yet.
    approvers: tuple[str, ...] | None = None

    @property
    def pending(self) -> bool:
        return self.status == PENDING

    @property
    def waiting_note(self) -> str | None:
        return approval.waiting_note(self.approvers) if self.pending else None


@dataclass(frozen=True)
class OverdueRow:
    household_id: int
    case_number: str
    display_name: str
    team_id: int
    team: str
    regisseur_id: int | None
    regisseur: str | None
    level: str
    next_review_date: date
    days_overdue: int


# --------------------------------------------------------------------------- session helpers


# Built once: constructing a SELECT with two aliased joins costs more than running it.
_REQUESTER, _DECIDER = aliased(m.User, name="requester"), aliased(m.User, name="decider")
_HISTORY = (
    select(m.LevelChange, _REQUESTER.display_name, _DECIDER.display_name)
    .join(_REQUESTER, _REQUESTER.id == m.LevelChange.requested_by)
    .outerjoin(_DECIDER, _DECIDER.id == m.LevelChange.decided_by)
    .order_by(m.LevelChange.requested_at, m.LevelChange.id)
)


def history_rows(s: Session, *conditions) -> list[LevelChangeView]:
    q = _HISTORY.where(*conditions)
    return [
        LevelChangeView(
            c.id,
            c.household_id,
            c.from_level,
            c.to_level,
            c.reason,
            c.status,
            c.requested_by,
            rname,
            c.requested_at,
            c.decided_by,
            dname,
            c.decided_at,
            c.decision_note,
            c.effective_date,
            c.next_review_date,
            c.version,
        )
        for c, rname, dname in s.execute(q)
    ]


def _view(s: Session, change: m.LevelChange) -> LevelChangeView:
    s.flush()
    return history_rows(s, m.LevelChange.id == change.id)[0]


def involved(s: Session, change: m.LevelChange) -> tuple[int | None, ...]:
    """Who may not approve this change: the one who asked and the household's regisseur."""
    return change.requested_by, active_regisseur_id(s, change.household_id)


def _pending_view(s: Session, change: m.LevelChange, team_id: int) -> LevelChangeView:
    names = approval.approvers(s, "level.approve", team_id, involved(s, change))
    return replace(_view(s, change), approvers=names)


def review_period_start(s: Session, hh: m.Household, today: date) -> date:
    """Start of the current review period: the last applied level change, but never longer
    ago than the current level's maximum review interval."""
    level = s.get(m.EscalationLevel, hh.level_code)
    interval_start = today - timedelta(days=level.review_interval_days if level else 91)
    last = s.scalar(
        select(func.max(m.LevelChange.effective_date)).where(
            m.LevelChange.household_id == hh.id, m.LevelChange.status == APPLIED
        )
    )
    return max(interval_start, last) if last else interval_start


def has_evaluation_in_period(s: Session, hh: m.Household, today: date) -> bool:
    start = review_period_start(s, hh, today)
    return (
        s.scalar(
            select(m.Evaluation.id)
            .where(
                m.Evaluation.household_id == hh.id,
                m.Evaluation.held_on >= start,
                m.Evaluation.held_on <= today,
            )
            .limit(1)
        )
        is not None
    )


def _next_review(level: m.EscalationLevel, start: date, wanted: date | None) -> date:
    latest = start + timedelta(days=level.review_interval_days)
    if wanted is None or wanted <= start or wanted > latest:
        return latest
    return wanted


def _check_next_review(level: m.EscalationLevel, today: date, wanted: date | None) -> None:
    if wanted is None:
        return
    latest = today + timedelta(days=level.review_interval_days)
    if wanted <= today:
        raise ValidationError("moet na vandaag liggen", "volgende evaluatie")
    if wanted > latest:
        raise ValidationError(
            f"mag bij {level.code} niet later zijn dan {latest.isoformat()} "
            f"(maximaal {level.review_interval_days} dagen)",
            "volgende evaluatie",
        )


def apply_change(s: Session, hh: m.Household, change: m.LevelChange, ctx) -> None:
    level = s.get(m.EscalationLevel, change.to_level)
    today = ctx.clock.today()
    change.status = APPLIED
    change.decided_by = change.decided_by or ctx.actor.user_id
    change.decided_at = ctx.clock.now()
    change.effective_date = today
    change.next_review_date = _next_review(level, today, change.next_review_date)
    hh.level_code = level.code
    hh.next_review_date = change.next_review_date


# --------------------------------------------------------------------------- services


def request_level_change(
    ctx: ServiceContext,
    household_id: int,
    to_level: str,
    reason: str,
    *,
    next_review_date: date | str | None = None,
) -> LevelChangeView:
    """Op- of afschalen. Returns the change: applied, or pending approval by someone else
    (`approvers`, `waiting_note`)."""
    e = v.FieldErrors()
    why = e.check("reden", v.text, reason, "reden", max_len=v.MAX_TEXT, multiline=True)
    wanted = e.check(
        "volgende evaluatie", v.parse_date, next_review_date, "volgende evaluatie", required=False
    )
    code = e.check("niveau", v.text, to_level, "niveau", max_len=64)
    e.raise_if_any()
    today = ctx.clock.today()
    try:
        with ctx.session() as s:
            hh = authorize_and_log(
                s, ctx, "level.request", household_id, "update", detail=f"naar {code}"
            )
            require_open(hh)
            target = s.get(m.EscalationLevel, code)
            if target is None:
                raise ValidationError(f"{code} staat niet op de ladder", "niveau")
            current = s.get(m.EscalationLevel, hh.level_code)
            if target.code == current.code:
                raise RuleViolation(f"het huishouden staat al op {target.code}")
            _check_next_review(target, today, wanted)
            if s.scalar(
                select(m.LevelChange.id).where(
                    m.LevelChange.household_id == household_id, m.LevelChange.status == PENDING
                )
            ):
                raise RuleViolation("er wacht al een op- of afschaling op goedkeuring")
            down = target.rank < current.rank
            if down and not has_evaluation_in_period(s, hh, today):
                raise RuleViolation(
                    "afschalen kan pas als er in de huidige evaluatieperiode een evaluatie "
                    "is vastgelegd"
                )
            change = m.LevelChange(
                household_id=household_id,
                from_level=current.code,
                to_level=target.code,
                reason=why,
                requested_by=ctx.actor.user_id,
                requested_at=ctx.clock.now(),
                next_review_date=wanted,
                status=PENDING,
            )
            s.add(change)
            if down or not target.requires_approval:
                apply_change(s, hh, change, ctx)
                return _view(s, change)
            return _pending_view(s, change, hh.team_id)
    except StaleDataError:
        raise ConflictError("het huishouden is intussen gewijzigd; probeer het opnieuw") from None


def _pending(s: Session, change_id: int) -> m.LevelChange:
    change = s.get(m.LevelChange, change_id)
    if change is None:
        raise NotFound(f"op- of afschaling {change_id} bestaat niet")
    return change


def approve_level_change(
    ctx: ServiceContext, change_id: int, note: str | None = None
) -> LevelChangeView:
    """Someone else with the right to approve (a teamleider of the team or a plaatsvervanger)
    approves: the level applies from today. Never the one who asked, nor the regisseur."""
    remark = v.text(note, "toelichting", required=False, max_len=v.MAX_TEXT, multiline=True)
    try:
        with ctx.session() as s:
            change = _pending(s, change_id)
            hh = authorize_and_log(
                s,
                ctx,
                "level.approve",
                change.household_id,
                "update",
                detail=f"goedgekeurd {change.id}",
            )
            if change.status != PENDING:
                raise RuleViolation(f"deze aanvraag is al {change.status}")
            approval.refuse_own(ctx, involved(s, change), "een op- of afschaling")
            require_open(hh)
            if hh.level_code != change.from_level:
                raise ConflictError(
                    "het niveau is intussen gewijzigd; deze aanvraag kan niet meer door"
                )
            change.decided_by = ctx.actor.user_id
            change.decision_note = remark
            apply_change(s, hh, change, ctx)
            return _view(s, change)
    except StaleDataError:
        raise ConflictError("het huishouden is intussen gewijzigd; probeer het opnieuw") from None


def reject_level_change(
    ctx: ServiceContext, change_id: int, note: str | None = None
) -> LevelChangeView:
    remark = v.text(note, "toelichting", required=False, max_len=v.MAX_TEXT, multiline=True)
    with ctx.session() as s:
        change = _pending(s, change_id)
        authorize_and_log(
            s, ctx, "level.approve", change.household_id, "update", detail=f"afgewezen {change.id}"
        )
        if change.status != PENDING:
            raise RuleViolation(f"deze aanvraag is al {change.status}")
        change.status = LevelChangeStatus.AFGEWEZEN.value
        change.decided_by = ctx.actor.user_id
        change.decided_at = ctx.clock.now()
        change.decision_note = remark
        return _view(s, change)


def withdraw_level_change(ctx: ServiceContext, change_id: int) -> LevelChangeView:
    """The one who asked withdraws their pending request; the level stays as it is."""
    with ctx.session() as s:
        change = _pending(s, change_id)
        authorize_and_log(
            s,
            ctx,
            "level.request",
            change.household_id,
            "update",
            detail=f"ingetrokken {change.id}",
        )
        if change.status != PENDING:
            raise RuleViolation(f"deze aanvraag is al {change.status}")
        if change.requested_by != ctx.actor.user_id:
            raise PermissionDenied("alleen wie de aanvraag deed, kan haar intrekken")
        change.status = LevelChangeStatus.INGETROKKEN.value
        change.decided_at = ctx.clock.now()
        return _view(s, change)


def level_history(ctx: ServiceContext, household_id: int) -> list[LevelChangeView]:
    with ctx.session() as s:
        authorize_and_log(s, ctx, "household.read", household_id, "read", detail="niveauhistorie")
        return history_rows(s, m.LevelChange.household_id == household_id)


def overdue_rows(
    s: Session, ctx: ServiceContext, today: date, *conditions, limit: int | None = None
) -> list[OverdueRow]:
    """Most overdue first; `limit` bounds the page (None: all)."""
    q = (
        open_households_with_team_and_regisseur(
            m.Household.id,
            m.Household.case_number,
            m.Household.display_name,
            m.Household.team_id,
            m.Team.name,
            m.RegieAssignment.user_id,
            m.User.display_name,
            m.Household.level_code,
            m.Household.next_review_date,
        )
        .where(m.Household.next_review_date < today, *conditions)
        .order_by(m.Household.next_review_date, m.Household.id)
        .limit(limit)
    )
    scope = scope_filter(ctx.actor)
    if scope is not None:
        q = q.where(scope)
    return [OverdueRow(*row, days_overdue=(today - row[8]).days) for row in s.execute(q)]


def overdue(
    ctx: ServiceContext, *, regisseur_id: int | None = None, team_id: int | None = None
) -> list[OverdueRow]:
    """Households whose review date has passed, within the actor's scope; optionally for one
    regisseur or one team."""
    conditions = []
    if regisseur_id is not None:
        conditions.append(m.RegieAssignment.user_id == regisseur_id)
    if team_id is not None:
        conditions.append(m.Household.team_id == team_id)
    with ctx.session() as s:
        require_global(s, ctx, "household.search", "search", detail="evaluatie verlopen")
        return overdue_rows(s, ctx, ctx.clock.today(), *conditions)


def overdue_by_regisseur(ctx: ServiceContext) -> dict[str | None, list[OverdueRow]]:
    out: dict[str | None, list[OverdueRow]] = {}
    for row in overdue(ctx):
        out.setdefault(row.regisseur, []).append(row)
    return out


def overdue_by_team(ctx: ServiceContext) -> dict[str, list[OverdueRow]]:
    out: dict[str, list[OverdueRow]] = {}
    for row in overdue(ctx):
        out.setdefault(row.team, []).append(row)
    return out
