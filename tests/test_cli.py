"""The CLI contract: commands, password sources, exit codes, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.factories import ADMIN_PASSWORD, USER_PASSWORD


def run(*args: str, env: dict | None = None, stdin: str | None = None, cwd: Path | None = None):
    full_env = {
        **os.environ,
        "H4CASUS_KDF_SECONDS": "0.005",
        "H4CASUS_WEAK_KDF_FOR_TESTS": "1",
        **(env or {}),
    }
    full_env.pop(
        "H4CASUS_PASSWORD", None
    ) if env is not None and "H4CASUS_PASSWORD" not in env else None
    result = subprocess.run(
        [sys.executable, "-m", "h4casus", *args],
        env=full_env,
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture(scope="module")
def cli_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("cli") / "wijkteam.h4c"
    r = run("--db", str(db), "init", "--admin", "beheer", env={"H4CASUS_PASSWORD": ADMIN_PASSWORD})
    assert r.returncode == 0, r.stderr
    assert "HERSTELSLEUTEL" in r.stdout
    return db


def as_admin(db: Path, *args: str, **kw):
    return run(
        "--db",
        str(db),
        "--user",
        "beheer",
        *args,
        env={"H4CASUS_PASSWORD": ADMIN_PASSWORD, **kw.pop("env", {})},
        **kw,
    )


def test_version():
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("h4casus ")


def test_usage_error_is_exit_2():
    assert run("bestaat-niet").returncode == 2


def test_init_refuses_existing_database(cli_db):
    r = run("--db", str(cli_db), "init", "--admin", "x", env={"H4CASUS_PASSWORD": ADMIN_PASSWORD})
    assert r.returncode == 4 and "bestaat al" in r.stderr


def test_init_refuses_weak_password(tmp_path):
    r = run(
        "--db",
        str(tmp_path / "n.h4c"),
        "init",
        "--admin",
        "beheer",
        env={"H4CASUS_PASSWORD": "welkom123"},
    )
    assert r.returncode == 4 and "wachtwoord" in r.stderr
    assert not (tmp_path / "n.h4c").exists()


def test_password_from_stdin_and_new_password_on_second_line(cli_db):
    r = run(
        "--db",
        str(cli_db),
        "--user",
        "beheer",
        "--password-stdin",
        "user",
        "add",
        "anna",
        "--role",
        "regisseur",
        "--team",
        "Wijkteam Delft-Noord",
        env={},
        stdin=f"{ADMIN_PASSWORD}\n{USER_PASSWORD}\n",
    )
    assert r.returncode == 0, r.stderr
    r = run(
        "--db",
        str(cli_db),
        "--user",
        "anna",
        "list",
        "households",
        "--json",
        env={"H4CASUS_PASSWORD": USER_PASSWORD},
    )
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == []


def test_wrong_password_is_exit_3_with_clear_message(cli_db):
    r = run(
        "--db",
        str(cli_db),
        "--user",
        "beheer",
        "verify",
        env={"H4CASUS_PASSWORD": "helemaal-niet-goed-1"},
    )
    assert r.returncode == 3
    assert "wachtwoord onjuist" in r.stderr


def test_user_add_requires_beheerder(cli_db):
    r = as_admin(
        cli_db,
        "user",
        "add",
        "tl",
        "--role",
        "teamleider",
        "--team",
        "Wijkteam Rijswijk",
        env={"H4CASUS_NEW_PASSWORD": USER_PASSWORD},
    )
    assert r.returncode == 0, r.stderr
    r = run(
        "--db",
        str(cli_db),
        "--user",
        "tl",
        "user",
        "add",
        "x",
        "--role",
        "consulent",
        env={"H4CASUS_PASSWORD": USER_PASSWORD, "H4CASUS_NEW_PASSWORD": USER_PASSWORD},
    )
    assert r.returncode == 3 and "geen recht" in r.stderr


def test_verify_ok(cli_db):
    r = as_admin(cli_db, "verify")
    assert r.returncode == 0, r.stderr
    assert "keten in orde" in r.stdout


def test_verify_on_damaged_database_is_exit_5(cli_db, tmp_path):
    from tests.factories import copy_store

    db = copy_store(cli_db, tmp_path, "kopie.h4c")
    raw = bytearray(db.read_bytes())
    for offset in (100, 5000, len(raw) - 300):
        raw[offset] ^= 0xFF
    db.write_bytes(bytes(raw))
    r = as_admin(db, "verify")
    assert r.returncode == 5, (r.returncode, r.stdout, r.stderr)
    assert "beschadigd" in r.stderr or "FOUT" in r.stderr


def test_no_database_at_the_path_is_a_usage_error_exit_2(tmp_path):
    for args in (("verify",), ("list", "households"), ("user", "list")):
        r = as_admin(tmp_path / "nergens.h4c", *args)
        assert r.returncode == 2, (args, r.stderr)
        assert f"op {tmp_path / 'nergens.h4c'} bestaat geen database" in r.stderr
        assert "h4casus init" in r.stderr
    r = as_admin(tmp_path, "verify")  # a folder
    assert r.returncode == 2 and "is een map" in r.stderr
    assert not (tmp_path / "nergens.h4c").exists()  # nothing was created


def test_the_beheerder_designates_a_plaatsvervanger(cli_db):
    team = "Wijkteam Delft-Noord"
    add = as_admin(
        cli_db,
        *("user", "add", "plv", "--role", "regisseur", "--team", team),
        env={"H4CASUS_NEW_PASSWORD": USER_PASSWORD},
    )
    assert add.returncode == 0, add.stderr
    r = as_admin(cli_db, "user", "deputy", "plv", "--team", team)
    assert r.returncode == 0, r.stderr
    assert "plaatsvervanger voor Wijkteam Delft-Noord" in r.stdout
    assert "plaatsvervanger (Wijkteam Delft-Noord)" in as_admin(cli_db, "user", "list").stdout
    again = as_admin(cli_db, "user", "deputy", "plv", "--team", team)
    assert again.returncode == 4 and "al plaatsvervanger" in again.stderr
    assert as_admin(cli_db, "user", "deputy", "plv", "--team", "Geen Team").returncode == 4
    r = as_admin(cli_db, "user", "deputy", "plv", "--team", team, "--end")
    assert r.returncode == 0 and "geen plaatsvervanger meer" in r.stdout


def test_user_remove_refuses_a_regisseur_or_transfers_the_households(cli_db, tmp_path):
    team = "Wijkteam Delft-Noord"
    for name in ("rr", "opvolger"):
        r = as_admin(
            cli_db,
            *("user", "add", name, "--role", "regisseur", "--team", team),
            env={"H4CASUS_NEW_PASSWORD": USER_PASSWORD},
        )
        assert r.returncode == 0, r.stderr
    csv = tmp_path / "een.csv"
    csv.write_text(
        "huishouden,achternaam,voornamen,geboortedatum,bsn,relatie,straat,huisnummer,"
        "toevoeging,postcode,plaats,team,regisseur\n"
        f"A,Bakker,Kees,1970-01-01,,ouder,Markt,1,,2611 GP,Delft,{team},rr\n",
        encoding="utf-8",
    )
    assert as_admin(cli_db, "import", "households", str(csv)).returncode == 0
    (case,) = [
        h["case_number"]
        for h in json.loads(as_admin(cli_db, "list", "households", "--json").stdout)
        if h["regisseur"] == "rr"
    ]
    refused = as_admin(cli_db, "user", "remove", "rr")
    assert refused.returncode == 4 and case in refused.stderr and "--transfer-to" in refused.stderr
    done = as_admin(cli_db, "user", "remove", "rr", "--transfer-to", "opvolger")
    assert done.returncode == 0, done.stderr
    assert f"Regie over 1 huishouden overgedragen aan opvolger: {case}." in done.stdout
    rows = json.loads(as_admin(cli_db, "list", "households", "--json").stdout)
    assert {h["regisseur"] for h in rows if h["case_number"] == case} == {"opvolger"}
    assert as_admin(cli_db, "verify").returncode == 0
