"""One read for everything a household's screens show (the dossier), used by the GUI, the
reports and the benchmark. It issues a constant number of SQL statements however many goals,
actions, measurements or journal entries the household has: every collection is one query
(or two, for parent/child pairs) and children are grouped in Python — no N+1."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, select

from h4casus.services.access.authorize import authorize_and_log
from h4casus.services.access.need_to_know import EntryFilter
from h4casus.services.admin.configuration import LevelView, ladder_rows, level_view
from h4casus.services.casework.consent import (
    ConsentNeed,
    ConsentView,
    PersonToAsk,
    consent_needs,
    consent_rows,
)
from h4casus.services.casework.eigen_regie import EigenRegieView, eigen_regie_rows
from h4casus.services.casework.escalation import LevelChangeView
from h4casus.services.casework.escalation import history_rows as level_history_rows
from h4casus.services.casework.households import HouseholdView, household_view
from h4casus.services.casework.journal import PAGE_SIZE, JournalView
from h4casus.services.casework.lifecycle import safety_check_rows
from h4casus.services.casework.meldcode import MeldcodeStepView, step_rows
from h4casus.services.casework.network import NetworkContactView, network_rows
from h4casus.services.casework.regie import (
    PENDING,
    HandoverView,
    RegieEntry,
    handover_rows,
    history_rows,
)
from h4casus.services.casework.stalled import RegieEscalationView, escalation_rows
from h4casus.services.core.context import ServiceContext
from h4casus.services.plan.decisions import decision_rows
from h4casus.services.plan.evaluations import evaluation_rows
from h4casus.services.plan.measurements import (
    InstrumentTrend,
    InstrumentView,
    instrument_views,
    trends_for_household,
)
from h4casus.services.plan.perspectiefplan import TransitionView, transition_rows
from h4casus.services.plan.views import (
    DecisionView,
    EvaluationView,
    LeefgebiedView,
    PlanVersionView,
    VersionSummary,
    goal_views,
    leefgebied_views,
    version_view,
)
from h4casus.services.queries.signals import CaseSignal, case_signals
from h4casus.storage import models as m
from h4casus.storage.plan_versions import CONCEPT, FROZEN


@dataclass(frozen=True)
class SafetyCheckView:
    id: int
    checked_on: object
    safe: bool
    note: str | None
    recorded_by: int


@dataclass(frozen=True)
class CaseFile:
    household: HouseholdView
    level: LevelView | None
    ladder: tuple[LevelView, ...]
    level_history: tuple[LevelChangeView, ...]
    pending_level_change: LevelChangeView | None
    regie_history: tuple[RegieEntry, ...]
    pending_handovers: tuple[HandoverView, ...]
    plan: PlanVersionView | None  # the current version: concept, else the last vastgestelde
    last_finalised: PlanVersionView | None
    plan_versions: tuple[VersionSummary, ...]
    evaluations: tuple[EvaluationView, ...]
    decisions: tuple[DecisionView, ...]
    measurements: tuple[InstrumentTrend, ...]
    transition: tuple[TransitionView, ...]
    meldcode: tuple[MeldcodeStepView, ...]
    safety_checks: tuple[SafetyCheckView, ...]
    network: tuple[NetworkContactView, ...]
    journal: tuple[JournalView, ...]
    signals: tuple[CaseSignal, ...] = ()
    nazorg_checkin: date | None = None
    # Why a closed household was closed (domain.enums.ClosureReason), the toelichting, and
    # whether follow-up was arranged; None while open (and for files closed before reasons).
    closure_reason: str | None = None
    close_note: str | None = None
    follow_up_arranged: bool | None = None
    # Eigen regie: the open period (None: none), and every period, oldest first.
    eigen_regie: EigenRegieView | None = None
    eigen_regie_history: tuple[EigenRegieView, ...] = ()
    # Regie op regie: escalations of stalled help, newest first.
    regie_escalations: tuple[RegieEscalationView, ...] = ()
    # Configuration the plan and measurement screens choose from (never words in the GUI):
    # the leefgebieden in their order, the instruments with their domains and scale labels.
    leefgebieden: tuple[LeefgebiedView, ...] = ()
    instruments: tuple[InstrumentView, ...] = ()
    # Toestemming: every record (newest first) and, per current member, whose consent the
    # age rule asks today and what is missing.
    consents: tuple[ConsentView, ...] = ()
    consent_needs: tuple[ConsentNeed, ...] = ()

    @property
    def members(self):
        return self.household.members


# Built once, run with parameters: building a SELECT costs more than running it here.
_HID = bindparam("household_id")
_PLAN_VERSIONS = (
    select(m.PlanVersion)
    .join(m.Plan, m.Plan.id == m.PlanVersion.plan_id)
    .where(m.Plan.household_id == _HID)
    .order_by(m.PlanVersion.number)
)
_USER_NAMES = select(m.User.id, m.User.display_name).where(
    m.User.id.in_(bindparam("ids", expanding=True))
)
_JOURNAL = (
    select(m.JournalEntry, m.User.username)
    .join(m.User, m.User.id == m.JournalEntry.author_id)
    .where(m.JournalEntry.household_id == _HID)
    .order_by(m.JournalEntry.occurred_at.desc(), m.JournalEntry.id.desc())
    .limit(bindparam("limit"))
)
__all__ = ["CaseFile", "NetworkContactView", "SafetyCheckView", "open_casefile"]


def open_casefile(
    ctx: ServiceContext, household_id: int, *, journal_limit: int = PAGE_SIZE
) -> CaseFile:
    today = ctx.clock.today()
    with ctx.read_session() as s:
        hh = authorize_and_log(s, ctx, "household.read", household_id, "read", detail="dossier")
        view = household_view(s, hh, today)
        ladder = [level_view(lv) for lv in ladder_rows(s)]
        levels = {lv.code: lv for lv in ladder}
        changes = level_history_rows(s, m.LevelChange.household_id == household_id)

        hid = {"household_id": household_id}
        versions = s.scalars(_PLAN_VERSIONS, hid).all()
        concept = next((pv for pv in versions if pv.status == CONCEPT), None)
        frozen = [pv for pv in versions if pv.status == FROZEN]
        last_frozen = frozen[-1] if frozen else None
        current = concept or last_frozen
        shown = [pv.id for pv in (current, last_frozen) if pv is not None]
        goals = goal_views(s, sorted(set(shown)))
        # Only the users this file names (one IN query, always issued: a constant count).
        wanted = {pv.finalised_by for pv in (current, last_frozen) if pv and pv.finalised_by}
        names = dict(s.execute(_USER_NAMES, {"ids": list(wanted)}).all())

        def pv_view(pv):
            return version_view(s, pv, household_id, goals[pv.id], names) if pv else None

        need_to_know = EntryFilter(ctx.actor, team_id=hh.team_id, regisseur_id=view.regisseur_id)
        journal = [
            JournalView(
                e.id,
                e.occurred_at,
                e.entry_type,
                username,
                e.person_id,
                need_to_know.text(e.text, confidential=e.confidential, author_id=e.author_id),
                e.confidential,
            )
            for e, username in s.execute(_JOURNAL, {**hid, "limit": journal_limit})
        ]
        network = network_rows(s, household_id)
        consents = consent_rows(s, household_id)
        needs = consent_needs(
            [
                PersonToAsk(mv.id, mv.name, mv.birth_date)
                for mv in view.members
                if mv.birth_date is not None
            ],
            consents,
            today,
        )
        pending_level = next((c for c in changes if c.pending), None)
        pending_handovers = tuple(
            handover_rows(
                s, m.Handover.household_id == household_id, m.Handover.status.in_(PENDING)
            )
        )
        meldcode = tuple(step_rows(s, household_id))
        own_regie = tuple(eigen_regie_rows(s, household_id))
        plan_view, last_finalised_view = pv_view(current), pv_view(last_frozen)
        evaluations = tuple(evaluation_rows(s, household_id))
        escalations = tuple(escalation_rows(s, household_id))
        return CaseFile(
            household=view,
            level=levels.get(hh.level_code),
            ladder=tuple(ladder),
            level_history=tuple(changes),
            pending_level_change=pending_level,
            regie_history=tuple(history_rows(s, household_id)),
            pending_handovers=pending_handovers,
            plan=plan_view,
            last_finalised=last_finalised_view,
            plan_versions=tuple(
                VersionSummary(
                    pv.id, pv.number, pv.status, pv.created_at, pv.finalised_at, pv.agreed_on
                )
                for pv in versions
            ),
            evaluations=evaluations,
            decisions=tuple(decision_rows(s, household_id)),
            measurements=tuple(trends_for_household(s, household_id)),
            transition=tuple(transition_rows(s, [current.id] if current else [], today)),
            meldcode=meldcode,
            safety_checks=tuple(SafetyCheckView(*r) for r in safety_check_rows(s, household_id)),
            network=tuple(network),
            journal=tuple(journal),
            signals=case_signals(
                s,
                ctx,
                view,
                today,
                nazorg_checkin=hh.nazorg_checkin_date,
                pending_level=pending_level,
                pending_handovers=pending_handovers,
                meldcode=meldcode,
                network=network,
                consent_needs=needs,
                plan=plan_view,
                last_finalised=last_finalised_view,
                evaluations=evaluations,
            ),
            nazorg_checkin=hh.nazorg_checkin_date,
            closure_reason=hh.closure_reason,
            close_note=hh.close_reason,
            follow_up_arranged=hh.follow_up_arranged,
            eigen_regie=next((p for p in own_regie if p.active), None),
            eigen_regie_history=own_regie,
            regie_escalations=escalations,
            leefgebieden=tuple(leefgebied_views(s)),
            instruments=tuple(instrument_views(s).values()),
            consents=tuple(consents),
            consent_needs=needs,
        )
