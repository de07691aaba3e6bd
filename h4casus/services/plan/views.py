"""What the plan screens and reports show: frozen views of versions, goals, actions,
evaluations and decisions, and the builders that read them in a constant number of statements
(never one query per goal)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from h4casus.services.casework.common import display_names
from h4casus.storage import models as m
from h4casus.storage.plan_versions import (
    FROZEN,
)


@dataclass(frozen=True)
class LeefgebiedView:
    """A leefgebied from the configuration (`leefgebieden`), in its configured order."""

    code: str
    name: str
    active: bool = True


@dataclass(frozen=True)
class ActionView:
    id: int
    goal_id: int
    description: str
    responsible_type: str
    responsible_name: str | None
    deadline: date | None
    status: str
    completed_on: date | None
    position: int
    version: int
    network_contact_id: int | None = None  # the network member who does it, if one


@dataclass(frozen=True)
class GoalView:
    id: int
    plan_version_id: int
    lineage_id: int
    leefgebied_code: str
    leefgebied: str
    person_id: int | None
    title: str
    smart_result: str
    status: str
    position: int
    version: int
    actions: tuple[ActionView, ...] = ()


@dataclass(frozen=True)
class PlanVersionView:
    id: int
    plan_id: int
    household_id: int
    number: int
    status: str
    summary: str | None
    created_at: datetime
    created_by: int
    finalised_at: datetime | None
    finalised_by: int | None
    finalised_by_name: str | None
    agreed_on: date | None
    next_evaluation_date: date | None
    version: int
    goals: tuple[GoalView, ...] = ()

    @property
    def frozen(self) -> bool:
        return self.status == FROZEN


@dataclass(frozen=True)
class VersionSummary:
    id: int
    number: int
    status: str
    created_at: datetime
    finalised_at: datetime | None
    agreed_on: date | None


@dataclass(frozen=True)
class PlanOverview:
    plan_id: int
    household_id: int
    current: PlanVersionView | None
    versions: tuple[VersionSummary, ...]


@dataclass(frozen=True)
class GoalOutcome:
    goal_id: int
    title: str
    outcome: str
    note: str | None


@dataclass(frozen=True)
class EvaluationView:
    id: int
    household_id: int
    plan_version_id: int | None
    held_on: date
    summary: str
    next_evaluation_date: date | None
    recorded_by: int
    recorded_by_name: str
    outcomes: tuple[GoalOutcome, ...]


@dataclass(frozen=True)
class DecisionView:
    id: int
    household_id: int
    plan_version_id: int | None
    decided_on: date
    subject: str
    hart: str
    wet: str
    euro: str
    outcome: str
    decided_by: int
    decided_by_name: str


# Statements of the case file are built once and run with parameters: constructing a
# SELECT costs more than running it on a household's few rows.
_GOALS_OF_VERSIONS = (
    select(m.Goal, m.Leefgebied.name)
    .join(m.Leefgebied, m.Leefgebied.code == m.Goal.leefgebied_code)
    .where(m.Goal.plan_version_id.in_(bindparam("version_ids", expanding=True)))
    .order_by(m.Leefgebied.position, m.Goal.position, m.Goal.id)
)
_ACTIONS_OF_VERSIONS = (
    select(m.Action)
    .join(m.Goal, m.Goal.id == m.Action.goal_id)
    .where(m.Goal.plan_version_id.in_(bindparam("version_ids", expanding=True)))
    .order_by(m.Action.position, m.Action.id)
)


_LEEFGEBIEDEN = select(m.Leefgebied).order_by(m.Leefgebied.position, m.Leefgebied.code)


def leefgebied_views(s: Session) -> list[LeefgebiedView]:
    """Every configured leefgebied in order (one statement on a small reference table);
    screens offer the active ones and still name an inactive one a goal already has."""
    return [LeefgebiedView(lg.code, lg.name, lg.active) for lg in s.scalars(_LEEFGEBIEDEN)]


def goal_views(s: Session, version_ids: list[int]) -> dict[int, list[GoalView]]:
    """Goals with their actions for the given versions, in two statements."""
    if not version_ids:
        return {}
    ids = {"version_ids": list(version_ids)}
    goals = s.execute(_GOALS_OF_VERSIONS, ids).all()
    actions = s.scalars(_ACTIONS_OF_VERSIONS, ids).all()
    by_goal: dict[int, list[ActionView]] = {}
    for a in actions:
        by_goal.setdefault(a.goal_id, []).append(action_view(a))
    out: dict[int, list[GoalView]] = {vid: [] for vid in version_ids}
    for g, lg_name in goals:
        out[g.plan_version_id].append(
            GoalView(
                g.id,
                g.plan_version_id,
                g.lineage_id or g.id,
                g.leefgebied_code,
                lg_name,
                g.person_id,
                g.title,
                g.smart_result,
                g.status,
                g.position,
                g.version,
                tuple(by_goal.get(g.id, ())),
            )
        )
    return out


def action_view(a: m.Action) -> ActionView:
    return ActionView(
        a.id,
        a.goal_id,
        a.description,
        a.responsible_type,
        a.responsible_name,
        a.deadline,
        a.status,
        a.completed_on,
        a.position,
        a.version,
        a.network_contact_id,
    )


def version_view(
    s: Session,
    pv: m.PlanVersion,
    household_id: int,
    goals: list[GoalView] | None = None,
    names: dict[int, str] | None = None,
) -> PlanVersionView:
    if goals is None:
        s.flush()
        goals = goal_views(s, [pv.id])[pv.id]
    if names is None:
        names = display_names(s, [pv.finalised_by])
    return PlanVersionView(
        pv.id,
        pv.plan_id,
        household_id,
        pv.number,
        pv.status,
        pv.summary,
        pv.created_at,
        pv.created_by,
        pv.finalised_at,
        pv.finalised_by,
        names.get(pv.finalised_by) if pv.finalised_by else None,
        pv.agreed_on,
        pv.next_evaluation_date,
        pv.version,
        tuple(goals),
    )
