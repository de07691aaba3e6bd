"""The open signals of one household, as the case file shows them at the top.

Rules:
- A signal is something that asks for action now: the evaluation is overdue, a youth turns
  18 within the signalling window without a vastgesteld perspectiefplan (the rule of
  `queries.youths.signal_rows`, read from there), the Meldcode was started and not
  decided, a level change or a handover waits for someone, a nazorg check-in is due.
- Closed households have no signals. Signals are computed from what the case file already
  read, plus the one 18-/18+ query; they are never stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from h4casus.domain.enums import HouseholdStatus
from h4casus.services.casework.escalation import LevelChangeView
from h4casus.services.casework.households import HouseholdView
from h4casus.services.casework.meldcode import STEP_NAMES, MeldcodeStepView
from h4casus.services.casework.regie import HandoverView
from h4casus.services.core.context import ServiceContext
from h4casus.services.queries.youths import signal_rows
from h4casus.storage import models as m

DANGER, WARNING, INFO = "danger", "warning", "info"
LAST_MELDCODE_STEP = max(STEP_NAMES)


@dataclass(frozen=True)
class CaseSignal:
    kind: str  # overdue | turning_18 | meldcode | level_pending | handover_pending | nazorg
    severity: str  # danger | warning | info
    text: str  # one Dutch sentence for the screen


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
    if (
        household.status == HouseholdStatus.NAZORG.value
        and nazorg_checkin is not None
        and nazorg_checkin <= today
    ):
        out.append(
            CaseSignal("nazorg", WARNING, f"Nazorg: contactmoment was {_date(nazorg_checkin)}")
        )
    return tuple(out)
