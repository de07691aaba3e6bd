"""The case file of one household: a header with what matters at a glance (name, level in its
colour, status, next evaluation, open signals) and the sections of the file.

Rules:
- The whole file is one read (`queries.casefile.open_casefile`, a constant number of
  statements) on the database lane, logged once as a read. After any write that concerns this
  household (`Ops.changed`) it reads again and every section shows the new state.
- Sections are built when first shown; the one on screen is rendered at once, the others
  when they are shown next (a file opens fast, however many sections it has). A file not
  looked at for a while gives its sections' widgets up and builds them again when shown
  (`recent.RecentCaseFiles`).
- Keyboard: Alt+1 … Alt+9 go to the sections in order; the section list takes Up/Down;
  Ctrl+W (the window's action) closes the file.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from h4casus.domain.labels import STATUS_LABELS
from h4casus.gui.errors import error_text
from h4casus.gui.forms import Form
from h4casus.gui.ops import Ops
from h4casus.gui.printing import open_case_print_dialog
from h4casus.gui.screens.casefile.sections import SECTIONS
from h4casus.gui.screens.casefile.sections.base import Section
from h4casus.gui.screens.casefile.sections.regie.section import external_holder
from h4casus.gui.style import COLOURS
from h4casus.gui.widgets.labels import level_badge_style
from h4casus.gui.widgets.message_bar import MessageBar
from h4casus.gui.widgets.words import word
from h4casus.services.core.context import ServiceContext
from h4casus.services.queries.casefile import CaseFile, open_casefile

SEVERITY_COLOURS = {
    "danger": COLOURS["error"],
    "warning": COLOURS["caution"],
    "info": COLOURS["accent"],
}


class CaseFileForm(Form):
    ui_file = "casefile"
    header: QFrame
    name_label: QLabel
    level_badge: QLabel
    status_badge: QLabel
    review_label: QLabel
    meta_label: QLabel
    signals_label: QLabel
    section_list: QListWidget
    section_stack: QStackedWidget
    loading_label: QLabel
    print_button: QPushButton


class CaseFileScreen(QWidget):
    title_changed = Signal(str)
    loaded = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        ops: Ops,
        household_id: int,
        *,
        level_colours: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ops = ops
        self.household_id = household_id
        self.level_colours = level_colours
        self.casefile: CaseFile | None = None
        self._title = self.tr("Dossier laden…")
        self._sections: dict[str, Section] = {}
        self._stale: set[str] = set()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.message = MessageBar(self)
        host = QWidget(self)
        self.form = f = CaseFileForm(host)
        outer.addWidget(host, 1)
        f.root.layout().insertWidget(1, self.message)
        f.section_list.setObjectName("sectionList")
        f.section_list.setAccessibleName(self.tr("Onderdelen van het dossier"))
        for n, cls in enumerate(SECTIONS, start=1):
            item = QListWidgetItem(word(cls.title))
            item.setData(Qt.ItemDataRole.UserRole, cls.key)
            item.setToolTip(self.tr("Alt+{n}").format(n=n) if n <= 9 else "")
            # The style sheet pads the rows; the list must know their height to not overlap.
            item.setSizeHint(QSize(0, f.section_list.fontMetrics().height() + 16))
            f.section_list.addItem(item)
            if n <= 9:
                shortcut = QShortcut(QKeySequence(f"Alt+{n}"), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda row=n - 1: self.show_section_at(row))
            for keys, method in cls.shortcuts.items():
                shortcut = QShortcut(QKeySequence(keys), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(
                    lambda key=cls.key, method=method: getattr(self.show_section(key), method)()
                )
        f.section_list.currentRowChanged.connect(self._section_chosen)
        f.print_button.setAccessibleName(self.tr("Afdrukken"))
        f.print_button.clicked.connect(self.open_print_dialog)
        ops.changed.connect(self._changed)
        self.refresh()

    # ------------------------------------------------------------------ loading

    def title(self) -> str:
        return self._title

    def refresh(self) -> None:
        ctx, hid = self.ctx, self.household_id
        self.ops.query(self, lambda: open_casefile(ctx, hid), self._loaded, self._load_failed)

    def _changed(self, _kind: str, household_id) -> None:
        if household_id is None or household_id == self.household_id:
            self.refresh()

    def _loaded(self, cf: CaseFile) -> None:
        self.casefile = cf
        self._render_header(cf)
        self._stale = set(self._sections)
        if self.form.section_list.currentRow() < 0:
            self.form.section_list.setCurrentRow(0)
        else:
            self._render_current()
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self.form.loading_label.setText(error_text(exc))
        self._title = self.tr("Dossier {id}").format(id=self.household_id)
        self.title_changed.emit(self._title)

    def show_error(self, exc: BaseException) -> None:
        self.message.show_message(error_text(exc), "error")

    # ------------------------------------------------------------------ header

    def _render_header(self, cf: CaseFile) -> None:
        f, hh = self.form, cf.household
        self._title = hh.display_name
        self.title_changed.emit(self._title)
        f.name_label.setText(hh.display_name)
        f.level_badge.setText(hh.level)
        f.level_badge.setStyleSheet(level_badge_style(self.level_colours.get(hh.level)))
        f.level_badge.setAccessibleName(self.tr("Niveau {level}").format(level=hh.level))
        f.status_badge.setText(word(STATUS_LABELS.get(hh.status, hh.status)))
        parts = [hh.case_number, hh.address, hh.team]
        external = external_holder(cf)
        if hh.regisseur:
            parts.append(self.tr("regisseur {name}").format(name=hh.regisseur))
        elif external:
            parts.append(self.tr("regie tijdelijk bij {party}").format(party=external))
        else:
            parts.append(self.tr("geen regisseur"))
        f.meta_label.setText("  ·  ".join(parts))
        today = self.ctx.clock.today()
        if hh.next_review_date is None:
            f.review_label.setText("")
        else:
            overdue = hh.next_review_date < today and hh.status != "afgesloten"
            text = self.tr("Volgende evaluatie {date}").format(
                date=hh.next_review_date.strftime("%d-%m-%Y")
            )
            if overdue:
                overdue_text = self.tr("{text} — verlopen").format(text=text)
                text = (
                    f'<span style="color:{COLOURS["error"]};font-weight:600">{overdue_text}</span>'
                )
            f.review_label.setText(text)
        if cf.signals:
            lines = [
                f'<span style="color:{SEVERITY_COLOURS.get(s.severity, COLOURS["text"])}">'
                f"● {_escape(s.text)}</span>"
                for s in cf.signals
            ]
            f.signals_label.setText("<br>".join(lines))
            f.signals_label.show()
        else:
            f.signals_label.hide()

    # ------------------------------------------------------------------ sections

    def show_section_at(self, row: int) -> None:
        if 0 <= row < self.form.section_list.count():
            self.form.section_list.setCurrentRow(row)

    def show_section(self, key: str) -> Section:
        row = next(i for i, cls in enumerate(SECTIONS) if cls.key == key)
        self.show_section_at(row)
        return self._sections[key]

    def section(self, key: str) -> Section | None:
        return self._sections.get(key)

    def _section_chosen(self, row: int) -> None:
        if row < 0:
            return
        cls = SECTIONS[row]
        section = self._sections.get(cls.key)
        if section is None:
            section = cls(self)
            self._sections[cls.key] = section
            self.form.section_stack.addWidget(section)
            self._stale.add(cls.key)
        self.form.section_stack.setCurrentWidget(section)
        self._render_current()

    def _render_current(self) -> None:
        if self.casefile is None:
            return
        current = self.form.section_stack.currentWidget()
        if isinstance(current, Section) and current.key in self._stale:
            self._stale.discard(current.key)
            current.show_casefile(self.casefile)

    def release_sections(self) -> bool:
        """Give up the widgets of the built sections while the file is not on screen (the
        section chosen is built again when the file is shown: `showEvent`). Sections hold no
        typed work: entries are made in modal dialogs, open only while their file is on
        screen; a journal filter or a chosen version to compare starts afresh."""
        if self.isVisible():
            return False
        for section in self._sections.values():
            self.form.section_stack.removeWidget(section)
            section.deleteLater()
        self._sections.clear()
        self._stale.clear()
        return True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        row = self.form.section_list.currentRow()
        if row >= 0 and SECTIONS[row].key not in self._sections:
            self._section_chosen(row)  # released while hidden: build it again

    def open_print_dialog(self):
        """Ctrl+P (the window's action) or the Afdrukken button: the reports of this file."""
        return open_case_print_dialog(self, self.ops, self.ctx, self.household_id)

    def may_close(self) -> bool:
        """A file with an open, unsaved dialog asks first (dialogs are modal: never here)."""
        return True


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
