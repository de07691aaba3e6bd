"""ZRM: self-reliance over time — a chart of intake against the latest measurement per
domain, for each configured instrument (ZRM, ZRM-Huishoudens, Participatieladder, …) and each
member or the household, with the same scores as a table.

Rules:
- Instruments, domains and scale labels come from the configuration in the case file.
- The instrument shown first is the one measured most recently in this household (else the
  one with the most domains); "Voor" offers who the instrument measures (members, or the
  household for a household instrument), measured ones first.
- The chart is a real chart (`widgets.score_chart`): domain names, the scale along the
  axis, two series told apart by pattern and by label as well as colour, and a legend. The
  table beside it says the same in words ("3 — beperkt zelfredzaam") with the change as
  a signed number and an arrow, and is the keyboard's way through the scores.
- Ctrl+M (anywhere in the case file) enters a new measurement for what is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from h4casus.domain.enums import HouseholdStatus
from h4casus.gui.forms import Form
from h4casus.gui.screens.casefile.sections.base import Section
from h4casus.gui.screens.casefile.sections.zrm.entry import (
    MeasurementDialog,
    subjects_for,
    trend_for,
)
from h4casus.gui.widgets.score_chart import ChartData, ScoreChart, Series
from h4casus.gui.widgets.words import date_text
from h4casus.services.plan.measurements import InstrumentTrend, InstrumentView
from h4casus.services.queries.casefile import CaseFile

COLUMNS = (
    QT_TRANSLATE_NOOP("ZrmSection", "Domein"),
    QT_TRANSLATE_NOOP("ZrmSection", "Intake"),
    QT_TRANSLATE_NOOP("ZrmSection", "Laatste"),
    QT_TRANSLATE_NOOP("ZrmSection", "Verschil"),
    QT_TRANSLATE_NOOP("ZrmSection", "Betekenis"),
)


class ZrmForm(Form):
    ui_file = "section_zrm"
    new_button: QPushButton
    instrument_combo: QComboBox
    subject_combo: QComboBox
    splitter: QSplitter
    chart_box: QGroupBox
    chart_host: QWidget
    empty_label: QLabel
    table_box: QGroupBox
    scores_table: QTableWidget
    dates_label: QLabel


def chart_data(inst: InstrumentView, trend: InstrumentTrend | None, tr) -> ChartData:
    """What the chart shows for one instrument and subject (pure; tested). `tr` is the
    section's own (the texts are marked for lupdate in its context)."""
    scale = tuple(score for score, _ in inst.levels)
    if trend is None or not trend.domains:
        return ChartData((), (), scale)
    names = tuple(d.domain for d in trend.domains)
    latest = Series(
        tr(QT_TRANSLATE_NOOP("ZrmSection", "Laatste meting {date}")).format(
            date=date_text(trend.latest_on)
        ),
        tuple(d.latest for d in trend.domains),
    )
    if trend.intake_on == trend.latest_on and all(d.change in (0, None) for d in trend.domains):
        only = Series(
            tr(QT_TRANSLATE_NOOP("ZrmSection", "Meting {date}")).format(
                date=date_text(trend.latest_on)
            ),
            tuple(d.latest for d in trend.domains),
        )
        return ChartData(names, (only,), scale)
    intake = Series(
        tr(QT_TRANSLATE_NOOP("ZrmSection", "Intake {date}")).format(
            date=date_text(trend.intake_on)
        ),
        tuple(d.intake for d in trend.domains),
    )
    return ChartData(names, (intake, latest), scale)


class ZrmSection(Section):
    key = "zrm"
    title = "ZRM"
    shortcuts = {"Ctrl+M": "new_measurement"}

    def __init__(self, screen) -> None:
        super().__init__(screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = f = ZrmForm(self)
        host = QVBoxLayout(f.chart_host)
        host.setContentsMargins(0, 0, 0, 0)
        self.chart = ScoreChart(f.chart_host)
        host.addWidget(self.chart)
        self.chart.setAccessibleName(self.tr("Grafiek: intake en laatste meting per domein"))
        t = f.scores_table
        t.setColumnCount(len(COLUMNS))
        t.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        t.verticalHeader().hide()
        header = t.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # The meaning wraps rather than being cut off in a narrow window (1280 px, 200 %).
        t.setWordWrap(True)
        t.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.sectionResized.connect(lambda *_: t.resizeRowsToContents())
        f.splitter.setStretchFactor(0, 1)
        f.splitter.setStretchFactor(1, 1)
        f.splitter.setSizes([500, 500])
        f.instrument_combo.setAccessibleName(self.tr("Instrument"))
        f.subject_combo.setAccessibleName(self.tr("Voor wie"))
        f.new_button.setAccessibleName(self.tr("Nieuwe meting"))
        t.setAccessibleName(self.tr("Scores per domein: intake, laatste en verschil"))
        f.instrument_combo.currentIndexChanged.connect(self._instrument_chosen)
        f.subject_combo.currentIndexChanged.connect(self._show)
        f.new_button.clicked.connect(self.new_measurement)
        self._shown_once = False

    # ------------------------------------------------------------------ render

    def render(self, cf: CaseFile) -> None:
        f = self.form
        wanted = f.instrument_combo.currentData() if self._shown_once else self._default(cf)
        f.instrument_combo.blockSignals(True)
        f.instrument_combo.clear()
        for inst in cf.instruments:
            f.instrument_combo.addItem(inst.name, inst.code)
        f.instrument_combo.setCurrentIndex(max(0, f.instrument_combo.findData(wanted)))
        f.instrument_combo.blockSignals(False)
        self._shown_once = True
        open_ = cf.household.status != HouseholdStatus.AFGESLOTEN.value
        f.new_button.setEnabled(open_ and self.may("measurement.record") and bool(cf.instruments))
        self._instrument_chosen()

    @staticmethod
    def _default(cf: CaseFile) -> str | None:
        measured = [t for t in cf.measurements if t.latest_on is not None]
        if measured:
            return max(measured, key=lambda t: t.latest_on).instrument_code
        if cf.instruments:
            return max(cf.instruments, key=lambda i: len(i.domains)).code
        return None

    @property
    def instrument(self) -> InstrumentView | None:
        code = self.form.instrument_combo.currentData()
        cf = self.casefile
        return next((i for i in cf.instruments if i.code == code), None) if cf else None

    def _instrument_chosen(self, *_args) -> None:
        f, inst, cf = self.form, self.instrument, self.casefile
        if inst is None or cf is None:
            return
        wanted = f.subject_combo.currentData()
        subjects = subjects_for(inst, cf)
        measured = [s for s in subjects if trend_for(cf, inst.code, s[1]) is not None]
        rest = [s for s in subjects if s not in measured]
        f.subject_combo.blockSignals(True)
        f.subject_combo.clear()
        for label, pid in measured + rest:
            marker = "" if (label, pid) in measured else " " + self.tr("(nog niet gemeten)")
            f.subject_combo.addItem(label + marker, pid)
        index = f.subject_combo.findData(wanted)
        f.subject_combo.setCurrentIndex(index if index >= 0 and wanted is not None else 0)
        f.subject_combo.setEnabled(f.subject_combo.count() > 1)
        f.subject_combo.blockSignals(False)
        self._show()

    def current_trend(self) -> InstrumentTrend | None:
        inst, cf = self.instrument, self.casefile
        if inst is None or cf is None:
            return None
        return trend_for(cf, inst.code, self.form.subject_combo.currentData())

    def _show(self, *_args) -> None:
        f, inst = self.form, self.instrument
        if inst is None:
            return
        trend = self.current_trend()
        data = chart_data(inst, trend, self.tr)
        self.chart.set_data(data)
        self.chart.setVisible(not data.empty)
        f.empty_label.setVisible(data.empty)
        f.empty_label.setText(
            self.tr("Nog geen meting met {name} voor {who}. Nieuwe meting: Ctrl+M.").format(
                name=inst.name, who=f.subject_combo.currentText().split(" (")[0]
            )
        )
        self._fill_table(trend)
        if trend is None:
            f.dates_label.setText("")
        elif trend.intake_on == trend.latest_on:
            f.dates_label.setText(
                self.tr("Eén meting ({date}); na de volgende staat hier de vergelijking.").format(
                    date=date_text(trend.latest_on)
                )
            )
        else:
            f.dates_label.setText(
                self.tr("Intake {a} · laatste meting {b}").format(
                    a=date_text(trend.intake_on), b=date_text(trend.latest_on)
                )
            )
        self.chart.setAccessibleDescription(
            "; ".join(
                f"{d.domain}: {d.intake if d.intake is not None else '—'} → "
                f"{d.latest if d.latest is not None else '—'}"
                for d in (trend.domains if trend else ())
            )
        )

    def _fill_table(self, trend: InstrumentTrend | None) -> None:
        t = self.form.scores_table
        domains = trend.domains if trend else ()
        t.setRowCount(len(domains))
        for r, d in enumerate(domains):
            change = d.change
            if change is None:
                moved = ""
            elif change > 0:
                moved = f"+{change} ↑"
            elif change < 0:
                moved = f"−{-change} ↓"
            else:
                moved = "0 ="
            cells = (
                d.domain,
                str(d.intake) if d.intake is not None else "—",
                str(d.latest) if d.latest is not None else "—",
                moved,
                d.latest_label or "",
            )
            tips = ("", d.intake_label, d.latest_label, "", "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (1, 2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if tips[c]:
                    item.setToolTip(f"{cells[c]} — {tips[c]}")
                t.setItem(r, c, item)
        t.resizeRowsToContents()

    # ------------------------------------------------------------------ actions

    def new_measurement(self):
        if self.casefile is None or not self.form.new_button.isEnabled():
            return None
        inst = self.instrument
        dialog = MeasurementDialog(
            self,
            self.casefile,
            inst.code if inst else None,
            self.form.subject_combo.currentData(),
        )
        dialog.accepted.connect(lambda: self._measured(dialog.result_value))
        dialog.open()
        return dialog

    def _measured(self, measurement) -> None:
        """Show what was just measured (instrument and subject) once the file is read."""
        f = self.form
        f.instrument_combo.setCurrentIndex(
            max(0, f.instrument_combo.findData(measurement.instrument_code))
        )
        index = f.subject_combo.findData(measurement.person_id)
        if index >= 0:
            f.subject_combo.setCurrentIndex(index)
