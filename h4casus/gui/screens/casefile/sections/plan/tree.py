"""The plan as a tree: leefgebied → goal → (what the household and its network do | what
professionals do) → action, and the words of the detail card beside it.

Rules:
- Leefgebieden appear in their configured order, only those with goals; a goal says whom it
  is for ("Hele huishouden" or the member's name), its status, and its SMART result (in the
  card and as a tip).
- Under a goal with actions, two groups: "Huishouden en netwerk" (owner types the domain
  counts as the household's own circle) and "Professionals"; an empty group says so, so the
  plan always shows what the household does itself.
- An open action whose deadline has passed shows the date in the error colour *and* the word
  "verlopen" (never colour alone).
- Every row carries a `Node` (what it is, and the views behind it); a selection is kept
  across reloads by the node's `key`, which survives a new concept (goals by lineage).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from h4casus.domain.enums import ActionStatus, ResponsibleType
from h4casus.gui.style import COLOURS
from h4casus.gui.widgets.words import choice_label, date_text, owner_text
from h4casus.services.plan.views import ActionView, GoalView, PlanVersionView

NODE = Qt.ItemDataRole.UserRole
COLUMNS = 4


@dataclass(frozen=True)
class Node:
    kind: str  # "leefgebied" | "goal" | "group" | "action"
    goal: GoalView | None = None
    action: ActionView | None = None
    own_circle: bool | None = None  # for a group: the household's side or the professionals'
    leefgebied: str | None = None

    @property
    def key(self) -> tuple:
        if self.kind == "leefgebied":
            return ("leefgebied", self.leefgebied)
        if self.kind == "goal":
            return ("goal", self.goal.lineage_id)
        if self.kind == "group":
            return ("group", self.goal.lineage_id, self.own_circle)
        return ("action", self.goal.lineage_id, self.action.position, self.action.description)


def is_own_circle(action: ActionView) -> bool:
    try:
        return ResponsibleType(action.responsible_type).is_own_circle
    except ValueError:
        return False


def is_overdue(action: ActionView, today: date) -> bool:
    try:
        open_ = ActionStatus(action.status).is_open
    except ValueError:
        open_ = True
    return open_ and action.deadline is not None and action.deadline < today


def member_label(person_id: int | None, names: dict[int, str]) -> str:
    if person_id is None:
        return QCoreApplication.translate("PlanTree", "Hele huishouden")
    return names.get(person_id) or QCoreApplication.translate("PlanTree", "(geen gezinslid meer)")


def fill_tree(
    tree: QTreeWidget, version: PlanVersionView | None, names: dict[int, str], today: date
) -> None:
    """Replace the tree's rows by the goals and actions of `version`."""
    tree.clear()
    if version is None:
        return
    bold = QFont(tree.font())
    bold.setBold(True)
    italic = QFont(tree.font())
    italic.setItalic(True)
    groups: dict[str, QTreeWidgetItem] = {}
    for goal in version.goals:  # ordered by leefgebied, then position
        parent = groups.get(goal.leefgebied_code)
        if parent is None:
            parent = QTreeWidgetItem(tree, [goal.leefgebied])
            parent.setFont(0, bold)
            parent.setFirstColumnSpanned(True)
            parent.setData(0, NODE, Node("leefgebied", leefgebied=goal.leefgebied_code))
            groups[goal.leefgebied_code] = parent
        item = QTreeWidgetItem(
            parent,
            [goal.title, member_label(goal.person_id, names), "", choice_label(goal.status)],
        )
        item.setFont(0, bold)
        item.setToolTip(
            0,
            QCoreApplication.translate("PlanTree", "Resultaat: {text}").format(
                text=goal.smart_result
            ),
        )
        item.setData(0, NODE, Node("goal", goal))
        if goal.actions:
            for own in (True, False):
                acts = [a for a in goal.actions if is_own_circle(a) == own]
                title = (
                    QCoreApplication.translate("PlanTree", "Huishouden en netwerk")
                    if own
                    else QCoreApplication.translate("PlanTree", "Professionals")
                )
                if not acts:
                    title += " — " + QCoreApplication.translate("PlanTree", "nog niets afgesproken")
                group = QTreeWidgetItem(item, [title])
                group.setFirstColumnSpanned(True)
                group.setFont(0, italic)
                group.setData(0, NODE, Node("group", goal, own_circle=own))
                for a in acts:
                    _action_item(group, goal, a, today)
        parent.setText(0, f"{goal.leefgebied}  ·  {_count_goals(parent.childCount())}")
    tree.expandAll()


def _count_goals(n: int) -> str:
    return (
        QCoreApplication.translate("PlanTree", "1 doel")
        if n == 1
        else QCoreApplication.translate("PlanTree", "{n} doelen").format(n=n)
    )


def _action_item(
    parent: QTreeWidgetItem, goal: GoalView, a: ActionView, today: date
) -> QTreeWidgetItem:
    deadline = date_text(a.deadline)
    overdue = is_overdue(a, today)
    if overdue:
        deadline += " " + QCoreApplication.translate("PlanTree", "(verlopen)")
    item = QTreeWidgetItem(
        parent,
        [
            a.description,
            owner_text(a.responsible_type, a.responsible_name),
            deadline,
            choice_label(a.status),
        ],
    )
    item.setToolTip(0, a.description)
    if overdue:
        item.setForeground(2, QBrush(QColor(COLOURS["error"])))
        item.setToolTip(
            2,
            QCoreApplication.translate("PlanTree", "De deadline is voorbij en de actie loopt nog"),
        )
    item.setData(0, NODE, Node("action", goal, a))
    return item


def node_of(item: QTreeWidgetItem | None) -> Node | None:
    return item.data(0, NODE) if item is not None else None


def find_item(tree: QTreeWidget, key: tuple) -> QTreeWidgetItem | None:
    """The row whose node has `key` (or, for an action that is gone, its goal)."""
    fallback = None
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        node = node_of(item)
        if node is not None:
            if node.key == key:
                return item
            if key[0] in ("action", "group") and node.key == ("goal", key[1]):
                fallback = item
        stack.extend(item.child(i) for i in range(item.childCount()))
    return fallback


def detail_html(node: Node | None, names: dict[int, str], today: date) -> tuple[str, str, str]:
    """(title, meta line, body) of the card beside the tree for the chosen row."""
    if node is None:
        return "", "", ""
    if node.kind == "leefgebied":
        return "", "", ""
    goal = node.goal
    if node.kind == "action":
        a = node.action
        meta = " · ".join(
            part
            for part in (
                owner_text(a.responsible_type, a.responsible_name),
                choice_label(a.status),
                QCoreApplication.translate("PlanTree", "deadline {date}").format(
                    date=date_text(a.deadline)
                )
                if a.deadline
                else "",
            )
            if part
        )
        body = QCoreApplication.translate("PlanTree", "Bij doel: {goal}").format(
            goal=escape(goal.title)
        )
        if is_overdue(a, today):
            body += (
                "<br><b>"
                + QCoreApplication.translate("PlanTree", "De deadline is verlopen.")
                + "</b>"
            )
        if a.completed_on:
            body += "<br>" + QCoreApplication.translate("PlanTree", "Afgerond op {date}").format(
                date=date_text(a.completed_on)
            )
        return a.description, meta, body
    own = sum(1 for a in goal.actions if is_own_circle(a))
    meta = " · ".join(
        (goal.leefgebied, member_label(goal.person_id, names), choice_label(goal.status))
    )
    body = (
        "<b>"
        + QCoreApplication.translate("PlanTree", "Resultaat (SMART)")
        + "</b><br>"
        + escape(goal.smart_result).replace("\n", "<br>")
        + "<br><br>"
        + QCoreApplication.translate(
            "PlanTree", "Huishouden en netwerk: {own} · professionals: {pro}"
        ).format(own=own, pro=len(goal.actions) - own)
    )
    return goal.title, meta, body
