"""Nieuw huishouden (Ctrl+N): address, members, the aanmelding, the safety question, team and
regisseur — by keyboard alone, saved in one unit of work by `register_household`.

Rules:
- The cursor starts in the postcode. "2611cd" becomes "2611 CD" and fills the street, place
  and gemeente where the database knows them; BSNs and birth dates are checked as typed.
- Defaults ask nothing twice: today as the date of the aanmelding, the user's own team,
  the registering user as regisseur when they hold regie in that team (else the regisseur
  with the fewest households), the family name of the first member for the next, and
  "Jeugdwet" while a member is under 18 (until the user chooses).
- Possible duplicates (same BSN, or an open household at the same address) are shown as
  soon as they are typed, each with "Openen". Saving with a possible duplicate asks once
  more: open the existing household (the default) or "Toch registreren".
- Enter saves (Ctrl+Enter from the reason field); the new household opens at once (the
  main window listens to `accepted` and reads `result_value`).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from h4casus.gui.forms import Form
from h4casus.gui.ops import Ops
from h4casus.gui.screens.register.members import MemberRows
from h4casus.gui.widgets.address_fields import AUTO, AddressAssist
from h4casus.gui.widgets.field_checks import date_field, typed_day
from h4casus.gui.widgets.form_dialog import FormDialog
from h4casus.gui.widgets.words import word
from h4casus.services.casework.households import HouseholdInput, register_household
from h4casus.services.core.context import ServiceContext
from h4casus.services.queries.registration import (
    AddressHint,
    DuplicateHit,
    RegistrationChoices,
    possible_duplicates,
    registration_choices,
)

SOURCE_LABELS = {
    "zelfmelder": QT_TRANSLATE_NOOP("labels", "Zelfmelder"),
    "huisarts": QT_TRANSLATE_NOOP("labels", "Huisarts"),
    "school": QT_TRANSLATE_NOOP("labels", "School"),
    "politie": QT_TRANSLATE_NOOP("labels", "Politie"),
    "veilig thuis": QT_TRANSLATE_NOOP("labels", "Veilig Thuis"),
    "woningcorporatie": QT_TRANSLATE_NOOP("labels", "Woningcorporatie"),
    "jeugdgezondheidszorg": QT_TRANSLATE_NOOP("labels", "Jeugdgezondheidszorg"),
    "netwerk": QT_TRANSLATE_NOOP("labels", "Netwerk"),
    "anders": QT_TRANSLATE_NOOP("labels", "Anders"),
}
SAFETY = (
    ("", QT_TRANSLATE_NOOP("RegisterHouseholdDialog", "Nog niet gevraagd")),
    ("nee", QT_TRANSLATE_NOOP("RegisterHouseholdDialog", "Nee")),
    ("ja", QT_TRANSLATE_NOOP("RegisterHouseholdDialog", "Ja — Meldcode stap 1 starten")),
)
SAFETY_ANSWER = {"": None, "nee": False, "ja": True}
FILE_KINDS = (
    ("wmo", QT_TRANSLATE_NOOP("labels", "Wmo")),
    ("jeugdwet", QT_TRANSLATE_NOOP("labels", "Jeugdwet")),
    ("participatiewet", QT_TRANSLATE_NOOP("labels", "Participatiewet")),
)
DUPLICATE_DELAY_MS = 300


class RegisterHouseholdForm(Form):
    ui_file = "register_household_dialog"
    postcode_edit: QLineEdit
    number_edit: QLineEdit
    suffix_edit: QLineEdit
    address_hint: QLabel
    street_edit: QLineEdit
    city_edit: QLineEdit
    gemeente_edit: QLineEdit
    wijk_edit: QLineEdit
    duplicates_box: QFrame
    duplicates_label: QLabel
    duplicates_buttons: QWidget
    members_box: QWidget
    rows_host: QWidget
    add_member_button: QPushButton
    source_combo: QComboBox
    signal_date_edit: QLineEdit
    reason_edit: QPlainTextEdit
    safety_combo: QComboBox
    safety_note_edit: QLineEdit
    team_combo: QComboBox
    regisseur_combo: QComboBox
    preference_edit: QLineEdit
    file_kind_combo: QComboBox


class RegisterHouseholdDialog(FormDialog):
    open_existing = Signal(int)  # the user chose an existing household instead

    def __init__(self, ctx: ServiceContext, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Nieuw huishouden registreren"), parent)
        self.ctx = ctx
        self.choices: RegistrationChoices | None = None
        self.duplicates: list[DuplicateHit] = []
        self._confirmed: tuple | None = None
        self._file_kind_chosen = False
        body = QWidget()
        self.form = f = RegisterHouseholdForm(body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields take the focus, not the frame
        self._fill_choices()
        self._name_fields()
        self.address = AddressAssist(
            ctx,
            ops,
            postcode=f.postcode_edit,
            street=f.street_edit,
            city=f.city_edit,
            gemeente=f.gemeente_edit,
            wijk=f.wijk_edit,
            found=self._address_found,
        )
        self.members = MemberRows(f.rows_host.layout(), ctx.clock.today(), self)
        self.members.changed.connect(self._members_changed)
        f.add_member_button.clicked.connect(lambda: self.add_member())
        for keys in ("Ctrl++", "Ctrl+=", "Ctrl+Shift+="):
            QShortcut(QKeySequence(keys), self, activated=self.add_member)
        QShortcut(QKeySequence("Ctrl+Delete"), self, activated=self.remove_current_member)
        f.duplicates_box.hide()
        self._dup_timer = QTimer(self)
        self._dup_timer.setSingleShot(True)
        self._dup_timer.setInterval(DUPLICATE_DELAY_MS)
        self._dup_timer.timeout.connect(self.check_duplicates)
        for edit in (f.postcode_edit, f.number_edit, f.suffix_edit):
            edit.textChanged.connect(lambda _t: self._dup_timer.start())
        f.team_combo.currentIndexChanged.connect(self._team_changed)
        f.file_kind_combo.activated.connect(lambda _i: setattr(self, "_file_kind_chosen", True))
        self.members.add(focus=False)
        self.save_button.setText(self.tr("&Registreren"))
        self.set_body(scroll)
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(1060, min(840, screen.height() - 40) if screen else 840)
        f.postcode_edit.setFocus()
        ops.query(self, lambda: registration_choices(ctx), self._choices_loaded, self._failed)

    # ------------------------------------------------------------------ building

    def _fill_choices(self) -> None:
        f = self.form
        f.source_combo.addItem(self.tr("— kies de bron —"), "")
        for value, label in SOURCE_LABELS.items():
            f.source_combo.addItem(word(label), value)
        self.signal_date_check = date_field(f.signal_date_edit, self.ctx.clock.today())
        for value, label in SAFETY:
            f.safety_combo.addItem(self.tr(label), value)
        for value, label in FILE_KINDS:
            f.file_kind_combo.addItem(word(label), value)

    def _name_fields(self) -> None:
        f = self.form
        names = {
            f.postcode_edit: self.tr("Postcode"),
            f.number_edit: self.tr("Huisnummer"),
            f.suffix_edit: self.tr("Toevoeging"),
            f.street_edit: self.tr("Straat"),
            f.city_edit: self.tr("Plaats"),
            f.gemeente_edit: self.tr("Gemeente"),
            f.wijk_edit: self.tr("Wijk"),
            f.add_member_button: self.tr("Gezinslid toevoegen"),
            f.source_combo: self.tr("Bron van de aanmelding"),
            f.signal_date_edit: self.tr("Datum van de aanmelding"),
            f.reason_edit: self.tr("Reden van de aanmelding of hulpvraag"),
            f.safety_combo: self.tr("Is er zorg over de veiligheid?"),
            f.safety_note_edit: self.tr("Toelichting op de veiligheid"),
            f.team_combo: self.tr("Team"),
            f.regisseur_combo: self.tr("Regisseur"),
            f.preference_edit: self.tr("Voorkeur van het huishouden voor de regie"),
            f.file_kind_combo: self.tr("Valt onder de wet"),
            f.duplicates_box: self.tr("Mogelijk al geregistreerd"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)

    def add_member(self) -> None:
        self.members.add()

    def remove_current_member(self) -> None:
        row = self.members.row_of(QApplication.focusWidget())
        if row is not None:
            self.members.remove(row)

    def _members_changed(self) -> None:
        self._fix_tab_order()
        self._dup_timer.start()
        if not self._file_kind_chosen:
            youngest = self.members.youngest_age()
            kind = "jeugdwet" if youngest is not None and youngest < 18 else "wmo"
            combo = self.form.file_kind_combo
            combo.setCurrentIndex(combo.findData(kind))

    def _fix_tab_order(self) -> None:
        f = self.form
        chain = [
            f.wijk_edit,
            *f.duplicates_buttons.findChildren(QPushButton),
            *self.members.focus_chain(),
            f.add_member_button,
            f.source_combo,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ choices

    def _choices_loaded(self, choices: RegistrationChoices) -> None:
        self.choices = choices
        combo = self.form.team_combo
        combo.blockSignals(True)
        combo.clear()
        for team in choices.teams:
            combo.addItem(team.name, team.id)
        combo.blockSignals(False)
        if not choices.teams:
            self.save_button.setEnabled(False)
            self.message.show_message(
                self.tr("U kunt in geen enkel team huishoudens registreren."), "warning"
            )
            return
        self._team_changed()

    def _team(self):
        if self.choices is None:
            return None
        team_id = self.form.team_combo.currentData()
        return next((t for t in self.choices.teams if t.id == team_id), None)

    def _team_changed(self, *_args) -> None:
        team, f = self._team(), self.form
        if team is None:
            return
        combo = f.regisseur_combo
        combo.clear()
        for w in self.choices.regisseurs_for(team.id):
            label = (
                self.tr("{name} — 1 huishouden").format(name=w.display_name)
                if w.caseload == 1
                else self.tr("{name} — {n} huishoudens").format(name=w.display_name, n=w.caseload)
            )
            if w.id == self.choices.actor_id:
                label += self.tr(" (uzelf)")
            combo.addItem(label, w.username)
        default = self.choices.default_regisseur(team.id)
        if default is not None:
            combo.setCurrentIndex(combo.findData(default.username))
        if team.gemeente and (not f.gemeente_edit.text().strip() or f.gemeente_edit.property(AUTO)):
            f.gemeente_edit.setText(team.gemeente)
            f.gemeente_edit.setProperty(AUTO, True)

    def _address_found(self, hint: AddressHint | None) -> None:
        label = self.form.address_hint
        if hint is None:
            label.setText(self.tr("Postcode nog niet bekend: vul straat en plaats in."))
        elif hint.street:
            label.setText(self.tr("Straat en plaats ingevuld uit eerdere registraties."))
        else:
            label.setText(self.tr("Plaats ingevuld; vul de straat in."))

    # ------------------------------------------------------------------ duplicates

    def _duplicate_key(self) -> tuple:
        f = self.form
        return (
            tuple(sorted(self.members.bsns())),
            f.postcode_edit.text().strip(),
            f.number_edit.text().strip(),
            f.suffix_edit.text().strip().casefold(),
        )

    def check_duplicates(self, then=None) -> None:
        self._dup_timer.stop()
        key = self._duplicate_key()
        bsns, postcode, number, suffix = key
        if not bsns and not (postcode and number):
            self._show_duplicates([], key)
            if then is not None:
                then()
            return
        ctx = self.ctx

        def look():
            return possible_duplicates(
                ctx,
                bsns=list(bsns),
                postcode=postcode,
                house_number=number,
                house_number_suffix=suffix or None,
            )

        def done(hits: list[DuplicateHit]) -> None:
            self._show_duplicates(hits, key)
            if then is not None:
                then()

        self.ops.query(self, look, done, self._failed)

    def _show_duplicates(self, hits: list[DuplicateHit], key: tuple) -> None:
        f = self.form
        self.duplicates = hits
        self._shown_for = key
        layout = f.duplicates_buttons.layout()
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if not hits:
            f.duplicates_box.hide()
            self._fix_tab_order()
            return
        head = self.tr("Mogelijk is dit huishouden al geregistreerd:")
        lines = [f"<b>{escape(head)}</b>"]
        for hit in hits:
            why = (
                self.tr("zelfde BSN ({name})").format(name=hit.member)
                if hit.matched == "bsn" and hit.member
                else self.tr("zelfde BSN")
                if hit.matched == "bsn"
                else self.tr("open huishouden op dit adres")
            )
            if hit.may_open:
                text = self.tr("{name} ({case}, {status}), {address} — {why}").format(
                    name=hit.display_name,
                    case=hit.case_number,
                    status=hit.status,
                    address=hit.address,
                    why=why,
                )
                button = QPushButton(
                    self.tr("{name} ({case}) openen").format(
                        name=hit.display_name, case=hit.case_number
                    )
                )
                button.setAutoDefault(False)
                button.setAccessibleName(button.text())
                button.clicked.connect(lambda _=False, hid=hit.household_id: self.choose(hid))
                layout.addWidget(button)
            else:
                text = self.tr(
                    "Bekend bij {team} (dossier {case}) — {why}; u kunt het niet openen, "
                    "neem contact op met dat team."
                ).format(team=hit.team, case=hit.case_number, why=why)
            lines.append("• " + escape(text))
        layout.addStretch(1)
        f.duplicates_label.setText("<br>".join(lines))
        f.duplicates_box.show()
        self._fix_tab_order()

    def choose(self, household_id: int) -> None:
        """Open the existing household instead of registering a new one."""
        self.open_existing.emit(household_id)
        self.reject()

    # ------------------------------------------------------------------ saving

    def household_input(self) -> HouseholdInput:
        f = self.form
        return HouseholdInput(
            street=f.street_edit.text(),
            house_number=f.number_edit.text().strip(),
            house_number_suffix=f.suffix_edit.text() or None,
            postcode=f.postcode_edit.text(),
            city=f.city_edit.text(),
            gemeente=f.gemeente_edit.text(),
            wijk=f.wijk_edit.text() or None,
            team=f.team_combo.currentText(),
            signal_source=f.source_combo.currentData() or "",
            signal_date=typed_day(f.signal_date_edit) or None,
            signal_note=f.reason_edit.toPlainText() or None,
            members=self.members.inputs(),
            regisseur=f.regisseur_combo.currentData(),
            file_kind=f.file_kind_combo.currentData(),
            safety_concern=SAFETY_ANSWER[f.safety_combo.currentData()],
            safety_note=f.safety_note_edit.text() or None,
            regie_preference=f.preference_edit.text() or None,
        )

    def _map_fields(self) -> None:
        f = self.form
        self.fields = {
            "postcode": f.postcode_edit,
            "huisnummer": f.number_edit,
            "toevoeging": f.suffix_edit,
            "straat": f.street_edit,
            "plaats": f.city_edit,
            "gemeente": f.gemeente_edit,
            "wijk": f.wijk_edit,
            "team": f.team_combo,
            "regisseur": f.regisseur_combo,
            "voorkeur": f.preference_edit,
            "dossiersoort": f.file_kind_combo,
            "bron": f.source_combo,
            "meldingsdatum": f.signal_date_edit,
            "toelichting": f.reason_edit,
            "veiligheid": f.safety_combo,
            "toelichting veiligheid": f.safety_note_edit,
            "leden": (
                self.members.rows[0].form.given_edit if self.members.rows else f.add_member_button
            ),
            **self.members.fields(),
        }

    def submit(self) -> None:
        if not self.save_button.isEnabled():
            return
        key = self._duplicate_key()
        if key == self._confirmed:
            self._register()
            return
        self.check_duplicates(then=lambda: self._after_check(key))

    def _after_check(self, key: tuple) -> None:
        if not self.duplicates:
            self._register()
            return
        actions = [(self.tr("Toch registreren"), lambda: self.confirm(key))]
        first = next((d for d in self.duplicates if d.may_open), None)
        if first is not None:
            actions.insert(
                0, (self.tr("Bestaand huishouden openen"), lambda: self.choose(first.household_id))
            )
        self.message.show_message(
            self.tr(
                "Niet geregistreerd: mogelijk bestaat dit huishouden al (zie de melding bij het "
                "adres). Open het bestaande huishouden, of registreer toch een nieuw."
            ),
            "warning",
            actions,
        )
        buttons = self.message.findChildren(QPushButton)
        default = next((b for b in buttons if b.text() == actions[0][0]), None)
        if default is not None:
            default.setFocus()

    def confirm(self, key: tuple) -> None:
        """'Toch registreren': this input is a new household after all."""
        self._confirmed = key
        self._register()

    def _register(self) -> None:
        self._map_fields()
        ctx, data = self.ctx, self.household_input()
        self.save(
            lambda: register_household(ctx, data),
            kind="household",
            household_id=lambda view: view.id,
        )
