"""The dialogs of the 18-/18+ section: one checklist item (status, who, by when, note) and
the perspectiefplan's leefgebieden with the risk assessment, the 18+ contact, the transfer
date and the verlengde jeugdhulp decision.

Rules:
- Both edit the concept only (the section offers them only there) and carry the version
  they started from: a change by someone else meanwhile is a conflict, nothing is
  overwritten, and "Opnieuw laden" reads the case file again.
- The statuses are the domain's (`ChecklistStatus`), shown as their stored word.
- Only what changed is sent; an emptied field is sent as empty.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from h4casus.domain.enums import ChecklistStatus
from h4casus.gui.forms import Form
from h4casus.gui.widgets.field_checks import tidy_date
from h4casus.gui.widgets.form_dialog import FormDialog
from h4casus.gui.widgets.words import choice_label, date_text
from h4casus.services.plan.perspectiefplan import (
    AREAS,
    ChecklistItemView,
    TransitionView,
    update_checklist_item,
    update_transition_plan,
)

EXTENDED_CHOICES = (
    (None, QT_TRANSLATE_NOOP("TransitionAreasDialog", "Nog niet besloten")),
    (True, QT_TRANSLATE_NOOP("TransitionAreasDialog", "Ja, besloten")),
    (False, QT_TRANSLATE_NOOP("TransitionAreasDialog", "Nee, niet nodig")),
)


class ChecklistItemForm(Form):
    ui_file = "checklist_item_dialog"
    item_label: QLabel
    status_combo: QComboBox
    responsible_edit: QLineEdit
    due_edit: QLineEdit
    note_edit: QLineEdit


class ChecklistItemDialog(FormDialog):
    def __init__(self, section, plan: TransitionView, item: ChecklistItemView) -> None:
        super().__init__(
            section.ops,
            QCoreApplication.translate("TransitionDialogs", "Punt van de checklist"),
            section.window(),
        )
        self.section = section
        self.item = item
        body = QWidget()
        self.form = f = ChecklistItemForm(body)
        f.item_label.setText(f"{item.name} — {plan.person_name}")
        for status in ChecklistStatus:
            f.status_combo.addItem(choice_label(status.value), status.value)
        f.status_combo.setCurrentIndex(max(0, f.status_combo.findData(item.status)))
        f.responsible_edit.setText(item.responsible or "")
        f.due_edit.setText(date_text(item.due_date))
        f.note_edit.setText(item.note or "")
        for widget, name in (
            (f.status_combo, self.tr("Status")),
            (f.responsible_edit, self.tr("Verantwoordelijke")),
            (f.due_edit, self.tr("Streefdatum")),
            (f.note_edit, self.tr("Toelichting")),
        ):
            widget.setAccessibleName(name)
        self.fields = {
            "status": f.status_combo,
            "verantwoordelijke": f.responsible_edit,
            "streefdatum": f.due_edit,
            "toelichting": f.note_edit,
        }
        self.set_body(body)
        self.resize(560, self.sizeHint().height())
        f.status_combo.setFocus()

    def submit(self) -> None:
        f, ctx, item = self.form, self.section.ctx, self.item
        status = f.status_combo.currentData()
        responsible = f.responsible_edit.text().strip()
        due = tidy_date(f.due_edit.text()).strip()
        note = f.note_edit.text().strip()
        self.save(
            lambda: update_checklist_item(
                ctx,
                item.id,
                item.version,
                status=status,
                responsible=responsible,
                due_date=due,
                note=note,
            ),
            kind="plan",
            household_id=self.section.household_id,
        )

    def reload(self) -> None:
        self.section.screen.refresh()
        self.reject()


class TransitionAreasForm(Form):
    ui_file = "transition_areas_dialog"
    wonen_edit: QLineEdit
    school_edit: QLineEdit
    werk_edit: QLineEdit
    inkomen_edit: QLineEdit
    zorg_edit: QLineEdit
    veiligheid_edit: QLineEdit
    relaties_edit: QLineEdit
    vrije_tijd_edit: QLineEdit
    risk_edit: QLineEdit
    contact_edit: QLineEdit
    transfer_edit: QLineEdit
    extended_combo: QComboBox


class TransitionAreasDialog(FormDialog):
    def __init__(self, section, plan: TransitionView, area_names: dict[str, str]) -> None:
        super().__init__(
            section.ops,
            QCoreApplication.translate("TransitionDialogs", "Perspectiefplan van {name}").format(
                name=plan.person_name
            ),
            section.window(),
        )
        self.section = section
        self.plan = plan
        body = QWidget()
        self.form = f = TransitionAreasForm(body)
        self.edits: dict[str, QLineEdit] = {a: getattr(f, f"{a}_edit") for a in AREAS}
        for area, edit in self.edits.items():
            edit.setText(plan.areas.get(area) or "")
            edit.setAccessibleName(area_names.get(area, area))
        f.risk_edit.setText(plan.risk_assessment or "")
        f.contact_edit.setText(plan.contact_18plus or "")
        f.transfer_edit.setText(date_text(plan.transfer_date))
        for value, label in EXTENDED_CHOICES:
            f.extended_combo.addItem(self.tr(label), value)
        f.extended_combo.setCurrentIndex(
            next(
                i
                for i, (v, _) in enumerate(EXTENDED_CHOICES)
                if v is plan.extended_youth_care_decided
            )
        )
        for widget, name in (
            (f.risk_edit, self.tr("Risico-inschatting")),
            (f.contact_edit, self.tr("Contactpersoon 18+")),
            (f.transfer_edit, self.tr("Overdrachtsdatum")),
            (f.extended_combo, self.tr("Verlengde jeugdhulp")),
        ):
            widget.setAccessibleName(name)
        self.fields = {
            **self.edits,
            "risico-inschatting": f.risk_edit,
            "contactpersoon 18+": f.contact_edit,
            "overdrachtsdatum": f.transfer_edit,
            "verlengde jeugdhulp": f.extended_combo,
        }
        self.set_body(body)
        self.resize(640, self.sizeHint().height())
        f.wonen_edit.setFocus()

    def changes(self) -> dict:
        f, plan = self.form, self.plan
        out: dict = {}
        for area, edit in self.edits.items():
            if edit.text().strip() != (plan.areas.get(area) or ""):
                out[area] = edit.text().strip()
        if f.risk_edit.text().strip() != (plan.risk_assessment or ""):
            out["risk_assessment"] = f.risk_edit.text().strip()
        if f.contact_edit.text().strip() != (plan.contact_18plus or ""):
            out["contact_18plus"] = f.contact_edit.text().strip()
        transfer = tidy_date(f.transfer_edit.text()).strip()
        if transfer != date_text(plan.transfer_date):
            out["transfer_date"] = transfer or None
        extended = f.extended_combo.currentData()
        if extended is not plan.extended_youth_care_decided:
            out["extended_youth_care_decided"] = extended
        return out

    def submit(self) -> None:
        ctx, plan, changes = self.section.ctx, self.plan, self.changes()
        if not changes:
            self.reject()
            return
        self.save(
            lambda: update_transition_plan(ctx, plan.id, plan.version, **changes),
            kind="plan",
            household_id=self.section.household_id,
        )

    def reload(self) -> None:
        self.section.screen.refresh()
        self.reject()
