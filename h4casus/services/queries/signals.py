"""The open signals of one household, as the case file shows them at the top.

Rules:
- A signal is something that asks for action now: the evaluation is overdue, a youth turns
  18 within the signalling window without a vastgesteld perspectiefplan (the rule of
  `queries.youths.signal_rows`, read from there), the Meldcode was started and not
  decided, a level change or a handover waits for someone, a nazorg check-in is due.
- Toestemming: when formal partners are involved and the age rule names someone whose
  consent is not on record (`consent_missing`), and when a member's 12th or 16th birthday
  lies within CONSENT_NOTICE_DAYS (`consent_age`: from that day someone else must consent).
- Closed households have no signals. Signals are computed from what the case file already
  read, plus the one 18-/18+ query; they are never stored.
- Stalled help: an action of the current plan is past its deadline (`late_action`, one
  signal per action, or one for all when more than `LATE_SHOWN`), or the last evaluation is
  `STALL_DAYS` or more ago and no action was completed since (`no_progress`). The regisseur
  answers a stall with regie op regie (services.casework.stalled). The lists keep the same
  rule as marks on each household (`storage.stall_marks`, read by `queries.stalled_help`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from h4casus.domain.consent import DECIDER_LABELS, Decider
from h4casus.domain.enums import OPEN_ACTION_STATUSES, HouseholdStatus, NetworkKind
from h4casus.services.casework.consent import ConsentNeed
from h4casus.services.casework.escalation import LevelChangeView
from h4casus.services.casework.households import HouseholdView
from h4casus.services.casework.meldcode import STEP_NAMES, MeldcodeStepView
from h4casus.services.casework.network import NetworkContactView
from h4casus.services.casework.regie import HandoverView
from h4casus.services.core.context import ServiceContext
from h4casus.services.plan.views import EvaluationView, PlanVersionView
from h4casus.services.queries.youths import signal_rows
from h4casus.storage import models as m

DANGER, WARNING, INFO = "danger", "warning", "info"
LATE_SHOWN = 2  # late actions named one by one; more are one signal
STALL_DAYS = 28  # no progress this long after the last evaluation counts as stalled
LAST_MELDCODE_STEP = max(STEP_NAMES)
CONSENT_NOTICE_DAYS = 60


@dataclass(frozen=True)
class CaseSignal:
    # overdue | turning_18 | meldcode | level_pending | handover_pending | nazorg |
    # late_action | no_progress
    kind: str
    severity: str  # danger | warning | info
    text: str  # one Dutch sentence for the screen
    # The member the signal is about; None: the whole household.
    person_id: int | None = None


def _date(d: date) -> str:
    return d.strftime("%d-%m-%Y")


def case_signals(
    s: Session,
    ctx: ServiceContext,
    household: HouseholdView,
    today: date,
    *,
    nazorg_checkin: date | None,
    pending_level: LevelChangeView | None,
    pending_handovers: Sequence[HandoverView],
    meldcode: Sequence[MeldcodeStepView],
    network: Sequence[NetworkContactView] = (),
    consent_needs: Sequence[ConsentNeed] = (),
    plan: PlanVersionView | None = None,
    last_finalised: PlanVersionView | None = None,
    evaluations: Sequence[EvaluationView] = (),
) -> tuple[CaseSignal, ...]:
    if household.status == HouseholdStatus.AFGESLOTEN.value:
        return ()
    out: list[CaseSignal] = []
    if household.next_review_date is not None and household.next_review_date < today:
        days = (today - household.next_review_date).days
        out.append(
            CaseSignal(
                "overdue",
                DANGER,
                f"Evaluatie verlopen sinds {_date(household.next_review_date)} ({days} dagen)",
            )
        )
    for sig in signal_rows(s, ctx, today, m.Household.id == household.id):
        out.append(
            CaseSignal(
                "turning_18",
                WARNING,
                f"{sig.name} wordt 18 op {_date(sig.turns_18_on)}: {sig.kind}",
                sig.person_id,
            )
        )
    if meldcode and not any(st.step == LAST_MELDCODE_STEP for st in meldcode):
        last = max(meldcode, key=lambda st: (st.step, st.done_on))
        out.append(
            CaseSignal(
                "meldcode",
                DANGER,
                f"Meldcode loopt: stap {last.step} van {LAST_MELDCODE_STEP} gezet "
                f"({last.step_name.lower()}), nog geen besluit",
            )
        )
    if pending_level is not None:
        out.append(
            CaseSignal(
                "level_pending",
                INFO,
                f"Wijziging naar {pending_level.to_level} wacht op goedkeuring "
                f"(aangevraagd door {pending_level.requested_by_name})",
            )
        )
    for h in pending_handovers:
        who = h.to_name or "de ontvanger"
        waiting = "goedkeuring van de teamleider" if h.accepted_at else f"acceptatie door {who}"
        out.append(CaseSignal("handover_pending", INFO, f"Overdracht aan {who} wacht op {waiting}"))
    out += stalled_signals(today, plan, last_finalised, evaluations)
    if (
        household.status == HouseholdStatus.NAZORG.value
        and nazorg_checkin is not None
        and nazorg_checkin <= today
    ):
        out.append(
            CaseSignal("nazorg", WARNING, f"Nazorg: contactmoment was {_date(nazorg_checkin)}")
        )
    out.extend(consent_signals(network, consent_needs, today))
    return tuple(out)


def _who(need: ConsentNeed, decider: str) -> str:
    if decider == Decider.OUDERS:
        return f"de ouders/verzorgers van {need.name}"
    return need.name


def consent_signals(
    network: Sequence[NetworkContactView], needs: Sequence[ConsentNeed], today: date
) -> list[CaseSignal]:
    """Missing consent (only where partners are involved) and a coming change of who must
    consent at a 12th or 16th birthday."""
    out: list[CaseSignal] = []
    partners = any(c.active and c.kind == NetworkKind.FORMEEL.value for c in network)
    if partners:
        missing = [_who(n, d) for n in needs for d in n.missing]
        if missing:
            out.append(
                CaseSignal(
                    "consent_missing",
                    WARNING,
                    "Toestemming om te delen ontbreekt van " + ", ".join(missing),
                )
            )
    for n in needs:
        if n.next_change is None or (n.next_change - today).days > CONSENT_NOTICE_DAYS:
            continue
        new = [d for d in n.next_deciders if d not in n.deciders]
        gone = [d for d in n.deciders if d not in n.next_deciders]
        parts = []
        if new:
            parts.append("dan moet ook " + " en ".join(DECIDER_LABELS[Decider(d)] for d in new))
            parts[-1] += " toestemming geven"
        if gone:
            parts.append("toestemming van " + " en ".join(DECIDER_LABELS[Decider(d)] for d in gone))
            parts[-1] += " telt dan niet meer"
        age = 12 if Decider.OUDERS in n.next_deciders else 16
        out.append(
            CaseSignal(
                "consent_age",
                INFO,
                f"{n.name} wordt {age} op {_date(n.next_change)}: " + "; ".join(parts),
                n.person_id,
            )
        )
    return out


def stalled_signals(
    today: date,
    plan: PlanVersionView | None,
    last_finalised: PlanVersionView | None,
    evaluations: Sequence[EvaluationView],
) -> list[CaseSignal]:
    """Stalled help in the plan the case file shows: late actions of the current version, and
    no action completed since the last evaluation when that is `STALL_DAYS` or more ago."""
    out: list[CaseSignal] = []
    if plan is not None:
        late = [
            a
            for g in plan.goals
            for a in g.actions
            if a.status in OPEN_ACTION_STATUSES and a.deadline is not None and a.deadline < today
        ]
        late.sort(key=lambda a: (a.deadline, a.id))
        if len(late) > LATE_SHOWN:  # one line for many, so the header stays short
            out.append(
                CaseSignal(
                    "late_action",
                    WARNING,
                    f"{len(late)} acties over de deadline, de oudste sinds "
                    f"{_date(late[0].deadline)}: {late[0].description}",
                )
            )
            late = []
        for a in late:
            out.append(
                CaseSignal(
                    "late_action",
                    WARNING,
                    f"Actie over de deadline sinds {_date(a.deadline)}: {a.description}",
                )
            )
    if evaluations:
        held = max(ev.held_on for ev in evaluations)
        completed = [
            a.completed_on
            for pv in (plan, last_finalised)
            if pv is not None
            for g in pv.goals
            for a in g.actions
            if a.completed_on is not None
        ]
        if (today - held).days >= STALL_DAYS and (not completed or max(completed) <= held):
            out.append(
                CaseSignal(
                    "no_progress",
                    WARNING,
                    f"Geen voortgang sinds de laatste evaluatie ({_date(held)}): geen actie "
                    "afgerond",
                )
            )
    return out
