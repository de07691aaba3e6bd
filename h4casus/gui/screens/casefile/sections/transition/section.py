"""18-/18+: per youth from the configured age (16 by default) up to 18, and any youth who has
a perspectiefplan, its state (geen / concept / vastgesteld), the 18th birthday, the signals
in words, the leefgebieden and the checklist with each item's status.

Rules:
- The perspectiefplan is a section of the one household plan: starting one puts it in the
  concept (a new concept from the vastgestelde version when needed), editing works on the
  concept only, and it is vastgesteld with the plan (the plan's own Vaststellen dialog).
- A vastgesteld perspectiefplan is read-only; "Nieuw concept" starts the next version.
- The youths, their ages and the 18th birthday come from the case file; the leefgebieden's
  names and the starting age from the configuration (`transition_setup`, read once).
- Keyboard: Up/Down choose the youth; Alt+S starts the perspectiefplan (no shortcut from
  elsewhere: starting writes at once); Ctrl+Shift+P edits the chosen youth's leefgebieden;
  Enter or F2 in the checklist edits the chosen item.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from h4casus.domain.ages import date_turning
from h4casus.domain.enums import HouseholdStatus
from h4casus.gui.forms import Form
from h4casus.gui.screens.casefile.sections.base import Section
from h4casus.gui.screens.casefile.sections.plan.review_dialogs import FinaliseDialog
from h4casus.gui.screens.casefile.sections.transition.dialogs import (
    ChecklistItemDialog,
    TransitionAreasDialog,
)
from h4casus.gui.widgets.words import choice_label, date_text
from h4casus.services.plan.perspectiefplan import (
    AREAS,
    TransitionSetup,
    TransitionView,
    start_transition_plan,
    transition_setup,
)
from h4casus.services.plan.versions import start_concept
from h4casus.services.queries.casefile import CaseFile

STATE_WORDS = {
    QT_TRANSLATE_NOOP("TransitionSection", "geen"): QT_TRANSLATE_NOOP(
        "TransitionSection", "Geen perspectiefplan"
    ),
    QT_TRANSLATE_NOOP("TransitionSection", "concept"): QT_TRANSLATE_NOOP(
        "TransitionSection", "Concept"
    ),
    QT_TRANSLATE_NOOP("TransitionSection", "vastgesteld"): QT_TRANSLATE_NOOP(
        "TransitionSection", "Vastgesteld"
    ),
}
CHECKLIST_COLUMNS = (
    QT_TRANSLATE_NOOP("TransitionSection", "Punt"),
    QT_TRANSLATE_NOOP("TransitionSection", "Status"),
    QT_TRANSLATE_NOOP("TransitionSection", "Verantwoordelijke"),
    QT_TRANSLATE_NOOP("TransitionSection", "Streefdatum"),
    QT_TRANSLATE_NOOP("TransitionSection", "Toelichting"),
)
ADULT = 18


class TransitionForm(Form):
    ui_file = "section_transition"
    youth_list: QListWidget
    youth_note: QLabel
    state_card: QFrame
    state_badge: QLabel
    state_label: QLabel
    start_button: QPushButton
    new_concept_button: QPushButton
    finalise_button: QPushButton
    signal_label: QLabel
    edit_areas_button: QPushButton
    areas_table: QTableWidget
    checklist_count: QLabel
    edit_item_button: QPushButton
    checklist_table: QTableWidget


class TransitionSection(Section):
    key = "transition"
    title = "18-/18+"
    shortcuts = {"Ctrl+Shift+P": "edit_areas"}

    def __init__(self, screen) -> None:
        super().__init__(screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = f = TransitionForm(self)
        self.setup: TransitionSetup | None = None
        self._youths: list[tuple[int, str, object, int | None, TransitionView | None]] = []
        for table, columns in (
            (
                f.areas_table,
                (
                    QT_TRANSLATE_NOOP("TransitionSection", "Leefgebied"),
                    QT_TRANSLATE_NOOP("TransitionSection", "Afspraken"),
                ),
            ),
            (f.checklist_table, CHECKLIST_COLUMNS),
        ):
            table.setColumnCount(len(columns))
            table.setHorizontalHeaderLabels([self.tr(c) for c in columns])
            table.verticalHeader().hide()
            header = table.horizontalHeader()
            for col in range(len(columns)):
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
        f.checklist_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        f.youth_list.currentRowChanged.connect(lambda _row: self._render_youth())
        f.start_button.clicked.connect(self.start_plan)
        f.new_concept_button.clicked.connect(self.new_concept)
        f.finalise_button.clicked.connect(self.finalise)
        f.edit_areas_button.clicked.connect(self.edit_areas)
        f.edit_item_button.clicked.connect(self.edit_item)
        f.checklist_table.itemActivated.connect(lambda *_: self.edit_item())
        shortcut = QShortcut(QKeySequence("F2"), f.checklist_table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.edit_item)
        for widget, name in (
            (f.youth_list, self.tr("Jongeren")),
            (f.state_label, self.tr("Stand van het perspectiefplan")),
            (f.signal_label, self.tr("Signalen")),
            (f.start_button, self.tr("Perspectiefplan starten")),
            (f.new_concept_button, self.tr("Nieuw concept beginnen")),
            (f.finalise_button, self.tr("Plan vaststellen")),
            (f.edit_areas_button, self.tr("Leefgebieden wijzigen")),
            (f.areas_table, self.tr("Leefgebieden")),
            (f.edit_item_button, self.tr("Punt van de checklist bijwerken")),
            (f.checklist_table, self.tr("Checklist")),
        ):
            widget.setAccessibleName(name)
        ctx = self.ctx
        self.query(lambda: transition_setup(ctx), self._setup_read)

    def _setup_read(self, setup: TransitionSetup) -> None:
        self.setup = setup
        if self.casefile is not None:
            self.render(self.casefile)

    # ------------------------------------------------------------------ render

    def render(self, cf: CaseFile) -> None:
        if self.setup is None:
            return
        f = self.form
        plans = {tv.person_id: tv for tv in cf.transition}
        from_age = self.setup.from_age
        self._youths = [
            (p.id, p.name, p.birth_date, p.age, plans.get(p.id))
            for p in cf.members
            if not p.restricted
            and p.age is not None
            and (from_age <= p.age < ADULT or p.id in plans)
        ]
        current = f.youth_list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        f.youth_list.blockSignals(True)
        f.youth_list.clear()
        for pid, name, born, age, tv in self._youths:
            turns = date_turning(born, ADULT)
            item = QListWidgetItem(
                self.tr("{name}\n{age} jaar · 18 op {date} · {state}").format(
                    name=name,
                    age=age,
                    date=date_text(turns),
                    state=self.tr(STATE_WORDS[self.state_of(tv)]).lower(),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, pid)
            # Two lines with the style sheet's padding: the list must know their height.
            item.setSizeHint(QSize(0, 2 * f.youth_list.fontMetrics().lineSpacing() + 16))
            f.youth_list.addItem(item)
        rows = [y[0] for y in self._youths]
        f.youth_list.setCurrentRow(rows.index(keep) if keep in rows else 0 if rows else -1)
        f.youth_list.blockSignals(False)
        f.youth_note.setText(
            self.tr(
                "Jongeren vanaf {age} jaar krijgen een perspectiefplan 18-/18+ in het plan van "
                "het huishouden."
            ).format(age=from_age)
            if rows
            else self.tr("Geen jongeren van {age} tot 18 in dit huishouden.").format(age=from_age)
        )
        self._render_youth()

    @staticmethod
    def state_of(tv: TransitionView | None) -> str:
        if tv is None:
            return "geen"
        return "vastgesteld" if tv.frozen else "concept"

    def chosen(self):
        row = self.form.youth_list.currentRow()
        return self._youths[row] if 0 <= row < len(self._youths) else None

    def chosen_plan(self) -> TransitionView | None:
        youth = self.chosen()
        return youth[4] if youth else None

    def _render_youth(self) -> None:
        f, cf, youth = self.form, self.casefile, self.chosen()
        if cf is None:
            return
        tv = youth[4] if youth else None
        state = self.state_of(tv)
        open_ = cf.household.status != HouseholdStatus.AFGESLOTEN.value
        edit = open_ and self.may("plan.edit")
        concept = tv is not None and not tv.frozen
        f.state_badge.setText(self.tr(STATE_WORDS[state]))
        if youth is None:
            f.state_label.setText("")
        else:
            pid, name, born, age, _ = youth
            words = {
                "geen": self.tr("Nog geen perspectiefplan in het plan."),
                "concept": self.tr("In het concept van het plan; nog niet vastgesteld."),
                "vastgesteld": self.tr(
                    "Vastgesteld met het plan; wijzigen begint een nieuw concept."
                ),
            }[state]
            f.state_label.setText(
                f"<b>{escape(name)}</b> — "
                + self.tr("{age} jaar, wordt 18 op {date}").format(
                    age=age, date=date_text(date_turning(born, ADULT))
                )
                + f"<br>{escape(words)}"
            )
        f.start_button.setVisible(state == "geen")
        f.start_button.setEnabled(edit and youth is not None)
        f.new_concept_button.setVisible(state == "vastgesteld")
        f.new_concept_button.setEnabled(edit)
        f.finalise_button.setVisible(state == "concept")
        f.finalise_button.setEnabled(open_ and concept and self.may("plan.finalise"))
        f.edit_areas_button.setEnabled(edit and concept)
        f.edit_item_button.setEnabled(edit and concept)
        signals = [
            s.text for s in cf.signals if s.kind == "turning_18" and youth and youth[1] in s.text
        ]
        f.signal_label.setText("\n".join(signals))
        f.signal_label.setVisible(bool(signals))
        self._render_areas(tv)
        self._render_checklist(tv)

    def _render_areas(self, tv: TransitionView | None) -> None:
        t = self.form.areas_table
        names = dict(self.setup.areas) if self.setup else {}
        rows: list[tuple[str, str]] = []
        if tv is not None:
            rows = [(names.get(a, a), tv.areas.get(a) or "") for a in AREAS]
            extended = {
                None: "",
                True: QT_TRANSLATE_NOOP("TransitionSection", "besloten"),
                False: QT_TRANSLATE_NOOP("TransitionSection", "niet nodig"),
            }
            rows += [
                (self.tr("Risico-inschatting"), tv.risk_assessment or ""),
                (self.tr("Contactpersoon 18+"), tv.contact_18plus or ""),
                (self.tr("Overdrachtsdatum"), date_text(tv.transfer_date)),
                (
                    self.tr("Verlengde jeugdhulp"),
                    self.tr(extended[tv.extended_youth_care_decided]),
                ),
            ]
        t.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                t.setItem(r, c, QTableWidgetItem(text))
        t.resizeRowsToContents()

    def _render_checklist(self, tv: TransitionView | None) -> None:
        f = self.form
        t = f.checklist_table
        items = tv.items if tv else ()
        t.setRowCount(len(items))
        for r, it in enumerate(items):
            cells = (
                it.name,
                choice_label(it.status),
                it.responsible or "",
                date_text(it.due_date),
                it.note or "",
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, it.id)
                t.setItem(r, c, item)
        t.resizeRowsToContents()
        if items and t.currentRow() < 0:
            t.setCurrentCell(0, 0)
        done = sum(1 for it in items if it.status in ("geregeld", "n.v.t."))
        f.checklist_count.setText(
            self.tr("{done} van {n} geregeld").format(done=done, n=len(items)) if items else ""
        )

    def checklist_rows(self) -> list[list[str]]:
        t = self.form.checklist_table
        return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]

    # ------------------------------------------------------------------ actions

    def start_plan(self) -> None:
        youth = self.chosen()
        if youth is None or not self.form.start_button.isEnabled():
            return
        if youth[4] is not None:
            return
        ctx, hid, pid = self.ctx, self.household_id, youth[0]
        self.write(
            lambda: start_transition_plan(ctx, hid, pid),
            kind="plan",
            done_message=self.tr("Perspectiefplan gestart in het concept van het plan."),
        )

    def new_concept(self) -> None:
        if not self.form.new_concept_button.isEnabled():
            return
        ctx, hid = self.ctx, self.household_id
        self.write(
            lambda: start_concept(ctx, hid),
            kind="plan",
            done_message=self.tr("Nieuw concept begonnen; de vastgestelde versie blijft bewaard."),
        )

    def finalise(self) -> FinaliseDialog | None:
        if self.casefile is None or not self.form.finalise_button.isEnabled():
            return None
        dialog = FinaliseDialog(self, self.casefile)
        dialog.open()
        return dialog

    def edit_areas(self) -> TransitionAreasDialog | None:
        tv = self.chosen_plan()
        if tv is None or not self.form.edit_areas_button.isEnabled():
            return None
        dialog = TransitionAreasDialog(self, tv, dict(self.setup.areas) if self.setup else {})
        dialog.open()
        return dialog

    def edit_item(self) -> ChecklistItemDialog | None:
        tv = self.chosen_plan()
        row = self.form.checklist_table.currentRow()
        if (
            tv is None
            or not self.form.edit_item_button.isEnabled()
            or not (0 <= row < len(tv.items))
        ):
            return None
        dialog = ChecklistItemDialog(self, tv, tv.items[row])
        dialog.open()
        return dialog
