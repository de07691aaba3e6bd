"""What the command line prints for people: counts in proper Dutch, columns that stay aligned
with long names, and statuses spelled as on screen (domain.labels)."""

from __future__ import annotations

import pytest

from h4casus.cli import main as cli_main
from h4casus.domain.labels import STATUS_LABELS, counted, number_range
from h4casus.services.admin import accounts
from tests.factories import ADMIN, ADMIN_PASSWORD, USER_PASSWORD, register

LONG_TEAM = "Wijkteam Pijnacker-Nootdorp Oost en Keijzershof"


@pytest.fixture
def cli(store, monkeypatch, capsys):
    def run(*args: str) -> list[str]:
        assert cli_main(["--db", str(store.path), "--user", ADMIN, *args]) == 0
        return capsys.readouterr().out.splitlines()

    monkeypatch.setenv("H4CASUS_PASSWORD", ADMIN_PASSWORD)
    return run


def columns(lines: list[str], marker: str) -> set[int]:
    """Where `marker` starts on every line that has it."""
    return {line.index(marker) for line in lines if marker in line}


def test_user_list_columns_stay_aligned_with_long_names(store, cli):
    long = "Mohammed el Amrani-van den Broek"
    accounts.add_user(
        store.admin,
        "mohammed.el-amrani",
        "regisseur",
        USER_PASSWORD,
        team=LONG_TEAM,
        display_name=long,
    )
    lines = cli("user", "list")
    names = {"mohammed.el-amrani": long, "rik": "rik", "tim": "tim", ADMIN: "Bea Beheer"}
    rows = {line.split()[0]: line for line in lines}
    assert len({rows[u].index(name, len(u)) for u, name in names.items()}) == 1, lines
    roles = {"mohammed.el-amrani": "regisseur (", "rik": "regisseur (", "tim": "teamleider ("}
    assert len({rows[u].index(role) for u, role in roles.items()}) == 1, lines
    assert f"regisseur ({LONG_TEAM})" in rows["mohammed.el-amrani"]


def test_list_households_aligned_with_the_status_spelled_as_on_screen(store, cli):
    register(store.ctx("rik"))
    register(
        store.ctx("rik"),
        street="Burgemeester van Karnebeeklaan",
        house_number=1234,
        house_number_suffix="bis",
        city="Pijnacker-Nootdorp",
    )
    lines = cli("list", "households")
    assert len(lines) == 2
    assert all("Aangemeld" in line for line in lines) and not any(" aangemeld " in x for x in lines)
    for marker in ("AVE 2", "Aangemeld", "Wijkteam Delft-Noord", "rik"):
        assert len(columns(lines, marker)) == 1, (marker, lines)
    assert "1234bis" in lines[1] and "Pijnacker-Nootdorp" in lines[1]


def test_the_labels_and_counts_of_the_domain():
    assert STATUS_LABELS["actief"] == "Actief" and len(STATUS_LABELS) == 5
    assert [counted(n, "huishouden", "huishoudens") for n in (0, 1, 2)] == [
        "0 huishoudens",
        "1 huishouden",
        "2 huishoudens",
    ]
    assert number_range("2026-000201", "2026-000201") == "2026-000201"
    assert number_range("2026-000201", "2026-000203") == "2026-000201 t/m 2026-000203"


def test_household_kind_changes_the_file_kind_with_a_reason(store, cli, capsys):
    hh = register(store.ctx("rik"))
    out = cli("household", "kind", str(hh.id), "jeugdwet", "--reason", "jeugdhulp voor Sara")
    assert out == [f"Dossiersoort van huishouden {hh.id}: Wmo -> Jeugdwet (reden vastgelegd)."]
    base = ["--db", str(store.path), "--user", ADMIN, "household", "kind", str(hh.id)]
    assert cli_main([*base, "jeugd", "--reason", "x"]) == 4
    assert "dossiersoort: moet jeugdwet, wmo of participatiewet zijn" in capsys.readouterr().err
