"""A bar chart of scores per domain: intake beside the latest measurement (Qt Charts).

Rules:
- The chart shows a `ChartData` and nothing else: domain names down the side (in the
  instrument's order, first at the top), the instrument's scale along the bottom with a
  label at every score, one bar per series per domain, a legend naming each series.
- Series differ by more than colour: the first is hatched, the next solid, and every bar
  carries its score as a label, so the chart reads the same in grey or on paper. Colours are
  data colours (the only colours a screen sets itself).
- No animation (the chart is repainted after every save and must not lag), no title (the
  screen names it), the application font.
- This module is the only one that imports Qt Charts, so a move to another chart library
  touches this file alone.

Why Qt Charts (PySide6-Addons): it is a Qt widget like the rest of the desktop (palette,
fonts, accessibility, printing through QPainter), needs no numpy, and the one-folder build
carries only its library (about 3.5 MB; pyqtgraph would bring numpy, tens of MB). The cost:
the Addons wheel in development installs, and Qt deprecated Qt Charts in 6.10 for Qt Graphs,
whose widget runs on Qt Quick (the QML runtime in the build, a GPU-oriented renderer).
See docs/architecture.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QApplication, QWidget

# Data colours of the series, in order; each with a brush pattern of its own.
SERIES_STYLES = (
    ("#5b6f8c", Qt.BrushStyle.BDiagPattern),
    ("#1b4f8f", Qt.BrushStyle.SolidPattern),
    ("#8a5a00", Qt.BrushStyle.Dense4Pattern),
)
AXIS_TEXT = "#1d2330"
SURFACE = "#ffffff"
GRID = "#d8dee8"


@dataclass(frozen=True)
class Series:
    name: str  # shown in the legend, e.g. "Intake 12-01-2026"
    values: tuple[int | None, ...]  # one per category; None: not scored


@dataclass(frozen=True)
class ChartData:
    categories: tuple[str, ...]  # domain names, first at the top
    series: tuple[Series, ...]
    scale: tuple[int, ...]  # the instrument's scores, e.g. (1, 2, 3, 4, 5)

    @property
    def empty(self) -> bool:
        return not self.categories or not self.series


class ScoreChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table beside it is the keyboard way
        self.data: ChartData | None = None
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundVisible(False)
        chart.setDropShadowEnabled(False)
        chart.setMargins(QMargins(4, 4, 8, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setFont(QApplication.font())
        self.setChart(chart)
        self.setBackgroundBrush(QBrush(QColor(SURFACE)))
        self.setMinimumHeight(260)

    def set_data(self, data: ChartData) -> None:
        self.data = data
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        if data.empty:
            chart.legend().hide()
            return
        chart.legend().show()
        # Horizontal bars are drawn bottom-up: reverse so the first domain is at the top.
        categories = list(reversed(data.categories))
        series = QHorizontalBarSeries()
        # Bars keep a calm thickness however few the domains (a household instrument has 5).
        series.setBarWidth(min(0.8, max(0.3, len(categories) * len(data.series) / 30)))
        complete = all(v is not None for s in data.series for v in s.values)
        for i, s in enumerate(data.series):
            colour, pattern = SERIES_STYLES[i % len(SERIES_STYLES)]
            bar = QBarSet(s.name)
            bar.append([float(v or 0) for v in reversed(s.values)])
            brush = QBrush(QColor(colour), pattern)
            bar.setBrush(brush)
            bar.setPen(QPen(QColor(colour), 1.2))
            bar.setLabelColor(QColor(AXIS_TEXT))
            series.append(bar)
        # Every bar says its score; a missing score would read as "0", so then the table
        # beside the chart is the place for the numbers.
        series.setLabelsVisible(complete)
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)

        font = QFont(QApplication.font())
        domains = QBarCategoryAxis()
        domains.append(categories)
        domains.setLabelsFont(font)
        domains.setLabelsColor(QColor(AXIS_TEXT))
        domains.setGridLineVisible(False)
        chart.addAxis(domains, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(domains)

        scale = QCategoryAxis()
        scale.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for score in data.scale:
            scale.append(str(score), score)
        # A little room past the top score for the bar labels.
        scale.setRange(0, max(data.scale) + 0.35)
        scale.setLabelsFont(font)
        scale.setLabelsColor(QColor(AXIS_TEXT))
        scale.setGridLinePen(QPen(QColor(GRID), 1))
        chart.addAxis(scale, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(scale)

    def bar_values(self) -> dict[str, list[float]]:
        """What is drawn: series name -> values in the categories' order (for tests)."""
        out: dict[str, list[float]] = {}
        for series in self.chart().series():
            for bar in series.barSets():
                out[bar.label()] = list(reversed([bar.at(i) for i in range(bar.count())]))
        return out
