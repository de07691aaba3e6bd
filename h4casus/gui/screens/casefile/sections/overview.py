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
  Ctrl+Shift+O heropenen, Ctrl+Shift+I eigen regie (vastleggen or beëindigen), Ctrl+Shift+K
  regie op regie (vastgelopen hulp opschalen). What the policy would refuse is disabled, and
  its shortcut says why.
- Eigen regie shows who holds it, since when, and the regisseur who is the contact; regie op
  regie shows the open escalations (the oldest first, its answer recorded from here).
- A closed household shows why it was closed and whether follow-up was arranged.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from h4casus.domain.labels import CLOSURE_LABELS, STATUS_LABELS
from h4casus.gui.forms import Form
from h4casus.gui.screens.casefile.sections.address_dialog import AddressDialog
from h4casus.gui.screens.casefile.sections.base import Section
from h4casus.gui.screens.casefile.sections.eigen_regie_dialogs import (
    EndEigenRegieDialog,
    StartEigenRegieDialog,
)
from h4casus.gui.screens.casefile.sections.member_dialogs import CorrectionDialog, JoinDialog
from h4casus.gui.screens.casefile.sections.stalled_dialogs import AnswerDialog, EscalationDialog
from h4casus.gui.screens.casefile.sections.status_dialogs import (
    CloseDialog,
    LeaveDialog,
    ReopenDialog,
)
from h4casus.gui.style import COLOURS
from h4casus.gui.widgets.tables import set_columns
from h4casus.gui.widgets.words import age_text, choice_label, date_text, word
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
    eigen_regie_value: QLabel
    escalation_value: QLabel
    eigen_regie_button: QPushButton
    escalate_button: QPushButton
    answer_button: QPushButton


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
        "Ctrl+Shift+I": "eigen_regie",
        "Ctrl+Shift+K": "escalate",
    }

    def __init__(self, screen) -> None:
        super().__init__(screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = f = OverviewForm(self)
        t = f.members_table
        # The name takes the room; the other columns fit their content whenever it changes
        # (resizing them by hand once would undo the stretch until the next resize event).
        t.horizontalHeader().setStretchLastSection(False)
        set_columns(t, [self.tr(c) for c in COLUMNS], stretch=(0,))
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
            (
                f.eigen_regie_button,
                self.eigen_regie,
                self.tr("Eigen regie vastleggen of beëindigen"),
            ),
            (
                f.escalate_button,
                self.escalate,
                self.tr("Vastgelopen hulp opschalen (regie op regie)"),
            ),
            (
                f.answer_button,
                self.answer,
                self.tr("Antwoord op de oudste open opschaling vastleggen"),
            ),
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
                    item.setForeground(QColor(COLOURS["muted"]))
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
        f.status_value.setText(self._status_text(cf))
        f.eigen_regie_value.setText(self._eigen_regie_text(cf))
        f.escalation_value.setText(self._escalation_text(cf))
        signal = self.tr("{date}, via {source}").format(
            date=hh.signal_date.strftime("%d-%m-%Y"), source=choice_label(hh.signal_source)
        )
        f.signal_value.setText(f"{signal}: {hh.signal_note}" if hh.signal_note else signal)
        self._update_edit_buttons()

    def _status_text(self, cf: CaseFile) -> str:
        hh = cf.household
        text = word(STATUS_LABELS.get(hh.status, hh.status))
        if hh.status != "afgesloten" or not cf.closure_reason:
            return text
        reason = word(CLOSURE_LABELS.get(cf.closure_reason, cf.closure_reason))
        if cf.close_note and cf.close_note != CLOSURE_LABELS.get(cf.closure_reason):
            reason += f" ({cf.close_note})"
        follow = (
            self.tr("nazorg of vervolghulp geregeld")
            if cf.follow_up_arranged
            else self.tr("geen nazorg geregeld")
        )
        return f"{text}: {reason} · {follow}"

    def _eigen_regie_text(self, cf: CaseFile) -> str:
        period = cf.eigen_regie
        if period is None:
            return self.tr("Nee; de regisseur voert de regie")
        return self.tr("{holder} ({relation}) sinds {since}; contactpersoon: {contact}").format(
            holder=period.holder_name,
            relation=period.holder_relation,
            since=date_text(period.started_on),
            contact=cf.household.regisseur or self.tr("— geen —"),
        )

    def _escalation_text(self, cf: CaseFile) -> str:
        waiting = [e for e in cf.regie_escalations if e.open]
        if not waiting:
            return self.tr("Geen open opschaling")
        oldest = waiting[-1]  # newest first in the read model
        text = self.tr("Wacht op antwoord van {to} (sinds {day}): {subject}").format(
            to=oldest.addressee, day=date_text(oldest.raised_at), subject=oldest.subject
        )
        if len(waiting) > 1:
            text += self.tr(" — en {n} meer").format(n=len(waiting) - 1)
        return text

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
        f.eigen_regie_button.setEnabled(is_open and self.may("regie.eigen"))
        f.escalate_button.setEnabled(is_open and self.may("regie.escalate"))
        waiting = [e for e in (self.casefile.regie_escalations if self.casefile else ()) if e.open]
        f.answer_button.setEnabled(bool(waiting) and self.may("regie.escalation_answer"))
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

    def eigen_regie(self) -> None:
        cf = self.casefile
        if cf is None or not self._is_open():
            return
        if not self.form.eigen_regie_button.isEnabled():
            return self._refused(
                self.tr("Alleen de regisseur of de teamleider legt eigen regie vast.")
            )
        if cf.eigen_regie is not None:
            self._open(EndEigenRegieDialog(self, cf.eigen_regie))
        else:
            self._open(StartEigenRegieDialog(self, cf))

    def escalate(self) -> None:
        cf = self.casefile
        if cf is None or not self._is_open():
            return
        if not self.form.escalate_button.isEnabled():
            return self._refused(
                self.tr("Alleen de regisseur of de teamleider schaalt vastgelopen hulp op.")
            )
        self._open(EscalationDialog(self, cf))

    def answer(self) -> None:
        cf = self.casefile
        waiting = [e for e in (cf.regie_escalations if cf else ()) if e.open]
        if not waiting or not self.form.answer_button.isEnabled():
            return
        self._open(AnswerDialog(self, waiting[-1]))

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
