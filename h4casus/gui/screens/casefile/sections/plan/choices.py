"""The choice lists of the plan dialogs, filled from the domain and the case file.

Rules:
- Statuses, owner types and evaluation outcomes come from the domain's enums and the
  services' constants; leefgebieden and members from the case file. A combo box shows the
  stored word with a capital and keeps the stored value as its data.
- Owner types are split by a separator: first the household's own circle, then the
  professionals, the way the plan shows them. Each type begins with its own letter, so one
  key press chooses it.
- Restricted members (AVG art. 18) are not offered; a goal already for one keeps it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from h4casus.domain.enums import ResponsibleType
from h4casus.gui.widgets.words import choice_label
from h4casus.services.plan.views import GoalView
from h4casus.services.queries.casefile import CaseFile


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def fill_values(combo: QComboBox, values: Iterable[str], current: str | None = None) -> None:
    combo.clear()
    for value in values:
        combo.addItem(choice_label(value), value)
    if current is not None:
        if combo.findData(current) < 0:
            combo.addItem(choice_label(current), current)
        select_data(combo, current)


def fill_owner_types(combo: QComboBox, current: str | None = None) -> None:
    combo.clear()
    own = [t.value for t in ResponsibleType if t.is_own_circle]
    others = [t.value for t in ResponsibleType if not t.is_own_circle]
    for value in own:
        combo.addItem(choice_label(value), value)
    combo.insertSeparator(combo.count())
    for value in others:
        combo.addItem(choice_label(value), value)
    combo.setToolTip(
        QCoreApplication.translate(
            "PlanChoices", "Eerst het huishouden zelf en zijn netwerk, daarna de professionals"
        )
    )
    if current is not None:
        select_data(combo, current)


def fill_leefgebieden(combo: QComboBox, casefile: CaseFile, current: str | None) -> None:
    """The active leefgebieden in their order (and the goal's own, should it be inactive)."""
    combo.clear()
    for lg in casefile.leefgebieden:
        if lg.active or lg.code == current:
            combo.addItem(lg.name, lg.code)
    if current is not None:
        select_data(combo, current)


def fill_members(combo: QComboBox, casefile: CaseFile, current: int | None) -> None:
    combo.clear()
    combo.addItem(QCoreApplication.translate("PlanChoices", "Hele huishouden"), None)
    for p in casefile.members:
        if not p.restricted or p.id == current:
            combo.addItem(
                p.name
                if not p.restricted
                else QCoreApplication.translate("PlanChoices", "(beperkt gezinslid)"),
                p.id,
            )
    select_data(combo, current)


def fill_goals(combo: QComboBox, goals: Iterable[GoalView], current: int | None) -> None:
    combo.clear()
    for g in goals:
        combo.addItem(f"{g.title}  ({g.leefgebied})", g.id)
    if current is not None:
        select_data(combo, current)


def member_names(casefile: CaseFile | None) -> dict[int, str]:
    if casefile is None:
        return {}
    return {
        p.id: (
            p.name
            if not p.restricted
            else QCoreApplication.translate("PlanChoices", "(beperkt gezinslid)")
        )
        for p in casefile.members
    }
