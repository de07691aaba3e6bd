"""Read model of a request that waits for approval, with what it is about in view: the
household (level, next evaluation, regisseur), the request itself with who may approve it,
the level history, the state of the plan, the last evaluation (afschalen needs one in the
current review period) and, for a handover, the regie history.

Rules: whoever may read the household (the teamleider or plaatsvervanger of its team) sees
it, logged as one read; whether the actor may decide is said by the services' own rules
(the policy and four eyes), never restated: `may_decide` and, when not, `why_not` in words.
A fixed number of statements.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import func, select

from h4casus.domain.errors import NotFound, PermissionDenied, RuleViolation
from h4casus.security.policy import require
from h4casus.services.access.authorize import authorize_and_log
from h4casus.services.casework import approval, escalation, regie
from h4casus.services.casework.requests import HANDOVER, KINDS, LEVEL
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m
from h4casus.storage.active_regie import active_regisseur_id


@dataclass(frozen=True)
class PlanState:
    number: int | None  # the newest version; None: no plan yet
    status: str | None  # concept | vastgesteld
    finalised_on: date | None  # of the version in force
    goals: int  # in the newest version


@dataclass(frozen=True)
class RequestContext:
    kind: str
    request_id: int
    version: int
    household_id: int
    case_number: str
    display_name: str
    team: str
    level: str
    status: str
    next_review_date: date | None
    regisseur: str | None
    level_change: escalation.LevelChangeView | None
    handover: regie.HandoverView | None
    level_history: tuple[escalation.LevelChangeView, ...]
    regie_history: tuple[regie.RegieEntry, ...]
    plan: PlanState
    last_evaluation: date | None
    evaluation_in_period: bool
    may_decide: bool
    why_not: str | None

    @property
    def pending(self) -> bool:
        if self.level_change is not None:
            return self.level_change.pending
        return self.handover is not None and self.handover.status == "geaccepteerd"

    @property
    def asked_at(self) -> datetime:
        if self.level_change is not None:
            return self.level_change.requested_at
        assert self.handover is not None
        return self.handover.proposed_at


def _plan_state(s, household_id: int) -> PlanState:
    pv = m.PlanVersion
    rows = s.execute(
        select(pv.number, pv.status, pv.finalised_at, func.count(m.Goal.id))
        .join(m.Plan, m.Plan.id == pv.plan_id)
        .outerjoin(m.Goal, m.Goal.plan_version_id == pv.id)
        .where(m.Plan.household_id == household_id)
        .group_by(pv.id)
        .order_by(pv.number.desc())
    ).all()
    if not rows:
        return PlanState(None, None, None, 0)
    number, status, _finalised, goals = rows[0]
    frozen = next((r for r in rows if r[1] == "vastgesteld"), None)
    finalised_on = frozen[2].date() if frozen is not None and frozen[2] else None
    return PlanState(number, status, finalised_on, goals)


def request_context(ctx: ServiceContext, kind: str, request_id: int) -> RequestContext:
    if kind not in KINDS:
        raise NotFound(f"onbekende soort aanvraag: {kind}")
    today = ctx.clock.today()
    with ctx.session() as s:
        if kind == LEVEL:
            row = s.get(m.LevelChange, request_id)
            action, what = "level.approve", "een op- of afschaling"
        else:
            row = s.get(m.Handover, request_id)
            action, what = "handover.approve", "een overdracht"
        if row is None:
            raise NotFound(f"{kind} {request_id} bestaat niet")
        hh = authorize_and_log(
            s, ctx, "household.read", row.household_id, "read", detail=f"aanvraag {kind}"
        )
        assigned = active_regisseur_id(s, hh.id)
        regisseur = s.get(m.User, assigned) if assigned is not None else None
        team = s.get(m.Team, hh.team_id)
        if kind == LEVEL:
            involved = escalation.involved(s, row)
            change = escalation.history_rows(s, m.LevelChange.id == row.id)[0]
            if change.pending:
                names = approval.approvers(s, action, hh.team_id, involved)
                change = replace(change, approvers=names)
            handover = None
        else:
            involved = regie.handover_involved(row)
            handover = regie.handover_rows(s, m.Handover.id == row.id)[0]
            if row.needs_approval and row.status in regie.PENDING:
                names = approval.approvers(s, action, hh.team_id, involved)
                handover = replace(handover, approvers=names)
            change = None
        why_not = None
        try:
            require(ctx.actor, action, team_id=hh.team_id, assigned_user_id=assigned)
            approval.refuse_own(ctx, involved, what)
        except (PermissionDenied, RuleViolation) as exc:
            why_not = str(exc)
        last_eval = s.scalar(
            select(func.max(m.Evaluation.held_on)).where(m.Evaluation.household_id == hh.id)
        )
        return RequestContext(
            kind=kind,
            request_id=request_id,
            version=row.version,
            household_id=hh.id,
            case_number=hh.case_number,
            display_name=hh.display_name,
            team=team.name if team is not None else "",
            level=hh.level_code,
            status=hh.status,
            next_review_date=hh.next_review_date,
            regisseur=regisseur.display_name if regisseur is not None else None,
            level_change=change,
            handover=handover,
            level_history=tuple(escalation.history_rows(s, m.LevelChange.household_id == hh.id)),
            regie_history=tuple(regie.history_rows(s, hh.id)) if kind == HANDOVER else (),
            plan=_plan_state(s, hh.id),
            last_evaluation=last_eval,
            evaluation_in_period=escalation.has_evaluation_in_period(s, hh, today),
            may_decide=why_not is None,
            why_not=why_not,
        )
