"""The print dialog (Ctrl+P): which report, with which options, then the preview.

Rules:
- What may be printed is read on the database lane (`services.queries.print_offers`) each
  time the dialog opens; a report the user may not print is listed greyed out with the
  refusal in words, an option they may not use is not shown at all.
- Enter opens the preview of the chosen report (the preview does the generating); Escape
  cancels. Nothing is read or logged for a report until the user asks for it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from h4casus.gui.errors import error_text
from h4casus.gui.forms import Form
from h4casus.gui.ops import Ops
from h4casus.gui.printing.kinds import CONFIDENTIAL, FULL_BSN, PrintChoice
from h4casus.gui.printing.preview import ReportPreview


class PrintChoiceForm(Form):
    ui_file = "print_choice"
    intro_label: QLabel
    report_list: QListWidget
    options_box: QGroupBox
    full_bsn_check: QCheckBox
    confidential_check: QCheckBox
    refusal_label: QLabel
    note_label: QLabel


class PrintChoiceDialog(QDialog):
    preview_opened = Signal(object)  # the ReportPreview
    choices_shown = Signal()

    def __init__(
        self,
        ops: Ops,
        read_choices: Callable[[], list[PrintChoice]],
        *,
        title: str,
        intro: str,
        db_path: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.db_path = db_path
        self.choices: list[PrintChoice] = []
        self._refusals: list[str] = []
        self.preview: ReportPreview | None = None
        self.setWindowTitle(title)
        self.setModal(True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        host = QWidget(self)
        self.form = f = PrintChoiceForm(host)
        layout.addWidget(host, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.preview_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.preview_button.setText(self.tr("&Voorbeeld bekijken"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.open_preview)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.options = {FULL_BSN: f.full_bsn_check, CONFIDENTIAL: f.confidential_check}
        f.intro_label.setText(intro)
        f.report_list.setAccessibleName(self.tr("Rapport"))
        f.full_bsn_check.setAccessibleName(self.tr("Volledig BSN afdrukken"))
        f.confidential_check.setAccessibleName(self.tr("Vertrouwelijke journaalregels meenemen"))
        f.refusal_label.setProperty("role", "muted")
        f.note_label.setProperty("role", "muted")
        f.note_label.setText(
            self.tr(
                "Elke pagina krijgt ‘Vertrouwelijk’, uw naam, het tijdstip en een kenmerk uit "
                "het logboek; het afdrukken wordt in het logboek vastgelegd."
            )
        )
        f.report_list.currentRowChanged.connect(self._chosen)
        f.report_list.itemActivated.connect(lambda _item: self.open_preview())
        f.options_box.hide()
        f.report_list.addItem(self.tr("Rechten nagaan…"))
        self.preview_button.setEnabled(False)
        self.setMinimumWidth(540)
        ops.query(self, read_choices, self._show, self._failed)

    def _show(self, choices: list[PrintChoice]) -> None:
        f = self.form
        self.choices = choices
        f.report_list.clear()
        refusals = []
        for choice in choices:
            item = QListWidgetItem(choice.title)
            if not choice.allowed:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setText(self.tr("{title} (niet beschikbaar)").format(title=choice.title))
                item.setToolTip(choice.refusal)
                refusals.append(f"{choice.title}: {choice.refusal}")
            item.setSizeHint(QSize(0, self._row_height()))
            f.report_list.addItem(item)
        lst = f.report_list
        lst.setMinimumHeight(0)
        lst.setFixedHeight(max(2, lst.count()) * self._row_height() + 2 * lst.frameWidth() + 4)
        self._refusals = refusals
        first = next((i for i, c in enumerate(choices) if c.allowed), -1)
        f.report_list.setCurrentRow(first)
        self._chosen(first)
        if first < 0:
            f.refusal_label.setProperty("role", "error")
            f.refusal_label.style().unpolish(f.refusal_label)
            f.refusal_label.style().polish(f.refusal_label)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()
        else:
            f.report_list.setFocus()
        self._fit_height()
        self.choices_shown.emit()

    def _fit_height(self) -> None:
        layout = self.layout()
        layout.activate()
        width = max(self.width(), self.minimumWidth())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        self.resize(width, height if height > 0 else self.sizeHint().height())

    def _row_height(self) -> int:
        return self.form.report_list.fontMetrics().height() + 14

    def _failed(self, exc: BaseException) -> None:
        f = self.form
        f.report_list.clear()
        f.refusal_label.setText(error_text(exc))
        f.refusal_label.setProperty("role", "error")
        f.refusal_label.show()
        self.choices_shown.emit()

    def _chosen(self, row: int) -> None:
        f = self.form
        choice = self.choices[row] if 0 <= row < len(self.choices) else None
        offered = {o.key: o for o in choice.options} if choice and choice.allowed else {}
        for key, box in self.options.items():
            option = offered.get(key)
            box.setVisible(option is not None)
            if option is not None:
                box.setText(option.label)
            else:
                box.setChecked(False)
        f.options_box.setVisible(bool(offered))
        self.preview_button.setEnabled(choice is not None and choice.allowed)
        lines = list(self._refusals)
        if choice is not None and choice.allowed:
            lines += [self.tr("Niet aangeboden: {why}").format(why=w) for w in choice.withheld]
        f.refusal_label.setText("\n".join(lines))
        f.refusal_label.setVisible(bool(lines))

    def chosen(self) -> PrintChoice | None:
        row = self.form.report_list.currentRow()
        return self.choices[row] if 0 <= row < len(self.choices) else None

    def chosen_options(self) -> frozenset[str]:
        return frozenset(
            k for k, box in self.options.items() if not box.isHidden() and box.isChecked()
        )

    def open_preview(self) -> None:
        choice = self.chosen()
        if choice is None or not choice.allowed or self.preview is not None:
            return  # (Enter on the list and on the button: one preview)
        options = self.chosen_options()
        job = choice.make(options)
        extras = [
            text
            for key, text in (
                (FULL_BSN, self.tr("met volledig BSN")),
                (CONFIDENTIAL, self.tr("met vertrouwelijke journaalregels")),
            )
            if key in options
        ]
        preview = ReportPreview(
            self.ops,
            job,
            db_path=self.db_path,
            heading=choice.title,
            subtitle=", ".join(extras),
            parent=self.parentWidget(),
        )
        self.preview = preview
        self.accept()
        preview.show()
        preview.start()
        self.preview_opened.emit(preview)
