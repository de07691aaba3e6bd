"""The doors other screens use to print: a print dialog for a household or a team, or the
preview of one report straight away.

Rules: every function returns at once (the window stays responsive) with the dialog or
preview it opened; the reading, rendering and printing happen on the lanes. The caller
passes its session (`ctx`) and lanes (`ops`); nothing here keeps either beyond the windows
it opens (they are children of `parent`, so they go when the session's screens go).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from h4casus.gui.ops import Ops
from h4casus.gui.printing.choice import PrintChoiceDialog
from h4casus.gui.printing.kinds import (
    CONFIDENTIAL,
    FULL_BSN,
    ReportJob,
    case_actions,
    case_choices,
    case_job,
    plan_job,
    team_actions,
    team_choices,
    team_job,
    transition_job,
)
from h4casus.gui.printing.preview import ReportPreview
from h4casus.services.core.context import ServiceContext
from h4casus.services.queries.print_offers import case_print_offers, team_print_offers


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def open_case_print_dialog(
    parent: QWidget, ops: Ops, ctx: ServiceContext, household_id: int
) -> PrintChoiceDialog:
    """Ctrl+P in a case file: Casusoverzicht (with the options the user may use), Ons plan
    (where it may be shared), each refused in words where the user may not."""
    actions = case_actions()

    def read():
        return case_choices(ctx, case_print_offers(ctx, household_id, actions))

    dialog = PrintChoiceDialog(
        ops,
        read,
        title=_tr("Afdrukken"),
        intro=_tr("Welk rapport van dit huishouden wilt u afdrukken of opslaan als PDF?"),
        db_path=ctx.vault.path,
        parent=parent,
    )
    dialog.open()
    return dialog


def open_team_print_dialog(
    parent: QWidget, ops: Ops, ctx: ServiceContext, team_id: int | None = None
) -> PrintChoiceDialog:
    """The team reports (Teamoverzicht, 18-/18+ overzicht) for the team in view, or for
    every team the user works in when `team_id` is None."""
    actions = team_actions()

    def read():
        return team_choices(ctx, team_print_offers(ctx, actions), team_id)

    dialog = PrintChoiceDialog(
        ops,
        read,
        title=_tr("Afdrukken"),
        intro=_tr("Welk overzicht wilt u afdrukken of opslaan als PDF?"),
        db_path=ctx.vault.path,
        parent=parent,
    )
    dialog.open()
    return dialog


def preview_report(
    parent: QWidget, ops: Ops, ctx: ServiceContext, job: ReportJob, heading: str | None = None
) -> ReportPreview:
    """The preview of any report job: generation starts at once, on the lanes."""
    preview = ReportPreview(ops, job, db_path=ctx.vault.path, heading=heading, parent=parent)
    preview.show()
    preview.start()
    return preview


def print_case_overview(
    parent: QWidget,
    ops: Ops,
    ctx: ServiceContext,
    household_id: int,
    *,
    full_bsn: bool = False,
    include_confidential: bool = False,
) -> ReportPreview:
    options = frozenset(
        k for k, on in ((FULL_BSN, full_bsn), (CONFIDENTIAL, include_confidential)) if on
    )
    return preview_report(parent, ops, ctx, case_job(ctx, household_id, options))


def print_own_plan(
    parent: QWidget, ops: Ops, ctx: ServiceContext, household_id: int
) -> ReportPreview:
    return preview_report(parent, ops, ctx, plan_job(ctx, household_id, frozenset()))


def print_team_overview(
    parent: QWidget, ops: Ops, ctx: ServiceContext, team_id: int
) -> ReportPreview:
    return preview_report(parent, ops, ctx, team_job(ctx, team_id, frozenset()))


def print_transition_overview(
    parent: QWidget, ops: Ops, ctx: ServiceContext, team_id: int | None = None
) -> ReportPreview:
    """The 18-/18+ overzicht of one team, or of every team the user leads (None)."""
    return preview_report(parent, ops, ctx, transition_job(ctx, team_id, frozenset()))
