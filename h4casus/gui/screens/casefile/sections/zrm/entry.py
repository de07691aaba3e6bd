"""A measurement (ZRM, ZRM-Huishoudens, Participatieladder, or any instrument configured) typed
in by keyboard in well under a minute.

Rules:
- Instruments, their domains and their scales come from the case file's configuration;
  nothing here names an instrument.
- One row per domain: its name, a `ScoreField` (a digit chooses the score and shows the
  scale's label at once; Tab or Down to the next domain) and the previous score of the same
  subject as a hint. Enter saves.
- "Voor" follows the instrument's scope: a member for a person instrument, "Hele
  huishouden" (and nothing to choose) for a household instrument.
- The kind defaults to intake for a subject without measurements on this instrument, and to
  evaluatie after that; the date to today (never in the future).
- Only scored domains are sent; the service refuses an empty measurement at the scores and
  an out-of-range score at its domain.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QLabel,
    QWidget,
)

from h4casus.domain.enums import MeasurementKind
from h4casus.gui.forms import Form
from h4casus.gui.widgets.form_dialog import FormDialog
from h4casus.gui.widgets.score_field import ScoreField
from h4casus.gui.widgets.words import choice_label
from h4casus.services.plan.measurements import InstrumentTrend, InstrumentView, record_measurement
from h4casus.services.queries.casefile import CaseFile

HOUSEHOLD = "huishouden"  # the instruments' scope for the household as a whole


class MeasurementForm(Form):
    ui_file = "measurement_dialog"
    instrument_combo: QComboBox
    subject_combo: QComboBox
    kind_combo: QComboBox
    date_edit: QDateEdit
    scores_box: QGroupBox
    score_rows: QWidget
    help_label: QLabel


def subjects_for(instrument: InstrumentView, casefile: CaseFile) -> list[tuple[str, int | None]]:
    """(label, person id) of whom the instrument can measure."""
    if instrument.scope == HOUSEHOLD:
        return [(QCoreApplication.translate("MeasurementDialog", "Hele huishouden"), None)]
    return [(p.name, p.id) for p in casefile.members if not p.restricted]


def trend_for(
    casefile: CaseFile, instrument_code: str, person_id: int | None
) -> InstrumentTrend | None:
    return next(
        (
            t
            for t in casefile.measurements
            if t.instrument_code == instrument_code and t.person_id == person_id
        ),
        None,
    )


class MeasurementDialog(FormDialog):
    def __init__(
        self,
        section,
        casefile: CaseFile,
        instrument_code: str | None = None,
        person_id: int | None = None,
    ) -> None:
        super().__init__(
            section.ops,
            QCoreApplication.translate("MeasurementDialog", "Nieuwe meting"),
            section.window(),
        )
        self.section = section
        self.casefile = casefile
        self.instruments = {i.code: i for i in casefile.instruments}
        body = QWidget()
        self.form = f = MeasurementForm(body)
        self.scores: dict[str, ScoreField] = {}
        self._row_widgets: list[QWidget] = []
        self._grid = QGridLayout(f.score_rows)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(1, 1)
        for inst in casefile.instruments:
            f.instrument_combo.addItem(inst.name, inst.code)
        if instrument_code is not None:
            f.instrument_combo.setCurrentIndex(max(0, f.instrument_combo.findData(instrument_code)))
        for kind in MeasurementKind:
            f.kind_combo.addItem(choice_label(kind.value), kind.value)
        today = section.ctx.clock.today()
        f.date_edit.setDate(QDate(today))
        f.date_edit.setMaximumDate(QDate(today))
        f.instrument_combo.setAccessibleName(self.tr("Instrument"))
        f.subject_combo.setAccessibleName(self.tr("Voor wie"))
        f.kind_combo.setAccessibleName(self.tr("Soort meting"))
        f.date_edit.setAccessibleName(self.tr("Datum van de meting"))
        self._subject_wanted = person_id
        self._instrument_chosen()
        f.instrument_combo.currentIndexChanged.connect(self._instrument_chosen)
        f.subject_combo.currentIndexChanged.connect(self._subject_chosen)
        self.set_body(body)
        self.resize(720, self.sizeHint().height())
        first = next(iter(self.scores.values()), None)
        (first or f.instrument_combo).setFocus()

    @property
    def instrument(self) -> InstrumentView | None:
        return self.instruments.get(self.form.instrument_combo.currentData())

    # ------------------------------------------------------------------ rows

    def _instrument_chosen(self, *_args) -> None:
        f, inst = self.form, self.instrument
        if inst is None:
            return
        wanted = f.subject_combo.currentData() if f.subject_combo.count() else self._subject_wanted
        f.subject_combo.blockSignals(True)
        f.subject_combo.clear()
        for label, pid in subjects_for(inst, self.casefile):
            f.subject_combo.addItem(label, pid)
        index = f.subject_combo.findData(wanted)
        f.subject_combo.setCurrentIndex(max(index, 0))
        f.subject_combo.setEnabled(inst.scope != HOUSEHOLD)
        f.subject_combo.blockSignals(False)
        self._build_rows(inst)
        self._subject_chosen()
        scores = [s for s, _ in inst.levels]
        f.help_label.setText(
            self.tr(
                "Typ per domein een cijfer van {low} tot {high}; je ziet meteen wat het betekent. "
                "Tab of ↓ naar het volgende domein, ← → om te schuiven, Delete om te wissen. "
                "Enter slaat op."
            ).format(low=min(scores), high=max(scores))
        )

    def _build_rows(self, inst: InstrumentView) -> None:
        for widget in self._row_widgets:
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._row_widgets = []
        self.scores = {}
        self.hints: dict[str, QLabel] = {}
        for row, (code, name) in enumerate(inst.domains):
            field = ScoreField(inst.levels, name)
            label = QLabel(name.replace("&", "&&"))  # "Werk & opleiding", not a mnemonic
            label.setBuddy(field)
            hint = QLabel()
            hint.setProperty("role", "muted")
            self._grid.addWidget(label, row, 0)
            self._grid.addWidget(field, row, 1)
            self._grid.addWidget(hint, row, 2)
            self._row_widgets += [label, field, hint]
            self.scores[code] = field
            self.hints[code] = hint
        f = self.form
        chain: list[QWidget] = [f.instrument_combo, f.subject_combo, f.kind_combo, f.date_edit]
        chain += list(self.scores.values())
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)
        self.fields = {
            "datum": f.date_edit,
            "soort": f.kind_combo,
            "gezinslid": f.subject_combo,
            "instrument": f.instrument_combo,
            "scores": f.scores_box,
            **{name: self.scores[code] for code, name in inst.domains},
            **{code: self.scores[code] for code, _ in inst.domains},
        }

    def _subject_chosen(self, *_args) -> None:
        inst = self.instrument
        if inst is None:
            return
        trend = trend_for(self.casefile, inst.code, self.form.subject_combo.currentData())
        latest = {d.domain_code: d.latest for d in trend.domains} if trend else {}
        for code, hint in self.hints.items():
            score = latest.get(code)
            hint.setText(self.tr("vorige: {n}").format(n=score) if score is not None else "")
        kind = MeasurementKind.EVALUATIE if trend else MeasurementKind.INTAKE
        self.form.kind_combo.setCurrentIndex(self.form.kind_combo.findData(kind.value))

    # ------------------------------------------------------------------ saving

    def submit(self) -> None:
        f, section, inst = self.form, self.section, self.instrument
        if inst is None:
            return
        ctx, hid, code = section.ctx, section.household_id, inst.code
        scores = {c: field.value() for c, field in self.scores.items() if field.value() is not None}
        person = f.subject_combo.currentData()
        kind = f.kind_combo.currentData()
        when = f.date_edit.date().toPython()
        self.save(
            lambda: record_measurement(
                ctx, hid, code, scores, person_id=person, measured_on=when, kind=kind
            ),
            kind="measurement",
            household_id=hid,
        )
