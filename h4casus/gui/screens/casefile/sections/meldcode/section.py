"""Meldcode: the five steps of the current trajectory with what was recorded at each, the next
step (Ctrl+Shift+M), skipping the conversation (step 3) on the ground of danger, and every
record of the household's Meldcode history.

Rules:
- The order is the service's (`services.casework.meldcode`): a trajectory starts at step 1
  and each step follows the one before; the section offers the next step, and a new
  trajectory once step 5 is decided. Step 3 may be skipped instead (the ground and an
  explanation are recorded; the step reads "overgeslagen").
- Enter on a step in the list records that step again (to consult again, say) when the
  step before it is on record; anything else says which step is next.
- Step 4 shows its answers and their conclusion; step 5 its decision.
- Buttons follow the policy (`may("meldcode.record")`) and the household being open.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from h4casus.domain import meldcode as rules
from h4casus.domain.enums import HouseholdStatus
from h4casus.gui.forms import Form
from h4casus.gui.screens.casefile.sections.base import Section
from h4casus.gui.screens.casefile.sections.meldcode.step_dialog import MeldcodeStepDialog
from h4casus.gui.widgets.tables import set_columns
from h4casus.gui.widgets.words import date_text
from h4casus.services.casework.meldcode import (
    STEP_NAMES,
    MeldcodeStepView,
    current_trajectory,
)
from h4casus.services.queries.casefile import CaseFile

STEP_COLUMNS = (
    QT_TRANSLATE_NOOP("MeldcodeSection", "Stap"),
    QT_TRANSLATE_NOOP("MeldcodeSection", "Stand"),
    QT_TRANSLATE_NOOP("MeldcodeSection", "Vastgelegd"),
)
HISTORY_COLUMNS = (
    QT_TRANSLATE_NOOP("MeldcodeSection", "Datum"),
    QT_TRANSLATE_NOOP("MeldcodeSection", "Stap"),
    QT_TRANSLATE_NOOP("MeldcodeSection", "Door"),
    QT_TRANSLATE_NOOP("MeldcodeSection", "Vastgelegd"),
)


def trajectory(steps: tuple[MeldcodeStepView, ...]) -> list[MeldcodeStepView]:
    """The steps since the most recent step 1 (the service's rule)."""
    return current_trajectory(list(steps))


def next_step(steps: tuple[MeldcodeStepView, ...]) -> int:
    current = trajectory(steps)
    if not current:
        return 1
    last = max(st.step for st in current)
    return 1 if last >= rules.DECISION_STEP else last + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeldcodeSection", text)


def what(st: MeldcodeStepView) -> str:
    """What a record holds, in words."""
    parts: list[str] = []
    if st.skipped:
        parts.append(_tr("Gesprek overgeslagen ({ground})").format(ground=st.skip_ground))
    if st.answers:
        yes, no = _tr("Ja"), _tr("Nee")
        parts.append(
            "; ".join(f"{a.question} {yes if a.answer else no}" for a in st.answers)
            + f" → {st.weighing.conclusion}"
        )
    if st.decision:
        parts.append(_tr("Besluit: {decision}").format(decision=st.decision))
    if st.note:
        parts.append(st.note)
    return "\n".join(parts)


class MeldcodeForm(Form):
    ui_file = "section_meldcode"
    next_card: QFrame
    next_label: QLabel
    record_button: QPushButton
    skip_button: QPushButton
    steps_table: QTableWidget
    history_table: QTableWidget


class MeldcodeSection(Section):
    key = "meldcode"
    title = "Meldcode"
    shortcuts = {"Ctrl+Shift+M": "record_next"}

    def __init__(self, screen) -> None:
        super().__init__(screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = f = MeldcodeForm(self)
        for table, columns in (
            (f.steps_table, STEP_COLUMNS),
            (f.history_table, HISTORY_COLUMNS),
        ):
            set_columns(table, [self.tr(c) for c in columns], stretch=(len(columns) - 1,))
        f.record_button.clicked.connect(self.record_next)
        f.skip_button.clicked.connect(self.skip_conversation)
        f.steps_table.itemActivated.connect(lambda *_: self.record_chosen())
        f.steps_table.setToolTip(
            self.tr("Enter op een stap legt die stap (opnieuw) vast, bijvoorbeeld nog eens overleg")
        )
        for widget, name in (
            (f.next_label, self.tr("Volgende stap")),
            (f.record_button, self.tr("Volgende stap vastleggen")),
            (f.skip_button, self.tr("Gesprek overslaan")),
            (f.steps_table, self.tr("De vijf stappen")),
            (f.history_table, self.tr("Alles wat is vastgelegd")),
        ):
            widget.setAccessibleName(name)

    # ------------------------------------------------------------------ render

    def render(self, cf: CaseFile) -> None:
        f = self.form
        steps = cf.meldcode
        nxt = next_step(steps)
        current = trajectory(steps)
        if not steps:
            text = self.tr("Er loopt geen meldcode. Begin met stap 1: {name}.").format(
                name=STEP_NAMES[1].lower()
            )
        elif nxt == 1:
            text = self.tr(
                "Het laatste traject is afgerond met een besluit. Nieuwe zorgen? Begin een "
                "nieuw traject met stap 1."
            )
        else:
            text = self.tr("<b>Volgende stap: {n}. {name}</b>").format(
                n=nxt, name=escape(STEP_NAMES[nxt])
            )
            if nxt == rules.CONVERSATION_STEP:
                text += "<br>" + self.tr(
                    "Brengt het gesprek de veiligheid in gevaar, sla het dan over met die reden."
                )
        f.next_label.setText(text)
        f.record_button.setText(
            self.tr("Stap 1 &vastleggen…") if nxt == 1 else self.tr("Volgende &stap vastleggen…")
        )
        may = cf.household.status != HouseholdStatus.AFGESLOTEN.value and self.may(
            "meldcode.record"
        )
        f.record_button.setEnabled(may)
        f.skip_button.setVisible(nxt == rules.CONVERSATION_STEP)
        f.skip_button.setEnabled(may)
        self._render_steps(current)
        self._render_history(steps)

    def _render_steps(self, current: list[MeldcodeStepView]) -> None:
        t = self.form.steps_table
        t.setRowCount(len(STEP_NAMES))
        for r, (n, name) in enumerate(sorted(STEP_NAMES.items())):
            done = [st for st in current if st.step == n]
            last = done[-1] if done else None
            if last is None:
                state = self.tr("Nog niet")
            elif last.skipped:
                state = self.tr("Overgeslagen op {date} door {who}").format(
                    date=date_text(last.done_on), who=last.author
                )
            else:
                state = self.tr("Gezet op {date} door {who}").format(
                    date=date_text(last.done_on), who=last.author
                )
                if len(done) > 1:
                    state += self.tr(" ({n}×)").format(n=len(done))
            cells = (f"{n}. {name}", state, what(last) if last else "")
            for c, text in enumerate(cells):
                t.setItem(r, c, QTableWidgetItem(text))
        t.resizeRowsToContents()

    def _render_history(self, steps: tuple[MeldcodeStepView, ...]) -> None:
        t = self.form.history_table
        rows = list(reversed(steps))
        t.setRowCount(len(rows))
        for r, st in enumerate(rows):
            cells = (date_text(st.done_on), f"{st.step}. {st.step_name}", st.author, what(st))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, st.id)
                t.setItem(r, c, item)
        t.resizeRowsToContents()

    def step_rows(self) -> list[list[str]]:
        t = self.form.steps_table
        return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]

    # ------------------------------------------------------------------ actions

    def record_next(self) -> MeldcodeStepDialog | None:
        cf = self.casefile
        if cf is None or not self.form.record_button.isEnabled():
            return None
        return self._record(next_step(cf.meldcode))

    def record_chosen(self) -> MeldcodeStepDialog | None:
        """Enter on a step of the trajectory: record it (again). A step may be repeated (to
        consult again, say) once the step before it is on record; the next step as usual."""
        cf = self.casefile
        row = self.form.steps_table.currentRow()
        if cf is None or not self.form.record_button.isEnabled() or row < 0:
            return None
        step, nxt = row + 1, next_step(cf.meldcode)
        done = {st.step for st in trajectory(cf.meldcode)}
        if step != nxt and not (step > 1 and step - 1 in done and step <= max(done, default=0)):
            self.screen.message.show_message(
                self.tr("Stap {step} kan nu niet; de volgende stap is {next}.").format(
                    step=step, next=nxt
                ),
                "warning",
            )
            return None
        return self._record(step)

    def _record(self, step: int) -> MeldcodeStepDialog:
        cf = self.casefile
        weighings = [st for st in trajectory(cf.meldcode) if st.step == rules.WEIGHING_STEP]
        dialog = MeldcodeStepDialog(self, cf, step, weighing=weighings[-1] if weighings else None)
        dialog.open()
        return dialog

    def skip_conversation(self) -> MeldcodeStepDialog | None:
        cf = self.casefile
        if (
            cf is None
            or not self.form.skip_button.isEnabled()
            or next_step(cf.meldcode) != rules.CONVERSATION_STEP
        ):
            return None
        dialog = MeldcodeStepDialog(self, cf, rules.CONVERSATION_STEP, skip=True)
        dialog.open()
        return dialog
