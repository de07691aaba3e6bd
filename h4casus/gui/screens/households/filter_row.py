"""The filter row above the household list: status (open households by default), team,
regisseur, AVE level, overdue, youths 16–18 and "mijn huishoudens" — every one by keyboard
(Alt+letter, Tab, the arrow keys; Space ticks a box), applied at once.

Rules:
- The row only collects the choice; the filtering is SQL in `queries.filters`, the same for
  the sorted list and for search.
- The choices (teams, regisseurs with their caseload, levels) are read once on the database
  lane; a team filter is only offered to someone who sees more than one team.
- "Filters wissen" goes back to the default: every open household.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton, QWidget

from h4casus.domain.labels import STATUS_LABELS
from h4casus.gui.widgets.words import word
from h4casus.services.queries.filters import ALL, OPEN, FilterChoices, ListFilter

STATUS_CHOICES = (
    (OPEN, QT_TRANSLATE_NOOP("labels", "Open")),
    (ALL, QT_TRANSLATE_NOOP("labels", "Alle, ook afgesloten")),
    *STATUS_LABELS.items(),
)
ANY = -1  # combo data for "no choice" (None is not kept safely as item data)


class FilterRow(QObject):
    changed = Signal(object)  # the new ListFilter

    def __init__(
        self,
        *,
        row: QWidget,
        status: QComboBox,
        team: QComboBox,
        team_label: QWidget,
        regisseur: QComboBox,
        level: QComboBox,
        overdue: QCheckBox,
        youths: QCheckBox,
        mine: QCheckBox,
        clear: QPushButton,
    ) -> None:
        super().__init__(row)
        self.row = row
        self.status, self.team, self.team_label = status, team, team_label
        self.regisseur, self.level = regisseur, level
        self.overdue, self.youths, self.mine, self.clear = overdue, youths, mine, clear
        self._quiet = False
        for value, label in STATUS_CHOICES:
            status.addItem(word(label), value)
        team.addItem(self.tr("Alle teams"), ANY)
        regisseur.addItem(self.tr("Iedereen"), ANY)
        level.addItem(self.tr("Alle"), "")
        for widget, name in (
            (status, self.tr("Filter op status")),
            (team, self.tr("Filter op team")),
            (regisseur, self.tr("Filter op regisseur")),
            (level, self.tr("Filter op AVE-niveau")),
            (overdue, self.tr("Alleen met verlopen evaluatie")),
            (youths, self.tr("Alleen met jongeren van 16 tot 18")),
            (mine, self.tr("Alleen mijn huishoudens")),
            (clear, self.tr("Filters wissen")),
        ):
            widget.setAccessibleName(name)
        for combo in (status, team, regisseur, level):
            combo.currentIndexChanged.connect(self._emit)
        for box in (overdue, youths, mine):
            box.toggled.connect(self._emit)
        clear.clicked.connect(self.reset)
        self._update_clear()

    def load(self, choices: FilterChoices) -> None:
        """Fill the combos with what the actor may filter on (keeps the current choice)."""
        self._quiet = True
        try:
            teams = [(t.id, t.name) for t in choices.teams]
            self._refill(self.team, teams, self.tr("Alle teams"), ANY)
            person = self.tr("{name} ({n})")  # once: a beheerder sees thousands
            people = [
                (w.id, person.format(name=w.display_name, n=w.caseload)) for w in choices.regisseurs
            ]
            self._refill(self.regisseur, people, self.tr("Iedereen"), ANY)
            levels = [(code, code) for code in choices.levels]
            self._refill(self.level, levels, self.tr("Alle"), "")
        finally:
            self._quiet = False
        several = len(choices.teams) > 1
        self.team.setVisible(several)
        self.team_label.setVisible(several)
        self.youths.setText(self.tr("&Jongeren {age}–18").format(age=choices.youth_from_age))

    @staticmethod
    def _refill(
        combo: QComboBox, items: list[tuple[object, str]], everyone: str, anything: object
    ) -> None:
        current = combo.currentData()
        combo.clear()
        combo.addItem(everyone, anything)
        for value, label in items:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def current(self) -> ListFilter:
        team, regisseur = self.team.currentData(), self.regisseur.currentData()
        return ListFilter(
            status=self.status.currentData() or OPEN,
            team_id=None if team in (ANY, None) else team,
            regisseur_id=None if regisseur in (ANY, None) else regisseur,
            level=self.level.currentData() or None,
            overdue=self.overdue.isChecked(),
            youths=self.youths.isChecked(),
            mine=self.mine.isChecked(),
        )

    def reset(self) -> None:
        self._quiet = True
        try:
            for combo in (self.status, self.team, self.regisseur, self.level):
                combo.setCurrentIndex(0)
            for box in (self.overdue, self.youths, self.mine):
                box.setChecked(False)
        finally:
            self._quiet = False
        self._emit()

    def _emit(self, *_args) -> None:
        if self._quiet:
            return
        self._update_clear()
        self.changed.emit(self.current())

    def _update_clear(self) -> None:
        self.clear.setEnabled(self.current() != ListFilter())
