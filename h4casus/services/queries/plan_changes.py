"""What changed between two versions of a household's plan: goals and actions added, removed
and changed, field by field, for the version screen and the reports.

Rules:
- A goal is the same goal in two versions when it has the same lineage (a concept copies
  the goals of the version it starts from and keeps their lineage); a goal without a match
  was added or removed.
- Actions have no lineage of their own. Within one goal, an action with the same
  description is the same action; of the rest, an action at the same position (copies keep
  it) with the same owner type or a description that reads alike (`ALIKE`) is the same
  action changed; what remains was added or removed.
- The order of the answer is the plan's order: leefgebied, then the goal's position (goals
  of the newer version first, then those that were removed).
- `compare_versions` reads both versions in a fixed number of statements and is logged as
  one read of the household; both versions must belong to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from sqlalchemy import select

from h4casus.domain.errors import NotFound
from h4casus.services.access.authorize import authorize_and_log
from h4casus.services.casework.common import display_names
from h4casus.services.core.context import ServiceContext
from h4casus.services.plan.views import ActionView, GoalView, PlanVersionView, version_view
from h4casus.services.plan.views import goal_views as read_goal_views
from h4casus.storage import models as m

Kind = Literal["added", "removed", "changed"]
# The fields compared, in the order a screen lists them.
GOAL_FIELDS = ("title", "leefgebied", "person_id", "smart_result", "status")
ACTION_FIELDS = ("description", "responsible_type", "responsible_name", "deadline", "status")
PLAN_FIELDS = ("summary", "next_evaluation_date")
ALIKE = 0.5  # difflib ratio from which two descriptions are one action reworded


@dataclass(frozen=True)
class FieldChange:
    field: str  # an attribute name of GoalView / ActionView / PlanVersionView
    before: object
    after: object


@dataclass(frozen=True)
class ActionChange:
    kind: Kind
    description: str  # the newer text (the older one for a removed action)
    responsible_type: str
    changes: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class GoalChange:
    kind: Kind
    lineage_id: int
    title: str  # the newer title (the older one for a removed goal)
    leefgebied: str
    person_id: int | None
    changes: tuple[FieldChange, ...] = ()
    actions: tuple[ActionChange, ...] = ()


@dataclass(frozen=True)
class VersionComparison:
    old: PlanVersionView
    new: PlanVersionView
    plan: tuple[FieldChange, ...]
    goals: tuple[GoalChange, ...]

    @property
    def unchanged(self) -> bool:
        return not self.plan and not self.goals

    def count(self, kind: Kind) -> int:
        """Goals and actions of this kind (actions of an added goal count with the goal)."""
        goals = sum(1 for g in self.goals if g.kind == kind)
        actions = sum(
            1 for g in self.goals if g.kind == "changed" for a in g.actions if a.kind == kind
        )
        return goals + actions


def _fields(old: object, new: object, names: tuple[str, ...]) -> tuple[FieldChange, ...]:
    return tuple(
        FieldChange(name, getattr(old, name), getattr(new, name))
        for name in names
        if getattr(old, name) != getattr(new, name)
    )


def _same_place(old: ActionView, new: ActionView) -> bool:
    if old.position != new.position:
        return False
    if old.responsible_type == new.responsible_type:
        return True
    alike = SequenceMatcher(None, old.description.casefold(), new.description.casefold())
    return alike.ratio() >= ALIKE


def diff_actions(
    old: tuple[ActionView, ...], new: tuple[ActionView, ...]
) -> tuple[ActionChange, ...]:
    """The action changes of one goal (see the module docstring for how actions match)."""
    unmatched_old = list(old)
    pairs: list[tuple[ActionView | None, ActionView]] = []
    rest: list[ActionView] = []
    for a in new:
        twin = next((o for o in unmatched_old if o.description == a.description), None)
        if twin is not None:
            unmatched_old.remove(twin)
            pairs.append((twin, a))
        else:
            rest.append(a)
    for a in rest:
        twin = next((o for o in unmatched_old if _same_place(o, a)), None)
        if twin is not None:
            unmatched_old.remove(twin)
        pairs.append((twin, a))
    pairs.sort(key=lambda pair: (pair[1].position, pair[1].id))
    out: list[ActionChange] = []
    for before, after in pairs:
        if before is None:
            out.append(ActionChange("added", after.description, after.responsible_type))
            continue
        changes = _fields(before, after, ACTION_FIELDS)
        if changes:
            out.append(ActionChange("changed", after.description, after.responsible_type, changes))
    out += [ActionChange("removed", a.description, a.responsible_type) for a in unmatched_old]
    return tuple(out)


def diff_goals(old: tuple[GoalView, ...], new: tuple[GoalView, ...]) -> tuple[GoalChange, ...]:
    """The goal changes from one version's goals to another's, in the plan's order."""
    before = {g.lineage_id: g for g in old}
    after_ids = {g.lineage_id for g in new}
    out: list[GoalChange] = []
    for g in new:
        was = before.get(g.lineage_id)
        if was is None:
            actions = tuple(
                ActionChange("added", a.description, a.responsible_type) for a in g.actions
            )
            out.append(
                GoalChange("added", g.lineage_id, g.title, g.leefgebied, g.person_id, (), actions)
            )
            continue
        changes = _fields(was, g, GOAL_FIELDS)
        actions = diff_actions(was.actions, g.actions)
        if changes or actions:
            out.append(
                GoalChange(
                    "changed", g.lineage_id, g.title, g.leefgebied, g.person_id, changes, actions
                )
            )
    for g in old:
        if g.lineage_id not in after_ids:
            actions = tuple(
                ActionChange("removed", a.description, a.responsible_type) for a in g.actions
            )
            out.append(
                GoalChange("removed", g.lineage_id, g.title, g.leefgebied, g.person_id, (), actions)
            )
    return tuple(out)


def diff_versions(old: PlanVersionView, new: PlanVersionView) -> VersionComparison:
    """What changed from `old` to `new` (pure; both already read)."""
    return VersionComparison(
        old, new, _fields(old, new, PLAN_FIELDS), diff_goals(old.goals, new.goals)
    )


def compare_versions(
    ctx: ServiceContext, household_id: int, old_version_id: int, new_version_id: int
) -> VersionComparison:
    """Read two versions of the household's plan and say what changed from the first to the
    second (either may be the older one; the answer reads from `old` to `new`)."""
    with ctx.session() as s:
        authorize_and_log(
            s,
            ctx,
            "household.read",
            household_id,
            "read",
            detail=f"plan: versies {old_version_id} en {new_version_id} vergeleken",
        )
        ids = [old_version_id, new_version_id]
        rows = {
            pv.id: (pv, hid)
            for pv, hid in s.execute(
                select(m.PlanVersion, m.Plan.household_id)
                .join(m.Plan, m.Plan.id == m.PlanVersion.plan_id)
                .where(m.PlanVersion.id.in_(ids))
            )
        }
        for vid in ids:
            if vid not in rows or rows[vid][1] != household_id:
                raise NotFound(f"planversie {vid} hoort niet bij dit huishouden")
        goals = read_goal_views(s, sorted(set(ids)))
        names = display_names(s, [rows[vid][0].finalised_by for vid in ids])
        old, new = (version_view(s, rows[vid][0], household_id, goals[vid], names) for vid in ids)
        return diff_versions(old, new)
