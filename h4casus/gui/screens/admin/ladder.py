"""Beheer › Ladder en instrumenten: the op-/afschaalladder (per level its colour, review
interval and whether going up to it needs a second person's approval) and the measuring
instruments (view only). The beheerder edits a level's interval and approval flag; the
service validates them and logs the change with the old and the new value."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QTableWidget, QWidget

from h4casus.gui.forms import Form
from h4casus.gui.ops import Ops
from h4casus.gui.screens.admin.common import AdminScreen, fill_table, selected_value, setup_table
from h4casus.gui.screens.admin.settings import typed
from h4casus.gui.widgets.form_dialog import FormDialog
from h4casus.services.admin.configuration import LevelView, get_ladder, update_level
from h4casus.services.core.context import ServiceContext
from h4casus.services.plan.measurements import InstrumentView, list_instruments


def _load(ctx: ServiceContext) -> tuple[list[LevelView], list[InstrumentView]]:
    return get_ladder(ctx), list_instruments(ctx)


class LadderForm(Form):
    ui_file = "admin_ladder"
    title_label: QLabel
    intro_label: QLabel
    levels_table: QTableWidget
    edit_button: QPushButton
    instruments_label: QLabel
    instruments_table: QTableWidget


class LevelDialogForm(Form):
    ui_file = "admin_level_dialog"
    intro_label: QLabel
    interval_edit: QLineEdit
    approval_check: QCheckBox


class LevelDialog(FormDialog):
    def __init__(self, ctx: ServiceContext, ops: Ops, level: LevelView, parent: QWidget):
        super().__init__(ops, self.tr("Niveau {code} wijzigen").format(code=level.code), parent)
        self.ctx, self.level = ctx, level
        body = QWidget()
        self.form = f = LevelDialogForm(body)
        f.intro_label.setText(
            self.tr(
                "{code} ({colour}). De wijziging geldt voor evaluaties die na nu worden gepland."
            ).format(code=level.code, colour=level.colour)
        )
        f.interval_edit.setText(str(level.review_interval_days))
        f.interval_edit.selectAll()
        f.approval_check.setChecked(level.requires_approval)
        f.interval_edit.setAccessibleName(self.tr("Evaluatietermijn in dagen"))
        f.approval_check.setAccessibleName(self.tr("Opschalen vraagt goedkeuring"))
        self.fields = {"evaluatietermijn": f.interval_edit, "goedkeuring": f.approval_check}
        self.set_body(body)
        self.resize(480, self.sizeHint().height())
        f.interval_edit.setFocus()

    def submit(self) -> None:
        ctx, code = self.ctx, self.level.code
        days = typed(self.form.interval_edit.text())
        approval = self.form.approval_check.isChecked()
        self.save(
            lambda: update_level(ctx, code, review_interval_days=days, requires_approval=approval),
            kind="ladder",
            household_id=None,
        )


class LadderScreen(AdminScreen):
    form_class = LadderForm
    refresh_kinds = frozenset({"ladder"})

    def __init__(self, ctx, ops, parent=None) -> None:
        super().__init__(ctx, ops, parent)
        f = self.form
        self.levels: list[LevelView] = []
        setup_table(
            f.levels_table,
            [
                self.tr("Niveau"),
                self.tr("Kleur"),
                self.tr("Evaluatietermijn"),
                self.tr("Goedkeuring bij opschalen"),
                self.tr("Situatie"),
            ],
            self.tr("Niveaus van de ladder"),
        )
        setup_table(
            f.instruments_table,
            [self.tr("Instrument"), self.tr("Voor"), self.tr("Domeinen"), self.tr("Scores")],
            self.tr("Instrumenten"),
        )
        f.edit_button.setAccessibleName(self.tr("Niveau wijzigen"))
        f.edit_button.clicked.connect(self.edit)
        f.levels_table.activated.connect(lambda _i: self.edit())

    def title(self) -> str:
        return self.tr("Ladder en instrumenten")

    def refresh(self) -> None:
        ctx = self.ctx
        self.ops.query(self, lambda: _load(ctx), self._loaded, self.failed)

    def _loaded(self, loaded: tuple[list[LevelView], list[InstrumentView]]) -> None:
        self.levels, instruments = loaded
        fill_table(
            self.form.levels_table,
            [
                (
                    lv.code,
                    [
                        lv.code,
                        lv.colour,
                        self.tr("{n} dagen").format(n=lv.review_interval_days),
                        self.tr("ja") if lv.requires_approval else self.tr("nee"),
                        " ".join(lv.situation.split())[:120],
                    ],
                )
                for lv in self.levels
            ],
        )
        fill_table(
            self.form.instruments_table,
            [
                (
                    inst.code,
                    [
                        inst.name,
                        inst.scope,
                        f"{len(inst.domains)}: " + ", ".join(name for _c, name in inst.domains),
                        ", ".join(f"{score} {label}" for score, label in inst.levels),
                    ],
                )
                for inst in instruments
            ],
        )

        table = self.form.instruments_table
        char = table.fontMetrics().averageCharWidth()
        table.setColumnWidth(2, min(table.columnWidth(2), 60 * char))
        for r in range(table.rowCount()):
            table.item(r, 2).setToolTip(table.item(r, 2).text())

    def edit(self) -> FormDialog | None:
        code = selected_value(self.form.levels_table)
        level = next((lv for lv in self.levels if lv.code == code), None)
        if level is None:
            self.message.show_message(self.tr("Kies eerst een niveau."), "warning")
            return None
        dialog = LevelDialog(self.ctx, self.ops, level, self.window())
        dialog.accepted.connect(
            lambda: self.done(self.tr("Niveau {code} opgeslagen.").format(code=code))
        )
        dialog.open()
        return dialog
