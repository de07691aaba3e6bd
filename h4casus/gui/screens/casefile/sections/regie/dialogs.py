"""The dialogs of the Regie section: a handover to a colleague (with their caseload), regie
temporarily with an external party, and taking regie back.

Rules:
- The colleagues offered are the regisseurs of the household's team, read on the database
  lane before the dialog opens (`handover_candidates`), each with the number of open
  households they hold regie over; the current regisseur is not offered.
- Whether a handover needs approval is the configuration's (the service decides); after
  saving, the section shows the handover as waiting for the receiver or the approver.
- The external parties are the usual three; any other organisation may be typed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from h4casus.domain.enums import Role
from h4casus.gui.forms import Form
from h4casus.gui.screens.casefile.sections.status_dialogs import _ReasonDialog
from h4casus.gui.widgets.field_checks import date_field, typed_day
from h4casus.gui.widgets.form_dialog import FormDialog
from h4casus.services.casework.regie import (
    propose_handover,
    return_from_external,
    transfer_to_external,
)
from h4casus.services.core.context import ServiceContext
from h4casus.services.queries.casefile import CaseFile
from h4casus.services.queries.filters import WorkerChoice, filter_choices

EXTERNAL_PARTIES = (
    QT_TRANSLATE_NOOP("ExternalRegieDialog", "Gecertificeerde instelling (jeugdbescherming)"),
    QT_TRANSLATE_NOOP("ExternalRegieDialog", "Veilig Thuis"),
    QT_TRANSLATE_NOOP("ExternalRegieDialog", "Raad voor de Kinderbescherming"),
)
TAKE_BACK_REASONS = (
    QT_TRANSLATE_NOOP("TakeBackDialog", "Ondertoezichtstelling beëindigd"),
    QT_TRANSLATE_NOOP("TakeBackDialog", "Onderzoek afgerond"),
    QT_TRANSLATE_NOOP("TakeBackDialog", "Veiligheid hersteld; regie terug bij het wijkteam"),
)


def handover_candidates(ctx: ServiceContext, team_id: int, current: int | None) -> list:
    """The regisseurs of the team, with their caseload, except the current one."""
    return [
        w
        for w in filter_choices(ctx).regisseurs
        if w.works_in(team_id) and Role.REGISSEUR.value in w.roles and w.id != current
    ]


class HandoverForm(Form):
    ui_file = "handover_dialog"
    intro_label: QLabel
    to_combo: QComboBox
    reason_edit: QLineEdit
    note_edit: QLineEdit


class HandoverDialog(FormDialog):
    def __init__(self, section, casefile: CaseFile, candidates: list[WorkerChoice]) -> None:
        super().__init__(
            section.ops,
            QCoreApplication.translate("RegieDialogs", "Regie overdragen"),
            section.window(),
        )
        self.section = section
        hh = casefile.household
        body = QWidget()
        self.form = f = HandoverForm(body)
        f.intro_label.setText(
            self.tr(
                "De regie over {name} gaat pas over als de ander accepteert (en, waar nodig, "
                "de teamleider goedkeurt). Tot dan blijft {regisseur} regisseur."
            ).format(name=hh.display_name, regisseur=hh.regisseur or self.tr("de huidige"))
        )
        for w in candidates:
            f.to_combo.addItem(
                self.tr("{name} — {n} huishoudens").format(name=w.display_name, n=w.caseload),
                w.username,
            )
        f.to_combo.setAccessibleName(self.tr("Nieuwe regisseur"))
        f.reason_edit.setAccessibleName(self.tr("Reden"))
        f.note_edit.setAccessibleName(self.tr("Overdrachtsnotitie"))
        self.fields = {
            "ontvanger": f.to_combo,
            "reden": f.reason_edit,
            "overdrachtsnotitie": f.note_edit,
        }
        self.save_button.setText(self.tr("&Voorstellen"))
        self.set_body(body)
        self.resize(580, self.sizeHint().height())
        f.to_combo.setFocus()

    def submit(self) -> None:
        f = self.form
        ctx, hid = self.section.ctx, self.section.household_id
        to, reason, note = f.to_combo.currentData() or "", f.reason_edit.text(), f.note_edit.text()
        self.save(
            lambda: propose_handover(ctx, hid, to, reason, note or None),
            kind="regie",
            household_id=hid,
        )


class ExternalRegieForm(Form):
    ui_file = "external_regie_dialog"
    intro_label: QLabel
    party_combo: QComboBox
    contact_edit: QLineEdit
    start_edit: QLineEdit
    reason_edit: QLineEdit


class ExternalRegieDialog(FormDialog):
    def __init__(self, section, casefile: CaseFile) -> None:
        super().__init__(
            section.ops,
            QCoreApplication.translate("RegieDialogs", "Regie tijdelijk extern"),
            section.window(),
        )
        self.section = section
        body = QWidget()
        self.form = f = ExternalRegieForm(body)
        f.intro_label.setText(
            self.tr(
                "De regie gaat tijdelijk naar een externe partij; het huishouden blijft in het "
                "wijkteam en is gemarkeerd tot de regie terugkomt. Lopende overdrachten "
                "vervallen."
            )
        )
        f.party_combo.addItems([self.tr(p) for p in EXTERNAL_PARTIES])
        f.party_combo.setCompleter(None)
        self.start_check = date_field(f.start_edit, section.ctx.clock.today())
        for widget, name in (
            (f.party_combo, self.tr("Organisatie")),
            (f.contact_edit, self.tr("Naam contactpersoon")),
            (f.start_edit, self.tr("Start")),
            (f.reason_edit, self.tr("Reden")),
        ):
            widget.setAccessibleName(name)
        self.fields = {
            "partij": f.party_combo,
            "contactpersoon": f.contact_edit,
            "start": f.start_edit,
            "reden": f.reason_edit,
        }
        self.save_button.setText(self.tr("Over&dragen"))
        self.set_body(body)
        self.resize(600, self.sizeHint().height())
        f.party_combo.setFocus()

    def submit(self) -> None:
        f = self.form
        ctx, hid = self.section.ctx, self.section.household_id
        party, contact = f.party_combo.currentText(), f.contact_edit.text().strip() or None
        start, reason = typed_day(f.start_edit) or None, f.reason_edit.text()
        self.save(
            lambda: transfer_to_external(ctx, hid, party, reason, contact=contact, start=start),
            kind="regie",
            household_id=hid,
        )


class TakeBackDialog(_ReasonDialog):
    """Regie terugnemen: back to the wijkteam, by default to the last regisseur."""

    def __init__(self, section, casefile: CaseFile) -> None:
        super().__init__(
            section,
            QCoreApplication.translate("RegieDialogs", "Regie terugnemen"),
            TAKE_BACK_REASONS,
            QCoreApplication.translate(
                "RegieDialogs",
                "De regie komt terug in het wijkteam: bij de laatste regisseur, of bij u als u "
                "geen teamleider bent.",
            ),
        )
        f = self.form
        self.hide_row(f.member_label, f.member_combo)
        self.hide_row(f.date_label, f.date_edit)
        self.save_button.setText(self.tr("&Terugnemen"))
        self.fit()
        f.reason_combo.setFocus()

    def submit(self) -> None:
        ctx, hid, reason = self.ctx, self.section.household_id, self.reason
        self.save(
            lambda: return_from_external(ctx, hid, reason),
            kind="regie",
            household_id=hid,
        )
