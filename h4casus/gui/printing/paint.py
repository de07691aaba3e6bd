"""Putting a generated PDF on a printer: every page rendered by QtPdf at the printer's
resolution (capped, so a 1200 dpi printer does not need a gigabyte per page) and painted to
fit the printable area, keeping its proportions.

Rules: pure Qt, no services and no database, so it runs on the CPU lane (QPainter on a
QPrinter and QPdfDocument on their own document are safe off the GUI thread); the document
is opened in memory from the bytes, never from a temporary file (the data are personal).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from h4casus.domain.errors import H4Error

MAX_DPI = 300  # sharp on paper; an A4 page is then about 35 MB while it is painted


class PrintFailed(H4Error):
    """The printer could not be started or a page could not be rendered (said in words)."""


def open_pdf(pdf: bytes, parent=None) -> tuple[QPdfDocument, QBuffer]:
    """The document and the buffer it reads (keep both alive together)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise PrintFailed("het rapport kon niet worden geopend")
    return document, buffer


def page_count(pdf: bytes) -> int:
    document, _buffer = open_pdf(pdf)
    return document.pageCount()


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint every page of `pdf` on `printer`; the number of pages printed."""
    document, _buffer = open_pdf(pdf)
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed("de printer kon niet worden gestart")
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        target_area = QRectF(0, 0, area.width(), area.height())
        for index in range(document.pageCount()):
            if index and not printer.newPage():
                raise PrintFailed("de printer nam geen nieuwe pagina aan")
            points = document.pagePointSize(index)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(index, size)
            if image.isNull():
                raise PrintFailed(f"pagina {index + 1} kon niet worden gemaakt")
            scale = min(target_area.width() / image.width(), target_area.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            x = (target_area.width() - w) / 2
            painter.drawImage(QRectF(x, 0, w, h), image)
        return document.pageCount()
    finally:
        painter.end()
