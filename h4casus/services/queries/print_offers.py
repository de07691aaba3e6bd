"""What the desktop may offer to print: which reports of one household (and with which
options), and which team reports, for the acting user — asked *before* anything is printed,
so a screen shows only what the user may use and says in words why the rest is not there.

Rules:
- The answer comes from the same door as the print itself (`access.authorize` for a
  household: the policy table, break-glass grants; `security.policy.require` for a team), so
  an offer and the read model that prints never disagree. The read models still decide at
  print time (and log the print); an offer is never a permission.
- Nothing is logged: the answer holds no data of the household (only yes/no and the refusal
  in words), and it is read every time a print dialog opens.
- The report actions are given by the caller (the desktop's list of report kinds), so one
  more report kind is one more line there. A kind whose offer depends on more than the
  policy (e.g. consent to share) adds its condition in `_CONDITIONS`.
- A fixed number of statements: the household once, its active regisseur once per action.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from h4casus.domain.errors import PermissionDenied
from h4casus.security.policy import require
from h4casus.services.access.authorize import authorize, household_or_404
from h4casus.services.core.context import ServiceContext
from h4casus.storage import models as m

# The options of the Casusoverzicht and the actions each needs (all of them).
FULL_BSN = ("person.reveal_bsn", "report.full_bsn")
CONFIDENTIAL = ("journal.read_confidential", "report.confidential")

# action -> extra condition beyond the policy: (session, household) -> refusal or None.
_CONDITIONS: dict[str, Callable[[Session, m.Household], str | None]] = {}


@dataclass(frozen=True)
class Offer:
    allowed: bool
    refusal: str = ""  # why not, in words (empty when allowed)


@dataclass(frozen=True)
class CasePrintOffers:
    household_id: int
    reports: dict[str, Offer]  # report action -> offer
    full_bsn: Offer  # the Casusoverzicht with full BSNs
    confidential: Offer  # the Casusoverzicht with confidential journal entries


@dataclass(frozen=True)
class TeamPrintOffer:
    team_id: int
    team: str
    reports: dict[str, Offer]  # report action -> offer


def _sentence(exc: PermissionDenied) -> str:
    text = str(exc)
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _ask(s: Session, ctx: ServiceContext, hh: m.Household, actions: tuple[str, ...]) -> Offer:
    for action in actions:
        try:
            authorize(s, ctx, action, hh.id)
        except PermissionDenied as exc:
            return Offer(False, _sentence(exc))
        condition = _CONDITIONS.get(action)
        refusal = condition(s, hh) if condition else None
        if refusal:
            return Offer(False, refusal)
    return Offer(True)


def case_print_offers(
    ctx: ServiceContext, household_id: int, actions: tuple[str, ...]
) -> CasePrintOffers:
    """The household's reports (`actions`, e.g. report.case, report.plan) the user may print,
    and the options of the Casusoverzicht. NotFound when the household does not exist."""
    with ctx.session() as s:
        hh = household_or_404(s, household_id)
        reports = {action: _ask(s, ctx, hh, (action,)) for action in actions}
        full_bsn = _ask(s, ctx, hh, FULL_BSN)
        confidential = _ask(s, ctx, hh, CONFIDENTIAL)
    return CasePrintOffers(household_id, reports, full_bsn, confidential)


def team_print_offers(
    ctx: ServiceContext, actions: tuple[str, ...], team_ids: tuple[int, ...] | None = None
) -> tuple[TeamPrintOffer, ...]:
    """Per team the user works in (or the teams asked), the team reports (`actions`, e.g.
    report.team, report.transition) they may print."""
    scope = ctx.actor.team_ids()
    q = select(m.Team.id, m.Team.name).order_by(m.Team.name)
    if team_ids is not None:
        q = q.where(m.Team.id.in_(team_ids))
    elif scope is not None:
        q = q.where(m.Team.id.in_(scope))
    with ctx.session() as s:
        teams = s.execute(q).all()
    out = []
    for team_id, name in teams:
        reports: dict[str, Offer] = {}
        for action in actions:
            try:
                require(ctx.actor, action, team_id=team_id)
                reports[action] = Offer(True)
            except PermissionDenied as exc:
                reports[action] = Offer(False, _sentence(exc))
        out.append(TeamPrintOffer(team_id, name, reports))
    return tuple(out)
