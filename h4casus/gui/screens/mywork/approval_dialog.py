"""Approving or declining a request that waits for approval (an op-/afschaling or a handover
of regie), with what it is about in view: the household, the request and its reason, the
level history, the state of the plan, the last evaluation (afschalen needs one in the current
review period) and, for a handover, the regie history.

Rules:
- The context is one read (`queries.requests.request_context`); deciding is one write
  (`casework.requests.decide_request`) through `FormDialog`: a missing reason for declining
  is marked at the field, nothing is written.
- Whether this user may decide is the services' answer (`may_decide`, `why_not`), shown in
  words; the buttons stay off then. Four eyes: one's own request is never decided here.
- Enter approves (Goedkeuren is the default button), Alt+A declines, Escape cancels.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from h4casus.gui.errors import error_text
from h4casus.gui.forms import Form
from h4casus.gui.ops import Ops
from h4casus.gui.widgets.form_dialog import FormDialog
from h4casus.gui.widgets.words import choice_label, date_text
from h4casus.services.casework.requests import LEVEL, decide_request
from h4casus.services.core.context import ServiceContext
from h4casus.services.queries.requests import RequestContext, request_context


class ApprovalForm(Form):
    ui_file = "approval_dialog"
    subject_label: QLabel
    request_label: QLabel
    context_text: QTextBrowser
    note_label: QLabel
    note_edit: QPlainTextEdit


def _when(value) -> str:
    return value.strftime("%d-%m-%Y %H:%M") if value is not None else ""


class ApprovalDialog(FormDialog):
    open_household = Signal(int)

    def __init__(
        self,
        ctx: ServiceContext,
        ops: Ops,
        kind: str,
        request_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, self.tr("Aanvraag beoordelen"), parent)
        self.ctx = ctx
        self.kind = kind
        self.request_id = request_id
        self.context: RequestContext | None = None
        self.approved: bool | None = None
        body = QWidget()
        self.form = f = ApprovalForm(body)
        f.note_edit.setAccessibleName(self.tr("Toelichting"))
        f.context_text.setAccessibleName(self.tr("Waar de aanvraag over gaat"))
        f.request_label.setAccessibleName(self.tr("De aanvraag"))
        self.fields = {"toelichting": f.note_edit}
        self.save_button.setText(self.tr("&Goedkeuren"))
        self.decline_button = QPushButton(self.tr("&Afwijzen"))
        self.decline_button.setAutoDefault(False)
        self.buttons.addButton(self.decline_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.decline_button.clicked.connect(self.decline)
        self.file_button = QPushButton(self.tr("&Dossier openen"))
        self.file_button.setAutoDefault(False)
        self.buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.file_button.clicked.connect(self._open_file)
        self.set_body(body)
        self.resize(680, 600)
        self._enable(False)
        f.note_edit.setFocus()
        self.ops.query(
            self, lambda: request_context(ctx, kind, request_id), self._loaded, self._load_failed
        )

    # ------------------------------------------------------------------ showing

    def _enable(self, on: bool) -> None:
        self.save_button.setEnabled(on)
        self.decline_button.setEnabled(on)
        self.file_button.setEnabled(self.context is not None)

    def _load_failed(self, exc: BaseException) -> None:
        self.form.subject_label.setText(self.tr("De aanvraag kan niet worden getoond."))
        self.message.show_message(error_text(exc), "error")

    def _loaded(self, c: RequestContext) -> None:
        self.context = c
        f = self.form
        if c.level_change is not None:
            lc = c.level_change
            what = self.tr("{frm} → {to}").format(frm=lc.from_level or "–", to=lc.to_level)
            asked = self.tr("Gevraagd door {name} op {when}").format(
                name=escape(lc.requested_by_name), when=_when(lc.requested_at)
            )
            reason = lc.reason
            waiting = lc.waiting_note
            title = self.tr("Op- of afschaling {what}").format(what=what)
        else:
            h = c.handover
            assert h is not None
            title = self.tr("Overdracht van de regie: {frm} → {to}").format(
                frm=h.from_name or "–", to=h.to_name or "–"
            )
            asked = self.tr("Voorgesteld op {when}, geaccepteerd op {acc}").format(
                when=_when(h.proposed_at), acc=_when(h.accepted_at) or "–"
            )
            reason = h.reason + (f"\n{h.note}" if h.note else "")
            waiting = h.waiting_note
        f.subject_label.setText(f"{title} — {c.display_name} ({c.case_number})")
        reason_word = self.tr("Reden")
        lines = [f"{asked}.", f"<b>{escape(reason_word)}:</b> {escape(reason)}"]
        if waiting and c.pending:
            lines.append(escape(choice_label(waiting)) + ".")
        f.request_label.setText("<br>".join(lines))
        f.context_text.setHtml(self._context_html(c))
        if not c.pending:
            status = c.level_change.status if c.level_change else c.handover.status
            self.message.show_message(
                self.tr("Deze aanvraag is al {status}; er valt niets meer te beslissen.").format(
                    status=choice_label(status).lower()
                ),
                "warning",
            )
            self._enable(False)
        elif not c.may_decide:
            self.message.show_message(
                self.tr("U kunt deze aanvraag niet beoordelen: {why}.").format(why=c.why_not),
                "warning",
            )
            self._enable(False)
        else:
            self._enable(True)
        f.note_edit.setFocus()

    def _context_html(self, c: RequestContext) -> str:
        rows = [
            (self.tr("Niveau nu"), c.level),
            (self.tr("Status"), choice_label(c.status)),
            (self.tr("Volgende evaluatie"), date_text(c.next_review_date) or "–"),
            (self.tr("Regisseur"), c.regisseur or self.tr("geen")),
            (self.tr("Team"), c.team),
        ]
        if c.plan.number is None:
            plan = self.tr("nog geen plan")
        else:
            plan = self.tr("versie {n}, {status}, {goals} doelen").format(
                n=c.plan.number, status=choice_label(c.plan.status).lower(), goals=c.plan.goals
            )
            if c.plan.finalised_on is not None:
                plan += self.tr("; laatst vastgesteld op {d}").format(
                    d=date_text(c.plan.finalised_on)
                )
        rows.append((self.tr("Plan"), plan))
        evaluation = (
            self.tr("nog geen evaluatie")
            if c.last_evaluation is None
            else self.tr("laatste op {d}").format(d=date_text(c.last_evaluation))
        )
        evaluation += " — " + (
            self.tr("in de huidige evaluatieperiode (afschalen kan)")
            if c.evaluation_in_period
            else self.tr(
                "niet in de huidige evaluatieperiode (afschalen vraagt eerst een evaluatie)"
            )
        )
        rows.append((self.tr("Evaluatie"), evaluation))
        html = ["<table cellspacing='0' cellpadding='3'>"]
        html += [f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows]
        html.append("</table>")
        history = self.tr("Niveauhistorie")
        html.append(f"<h4>{escape(history)}</h4>")
        if c.level_history:
            html.append("<table cellspacing='0' cellpadding='3'>")
            for h in reversed(c.level_history):
                html.append(
                    "<tr><td>{when}</td><td>{frm} → {to}</td><td>{status}</td>"
                    "<td>{who}</td><td>{why}</td></tr>".format(
                        when=escape(date_text(h.effective_date or h.requested_at)),
                        frm=escape(h.from_level or "–"),
                        to=escape(h.to_level),
                        status=escape(choice_label(h.status)),
                        who=escape(h.requested_by_name),
                        why=escape(h.reason[:120]),
                    )
                )
            html.append("</table>")
        else:
            none_yet = self.tr("Nog geen wijzigingen van het niveau.")
            html.append(f"<p>{escape(none_yet)}</p>")
        if c.regie_history:
            regie_history = self.tr("Regiehistorie")
            html.append(f"<h4>{escape(regie_history)}</h4><table cellpadding='3'>")
            for e in reversed(c.regie_history):
                html.append(
                    "<tr><td>{start}</td><td>{end}</td><td>{who}</td><td>{why}</td></tr>".format(
                        start=escape(date_text(e.started_at)),
                        end=escape(date_text(e.ended_at) or self.tr("nu")),
                        who=escape(e.holder),
                        why=escape(e.reason[:120]),
                    )
                )
            html.append("</table>")
        return "".join(html)

    # ------------------------------------------------------------------ deciding

    @property
    def note(self) -> str:
        return self.form.note_edit.toPlainText()

    def submit(self) -> None:
        """Enter / Goedkeuren."""
        self._decide(True)

    def decline(self) -> None:
        self._decide(False)

    def _decide(self, approve: bool) -> None:
        c = self.context
        if c is None or not c.may_decide or not c.pending:
            return
        self.approved = approve
        ctx, kind, rid, note, version = self.ctx, self.kind, self.request_id, self.note, c.version
        self.save(
            lambda: decide_request(ctx, kind, rid, approve, note, version),
            kind="level" if kind == LEVEL else "regie",
            household_id=c.household_id,
        )

    def _busy(self, busy: bool) -> None:
        super()._busy(busy)
        self.decline_button.setEnabled(not busy)

    def _open_file(self) -> None:
        if self.context is not None:
            self.open_household.emit(self.context.household_id)
