"""Plan: the one household plan — goals per leefgebied with their actions, its state
(concept or vastgesteld), evaluations, versions and what changed, decisions.

Rules:
- The banner says plainly which version is shown: "Concept — nog niet vastgesteld" or
  "Vastgesteld op … (akkoord huishouden …)". A vastgesteld plan is read-only as it stands;
  every change from this screen lands in a new concept started from it (the services do so
  in the same save) and the dialogs say so before saving.
- Keyboard: Ctrl+G a new goal (with its first actions), Ctrl+Shift+A a new action for the
  chosen goal, Enter or F2 changes the chosen row (on a leefgebied: a new goal there; on
  "Huishouden en netwerk" or "Professionals": a new action on that side), Delete removes it
  (after a question),
  Ctrl+Shift+E records an evaluation, Ctrl+Shift+V vaststellen; these work anywhere in the
  case file. Tabs: Alt+O goals, Alt+E evaluations, Alt+R versions, Alt+U decisions.
- Buttons follow the policy (`may`): who may not edit the plan sees it read-only.
- After a save the case file reloads (every section shows the new state) and the row just
  saved is chosen again.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from h4casus.domain.enums import HouseholdStatus
from h4casus.gui.forms import Form
from h4casus.gui.screens.casefile.sections.base import Section
from h4casus.gui.screens.casefile.sections.plan.action_dialog import ActionDialog
from h4casus.gui.screens.casefile.sections.plan.choices import member_names
from h4casus.gui.screens.casefile.sections.plan.goal_dialogs import GoalDialog
from h4casus.gui.screens.casefile.sections.plan.history import (
    VersionCompare,
    fill_decisions,
    fill_evaluations,
)
from h4casus.gui.screens.casefile.sections.plan.review_dialogs import (
    DecisionDialog,
    EvaluationDialog,
    FinaliseDialog,
)
from h4casus.gui.screens.casefile.sections.plan.tree import (
    Node,
    detail_html,
    fill_tree,
    find_item,
    node_of,
)
from h4casus.gui.style import COLOURS
from h4casus.gui.widgets.labels import level_badge_style
from h4casus.gui.widgets.words import date_text
from h4casus.services.plan.actions import remove_action
from h4casus.services.plan.goals import remove_goal
from h4casus.services.plan.versions import start_concept
from h4casus.services.queries.casefile import CaseFile
from h4casus.services.queries.plan_changes import compare_versions

CONCEPT_COLOUR = "#fff6dc"  # data colours of the state badge (the banner's own words say it)
FROZEN_COLOUR = "#e3f1e6"


class PlanForm(Form):
    ui_file = "section_plan"
    state_banner: QFrame
    state_badge: QLabel
    state_label: QLabel
    new_concept_button: QPushButton
    finalise_button: QPushButton
    plan_tabs: QTabWidget
    versions_page: QWidget
    add_goal_button: QPushButton
    add_action_button: QPushButton
    edit_button: QPushButton
    remove_button: QPushButton
    count_label: QLabel
    goals_splitter: QSplitter
    plan_tree: QTreeWidget
    detail_card: QFrame
    detail_title: QLabel
    detail_meta: QLabel
    detail_body: QLabel
    evaluate_button: QPushButton
    next_evaluation_label: QLabel
    evaluations_table: QTableWidget
    versions_table: QTableWidget
    from_combo: QComboBox
    to_combo: QComboBox
    compare_summary: QLabel
    changes_tree: QTreeWidget
    decision_button: QPushButton
    decisions_table: QTableWidget


class PlanSection(Section):
    key = "plan"
    title = "Plan"
    shortcuts = {
        "Ctrl+G": "add_goal",
        "Ctrl+Shift+A": "add_action",
        "Ctrl+Shift+E": "record_evaluation",
        "Ctrl+Shift+V": "finalise",
    }

    def __init__(self, screen) -> None:
        super().__init__(screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = f = PlanForm(self)
        self._select_key: tuple | None = None
        t = f.plan_tree
        header = t.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        f.goals_splitter.setStretchFactor(0, 3)
        f.goals_splitter.setStretchFactor(1, 1)
        f.goals_splitter.setSizes([700, 280])
        t.currentItemChanged.connect(self._current_changed)
        t.itemActivated.connect(lambda *_: self.edit_selected())
        for keys, slot in (
            ("F2", self.edit_selected),
            ("Delete", self.remove_selected),
        ):
            shortcut = QShortcut(QKeySequence(keys), t)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        f.add_goal_button.clicked.connect(self.add_goal)
        f.add_action_button.clicked.connect(self.add_action)
        f.edit_button.clicked.connect(self.edit_selected)
        f.remove_button.clicked.connect(self.remove_selected)
        f.finalise_button.clicked.connect(self.finalise)
        f.new_concept_button.clicked.connect(self.new_concept)
        f.evaluate_button.clicked.connect(self.record_evaluation)
        f.decision_button.clicked.connect(self.add_decision)
        self.versions = VersionCompare(
            f.versions_table,
            f.from_combo,
            f.to_combo,
            f.compare_summary,
            f.changes_tree,
            self._compare,
        )
        f.changes_tree.header().setStretchLastSection(True)
        f.plan_tabs.currentChanged.connect(
            lambda index: self.versions.set_visible(f.plan_tabs.widget(index) is f.versions_page)
        )
        for widget, name in (
            (t, self.tr("Doelen en acties per leefgebied")),
            (f.add_goal_button, self.tr("Nieuw doel")),
            (f.add_action_button, self.tr("Nieuwe actie bij het gekozen doel")),
            (f.edit_button, self.tr("Gekozen doel of actie wijzigen")),
            (f.remove_button, self.tr("Gekozen doel of actie verwijderen")),
            (f.finalise_button, self.tr("Plan vaststellen")),
            (f.new_concept_button, self.tr("Nieuw concept beginnen")),
            (f.evaluate_button, self.tr("Nieuwe evaluatie")),
            (f.evaluations_table, self.tr("Evaluaties")),
            (f.versions_table, self.tr("Versies van het plan")),
            (f.from_combo, self.tr("Vergelijk versie")),
            (f.to_combo, self.tr("Met versie")),
            (f.changes_tree, self.tr("Wat er veranderde")),
            (f.decision_button, self.tr("Nieuw besluit")),
            (f.decisions_table, self.tr("Besluiten")),
            (f.state_label, self.tr("Stand van het plan")),
            (f.detail_card, self.tr("Details van de gekozen regel")),
        ):
            widget.setAccessibleName(name)

    # ------------------------------------------------------------------ render

    @property
    def names(self) -> dict[int, str]:
        return member_names(self.casefile)

    def render(self, cf: CaseFile) -> None:
        f = self.form
        keep = self._select_key or self._current_key()
        self._render_state(cf)
        fill_tree(f.plan_tree, cf.plan, self.names, self.ctx.clock.today())
        goals = cf.plan.goals if cf.plan else ()
        actions = sum(len(g.actions) for g in goals)
        f.count_label.setText(
            self.tr("{goals} doelen · {actions} acties").format(goals=len(goals), actions=actions)
            if goals
            else ""
        )
        self._select(keep)
        self._update_buttons()
        fill_evaluations(f.evaluations_table, cf.evaluations)
        fill_decisions(f.decisions_table, cf.decisions)
        self._render_next_evaluation(cf)
        n_ev, n_dec, n_ver = len(cf.evaluations), len(cf.decisions), len(cf.plan_versions)
        f.plan_tabs.setTabText(1, self.tr("&Evaluaties ({n})").format(n=n_ev))
        f.plan_tabs.setTabText(2, self.tr("Ve&rsies ({n})").format(n=n_ver))
        f.plan_tabs.setTabText(3, self.tr("Besl&uiten ({n})").format(n=n_dec))
        self.versions.show(cf.plan_versions, self.names)

    def _render_state(self, cf: CaseFile) -> None:
        f, plan = self.form, cf.plan
        if plan is None:
            badge, colour = self.tr("Nog geen plan"), "#e9edf3"
            text = self.tr("Begin met een doel: Ctrl+G. Een doel krijgt meteen zijn eerste acties.")
        elif plan.frozen:
            badge, colour = self.tr("Vastgesteld"), FROZEN_COLOUR
            text = self.tr(
                "<b>Vastgesteld op {date}</b> (akkoord huishouden {agreed}) — versie {n}, door "
                "{by}. Deze versie verandert niet meer; een wijziging begint een nieuw concept."
            ).format(
                date=date_text(plan.finalised_at),
                agreed=date_text(plan.agreed_on) or "—",
                n=plan.number,
                by=escape(plan.finalised_by_name or "—"),
            )
        else:
            badge, colour = self.tr("Concept"), CONCEPT_COLOUR
            base = cf.last_finalised
            text = self.tr("<b>Concept — nog niet vastgesteld</b> (versie {n}").format(
                n=plan.number
            )
            if base is not None:
                text += self.tr("; de geldende versie is {n}, vastgesteld op {date}").format(
                    n=base.number, date=date_text(base.finalised_at)
                )
            text += "). " + self.tr("Stel het vast met het akkoord van het huishouden.")
        f.state_badge.setText(badge)
        f.state_badge.setStyleSheet(level_badge_style(colour))
        f.state_badge.setAccessibleName(self.tr("Stand: {s}").format(s=badge))
        f.state_label.setText(text)
        f.state_label.setAccessibleDescription(f.state_label.text())

    def _render_next_evaluation(self, cf: CaseFile) -> None:
        nxt = cf.household.next_review_date
        label = self.form.next_evaluation_label
        if nxt is None:
            label.setText("")
            return
        text = self.tr("Volgende evaluatie: {date}").format(date=date_text(nxt))
        if nxt < self.ctx.clock.today():
            overdue = self.tr("verlopen")
            text = (
                f'<span style="color:{COLOURS["error"]};font-weight:600">{text} — {overdue}</span>'
            )
        label.setText(text)

    def _update_buttons(self) -> None:
        f, cf = self.form, self.casefile
        open_ = cf is not None and cf.household.status != HouseholdStatus.AFGESLOTEN.value
        edit = open_ and self.may("plan.edit")
        node = self.selected_node()
        has_goals = bool(cf and cf.plan and cf.plan.goals)
        f.add_goal_button.setEnabled(edit)
        f.add_action_button.setEnabled(edit and has_goals)
        f.edit_button.setEnabled(
            edit and node is not None and node.kind in ("goal", "action", "group")
        )
        f.remove_button.setEnabled(edit and node is not None and node.kind in ("goal", "action"))
        concept = cf is not None and cf.plan is not None and not cf.plan.frozen
        f.finalise_button.setVisible(concept or cf is None or cf.plan is None)
        f.finalise_button.setEnabled(open_ and concept and has_goals and self.may("plan.finalise"))
        f.new_concept_button.setVisible(bool(cf and cf.plan and cf.plan.frozen))
        f.new_concept_button.setEnabled(edit)
        f.evaluate_button.setEnabled(open_ and self.may("evaluation.record"))
        f.decision_button.setEnabled(open_ and self.may("decision.record"))

    # ------------------------------------------------------------------ selection

    def selected_node(self) -> Node | None:
        return node_of(self.form.plan_tree.currentItem())

    def _current_key(self) -> tuple | None:
        node = self.selected_node()
        return node.key if node else None

    def _select(self, key: tuple | None) -> None:
        t = self.form.plan_tree
        item = find_item(t, key) if key else None
        if item is None and t.topLevelItemCount():
            top = t.topLevelItem(0)
            item = top.child(0) if top.childCount() else top
        if item is not None:
            t.setCurrentItem(item)
            self._select_key = None
        self._current_changed()

    def _current_changed(self, *_args) -> None:
        f = self.form
        title, meta, body = detail_html(self.selected_node(), self.names, self.ctx.clock.today())
        if (
            not title
            and self.casefile is not None
            and not (self.casefile.plan and self.casefile.plan.goals)
        ):
            title = self.tr("Nog geen doelen")
            body = self.tr(
                "Een doel hoort bij een leefgebied en is voor het hele huishouden of één "
                "gezinslid. Nieuw doel: Ctrl+G."
            )
        f.detail_title.setText(title)
        f.detail_meta.setText(meta)
        f.detail_body.setText(body)
        self._update_buttons()

    def select_after_save(self, key: tuple) -> None:
        """Choose the row with `key` now if the file shows it, else after the next load."""
        self._select_key = key
        if find_item(self.form.plan_tree, key) is not None:
            self._select(key)
        self.form.plan_tree.setFocus()

    # ------------------------------------------------------------------ actions

    def _goal_for_action(self) -> tuple:
        node = self.selected_node()
        if node is not None and node.goal is not None:
            return node.goal, node.own_circle
        goals = self.casefile.plan.goals if self.casefile and self.casefile.plan else ()
        return (goals[0] if goals else None), None

    def add_goal(self) -> GoalDialog | None:
        if self.casefile is None or not self.form.add_goal_button.isEnabled():
            return None
        node = self.selected_node()
        leefgebied = None
        if node is not None:
            leefgebied = node.leefgebied if node.kind == "leefgebied" else node.goal.leefgebied_code
        dialog = GoalDialog(self, self.casefile, leefgebied=leefgebied)
        dialog.accepted.connect(
            lambda: self.select_after_save(("goal", dialog.result_value.lineage_id))
        )
        dialog.open()
        return dialog

    def add_action(self) -> ActionDialog | None:
        if self.casefile is None or not self.form.add_action_button.isEnabled():
            return None
        goal, own = self._goal_for_action()
        if goal is None:
            return None
        dialog = ActionDialog(self, self.casefile, goal, own_circle=own)

        def saved() -> None:
            a, chosen = dialog.result_value, dialog.chosen_goal()
            self.select_after_save(("action", chosen.lineage_id, a.position, a.description))

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog

    def edit_selected(self) -> GoalDialog | ActionDialog | None:
        node = self.selected_node()
        if node is not None and node.kind == "leefgebied":  # Enter on a leefgebied: a goal there
            return self.add_goal()
        if self.casefile is None or node is None or not self.form.edit_button.isEnabled():
            return None
        if node.kind == "action":
            dialog = ActionDialog(self, self.casefile, node.goal, node.action)

            def saved() -> None:
                a = dialog.result_value
                self.select_after_save(("action", node.goal.lineage_id, a.position, a.description))

            dialog.accepted.connect(saved)
        elif node.kind in ("goal", "group"):
            if node.kind == "group":  # Enter on a group adds an action on that side
                return self._add_action_for(node)
            dialog = GoalDialog(self, self.casefile, node.goal)
            dialog.accepted.connect(lambda: self.select_after_save(node.key))
        else:
            return None
        dialog.open()
        return dialog

    def _add_action_for(self, node: Node) -> ActionDialog:
        dialog = ActionDialog(self, self.casefile, node.goal, own_circle=node.own_circle)
        dialog.accepted.connect(
            lambda: self.select_after_save(
                (
                    "action",
                    node.goal.lineage_id,
                    dialog.result_value.position,
                    dialog.result_value.description,
                )
            )
        )
        dialog.open()
        return dialog

    def remove_selected(self) -> QMessageBox | None:
        node = self.selected_node()
        if node is None or node.kind not in ("goal", "action"):
            return None
        if not self.form.remove_button.isEnabled():
            return None
        frozen = bool(self.casefile.plan and self.casefile.plan.frozen)
        if node.kind == "goal":
            question = self.tr("Doel '{t}' met zijn acties verwijderen?").format(t=node.goal.title)
        else:
            question = self.tr("Actie '{t}' verwijderen?").format(t=node.action.description)
        if frozen:
            question += "\n\n" + self.tr(
                "Het plan is vastgesteld: dit begint een nieuw concept zonder deze regel; "
                "de vastgestelde versie blijft bewaard."
            )
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Verwijderen"), question, parent=self)
        yes = box.addButton(self.tr("Verwijderen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._remove(node))
        box.open()
        return box

    def _remove(self, node: Node) -> None:
        ctx = self.ctx
        if node.kind == "goal":
            gid = node.goal.id
            self.write(
                lambda: remove_goal(ctx, gid, new_concept=True),
                kind="plan",
                done_message=self.tr("Doel verwijderd."),
            )
        else:
            aid = node.action.id
            self._select_key = node.goal and ("goal", node.goal.lineage_id)
            self.write(
                lambda: remove_action(ctx, aid, new_concept=True),
                kind="plan",
                done_message=self.tr("Actie verwijderd."),
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
            if self.casefile is not None and self.casefile.plan and self.casefile.plan.frozen:
                self.screen.message.show_message(
                    self.tr("Dit plan is al vastgesteld; er is geen concept om vast te stellen."),
                    "warning",
                )
            return None
        dialog = FinaliseDialog(self, self.casefile)
        dialog.open()
        return dialog

    def record_evaluation(self) -> EvaluationDialog | None:
        if self.casefile is None or not self.form.evaluate_button.isEnabled():
            return None
        self.form.plan_tabs.setCurrentIndex(1)
        dialog = EvaluationDialog(self, self.casefile)
        dialog.open()
        return dialog

    def add_decision(self) -> DecisionDialog | None:
        if self.casefile is None or not self.form.decision_button.isEnabled():
            return None
        dialog = DecisionDialog(self, self.casefile)
        dialog.open()
        return dialog

    def _compare(self, old_id: int, new_id: int, done) -> None:
        ctx, hid = self.ctx, self.household_id
        self.query(lambda: compare_versions(ctx, hid, old_id, new_id), done)
