"""The dialogs of the accounts screen: a new account, a role granted or taken away, a new
password through the recovery key, and stopping an account (deactivating or removing) with
its households handed over.

Rules:
- Every dialog saves through one service call (`FormDialog.save`); the service validates and
  names the field, the dialog marks it. Two password fields that differ are refused here
  before anything is asked (the service never sees the repetition).
- Stopping an account that directs open households asks who takes them over, from the
  accounts of the team(s) that can (`roles.regie_load`); the households are named by case
  number only. Without a receiver the service refuses and says why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from h4casus.domain.errors import ValidationError
from h4casus.gui.forms import Form
from h4casus.gui.ops import Ops
from h4casus.gui.screens.admin.common import ROLES, role_text
from h4casus.gui.widgets.form_dialog import FormDialog
from h4casus.gui.widgets.words import choice_label
from h4casus.services.admin import accounts, roles
from h4casus.services.admin.roles import AccountRow, RegieLoad
from h4casus.services.core.context import ServiceContext
from h4casus.services.store import keys


def _fill_roles(combo: QComboBox, chosen: str | None = None) -> None:
    for role in ROLES:
        combo.addItem(choice_label(role), role)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))


def _fill_teams(combo: QComboBox, teams: list[str], all_label: str) -> None:
    combo.addItem(all_label, None)
    for name in teams:
        combo.addItem(name, name)
    combo.setCurrentIndex(1 if teams else 0)


def _renamed(fn: Callable[[], Any], names: dict[str, str]) -> Callable[[], Any]:
    """`fn`, with the field names of its ValidationError as this dialog calls them."""

    def call() -> Any:
        try:
            return fn()
        except ValidationError as exc:
            raise ValidationError({names.get(k, k): v for k, v in exc.errors.items()}) from None

    return call


class AccountDialogForm(Form):
    ui_file = "admin_account_dialog"
    username_edit: QLineEdit
    display_name_edit: QLineEdit
    password_edit: QLineEdit
    repeat_edit: QLineEdit
    role_combo: QComboBox
    team_combo: QComboBox


class AddAccountDialog(FormDialog):
    """Nieuw account: name, password and its first role for a team (more roles later)."""

    def __init__(self, ctx: ServiceContext, ops: Ops, teams: list[str], parent: QWidget) -> None:
        super().__init__(ops, self.tr("Nieuw account"), parent)
        self.ctx = ctx
        body = QWidget()
        self.form = f = AccountDialogForm(body)
        _fill_roles(f.role_combo, "regisseur")
        _fill_teams(f.team_combo, teams, self.tr("Alle teams"))
        for widget, name in (
            (f.username_edit, self.tr("Gebruikersnaam")),
            (f.display_name_edit, self.tr("Volledige naam")),
            (f.password_edit, self.tr("Wachtwoord")),
            (f.repeat_edit, self.tr("Herhaal wachtwoord")),
            (f.role_combo, self.tr("Rol")),
            (f.team_combo, self.tr("Team")),
        ):
            widget.setAccessibleName(name)
        self.fields = {
            "gebruikersnaam": f.username_edit,
            "volledige naam": f.display_name_edit,
            "wachtwoord": f.password_edit,
            "herhaling": f.repeat_edit,
            "rol": f.role_combo,
            "team": f.team_combo,
        }
        self.set_body(body)
        self.resize(520, self.sizeHint().height())
        f.username_edit.setFocus()

    def submit(self) -> None:
        f, ctx = self.form, self.ctx
        if f.password_edit.text() != f.repeat_edit.text():
            self.show_validation(ValidationError("is niet gelijk aan het wachtwoord", "herhaling"))
            return
        username, display = f.username_edit.text(), f.display_name_edit.text()
        password, role, team = f.password_edit.text(), f.role_combo.currentData(), None
        team = f.team_combo.currentData()
        self.save(
            lambda: accounts.add_user(
                ctx, username, role, password, team=team, display_name=display or None
            ),
            kind="account",
            household_id=None,
        )


class RoleDialogForm(Form):
    ui_file = "admin_role_dialog"
    intro_label: QLabel
    grant_label: QLabel
    grant_combo: QComboBox
    role_label: QLabel
    role_combo: QComboBox
    team_label: QLabel
    team_combo: QComboBox


class RoleDialog(FormDialog):
    """Rol toekennen (a role for a team) or Rol intrekken (one of the account's roles)."""

    def __init__(
        self,
        ctx: ServiceContext,
        ops: Ops,
        account: AccountRow,
        teams: list[str],
        parent: QWidget,
        *,
        revoke: bool,
    ) -> None:
        title = self.tr("Rol intrekken") if revoke else self.tr("Rol toekennen")
        super().__init__(ops, title, parent)
        self.ctx, self.account, self.revoke = ctx, account, revoke
        body = QWidget()
        self.form = f = RoleDialogForm(body)
        f.grant_combo.setAccessibleName(self.tr("Rol die vervalt"))
        f.role_combo.setAccessibleName(self.tr("Rol"))
        f.team_combo.setAccessibleName(self.tr("Team"))
        if revoke:
            f.intro_label.setText(
                self.tr(
                    "Welke rol van {user} vervalt? Het account houdt zijn andere rollen."
                ).format(user=account.username)
            )
            for role, team in account.roles:
                f.grant_combo.addItem(role_text(role, team), (role, team))
            for w in (f.role_label, f.role_combo, f.team_label, f.team_combo):
                w.hide()
            self.fields = {"rol": f.grant_combo, "team": f.grant_combo, "account": f.grant_combo}
            f.grant_combo.setFocus()
        else:
            f.intro_label.setText(
                self.tr("Welke rol krijgt {user} erbij, en voor welk team?").format(
                    user=account.username
                )
            )
            f.grant_label.hide()
            f.grant_combo.hide()
            _fill_roles(f.role_combo)
            _fill_teams(f.team_combo, teams, self.tr("Alle teams"))
            self.fields = {"rol": f.role_combo, "team": f.team_combo, "account": f.role_combo}
            f.role_combo.setFocus()
        self.save_button.setText(self.tr("&Intrekken") if revoke else self.tr("&Toekennen"))
        self.set_body(body)
        self.resize(480, self.sizeHint().height())

    def submit(self) -> None:
        f, ctx, username = self.form, self.ctx, self.account.username
        if self.revoke:
            chosen = f.grant_combo.currentData()
            if chosen is None:
                return
            role, team = chosen
            fn = lambda: roles.revoke_role(ctx, username, role, team)  # noqa: E731
        else:
            role, team = f.role_combo.currentData(), f.team_combo.currentData()
            fn = lambda: roles.grant_role(ctx, username, role, team)  # noqa: E731
        self.save(fn, kind="account", household_id=None)


class RecoveryDialogForm(Form):
    ui_file = "admin_recovery_dialog"
    intro_label: QLabel
    recovery_edit: QLineEdit
    password_edit: QLineEdit
    repeat_edit: QLineEdit


class RecoveryDialog(FormDialog):
    """Wachtwoord herstellen: a new password for a colleague, with the recovery key."""

    def __init__(self, ctx: ServiceContext, ops: Ops, account: AccountRow, parent: QWidget):
        super().__init__(ops, self.tr("Wachtwoord herstellen"), parent)
        self.ctx, self.account = ctx, account
        body = QWidget()
        self.form = f = RecoveryDialogForm(body)
        f.intro_label.setText(
            self.tr(
                "Een nieuw wachtwoord voor {user}. Daarvoor is de herstelsleutel van de "
                "database nodig; het gebruik ervan komt in het logboek. Geef het nieuwe "
                "wachtwoord persoonlijk door."
            ).format(user=account.username)
        )
        f.recovery_edit.setAccessibleName(self.tr("Herstelsleutel"))
        f.password_edit.setAccessibleName(self.tr("Nieuw wachtwoord"))
        f.repeat_edit.setAccessibleName(self.tr("Herhaal wachtwoord"))
        self.fields = {
            "herstelsleutel": f.recovery_edit,
            "wachtwoord": f.password_edit,
            "herhaling": f.repeat_edit,
        }
        self.save_button.setText(self.tr("&Herstellen"))
        self.set_body(body)
        self.resize(520, self.sizeHint().height())
        f.recovery_edit.setFocus()

    def submit(self) -> None:
        f, ctx, username = self.form, self.ctx, self.account.username
        if f.password_edit.text() != f.repeat_edit.text():
            self.show_validation(ValidationError("is niet gelijk aan het wachtwoord", "herhaling"))
            return
        if not f.recovery_edit.text().strip():
            self.show_validation(ValidationError("is verplicht", "herstelsleutel"))
            return
        secret, password = f.recovery_edit.text(), f.password_edit.text()
        self.save(
            lambda: keys.recover_account(
                ctx.vault.path, secret, username, password, clock=ctx.clock
            ),
            kind="account",
            household_id=None,
        )


class StopDialogForm(Form):
    ui_file = "admin_stop_dialog"
    intro_label: QLabel
    cases_label: QLabel
    receiver_label: QLabel
    receiver_combo: QComboBox


class StopAccountDialog(FormDialog):
    """Deactiveren or Verwijderen, with the account's households handed over first."""

    def __init__(
        self, ctx: ServiceContext, ops: Ops, load: RegieLoad, parent: QWidget, *, remove: bool
    ) -> None:
        title = self.tr("Account verwijderen") if remove else self.tr("Account deactiveren")
        super().__init__(ops, title, parent)
        self.ctx, self.load, self.remove = ctx, load, remove
        body = QWidget()
        self.form = f = StopDialogForm(body)
        user = load.username
        f.intro_label.setText(
            self.tr(
                "{user} wordt verwijderd: het account kan niet meer aanmelden, zijn sleutel "
                "vervalt en de database wordt opnieuw versleuteld. De geschiedenis blijft."
            ).format(user=user)
            if remove
            else self.tr(
                "{user} wordt gedeactiveerd: het account kan niet meer aanmelden. De "
                "geschiedenis blijft."
            ).format(user=user)
        )
        f.receiver_combo.setAccessibleName(self.tr("Wie neemt de huishoudens over"))
        n = len(load.case_numbers)
        if n:
            shown = ", ".join(load.case_numbers[:12]) + (
                self.tr(" en {n} meer").format(n=n - 12) if n > 12 else ""
            )
            f.cases_label.setText(
                self.tr(
                    "{user} voert de regie over {n} open huishouden(s): {cases}. Wie neemt "
                    "ze over? De overdracht komt in de regiegeschiedenis en het logboek."
                ).format(user=user, n=n, cases=shown)
            )
            for username, name in load.candidates:
                f.receiver_combo.addItem(f"{name} ({username})", username)
            if not load.candidates:
                f.receiver_combo.addItem(self.tr("— niemand in het team kan ze overnemen —"), None)
            f.receiver_combo.setFocus()
        else:
            f.cases_label.setText(
                self.tr("{user} voert geen regie over open huishoudens.").format(user=user)
            )
            f.receiver_label.hide()
            f.receiver_combo.hide()
        self.fields = {"overnemer": f.receiver_combo}
        self.save_button.setText(self.tr("&Verwijderen") if remove else self.tr("&Deactiveren"))
        self.set_body(body)
        self.resize(540, self.sizeHint().height())

    def submit(self) -> None:
        ctx, username = self.ctx, self.load.username
        receiver = self.form.receiver_combo.currentData() if self.load.case_numbers else None
        if self.load.case_numbers and receiver is None:
            self.show_validation(
                ValidationError(
                    "kies wie de huishoudens overneemt; is er niemand, geef dan eerst iemand "
                    "in het team een casusrol",
                    "overnemer",
                )
            )
            return
        stop = accounts.remove_account if self.remove else accounts.deactivate_account
        self.save(
            _renamed(
                lambda: stop(ctx, username, transfer_to=receiver), {"--transfer-to": "overnemer"}
            ),
            kind="regie" if self.load.case_numbers else "account",
            household_id=None,
        )
