"""Dialogs of consent: record a consent or refusal, withdraw one, and share the partner version
of the plan.

Rules:
- Recording: the member chosen shows the age rule for them today ("12 tot 16 jaar: kind en
  ouders samen"); "Namens" starts on whoever the rule still misses. The scope is every
  partner, a type of partner, or one professional of the network; the parts are the plan,
  contact details, and/or chosen leefgebieden. The services check the rule and refuse a
  decider it does not name, at the field.
- Withdrawing keeps the record and dates its end; from that day sharing stops.
- Sharing: the partner is chosen from the household's active professionals (or a type); the
  services check consent and refuse with whose consent is missing, shown in the dialog; the
  PDF is made on the CPU lane and written atomically; the export is logged by the services.
  "Voorbeeld" opens the same document in the desktop's print preview (print or save there;
  a refusal is shown in place of the pages).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from h4casus.domain.consent import LG_PREFIX, PART_CONTACT, PART_PLAN, Decider
from h4casus.domain.enums import PartnerType
from h4casus.domain.network import PARTNER_TYPE_LABELS
from h4casus.gui.errors import error_text
from h4casus.gui.forms import Form
from h4casus.gui.printing.entry import preview_report
from h4casus.gui.printing.kinds import ReportJob, renderer
from h4casus.gui.screens.casefile.sections.plan.choices import select_data
from h4casus.gui.widgets.form_dialog import FormDialog
from h4casus.gui.widgets.words import date_text, word
from h4casus.reports.output import write_pdf
from h4casus.services.casework.consent import ConsentView, record_consent, withdraw_consent
from h4casus.services.queries.casefile import CaseFile
from h4casus.services.queries.partner_plan import partner_plan
from h4casus.services.queries.printing import EXPORT

DECIDER_WORDS = {
    Decider.ZELF.value: QT_TRANSLATE_NOOP("ConsentDialog", "Het gezinslid zelf"),
    Decider.OUDERS.value: QT_TRANSLATE_NOOP("ConsentDialog", "De ouders/verzorgers"),
}

render_partner_plan = renderer("partner_plan")  # reportlab on first use


class ConsentForm(Form):
    ui_file = "consent_dialog"
    rule_label: QLabel
    person_combo: QComboBox
    decider_combo: QComboBox
    given_combo: QComboBox
    given_by_edit: QLineEdit
    date_edit: QLineEdit
    partner_combo: QComboBox
    plan_check: QCheckBox
    contact_check: QCheckBox
    leefgebieden_list: QListWidget
    note_edit: QLineEdit


def fill_partners(combo: QComboBox, cf: CaseFile, *, everyone: bool) -> None:
    """Scope choices: every partner, each active professional, then each partner type."""
    combo.clear()
    if everyone:
        combo.addItem(
            QCoreApplication.translate("ConsentDialogs", "Alle betrokken partners"), ("all", None)
        )
    for c in cf.network:
        if c.active and not c.informal:
            combo.addItem(c.label, ("contact", c.id))
    combo.insertSeparator(combo.count())
    for pt in PartnerType:
        combo.addItem(
            QCoreApplication.translate("ConsentDialogs", "Elke {type}").format(
                type=word(PARTNER_TYPE_LABELS[pt.value]).lower()
            ),
            ("type", pt.value),
        )


class ConsentDialog(FormDialog):
    def __init__(self, section, casefile: CaseFile) -> None:
        super().__init__(
            section.ops,
            QCoreApplication.translate("ConsentDialogs", "Toestemming vastleggen"),
            section.window(),
        )
        self.section, self.casefile = section, casefile
        body = QWidget()
        self.form = f = ConsentForm(body)
        self.needs = {n.person_id: n for n in casefile.consent_needs}
        for mv in casefile.members:
            if not mv.restricted:
                f.person_combo.addItem(mv.name, mv.id)
        for value, label in DECIDER_WORDS.items():
            f.decider_combo.addItem(self.tr(label), value)
        f.given_combo.addItem(self.tr("Toestemming gegeven"), True)
        f.given_combo.addItem(self.tr("Geweigerd"), False)
        f.date_edit.setText(date_text(section.ctx.clock.today()))
        fill_partners(f.partner_combo, casefile, everyone=True)
        f.plan_check.setChecked(True)
        for lg in casefile.leefgebieden:
            if lg.active:
                item = QListWidgetItem(lg.name)
                item.setData(Qt.ItemDataRole.UserRole, lg.code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                f.leefgebieden_list.addItem(item)
        for w, name in (
            (f.person_combo, self.tr("Over wie")),
            (f.decider_combo, self.tr("Namens wie")),
            (f.given_combo, self.tr("Besluit")),
            (f.given_by_edit, self.tr("Gegeven door")),
            (f.date_edit, self.tr("Datum")),
            (f.partner_combo, self.tr("Aan welke partner")),
            (f.plan_check, self.tr("Het plan delen")),
            (f.contact_check, self.tr("Contactgegevens delen")),
            (f.leefgebieden_list, self.tr("Alleen over deze leefgebieden")),
            (f.note_edit, self.tr("Toelichting")),
        ):
            w.setAccessibleName(name)
        f.person_combo.currentIndexChanged.connect(self._person_changed)
        first_missing = next((n for n in casefile.consent_needs if n.missing), None)
        if first_missing is not None:
            select_data(f.person_combo, first_missing.person_id)
        self._person_changed()
        self.fields = {
            "gezinslid": f.person_combo,
            "namens": f.decider_combo,
            "gegeven door": f.given_by_edit,
            "datum": f.date_edit,
            "partner": f.partner_combo,
            "soort partner": f.partner_combo,
            "onderdelen": f.plan_check,
            "toelichting": f.note_edit,
        }
        self.set_body(body)
        self.resize(620, 560)
        f.person_combo.setFocus()

    def _person_changed(self, *_args) -> None:
        f = self.form
        need = self.needs.get(f.person_combo.currentData())
        if need is None:
            f.rule_label.hide()
            return
        text = self.tr("{name}: {rule}.").format(name=need.name, rule=need.rule)
        if need.missing:
            who = [self.tr(DECIDER_WORDS[d]).lower() for d in need.missing]
            text += " " + self.tr("Nog nodig: {who}.").format(who=" en ".join(who))
            select_data(f.decider_combo, need.missing[0])
        else:
            select_data(f.decider_combo, need.deciders[0])
        f.rule_label.setText(text)
        f.rule_label.show()

    def parts(self) -> list[str]:
        f = self.form
        out = [PART_PLAN] if f.plan_check.isChecked() else []
        if f.contact_check.isChecked():
            out.append(PART_CONTACT)
        for i in range(f.leefgebieden_list.count()):
            item = f.leefgebieden_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(LG_PREFIX + item.data(Qt.ItemDataRole.UserRole))
        return out

    def submit(self) -> None:
        f, section = self.form, self.section
        ctx, hid = section.ctx, section.household_id
        scope, value = f.partner_combo.currentData() or ("all", None)
        values = {
            "given": bool(f.given_combo.currentData()),
            "given_by": f.given_by_edit.text(),
            "given_on": f.date_edit.text().strip() or None,
            "person_id": f.person_combo.currentData(),
            "decider": f.decider_combo.currentData(),
            "partner_type": value if scope == "type" else None,
            "network_contact_id": value if scope == "contact" else None,
            "parts": self.parts(),
            "scope": f.note_edit.text(),
        }
        self.save(lambda: record_consent(ctx, hid, **values), kind="consent", household_id=hid)


class WithdrawForm(Form):
    ui_file = "withdraw_dialog"
    summary_label: QLabel
    by_edit: QLineEdit
    date_edit: QLineEdit


class WithdrawDialog(FormDialog):
    def __init__(self, section, consent: ConsentView, summary: str) -> None:
        super().__init__(
            section.ops,
            QCoreApplication.translate("ConsentDialogs", "Toestemming intrekken"),
            section.window(),
        )
        self.section, self.consent = section, consent
        body = QWidget()
        self.form = f = WithdrawForm(body)
        f.summary_label.setText(
            summary + "\n" + self.tr("Vanaf de datum hieronder wordt er niets meer gedeeld.")
        )
        f.date_edit.setText(date_text(section.ctx.clock.today()))
        f.by_edit.setAccessibleName(self.tr("Ingetrokken door"))
        f.date_edit.setAccessibleName(self.tr("Datum van intrekken"))
        self.fields = {"ingetrokken door": f.by_edit, "datum": f.date_edit}
        self.set_body(body)
        self.save_button.setText(self.tr("&Intrekken"))
        self.resize(520, 220)
        f.by_edit.setFocus()

    def submit(self) -> None:
        f, section, c = self.form, self.section, self.consent
        ctx, hid = section.ctx, section.household_id
        by, on = f.by_edit.text(), f.date_edit.text().strip() or None
        self.save(
            lambda: withdraw_consent(
                ctx, c.id, withdrawn_by=by, withdrawn_on=on, expected_version=c.version
            ),
            kind="consent",
            household_id=hid,
        )


class ShareForm(Form):
    ui_file = "share_dialog"
    consent_label: QLabel
    partner_combo: QComboBox
    path_edit: QLineEdit


class ShareDialog(FormDialog):
    """Partnerversie: choose the partner and the file; the services decide about consent."""

    def __init__(self, section, casefile: CaseFile, folder: Path) -> None:
        super().__init__(
            section.ops,
            QCoreApplication.translate("ConsentDialogs", "Partnerversie van het plan"),
            section.window(),
        )
        self.section, self.casefile, self.folder = section, casefile, folder
        body = QWidget()
        self.form = f = ShareForm(body)
        fill_partners(f.partner_combo, casefile, everyone=False)
        f.consent_label.setText(
            self.tr(
                "Alleen doelen, acties en wie ze doet — geen problemen per gezinslid, geen "
                "journaal, geen BSN. Dit kan alleen met toestemming van iedereen die volgens "
                "de leeftijdsregel moet instemmen; het delen wordt vastgelegd in het logboek."
            )
        )
        f.partner_combo.setAccessibleName(self.tr("Partner"))
        f.path_edit.setAccessibleName(self.tr("Opslaan als (bestand)"))
        f.partner_combo.currentIndexChanged.connect(self._suggest_path)
        self._suggest_path()
        self.fields = {"partner": f.partner_combo, "uitvoer": f.path_edit}
        self.set_body(body)
        self.save_button.setText(self.tr("&Delen als PDF"))
        self.preview_button = self.buttons.addButton(
            self.tr("&Voorbeeld…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.preview_button.setAccessibleName(self.tr("Voorbeeld van de partnerversie"))
        self.preview_button.clicked.connect(self.preview)
        self.resize(620, 260)
        f.partner_combo.setFocus()

    def _suggest_path(self, *_args) -> None:
        f = self.form
        name = f.partner_combo.currentText().split(" (")[0].strip().lower()
        safe = "".join(ch if ch.isalnum() else "-" for ch in name).strip("-") or "partner"
        case = self.casefile.household.case_number
        f.path_edit.setText(str(self.folder / f"plan-{case}-{safe}.pdf"))

    def job(self) -> ReportJob:
        ctx, hid, partner = self.section.ctx, self.section.household_id, self.partner_argument()
        return ReportJob(
            self.tr("Plan — partnerversie"),
            lambda event: partner_plan(ctx, hid, partner, event=event),
            render_partner_plan,
            lambda data: f"Plan partnerversie {data.partner}",
        )

    def preview(self):
        """The partner version in the print preview (consent is checked when it is read)."""
        shown = preview_report(self.section.window(), self.ops, self.section.ctx, self.job())
        self.accept()
        return shown

    def partner_argument(self) -> str:
        scope, value = self.form.partner_combo.currentData() or ("type", "anders")
        return str(value)

    def submit(self) -> None:
        ctx, hid = self.section.ctx, self.section.household_id
        partner, target = self.partner_argument(), Path(self.form.path_edit.text().strip())
        db_path = ctx.vault.path
        self.message.hide()
        self._busy(True)

        def make(data) -> None:
            self.ops.cpu(
                self,
                lambda: write_pdf(render_partner_plan(data), target, db_path),
                self._saved,
                self._failed,
            )

        self.ops.query(
            self, lambda: partner_plan(ctx, hid, partner, event=EXPORT), make, self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.message.show_message(error_text(exc), "error")
