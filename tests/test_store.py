"""The encrypted store: keys, slots, wrong passwords, damage, and no plaintext on disk."""

import json

import pytest
from sqlalchemy import select

from h4casus.domain.errors import AuthenticationError, IntegrityFailure
from h4casus.security.keyslots import SlotFile, slot_path_for
from h4casus.services.store.vault import open_store
from h4casus.storage import models as m
from tests.factories import ADMIN, ADMIN_PASSWORD, USER_PASSWORD, register


def test_every_account_opens_the_same_store(store):
    register(store.ctx("carla"))
    store.close()
    for user, pw in [(ADMIN, ADMIN_PASSWORD), ("carla", USER_PASSWORD)]:
        with open_store(store.path, user, pw) as vault, vault.session() as s:
            assert s.scalar(select(m.Household.case_number)) == "2026-000001"


def test_recovery_key_opens_the_store(store):
    store.close()
    with (
        open_store(
            store.path, "", store.recovery_key.lower().replace("-", " "), recovery=True
        ) as vault,
        vault.session() as s,
    ):
        assert s.scalar(select(m.User.username).where(m.User.username == ADMIN)) == ADMIN


def test_wrong_password_and_unknown_user_say_the_same(store):
    store.close()
    with pytest.raises(AuthenticationError) as a:
        open_store(store.path, ADMIN, "niet-het-goede-wachtwoord")
    with pytest.raises(AuthenticationError) as b:
        open_store(store.path, "niemand", "niet-het-goede-wachtwoord")
    assert str(a.value) == str(b.value) == "gebruikersnaam of wachtwoord onjuist"


def test_slot_file_records_kdf_parameters_per_slot(store):
    data = json.loads(slot_path_for(store.path).read_text())
    assert {s["id"] for s in data["slots"]} >= {"user:beheer", "recovery", "user:carla"}
    for slot in data["slots"]:
        assert slot["kdf"]["name"] == "argon2id"
        assert slot["kdf"]["memory_kib"] >= 8 * 1024 and slot["kdf"]["iterations"] >= 1
        assert len(bytes.fromhex(slot["kdf"]["salt"].encode().hex())) > 0


def test_damaged_slot_file_is_an_integrity_failure(store):
    store.close()
    p = slot_path_for(store.path)
    raw = bytearray(p.read_bytes())
    i = raw.index(b'"wrapped": "') + 14
    raw[i] = ord("A") if raw[i] != ord("A") else ord("B")
    p.write_bytes(bytes(raw))
    with pytest.raises(IntegrityFailure, match="beschadigd"):
        open_store(store.path, ADMIN, ADMIN_PASSWORD)


def test_slot_file_edited_with_valid_checksum_is_detected_by_its_mac(store):
    store.close()
    p = slot_path_for(store.path)
    slots = SlotFile.load(p)
    del slots.slots["user:carla"]  # an edit by someone without the data key
    slots.save()
    with pytest.raises(IntegrityFailure, match="gewijzigd"):
        open_store(store.path, ADMIN, ADMIN_PASSWORD)


def test_foreign_file_is_not_a_database(store, tmp_path):
    store.close()
    store.path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4096)
    with pytest.raises(IntegrityFailure, match="beschadigd"):
        open_store(store.path, ADMIN, ADMIN_PASSWORD)


def test_missing_slot_file(store):
    store.close()
    slot_path_for(store.path).unlink()
    with pytest.raises(IntegrityFailure, match="ontbreekt"):
        open_store(store.path, ADMIN, ADMIN_PASSWORD)


def test_lockout_delay_after_repeated_failures(store):
    store.close()
    for _ in range(3):
        with pytest.raises(AuthenticationError, match="onjuist"):
            open_store(store.path, ADMIN, "verkeerd-wachtwoord-123")
    with pytest.raises(AuthenticationError, match="te veel mislukte pogingen"):
        open_store(store.path, ADMIN, ADMIN_PASSWORD)


def test_no_plaintext_personal_data_in_any_file(store, tmp_path):
    """Known names and BSNs written through the services never appear in the raw bytes of
    any file in the data directory (database, WAL, shm, slot file)."""
    from h4casus.services.casework.journal import add_entry

    view = register(store.ctx("carla"))
    add_entry(
        store.ctx("carla"), view.id, "huisbezoek", "Gesprek met Zwanenburg-Oosterhout over huur"
    )
    needles = [
        b"Jansen",
        b"111222333",
        b"Zwanenburg",
        b"Oude Delft",
        "Zwanenburg".encode("utf-16-le"),
    ]

    # Look while the store is open (WAL in use) and after closing.
    def scan():
        for f in tmp_path.rglob("*"):
            if f.is_file():
                data = f.read_bytes()
                for needle in needles:
                    assert needle not in data, f"{needle!r} in plaintext in {f.name}"

    files_open = {f.name for f in tmp_path.iterdir()}
    scan()
    store.close()
    scan()
    assert any(n.endswith("-wal") for n in files_open), "the WAL file should have been checked too"
