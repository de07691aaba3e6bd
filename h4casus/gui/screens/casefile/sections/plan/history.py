"""The plan's history on screen: earlier evaluations, decisions (hart–wet–euro), the versions
and what changed between two of them.

Rules:
- Evaluations and decisions are listed newest first, as the case file reads them.
- Versions are listed newest first with their state, dates and akkoord. Choosing a version
  compares it with the one before it; any two can be compared with the two choices above
  the changes. The comparison is read on the database lane (`compare_versions`), and only
  while the versions are on screen (a reload of the file does not read it in vain).
- A change is said in words ("Toegevoegd", "Verwijderd", "Gewijzigd", "status: open →
  lopend"), never by colour alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from h4casus.gui.widgets.tables import set_columns
from h4casus.gui.widgets.words import choice_label, date_text
from h4casus.services.plan.views import DecisionView, EvaluationView, VersionSummary
from h4casus.services.queries.plan_changes import FieldChange, VersionComparison

KIND_WORDS = {
    "added": QT_TRANSLATE_NOOP("PlanHistory", "Toegevoegd"),
    "removed": QT_TRANSLATE_NOOP("PlanHistory", "Verwijderd"),
    "changed": QT_TRANSLATE_NOOP("PlanHistory", "Gewijzigd"),
}
FIELD_WORDS = {
    "title": QT_TRANSLATE_NOOP("PlanHistory", "doel"),
    "leefgebied": QT_TRANSLATE_NOOP("PlanHistory", "leefgebied"),
    "person_id": QT_TRANSLATE_NOOP("PlanHistory", "voor"),
    "smart_result": QT_TRANSLATE_NOOP("PlanHistory", "resultaat"),
    "status": QT_TRANSLATE_NOOP("PlanHistory", "status"),
    "description": QT_TRANSLATE_NOOP("PlanHistory", "actie"),
    "responsible_type": QT_TRANSLATE_NOOP("PlanHistory", "wie"),
    "responsible_name": QT_TRANSLATE_NOOP("PlanHistory", "naam"),
    "deadline": QT_TRANSLATE_NOOP("PlanHistory", "deadline"),
    "summary": QT_TRANSLATE_NOOP("PlanHistory", "vraag van het huishouden"),
    "next_evaluation_date": QT_TRANSLATE_NOOP("PlanHistory", "volgende evaluatie"),
}


def _table(table: QTableWidget, headers: list[str], rows: list[list[str]], stretch: int) -> None:
    set_columns(
        table, [QCoreApplication.translate("PlanHistory", h) for h in headers], stretch=(stretch,)
    )
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeRowsToContents()


def fill_evaluations(table: QTableWidget, evaluations: tuple[EvaluationView, ...]) -> None:
    rows = []
    for ev in evaluations:
        outcomes = "\n".join(
            f"{o.title}: {choice_label(o.outcome)}" + (f" ({o.note})" if o.note else "")
            for o in ev.outcomes
        )
        rows.append(
            [
                date_text(ev.held_on),
                ev.recorded_by_name,
                ev.summary,
                outcomes,
                date_text(ev.next_evaluation_date),
            ]
        )
    _table(
        table,
        [
            QT_TRANSLATE_NOOP("PlanHistory", "Datum"),
            QT_TRANSLATE_NOOP("PlanHistory", "Door"),
            QT_TRANSLATE_NOOP("PlanHistory", "Verslag"),
            QT_TRANSLATE_NOOP("PlanHistory", "Uitkomst per doel"),
            QT_TRANSLATE_NOOP("PlanHistory", "Volgende"),
        ],
        rows,
        2,
    )


def fill_decisions(table: QTableWidget, decisions: tuple[DecisionView, ...]) -> None:
    rows = [
        [date_text(d.decided_on), d.subject, d.hart, d.wet, d.euro, d.outcome, d.decided_by_name]
        for d in decisions
    ]
    _table(
        table,
        [
            QT_TRANSLATE_NOOP("PlanHistory", "Datum"),
            QT_TRANSLATE_NOOP("PlanHistory", "Onderwerp"),
            QT_TRANSLATE_NOOP("PlanHistory", "Hart"),
            QT_TRANSLATE_NOOP("PlanHistory", "Wet"),
            QT_TRANSLATE_NOOP("PlanHistory", "Euro"),
            QT_TRANSLATE_NOOP("PlanHistory", "Besluit"),
            QT_TRANSLATE_NOOP("PlanHistory", "Door"),
        ],
        rows,
        5,
    )


def version_state(v: VersionSummary) -> str:
    if v.finalised_at is None:
        return QCoreApplication.translate("PlanHistory", "Concept")
    return QCoreApplication.translate("PlanHistory", "Vastgesteld")


def fill_versions(table: QTableWidget, versions: tuple[VersionSummary, ...]) -> None:
    rows = [
        [
            str(v.number),
            version_state(v),
            date_text(v.finalised_at),
            date_text(v.agreed_on),
        ]
        for v in sorted(versions, key=lambda v: -v.number)
    ]
    _table(
        table,
        [
            QT_TRANSLATE_NOOP("PlanHistory", "Versie"),
            QT_TRANSLATE_NOOP("PlanHistory", "Status"),
            QT_TRANSLATE_NOOP("PlanHistory", "Vastgesteld"),
            QT_TRANSLATE_NOOP("PlanHistory", "Akkoord"),
        ],
        rows,
        1,
    )
    for r, v in enumerate(sorted(versions, key=lambda v: -v.number)):
        table.item(r, 1).setToolTip(
            QCoreApplication.translate("PlanHistory", "Begonnen op {date}").format(
                date=date_text(v.created_at)
            )
        )
    for r, v in enumerate(sorted(versions, key=lambda v: -v.number)):
        table.item(r, 0).setData(Qt.ItemDataRole.UserRole, v.id)


def version_choice(v: VersionSummary) -> str:
    when = date_text(v.finalised_at) if v.finalised_at else ""
    return f"{v.number} — {version_state(v).lower()}" + (f" {when}" if when else "")


def value_text(field: str, value: object, names: dict[int, str]) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("PlanHistory", "(leeg)")
    if field == "person_id":
        return names.get(value, QCoreApplication.translate("PlanHistory", "(geen gezinslid meer)"))
    if isinstance(value, date):
        return date_text(value)
    if field in ("status", "responsible_type"):
        return choice_label(str(value))
    text = str(value).replace("\n", " ")
    return text if len(text) <= 80 else text[:77] + "…"


def change_text(change: FieldChange, names: dict[int, str]) -> str:
    what = QCoreApplication.translate("PlanHistory", FIELD_WORDS.get(change.field, change.field))
    before = value_text(change.field, change.before, names)
    after = value_text(change.field, change.after, names)
    return f"{what}: {before} → {after}"


def fill_changes(
    tree: QTreeWidget, summary: QLabel, cmp: VersionComparison, names: dict[int, str]
) -> None:
    tree.clear()
    bold = QFont(tree.font())
    bold.setBold(True)
    head = QCoreApplication.translate("PlanHistory", "Van versie {a} naar versie {b}").format(
        a=cmp.old.number, b=cmp.new.number
    )
    if cmp.unchanged:
        summary.setText(head + ": " + QCoreApplication.translate("PlanHistory", "niets gewijzigd."))
        return
    summary.setText(
        head
        + ": "
        + QCoreApplication.translate(
            "PlanHistory", "{added} toegevoegd, {removed} verwijderd, {changed} gewijzigd."
        ).format(
            added=cmp.count("added"), removed=cmp.count("removed"), changed=cmp.count("changed")
        )
    )
    for change in cmp.plan:
        QTreeWidgetItem(
            tree, [QCoreApplication.translate("PlanHistory", "Plan"), change_text(change, names)]
        )
    for goal in cmp.goals:
        who = (
            QCoreApplication.translate("PlanHistory", "Hele huishouden")
            if goal.person_id is None
            else names.get(goal.person_id, "")
        )
        item = QTreeWidgetItem(
            tree,
            [
                QCoreApplication.translate("PlanHistory", KIND_WORDS[goal.kind]),
                QCoreApplication.translate("PlanHistory", "Doel: {title} ({lg} · {who})").format(
                    title=goal.title, lg=goal.leefgebied, who=who
                ),
            ],
        )
        item.setFont(0, bold)
        item.setFont(1, bold)
        for change in goal.changes:
            QTreeWidgetItem(item, ["", change_text(change, names)])
        for action in goal.actions:
            text = QCoreApplication.translate("PlanHistory", "Actie: {what} ({who})").format(
                what=action.description, who=choice_label(action.responsible_type)
            )
            child = QTreeWidgetItem(
                item, [QCoreApplication.translate("PlanHistory", KIND_WORDS[action.kind]), text]
            )
            for change in action.changes:
                QTreeWidgetItem(child, ["", change_text(change, names)])
    tree.expandAll()
    tree.resizeColumnToContents(0)


class VersionCompare:
    """The versions table and the comparison beside it (see the module docstring)."""

    def __init__(
        self,
        table: QTableWidget,
        from_combo: QComboBox,
        to_combo: QComboBox,
        summary: QLabel,
        tree: QTreeWidget,
        run: Callable[[int, int, Callable[[VersionComparison], None]], None],
    ) -> None:
        self.table, self.from_combo, self.to_combo = table, from_combo, to_combo
        self.summary, self.tree, self._run = summary, tree, run
        self.versions: tuple[VersionSummary, ...] = ()
        self.names: dict[int, str] = {}
        self.comparison: VersionComparison | None = None
        self.visible = False
        self._pending: tuple[int, int] | None = None
        self._filling = False
        table.itemSelectionChanged.connect(self._row_chosen)
        from_combo.currentIndexChanged.connect(self._combos_changed)
        to_combo.currentIndexChanged.connect(self._combos_changed)

    def show(self, versions: tuple[VersionSummary, ...], names: dict[int, str]) -> None:
        self.versions, self.names = versions, names
        self._filling = True
        keep_from, keep_to = self.from_combo.currentData(), self.to_combo.currentData()
        fill_versions(self.table, versions)
        for combo in (self.from_combo, self.to_combo):
            combo.clear()
            for v in sorted(versions, key=lambda v: -v.number):
                combo.addItem(version_choice(v), v.id)
        ids = [v.id for v in sorted(versions, key=lambda v: v.number)]
        self._filling = False
        if len(ids) < 2:
            self.tree.clear()
            self.comparison = None
            self.summary.setText(
                QCoreApplication.translate(
                    "PlanHistory",
                    "Er is één versie; na de volgende versie staat hier wat er veranderde.",
                )
                if ids
                else QCoreApplication.translate("PlanHistory", "Er is nog geen plan.")
            )
            return
        if keep_from in ids and keep_to in ids and keep_from != keep_to:
            self.compare(keep_from, keep_to)
        else:
            self.compare(ids[-2], ids[-1])

    def compare(self, old_id: int, new_id: int) -> None:
        self._filling = True
        self.from_combo.setCurrentIndex(self.from_combo.findData(old_id))
        self.to_combo.setCurrentIndex(self.to_combo.findData(new_id))
        self._filling = False
        self._request(old_id, new_id)

    def set_visible(self, visible: bool) -> None:
        """The versions are (not) on screen; a comparison asked meanwhile is read now."""
        self.visible = visible
        if visible and self._pending is not None:
            self._request(*self._pending)

    def _request(self, old_id: int, new_id: int) -> None:
        if not self.visible:
            self._pending = (old_id, new_id)
            return
        self._pending = None
        self._run(old_id, new_id, self._compared)

    def _compared(self, cmp: VersionComparison) -> None:
        self.comparison = cmp
        fill_changes(self.tree, self.summary, cmp, self.names)

    def _row_chosen(self) -> None:
        if self._filling:
            return
        items = self.table.selectedItems()
        if not items:
            return
        vid = self.table.item(items[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        ordered = [v.id for v in sorted(self.versions, key=lambda v: v.number)]
        i = ordered.index(vid)
        if i > 0:
            self.compare(ordered[i - 1], vid)
        elif len(ordered) > 1:
            self.compare(vid, ordered[1])

    def _combos_changed(self, *_args) -> None:
        if self._filling:
            return
        a, b = self.from_combo.currentData(), self.to_combo.currentData()
        if a is not None and b is not None:
            self._request(a, b)
