"""The dialog for a goal: a new goal with its first actions in one go, or a change of one
goal.

Rules:
- A new goal and its actions are one save (`add_goal_with_actions`): leefgebied, for whom,
  the goal, its SMART result and, on the lines below, the actions — nothing is asked twice.
  A line with nothing typed is skipped; an error on a line points at its field
  ("actie 2: deadline").
- When the plan in force is vastgesteld, the dialog says that saving starts a new concept
  (the services start it in the same save; the vastgestelde version stays as it was).
- Changing a goal sends the version it was read at: a save over someone else's
  change is a conflict; "Opnieuw laden" fills the dialog with what is stored now,
  "Vergelijken" shows the two side by side. Nothing is overwritten.
- Enter saves from any one-line field; Ctrl+Enter or Ctrl+S from the SMART result.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from h4casus.domain.enums import GoalStatus, ResponsibleType
from h4casus.gui.forms import Form
from h4casus.gui.screens.casefile.sections.plan.choices import (
    fill_leefgebieden,
    fill_members,
    fill_owner_types,
    fill_values,
    select_data,
)
from h4casus.gui.screens.casefile.sections.plan.common import (
    frozen_note,
    show_comparison,
    show_note,
)
from h4casus.gui.widgets.form_dialog import FormDialog
from h4casus.gui.widgets.words import choice_label
from h4casus.services.plan.goals import ActionInput, add_goal_with_actions, update_goal
from h4casus.services.plan.versions import get_plan
from h4casus.services.plan.views import GoalView, PlanOverview
from h4casus.services.queries.casefile import CaseFile

FIRST_ACTION_LINES = 2


class GoalForm(Form):
    ui_file = "goal_dialog"
    note_label: QLabel
    leefgebied_combo: QComboBox
    person_combo: QComboBox
    title_edit: QLineEdit
    result_edit: QPlainTextEdit
    status_combo: QComboBox
    actions_box: QGroupBox
    action_rows: QWidget
    more_button: QPushButton


class ActionLine:
    """The widgets of one action line in the goal dialog."""

    def __init__(self, dialog: QDialog, grid: QGridLayout, n: int) -> None:
        self.number = QLabel(f"{n}.")
        self.description = QLineEdit()
        self.description.setPlaceholderText(
            QCoreApplication.translate("GoalDialog", "Wie doet wat?")
        )
        self.type_combo = QComboBox()
        fill_owner_types(
            self.type_combo,
            ResponsibleType.INWONER.value if n == 1 else ResponsibleType.WIJKTEAM.value,
        )
        self.name = QLineEdit()
        self.name.setPlaceholderText(QCoreApplication.translate("GoalDialog", "naam (mag leeg)"))
        self.deadline = QLineEdit()
        self.deadline.setPlaceholderText(QCoreApplication.translate("GoalDialog", "dd-mm-jjjj"))
        self.deadline.setMaximumWidth(120)
        self.description.setAccessibleName(
            QCoreApplication.translate("GoalDialog", "Actie {n}").format(n=n)
        )
        self.type_combo.setAccessibleName(
            QCoreApplication.translate("GoalDialog", "Wie doet actie {n}").format(n=n)
        )
        self.name.setAccessibleName(
            QCoreApplication.translate("GoalDialog", "Naam bij actie {n}").format(n=n)
        )
        self.deadline.setAccessibleName(
            QCoreApplication.translate("GoalDialog", "Deadline van actie {n}").format(n=n)
        )
        for col, widget in enumerate(
            (self.number, self.description, self.type_combo, self.name, self.deadline)
        ):
            grid.addWidget(widget, n, col)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.description, self.type_combo, self.name, self.deadline)

    def blank(self) -> bool:
        return not (self.description.text().strip() or self.name.text().strip()) and not (
            self.deadline.text().strip()
        )

    def value(self) -> ActionInput:
        return ActionInput(
            self.description.text(),
            self.type_combo.currentData(),
            self.name.text().strip() or None,
            self.deadline.text().strip() or None,
        )


class GoalDialog(FormDialog):
    """A new goal with its first actions (`goal` None) or a change of one goal."""

    def __init__(
        self,
        section,
        casefile: CaseFile,
        goal: GoalView | None = None,
        *,
        leefgebied: str | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("GoalDialog", "Nieuw doel")
            if goal is None
            else QCoreApplication.translate("GoalDialog", "Doel wijzigen")
        )
        super().__init__(section.ops, title, section.window())
        self.section = section
        self.casefile = casefile
        self.goal = goal
        body = QWidget()
        self.form = f = GoalForm(body)
        self.lines: list[ActionLine] = []
        show_note(
            f.note_label,
            frozen_note(
                self,
                casefile,
                self.tr("met dit doel erbij") if goal is None else self.tr("met deze wijziging"),
            ),
        )
        fill_leefgebieden(
            f.leefgebied_combo, casefile, goal.leefgebied_code if goal else leefgebied
        )
        fill_members(f.person_combo, casefile, goal.person_id if goal else None)
        fill_values(f.status_combo, [s.value for s in GoalStatus], goal.status if goal else None)
        f.leefgebied_combo.setAccessibleName(self.tr("Leefgebied"))
        f.person_combo.setAccessibleName(self.tr("Voor wie"))
        f.title_edit.setAccessibleName(self.tr("Doel"))
        f.result_edit.setAccessibleName(self.tr("Resultaat (SMART)"))
        f.status_combo.setAccessibleName(self.tr("Status van het doel"))
        f.more_button.setAccessibleName(self.tr("Nog een actieregel"))
        if goal is not None:
            self._fill(goal)
            f.actions_box.hide()
        else:
            self._grid = QGridLayout(f.action_rows)
            self._grid.setContentsMargins(0, 0, 0, 0)
            self._grid.setHorizontalSpacing(8)
            self._grid.setVerticalSpacing(6)
            heads = ("", self.tr("Actie"), self.tr("Wie"), self.tr("Naam"), self.tr("Deadline"))
            for col, text in enumerate(heads):
                head = QLabel(text)
                head.setProperty("role", "muted")
                self._grid.addWidget(head, 0, col)
            self._grid.setColumnStretch(1, 3)
            self._grid.setColumnStretch(3, 1)
            for _ in range(FIRST_ACTION_LINES):
                self.add_line()
            f.more_button.clicked.connect(self.add_line)
        self.fields = {
            "leefgebied": f.leefgebied_combo,
            "gezinslid": f.person_combo,
            "doel": f.title_edit,
            "resultaat (SMART)": f.result_edit,
            "status": f.status_combo,
        }
        self.set_body(body)
        self.resize(760, self.sizeHint().height())
        # A new goal starts at its leefgebied (preset to the one the user is looking at:
        # Tab keeps it); a change starts at the goal's words.
        (f.title_edit if goal is not None else f.leefgebied_combo).setFocus()

    def _fill(self, goal: GoalView) -> None:
        f = self.form
        select_data(f.leefgebied_combo, goal.leefgebied_code)
        select_data(f.person_combo, goal.person_id)
        select_data(f.status_combo, goal.status)
        f.title_edit.setText(goal.title)
        f.result_edit.setPlainText(goal.smart_result)

    def add_line(self) -> ActionLine:
        line = ActionLine(self, self._grid, len(self.lines) + 1)
        self.lines.append(line)
        chain = [self.form.status_combo]
        for each in self.lines:
            chain.extend(each.widgets())
        chain.append(self.form.more_button)
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)
        if len(self.lines) > FIRST_ACTION_LINES:
            line.description.setFocus()
        return line

    # ------------------------------------------------------------------ saving

    def submit(self) -> None:
        f, section = self.form, self.section
        ctx, hid = section.ctx, section.household_id
        leefgebied = f.leefgebied_combo.currentData()
        person = f.person_combo.currentData()
        title, result = f.title_edit.text(), f.result_edit.toPlainText()
        status = f.status_combo.currentData()
        if self.goal is not None:
            goal = self.goal
            self.save(
                lambda: update_goal(
                    ctx,
                    goal.id,
                    goal.version,
                    new_concept=True,
                    leefgebied=leefgebied,
                    person_id=person,
                    title=title,
                    smart_result=result,
                    status=status,
                ),
                kind="plan",
                household_id=hid,
            )
            return
        used = [line for line in self.lines if not line.blank()]
        for n, line in enumerate(used, start=1):
            self.fields[f"actie {n}: actie"] = line.description
            self.fields[f"actie {n}: status"] = line.description
            self.fields[f"actie {n}: wie"] = line.type_combo
            self.fields[f"actie {n}: naam verantwoordelijke"] = line.name
            self.fields[f"actie {n}: deadline"] = line.deadline
        actions = [line.value() for line in used]
        self.save(
            lambda: add_goal_with_actions(
                ctx, hid, leefgebied, title, result, actions, person_id=person, status=status
            ),
            kind="plan",
            household_id=hid,
        )

    # ------------------------------------------------------------------ conflicts

    def reload(self) -> None:
        """Fill the dialog with the goal as it is stored now (and refresh the file)."""
        if self.goal is None:
            return
        ctx, hid, lineage = self.section.ctx, self.section.household_id, self.goal.lineage_id
        self.ops.query(self, lambda: get_plan(ctx, hid), lambda p: self._reloaded(p, lineage))
        self.section.screen.refresh()

    def _reloaded(self, plan: PlanOverview, lineage: int) -> None:
        goals = plan.current.goals if plan.current else ()
        goal = next((g for g in goals if g.lineage_id == lineage), None)
        if goal is None:
            self.message.show_message(self.tr("Dit doel staat niet meer in het plan."), "warning")
            self.save_button.setEnabled(False)
            return
        self.goal = goal
        self._fill(goal)
        self.message.show_message(self.tr("Opnieuw geladen: dit is wat nu is opgeslagen."), "ok")

    def can_compare(self) -> bool:
        return self.goal is not None

    def compare(self) -> None:
        ctx, hid, lineage = self.section.ctx, self.section.household_id, self.goal.lineage_id
        f = self.form
        mine = [
            (self.tr("Leefgebied"), f.leefgebied_combo.currentText()),
            (self.tr("Voor"), f.person_combo.currentText()),
            (self.tr("Doel"), f.title_edit.text()),
            (self.tr("Resultaat (SMART)"), f.result_edit.toPlainText()),
            (self.tr("Status"), f.status_combo.currentText()),
        ]

        def show(plan: PlanOverview) -> None:
            goals = plan.current.goals if plan.current else ()
            stored = next((g for g in goals if g.lineage_id == lineage), None)
            names = {p.id: p.name for p in self.casefile.members}
            theirs = (
                [
                    stored.leefgebied,
                    names.get(stored.person_id, "")
                    if stored.person_id
                    else self.tr("Hele huishouden"),
                    stored.title,
                    stored.smart_result,
                    choice_label(stored.status),
                ]
                if stored
                else [self.tr("(verwijderd)")] * len(mine)
            )
            show_comparison(self, mine, theirs)

        self.ops.query(self, lambda: get_plan(ctx, hid), show)
