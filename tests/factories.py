"""Builders for tests: a store with teams and accounts, and households with members."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from h4casus.domain.enums import Role
from h4casus.services.admin import accounts
from h4casus.services.casework.households import HouseholdInput, MemberInput, register_household
from h4casus.services.core.clock import FixedClock
from h4casus.services.core.context import ServiceContext, load_actor
from h4casus.services.store.vault import Vault, init_store

ADMIN = "beheer"
ADMIN_PASSWORD = "paars-olifant-fietst-7"
USER_PASSWORD = "rode-kater-slaapt-lang"
TEAM_A = "Wijkteam Delft-Noord"
TEAM_B = "Wijkteam Rijswijk"

# A few valid BSNs (elfproef) for tests.
BSNS = ["111222333", "123456782", "999999990", "100000009", "012345672"]


@dataclass
class Store:
    path: Path
    vault: Vault
    clock: FixedClock
    admin: ServiceContext
    recovery_key: str
    users: dict[str, ServiceContext] = field(default_factory=dict)

    @classmethod
    def create(cls, path: Path, clock: FixedClock, *, with_accounts: bool = True) -> Store:
        """A new store; with `with_accounts` also two teams and one account per role
        (without: only the admin, an empty store as `demo` wants it; `add_accounts` later)."""
        result = init_store(path, ADMIN, ADMIN_PASSWORD, "Bea Beheer")
        vault = result.vault
        admin = context_for(vault, ADMIN, clock)
        st = cls(path, vault, clock, admin, result.recovery_key)
        if with_accounts:
            st.add_accounts()
        return st

    def add_accounts(self) -> None:
        """Two teams (if missing) and one account per role (see `create`)."""
        vault, admin, clock = self.vault, self.admin, self.clock
        with vault.session() as s:
            accounts.get_or_create_team(s, TEAM_A, "Delft")
            accounts.get_or_create_team(s, TEAM_B, "Rijswijk")
        for name, role, team in [
            ("carla", Role.CONSULENT, TEAM_A),
            ("rik", Role.REGISSEUR, TEAM_A),
            ("roos", Role.REGISSEUR, TEAM_A),
            ("tim", Role.TEAMLEIDER, TEAM_A),
            ("rob", Role.REGISSEUR, TEAM_B),
            ("tess", Role.TEAMLEIDER, TEAM_B),
            ("bert", Role.BEHEERDER, None),
        ]:
            accounts.add_user(admin, name, role.value, USER_PASSWORD, team=team)
            self.users[name] = context_for(vault, name, clock)

    def ctx(self, username: str) -> ServiceContext:
        return self.admin if username == ADMIN else self.users[username]

    def close(self) -> None:
        self.vault.close()


def context_for(vault: Vault, username: str, clock: FixedClock) -> ServiceContext:
    with vault.session() as s:
        actor = load_actor(s, username)
    return ServiceContext(vault=vault, actor=actor, clock=clock)


def member(
    given="Anna", family="Jansen", born="1985-04-12", relation="ouder", bsn=None, prefix=None
) -> MemberInput:
    return MemberInput(
        given_names=given,
        family_name=family,
        birth_date=born,
        relation=relation,
        bsn=bsn,
        family_name_prefix=prefix,
    )


def household_input(
    team: str = TEAM_A, members: list[MemberInput] | None = None, **overrides
) -> HouseholdInput:
    data = dict(
        street="Oude Delft",
        house_number=12,
        postcode="2611 CD",
        city="Delft",
        gemeente="Delft",
        team=team,
        signal_source="huisarts",
        signal_date=date(2026, 3, 1),
        file_kind="wmo",
        members=members
        if members is not None
        else [
            member("Anna", "Jansen", "1985-04-12", "ouder", BSNS[0]),
            member("Piet", "Vries", "1983-09-30", "partner", None, prefix="de"),
            member("Sara", "Jansen", "2010-06-01", "kind"),
        ],
    )
    data.update(overrides)
    return HouseholdInput(**data)


def register(ctx: ServiceContext, **overrides):
    return register_household(ctx, household_input(**overrides))


def copy_store(src: Path, dst_dir: Path, name: str | None = None) -> Path:
    """Copy a closed store (database and every file beside it that belongs to it, but not
    its lock or lockout counters) into `dst_dir` (as `name`); the copy's database path."""
    import shutil

    from h4casus.security.store_files import all_store_files

    name = name or src.name
    for f in all_store_files(src):
        if f.exists() and not f.name.endswith((".lock", ".lockout")):
            shutil.copy2(f, dst_dir / (name + f.name[len(src.name) :]))
    return dst_dir / name
