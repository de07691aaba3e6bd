"""Regie op regie from the Overzicht: escalate stalled help (Ctrl+Shift+K) to the teamleider or
a partner, and record the answer later.

Rules:
- The dialog offers what the file knows: the team's teamleiders (read on the database lane
  when the dialog opens), the formal network as partners, and the stalled-help signals of the
  file as "what stalls"; anything may be typed instead.
- Both save through `FormDialog` (every field error at once, at its field).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from h4casus.domain.enums import EscalationTarget
from h4casus.gui.errors import error_text
from h4casus.gui.forms import Form
from h4casus.gui.screens.casefile.sections.status_dialogs import _ReasonDialog
from h4casus.gui.widgets.form_dialog import FormDialog
from h4casus.services.casework import stalled
from h4casus.services.casework.stalled import RegieEscalationView
from h4casus.services.queries.casefile import CaseFile

STALL_KINDS = ("late_action", "no_progress")
TARGETS = {
    EscalationTarget.TEAMLEIDER.value: QT_TRANSLATE_NOOP("EscalationDialog", "De teamleider"),
    EscalationTarget.PARTNER.value: QT_TRANSLATE_NOOP("EscalationDialog", "Een partner"),
}


class EscalationForm(Form):
    ui_file = "escalation_dialog"
    intro_label: QLabel
    target_combo: QComboBox
    to_combo: QComboBox
    subject_combo: QComboBox
    reason_edit: QLineEdit


class EscalationDialog(FormDialog):
    """Vastgelopen hulp opschalen (regie op regie)."""

    def __init__(self, section, cf: CaseFile) -> None:
        super().__init__(
            section.ops,
            QCoreApplication.translate("StalledDialogs", "Vastgelopen hulp opschalen"),
            section.window(),
        )
        self.section = section
        self.ctx = section.ctx
        self.household_id = hid = cf.household.id
        self.teamleiders: list[tuple[str, str]] = []
        self.partners = sorted(
            {
                ", ".join(x for x in (c.organisation, c.contact_name) if x)
                for c in cf.network
                if c.kind == "formeel" and c.active
            }
        )
        body = QWidget()
        self.form = f = EscalationForm(body)
        f.intro_label.setText(
            self.tr(
                "Regie op regie: vraag de teamleider of de partner om de hulp weer op gang te "
                "brengen. Het antwoord legt u later vast."
            )
        )
        for value, label in TARGETS.items():
            f.target_combo.addItem(self.tr(label), value)
        f.target_combo.currentIndexChanged.connect(self._target_chosen)
        stalls = [sg.text for sg in cf.signals if sg.kind in STALL_KINDS]
        f.subject_combo.addItems(stalls)
        f.subject_combo.setCompleter(None)
        f.to_combo.setCompleter(None)
        f.subject_combo.lineEdit().setPlaceholderText(self.tr("Kies of typ wat vastloopt"))
        for widget, name in (
            (f.target_combo, self.tr("Aan wie")),
            (f.to_combo, self.tr("Naam van de teamleider of de partner")),
            (f.subject_combo, self.tr("Wat loopt vast")),
            (f.reason_edit, self.tr("Waarom, en wat u vraagt")),
        ):
            widget.setAccessibleName(name)
        self.fields = {
            "aan wie": f.target_combo,
            "aan": f.to_combo,
            "wat": f.subject_combo,
            "waarom": f.reason_edit,
        }
        self.set_body(body)
        self.save_button.setText(self.tr("&Opschalen"))
        self.layout().activate()
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())
        ctx = self.ctx
        self.ops.query(
            self,
            lambda: stalled.teamleiders(ctx, hid),
            self._got_teamleiders,
            lambda exc: self.message.show_message(error_text(exc), "error"),
        )
        f.target_combo.setFocus()

    def _got_teamleiders(self, found: list[tuple[str, str]]) -> None:
        self.teamleiders = found
        self._target_chosen()

    def _target_chosen(self) -> None:
        f = self.form
        f.to_combo.clear()
        if f.target_combo.currentData() == EscalationTarget.TEAMLEIDER.value:
            for username, name in self.teamleiders:
                f.to_combo.addItem(name, username)
            f.to_combo.lineEdit().setPlaceholderText(self.tr("De teamleider van het team"))
        else:
            f.to_combo.addItems(self.partners)
            f.to_combo.setCurrentIndex(-1)
            f.to_combo.lineEdit().setPlaceholderText(self.tr("Organisatie en contactpersoon"))

    def _addressee(self) -> str:
        """The account name for a teamleider chosen from the list, else what is typed."""
        f = self.form
        typed = f.to_combo.currentText().strip()
        for username, name in self.teamleiders:
            if typed in (name, username):
                return username
        return typed

    def submit(self) -> None:
        f = self.form
        ctx, hid = self.ctx, self.household_id
        target, to = f.target_combo.currentData(), self._addressee()
        subject, reason = f.subject_combo.currentText(), f.reason_edit.text()
        self.save(
            lambda: stalled.escalate(ctx, hid, target, to, subject, reason),
            kind="stalled",
            household_id=hid,
        )


class AnswerDialog(_ReasonDialog):
    """Het antwoord op een opschaling vastleggen."""

    def __init__(self, section, escalation: RegieEscalationView) -> None:
        super().__init__(
            section,
            QCoreApplication.translate("StalledDialogs", "Antwoord vastleggen"),
            (),
            QCoreApplication.translate(
                "StalledDialogs", "Opgeschaald op {day} aan {to}: {subject}. Wat is het antwoord?"
            ).format(
                day=escalation.raised_at.strftime("%d-%m-%Y"),
                to=escalation.addressee,
                subject=escalation.subject,
            ),
        )
        self.escalation = escalation
        f = self.form
        self.hide_row(f.member_label, f.member_combo)
        self.hide_row(f.date_label, f.date_edit)
        f.reason_label.setText(self.tr("&Antwoord"))
        f.reason_combo.lineEdit().setPlaceholderText(self.tr("Wat is afgesproken"))
        f.reason_combo.setAccessibleName(self.tr("Antwoord"))
        self.fields = {"antwoord": f.reason_combo}
        self.fit()
        f.reason_combo.setFocus()

    def submit(self) -> None:
        ctx, esc, answer = self.ctx, self.escalation, self.reason
        self.save(
            lambda: stalled.record_answer(ctx, esc.id, answer, expected_version=esc.version),
            kind="stalled",
            household_id=esc.household_id,
        )
