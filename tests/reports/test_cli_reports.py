"""`h4casus report ...`: exit codes, files written or not, the audit row."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from h4casus.cli import main
from h4casus.storage import models as m
from tests.factories import ADMIN_PASSWORD, TEAM_A, USER_PASSWORD


@pytest.fixture
def run(store, monkeypatch, capsys):
    def _run(user: str, *args: str) -> tuple[int, str]:
        pw = ADMIN_PASSWORD if user == "beheer" else USER_PASSWORD
        monkeypatch.setenv("H4CASUS_PASSWORD", pw)
        store.vault.close()  # the CLI opens the store itself
        rc = main(["--db", str(store.path), "--user", user, *args])
        out = capsys.readouterr()
        return rc, out.out + out.err

    return _run


def prints(store) -> int:
    from h4casus.services.store.vault import open_store

    with open_store(store.path, "beheer", ADMIN_PASSWORD) as v, v.session() as s:
        return s.scalar(
            select(func.count())
            .select_from(m.AuditEvent)
            .where(m.AuditEvent.event.in_(("print", "export")))
        )


def test_case_plan_team_transition_and_monitor(run, store, case, tmp_path):
    hid = str(case.household_id)
    assert run("tim", "report", "case", hid, "-o", str(tmp_path / "c.pdf"))[0] == 0
    assert run("rik", "report", "plan", hid, "-o", str(tmp_path / "p.pdf"))[0] == 0
    assert run("tim", "report", "team", TEAM_A, "-o", str(tmp_path / "t.pdf"))[0] == 0
    assert run("tim", "report", "transition", "-o", str(tmp_path / "j.pdf"))[0] == 0
    rc, out = run(
        "tim",
        "report",
        "monitor",
        "--from",
        "2026-01-01",
        "--to",
        "15-03-2026",
        "-o",
        str(tmp_path / "m.pdf"),
        "--csv",
        str(tmp_path / "m.csv"),
    )
    assert rc == 0, out
    for name in ("c.pdf", "p.pdf", "t.pdf", "j.pdf", "m.pdf"):
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")
    assert (tmp_path / "m.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert prints(store) == 6


@pytest.mark.parametrize(
    ("user", "args"),
    [
        ("carla", ["team", TEAM_A]),  # a consulent printing a team report
        ("bert", ["case", "1"]),  # a beheerder printing a case
        ("carla", ["case", "1", "--full-bsn"]),  # no regie: no full BSN on paper
        ("carla", ["case", "1", "--include-confidential"]),
        ("rik", ["monitor", "--from", "2026-01-01", "--to", "2026-03-01"]),
        ("rob", ["plan", "1"]),  # another team
    ],
)
def test_refusals_exit_3_and_write_nothing(run, store, case, tmp_path, user, args):
    out = tmp_path / "x.pdf"
    rc, msg = run(user, "report", *args, "-o", str(out))
    assert rc == 3, msg
    assert "geen recht" in msg and "Traceback" not in msg
    assert not out.exists()
    assert prints(store) == 0


@pytest.mark.parametrize(
    "args",
    [
        ["case", "1", "-o", "{tmp}"],  # a directory
        ["case", "1", "-o", "{db}"],  # the database itself
        ["case", "1", "-o", "{db}-wal"],
        ["case", "1", "-o", "{db}.keys"],
        ["case", "1", "-o", "{tmp}/nergens/x.pdf"],
        ["team", "Wijkteam Nergens", "-o", "{tmp}/x.pdf"],
        ["case", "999999", "-o", "{tmp}/x.pdf"],
        ["monitor", "--from", "2026-02-30", "--to", "2026-03-01", "-o", "{tmp}/x.pdf"],
        ["monitor", "--from", "2026-03-01", "--to", "2026-01-01", "-o", "{tmp}/x.pdf"],
        ["monitor", "--from", "2026-01-01", "--to", "2026-03-01"],  # no output at all
    ],
)
def test_invalid_input_exit_4_names_the_field(run, store, case, tmp_path, args):
    args = [a.format(tmp=tmp_path, db=store.path) for a in args]
    rc, msg = run("tim", "report", *args)
    assert rc == 4, msg
    assert "Traceback" not in msg and msg.startswith("h4casus: ")
    assert not (tmp_path / "x.pdf").exists()
    assert prints(store) == 0
    assert store.path.is_file() and store.path.with_name(store.path.name + ".keys").is_file()


def test_usage_errors_exit_2(run, case):
    with pytest.raises(SystemExit) as err:
        run("tim", "report", "case", "abc", "-o", "x.pdf")
    assert err.value.code == 2
