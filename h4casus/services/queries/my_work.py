"""Read model of "Mijn werk", the start screen after sign-in: the worklists of the actor's
roles, each with its full count and its first page of rows.

Rules:
- By role: a regisseur (or consulent) gets their own households, their overdue evaluations,
  handovers offered to them, youths nearing 18 without a vastgesteld perspectiefplan, nazorg
  check-ins due and actions past their deadline; a teamleider the approvals waiting for them
  (never their own request: `worklists.pending_approvals` leaves those out), the open regie
  op regie escalations, the team's overdue evaluations, stalled help, youths nearing 18, the
  caseload per regisseur and break-glass grants in force; a beheerder the files past retention, locked accounts, the last backup with its
  check and the result of the last `verify` — no case content (case numbers and dates only).
- Every list comes from the read model that owns it (`worklists`, `caseload`, `breakglass`,
  `retention`, `store.health`), so each rule stays in one place; the whole read is a fixed
  number of statements, whatever the amount of work.
- Lists are returned in the order the screen shows them, as `WorkList(key, total, rows)`;
  the screen gives them their words.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from h4casus.domain.enums import Role
from h4casus.security.lockout import FREE_ATTEMPTS, KeyGuard
from h4casus.services.access.authorize import require_global
from h4casus.services.access.breakglass import grants_in_force
from h4casus.services.core.context import ServiceContext
from h4casus.services.privacy import retention
from h4casus.services.queries import stalled_help, worklists
from h4casus.services.queries.caseload import caseloads
from h4casus.services.queries.youths import PLAN_SIGNALS
from h4casus.services.store import health
from h4casus.storage import models as m

REGISSEUR_LISTS = (
    "my_households",
    "my_overdue",
    "handovers_for_me",
    "my_transition",
    "nazorg",
    "late_actions",
)
TEAMLEIDER_LISTS = (
    "approvals",
    "regie_escalations",
    "team_overdue",
    "stalled",
    "team_youths",
    "caseload",
    "breakglass",
)
BEHEERDER_LISTS = ("retention", "locked_accounts", "backup", "verify")
# lists whose total is a state, not a count of work (shown as such)
STATE_LISTS = ("caseload", "backup", "verify")


@dataclass(frozen=True)
class WorkList:
    key: str
    total: int  # the full number (rows may hold only the first page)
    rows: tuple[Any, ...]


@dataclass(frozen=True)
class LockedAccount:
    username: str
    display_name: str
    failures: int
    wait_seconds: int  # 0: may try again now (still counted)


@dataclass(frozen=True)
class MyWork:
    username: str
    lists: tuple[WorkList, ...]

    def get(self, key: str) -> WorkList | None:
        return next((w for w in self.lists if w.key == key), None)


def _is_regisseur(ctx: ServiceContext) -> bool:
    return ctx.actor.has_role(Role.REGISSEUR) or ctx.actor.has_role(Role.CONSULENT)


def _regisseur_lists(ctx: ServiceContext) -> list[WorkList]:
    mine = worklists.my_households(ctx)
    overdue = worklists.overdue_reviews(ctx, mine=True)
    overdue_total = (
        len(overdue)
        if len(overdue) < worklists.PAGE_LIMIT
        else worklists.overdue_count(ctx, mine=True)
    )
    offered = worklists.handovers_waiting_for_me(ctx)
    signals = [
        sig for sig in worklists.transition_signals(ctx, mine=True) if sig.kind in PLAN_SIGNALS
    ]
    nazorg = worklists.nazorg_checkins_due(ctx, mine=True)
    late = stalled_help.late_actions(ctx)
    late_total = (
        len(late) if len(late) < worklists.PAGE_LIMIT else stalled_help.late_action_count(ctx)
    )
    return [
        WorkList("my_households", len(mine), tuple(mine)),
        WorkList("my_overdue", overdue_total, tuple(overdue)),
        WorkList("handovers_for_me", len(offered), tuple(offered)),
        WorkList("my_transition", len(signals), tuple(signals)),
        WorkList("nazorg", len(nazorg), tuple(nazorg)),
        WorkList("late_actions", late_total, tuple(late)),
    ]


def _teamleider_lists(ctx: ServiceContext) -> list[WorkList]:
    approvals = worklists.pending_approvals(ctx)
    overdue = worklists.overdue_reviews(ctx)
    overdue_total = (
        len(overdue) if len(overdue) < worklists.PAGE_LIMIT else worklists.overdue_count(ctx)
    )
    regie_op_regie = stalled_help.regie_op_regie(ctx)
    youths = worklists.youths_nearing_18(ctx)
    loads = caseloads(ctx)
    rows = tuple(r for team in loads for r in team.rows)
    grants = grants_in_force(ctx)
    return [
        WorkList("approvals", len(approvals), tuple(approvals)),
        WorkList(
            "regie_escalations", len(regie_op_regie.escalations), tuple(regie_op_regie.escalations)
        ),
        WorkList("team_overdue", overdue_total, tuple(overdue)),
        WorkList("stalled", regie_op_regie.stalled_total, tuple(regie_op_regie.stalled)),
        WorkList("team_youths", len(youths), tuple(youths)),
        WorkList("caseload", sum(1 for r in rows if r.over_norm), rows),
        WorkList("breakglass", len(grants), tuple(grants)),
    ]


def locked_accounts(ctx: ServiceContext) -> list[LockedAccount]:
    """Active accounts with at least `FREE_ATTEMPTS` failed sign-ins in a row (the lockout
    counters live beside the database, per hashed name: asked per account)."""
    with ctx.read_session() as s:
        require_global(s, ctx, "user.manage", "read", detail="geblokkeerde accounts")
        users = s.execute(
            select(m.User.username, m.User.display_name)
            .where(m.User.active.is_(True))
            .order_by(m.User.username)
        ).all()
    now = time.time()
    out = []
    with KeyGuard(ctx.vault.path, timeout=5) as guard:
        for username, display in users:
            failures = guard.failures(username)
            if failures >= FREE_ATTEMPTS:
                wait = max(0, int(guard.not_before(username) - now + 0.999))
                out.append(LockedAccount(username, display, failures, wait))
    return out


def _beheerder_lists(ctx: ServiceContext) -> list[WorkList]:
    due = retention.worklist(ctx)
    locked = locked_accounts(ctx)
    with ctx.read_session() as s:
        backup = health.last_backup(s)
        verify = health.last_verify(s)
    return [
        WorkList("retention", len(due), tuple(due)),
        WorkList("locked_accounts", len(locked), tuple(locked)),
        WorkList("backup", 0 if backup is None else 1, () if backup is None else (backup,)),
        WorkList("verify", 0 if verify is None else 1, () if verify is None else (verify,)),
    ]


def my_work(ctx: ServiceContext) -> MyWork:
    """The worklists of every role the actor holds, in screen order."""
    lists: list[WorkList] = []
    if _is_regisseur(ctx):
        lists += _regisseur_lists(ctx)
    if ctx.actor.has_role(Role.TEAMLEIDER):
        lists += _teamleider_lists(ctx)
    if ctx.actor.has_role(Role.BEHEERDER):
        lists += _beheerder_lists(ctx)
    return MyWork(ctx.actor.username, tuple(lists))
