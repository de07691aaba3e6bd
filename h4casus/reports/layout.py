"""The page frame of every report: A4 (portrait or landscape), a running header with the
document title and the *Vertrouwelijk* mark, and a footer with who printed it, when, the
audit-log reference and "Pagina X van Y".

Rules: the footer is drawn once all pages exist (a canvas that keeps its pages until `save`),
so "van Y" is right in one pass; every page of a confidential document carries the mark, the
stamp and the page number; the PDF embeds its fonts and names its author and title."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from h4casus import __version__
from h4casus.reports import fonts
from h4casus.reports.styles import (
    ACCENT,
    ALERT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    RULE,
    dt,
    long_date,
)
from h4casus.services.queries.printing import PrintStamp

CONFIDENTIAL = "VERTROUWELIJK"


@dataclass(frozen=True)
class PageInfo:
    """What the header and footer show."""

    title: str  # e.g. "Casusoverzicht"
    subject: str  # e.g. "2026-000123 · Jansen / de Vries"
    stamp: PrintStamp
    confidential: bool = True
    footer_note: str = ""  # e.g. a handling instruction
    # For the household itself (Ons plan): no running header, no page count, a plain footer.
    household: bool = False


def _numbered_canvas(draw: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Keeps each page until save(), then draws the footer knowing the page count."""

        def __init__(self, *args, **kwargs) -> None:
            # no standard (unembedded) font anywhere, not even as the page's initial font
            kwargs["initialFontName"] = fonts.REGULAR
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                draw(self, self._pageNumber, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def _header(c: Canvas, info: PageInfo, width: float, height: float) -> None:
    top = height - 12 * mm
    c.saveState()
    c.setFont(fonts.BOLD, 8.5)
    c.setFillColor(ACCENT)
    c.drawString(MARGIN_X, top, info.title)
    c.setFont(fonts.REGULAR, 8.5)
    c.setFillColor(MUTED)
    c.drawString(MARGIN_X + c.stringWidth(info.title, fonts.BOLD, 8.5) + 6, top, info.subject)
    if info.confidential:
        c.setFont(fonts.BOLD, 8.5)
        c.setFillColor(ALERT)
        text = CONFIDENTIAL
        c.drawRightString(width - MARGIN_X, top, " ".join(text))  # letter-spaced
    c.setStrokeColor(ACCENT)
    c.setLineWidth(0.8)
    c.line(MARGIN_X, top - 3 * mm, width - MARGIN_X, top - 3 * mm)
    c.restoreState()


def _household_footer(c: Canvas, info: PageInfo, width: float) -> None:
    s = info.stamp
    base = 10 * mm
    c.saveState()
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(MARGIN_X, base + 5 * mm, width - MARGIN_X, base + 5 * mm)
    c.setFont(fonts.REGULAR, 7.5)
    c.setFillColor(MUTED)
    c.drawString(
        MARGIN_X, base + 1.2 * mm, f"Gemaakt op {long_date(s.printed_at)} door {s.printed_by}"
    )
    c.drawRightString(width - MARGIN_X, base + 1.2 * mm, f"Kenmerk {s.reference}")
    c.restoreState()


def _footer(c: Canvas, info: PageInfo, width: float, page: int, total: int) -> None:
    if info.household:
        _household_footer(c, info, width)
        return
    s = info.stamp
    base = 10 * mm
    c.saveState()
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(MARGIN_X, base + 7 * mm, width - MARGIN_X, base + 7 * mm)
    c.setFont(fonts.REGULAR, 7.5)
    c.setFillColor(MUTED)
    who = f"Afgedrukt door {s.printed_by} ({s.username}) op {dt(s.printed_at)}"
    c.drawString(MARGIN_X, base + 3.2 * mm, who)
    ref = f"Logboekkenmerk {s.reference}"
    if info.footer_note:
        ref += f" · {info.footer_note}"
    c.drawString(MARGIN_X, base, ref)
    c.setFont(fonts.BOLD, 8)
    c.setFillColor(ACCENT)
    c.drawRightString(width - MARGIN_X, base + 3.2 * mm, f"Pagina {page} van {total}")
    if info.confidential:
        c.setFont(fonts.BOLD, 7.5)
        c.setFillColor(ALERT)
        c.drawRightString(width - MARGIN_X, base, "Vertrouwelijk")
    c.restoreState()


def build(
    story: list,
    info: PageInfo,
    *,
    wide: bool = False,
    margins: tuple[float, float, float, float] | None = None,
    header: bool = True,
) -> bytes:
    """Lay out `story` on A4 pages with header and footer; the PDF as bytes."""
    fonts.register()
    size = landscape(A4) if wide else A4
    width, height = size
    left, right, top, bottom = margins or (MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM)
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=size,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=f"{info.title} {info.subject}".strip(),
        author=f"{info.stamp.printed_by} ({info.stamp.username})",
        subject=f"{info.title}, logboekkenmerk {info.stamp.reference}",
        creator=f"h4casus {__version__}",
        producer=f"h4casus {__version__} (reportlab)",
    )
    # No inner padding: text, tables and the header rule share one left and right edge.
    frame = Frame(
        left,
        bottom,
        width - left - right,
        height - top - bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )

    def on_page(c: Canvas, _doc) -> None:
        if header and not info.household:
            _header(c, info, width, height)

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(
        story,
        canvasmaker=_numbered_canvas(lambda c, n, total: _footer(c, info, width, n, total)),
    )
    return buf.getvalue()


def frame_width(wide: bool = False) -> float:
    w = landscape(A4)[0] if wide else A4[0]
    return w - 2 * MARGIN_X
