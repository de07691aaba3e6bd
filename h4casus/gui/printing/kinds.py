"""The reports the desktop prints, as data: what to read (on the database lane), how to render
(on the CPU lane), what the file is called, and which options a report has.

Rules:
- A report kind is one line in `CASE_REPORTS` (reports about one household, offered in the
  case file) or `TEAM_REPORTS` (reports about a team, offered in the household list and in
  "Mijn werk"). Its policy action is the key the offers read model answers for
  (`services.queries.print_offers`), so the dialog shows a kind only when the user may print
  it and says why not otherwise.
- `ReportJob.read(event)` calls the report's read model, which authorises and logs the
  print (`event` "print" for the preview and the printer, "export" for a saved file); it
  runs on the database lane only. `ReportJob.render(data)` is pure (reportlab, no database)
  and runs on the CPU lane.
- Options are offered only when the offers read model allows them; the read model refuses
  them again at print time if the rights changed meanwhile.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from h4casus.gui.memory import forget_source_lines
from h4casus.services.core.context import ServiceContext
from h4casus.services.queries.case_report import case_report
from h4casus.services.queries.case_report import own_plan as own_plan_data
from h4casus.services.queries.print_offers import CasePrintOffers, TeamPrintOffer
from h4casus.services.queries.team_overview import team_overview
from h4casus.services.queries.transition_overview import transition_overview

FULL_BSN, CONFIDENTIAL = "full_bsn", "confidential"


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintKinds", text)


@dataclass(frozen=True)
class ReportJob:
    title: str
    read: Callable[[str], Any]  # event -> data; database lane (authorises and logs)
    render: Callable[[Any], bytes]  # data -> PDF bytes; CPU lane
    file_stem: Callable[[Any], str]  # data -> suggested file name without ".pdf"


@dataclass(frozen=True)
class PrintOption:
    key: str
    label: str


@dataclass(frozen=True)
class PrintChoice:
    """One line of the print dialog: a report the user may print (with its options), or one
    they may not (with the refusal in words)."""

    title: str
    make: Callable[[frozenset[str]], ReportJob]
    refusal: str = ""
    options: tuple[PrintOption, ...] = ()
    withheld: tuple[str, ...] = ()  # why an option of this report is not offered, in words

    @property
    def allowed(self) -> bool:
        return not self.refusal


# ---------------------------------------------------------------------- jobs


def renderer(module: str) -> Callable[[Any], bytes]:
    """The `render` of `h4casus.reports.<module>`, imported on first use (on the CPU lane):
    reportlab and its fonts cost some 15 MB that a session without printing never needs
    (and the source lines that import reads are let go, gui/memory.py)."""

    def render(data: Any) -> bytes:
        name = f"h4casus.reports.{module}"
        first = name not in sys.modules
        report = importlib.import_module(name)
        if first:
            forget_source_lines()
        return report.render(data)

    return render


def case_job(ctx: ServiceContext, household_id: int, options: frozenset[str]) -> ReportJob:
    full, conf = FULL_BSN in options, CONFIDENTIAL in options
    return ReportJob(
        _tr("Casusoverzicht"),
        lambda event: case_report(
            ctx, household_id, full_bsn=full, include_confidential=conf, event=event
        ),
        renderer("case"),
        lambda data: f"Casusoverzicht {data.casefile.household.case_number}",
    )


def plan_job(ctx: ServiceContext, household_id: int, _options: frozenset[str]) -> ReportJob:
    return ReportJob(
        _tr("Ons plan"),
        lambda event: own_plan_data(ctx, household_id, event=event),
        renderer("own_plan"),
        lambda data: f"Ons plan {data.display_name}",
    )


def team_job(ctx: ServiceContext, team_id: int | None, _options: frozenset[str]) -> ReportJob:
    return ReportJob(
        _tr("Teamoverzicht"),
        lambda event: team_overview(ctx, team_id, event=event),
        renderer("team"),
        lambda data: f"Teamoverzicht {data.team} {data.today.isoformat()}",
    )


def transition_job(ctx: ServiceContext, team_id: int | None, _options: frozenset[str]) -> ReportJob:
    return ReportJob(
        _tr("18-/18+ overzicht"),
        lambda event: transition_overview(ctx, team_id, event=event),
        renderer("transition"),
        lambda data: f"18-18+ overzicht {data.today.isoformat()}",
    )


# ---------------------------------------------------------------------- kinds


@dataclass(frozen=True)
class ReportKind:
    action: str  # the policy action the offers read model answers for
    title: str  # Dutch; translated where shown
    job: Callable[[ServiceContext, Any, frozenset[str]], ReportJob]
    case_options: bool = False  # offers full BSN / confidential journal (Casusoverzicht)
    all_teams: bool = False  # a team report that also covers every team the user leads


CASE_REPORTS: tuple[ReportKind, ...] = (
    ReportKind("report.case", "Casusoverzicht", case_job, case_options=True),
    ReportKind("report.plan", "Ons plan", plan_job),
    # (issue 16) the partner version of Ons plan goes here: one more line
)

TEAM_REPORTS: tuple[ReportKind, ...] = (
    ReportKind("report.team", "Teamoverzicht", team_job),
    ReportKind("report.transition", "18-/18+ overzicht", transition_job, all_teams=True),
)


def case_actions() -> tuple[str, ...]:
    return tuple(k.action for k in CASE_REPORTS)


def team_actions() -> tuple[str, ...]:
    return tuple(k.action for k in TEAM_REPORTS)


def case_choices(ctx: ServiceContext, offers: CasePrintOffers) -> list[PrintChoice]:
    """The case file's print dialog: every kind, allowed or with its refusal."""
    out = []
    for kind in CASE_REPORTS:
        offer = offers.reports[kind.action]
        options: list[PrintOption] = []
        withheld: list[str] = []
        if kind.case_options:
            for key, label, option in (
                (FULL_BSN, _tr("&Volledig BSN afdrukken"), offers.full_bsn),
                (CONFIDENTIAL, _tr("Vertrouwelijke &journaalregels meenemen"), offers.confidential),
            ):
                if option.allowed:
                    options.append(PrintOption(key, label))
                else:
                    withheld.append(option.refusal)
        out.append(
            PrintChoice(
                _tr(kind.title),
                lambda chosen, k=kind: k.job(ctx, offers.household_id, chosen),
                offer.refusal,
                tuple(options),
                tuple(withheld),
            )
        )
    return out


def team_choices(
    ctx: ServiceContext, offers: tuple[TeamPrintOffer, ...], team_id: int | None = None
) -> list[PrintChoice]:
    """The team print dialog: per team in view (`team_id`, else every team the user works
    in) each team report, allowed or with its refusal. A user who works in no team gets one
    line saying so."""
    out: list[PrintChoice] = []
    teams = [o for o in offers if team_id is None or o.team_id == team_id]
    for kind in TEAM_REPORTS:
        allowed = [o for o in teams if o.reports[kind.action].allowed]
        if kind.all_teams and team_id is None and len(allowed) > 1:
            # one overview of every team the user leads instead of one line per team
            out.append(
                PrintChoice(
                    _tr("{title} — al uw teams ({n})").format(
                        title=_tr(kind.title), n=len(allowed)
                    ),
                    lambda chosen, k=kind: k.job(ctx, None, chosen),
                )
            )
            continue
        for o in teams:
            offer = o.reports[kind.action]
            out.append(
                PrintChoice(
                    _tr("{title} — {team}").format(title=_tr(kind.title), team=o.team),
                    lambda chosen, k=kind, t=o.team_id: k.job(ctx, t, chosen),
                    offer.refusal,
                )
            )
    if not teams:
        out.append(
            PrintChoice(
                _tr("Teamoverzicht"),
                lambda chosen: team_job(ctx, team_id, chosen),
                _tr("U werkt niet in een team; er is geen teamoverzicht om af te drukken."),
            )
        )
    return out
