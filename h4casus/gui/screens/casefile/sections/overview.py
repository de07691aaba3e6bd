"""Overzicht: the members with their computed age and masked BSN, and the household's facts;
changing them: address, a member joining or leaving, a correction, closing and reopening.

Rules:
- The BSN is masked (last 3 digits). "BSN tonen" shows one member's full BSN for a short time
  (REVEAL_MS) and hides it again; the reveal is a service call, so it is in the access log.
  "BSN kopiëren" copies it to the clipboard, which is cleared again after the setting
  `bsn_clipboard_clear_seconds` and at lock (also logged as a reveal).
- A restricted member (AVG art. 18) shows as such, without details, unless the actor is on
  the privileged path (the read model decides).
- Each change is a dialog (`FormDialog`, with the record's version) behind a button and a
  shortcut that works anywhere in the file: Ctrl+Shift+W adres, Ctrl+Shift+N nieuw gezinslid,
  Ctrl+Shift+L gezinslid vertrekt, Ctrl+Shift+C gegevens corrigeren, Ctrl+Shift+X afsluiten,
  Ctrl+Shift+O heropenen. What the policy would refuse is disabled, and its shortcut says why.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from h4casus.domain.labels import STATUS_LABELS
from h4casus.gui.forms import Form
from h4casus.gui.screens.casefile.sections.address_dialog import AddressDialog
from h4casus.gui.screens.casefile.sections.base import Section
from h4casus.gui.screens.casefile.sections.member_dialogs import CorrectionDialog, JoinDialog
from h4casus.gui.screens.casefile.sections.status_dialogs import (
    CloseDialog,
    LeaveDialog,
    ReopenDialog,
)
from h4casus.gui.widgets.words import age_text, choice_label, word
from h4casus.services.casework.households import reveal_bsn
from h4casus.services.queries.casefile import CaseFile

REVEAL_MS = 20_000
RELATION_LABELS = {
    "ouder": QT_TRANSLATE_NOOP("labels", "Ouder/verzorger"),
    "partner": QT_TRANSLATE_NOOP("labels", "Partner"),
    "kind": QT_TRANSLATE_NOOP("labels", "Kind"),
    "overig": QT_TRANSLATE_NOOP("labels", "Overig"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("OverviewSection", "Naam"),
    QT_TRANSLATE_NOOP("OverviewSection", "Relatie"),
    QT_TRANSLATE_NOOP("OverviewSection", "Geboortedatum"),
    QT_TRANSLATE_NOOP("OverviewSection", "Leeftijd"),
    QT_TRANSLATE_NOOP("OverviewSection", "BSN"),
)
BSN_COLUMN = 4


class OverviewForm(Form):
    ui_file = "section_overview"
    members_box: QGroupBox
    members_table: QTableWidget
    reveal_button: QPushButton
    copy_button: QPushButton
    join_button: QPushButton
    leave_button: QPushButton
    correct_button: QPushButton
    address_button: QPushButton
    close_button: QPushButton
    reopen_button: QPushButton
    address_value: QLabel
    team_value: QLabel
    regisseur_value: QLabel
    level_value: QLabel
    review_value: QLabel
    status_value: QLabel
    signal_value: QLabel


class OverviewSection(Section):
    key = "overview"
    title = "Overzicht"
    shortcuts = {
        "Ctrl+Shift+W": "change_address",
        "Ctrl+Shift+N": "add_member",
        "Ctrl+Shift+L": "member_leaves",
        "Ctrl+Shift+C": "correct_member",
        "Ctrl+Shift+X": "close_household",
        "Ctrl+Shift+O": "reopen_household",
    }

    def __init__(self, screen) -> None:
        super().__init__(screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = f = OverviewForm(self)
        t = f.members_table
        t.setColumnCount(len(COLUMNS))
        t.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        t.verticalHeader().hide()
        # The name takes the room; the other columns fit their content whenever it changes
        # (resizing them by hand once would undo the stretch until the next resize event).
        header = t.horizontalHeader()
        header.setStretchLastSection(False)
        for col in range(1, len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        t.setAccessibleName(self.tr("Gezinsleden"))
        f.reveal_button.clicked.connect(self.reveal_selected)
        f.copy_button.clicked.connect(self.copy_selected)
        f.reveal_button.setAccessibleName(self.tr("BSN tonen van het gekozen gezinslid"))
        f.copy_button.setAccessibleName(self.tr("BSN kopiëren van het gekozen gezinslid"))
        for button, method, name in (
            (f.join_button, self.add_member, self.tr("Nieuw gezinslid toevoegen")),
            (f.leave_button, self.member_leaves, self.tr("Gekozen gezinslid vertrekt")),
            (
                f.correct_button,
                self.correct_member,
                self.tr("Gegevens van het gekozen gezinslid corrigeren"),
            ),
            (f.address_button, self.change_address, self.tr("Adres wijzigen")),
            (f.close_button, self.close_household, self.tr("Huishouden afsluiten")),
            (f.reopen_button, self.reopen_household, self.tr("Huishouden heropenen")),
        ):
            button.clicked.connect(method)
            button.setAccessibleName(name)
        shortcut = QShortcut(QKeySequence("Ctrl+B"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.reveal_selected)
        t.itemSelectionChanged.connect(self._update_buttons)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self._mask_again)
        self._revealed: int | None = None

    # ------------------------------------------------------------------ render

    def render(self, cf: CaseFile) -> None:
        f, hh = self.form, cf.household
        t = f.members_table
        selected = self.selected_member_id()
        t.setRowCount(len(hh.members))
        for row, p in enumerate(hh.members):
            cells = (
                p.name,
                word(RELATION_LABELS.get(p.relation, p.relation)),
                p.birth_date.strftime("%d-%m-%Y") if p.birth_date else "",
                age_text(p.age) if p.age is not None else "",
                p.bsn_masked if p.has_bsn else ("" if p.restricted else self.tr("geen")),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                if p.restricted:
                    item.setToolTip(self.tr("Verwerking beperkt (AVG art. 18)"))
                    item.setForeground(Qt.GlobalColor.darkGray)
                t.setItem(row, col, item)
            if p.id == selected:
                t.selectRow(row)
        if t.currentRow() < 0 and t.rowCount():
            t.setCurrentCell(0, 0)  # a member is always chosen for the member actions
        self._revealed = None
        self._hide_timer.stop()
        self._update_buttons()

        f.address_value.setText(hh.address + (f" ({hh.gemeente})" if hh.gemeente else ""))
        f.team_value.setText(f"{hh.team}" + (f" · {hh.wijk}" if hh.wijk else ""))
        f.regisseur_value.setText(hh.regisseur or self.tr("— geen —"))
        level = cf.level
        f.level_value.setText(
            f"{hh.level} ({level.colour}): {level.situation}" if level else hh.level
        )
        f.review_value.setText(
            hh.next_review_date.strftime("%d-%m-%Y") if hh.next_review_date else "—"
        )
        f.status_value.setText(word(STATUS_LABELS.get(hh.status, hh.status)))
        signal = self.tr("{date}, via {source}").format(
            date=hh.signal_date.strftime("%d-%m-%Y"), source=choice_label(hh.signal_source)
        )
        f.signal_value.setText(f"{signal}: {hh.signal_note}" if hh.signal_note else signal)
        self._update_edit_buttons()

    # ------------------------------------------------------------------ BSN

    def selected_member_id(self) -> int | None:
        items = self.form.members_table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _selected_member(self):
        pid = self.selected_member_id()
        if self.casefile is None or pid is None:
            return None
        return next((p for p in self.casefile.members if p.id == pid), None)

    def _update_buttons(self) -> None:
        self._update_edit_buttons()
        member = self._selected_member()
        enabled = bool(member and member.has_bsn and self.may("person.reveal_bsn"))
        self.form.reveal_button.setEnabled(enabled)
        self.form.copy_button.setEnabled(enabled)

    # ------------------------------------------------------------------ editing

    def _is_open(self) -> bool:
        return self.casefile is not None and self.casefile.household.status != "afgesloten"

    def _update_edit_buttons(self) -> None:
        f, member = self.form, self._selected_member()
        is_open = self._is_open()
        may_edit = is_open and self.may("household.update")
        f.join_button.setEnabled(may_edit)
        f.address_button.setEnabled(may_edit)
        live = [p for p in (self.casefile.members if self.casefile else []) if not p.restricted]
        f.leave_button.setEnabled(may_edit and len(live) > 1)
        f.correct_button.setEnabled(
            bool(member and not member.restricted and self.may("person.correct"))
        )
        f.close_button.setVisible(is_open)
        f.close_button.setEnabled(is_open and self.may("household.close"))
        f.reopen_button.setVisible(self.casefile is not None and not is_open)
        f.reopen_button.setEnabled(not is_open and self.may("household.reopen"))

    def _open(self, dialog) -> None:
        dialog.open()

    def _refused(self, what: str) -> None:
        self.screen.message.show_message(what, "warning")

    def change_address(self) -> None:
        if self.casefile is None:
            return
        if not self.form.address_button.isEnabled():
            return self._refused(self.tr("Het adres van dit huishouden kunt u niet wijzigen."))
        self._open(AddressDialog(self, self.casefile.household))

    def add_member(self) -> None:
        if self.casefile is None:
            return
        if not self.form.join_button.isEnabled():
            return self._refused(self.tr("U kunt hier geen gezinslid toevoegen."))
        self._open(JoinDialog(self, self.casefile.household))

    def member_leaves(self) -> None:
        if self.casefile is None:
            return
        if not self.form.leave_button.isEnabled():
            return self._refused(
                self.tr("Een huishouden houdt minstens één gezinslid; sluit het anders af.")
            )
        self._open(LeaveDialog(self, self.casefile.household, self.selected_member_id()))

    def correct_member(self) -> None:
        member = self._selected_member()
        if member is None:
            return
        if not self.form.correct_button.isEnabled():
            return self._refused(self.tr("De gegevens van dit gezinslid kunt u niet corrigeren."))
        self._open(CorrectionDialog(self, member))

    def close_household(self) -> None:
        if self.casefile is None or not self._is_open():
            return
        if not self.form.close_button.isEnabled():
            return self._refused(
                self.tr("Alleen de regisseur of de teamleider sluit een huishouden af.")
            )
        self._open(CloseDialog(self, self.casefile.household))

    def reopen_household(self) -> None:
        if self.casefile is None or self._is_open():
            return
        if not self.form.reopen_button.isEnabled():
            return self._refused(self.tr("U kunt dit huishouden niet heropenen."))
        self._open(ReopenDialog(self, self.casefile.household))

    # ------------------------------------------------------------------ BSN

    def reveal_selected(self) -> None:
        member = self._selected_member()
        if member is None or not member.has_bsn:
            return
        ctx, pid = self.ctx, member.id
        self.query(lambda: reveal_bsn(ctx, pid), lambda bsn: self._show_bsn(pid, bsn))

    def copy_selected(self) -> None:
        member = self._selected_member()
        if member is None or not member.has_bsn:
            return
        ctx, pid = self.ctx, member.id
        window = self.window()

        def copy(bsn: str | None) -> None:
            if bsn and hasattr(window, "clipboard"):
                window.clipboard.copy(bsn)
                self.screen.message.show_message(
                    self.tr("BSN gekopieerd; het klembord wordt straks weer leeggemaakt."), "ok"
                )

        self.query(lambda: reveal_bsn(ctx, pid), copy)

    def _show_bsn(self, person_id: int, bsn: str | None) -> None:
        t = self.form.members_table
        for row in range(t.rowCount()):
            item = t.item(row, BSN_COLUMN)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == person_id:
                item.setText(bsn or "")
                item.setToolTip(self.tr("Wordt zo weer verborgen"))
        self._revealed = person_id
        self._hide_timer.start(REVEAL_MS)

    def _mask_again(self) -> None:
        if self.casefile is not None:
            self.render(self.casefile)

    def revealed_member(self) -> int | None:
        return self._revealed
