"""Eigen regie from the Overzicht (Ctrl+Shift+I): record that the household or its network
holds regie, or end it.

Rules:
- Starting asks who (a member of the household, or someone of the network by name), their
  relation, from when and why; the regisseur shown in the file stays the contact that answers
  for it (the services keep the one-regisseur rule). Ending asks when and why.
- Both save through `FormDialog` (every field error at once, at its field); the relation is
  free text with the usual ones under the arrow keys.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from h4casus.gui.forms import Form
from h4casus.gui.screens.casefile.sections.status_dialogs import _ReasonDialog
from h4casus.gui.widgets.field_checks import date_field, typed_day
from h4casus.gui.widgets.form_dialog import FormDialog
from h4casus.services.casework import eigen_regie
from h4casus.services.casework.eigen_regie import EigenRegieView
from h4casus.services.queries.casefile import CaseFile

RELATIONS = (
    QT_TRANSLATE_NOOP("StartEigenRegieDialog", "zelf"),
    QT_TRANSLATE_NOOP("StartEigenRegieDialog", "ouder"),
    QT_TRANSLATE_NOOP("StartEigenRegieDialog", "partner"),
    QT_TRANSLATE_NOOP("StartEigenRegieDialog", "kind"),
    QT_TRANSLATE_NOOP("StartEigenRegieDialog", "familie"),
    QT_TRANSLATE_NOOP("StartEigenRegieDialog", "vriend(in)"),
    QT_TRANSLATE_NOOP("StartEigenRegieDialog", "buren"),
    QT_TRANSLATE_NOOP("StartEigenRegieDialog", "kerk of club"),
)
END_REASONS = (
    QT_TRANSLATE_NOOP("_ReasonDialog", "Het huishouden vraagt de regie terug aan het wijkteam"),
    QT_TRANSLATE_NOOP("_ReasonDialog", "Eigen regie lukt niet meer"),
    QT_TRANSLATE_NOOP("_ReasonDialog", "Doelen behaald"),
)


class EigenRegieForm(Form):
    ui_file = "eigen_regie_dialog"
    intro_label: QLabel
    member_combo: QComboBox
    name_edit: QLineEdit
    relation_combo: QComboBox
    date_edit: QLineEdit
    reason_edit: QLineEdit


class StartEigenRegieDialog(FormDialog):
    """Eigen regie vastleggen."""

    def __init__(self, section, cf: CaseFile) -> None:
        super().__init__(
            section.ops,
            QCoreApplication.translate("EigenRegieDialogs", "Eigen regie vastleggen"),
            section.window(),
        )
        self.section = section
        self.ctx = section.ctx
        hh = cf.household
        body = QWidget()
        self.form = f = EigenRegieForm(body)
        f.intro_label.setText(
            self.tr(
                "Wie uit {name} of het eigen netwerk voert de regie? {regisseur} blijft "
                "contactpersoon namens het wijkteam en regisseur in het dossier."
            ).format(name=hh.display_name, regisseur=hh.regisseur or self.tr("De regisseur"))
        )
        f.member_combo.addItem(self.tr("Iemand uit het netwerk (naam hieronder)"), None)
        for p in hh.members:
            if not p.restricted:
                f.member_combo.addItem(p.name, p.id)
        f.relation_combo.addItems([self.tr(r) for r in RELATIONS])
        f.relation_combo.setCurrentIndex(-1)
        f.relation_combo.setCompleter(None)
        f.relation_combo.lineEdit().setPlaceholderText(self.tr("Kies of typ de relatie"))
        self.date_check = date_field(f.date_edit, self.ctx.clock.today())
        f.member_combo.currentIndexChanged.connect(self._member_chosen)
        for widget, name in (
            (f.member_combo, self.tr("Wie voert de regie")),
            (f.name_edit, self.tr("Naam")),
            (f.relation_combo, self.tr("Relatie")),
            (f.date_edit, self.tr("Vanaf")),
            (f.reason_edit, self.tr("Reden")),
        ):
            widget.setAccessibleName(name)
        self.fields = {
            "gezinslid": f.member_combo,
            "naam": f.name_edit,
            "relatie": f.relation_combo,
            "startdatum": f.date_edit,
            "reden": f.reason_edit,
        }
        self.set_body(body)
        self.layout().activate()
        self.resize(max(540, self.sizeHint().width()), self.sizeHint().height())
        f.member_combo.setFocus()

    def _member_chosen(self) -> None:
        """A member holds it: their name is known (the field may stay empty)."""
        f = self.form
        member = f.member_combo.currentData() is not None
        f.name_edit.setPlaceholderText(
            self.tr("Leeg: de naam van het gezinslid")
            if member
            else self.tr("Naam van wie de regie voert")
        )
        if member and not f.relation_combo.currentText():
            f.relation_combo.setEditText(self.tr("zelf"))

    def submit(self) -> None:
        f = self.form
        ctx, hid = self.ctx, self.section.household_id
        person, name = f.member_combo.currentData(), f.name_edit.text()
        relation, reason, when = f.relation_combo.currentText(), f.reason_edit.text(), None
        when = typed_day(f.date_edit)
        self.save(
            lambda: eigen_regie.start_eigen_regie(
                ctx, hid, name, relation, reason, started_on=when, person_id=person
            ),
            kind="regie",
            household_id=hid,
        )


class EndEigenRegieDialog(_ReasonDialog):
    """Eigen regie beëindigen."""

    def __init__(self, section, period: EigenRegieView) -> None:
        super().__init__(
            section,
            QCoreApplication.translate("EigenRegieDialogs", "Eigen regie beëindigen"),
            END_REASONS,
            QCoreApplication.translate(
                "EigenRegieDialogs",
                "{holder} ({relation}) voert sinds {since} de regie. Vanaf wanneer neemt de "
                "regisseur die weer op, en waarom?",
            ).format(
                holder=period.holder_name,
                relation=period.holder_relation,
                since=period.started_on.strftime("%d-%m-%Y"),
            ),
        )
        self.period = period
        f = self.form
        self.hide_row(f.member_label, f.member_combo)
        self.fields = {"einddatum": f.date_edit, "reden": f.reason_combo}
        self.save_button.setText(self.tr("&Beëindigen"))
        self.fit()
        f.reason_combo.setFocus()

    def submit(self) -> None:
        ctx, hid, version = self.ctx, self.section.household_id, self.period.version
        when, reason = typed_day(self.form.date_edit), self.reason
        self.save(
            lambda: eigen_regie.end_eigen_regie(
                ctx, hid, reason, ended_on=when, expected_version=version
            ),
            kind="regie",
            household_id=hid,
        )
