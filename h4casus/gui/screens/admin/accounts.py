"""Beheer › Accounts: every account with its roles per team, active or locked out, and how
many open households it directs (a count); add an account, grant or take away a role, a new
password through the recovery key, deactivate and remove.

Rules:
- The screen shows names of staff and counts, never case content.
- Deactivating or removing first reads what the account directs (`roles.regie_load`), then
  the dialog asks who takes it over (account_dialogs.StopAccountDialog).
- Buttons that need an account act on the selected row; each says so when none is selected.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget

from h4casus.gui.forms import Form
from h4casus.gui.screens.admin.account_dialogs import (
    AddAccountDialog,
    RecoveryDialog,
    RoleDialog,
    StopAccountDialog,
)
from h4casus.gui.screens.admin.common import (
    AdminScreen,
    fill_table,
    role_text,
    selected_value,
    setup_table,
)
from h4casus.gui.widgets.form_dialog import FormDialog
from h4casus.services.admin import roles, teams
from h4casus.services.admin.roles import AccountRow, RegieLoad
from h4casus.services.core.context import ServiceContext


class AccountsForm(Form):
    ui_file = "admin_accounts"
    title_label: QLabel
    intro_label: QLabel
    accounts_table: QTableWidget
    add_button: QPushButton
    grant_button: QPushButton
    revoke_button: QPushButton
    reset_button: QPushButton
    unblock_button: QPushButton
    deactivate_button: QPushButton
    remove_button: QPushButton


def _load(ctx: ServiceContext) -> tuple[list[AccountRow], list[str]]:
    return roles.account_overview(ctx), [t.name for t in teams.list_teams(ctx)]


class AccountsScreen(AdminScreen):
    form_class = AccountsForm
    refresh_kinds = frozenset({"account", "team", "regie"})

    def __init__(self, ctx, ops, parent=None) -> None:
        super().__init__(ctx, ops, parent)
        f = self.form
        self.rows: list[AccountRow] = []
        self.teams: list[str] = []
        self.dialog: FormDialog | None = None
        setup_table(
            f.accounts_table,
            [
                self.tr("Gebruikersnaam"),
                self.tr("Naam"),
                self.tr("Rollen per team"),
                self.tr("Status"),
                self.tr("Regie over"),
            ],
            self.tr("Accounts"),
        )
        for button, name in (
            (f.add_button, self.tr("Nieuw account")),
            (f.grant_button, self.tr("Rol toekennen")),
            (f.revoke_button, self.tr("Rol intrekken")),
            (f.reset_button, self.tr("Wachtwoord herstellen met de herstelsleutel")),
            (f.unblock_button, self.tr("Blokkade na verkeerde wachtwoorden opheffen")),
            (f.deactivate_button, self.tr("Account deactiveren")),
            (f.remove_button, self.tr("Account verwijderen")),
        ):
            button.setAccessibleName(name)
        f.add_button.clicked.connect(self.add_account)
        f.grant_button.clicked.connect(lambda: self.change_role(revoke=False))
        f.revoke_button.clicked.connect(lambda: self.change_role(revoke=True))
        f.reset_button.clicked.connect(self.reset_password)
        f.unblock_button.clicked.connect(self.unblock)
        f.deactivate_button.clicked.connect(lambda: self.stop(remove=False))
        f.remove_button.clicked.connect(lambda: self.stop(remove=True))

    def title(self) -> str:
        return self.tr("Accounts")

    def refresh(self) -> None:
        ctx = self.ctx
        self.ops.query(self, lambda: _load(ctx), self._loaded, self.failed)

    def _loaded(self, loaded: tuple[list[AccountRow], list[str]]) -> None:
        self.rows, self.teams = loaded
        fill_table(
            self.form.accounts_table,
            [(row.username, self._cells(row)) for row in self.rows],
        )

    def _cells(self, row: AccountRow) -> list[str]:
        if not row.active:
            state = self.tr("gedeactiveerd")
        elif row.locked:
            state = self.tr("geblokkeerd ({n} mislukte pogingen)").format(n=row.failed_attempts)
        else:
            state = self.tr("actief")
        held = (
            ""
            if not row.households
            else self.tr("1 huishouden")
            if row.households == 1
            else self.tr("{n} huishoudens").format(n=row.households)
        )
        return [
            row.username,
            row.display_name,
            ", ".join(role_text(r, t) for r, t in row.roles),
            state,
            held,
        ]

    # ------------------------------------------------------------------ actions

    def selected(self) -> AccountRow | None:
        username = selected_value(self.form.accounts_table)
        row = next((r for r in self.rows if r.username == username), None)
        if row is None:
            self.message.show_message(self.tr("Kies eerst een account in de lijst."), "warning")
        return row

    def _open(self, dialog: FormDialog, done: str) -> FormDialog:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.done(done))
        dialog.open()
        return dialog

    def add_account(self) -> FormDialog:
        dialog = AddAccountDialog(self.ctx, self.ops, self.teams, self.window())
        return self._open(dialog, self.tr("Account toegevoegd."))

    def change_role(self, *, revoke: bool) -> FormDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = RoleDialog(self.ctx, self.ops, row, self.teams, self.window(), revoke=revoke)
        return self._open(
            dialog, self.tr("Rol ingetrokken.") if revoke else self.tr("Rol toegekend.")
        )

    def reset_password(self) -> FormDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = RecoveryDialog(self.ctx, self.ops, row, self.window())
        return self._open(
            dialog, self.tr("Nieuw wachtwoord ingesteld voor {user}.").format(user=row.username)
        )

    def unblock(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not row.locked and not row.failed_attempts:
            self.message.show_message(
                self.tr("{user} is niet geblokkeerd.").format(user=row.username), "warning"
            )
            return
        ctx, username = self.ctx, row.username
        self.ops.write(
            self,
            lambda: roles.clear_lockout(ctx, username),
            lambda _r: self.done(self.tr("Blokkade van {user} opgeheven.").format(user=username)),
            self.failed,
            kind="account",
            household_id=None,
        )

    def stop(self, *, remove: bool) -> None:
        """Read what the account directs, then ask who takes it over."""
        row = self.selected()
        if row is None:
            return
        ctx, username = self.ctx, row.username
        self.ops.query(
            self,
            lambda: roles.regie_load(ctx, username),
            lambda load: self._ask_stop(load, remove),
            self.failed,
        )

    def _ask_stop(self, load: RegieLoad, remove: bool) -> None:
        dialog = StopAccountDialog(self.ctx, self.ops, load, self.window(), remove=remove)

        def stopped() -> None:
            done = dialog.result_value
            text = (
                self.tr("Account {user} verwijderd.")
                if remove
                else self.tr("Account {user} gedeactiveerd.")
            ).format(user=done.username)
            if done.handed_over:
                text += " " + self.tr("{n} huishouden(s) overgedragen aan {to}.").format(
                    n=len(done.handed_over), to=done.receiver
                )
            self.done(text)

        self.dialog = dialog
        dialog.accepted.connect(stopped)
        dialog.open()
