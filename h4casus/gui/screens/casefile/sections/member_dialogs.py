"""A member joins (Ctrl+Shift+N) or a member's data are corrected (Ctrl+Shift+C).

Rules:
- Joining: the member's data and since when they belong to the household (today unless
  told otherwise); `household_edits.add_member` with the household's version. The family
  name of the household is offered (nothing typed twice).
- Correcting (AVG art. 16): the form starts from the member's data; only what changed is
  sent, with a reason that is recorded (`privacy.corrections.correct_person`, logged, the
  member's version checked). The BSN is never shown here: left empty it stays as it is, a
  new one is checked with the elfproef as typed.
- Both check birth date and BSN as typed; the service decides and points at the field.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from h4casus.domain.ages import age_on
from h4casus.gui.forms import Form
from h4casus.gui.screens.register.members import RELATIONS
from h4casus.gui.widgets.field_checks import (
    LiveCheck,
    birth_date_problem,
    bsn_problem,
    date_field,
    parse_day,
    tidy_date,
    typed_day,
)
from h4casus.gui.widgets.form_dialog import FormDialog
from h4casus.gui.widgets.words import age_text, word
from h4casus.services.casework.household_edits import add_member
from h4casus.services.casework.households import HouseholdView, MemberInput, MemberView
from h4casus.services.privacy.corrections import correct_person

# the name a service uses in its messages -> form attribute
FIELD_WIDGETS = {
    "voornamen": "given_edit",
    "tussenvoegsel": "prefix_edit",
    "achternaam": "family_edit",
    "geboortedatum": "birth_edit",
    "bsn": "bsn_edit",
    "relatie": "relation_combo",
    "telefoon": "phone_edit",
    "e-mail": "email_edit",
    "datum": "date_edit",
    "reden": "reason_edit",
}
# the same field -> its accessible name
ACCESSIBLE_NAMES = {
    "voornamen": QT_TRANSLATE_NOOP("_MemberDialog", "Voornamen"),
    "tussenvoegsel": QT_TRANSLATE_NOOP("_MemberDialog", "Tussenvoegsel"),
    "achternaam": QT_TRANSLATE_NOOP("_MemberDialog", "Achternaam"),
    "geboortedatum": QT_TRANSLATE_NOOP("_MemberDialog", "Geboortedatum"),
    "bsn": QT_TRANSLATE_NOOP("_MemberDialog", "BSN"),
    "relatie": QT_TRANSLATE_NOOP("_MemberDialog", "Relatie"),
    "telefoon": QT_TRANSLATE_NOOP("_MemberDialog", "Telefoon"),
    "e-mail": QT_TRANSLATE_NOOP("_MemberDialog", "E-mail"),
    "datum": QT_TRANSLATE_NOOP("_MemberDialog", "Datum"),
    "reden": QT_TRANSLATE_NOOP("_MemberDialog", "Reden"),
}


class MemberForm(Form):
    ui_file = "member_dialog"
    intro_label: QLabel
    given_edit: QLineEdit
    prefix_edit: QLineEdit
    family_edit: QLineEdit
    birth_edit: QLineEdit
    age_label: QLabel
    bsn_edit: QLineEdit
    relation_combo: QComboBox
    phone_edit: QLineEdit
    email_edit: QLineEdit
    date_label: QLabel
    date_edit: QLineEdit
    reason_label: QLabel
    reason_edit: QLineEdit


class _MemberDialog(FormDialog):
    def __init__(self, section, title: str) -> None:
        super().__init__(section.ops, title, section.window())
        self.section = section
        self.ctx = section.ctx
        self.today = self.ctx.clock.today()
        body = QWidget()
        self.form = f = MemberForm(body)
        for value, label in RELATIONS:
            f.relation_combo.addItem(word(label), value)
        self.birth_check = LiveCheck(
            f.birth_edit,
            lambda text, final: birth_date_problem(text, self.today, final=final),
            tidy=tidy_date,
            checked=lambda _ok: self._show_age(),
        )
        self.bsn_check = LiveCheck(f.bsn_edit, bsn_problem)
        f.birth_edit.textEdited.connect(lambda _t: self._show_age())
        self.date_check = date_field(f.date_edit, self.today)
        for name, attribute in FIELD_WIDGETS.items():
            widget = getattr(f, attribute)
            widget.setAccessibleName(self.tr(ACCESSIBLE_NAMES[name]))
            self.fields[name] = widget
        self.set_body(body)
        self.resize(540, 440)

    def _show_age(self) -> None:
        born = parse_day(self.form.birth_edit.text())
        ok = born is not None and born <= self.today
        self.form.age_label.setText(age_text(age_on(born, self.today)) if ok else "")

    def _hide_row(self, label: QWidget, field: QWidget) -> None:
        label.hide()
        field.hide()


class JoinDialog(_MemberDialog):
    """Gezinslid toevoegen."""

    def __init__(self, section, household: HouseholdView) -> None:
        super().__init__(
            section, QCoreApplication.translate("MemberDialogs", "Gezinslid toevoegen")
        )
        self.household = household
        f = self.form
        f.intro_label.setText(
            self.tr("Wie komt er bij het huishouden {name}?").format(name=household.display_name)
        )
        first = next((p for p in household.members if not p.restricted), None)
        if first is not None:
            f.prefix_edit.setText(first.family_name_prefix or "")
            f.family_edit.setText(first.family_name)
        f.relation_combo.setCurrentIndex(f.relation_combo.findData("kind"))
        f.date_label.setText(self.tr("Hoort erbij &sinds"))
        self._hide_row(f.reason_label, f.reason_edit)
        f.bsn_edit.setPlaceholderText(self.tr("optioneel"))
        f.given_edit.setFocus()

    def submit(self) -> None:
        f = self.form
        data = MemberInput(
            given_names=f.given_edit.text(),
            family_name=f.family_edit.text(),
            family_name_prefix=f.prefix_edit.text() or None,
            birth_date=tidy_date(f.birth_edit.text()).strip(),
            relation=f.relation_combo.currentData(),
            bsn=f.bsn_edit.text().strip() or None,
            phone=f.phone_edit.text() or None,
            email=f.email_edit.text() or None,
        )
        ctx, hid, version = self.ctx, self.household.id, self.household.version
        joined = typed_day(f.date_edit)
        self.save(
            lambda: add_member(ctx, hid, data, joined_on=joined, expected_version=version),
            kind="household",
            household_id=hid,
        )


class CorrectionDialog(_MemberDialog):
    """Gegevens corrigeren, with a reason."""

    def __init__(self, section, member: MemberView) -> None:
        super().__init__(
            section, QCoreApplication.translate("MemberDialogs", "Gegevens corrigeren")
        )
        self.member = member
        f = self.form
        f.intro_label.setText(
            self.tr(
                "Verbeter wat niet klopt bij {name}. De oude waarde en de reden worden "
                "vastgelegd (AVG art. 16)."
            ).format(name=member.name)
        )
        f.given_edit.setText(member.given_names)
        f.prefix_edit.setText(member.family_name_prefix or "")
        f.family_edit.setText(member.family_name)
        f.birth_edit.setText(member.birth_date.strftime("%d-%m-%Y") if member.birth_date else "")
        self._show_age()
        f.relation_combo.setCurrentIndex(max(0, f.relation_combo.findData(member.relation)))
        f.phone_edit.setText(member.phone or "")
        f.email_edit.setText(member.email or "")
        f.bsn_edit.setPlaceholderText(
            self.tr("ongewijzigd ({masked})").format(masked=member.bsn_masked)
            if member.has_bsn
            else self.tr("geen; vul in om toe te voegen")
        )
        self._hide_row(f.date_label, f.date_edit)
        f.reason_edit.setFocus()

    def changes(self) -> dict:
        f, p = self.form, self.member
        typed = {
            "given_names": f.given_edit.text().strip(),
            "family_name_prefix": f.prefix_edit.text().strip() or None,
            "family_name": f.family_edit.text().strip(),
            "relation": f.relation_combo.currentData(),
            "phone": f.phone_edit.text().strip() or None,
            "email": f.email_edit.text().strip() or None,
        }
        out = {k: v for k, v in typed.items() if v != getattr(p, k)}
        born = tidy_date(f.birth_edit.text()).strip()
        if born != (p.birth_date.strftime("%d-%m-%Y") if p.birth_date else ""):
            out["birth_date"] = born
        if f.bsn_edit.text().strip():
            out["bsn"] = f.bsn_edit.text().strip()
        return out

    def submit(self) -> None:
        ctx, pid, version = self.ctx, self.member.id, self.member.version
        reason, changes = self.form.reason_edit.text(), self.changes()
        self.save(
            lambda: correct_person(ctx, pid, version, reason, **changes),
            kind="household",
            household_id=self.section.household_id,
        )
