"""Read models of the two reports about one household: the Casusoverzicht (for a casusoverleg)
and Ons plan (for the household itself).

Rules:
- Both reuse the case file (`services.casefile.open_casefile`), so they show what the screen
  shows; this module adds only what paper needs on top of it.
- The print is authorised (`report.case` / `report.plan`) and logged (event `print`) before the
  case file is read; a refusal writes nothing.
- Full BSNs are read only when asked *and* allowed (`person.reveal_bsn` and `report.full_bsn`);
  confidential journal entries are kept only when asked and allowed (need to know,
  `services.access.need_to_know`, and `report.confidential`). Asking without the right is
  refused, not silently downgraded. Without asking, no confidential entry is printed at all
  (not even the author's own).
- Ons plan never carries a BSN or journal entries at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from h4casus.services.access.authorize import authorize
from h4casus.services.access.need_to_know import require_confidential
from h4casus.services.casework.journal import JournalView
from h4casus.services.plan.measurements import instrument_views
from h4casus.services.plan.views import PlanVersionView
from h4casus.services.queries.casefile import CaseFile, NetworkContactView, open_casefile
from h4casus.services.queries.printing import PRINT, PrintStamp, stamp
from h4casus.services.queries.report_config import transition_settings
from h4casus.storage import models as m
from h4casus.storage.active_regie import active_regisseur_id

JOURNAL_ON_PAPER = 12  # the most recent entries a casusoverleg needs; the rest is on screen
_JOURNAL_READ = 60  # read more than shown: confidential ones may be left out


@dataclass(frozen=True)
class CaseReportData:
    stamp: PrintStamp
    casefile: CaseFile
    full_bsns: dict[int, str]  # person id -> BSN; empty unless asked and allowed
    journal: tuple[JournalView, ...]  # newest first; confidential only when asked and allowed
    include_confidential: bool
    score_ranges: dict[str, tuple[int, int]]  # instrument code -> (lowest, highest score)
    transition_from_age: int
    transition_areas: tuple[tuple[str, str], ...]  # (code, name) of the perspectiefplan areas
    signal_months: int


@dataclass(frozen=True)
class OwnPlanData:
    stamp: PrintStamp
    display_name: str
    member_names: dict[int, str]  # person id -> given names (how the plan names a member)
    plan: PlanVersionView | None  # the last vastgestelde version, else the concept
    is_concept: bool
    regisseur: str | None
    team: str
    next_evaluation: object  # date | None
    contacts: tuple[NetworkContactView, ...]  # professionals the household may call


def case_report(
    ctx,
    household_id: int,
    *,
    full_bsn: bool = False,
    include_confidential: bool = False,
    event: str = PRINT,
) -> CaseReportData:
    """Everything the Casusoverzicht prints. PermissionDenied / NotFound as the services give."""
    with ctx.session() as s:
        hh, ground = authorize(s, ctx, "report.case", household_id)
        if full_bsn:
            authorize(s, ctx, "person.reveal_bsn", household_id)
            authorize(s, ctx, "report.full_bsn", household_id)
        if include_confidential:
            # need to know first (the same rule as on screen), then the narrower paper rule
            require_confidential(
                ctx.actor, team_id=hh.team_id, regisseur_id=active_regisseur_id(s, household_id)
            )
            authorize(s, ctx, "report.confidential", household_id)
        extras = [
            w
            for w, on in (
                ("volledig BSN", full_bsn),
                ("vertrouwelijk journaal", include_confidential),
            )
            if on
        ]
        st = stamp(
            s,
            ctx,
            event,
            "report.case",
            ground=ground,
            household_id=household_id,
            detail="; ".join(["casusoverzicht", *extras]),
        )
        bsns: dict[int, str] = {}
        if full_bsn:
            bsns = {
                pid: bsn
                for pid, bsn in s.execute(
                    select(m.Person.id, m.Person.bsn).where(
                        m.Person.household_id == household_id,
                        m.Person.left_at.is_(None),
                        m.Person.bsn.is_not(None),
                    )
                )
            }
        ranges = {
            code: (min(sc for sc, _ in iv.levels), max(sc for sc, _ in iv.levels))
            for code, iv in instrument_views(s).items()
            if iv.levels
        }
        transition = transition_settings(s)
    casefile = open_casefile(ctx, household_id, journal_limit=_JOURNAL_READ)
    journal = tuple(e for e in casefile.journal if include_confidential or not e.confidential)[
        :JOURNAL_ON_PAPER
    ]
    return CaseReportData(
        stamp=st,
        casefile=casefile,
        full_bsns=bsns,
        journal=journal,
        include_confidential=include_confidential,
        score_ranges=ranges,
        transition_from_age=transition.from_age,
        transition_areas=transition.areas,
        signal_months=transition.signal_months,
    )


def own_plan(ctx, household_id: int, *, event: str = PRINT) -> OwnPlanData:
    """What Ons plan prints: the agreed plan (else the concept), who does what, when we look
    back, who to call. No BSN, no journal, no internal codes."""
    with ctx.session() as s:
        _hh, ground = authorize(s, ctx, "report.plan", household_id)
        st = stamp(
            s,
            ctx,
            event,
            "report.plan",
            ground=ground,
            household_id=household_id,
            detail="ons plan",
        )
    cf = open_casefile(ctx, household_id, journal_limit=0)
    plan = cf.last_finalised or cf.plan
    hh = cf.household
    # The household's review date is kept in step with every level change and evaluation;
    # the plan's own date can be older than that.
    next_eval = hh.next_review_date or (plan.next_evaluation_date if plan else None)
    return OwnPlanData(
        stamp=st,
        display_name=hh.display_name,
        member_names={mv.id: mv.given_names.split()[0] for mv in hh.members},
        plan=plan,
        is_concept=plan is not None and cf.last_finalised is None,
        regisseur=hh.regisseur,
        team=hh.team,
        next_evaluation=next_eval,
        contacts=tuple(c for c in cf.network if c.kind == "formeel" and c.active and c.phone),
    )
