"""Netwerk: the household's own network and its professionals — a list and an ecogram — and
the consent to share, per member by the age rule.

Rules:
- The list shows the active network (informal first), with ended contacts on request; the
  ecogram draws the same active network, the chosen row bold. Enter or F2 changes the chosen
  contact, Delete ends it (after a question; it stays on record).
- With children in the household, the fixed partners not yet recorded (jeugdgezondheidszorg,
  school, huisarts) are named above the list and offered first when adding a professional;
  nothing is created by itself.
- Consent: per member whose consent the rule asks today and what is missing (the warnings of
  the case file), every record with its state (gegeven / geweigerd / ingetrokken), recording
  (Ctrl+Shift+T), withdrawing the chosen record, and sharing the partner version of the plan.
- Buttons follow the policy (`may`); every change goes through the database lane and the
  case file reloads.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from h4casus.domain.consent import DECIDER_LABELS, PART_LABELS, Decider, parts_text
from h4casus.domain.enums import NetworkKind
from h4casus.domain.network import circle_label, partner_type_label
from h4casus.gui.forms import Form
from h4casus.gui.screens.casefile.sections.base import Section
from h4casus.gui.screens.casefile.sections.network.consent_dialogs import (
    ConsentDialog,
    ShareDialog,
    WithdrawDialog,
)
from h4casus.gui.screens.casefile.sections.network.contact_dialog import (
    ContactDialog,
    offered_partners,
)
from h4casus.gui.screens.casefile.sections.network.ecogram import EcogramView, EcoNode
from h4casus.gui.widgets.tables import set_columns
from h4casus.gui.widgets.words import date_text, word
from h4casus.services.casework.consent import ConsentView
from h4casus.services.casework.network import NetworkContactView, end_contact
from h4casus.services.queries.casefile import CaseFile

COLUMNS = (
    QT_TRANSLATE_NOOP("NetworkSection", "Wie"),
    QT_TRANSLATE_NOOP("NetworkSection", "Relatie / soort"),
    QT_TRANSLATE_NOOP("NetworkSection", "Wat / rol"),
    QT_TRANSLATE_NOOP("NetworkSection", "Voor"),
    QT_TRANSLATE_NOOP("NetworkSection", "Contact"),
    QT_TRANSLATE_NOOP("NetworkSection", "Sinds"),
)
CONSENT_COLUMNS = (
    QT_TRANSLATE_NOOP("NetworkSection", "Over"),
    QT_TRANSLATE_NOOP("NetworkSection", "Namens"),
    QT_TRANSLATE_NOOP("NetworkSection", "Besluit"),
    QT_TRANSLATE_NOOP("NetworkSection", "Aan wie"),
    QT_TRANSLATE_NOOP("NetworkSection", "Wat"),
    QT_TRANSLATE_NOOP("NetworkSection", "Datum"),
    QT_TRANSLATE_NOOP("NetworkSection", "Door"),
)
NEED_COLUMNS = (
    QT_TRANSLATE_NOOP("NetworkSection", "Gezinslid"),
    QT_TRANSLATE_NOOP("NetworkSection", "Wie beslist"),
    QT_TRANSLATE_NOOP("NetworkSection", "Ontbreekt nog"),
)
SHORT_DECIDER = {
    "zelf": QT_TRANSLATE_NOOP("NetworkSection", "zelf"),
    "ouders": QT_TRANSLATE_NOOP("NetworkSection", "ouders"),
}
STATE_WORDS = {
    "gegeven": QT_TRANSLATE_NOOP("NetworkSection", "Gegeven"),
    "geweigerd": QT_TRANSLATE_NOOP("NetworkSection", "Geweigerd"),
    "ingetrokken": QT_TRANSLATE_NOOP("NetworkSection", "Ingetrokken"),
}


class NetworkForm(Form):
    ui_file = "section_network"
    add_informal_button: QPushButton
    add_formal_button: QPushButton
    edit_button: QPushButton
    end_button: QPushButton
    show_ended_check: QCheckBox
    suggestion_label: QLabel
    main_splitter: QSplitter
    network_splitter: QSplitter
    contacts_table: QTableWidget
    ecogram_host: QFrame
    record_consent_button: QPushButton
    withdraw_button: QPushButton
    share_button: QPushButton
    consent_warnings: QLabel
    consent_splitter: QSplitter
    needs_table: QTableWidget
    consent_table: QTableWidget


class NetworkSection(Section):
    key = "network"
    title = "Netwerk"
    shortcuts = {"Ctrl+Shift+B": "add_informal", "Ctrl+Shift+T": "record_consent"}

    def __init__(self, screen) -> None:
        super().__init__(screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = f = NetworkForm(self)
        self.rows: list[NetworkContactView] = []
        self.consent_rows: list[ConsentView] = []
        self.ecogram = EcogramView(f.ecogram_host)
        f.ecogram_host.layout().addWidget(self.ecogram)
        set_columns(f.contacts_table, [self.tr(c) for c in COLUMNS], stretch=(0, 2))
        set_columns(f.consent_table, [self.tr(c) for c in CONSENT_COLUMNS], stretch=(3, 4))
        set_columns(f.needs_table, [self.tr(c) for c in NEED_COLUMNS], stretch=(0,))
        f.network_splitter.setStretchFactor(0, 3)
        f.network_splitter.setStretchFactor(1, 2)
        f.network_splitter.setSizes([600, 420])
        f.main_splitter.setStretchFactor(0, 1)
        f.main_splitter.setStretchFactor(1, 1)
        f.main_splitter.setSizes([330, 370])
        f.consent_splitter.setStretchFactor(0, 2)
        f.consent_splitter.setStretchFactor(1, 3)
        f.consent_splitter.setSizes([440, 600])
        for w, name in (
            (f.add_informal_button, self.tr("Iemand uit het eigen netwerk toevoegen")),
            (f.add_formal_button, self.tr("Professional toevoegen")),
            (f.edit_button, self.tr("Netwerklid wijzigen")),
            (f.end_button, self.tr("Netwerklid beëindigen")),
            (f.show_ended_check, self.tr("Ook beëindigde netwerkleden tonen")),
            (f.contacts_table, self.tr("Netwerk van het huishouden")),
            (f.record_consent_button, self.tr("Toestemming vastleggen")),
            (f.withdraw_button, self.tr("Toestemming intrekken")),
            (f.share_button, self.tr("Partnerversie van het plan delen")),
            (f.consent_table, self.tr("Vastgelegde toestemmingen")),
            (f.needs_table, self.tr("Wie moet toestemming geven")),
            (f.consent_warnings, self.tr("Waarschuwingen over toestemming")),
            (f.suggestion_label, self.tr("Vaste partners")),
        ):
            w.setAccessibleName(name)
        f.add_informal_button.clicked.connect(self.add_informal)
        f.add_formal_button.clicked.connect(self.add_formal)
        f.edit_button.clicked.connect(self.edit_selected)
        f.end_button.clicked.connect(self.end_selected)
        f.show_ended_check.toggled.connect(lambda *_: self._fill_contacts())
        f.record_consent_button.clicked.connect(self.record_consent)
        f.withdraw_button.clicked.connect(self.withdraw_selected)
        f.share_button.clicked.connect(self.share)
        t = f.contacts_table
        t.itemActivated.connect(lambda *_: self.edit_selected())
        t.currentCellChanged.connect(lambda *_: self._selection_changed())
        for keys, slot in (("F2", self.edit_selected), ("Delete", self.end_selected)):
            sc = QShortcut(QKeySequence(keys), t)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)
        f.consent_table.currentCellChanged.connect(lambda *_: self._selection_changed())

    # ------------------------------------------------------------------ showing

    def _members(self) -> dict[int, str]:
        cf = self.casefile
        return {mv.id: mv.name for mv in cf.members} if cf else {}

    def render(self, cf: CaseFile) -> None:
        f = self.form
        offered = offered_partners(cf)
        if offered:
            f.suggestion_label.setText(
                self.tr("Gezin met kinderen: vaste partners nog niet vastgelegd — {names}.").format(
                    names=", ".join(word(partner_type_label(p.value)) for p in offered)
                )
            )
        f.suggestion_label.setVisible(bool(offered))
        self._fill_contacts()
        first = {mv.id: mv.given_names.split()[0] for mv in cf.members if mv.given_names}
        nodes = []
        for c in cf.network:
            if not c.active:
                continue
            if c.informal:
                title, sub = c.contact_name, c.relation or word(circle_label(c.circle))
            else:
                title = c.organisation or c.contact_name
                sub = word(partner_type_label(c.partner_type)) or (c.role or "")
            if c.person_id in first:
                sub = f"{sub} · {first[c.person_id]}" if sub else first[c.person_id]
            nodes.append(EcoNode(c.id, title, sub, c.informal))
        self.ecogram.set_data(cf.household.display_name, list(first.values()), nodes)
        self._fill_consent(cf)
        may_edit = self.may("network.edit")
        f.add_informal_button.setEnabled(may_edit)
        f.add_formal_button.setEnabled(may_edit)
        f.record_consent_button.setEnabled(self.may("consent.record"))
        f.share_button.setEnabled(
            self.may("report.partner") and any(c.active and not c.informal for c in cf.network)
        )
        self._selection_changed()

    def visible_contacts(self) -> list[NetworkContactView]:
        cf = self.casefile
        if cf is None:
            return []
        show_ended = self.form.show_ended_check.isChecked()
        rows = [c for c in cf.network if c.active or show_ended]
        return sorted(rows, key=lambda c: (not c.informal, not c.active, c.id))

    def _fill_contacts(self) -> None:
        f, names = self.form, self._members()
        current = self.selected_contact()
        self.rows = self.visible_contacts()
        t = f.contacts_table
        t.setRowCount(len(self.rows))
        for r, c in enumerate(self.rows):
            if c.informal:
                who = c.contact_name
                kind = f"{c.relation or ''} ({word(circle_label(c.circle)).lower()})".strip()
                what = c.can_do or ""
            else:
                who = c.organisation or ""
                if c.contact_name:
                    who += f" — {c.contact_name}"
                kind = word(partner_type_label(c.partner_type))
                what = c.role or ""
            since = date_text(c.since)
            if not c.active:
                since = self.tr("beëindigd {date}").format(date=date_text(c.until))
            cells = (
                who,
                kind,
                what,
                names.get(c.person_id, "") if c.person_id else self.tr("huishouden"),
                " · ".join(x for x in (c.phone, c.email) if x),
                since,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                if col == 0:
                    item.setToolTip(
                        self.tr("Eigen netwerk") if c.informal else self.tr("Professional")
                    )
                t.setItem(r, col, item)
        t.resizeRowsToContents()
        if current is not None:
            row = next((i for i, c in enumerate(self.rows) if c.id == current.id), -1)
            if row >= 0:
                t.setCurrentCell(row, 0)

    def _fill_consent(self, cf: CaseFile) -> None:
        f, names = self.form, self._members()
        warnings = [s.text for s in cf.signals if s.kind in ("consent_missing", "consent_age")]
        f.consent_warnings.setText("\n".join(warnings))
        f.consent_warnings.setVisible(bool(warnings))
        nt = f.needs_table
        nt.setRowCount(len(cf.consent_needs))
        for r, n in enumerate(cf.consent_needs):
            missing = " en ".join(self.tr(SHORT_DECIDER[d]) for d in n.missing)
            deciders = " en ".join(self.tr(SHORT_DECIDER[d]) for d in n.deciders)
            cells = (n.name, deciders, missing or self.tr("niets"))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                tip = n.rule
                if n.next_change:
                    tip += " · " + self.tr("verandert op {date}").format(
                        date=date_text(n.next_change)
                    )
                item.setToolTip(tip)
                nt.setItem(r, col, item)
        nt.resizeRowsToContents()
        contacts = {c.id: c.label for c in cf.network}
        lg_names = {lg.code: lg.name for lg in cf.leefgebieden}
        self.consent_rows = list(cf.consents)
        t = f.consent_table
        t.setRowCount(len(self.consent_rows))
        for r, c in enumerate(self.consent_rows):
            if c.network_contact_id:
                to = contacts.get(c.network_contact_id, "")
            elif c.partner_type:
                to = word(partner_type_label(c.partner_type))
            else:
                to = self.tr("alle partners")
            state = self.tr(STATE_WORDS[c.state])
            when = date_text(c.given_on)
            if c.withdrawn_on:
                when += " → " + date_text(c.withdrawn_on)
            cells = (
                names.get(c.person_id, "") if c.person_id else self.tr("huishouden"),
                word(DECIDER_LABELS.get(Decider(c.decider), c.decider)),
                state,
                to,
                _parts_text(c.parts, lg_names),
                when,
                c.withdrawn_by or c.given_by,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                t.setItem(r, col, item)
        t.resizeRowsToContents()

    def selected_contact(self) -> NetworkContactView | None:
        row = self.form.contacts_table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def selected_consent(self) -> ConsentView | None:
        row = self.form.consent_table.currentRow()
        return self.consent_rows[row] if 0 <= row < len(self.consent_rows) else None

    def _selection_changed(self) -> None:
        f = self.form
        c = self.selected_contact()
        may_edit = self.may("network.edit")
        f.edit_button.setEnabled(may_edit and c is not None)
        f.end_button.setEnabled(may_edit and c is not None and c.active)
        self.ecogram.set_selected(c.id if c else None)
        consent = self.selected_consent()
        f.withdraw_button.setEnabled(
            self.may("consent.record") and consent is not None and consent.state == "gegeven"
        )

    # ------------------------------------------------------------------ actions

    def add_informal(self) -> None:
        if self.casefile is not None and self.may("network.edit"):
            ContactDialog(self, self.casefile, kind=NetworkKind.INFORMEEL.value).open()

    def add_formal(self) -> None:
        if self.casefile is not None and self.may("network.edit"):
            ContactDialog(self, self.casefile, kind=NetworkKind.FORMEEL.value).open()

    def edit_selected(self) -> None:
        c = self.selected_contact()
        if c is not None and self.casefile is not None and self.may("network.edit"):
            ContactDialog(self, self.casefile, kind=c.kind, contact=c).open()

    def end_selected(self) -> QMessageBox | None:
        c = self.selected_contact()
        if c is None or not c.active or not self.may("network.edit"):
            return None
        question = self.tr(
            "{name} is vanaf vandaag niet meer betrokken? Het netwerklid blijft bewaard; "
            "acties in het plan houden hun uitvoerder."
        ).format(name=c.label)
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Netwerklid beëindigen"), question, parent=self
        )
        yes = box.addButton(self.tr("Beëindigen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._end(c))
        box.open()
        return box

    def _end(self, c: NetworkContactView) -> None:
        ctx, cid, version = self.ctx, c.id, c.version
        self.write(
            lambda: end_contact(ctx, cid, expected_version=version),
            kind="network",
            done_message=self.tr("{name} is beëindigd.").format(name=c.label),
        )

    def record_consent(self) -> None:
        if self.casefile is not None and self.may("consent.record"):
            ConsentDialog(self, self.casefile).open()

    def withdraw_selected(self) -> None:
        c = self.selected_consent()
        if c is None or c.state != "gegeven" or not self.may("consent.record"):
            return
        t = self.form.consent_table
        row = t.currentRow()
        summary = " · ".join(t.item(row, col).text() for col in (0, 1, 3, 4))
        WithdrawDialog(self, c, summary).open()

    def share(self) -> None:
        if self.casefile is not None and self.may("report.partner"):
            ShareDialog(self, self.casefile, Path.home()).open()


def _parts_text(parts, leefgebied_names: dict[str, str]) -> str:
    """`consent.parts_text` with its words in the desktop's language (the leefgebieden stay
    as configured)."""
    words = set(PART_LABELS.values())
    text = parts_text(parts, leefgebied_names)
    return ", ".join(word(w) if w in words else w for w in text.split(", "))
