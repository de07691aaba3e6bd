"""Beheer › Bewaartermijnen: the closed files past their retention period (case numbers and
dates only) and the proposals waiting for a second pair of eyes.

Rules:
- One person proposes (vernietigen or anonimiseren), another approves: the service refuses
  the proposer's own approval, and the screen says why in words.
- Approving carries the proposal out at once and cannot be undone, so it asks once more in
  the message bar (a button to confirm) before anything is sent.
- No case content: households by case number, team and dates.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget

from h4casus.gui.forms import Form
from h4casus.gui.screens.admin.common import AdminScreen, fill_table, selected_value, setup_table
from h4casus.gui.widgets.words import date_text, word
from h4casus.services.core.context import ServiceContext
from h4casus.services.privacy import retention
from h4casus.services.privacy.retention import DueFile, ProposalView

RULE_WORDS = {  # translated in the context "RetentionScreen"
    "jeugdwet": QT_TRANSLATE_NOOP("RetentionScreen", "Jeugdwet"),
    "wmo": QT_TRANSLATE_NOOP("RetentionScreen", "Wmo"),
    "not_adopted": QT_TRANSLATE_NOOP("RetentionScreen", "plan nooit vastgesteld"),
}


def _load(ctx: ServiceContext) -> tuple[list[DueFile], list[ProposalView]]:
    return retention.worklist(ctx), retention.list_proposals(ctx)


# the stored modes of a proposal, shown through word()
MODES = (QT_TRANSLATE_NOOP("labels", "vernietigen"), QT_TRANSLATE_NOOP("labels", "anonimiseren"))


class RetentionForm(Form):
    ui_file = "admin_retention"
    title_label: QLabel
    intro_label: QLabel
    due_label: QLabel
    due_table: QTableWidget
    destroy_button: QPushButton
    anonymise_button: QPushButton
    proposals_label: QLabel
    proposals_table: QTableWidget
    approve_button: QPushButton
    reject_button: QPushButton


class RetentionScreen(AdminScreen):
    form_class = RetentionForm
    refresh_kinds = frozenset({"retention", "settings", "status", "household"})

    def __init__(self, ctx, ops, parent=None) -> None:
        super().__init__(ctx, ops, parent)
        f = self.form
        self.due: list[DueFile] = []
        self.proposals: list[ProposalView] = []
        setup_table(
            f.due_table,
            [
                self.tr("Dossier"),
                self.tr("Team"),
                self.tr("Termijn"),
                self.tr("Afgesloten"),
                self.tr("Bewaren tot"),
                self.tr("Voorstel"),
            ],
            self.tr("Dossiers waarvan de bewaartermijn voorbij is"),
        )
        setup_table(
            f.proposals_table,
            [
                self.tr("Voorstel"),
                self.tr("Dossier"),
                self.tr("Wijze"),
                self.tr("Voorgesteld door"),
                self.tr("Op"),
            ],
            self.tr("Voorstellen die wachten op goedkeuring"),
        )
        for button, name in (
            (f.destroy_button, self.tr("Vernietigen voorstellen")),
            (f.anonymise_button, self.tr("Anonimiseren voorstellen")),
            (f.approve_button, self.tr("Voorstel goedkeuren en uitvoeren")),
            (f.reject_button, self.tr("Voorstel afwijzen")),
        ):
            button.setAccessibleName(name)
        f.destroy_button.clicked.connect(lambda: self.propose("vernietigen"))
        f.anonymise_button.clicked.connect(lambda: self.propose("anonimiseren"))
        f.approve_button.clicked.connect(self.ask_approval)
        f.reject_button.clicked.connect(self.reject)

    def title(self) -> str:
        return self.tr("Bewaartermijnen")

    def refresh(self) -> None:
        ctx = self.ctx
        self.ops.query(self, lambda: _load(ctx), self._loaded, self.failed)

    def _loaded(self, loaded: tuple[list[DueFile], list[ProposalView]]) -> None:
        self.due, self.proposals = loaded
        f = self.form
        f.due_label.setText(
            self.tr("&Termijn verstreken: {n}").format(n=len(self.due))
            if self.due
            else self.tr("&Termijn verstreken: geen dossiers")
        )
        f.proposals_label.setText(
            self.tr("V&oorstellen die wachten op goedkeuring: {n}").format(n=len(self.proposals))
            if self.proposals
            else self.tr("V&oorstellen die wachten op goedkeuring: geen")
        )
        fill_table(
            self.form.due_table,
            [
                (
                    d.household_id,
                    [
                        d.case_number,
                        d.team,
                        self.tr(RULE_WORDS[d.rule]) if d.rule in RULE_WORDS else d.rule,
                        date_text(d.closed_on),
                        date_text(d.due_on),
                        self.tr("voorstel {n}").format(n=d.proposal_id) if d.proposal_id else "",
                    ],
                )
                for d in self.due
            ],
        )
        fill_table(
            self.form.proposals_table,
            [
                (
                    p.id,
                    [
                        str(p.id),
                        p.case_number,
                        word(p.mode),
                        p.proposed_by,
                        date_text(p.proposed_at),
                    ],
                )
                for p in self.proposals
            ],
        )

    # ------------------------------------------------------------------ actions

    def propose(self, mode: str) -> None:
        household_id = selected_value(self.form.due_table)
        due = next((d for d in self.due if d.household_id == household_id), None)
        if due is None:
            self.message.show_message(self.tr("Kies eerst een dossier."), "warning")
            return
        ctx = self.ctx
        self.ops.write(
            self,
            lambda: retention.propose(ctx, due.household_id, mode),
            lambda p: self.done(
                self.tr(
                    "Voorstel {n}: dossier {case} {mode}. Een andere beheerder of teamleider "
                    "keurt het goed."
                ).format(n=p.id, case=p.case_number, mode=word(p.mode))
            ),
            self.failed,
            kind="retention",
            household_id=None,
        )

    def _selected_proposal(self) -> ProposalView | None:
        proposal_id = selected_value(self.form.proposals_table)
        found = next((p for p in self.proposals if p.id == proposal_id), None)
        if found is None:
            self.message.show_message(self.tr("Kies eerst een voorstel."), "warning")
        return found

    def ask_approval(self) -> None:
        p = self._selected_proposal()
        if p is None:
            return
        what = self.tr("vernietigd") if p.mode == "vernietigen" else self.tr("geanonimiseerd")
        self.message.show_message(
            self.tr(
                "Dossier {case} wordt nu definitief {what}. Dit kan niet ongedaan worden gemaakt."
            ).format(case=p.case_number, what=what),
            "warning",
            [(self.tr("&Bevestigen: {mode}").format(mode=word(p.mode)), lambda: self.approve(p))],
        )
        confirm = self.message._buttons[0]
        confirm.setAccessibleName(self.tr("Goedkeuren bevestigen"))
        confirm.setFocus()

    def approve(self, p: ProposalView) -> None:
        ctx = self.ctx
        self.ops.write(
            self,
            lambda: retention.approve(ctx, p.id, p.version),
            lambda done: self.done(
                self.tr("Voorstel {n} uitgevoerd: dossier {case} {mode}.").format(
                    n=done.id, case=done.case_number, mode=word(done.mode)
                )
            ),
            self.failed,
            kind="household",
            household_id=None,
        )

    def reject(self) -> None:
        p = self._selected_proposal()
        if p is None:
            return
        ctx = self.ctx
        self.ops.write(
            self,
            lambda: retention.reject(ctx, p.id, p.version),
            lambda done: self.done(self.tr("Voorstel {n} afgewezen.").format(n=done.id)),
            self.failed,
            kind="retention",
            household_id=None,
        )
