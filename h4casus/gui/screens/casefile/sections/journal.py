"""Journaal: the dated entries of the household, newest first, filtered as you type; a new
entry in a dialog (Ctrl+J); older entries on request.

Rules:
- The case file brings the newest entries; "Oudere laden" reads the next page (keyset, by
  date and id) on the database lane. Filters (soort, about whom, text, only confidential)
  work on what is loaded and say so in the count line.
- A confidential entry shows "(vertrouwelijk)" to whoever may not read it (the read model
  decides); the flag itself is always visible.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from h4casus.domain.enums import JournalType
from h4casus.gui.forms import Form
from h4casus.gui.screens.casefile.sections.base import Section
from h4casus.gui.widgets.form_dialog import FormDialog
from h4casus.gui.widgets.tables import set_columns
from h4casus.gui.widgets.words import word
from h4casus.services.casework.journal import JournalView, add_entry, list_entries
from h4casus.services.queries.casefile import CaseFile

TYPE_LABELS = {
    "huisbezoek": QT_TRANSLATE_NOOP("labels", "Huisbezoek"),
    "telefonisch": QT_TRANSLATE_NOOP("labels", "Telefonisch"),
    "overleg": QT_TRANSLATE_NOOP("labels", "Overleg"),
    "casusoverleg": QT_TRANSLATE_NOOP("labels", "Casusoverleg"),
    "notitie": QT_TRANSLATE_NOOP("labels", "Notitie"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("JournalSection", "Datum"),
    QT_TRANSLATE_NOOP("JournalSection", "Soort"),
    QT_TRANSLATE_NOOP("JournalSection", "Over"),
    QT_TRANSLATE_NOOP("JournalSection", "Door"),
    QT_TRANSLATE_NOOP("JournalSection", "Tekst"),
)


class JournalForm(Form):
    ui_file = "section_journal"
    add_button: QPushButton
    type_combo: QComboBox
    member_combo: QComboBox
    filter_edit: QLineEdit
    confidential_only: QCheckBox
    entries_table: QTableWidget
    count_label: QLabel
    more_button: QPushButton


class JournalEntryForm(Form):
    ui_file = "journal_entry_dialog"
    type_combo: QComboBox
    when_edit: QDateTimeEdit
    member_combo: QComboBox
    text_edit: QPlainTextEdit
    confidential_check: QCheckBox


class JournalEntryDialog(FormDialog):
    def __init__(self, section: Section, casefile: CaseFile) -> None:
        super().__init__(
            section.ops,
            QCoreApplication.translate("JournalEntryDialog", "Nieuwe journaalregel"),
            section.window(),
        )
        self.section = section
        body = QWidget()
        self.form = f = JournalEntryForm(body)
        for kind in JournalType:
            f.type_combo.addItem(word(TYPE_LABELS[kind.value]), kind.value)
        f.type_combo.setCurrentIndex(f.type_combo.findData(JournalType.NOTITIE.value))
        f.member_combo.addItem(self.tr("Het hele huishouden"), None)
        for p in casefile.members:
            if not p.restricted:
                f.member_combo.addItem(p.name, p.id)
        now = section.ctx.clock.now()
        f.when_edit.setDateTime(QDateTime(now.replace(second=0, microsecond=0)))
        f.when_edit.setMaximumDateTime(QDateTime(now))
        f.type_combo.setAccessibleName(self.tr("Soort"))
        f.when_edit.setAccessibleName(self.tr("Datum en tijd"))
        f.member_combo.setAccessibleName(self.tr("Over wie"))
        f.text_edit.setAccessibleName(self.tr("Tekst"))
        f.confidential_check.setAccessibleName(self.tr("Vertrouwelijk"))
        self.fields = {
            "soort": f.type_combo,
            "datum": f.when_edit,
            "gezinslid": f.member_combo,
            "tekst": f.text_edit,
        }
        self.set_body(body)
        self.resize(620, 420)
        f.text_edit.setFocus()

    def submit(self) -> None:
        f, section = self.form, self.section
        ctx, hid = section.ctx, section.household_id
        kind = f.type_combo.currentData()
        when: datetime = f.when_edit.dateTime().toPython()
        person = f.member_combo.currentData()
        text = f.text_edit.toPlainText()
        confidential = f.confidential_check.isChecked()
        self.save(
            lambda: add_entry(
                ctx,
                hid,
                kind,
                text,
                occurred_at=when,
                person_id=person,
                confidential=confidential,
            ),
            kind="journal",
            household_id=hid,
        )


class JournalSection(Section):
    key = "journal"
    title = "Journaal"
    shortcuts = {"Ctrl+J": "add_entry"}

    def __init__(self, screen) -> None:
        super().__init__(screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = f = JournalForm(self)
        self.entries: list[JournalView] = []
        self._all_loaded = False
        t = f.entries_table
        set_columns(t, [self.tr(c) for c in COLUMNS], stretch=(4,))
        t.setAccessibleName(self.tr("Journaalregels"))
        f.type_combo.setAccessibleName(self.tr("Filter op soort"))
        f.member_combo.setAccessibleName(self.tr("Filter op gezinslid"))
        f.filter_edit.setAccessibleName(self.tr("Zoeken in de tekst"))
        f.type_combo.addItem(self.tr("Alle"), None)
        for kind in JournalType:
            f.type_combo.addItem(word(TYPE_LABELS[kind.value]), kind.value)
        for w in (f.type_combo, f.member_combo):
            w.currentIndexChanged.connect(self._apply_filter)
        f.filter_edit.textChanged.connect(self._apply_filter)
        f.confidential_only.toggled.connect(self._apply_filter)
        f.add_button.clicked.connect(self.add_entry)
        f.more_button.clicked.connect(self.load_older)

    def render(self, cf: CaseFile) -> None:
        self.entries = list(cf.journal)
        self._all_loaded = len(cf.journal) < 50
        f = self.form
        current = f.member_combo.currentData()
        f.member_combo.blockSignals(True)
        f.member_combo.clear()
        f.member_combo.addItem(self.tr("Iedereen"), None)
        for p in cf.members:
            if not p.restricted:
                f.member_combo.addItem(p.name, p.id)
        index = f.member_combo.findData(current)
        f.member_combo.setCurrentIndex(max(index, 0))
        f.member_combo.blockSignals(False)
        f.add_button.setEnabled(self.may("journal.write"))
        self._apply_filter()

    def _names(self) -> dict[int, str]:
        return {p.id: p.name for p in self.casefile.members} if self.casefile else {}

    def visible_entries(self) -> list[JournalView]:
        f = self.form
        kind, person = f.type_combo.currentData(), f.member_combo.currentData()
        needle = f.filter_edit.text().strip().casefold()
        only_confidential = f.confidential_only.isChecked()
        return [
            e
            for e in self.entries
            if (kind is None or e.entry_type == kind)
            and (person is None or e.person_id == person)
            and (not needle or needle in e.text.casefold())
            and (not only_confidential or e.confidential)
        ]

    def _apply_filter(self, *_args) -> None:
        f, names = self.form, self._names()
        rows = self.visible_entries()
        t = f.entries_table
        t.setRowCount(len(rows))
        for r, e in enumerate(rows):
            about = names.get(e.person_id, "") if e.person_id else self.tr("huishouden")
            kind = word(TYPE_LABELS.get(e.entry_type, e.entry_type))
            if e.confidential:
                kind += " · " + self.tr("vertrouwelijk")
            cells = (e.occurred_at.strftime("%d-%m-%Y %H:%M"), kind, about, e.author, e.text)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, e.id)
                t.setItem(r, c, item)
        t.resizeRowsToContents()
        shown, loaded = len(rows), len(self.entries)
        f.count_label.setText(
            self.tr("{shown} van {loaded} geladen regels").format(shown=shown, loaded=loaded)
            if shown != loaded
            else (self.tr("1 regel") if loaded == 1 else self.tr("{n} regels").format(n=loaded))
        )
        f.more_button.setEnabled(not self._all_loaded)

    def add_entry(self) -> None:
        if self.casefile is None:
            return
        dialog = JournalEntryDialog(self, self.casefile)
        dialog.open()

    def load_older(self) -> None:
        if not self.entries:
            return
        ctx, hid, last = self.ctx, self.household_id, self.entries[-1]
        self.query(lambda: list_entries(ctx, hid, before=(last.occurred_at, last.id)), self._older)

    def _older(self, rows: list[JournalView]) -> None:
        self.entries.extend(rows)
        self._all_loaded = len(rows) < 50
        self._apply_filter()
