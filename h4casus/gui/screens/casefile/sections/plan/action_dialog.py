"""The dialog for one action of a goal: who does what by when, and its status.

Rules:
- A new action belongs to the chosen goal (the goal of the row chosen in the plan; another
  goal can be chosen in the dialog); "Wie" offers the household's own circle first, then the
  professionals, and starts on the side the user came from.
- When the plan in force is vastgesteld, the dialog says that saving starts a new concept
  (the services start it in the same save).
- A change sends the version it was read at: a save over someone else's change is a
  conflict, with "Opnieuw laden" and "Vergelijken"; nothing is overwritten.
- "Uit het netwerk" assigns the action to a member of the household's network (informal:
  owner netwerk; a professional: professional or aanbieder) and fills Wie and Naam.
- The deadline is typed as dd-mm-jjjj (empty: none); the services check it and a wrong date
  is shown at the field.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from h4casus.domain.enums import ActionStatus, ResponsibleType
from h4casus.gui.forms import Form
from h4casus.gui.screens.casefile.sections.plan.choices import (
    fill_goals,
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
from h4casus.gui.widgets.words import choice_label, date_text
from h4casus.services.plan.actions import add_action, update_action
from h4casus.services.plan.versions import get_plan
from h4casus.services.plan.views import ActionView, GoalView, PlanOverview
from h4casus.services.queries.casefile import CaseFile


class ActionForm(Form):
    ui_file = "action_dialog"
    note_label: QLabel
    goal_combo: QComboBox
    description_edit: QLineEdit
    type_combo: QComboBox
    name_edit: QLineEdit
    deadline_edit: QLineEdit
    status_combo: QComboBox
    network_combo: QComboBox


class ActionDialog(FormDialog):
    """A new action for a goal (`action` None) or a change of one action."""

    def __init__(
        self,
        section,
        casefile: CaseFile,
        goal: GoalView,
        action: ActionView | None = None,
        *,
        own_circle: bool | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("ActionDialog", "Nieuwe actie")
            if action is None
            else QCoreApplication.translate("ActionDialog", "Actie wijzigen")
        )
        super().__init__(section.ops, title, section.window())
        self.section = section
        self.casefile = casefile
        self.goal = goal
        self.action = action
        body = QWidget()
        self.form = f = ActionForm(body)
        show_note(
            f.note_label,
            frozen_note(
                self,
                casefile,
                self.tr("met deze actie erbij")
                if action is None
                else self.tr("met deze wijziging"),
            ),
        )
        goals = casefile.plan.goals if casefile.plan else (goal,)
        fill_goals(f.goal_combo, goals, goal.id)
        f.goal_combo.setEnabled(action is None)
        default_type = (
            ResponsibleType.WIJKTEAM.value if own_circle is False else ResponsibleType.INWONER.value
        )
        fill_owner_types(f.type_combo, action.responsible_type if action else default_type)
        fill_values(
            f.status_combo, [s.value for s in ActionStatus], action.status if action else None
        )
        f.goal_combo.setAccessibleName(self.tr("Bij doel"))
        f.description_edit.setAccessibleName(self.tr("Actie"))
        f.type_combo.setAccessibleName(self.tr("Wie doet het"))
        f.name_edit.setAccessibleName(self.tr("Naam van wie het doet"))
        f.deadline_edit.setAccessibleName(self.tr("Deadline"))
        f.status_combo.setAccessibleName(self.tr("Status van de actie"))
        f.network_combo.setAccessibleName(self.tr("Uit het netwerk"))
        f.network_combo.addItem(self.tr("(niemand uit het netwerk)"), None)
        self.contacts = {c.id: c for c in casefile.network}
        for c in casefile.network:
            if c.active or (action is not None and c.id == action.network_contact_id):
                side = self.tr("eigen netwerk") if c.informal else self.tr("professional")
                f.network_combo.addItem(f"{c.label} ({side})", c.id)
        f.network_combo.activated.connect(self._network_chosen)
        if action is not None:
            self._fill(action)
        self.fields = {
            "actie": f.description_edit,
            "wie": f.type_combo,
            "naam verantwoordelijke": f.name_edit,
            "deadline": f.deadline_edit,
            "status": f.status_combo,
            "netwerklid": f.network_combo,
        }
        self.set_body(body)
        self.resize(640, 330)
        f.description_edit.setFocus()

    def _fill(self, action: ActionView) -> None:
        f = self.form
        f.description_edit.setText(action.description)
        select_data(f.type_combo, action.responsible_type)
        f.name_edit.setText(action.responsible_name or "")
        f.deadline_edit.setText(date_text(action.deadline))
        select_data(f.status_combo, action.status)
        select_data(f.network_combo, action.network_contact_id)

    def _network_chosen(self, *_args) -> None:
        """A network member fills Wie and Naam (the services keep them in step)."""
        f = self.form
        c = self.contacts.get(f.network_combo.currentData())
        if c is None:
            return
        owner = ResponsibleType.NETWERK if c.informal else ResponsibleType.PROFESSIONAL
        if not c.informal and f.type_combo.currentData() == ResponsibleType.AANBIEDER.value:
            owner = ResponsibleType.AANBIEDER
        select_data(f.type_combo, owner.value)
        f.name_edit.setText(c.contact_name if c.informal else (c.organisation or c.label))

    def submit(self) -> None:
        f, section = self.form, self.section
        ctx, hid = section.ctx, section.household_id
        values = {
            "description": f.description_edit.text(),
            "responsible_type": f.type_combo.currentData(),
            "responsible_name": f.name_edit.text().strip() or None,
            "deadline": f.deadline_edit.text().strip() or None,
            "status": f.status_combo.currentData(),
            "network_contact_id": f.network_combo.currentData(),
        }
        if self.action is None:
            goal_id = f.goal_combo.currentData()
            description = values.pop("description")
            kind = values.pop("responsible_type")
            self.save(
                lambda: add_action(ctx, goal_id, description, kind, new_concept=True, **values),
                kind="plan",
                household_id=hid,
            )
            return
        action = self.action
        self.save(
            lambda: update_action(ctx, action.id, action.version, new_concept=True, **values),
            kind="plan",
            household_id=hid,
        )

    def chosen_goal(self) -> GoalView | None:
        goal_id = self.form.goal_combo.currentData()
        goals = self.casefile.plan.goals if self.casefile.plan else ()
        return next((g for g in goals if g.id == goal_id), self.goal)

    # ------------------------------------------------------------------ conflicts

    def _stored(self, plan: PlanOverview) -> ActionView | None:
        goals = plan.current.goals if plan.current else ()
        goal = next((g for g in goals if g.lineage_id == self.goal.lineage_id), None)
        if goal is None or self.action is None:
            return None
        same = [a for a in goal.actions if a.position == self.action.position]
        return next((a for a in same if a.id == self.action.id), same[0] if same else None)

    def reload(self) -> None:
        if self.action is None:
            return
        ctx, hid = self.section.ctx, self.section.household_id
        self.ops.query(self, lambda: get_plan(ctx, hid), self._reloaded)
        self.section.screen.refresh()

    def _reloaded(self, plan: PlanOverview) -> None:
        stored = self._stored(plan)
        if stored is None:
            self.message.show_message(self.tr("Deze actie staat niet meer in het plan."), "warning")
            self.save_button.setEnabled(False)
            return
        self.action = stored
        self._fill(stored)
        self.message.show_message(self.tr("Opnieuw geladen: dit is wat nu is opgeslagen."), "ok")

    def can_compare(self) -> bool:
        return self.action is not None

    def compare(self) -> None:
        ctx, hid, f = self.section.ctx, self.section.household_id, self.form
        mine = [
            (self.tr("Actie"), f.description_edit.text()),
            (self.tr("Wie"), f.type_combo.currentText()),
            (self.tr("Naam"), f.name_edit.text()),
            (self.tr("Deadline"), f.deadline_edit.text()),
            (self.tr("Status"), f.status_combo.currentText()),
        ]

        def show(plan: PlanOverview) -> None:
            a = self._stored(plan)
            theirs = (
                [
                    a.description,
                    choice_label(a.responsible_type),
                    a.responsible_name or "",
                    date_text(a.deadline),
                    choice_label(a.status),
                ]
                if a
                else [self.tr("(verwijderd)")] * len(mine)
            )
            show_comparison(self, mine, theirs)

        self.ops.query(self, lambda: get_plan(ctx, hid), show)
