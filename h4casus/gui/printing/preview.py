"""The print preview of one report: the generated PDF on screen (QtPdf), Afdrukken (a printer
chosen in the print dialog) and Opslaan als PDF (a file chosen in a file dialog).

Rules:
- Generation never runs on the GUI thread: the report's read model on the database lane
  (it authorises and logs the print), the rendering on the CPU lane, the printing on the CPU
  lane too. Meanwhile the window shows what it is doing (a busy bar) and stays responsive;
  closing it drops the answer (callbacks are bound to the window).
- A refusal or any other error is shown in words in place of the pages; nothing is written.
- "Opslaan als PDF" checks the chosen path with the command line's rule
  (`reports.output.check_target`: no folder, symlink, device, missing folder or file of the
  database itself), then reads the report once more as an *export* (its own audit row and
  log reference on every page) and writes it atomically. The user is told the file is not
  encrypted.
- Keyboard: + and - zoom, 0 the whole page, W the page width, PgUp/PgDn and Home/End move
  through the pages, Ctrl+P prints, Ctrl+S saves, Esc closes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QPointF, QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from h4casus.gui.errors import error_text
from h4casus.gui.forms import Form
from h4casus.gui.ops import Ops
from h4casus.gui.printing.kinds import ReportJob
from h4casus.gui.printing.paint import open_pdf, print_pdf
from h4casus.gui.widgets.message_bar import MessageBar
from h4casus.reports.output import check_target, write_bytes
from h4casus.services.queries.printing import EXPORT, PRINT

ZOOM_STEPS = (0.33, 0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
UNSAFE_FILE_CHARS = '<>:"/\\|?*'


class PrintPreviewForm(Form):
    ui_file = "print_preview"
    print_button: QPushButton
    save_button: QPushButton
    previous_button: QPushButton
    page_label: QLabel
    next_button: QPushButton
    zoom_out_button: QPushButton
    zoom_label: QLabel
    zoom_in_button: QPushButton
    fit_width_button: QPushButton
    fit_page_button: QPushButton
    close_button: QPushButton
    stack: QStackedWidget
    busy_page: QWidget
    busy_label: QLabel
    progress_bar: QProgressBar
    error_page: QWidget
    error_label: QLabel
    reason_label: QLabel
    view_page: QWidget


class ReportPreview(QDialog):
    """A window of its own (not modal): the user can keep working while a report is made."""

    ready = Signal()  # the pages are on screen
    failed = Signal(str)  # the error in words
    saved = Signal(object)  # the Path written
    printed = Signal(int)  # pages sent to the printer

    def __init__(
        self,
        ops: Ops,
        job: ReportJob,
        *,
        db_path: Path | None,
        heading: str | None = None,
        subtitle: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.job = job
        self.db_path = db_path
        self.pdf: bytes | None = None
        self.data: Any = None
        self.error: str | None = None
        self.saved_path: Path | None = None
        self.file_dialog: QFileDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        self._buffer: QBuffer | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        title = (heading or job.title) + (f" — {subtitle}" if subtitle else "")
        self.setWindowTitle(self.tr("Afdrukvoorbeeld: {title}").format(title=title))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        host = QWidget(self)
        self.form = f = PrintPreviewForm(host)
        outer.addWidget(host, 1)
        self.message = MessageBar(self)
        f.root.layout().insertWidget(1, self.message)

        self.document = QPdfDocument(self)
        self.view = QPdfView(f.view_page)
        self.view.setObjectName("reportView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setPageSpacing(14)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        f.view_page.layout().addWidget(self.view)
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._update_pages())
        self.view.zoomFactorChanged.connect(lambda _z: self._update_zoom())

        for widget, name in (
            (f.print_button, self.tr("Afdrukken")),
            (f.save_button, self.tr("Opslaan als PDF")),
            (f.previous_button, self.tr("Vorige pagina")),
            (f.next_button, self.tr("Volgende pagina")),
            (f.zoom_out_button, self.tr("Uitzoomen")),
            (f.zoom_in_button, self.tr("Inzoomen")),
            (f.fit_width_button, self.tr("Passend op de paginabreedte")),
            (f.fit_page_button, self.tr("Hele pagina in beeld")),
            (f.close_button, self.tr("Voorbeeld sluiten")),
            (f.page_label, self.tr("Pagina")),
            (f.zoom_label, self.tr("Zoomfactor")),
            (f.progress_bar, self.tr("Bezig met maken")),
            (self.view, self.tr("Voorbeeld van het rapport")),
        ):
            widget.setAccessibleName(name)
        for button in (f.previous_button, f.next_button, f.zoom_out_button, f.zoom_in_button):
            button.setFixedWidth(button.fontMetrics().height() * 2 + 8)
        f.print_button.clicked.connect(self.choose_printer)
        f.save_button.clicked.connect(self.choose_file)
        f.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page - 1))
        f.next_button.clicked.connect(lambda: self.go_to_page(self.current_page + 1))
        f.zoom_out_button.clicked.connect(lambda: self.zoom(-1))
        f.zoom_in_button.clicked.connect(lambda: self.zoom(1))
        f.fit_width_button.clicked.connect(self.fit_width)
        f.fit_page_button.clicked.connect(self.fit_page)
        f.close_button.clicked.connect(self.close)
        keys = (
            (("Ctrl+P",), self.choose_printer),
            (("Ctrl+S",), self.choose_file),
            (("+", "=", "Ctrl++", "Ctrl+="), lambda: self.zoom(1)),
            (("-", "Ctrl+-"), lambda: self.zoom(-1)),
            (("0", "Ctrl+0"), self.fit_page),
            (("W",), self.fit_width),
            (("PgDown",), lambda: self.go_to_page(self.current_page + 1)),
            (("PgUp",), lambda: self.go_to_page(self.current_page - 1)),
            (("Home",), lambda: self.go_to_page(0)),
            (("End",), lambda: self.go_to_page(self.page_count - 1)),
        )
        for sequences, slot in keys:
            for seq in sequences:
                shortcut = QShortcut(QKeySequence(seq), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(slot)
        self._fit_to_screen()  # with every control shown: no jump when the pages arrive
        self._set_ready(False)

    # ------------------------------------------------------------------ generation

    def start(self) -> None:
        """Read on the database lane, render on the CPU lane, then show the pages."""
        f = self.form
        f.stack.setCurrentWidget(f.busy_page)
        f.busy_label.setText(self.tr("{title} wordt gemaakt…").format(title=self.job.title))
        self.ops.query(self, lambda: self.job.read(PRINT), self._read, self._failed)

    def _read(self, data: Any) -> None:
        self.data = data
        self.form.busy_label.setText(self.tr("Pagina's opmaken…"))
        render = self.job.render
        self.ops.cpu(self, lambda: render(data), self._rendered, self._failed)

    def _rendered(self, pdf: bytes) -> None:
        self.pdf = pdf
        self.document.deleteLater()
        self.document, self._buffer = _load(pdf, self)
        self.view.setDocument(self.document)
        f = self.form
        f.stack.setCurrentWidget(f.view_page)
        self._set_ready(True)
        self.fit_width()
        self.go_to_page(0)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ready.emit()

    def _failed(self, exc: BaseException) -> None:
        self.error = error_text(exc)
        f = self.form
        f.error_label.setText(
            self.tr("{title} kan niet worden gemaakt.").format(title=self.job.title)
        )
        f.reason_label.setText(self.error)
        f.error_page.setAccessibleDescription(self.error)
        f.stack.setCurrentWidget(f.error_page)
        self._set_ready(False)
        f.close_button.setFocus()
        self.failed.emit(self.error)

    def _set_ready(self, ready: bool) -> None:
        f = self.form
        f.print_button.setEnabled(ready)
        f.save_button.setEnabled(ready)
        for w in (
            f.previous_button,
            f.page_label,
            f.next_button,
            f.zoom_out_button,
            f.zoom_label,
            f.zoom_in_button,
            f.fit_width_button,
            f.fit_page_button,
        ):
            w.setVisible(ready)  # no pages, nothing to move through or zoom
        self._update_pages()
        self._update_zoom()

    # ------------------------------------------------------------------ pages and zoom

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.pdf is not None else 0

    @property
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if not self.page_count:
            return
        page = max(0, min(page, self.page_count - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
        self._update_pages()

    def zoom(self, step: int) -> None:
        if self.pdf is None:
            return
        current = self.effective_zoom()
        if step > 0:
            target = next((z for z in ZOOM_STEPS if z > current + 0.01), ZOOM_STEPS[-1])
        else:
            target = next((z for z in reversed(ZOOM_STEPS) if z < current - 0.01), ZOOM_STEPS[0])
        page = self.current_page
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(target)
        self.go_to_page(page)

    def effective_zoom(self) -> float:
        """The zoom on screen, also in the fit modes (QPdfView keeps its factor for Custom;
        the fit modes scale the page the way QPdfView lays it out: points at the screen's
        logical dpi, fitted inside the viewport less the document margins)."""
        mode = self.view.zoomMode()
        if mode is QPdfView.ZoomMode.Custom or not self.page_count:
            return self.view.zoomFactor()
        points = self.document.pagePointSize(max(0, self.current_page))
        dpi = QGuiApplication.primaryScreen().logicalDotsPerInch() / 72
        margins, viewport = self.view.documentMargins(), self.view.viewport()
        width = (viewport.width() - margins.left() - margins.right()) / (points.width() * dpi)
        if mode is QPdfView.ZoomMode.FitToWidth:
            return width
        height = (viewport.height() - margins.top() - margins.bottom()) / (points.height() * dpi)
        return min(width, height)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_zoom()  # a fitted page changes its zoom with the window

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_zoom()

    def fit_page(self) -> None:
        page = self.current_page
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.go_to_page(page)
        self._update_zoom()

    def _update_pages(self) -> None:
        f, n = self.form, self.page_count
        if not n:
            f.page_label.setText("")
            return
        page = self.current_page
        f.page_label.setText(self.tr("Pagina {page} van {total}").format(page=page + 1, total=n))
        f.previous_button.setEnabled(page > 0)
        f.next_button.setEnabled(page < n - 1)

    def _update_zoom(self) -> None:
        mode, f = self.view.zoomMode(), self.form
        f.zoom_label.setText("" if self.pdf is None else f"{round(self.effective_zoom() * 100)} %")
        f.fit_width_button.setChecked(mode is QPdfView.ZoomMode.FitToWidth)
        f.fit_page_button.setChecked(mode is QPdfView.ZoomMode.FitInView)

    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry()
        height = int(screen.height() * 0.92)
        width = max(int(height * 0.8), self.sizeHint().width())
        self.resize(min(width, int(screen.width() * 0.95)), height)

    # ------------------------------------------------------------------ printing

    def choose_printer(self) -> None:
        """Ctrl+P: the print dialog; the pages go to the chosen printer on the CPU lane."""
        if self.pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.job.file_stem(self.data))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Afdrukken: {title}").format(title=self.job.title))
        dialog.setMinMax(1, max(1, self.page_count))
        dialog.accepted.connect(lambda: self.print_to(printer))
        self.print_dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # (PySide6 has only the two-argument QPrintDialog.open)

    def print_to(self, printer: QPrinter) -> None:
        """Send the pages to `printer` (off the GUI thread)."""
        if self.pdf is None:
            return
        pdf = self.pdf
        self.message.show_message(self.tr("Bezig met afdrukken…"), "warning")
        self.form.print_button.setEnabled(False)
        self.ops.cpu(self, lambda: print_pdf(pdf, printer), self._printed, self._print_failed)

    def _printed(self, pages: int) -> None:
        self.form.print_button.setEnabled(True)
        self.message.show_message(
            self.tr("{n} pagina('s) naar de printer gestuurd.").format(n=pages), "ok"
        )
        self.printed.emit(pages)

    def _print_failed(self, exc: BaseException) -> None:
        self.form.print_button.setEnabled(True)
        self.message.show_message(
            self.tr("Afdrukken is mislukt: {reason}").format(reason=error_text(exc)), "error"
        )

    # ------------------------------------------------------------------ saving

    def suggested_path(self) -> Path:
        stem = "".join("-" if c in UNSAFE_FILE_CHARS else c for c in self.job.file_stem(self.data))
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(folder or Path.home()) / f"{stem.strip()}.pdf"

    def choose_file(self) -> None:
        """Ctrl+S: a file dialog; the chosen file is checked and written (`save_to`)."""
        if self.pdf is None:
            return
        dialog = QFileDialog(
            self, self.tr("Opslaan als PDF"), str(self.suggested_path()), self.tr("PDF (*.pdf)")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(self.save_to)
        self.file_dialog = dialog
        dialog.open()

    def save_to(self, path: str | Path) -> None:
        """Check `path` as the command line does, then export and write it (off the GUI
        thread). A refused path is said in words and nothing is written or logged."""
        if self.pdf is None:
            return
        try:
            target = check_target(path, self.db_path)
        except Exception as exc:  # ValidationError: the reason in words; OSError likewise
            self.message.show_message(error_text(exc), "error")
            return
        job, db_path = self.job, self.db_path
        self.message.show_message(self.tr("Bezig met opslaan…"), "warning")
        self.form.save_button.setEnabled(False)

        def written(data: Any) -> None:
            def render_and_write() -> Path:
                return write_bytes(job.render(data), target, db_path)

            self.ops.cpu(self, render_and_write, self._saved, self._save_failed)

        self.ops.query(self, lambda: job.read(EXPORT), written, self._save_failed)

    def _saved(self, path: Path) -> None:
        self.saved_path = path
        self.form.save_button.setEnabled(True)
        self.message.show_message(
            self.tr(
                "Opgeslagen als {path}. Let op: dit bestand is niet versleuteld; "
                "bewaar en deel het zorgvuldig."
            ).format(path=path),
            "ok",
        )
        self.saved.emit(path)

    def _save_failed(self, exc: BaseException) -> None:
        self.form.save_button.setEnabled(True)
        self.message.show_message(
            self.tr("Opslaan is mislukt: {reason}").format(reason=error_text(exc)), "error"
        )


def _load(pdf: bytes, parent) -> tuple[QPdfDocument, QBuffer]:
    return open_pdf(pdf, parent)
