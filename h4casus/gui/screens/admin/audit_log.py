"""Beheer › Logboek: the access log filtered by person, case number, event, action and
period, and exported as CSV (services.admin.audit_views neutralises formula cells).

Rules:
- The filter is read from the fields when Zoeken (or Enter in a field) is pressed; a date
  that cannot be read is named at its field and nothing is asked.
- The screen opens on the last 30 days. It shows the newest rows first, at most
  `SHOWN_ROWS` of them; the export writes every row of the filter.
- Households are shown by case number (a removed one by its number in the log).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit, QPushButton, QTableWidget

from h4casus.domain.errors import ValidationError
from h4casus.gui.forms import Form
from h4casus.gui.screens.admin.common import AdminScreen, fill_table, setup_table
from h4casus.gui.widgets.field_checks import parse_day
from h4casus.gui.widgets.form_dialog import mark_invalid
from h4casus.security.audit import EVENTS
from h4casus.security.policy import ACTION_LABELS
from h4casus.services.admin.audit_views import AuditFilter, AuditRow, export_csv, list_events

SHOWN_ROWS = 1000
DEFAULT_DAYS = 30


class AuditLogForm(Form):
    ui_file = "admin_log"
    title_label: QLabel
    intro_label: QLabel
    user_edit: QLineEdit
    case_edit: QLineEdit
    event_combo: QComboBox
    action_edit: QLineEdit
    from_edit: QLineEdit
    to_edit: QLineEdit
    search_button: QPushButton
    export_button: QPushButton
    log_table: QTableWidget
    count_label: QLabel


class AuditLogScreen(AdminScreen):
    form_class = AuditLogForm

    def __init__(self, ctx, ops, parent=None) -> None:
        super().__init__(ctx, ops, parent)
        f = self.form
        self.rows: list[AuditRow] = []
        self.filter = AuditFilter()
        self.export_dialog: QFileDialog | None = None
        f.event_combo.addItem(self.tr("Alle"), None)
        for event in EVENTS:
            f.event_combo.addItem(event, event)
        f.from_edit.setText((ctx.clock.today() - timedelta(days=DEFAULT_DAYS)).strftime("%d-%m-%Y"))
        setup_table(
            f.log_table,
            [
                self.tr("Tijdstip"),
                self.tr("Gebeurtenis"),
                self.tr("Actie"),
                self.tr("Persoon"),
                self.tr("Dossier"),
                self.tr("Grond"),
                self.tr("Toelichting"),
            ],
            self.tr("Regels van het logboek"),
        )
        for widget, name in (
            (f.user_edit, self.tr("Filter op persoon (gebruikersnaam)")),
            (f.case_edit, self.tr("Filter op dossiernummer")),
            (f.event_combo, self.tr("Filter op gebeurtenis")),
            (f.action_edit, self.tr("Filter op actie")),
            (f.from_edit, self.tr("Periode van")),
            (f.to_edit, self.tr("Periode tot en met")),
            (f.search_button, self.tr("Zoeken in het logboek")),
            (f.export_button, self.tr("Exporteren als CSV")),
        ):
            widget.setAccessibleName(name)
        for edit in (f.user_edit, f.case_edit, f.action_edit, f.from_edit, f.to_edit):
            edit.returnPressed.connect(self.refresh)
        f.search_button.clicked.connect(self.refresh)
        f.export_button.clicked.connect(self.choose_export)

    def title(self) -> str:
        return self.tr("Logboek")

    # ------------------------------------------------------------------ filter

    def read_filter(self) -> AuditFilter | None:
        """The filter in the fields, or None after marking a date that cannot be read."""
        f = self.form
        days: dict[str, date | None] = {}
        problems = []
        for key, edit, label in (
            ("from", f.from_edit, self.tr("Van")),
            ("to", f.to_edit, self.tr("Tot en met")),
        ):
            text = edit.text().strip()
            days[key] = parse_day(text) if text else None
            wrong = bool(text) and days[key] is None
            reason = self.tr("is geen datum (dd-mm-jjjj)") if wrong else None
            mark_invalid(edit, reason)
            if wrong:
                problems.append(f"{label}: {reason}")
        if problems:
            self.message.show_message("\n".join(problems), "error")
            return None

        def clean(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return AuditFilter(
            username=clean(f.user_edit),
            event=f.event_combo.currentData(),
            date_from=days["from"],
            date_to=days["to"],
            case_number=clean(f.case_edit),
            action=clean(f.action_edit),
        )

    def refresh(self) -> None:
        flt = self.read_filter()
        if flt is None:
            return
        self.filter = flt
        ctx = self.ctx
        self.ops.query(self, lambda: list_events(ctx, flt), self._loaded, self._refused)

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.message.show_message(
                "\n".join(f"{k}: {v}" for k, v in exc.errors.items()), "error"
            )
        else:
            self.failed(exc)

    def _loaded(self, rows: list[AuditRow]) -> None:
        self.message.hide()
        self.rows = rows
        shown = list(reversed(rows[-SHOWN_ROWS:]))
        fill_table(self.form.log_table, [(r.id, self._cells(r)) for r in shown])
        self.form.log_table.setColumnWidth(6, 400)
        if len(rows) > SHOWN_ROWS:
            text = self.tr("{n} regels; de nieuwste {shown} staan hier, de export bevat alle.")
        else:
            text = self.tr("{n} regels.")
        self.form.count_label.setText(text.format(n=len(rows), shown=SHOWN_ROWS))

    def _cells(self, r: AuditRow) -> list[str]:
        action = ACTION_LABELS.get(r.action)
        case = r.case_number or (f"#{r.household_id}" if r.household_id is not None else "")
        return [
            r.at.replace("T", " ")[:19],
            r.event,
            f"{r.action} ({action})" if action else r.action,
            self.tr("{user} namens {other}").format(user=r.username, other=r.on_behalf_of)
            if r.on_behalf_of
            else r.username,
            case,
            r.ground,
            r.detail or "",
        ]

    # ------------------------------------------------------------------ export

    def choose_export(self) -> QFileDialog | None:
        flt = self.read_filter()
        if flt is None:
            return None
        dialog = QFileDialog(
            self, self.tr("Logboek exporteren"), str(Path.home()), self.tr("CSV-bestand (*.csv)")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.selectFile(f"logboek-{self.ctx.clock.today().isoformat()}.csv")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path), flt))
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def export_to(self, target: Path, flt: AuditFilter) -> None:
        ctx = self.ctx
        self.ops.write(
            self,
            lambda: export_csv(ctx, target, flt),
            lambda n: self.done(
                self.tr("{n} regels geëxporteerd naar {path}.").format(n=n, path=target)
            ),
            self._refused,
            kind="audit",
            household_id=None,
        )
