"""The members of a new household as rows of fields, typed and changed by keyboard alone.

Rules:
- One row per member: voornamen, tussenvoegsel, achternaam, geboortedatum (the age shows at
  once), BSN (elfproef checked as typed) and relatie. Tab walks the rows in reading order.
- Ctrl++ (or the button) adds a row and puts the cursor in it; a new row takes the
  tussenvoegsel and achternaam of the first member (nothing typed twice) and the relation
  "kind" for a third member onwards ("partner" for the second when the first is a parent).
  Ctrl+Delete removes the row the cursor is in (the last remaining row is emptied instead).
- A row with no voornamen, geboortedatum or BSN is empty and is not sent.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from h4casus.domain.ages import age_on
from h4casus.gui.forms import Form
from h4casus.gui.widgets.field_checks import (
    LiveCheck,
    birth_date_problem,
    bsn_problem,
    parse_day,
    tidy_date,
)
from h4casus.gui.widgets.form_dialog import mark_invalid
from h4casus.gui.widgets.words import age_text, word
from h4casus.services.casework.households import MemberInput

RELATIONS = (
    ("ouder", QT_TRANSLATE_NOOP("labels", "Ouder/verzorger")),
    ("partner", QT_TRANSLATE_NOOP("labels", "Partner")),
    ("kind", QT_TRANSLATE_NOOP("labels", "Kind")),
    ("overig", QT_TRANSLATE_NOOP("labels", "Overig")),
)
# service field (after "lid N ") -> row attribute
FIELD_WIDGETS = {
    "voornamen": "given_edit",
    "tussenvoegsel": "prefix_edit",
    "achternaam": "family_edit",
    "geboortedatum": "birth_edit",
    "bsn": "bsn_edit",
    "relatie": "relation_combo",
}


class MemberRowForm(Form):
    ui_file = "member_row"
    given_edit: QLineEdit
    prefix_edit: QLineEdit
    family_edit: QLineEdit
    birth_edit: QLineEdit
    age_label: QLabel
    bsn_edit: QLineEdit
    relation_combo: QComboBox
    remove_button: QToolButton


class MemberRow(QWidget):
    """One member's fields."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.form = f = MemberRowForm(self)
        for value, label in RELATIONS:
            f.relation_combo.addItem(word(label), value)
        self.birth_check = LiveCheck(
            f.birth_edit,
            lambda text, final: birth_date_problem(text, today, final=final),
            tidy=tidy_date,
            checked=lambda _ok: self._show_age(),
        )
        self.bsn_check = LiveCheck(f.bsn_edit, bsn_problem, checked=lambda _ok: self.changed.emit())
        f.birth_edit.textEdited.connect(lambda _t: self._show_age())

    def set_number(self, n: int) -> None:
        f = self.form
        for widget, what in (
            (f.given_edit, self.tr("voornamen")),
            (f.prefix_edit, self.tr("tussenvoegsel")),
            (f.family_edit, self.tr("achternaam")),
            (f.birth_edit, self.tr("geboortedatum (dd-mm-jjjj)")),
            (f.bsn_edit, self.tr("BSN (optioneel)")),
            (f.relation_combo, self.tr("relatie")),
        ):
            widget.setAccessibleName(self.tr("Gezinslid {n}: {what}").format(n=n, what=what))
        f.age_label.setAccessibleName(self.tr("Gezinslid {n}: leeftijd").format(n=n))
        f.remove_button.setAccessibleName(self.tr("Gezinslid {n} weghalen").format(n=n))

    def focus_chain(self) -> list[QWidget]:
        f = self.form
        return [
            f.given_edit,
            f.prefix_edit,
            f.family_edit,
            f.birth_edit,
            f.bsn_edit,
            f.relation_combo,
        ]

    @property
    def birth_date(self) -> date | None:
        day = parse_day(self.form.birth_edit.text())
        return day if day is not None and day <= self.today else None

    @property
    def age(self) -> int | None:
        born = self.birth_date
        return age_on(born, self.today) if born else None

    def _show_age(self) -> None:
        age = self.age
        self.form.age_label.setText("" if age is None else age_text(age))
        self.changed.emit()

    def is_empty(self) -> bool:
        f = self.form
        return not (f.given_edit.text().strip() or f.birth_edit.text().strip() or self.bsn)

    @property
    def bsn(self) -> str:
        return self.form.bsn_edit.text().strip()

    def valid_bsn(self) -> str | None:
        return self.bsn if self.bsn and bsn_problem(self.bsn, final=True) is None else None

    def to_input(self) -> MemberInput:
        f = self.form
        return MemberInput(
            given_names=f.given_edit.text(),
            family_name=f.family_edit.text(),
            family_name_prefix=f.prefix_edit.text() or None,
            birth_date=tidy_date(f.birth_edit.text()).strip(),
            relation=f.relation_combo.currentData(),
            bsn=self.bsn or None,
        )

    def clear(self) -> None:
        f = self.form
        for edit in (f.given_edit, f.prefix_edit, f.family_edit, f.birth_edit, f.bsn_edit):
            edit.clear()
            mark_invalid(edit, None)
        self._show_age()


class MemberRows(QObject):
    """The rows in `layout`; `changed` after any row is added, removed or edited."""

    changed = Signal()

    def __init__(self, layout: QVBoxLayout, today: date, parent: QObject) -> None:
        super().__init__(parent)
        self.layout = layout
        self.today = today
        self.rows: list[MemberRow] = []

    def add(self, *, focus: bool = True) -> MemberRow:
        row = MemberRow(self.today)
        if self.rows:
            first = self.rows[0].form
            row.form.prefix_edit.setText(first.prefix_edit.text())
            row.form.family_edit.setText(first.family_edit.text())
            second_partner = len(self.rows) == 1 and first.relation_combo.currentData() == "ouder"
            relation = "partner" if second_partner else "kind"
            row.form.relation_combo.setCurrentIndex(row.form.relation_combo.findData(relation))
        row.changed.connect(self.changed)
        row.form.remove_button.clicked.connect(lambda _=False, r=row: self.remove(r))
        self.layout.addWidget(row)
        row.show()  # at once, not when the event loop next runs: Tab may follow right away
        self.rows.append(row)
        self._renumber()
        if focus:
            row.form.given_edit.setFocus()
        self.changed.emit()
        return row

    def remove(self, row: MemberRow) -> None:
        if len(self.rows) == 1:
            row.clear()
            row.form.given_edit.setFocus()
            return
        index = self.rows.index(row)
        self.rows.remove(row)
        self.layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._renumber()
        self.rows[min(index, len(self.rows) - 1)].form.given_edit.setFocus()
        self.changed.emit()

    def row_of(self, widget: QWidget | None) -> MemberRow | None:
        while widget is not None:
            if isinstance(widget, MemberRow) and widget in self.rows:
                return widget
            widget = widget.parentWidget()
        return None

    def _renumber(self) -> None:
        for n, row in enumerate(self.rows, start=1):
            row.set_number(n)

    def filled(self) -> list[MemberRow]:
        return [r for r in self.rows if not r.is_empty()]

    def inputs(self) -> list[MemberInput]:
        return [r.to_input() for r in self.filled()]

    def fields(self) -> dict[str, QWidget]:
        """Service field names ("lid 2 bsn") -> widgets, for the rows that are sent."""
        out: dict[str, QWidget] = {}
        for n, row in enumerate(self.filled(), start=1):
            for name, attribute in FIELD_WIDGETS.items():
                out[f"lid {n} {name}"] = getattr(row.form, attribute)
        return out

    def bsns(self) -> list[str]:
        return [b for b in (r.valid_bsn() for r in self.rows) if b]

    def youngest_age(self) -> int | None:
        ages = [a for a in (r.age for r in self.rows) if a is not None]
        return min(ages) if ages else None

    def focus_chain(self) -> list[QWidget]:
        return [w for row in self.rows for w in row.focus_chain()]
