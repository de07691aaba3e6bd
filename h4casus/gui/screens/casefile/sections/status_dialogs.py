"""A member leaves (Ctrl+Shift+L), the household is closed (Ctrl+Shift+X) or reopened
(Ctrl+Shift+O): each a short form with a date and/or a reason.

Rules:
- Every form carries the version it started from (the member's or the household's); a
  change by someone else meanwhile is a conflict and nothing is overwritten.
- The reason is a free text with the usual reasons to pick from (Up/Down or Alt+Down
  choose one; anything may be typed, and Enter saves what is typed).
- Closing asks why (the closure reasons of the domain, `ClosureReason`), a toelichting
  (required for "anders" and when actions are still open: the service says so at the
  field) and whether nazorg or vervolghulp is arranged; reopening always needs a reason.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from h4casus.domain.enums import ClosureReason
from h4casus.domain.labels import CLOSURE_LABELS
from h4casus.gui.forms import Form
from h4casus.gui.widgets.field_checks import date_field, typed_day
from h4casus.gui.widgets.form_dialog import FormDialog
from h4casus.gui.widgets.words import word
from h4casus.services.casework import household_edits, lifecycle
from h4casus.services.casework.households import HouseholdView

LEAVE_REASONS = (
    QT_TRANSLATE_NOOP("_ReasonDialog", "Verhuisd"),
    QT_TRANSLATE_NOOP("_ReasonDialog", "Zelfstandig gaan wonen"),
    QT_TRANSLATE_NOOP("_ReasonDialog", "Uit huis geplaatst"),
    QT_TRANSLATE_NOOP("_ReasonDialog", "Relatie beëindigd"),
    QT_TRANSLATE_NOOP("_ReasonDialog", "Overleden"),
)
REOPEN_REASONS = (
    QT_TRANSLATE_NOOP("_ReasonDialog", "Nieuwe hulpvraag"),
    QT_TRANSLATE_NOOP("_ReasonDialog", "Terugval na afsluiting"),
    QT_TRANSLATE_NOOP("_ReasonDialog", "Ten onrechte afgesloten"),
)


class ReasonForm(Form):
    ui_file = "reason_dialog"
    intro_label: QLabel
    member_label: QLabel
    member_combo: QComboBox
    date_label: QLabel
    date_edit: QLineEdit
    reason_label: QLabel
    reason_combo: QComboBox


class _ReasonDialog(FormDialog):
    def __init__(self, section, title: str, reasons: tuple[str, ...], intro: str) -> None:
        super().__init__(section.ops, title, section.window())
        self.section = section
        self.ctx = section.ctx
        body = QWidget()
        self.form = f = ReasonForm(body)
        f.intro_label.setText(intro)
        self.date_check = date_field(f.date_edit, self.ctx.clock.today())
        for reason in reasons:  # shown translated, stored in Dutch (the database's language)
            f.reason_combo.addItem(self.tr(reason), reason)
        f.reason_combo.setCurrentIndex(-1)
        # What is typed stays as typed (no completion to confirm first), so Enter saves; the
        # usual reasons are under the arrow keys.
        f.reason_combo.setCompleter(None)
        f.reason_combo.lineEdit().setPlaceholderText(self.tr("Kies of typ een reden"))
        f.member_combo.setAccessibleName(self.tr("Gezinslid"))
        f.date_edit.setAccessibleName(self.tr("Datum"))
        f.reason_combo.setAccessibleName(self.tr("Reden"))
        self.fields = {"gezinslid": f.member_combo, "datum": f.date_edit, "reden": f.reason_combo}
        self.set_body(body)
        self.resize(520, 230)

    def hide_row(self, label: QWidget, field: QWidget) -> None:
        label.hide()
        field.hide()

    def fit(self) -> None:
        """As high as the rows shown need, no empty band above the buttons."""
        self.layout().activate()
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())

    @property
    def reason(self) -> str:
        combo = self.form.reason_combo
        index = combo.findText(combo.currentText())
        return combo.itemData(index) if index >= 0 else combo.currentText()


class LeaveDialog(_ReasonDialog):
    """Gezinslid vertrekt."""

    def __init__(self, section, household: HouseholdView, member_id: int | None) -> None:
        super().__init__(
            section,
            QCoreApplication.translate("StatusDialogs", "Gezinslid vertrekt"),
            LEAVE_REASONS,
            QCoreApplication.translate(
                "StatusDialogs",
                "Wie hoort niet meer bij het huishouden, en sinds wanneer? Het blijft "
                "zichtbaar in het journaal.",
            ),
        )
        f = self.form
        self.members = {p.id: p for p in household.members if not p.restricted}
        for p in self.members.values():
            f.member_combo.addItem(p.name, p.id)
        f.member_combo.setCurrentIndex(max(0, f.member_combo.findData(member_id)))
        self.fit()
        f.member_combo.setFocus()

    def submit(self) -> None:
        member = self.members.get(self.form.member_combo.currentData())
        if member is None:
            return
        ctx, when, reason = self.ctx, typed_day(self.form.date_edit), self.reason
        self.save(
            lambda: household_edits.member_leaves(ctx, member.id, member.version, when, reason),
            kind="household",
            household_id=self.section.household_id,
        )


class CloseForm(Form):
    ui_file = "close_dialog"
    intro_label: QLabel
    reason_combo: QComboBox
    note_edit: QLineEdit
    follow_up_combo: QComboBox


class CloseDialog(FormDialog):
    """Huishouden afsluiten: why (the closure reasons of the domain), a toelichting, and
    whether nazorg or vervolghulp is arranged. Nothing is chosen beforehand: the reason and
    the follow-up answer are asked, not assumed."""

    def __init__(self, section, household: HouseholdView) -> None:
        super().__init__(
            section.ops,
            QCoreApplication.translate("StatusDialogs", "Huishouden afsluiten"),
            section.window(),
        )
        self.section = section
        self.ctx = section.ctx
        self.household = household
        body = QWidget()
        self.form = f = CloseForm(body)
        f.intro_label.setText(
            self.tr(
                "Sluit {name} af. De regie eindigt (ook eigen regie) en de bewaartermijn gaat "
                "lopen; heropenen kan later."
            ).format(name=household.display_name)
        )
        for reason in ClosureReason:
            f.reason_combo.addItem(word(CLOSURE_LABELS[reason.value]), reason.value)
        f.reason_combo.setCurrentIndex(-1)
        f.reason_combo.setPlaceholderText(self.tr("Kies een reden"))
        f.follow_up_combo.addItem(self.tr("Ja, nazorg of vervolghulp is geregeld"), True)
        f.follow_up_combo.addItem(self.tr("Nee, niet nodig of niet gelukt"), False)
        f.follow_up_combo.setCurrentIndex(-1)
        f.follow_up_combo.setPlaceholderText(self.tr("Kies ja of nee"))
        f.reason_combo.setAccessibleName(self.tr("Reden van afsluiten"))
        f.note_edit.setAccessibleName(self.tr("Toelichting"))
        f.follow_up_combo.setAccessibleName(self.tr("Nazorg of vervolghulp geregeld"))
        self.fields = {
            "reden": f.reason_combo,
            "toelichting": f.note_edit,
            "nazorg": f.follow_up_combo,
        }
        self.set_body(body)
        self.save_button.setText(self.tr("&Afsluiten"))
        self.layout().activate()
        self.resize(max(540, self.sizeHint().width()), self.sizeHint().height())
        f.reason_combo.setFocus()

    def submit(self) -> None:
        f = self.form
        ctx, hid, version = self.ctx, self.household.id, self.household.version
        code = f.reason_combo.currentData()
        note = f.note_edit.text()
        follow_up = f.follow_up_combo.currentData()
        self.save(
            lambda: lifecycle.close(
                ctx, hid, code, note, follow_up=follow_up, expected_version=version
            ),
            kind="status",
            household_id=hid,
        )


class ReopenDialog(_ReasonDialog):
    """Huishouden heropenen."""

    def __init__(self, section, household: HouseholdView) -> None:
        super().__init__(
            section,
            QCoreApplication.translate("StatusDialogs", "Huishouden heropenen"),
            REOPEN_REASONS,
            QCoreApplication.translate(
                "StatusDialogs",
                "Heropen {name}: het huishouden wordt weer actief, met een regisseur.",
            ).format(name=household.display_name),
        )
        self.household = household
        f = self.form
        self.hide_row(f.member_label, f.member_combo)
        self.hide_row(f.date_label, f.date_edit)
        self.save_button.setText(self.tr("&Heropenen"))
        self.fit()
        f.reason_combo.setFocus()

    def submit(self) -> None:
        ctx, hid, version, reason = self.ctx, self.household.id, self.household.version, self.reason
        self.save(
            lambda: lifecycle.reopen(ctx, hid, reason, expected_version=version),
            kind="status",
            household_id=hid,
        )
