"""The dialog for one network member: informal (name, relation, circle, what they can do) or
formal (organisation, partner type, contact person, role, leefgebied), for the household or
one member, with contact details and since/until.

Rules:
- The kind is chosen by the button that opened the dialog and does not change; the rows of
  the other kind are hidden.
- A new professional offers the fixed partners the household does not have yet (with
  children: jeugdgezondheidszorg, school, huisarts) first in the partner-type list and names
  them in the note; nothing is created until the user saves.
- The services validate; wrong fields are marked (FormDialog). A change sends the version it
  was read at: a save over someone else's change is a conflict, nothing is overwritten.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from h4casus.domain.enums import InformalCircle, NetworkKind, PartnerType
from h4casus.domain.network import CIRCLE_LABELS, PARTNER_TYPE_LABELS, suggested_partners
from h4casus.gui.forms import Form
from h4casus.gui.screens.casefile.sections.plan.choices import select_data
from h4casus.gui.widgets.form_dialog import FormDialog
from h4casus.gui.widgets.words import date_text, word
from h4casus.services.casework.network import NetworkContactView, add_contact, update_contact
from h4casus.services.queries.casefile import CaseFile


class NetworkContactForm(Form):
    ui_file = "network_contact_dialog"
    note_label: QLabel
    organisation_label: QLabel
    organisation_edit: QLineEdit
    partner_type_label: QLabel
    partner_type_combo: QComboBox
    name_label: QLabel
    name_edit: QLineEdit
    relation_label: QLabel
    relation_edit: QLineEdit
    circle_label: QLabel
    circle_combo: QComboBox
    role_label: QLabel
    role_edit: QLineEdit
    can_do_label: QLabel
    can_do_edit: QPlainTextEdit
    leefgebied_label: QLabel
    leefgebied_combo: QComboBox
    member_combo: QComboBox
    phone_edit: QLineEdit
    email_edit: QLineEdit
    since_edit: QLineEdit
    until_label: QLabel
    until_edit: QLineEdit


def has_children(cf: CaseFile) -> bool:
    return any(mv.relation == "kind" or (mv.age is not None and mv.age < 18) for mv in cf.members)


def offered_partners(cf: CaseFile) -> tuple[PartnerType, ...]:
    present = [c.partner_type for c in cf.network if c.active and c.kind == "formeel"]
    return suggested_partners(has_children(cf), present)


class ContactDialog(FormDialog):
    def __init__(
        self,
        section,
        casefile: CaseFile,
        *,
        kind: str,
        contact: NetworkContactView | None = None,
    ) -> None:
        informal = kind == NetworkKind.INFORMEEL.value
        if contact is None:
            title = (
                QCoreApplication.translate(
                    "NetworkContactDialog", "Iemand uit het eigen netwerk toevoegen"
                )
                if informal
                else QCoreApplication.translate("NetworkContactDialog", "Professional toevoegen")
            )
        else:
            title = QCoreApplication.translate("NetworkContactDialog", "Netwerklid wijzigen")
        super().__init__(section.ops, title, section.window())
        self.section, self.kind, self.contact = section, kind, contact
        body = QWidget()
        self.form = f = NetworkContactForm(body)
        offered = offered_partners(casefile) if not informal and contact is None else ()
        for pt in [*offered, *(p for p in PartnerType if p not in offered)]:
            f.partner_type_combo.addItem(word(PARTNER_TYPE_LABELS[pt.value]), pt.value)
        if offered:
            f.partner_type_combo.insertSeparator(len(offered))
            f.note_label.setText(
                self.tr("Vaste partners bij kinderen, nog niet vastgelegd: {names}.").format(
                    names=", ".join(word(PARTNER_TYPE_LABELS[p.value]) for p in offered)
                )
            )
        else:
            f.note_label.hide()
        for circle in InformalCircle:
            f.circle_combo.addItem(word(CIRCLE_LABELS[circle.value]), circle.value)
        f.leefgebied_combo.addItem(self.tr("(geen)"), None)
        for lg in casefile.leefgebieden:
            if lg.active:
                f.leefgebied_combo.addItem(lg.name, lg.code)
        f.member_combo.addItem(self.tr("Het hele huishouden"), None)
        for mv in casefile.members:
            if not mv.restricted:
                f.member_combo.addItem(mv.name, mv.id)
        layout = f.root.findChild(QFormLayout, "form")
        rows_informal = (f.relation_edit, f.circle_combo, f.can_do_edit)
        rows_formal = (
            f.organisation_edit,
            f.partner_type_combo,
            f.role_edit,
            f.leefgebied_combo,
            f.until_edit,
        )
        for w in rows_formal if informal else rows_informal:
            layout.setRowVisible(w, False)
        if informal:
            layout.setRowVisible(f.until_edit, False)
        f.name_label.setText(self.tr("&Naam:") if informal else self.tr("&Contactpersoon:"))
        names = {
            f.organisation_edit: self.tr("Organisatie"),
            f.partner_type_combo: self.tr("Soort partner"),
            f.name_edit: self.tr("Naam") if informal else self.tr("Contactpersoon"),
            f.relation_edit: self.tr("Relatie"),
            f.circle_combo: self.tr("Kring"),
            f.role_edit: self.tr("Rol"),
            f.can_do_edit: self.tr("Wat kan hij of zij doen"),
            f.leefgebied_combo: self.tr("Leefgebied"),
            f.member_combo: self.tr("Voor wie"),
            f.phone_edit: self.tr("Telefoon"),
            f.email_edit: self.tr("E-mail"),
            f.since_edit: self.tr("Sinds"),
            f.until_edit: self.tr("Tot"),
        }
        for w, name in names.items():
            w.setAccessibleName(name)
        self.fields = {
            "organisatie": f.organisation_edit,
            "soort partner": f.partner_type_combo,
            "naam": f.name_edit,
            "contactpersoon": f.name_edit,
            "relatie": f.relation_edit,
            "kring": f.circle_combo,
            "rol": f.role_edit,
            "wat kan": f.can_do_edit,
            "leefgebied": f.leefgebied_combo,
            "gezinslid": f.member_combo,
            "telefoon": f.phone_edit,
            "e-mail": f.email_edit,
            "sinds": f.since_edit,
            "tot": f.until_edit,
        }
        if contact is not None:
            self._fill(contact)
        self.set_body(body)
        self.resize(600, 480 if not informal else 420)
        (f.name_edit if informal else f.organisation_edit).setFocus()

    def _fill(self, c: NetworkContactView) -> None:
        f = self.form
        f.organisation_edit.setText(c.organisation or "")
        select_data(f.partner_type_combo, c.partner_type)
        f.name_edit.setText(c.contact_name)
        f.relation_edit.setText(c.relation or "")
        select_data(f.circle_combo, c.circle)
        f.role_edit.setText(c.role or "")
        f.can_do_edit.setPlainText(c.can_do or "")
        select_data(f.leefgebied_combo, c.leefgebied_code)
        select_data(f.member_combo, c.person_id)
        f.phone_edit.setText(c.phone or "")
        f.email_edit.setText(c.email or "")
        f.since_edit.setText(date_text(c.since))
        f.until_edit.setText(date_text(c.until))

    def values(self) -> dict:
        f = self.form
        informal = self.kind == NetworkKind.INFORMEEL.value
        data = {
            "contact_name": f.name_edit.text(),
            "person_id": f.member_combo.currentData(),
            "phone": f.phone_edit.text(),
            "email": f.email_edit.text(),
            "since": f.since_edit.text().strip() or None,
        }
        if informal:
            data |= {
                "relation": f.relation_edit.text(),
                "circle": f.circle_combo.currentData(),
                "can_do": f.can_do_edit.toPlainText(),
            }
        else:
            data |= {
                "organisation": f.organisation_edit.text(),
                "partner_type": f.partner_type_combo.currentData(),
                "role": f.role_edit.text(),
                "leefgebied_code": f.leefgebied_combo.currentData(),
                "until": f.until_edit.text().strip() or None,
            }
        return data

    def submit(self) -> None:
        ctx, hid = self.section.ctx, self.section.household_id
        data = self.values()
        if self.contact is None:
            kind = self.kind
            self.save(
                lambda: add_contact(ctx, hid, kind=kind, **data), kind="network", household_id=hid
            )
            return
        cid, version = self.contact.id, self.contact.version
        self.save(
            lambda: update_contact(ctx, cid, version, **data), kind="network", household_id=hid
        )
