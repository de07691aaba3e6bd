"""Adres wijzigen (Ctrl+Shift+W in the case file): a move or a corrected address.

Rules:
- The form starts from the address as the case file read it, with its version; only the
  fields that changed are sent (`household_edits.update_household`).
- A new postcode fills the street and place again from what the database knows (the old
  values came from the file, not from the user's typing, so they may be replaced).
- When someone else saved the household meanwhile, nothing is overwritten: "Opnieuw laden"
  starts again from what is stored now; "Vergelijken" shows both addresses and brings the
  fields the user did not touch up to date, so a second save applies only their own change.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from h4casus.gui.forms import Form
from h4casus.gui.widgets.address_fields import AUTO, AddressAssist
from h4casus.gui.widgets.form_dialog import FormDialog, mark_invalid
from h4casus.services.casework.household_edits import update_household
from h4casus.services.casework.households import HouseholdView, get_household

# service field -> (form attribute, the name in the service's messages)
FIELDS = {
    "postcode": ("postcode_edit", "postcode"),
    "house_number": ("number_edit", "huisnummer"),
    "house_number_suffix": ("suffix_edit", "toevoeging"),
    "street": ("street_edit", "straat"),
    "city": ("city_edit", "plaats"),
    "gemeente": ("gemeente_edit", "gemeente"),
    "wijk": ("wijk_edit", "wijk"),
}
# the name in the service's messages -> the field's accessible name
ACCESSIBLE_NAMES = {
    "postcode": QT_TRANSLATE_NOOP("AddressDialog", "Postcode"),
    "huisnummer": QT_TRANSLATE_NOOP("AddressDialog", "Huisnummer"),
    "toevoeging": QT_TRANSLATE_NOOP("AddressDialog", "Toevoeging"),
    "straat": QT_TRANSLATE_NOOP("AddressDialog", "Straat"),
    "plaats": QT_TRANSLATE_NOOP("AddressDialog", "Plaats"),
    "gemeente": QT_TRANSLATE_NOOP("AddressDialog", "Gemeente"),
    "wijk": QT_TRANSLATE_NOOP("AddressDialog", "Wijk"),
}


class AddressForm(Form):
    ui_file = "address_dialog"
    postcode_edit: QLineEdit
    number_edit: QLineEdit
    suffix_edit: QLineEdit
    street_edit: QLineEdit
    city_edit: QLineEdit
    gemeente_edit: QLineEdit
    wijk_edit: QLineEdit
    hint_label: QLabel


def _stored(hh: HouseholdView, key: str) -> str:
    value = getattr(hh, key)
    return "" if value is None else str(value)


class AddressDialog(FormDialog):
    def __init__(self, section, household: HouseholdView) -> None:
        super().__init__(
            section.ops,
            QCoreApplication.translate("AddressDialog", "Adres wijzigen"),
            section.window(),
        )
        self.section = section
        self.ctx = section.ctx
        body = QWidget()
        self.form = f = AddressForm(body)
        for attribute, label in FIELDS.values():
            edit = getattr(f, attribute)
            edit.setAccessibleName(self.tr(ACCESSIBLE_NAMES[label]))
            self.fields[label] = edit
        self.assist = AddressAssist(
            self.ctx,
            self.ops,
            postcode=f.postcode_edit,
            street=f.street_edit,
            city=f.city_edit,
            gemeente=f.gemeente_edit,
            wijk=f.wijk_edit,
        )
        f.hint_label.setText(
            self.tr("Een nieuwe postcode vult straat en plaats in waar die bekend zijn.")
        )
        self.fill(household)
        self.set_body(body)
        self.resize(560, 330)
        f.postcode_edit.setFocus()
        f.postcode_edit.selectAll()

    def fill(self, household: HouseholdView) -> None:
        """Show `household`'s stored address and remember its version."""
        self.household = household
        for key, (attribute, _label) in FIELDS.items():
            edit = getattr(self.form, attribute)
            edit.setText(_stored(household, key))
            edit.setProperty(AUTO, key != "postcode")  # a new postcode may refill these
            mark_invalid(edit, None)

    def changes(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for key, (attribute, _label) in FIELDS.items():
            typed = getattr(self.form, attribute).text().strip()
            if typed != _stored(self.household, key):
                out[key] = typed or None
        return out

    def submit(self) -> None:
        changes = self.changes()
        if not changes:
            self.reject()  # nothing changed: nothing to save
            return
        ctx, hid, version = self.ctx, self.household.id, self.household.version
        self.save(
            lambda: update_household(ctx, hid, version, **changes),
            kind="household",
            household_id=hid,
        )

    # ------------------------------------------------------------------ conflicts

    def _read(self, then) -> None:
        ctx, hid = self.ctx, self.household.id
        self.ops.query(self, lambda: get_household(ctx, hid), then, self._failed)

    def reload(self) -> None:
        self._read(self._reloaded)

    def _reloaded(self, household: HouseholdView) -> None:
        self.fill(household)
        self.message.show_message(
            self.tr("Opnieuw geladen: dit is het adres zoals het nu is opgeslagen."), "ok"
        )
        self.form.postcode_edit.setFocus()

    def can_compare(self) -> bool:
        return True

    def compare(self) -> None:
        mine = self._typed_address()
        self._read(lambda stored: self._compared(stored, mine))

    def _typed_address(self) -> str:
        f = self.form
        suffix = f" {f.suffix_edit.text().strip()}" if f.suffix_edit.text().strip() else ""
        return (
            f"{f.street_edit.text().strip()} {f.number_edit.text().strip()}{suffix}, "
            f"{f.postcode_edit.text().strip()} {f.city_edit.text().strip()}"
        )

    def _compared(self, stored: HouseholdView, mine: str) -> None:
        """Both addresses in words; the fields the user did not touch take the stored value,
        the ones they changed keep it, and a save goes on from the stored version."""
        started = self.household
        for key, (attribute, _label) in FIELDS.items():
            edit = getattr(self.form, attribute)
            if edit.text().strip() == _stored(started, key):
                edit.setText(_stored(stored, key))
        self.household = stored
        self.message.show_message(
            self.tr(
                "Nu opgeslagen: {stored}\nUw invoer: {mine}\nWat u niet wijzigde is "
                "bijgewerkt naar wat nu is opgeslagen; sla op om uw wijziging toe te passen."
            ).format(stored=stored.address, mine=mine),
            "warning",
        )
