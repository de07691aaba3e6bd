"""ZRM intake vs latest as a chart (reportlab.graphics): one row per domain, a pale bar for the
intake score, a dark bar for the latest, and the change beside it.

Rules: the scale is the instrument's own (ZRM 1–5, other instruments their range); a domain
scored only once shows one bar; colours follow the house style and the change is also written
as a number, so the chart reads in black and white too."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from h4casus.reports import fonts
from h4casus.reports.styles import ACCENT, ALERT, MUTED, OK, RULE, TEXT, d
from h4casus.services.plan.measurements import InstrumentTrend

INTAKE_FILL = colors.HexColor("#B9C6D6")
ROW = 13.0
BAR = 4.6


def trend_chart(
    trend: InstrumentTrend, width: float, score_range: tuple[int, int] = (1, 5)
) -> Drawing:
    fonts.register()
    lo, hi = score_range
    label_w = min(150.0, width * 0.34)
    change_w = 28.0
    plot_x = label_w
    plot_w = width - label_w - change_w
    rows = len(trend.domains)
    legend_h = 16.0
    axis_h = 12.0
    height = legend_h + axis_h + rows * ROW + 4
    dr = Drawing(width, height, initialFontName=fonts.REGULAR, initialFontSize=7.5)

    def x_of(score: float) -> float:
        # bars start at the left edge, a score of `lo` is a short stub so it stays visible
        return plot_x + (score - lo + 1) / (hi - lo + 1) * plot_w

    # legend
    y = height - 10
    dr.add(Rect(plot_x, y, 9, 6, fillColor=INTAKE_FILL, strokeColor=None))
    intake_txt = f"Intake ({d(trend.intake_on)})"
    dr.add(String(plot_x + 12, y, intake_txt, fontName=fonts.REGULAR, fontSize=7, fillColor=TEXT))
    x2 = plot_x + 20 + len(intake_txt) * 3.7
    dr.add(Rect(x2, y, 9, 6, fillColor=ACCENT, strokeColor=None))
    dr.add(
        String(
            x2 + 12,
            y,
            f"Laatste meting ({d(trend.latest_on)})",
            fontName=fonts.REGULAR,
            fontSize=7,
            fillColor=TEXT,
        )
    )
    # axis: gridlines at each score
    top = height - legend_h - axis_h
    bottom = 2.0
    for score in range(lo, hi + 1):
        gx = x_of(score)
        dr.add(Line(gx, bottom, gx, top + 2, strokeColor=RULE, strokeWidth=0.4))
        dr.add(
            String(
                gx,
                top + 4,
                str(score),
                fontName=fonts.REGULAR,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    dr.add(Line(plot_x, bottom, plot_x, top + 2, strokeColor=MUTED, strokeWidth=0.6))
    for i, dom in enumerate(trend.domains):
        row_top = top - i * ROW
        mid = row_top - ROW / 2
        dr.add(
            String(
                0,
                mid - 2.5,
                _fit(dom.domain, label_w - 6),
                fontName=fonts.REGULAR,
                fontSize=7.5,
                fillColor=TEXT,
            )
        )
        if dom.intake is not None:
            dr.add(
                Rect(
                    plot_x,
                    mid + 0.4,
                    x_of(dom.intake) - plot_x,
                    BAR,
                    fillColor=INTAKE_FILL,
                    strokeColor=None,
                )
            )
        if dom.latest is not None:
            dr.add(
                Rect(
                    plot_x,
                    mid - BAR - 0.4,
                    x_of(dom.latest) - plot_x,
                    BAR,
                    fillColor=ACCENT,
                    strokeColor=None,
                )
            )
        change = dom.change
        if change is not None and trend.intake_on != trend.latest_on:
            text = "0" if change == 0 else f"{change:+d}".replace("-", "\u2013")
            colour = OK if change > 0 else ALERT if change < 0 else MUTED
            dr.add(
                String(
                    width - 2,
                    mid - 2.5,
                    text,
                    fontName=fonts.BOLD,
                    fontSize=7.5,
                    fillColor=colour,
                    textAnchor="end",
                )
            )
    return dr


def _fit(text: str, width: float, size: float = 7.5) -> str:
    if stringWidth(text, fonts.REGULAR, size) <= width:
        return text
    while text and stringWidth(text + "…", fonts.REGULAR, size) > width:
        text = text[:-1]
    return text + "…"
