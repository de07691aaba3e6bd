"""Disk full, read-only database and I/O errors on write: reported clearly, nothing already
saved is lost, and the store works again once the cause is gone.

Without privileges no small filesystem can be mounted, so disk full is forced with SQLite's
`PRAGMA max_page_count` (SQLITE_FULL, exactly what a full disk gives) and a read-only store
with `PRAGMA query_only`; an I/O error while writing an export is injected at fsync."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import OperationalError

from h4casus.services.casework import journal
from h4casus.services.core import audit_log
from h4casus.services.store import vault as vault_module
from h4casus.storage import models as m
from tests.factories import ADMIN, ADMIN_PASSWORD, register
from tests.privacy.helpers import cli

HOUSEHOLD_CSV_HEADER = (
    "huishouden,achternaam,voornamen,geboortedatum,bsn,relatie,straat,huisnummer,toevoeging,"
    "postcode,plaats,team\n"
)


def _limit_engine(monkeypatch, pragma_for):
    """Every engine the CLI creates from now on gets `pragma_for(conn)` on connect."""
    real = vault_module.create_encrypted_engine

    def limited(path, key, **kw):
        engine = real(path, key, **kw)

        @event.listens_for(engine, "connect")
        def _limit(dbapi_conn, _rec):
            cur = dbapi_conn.cursor()
            cur.execute(pragma_for(cur))
            cur.close()

        return engine

    monkeypatch.setattr(vault_module, "create_encrypted_engine", limited)


def _full(cur) -> str:
    pages = cur.execute("PRAGMA page_count").fetchone()[0]
    return f"PRAGMA max_page_count = {pages}"


def _counts(store) -> tuple[int, int, int]:
    with store.vault.session() as s:
        return (
            s.scalar(select(func.count()).select_from(m.Household)),
            s.scalar(select(func.count()).select_from(m.Person)),
            s.scalar(select(func.count()).select_from(m.JournalEntry)),
        )


def test_disk_full_in_a_service_loses_nothing_saved(store):
    hh = register(store.ctx("rik"))
    saved = journal.add_entry(store.ctx("rik"), hh.id, "notitie", "al opgeslagen")
    store.vault.engine.dispose()

    @event.listens_for(store.vault.engine, "connect")
    def _limit(dbapi_conn, _rec):
        cur = dbapi_conn.cursor()
        cur.execute(_full(cur))
        cur.close()

    before = _counts(store)
    with pytest.raises(OperationalError, match="full"):
        for _ in range(50):
            journal.add_entry(store.ctx("rik"), hh.id, "notitie", "x" * 9000)
    written = _counts(store)[2] - before[2]  # entries that fitted were committed whole
    event.remove(store.vault.engine, "connect", _limit)
    store.vault.engine.dispose()
    entries = journal.list_entries(store.ctx("rik"), hh.id, limit=100)
    assert saved.id in {e.id for e in entries}
    assert all(e.text in ("al opgeslagen", "x" * 9000) for e in entries)
    assert len(entries) == 1 + written
    with store.vault.session() as s:
        assert audit_log.verify(s, store.vault.key).broken is None
    journal.add_entry(store.ctx("rik"), hh.id, "notitie", "weer ruimte")  # works again


def _csv(n: int) -> str:
    rows = [
        f"H{i},Jansen,Anna {i},1980-01-01,,ouder,Oude Delft,{i + 1},,2611 CD,Delft,"
        "Wijkteam Delft-Noord\n"
        for i in range(n)
    ]
    return HOUSEHOLD_CSV_HEADER + "".join(rows)


def test_disk_full_during_cli_import_is_all_or_nothing(store, tmp_path, monkeypatch, capsys):
    register(store.ctx("rik"))
    before = _counts(store)
    store.close()
    csv_file = tmp_path / "groot.csv"
    csv_file.write_text(_csv(300), encoding="utf-8")
    monkeypatch.setenv("H4CASUS_PASSWORD", ADMIN_PASSWORD)
    base = ["--db", str(store.path), "--user", ADMIN]
    with monkeypatch.context() as mp:
        _limit_engine(mp, _full)
        code = cli([*base, "import", "households", str(csv_file)])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "kan niet schrijven" in err and "Traceback" not in err
    assert cli([*base, "verify"]) == 0
    assert cli([*base, "list", "households", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out.split("In orde.\n", 1)[-1])
    assert len(listed) == before[0]  # nothing of the import, everything from before
    assert cli([*base, "import", "households", str(csv_file)]) == 0  # room again: it works


def test_read_only_store_is_reported_and_unchanged(store, tmp_path, monkeypatch, capsys):
    register(store.ctx("rik"))
    store.close()
    csv_file = tmp_path / "een.csv"
    csv_file.write_text(_csv(1), encoding="utf-8")
    monkeypatch.setenv("H4CASUS_PASSWORD", ADMIN_PASSWORD)
    base = ["--db", str(store.path), "--user", ADMIN]
    with monkeypatch.context() as mp:
        _limit_engine(mp, lambda cur: "PRAGMA query_only = ON")
        code = cli([*base, "import", "households", str(csv_file)])
    err = capsys.readouterr().err
    assert code == 1 and "kan niet schrijven" in err and "Traceback" not in err, (code, err)
    assert cli([*base, "list", "households", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_io_error_while_writing_export_keeps_old_file(store, tmp_path, monkeypatch, capsys):
    hh = register(store.ctx("rik"))
    store.close()
    out = tmp_path / "inzage.json"
    out.write_text("vorige export", encoding="utf-8")
    monkeypatch.setenv("H4CASUS_PASSWORD", ADMIN_PASSWORD)

    def failing_fsync(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    import h4casus.services.privacy.person_export as pe

    monkeypatch.setattr(pe.os, "fsync", failing_fsync)
    code = cli(
        [
            "--db",
            str(store.path),
            "--user",
            ADMIN,
            "export",
            "person",
            str(hh.members[0].id),
            "-o",
            str(out),
        ]
    )
    err = capsys.readouterr().err
    assert code == 1 and "No space left" in err and "Traceback" not in err
    assert out.read_text(encoding="utf-8") == "vorige export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".h4c-")] == []


def test_journal_file_that_cannot_be_created_is_not_called_damage(store, monkeypatch, capsys):
    """Like a read-only folder (which root would ignore): the WAL file cannot be created.
    That is a problem of the disk, reported as such (exit 1), not as a damaged file."""
    register(store.ctx("rik"))
    store.close()
    wal = Path(str(store.path) + "-wal")
    wal.mkdir()
    monkeypatch.setenv("H4CASUS_PASSWORD", ADMIN_PASSWORD)
    base = ["--db", str(store.path), "--user", ADMIN]
    code = cli([*base, "list", "households", "--json"])
    err = capsys.readouterr().err
    assert code == 1 and "kan niet schrijven" in err and "beschadigd" not in err, err
    wal.rmdir()
    assert cli([*base, "verify"]) == 0
    assert cli([*base, "list", "households", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out.split("In orde.\n", 1)[-1])) == 1
