"""Where a report may be written: never over a directory, a symlink, a device or the
database's own files; atomically, with nothing left behind."""

from __future__ import annotations

import os

import pytest

from h4casus.domain.errors import ValidationError
from h4casus.reports.output import check_target, write_bytes


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "wijkteam.h4c"
    for suffix in ("", "-wal", "-shm", ".keys"):
        (tmp_path / f"wijkteam.h4c{suffix}").write_bytes(b"x")
    return path


@pytest.mark.parametrize(
    "name", ["wijkteam.h4c", "wijkteam.h4c-wal", "wijkteam.h4c-shm", "wijkteam.h4c.keys"]
)
def test_database_files_are_refused(db, name):
    with pytest.raises(ValidationError) as err:
        write_bytes(b"%PDF", db.parent / name, db)
    assert "uitvoer" in err.value.errors
    assert (db.parent / name).read_bytes() == b"x"


def test_database_under_another_name_is_refused(db, tmp_path):
    os.link(db, tmp_path / "kopie.pdf")
    with pytest.raises(ValidationError):
        write_bytes(b"%PDF", tmp_path / "kopie.pdf", db)
    with pytest.raises(ValidationError):
        write_bytes(b"%PDF", tmp_path / "sub" / ".." / "wijkteam.h4c", db)


def test_directory_symlink_device_and_missing_folder_are_refused(db, tmp_path):
    (tmp_path / "map").mkdir()
    (tmp_path / "link.pdf").symlink_to(tmp_path / "elders.pdf")
    for target in (
        tmp_path / "map",
        tmp_path / "link.pdf",
        "/dev/null",
        tmp_path / "nee" / "x.pdf",
    ):
        with pytest.raises(ValidationError):
            check_target(target, db)
    assert not (tmp_path / "elders.pdf").exists()


def test_written_atomically_owner_only_and_replacing(tmp_path):
    out = tmp_path / "rapport.pdf"
    out.write_bytes(b"oud")
    write_bytes(b"%PDF-nieuw", out)
    assert out.read_bytes() == b"%PDF-nieuw"
    assert out.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.pdf"]
