"""Noodtoegang vragen: a teamleider opens a household outside their team for a limited time,
with a typed reason.

Rules:
- The reason is checked as it is typed (at least `breakglass.MIN_REASON` characters, the
  count shown); the button stays off until it is long enough. The service checks it again
  with the case number (`breakglass.request_by_case_number`), every field error at once.
- How long the access lasts is said before asking (the setting `breakglass_hours`); the
  banner of the main window shows the time left while it runs.
- After the grant the household's case file opens (the window does that on `accepted`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from h4casus.gui.forms import Form
from h4casus.gui.ops import Ops
from h4casus.gui.widgets.form_dialog import FormDialog
from h4casus.services.access.breakglass import MIN_REASON, request_by_case_number
from h4casus.services.core.context import ServiceContext


class BreakGlassForm(Form):
    ui_file = "breakglass_dialog"
    intro_label: QLabel
    case_number_label: QLabel
    case_number_edit: QLineEdit
    reason_label: QLabel
    reason_edit: QPlainTextEdit
    reason_count_label: QLabel
    duration_label: QLabel


class BreakGlassDialog(FormDialog):
    def __init__(
        self, ctx: ServiceContext, ops: Ops, hours: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, self.tr("Noodtoegang vragen"), parent)
        self.ctx = ctx
        body = QWidget()
        self.form = f = BreakGlassForm(body)
        f.intro_label.setText(
            self.tr(
                "Noodtoegang geeft u als teamleider tijdelijk toegang tot een huishouden "
                "buiten uw team, bijvoorbeeld als de regisseur onbereikbaar is en er direct "
                "gehandeld moet worden. Alles wat u dan inziet of doet, wordt gemarkeerd in "
                "het logboek."
            )
        )
        f.duration_label.setText(
            self.tr(
                "De toegang geldt {hours} uur en eindigt daarna vanzelf; u kunt hem eerder "
                "beëindigen in de balk bovenin het venster."
            ).format(hours=hours)
        )
        f.case_number_edit.setAccessibleName(self.tr("Dossiernummer"))
        f.reason_edit.setAccessibleName(self.tr("Reden voor noodtoegang"))
        f.reason_count_label.setAccessibleName(self.tr("Lengte van de reden"))
        self.fields = {"dossiernummer": f.case_number_edit, "reden": f.reason_edit}
        self.save_button.setText(self.tr("&Noodtoegang openen"))
        f.reason_edit.textChanged.connect(self._reason_typed)
        f.case_number_edit.textChanged.connect(lambda _t: self._reason_typed())
        self.set_body(body)
        self.resize(600, 360)
        self._reason_typed()
        f.case_number_edit.setFocus()

    @property
    def reason(self) -> str:
        return " ".join(self.form.reason_edit.toPlainText().split())

    def _reason_typed(self) -> None:
        n = len(self.reason)
        f = self.form
        if n < MIN_REASON:
            text = self.tr("{n} tekens — nog {more} nodig (minstens {min})").format(
                n=n, more=MIN_REASON - n, min=MIN_REASON
            )
        else:
            text = self.tr("{n} tekens — voldoende").format(n=n)
        f.reason_count_label.setText(text)
        f.reason_edit.setAccessibleDescription(text)
        self.save_button.setEnabled(n >= MIN_REASON and bool(f.case_number_edit.text().strip()))

    def submit(self) -> None:
        if not self.save_button.isEnabled():
            self._reason_typed()
            return
        ctx, case_number, reason = self.ctx, self.form.case_number_edit.text(), self.reason
        self.save(
            lambda: request_by_case_number(ctx, case_number, reason),
            kind="breakglass",
            household_id=lambda grant: grant.household_id,
        )
