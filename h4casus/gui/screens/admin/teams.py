"""Beheer › Teams: the teams with their counts of accounts and open households; a new team,
and a team's name (and gemeente) changed. Teams are never removed (services.admin.teams)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableWidget, QWidget

from h4casus.gui.forms import Form
from h4casus.gui.ops import Ops
from h4casus.gui.screens.admin.common import AdminScreen, fill_table, selected_value, setup_table
from h4casus.gui.widgets.form_dialog import FormDialog
from h4casus.services.admin import teams
from h4casus.services.admin.teams import TeamInfo
from h4casus.services.core.context import ServiceContext


class TeamsForm(Form):
    ui_file = "admin_teams"
    title_label: QLabel
    intro_label: QLabel
    teams_table: QTableWidget
    add_button: QPushButton
    rename_button: QPushButton


class TeamDialogForm(Form):
    ui_file = "admin_team_dialog"
    name_edit: QLineEdit
    gemeente_edit: QLineEdit


class TeamDialog(FormDialog):
    """Nieuw team, or a team's name changed (`team` given)."""

    def __init__(
        self, ctx: ServiceContext, ops: Ops, team: TeamInfo | None, parent: QWidget
    ) -> None:
        super().__init__(
            ops, self.tr("Nieuw team") if team is None else self.tr("Naam van het team"), parent
        )
        self.ctx, self.team = ctx, team
        body = QWidget()
        self.form = f = TeamDialogForm(body)
        f.name_edit.setAccessibleName(self.tr("Naam van het team"))
        f.gemeente_edit.setAccessibleName(self.tr("Gemeente"))
        if team is not None:
            f.name_edit.setText(team.name)
            f.gemeente_edit.setText(team.gemeente or "")
        f.name_edit.selectAll()
        self.fields = {"naam": f.name_edit, "gemeente": f.gemeente_edit}
        self.set_body(body)
        self.resize(480, self.sizeHint().height())
        f.name_edit.setFocus()

    def submit(self) -> None:
        ctx, name, place = self.ctx, self.form.name_edit.text(), self.form.gemeente_edit.text()
        if self.team is None:
            fn = lambda: teams.add_team(ctx, name, place or None)  # noqa: E731
        else:
            team_id = self.team.id
            fn = lambda: teams.rename_team(ctx, team_id, name, place or None)  # noqa: E731
        self.save(fn, kind="team", household_id=None)


class TeamsScreen(AdminScreen):
    form_class = TeamsForm
    refresh_kinds = frozenset({"team", "account", "household"})

    def __init__(self, ctx, ops, parent=None) -> None:
        super().__init__(ctx, ops, parent)
        f = self.form
        self.rows: list[TeamInfo] = []
        setup_table(
            f.teams_table,
            [
                self.tr("Team"),
                self.tr("Gemeente"),
                self.tr("Actieve accounts"),
                self.tr("Open huishoudens"),
            ],
            self.tr("Teams"),
        )
        f.add_button.setAccessibleName(self.tr("Nieuw team"))
        f.rename_button.setAccessibleName(self.tr("Naam van het team wijzigen"))
        f.add_button.clicked.connect(lambda: self.edit(None))
        f.rename_button.clicked.connect(self.rename)

    def title(self) -> str:
        return self.tr("Teams")

    def refresh(self) -> None:
        ctx = self.ctx
        self.ops.query(self, lambda: teams.list_teams(ctx), self._loaded, self.failed)

    def _loaded(self, rows: list[TeamInfo]) -> None:
        self.rows = rows
        fill_table(
            self.form.teams_table,
            [
                (t.id, [t.name, t.gemeente or "", str(t.accounts), str(t.open_households)])
                for t in rows
            ],
        )

    def rename(self) -> FormDialog | None:
        team_id = selected_value(self.form.teams_table)
        team = next((t for t in self.rows if t.id == team_id), None)
        if team is None:
            self.message.show_message(self.tr("Kies eerst een team in de lijst."), "warning")
            return None
        return self.edit(team)

    def edit(self, team: TeamInfo | None) -> FormDialog:
        dialog = TeamDialog(self.ctx, self.ops, team, self.window())
        dialog.accepted.connect(lambda: self.done(self.tr("Team opgeslagen.")))
        dialog.open()
        return dialog
