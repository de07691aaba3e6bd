"""Schema migrations: the models and the migrations agree, and an older database is upgraded
(after a verified encrypted backup) without losing data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from h4casus.security import keyslots
from h4casus.security.keyslots import SlotFile, slot_path_for
from h4casus.services.store.vault import open_store
from h4casus.storage import migrations, schema_version
from h4casus.storage.engine import create_encrypted_engine
from h4casus.storage.models import Base
from tests.factories import ADMIN, ADMIN_PASSWORD

FIRST = "0001"


def test_migrations_match_the_models(tmp_path):
    engine = create_encrypted_engine(tmp_path / "m.h4c", os.urandom(32))
    migrations.upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
        )
    engine.dispose()
    assert diff == [], f"models and migrations differ; run scripts/make_migration.py: {diff}"


def _old_store(path: Path) -> None:
    """A database as the first release wrote it, with one household in it."""
    key = keyslots.new_data_key()
    cal = keyslots.calibrate(0.005)
    slots = SlotFile(path=slot_path_for(path), store_id="old-store")
    slots.add(keyslots.user_slot_id(ADMIN), ADMIN_PASSWORD, key, cal)
    slots.seal(key)
    slots.save()
    engine = create_encrypted_engine(path, key)
    migrations.upgrade(engine, FIRST)
    with engine.begin() as c:
        c.execute(
            text("INSERT INTO teams (id, name, gemeente) VALUES (1, 'Wijkteam Delft', 'Delft')")
        )
        c.execute(
            text(
                "INSERT INTO users (id, username, display_name, active, created_at, version) VALUES (1, :u, 'B', 1, '2025-01-01 00:00:00', 1)"
            ),
            {"u": ADMIN},
        )
        c.execute(
            text(
                "INSERT INTO user_roles (user_id, role, team_id) VALUES (1, 'beheerder', NULL), (1, 'teamleider', NULL)"
            )
        )
        c.execute(
            text(
                "INSERT INTO escalation_levels (code, rank, colour, hex, situation, casusregie, procesregie, operational, bestuurlijk, review_interval_days, requires_approval) VALUES ('AVE 2', 2, 'geel', '#f9a825', '', '', '', '', '', 91, 0)"
            )
        )
        c.execute(
            text(
                "INSERT INTO households (id, case_number, display_name, sort_name, street, house_number, postcode, city, gemeente, team_id, status, signal_date, signal_source, registered_at, level_code, file_kind, version) "
                "VALUES (1, '2025-000001', 'Bakker', 'bakker', 'Markt', 1, '2611 GP', 'Delft', 'Delft', 1, 'actief', '2025-01-02', 'huisarts', '2025-01-02 09:00:00', 'AVE 2', 'wmo', 1)"
            )
        )
        c.execute(
            text(
                "INSERT INTO persons (household_id, given_names, family_name, birth_date, relation, restricted, version) VALUES (1, 'Kees', 'Bakker', '1970-01-01', 'ouder', 0, 1)"
            )
        )
    engine.dispose()


def test_the_schema_head_read_without_alembic_is_the_newest_migration(tmp_path):
    """schema_version.HEAD decides whether a store is migrated at sign-in: it must name the
    newest script in db/versions (raise it with every new migration)."""
    engine = create_encrypted_engine(tmp_path / "kop.h4c", os.urandom(32))
    try:
        assert schema_version.current_revision(engine) is None  # an empty file
        assert schema_version.needs_upgrade(engine)
        assert migrations.head_revision(engine) == schema_version.HEAD
        migrations.upgrade(engine)
        assert schema_version.current_revision(engine) == schema_version.HEAD
        assert not schema_version.needs_upgrade(engine)
        with engine.connect() as conn:  # the same reading as Alembic's own
            assert MigrationContext.configure(conn).get_current_revision() == schema_version.HEAD
    finally:
        engine.dispose()


def test_opening_an_older_database_migrates_it_and_keeps_the_data(tmp_path):
    path = tmp_path / "oud.h4c"
    _old_store(path)
    with open_store(path, ADMIN, ADMIN_PASSWORD) as vault:
        assert schema_version.current_revision(vault.engine) == migrations.head_revision(
            vault.engine
        )
        with vault.session() as s:
            assert s.execute(text("SELECT family_name FROM persons")).scalar() == "Bakker"
            assert s.execute(text("SELECT case_number FROM households")).scalar() == "2025-000001"
            levels = s.execute(text("SELECT count(*) FROM escalation_levels")).scalar()
        migrated = migrations.head_revision(vault.engine) != FIRST
    if migrated:
        assert levels == 4, "configuration that did not exist yet is seeded on upgrade"
    # Rows stored before the search keys existed are found by search after the upgrade.
    from h4casus.services.queries.search import search_households
    from h4casus.services.store.session import login

    with open_store(path, ADMIN, ADMIN_PASSWORD) as vault:
        ctx = login(vault, ADMIN)
        assert [h.case_number for h in search_households(ctx, "bakk")] == ["2025-000001"]
        assert [h.case_number for h in search_households(ctx, "mark")] == ["2025-000001"]
        backup = path.with_name(f"{path.name}.voor-migratie-{FIRST}")
        assert backup.exists(), "a verified backup is made before migrating"
        assert slot_path_for(backup).exists()
        # like the database itself, readable by its owner only
        assert backup.stat().st_mode & 0o077 == 0
        assert slot_path_for(backup).stat().st_mode & 0o077 == 0
        # The copy opens as a store of its own (slot file and audit anchor beside it).
        open_store(backup, ADMIN, ADMIN_PASSWORD, migrate=False).close()


def _store_at_0004(path: Path) -> None:
    """A database as release 0004 wrote it: the old words, 13 leefgebieden, no city keys."""
    key = keyslots.new_data_key()
    slots = SlotFile(path=slot_path_for(path), store_id="store-0004")
    slots.add(keyslots.user_slot_id(ADMIN), ADMIN_PASSWORD, key, keyslots.calibrate(0.005))
    slots.seal(key)
    slots.save()
    engine = create_encrypted_engine(path, key)
    migrations.upgrade(engine, "0004")
    rows = [
        "INSERT INTO leefgebieden (code, name, position, active) VALUES ('financien', 'Financiën', 0, 1)",
        "INSERT INTO teams (id, name, gemeente) VALUES (1, 'Wijkteam Delft', 'Delft')",
        f"INSERT INTO users (id, username, display_name, active, created_at, version) VALUES (1, '{ADMIN}', 'B', 1, '2025-01-01 00:00:00', 1)",
        "INSERT INTO user_roles (user_id, role, team_id) VALUES (1, 'beheerder', NULL), (1, 'teamleider', NULL)",
        "INSERT INTO escalation_levels (code, rank, colour, hex, situation, casusregie, procesregie, operational, bestuurlijk, review_interval_days, requires_approval) VALUES ('AVE 2', 2, 'geel', '#f9a825', '', '', '', '', '', 91, 0)",
        "INSERT INTO households (id, case_number, display_name, sort_name, street, house_number, postcode, city, gemeente, team_id, status, signal_date, signal_source, registered_at, level_code, file_kind, street_key, version) "
        "VALUES (1, '2025-000072', 'Bakker', 'bakker', 'Markt', 1, '2611 GP', 'Delft', 'Delft', 1, 'actief', '2025-01-02', 'huisarts', '2025-01-02 09:00:00', 'AVE 2', 'wmo', 'markt', 1)",
        "INSERT INTO persons (id, household_id, given_names, family_name, birth_date, relation, restricted, name_key, version) VALUES (1, 1, 'Kees', 'Bakker', '2008-01-01', 'kind', 0, 'bakker', 1)",
        "INSERT INTO regie_assignments (household_id, user_id, started_at, reason) VALUES (1, 1, '2025-01-02 09:00:00', 'aanmelding')",
        "INSERT INTO plans (id, household_id, created_at) VALUES (1, 1, '2025-01-02 09:00:00')",
        "INSERT INTO plan_versions (id, plan_id, number, status, created_at, created_by, version) VALUES (1, 1, 1, 'concept', '2025-01-02 09:00:00', 1, 1)",
        "INSERT INTO goals (id, plan_version_id, leefgebied_code, title, smart_result, status, position, version) VALUES (1, 1, 'financien', 'Doel', 'Zo', 'lopend', 0, 1), (2, 1, 'financien', 'Doel 2', 'Zo', 'behaald', 1, 1)",
        "INSERT INTO evaluations (id, household_id, plan_version_id, held_on, summary, recorded_by, recorded_at) VALUES (1, 1, 1, '2025-03-01', 'x', 1, '2025-03-01 10:00:00')",
        "INSERT INTO goal_evaluations (id, evaluation_id, goal_id, outcome) VALUES (1, 1, 1, 'loopt nog'), (2, 1, 2, 'behaald')",
        "INSERT INTO transition_plans (id, plan_version_id, person_id, version) VALUES (1, 1, 1, 1)",
        "INSERT INTO transition_items (id, transition_plan_id, code, status, position, version) VALUES (1, 1, 'digid', 'bezig', 0, 1)",
    ]
    with engine.begin() as c:
        for sql in rows:
            c.execute(text(sql))
    engine.dispose()


def test_migrating_0004_renames_the_old_words_adds_leefgebieden_and_city_keys(tmp_path):
    path = tmp_path / "0004.h4c"
    _store_at_0004(path)
    with open_store(path, ADMIN, ADMIN_PASSWORD) as vault, vault.session() as s:
        outcomes = s.execute(text("SELECT outcome FROM goal_evaluations ORDER BY id")).scalars()
        assert list(outcomes) == ["lopend", "behaald"]
        assert s.execute(text("SELECT status FROM transition_items")).scalar() == "lopend"
        codes = set(s.execute(text("SELECT code FROM leefgebieden")).scalars())
        assert {"opvoeding_ontwikkeling", "veiligheid", "financien"} <= codes
        assert s.execute(text("SELECT city_key FROM households")).scalar() == "delft"
    from h4casus.services.queries.search import search_households
    from h4casus.services.store.session import login

    with open_store(path, ADMIN, ADMIN_PASSWORD) as vault:
        ctx = login(vault, ADMIN)
        assert [h.matched for h in search_households(ctx, "Delft")] == ["plaats"]
        assert [h.case_number for h in search_households(ctx, "25-72")] == ["2025-000072"]


def test_migrating_refolds_old_sort_and_search_keys_the_dutch_way(tmp_path):
    path = tmp_path / "0004.h4c"
    _store_at_0004(path)
    slots = SlotFile.load(slot_path_for(path))
    key = slots.unwrap(keyslots.user_slot_id(ADMIN), ADMIN_PASSWORD)
    engine = create_encrypted_engine(path, key)
    with engine.begin() as c:  # keys as release 0004 wrote them: accents kept, 'van' first
        c.execute(
            text(
                "INSERT INTO households (id, case_number, display_name, sort_name, street, "
                "house_number, postcode, city, gemeente, team_id, status, signal_date, "
                "signal_source, registered_at, level_code, file_kind, street_key, version) "
                "VALUES (2, '2025-000073', 'Öztürk', 'öztürk', 'Älvlaan', 2, '2611 GP', 'Delft', "
                "'Delft', 1, 'actief', '2025-01-02', 'huisarts', '2025-01-02 09:00:00', 'AVE 2', "
                "'wmo', 'älvlaan', 1)"
            )
        )
        c.execute(
            text(
                "INSERT INTO persons (id, household_id, given_names, family_name, "
                "family_name_prefix, birth_date, relation, restricted, name_key, version) VALUES "
                "(2, 2, 'Ayşe', 'Öztürk', NULL, '1980-01-01', 'ouder', 0, 'öztürk', 1), "
                "(3, 1, 'Piet', 'Yılmaz', 'van', '1979-01-01', 'ouder', 0, 'yılmaz', 1)"
            )
        )
    engine.dispose()
    with open_store(path, ADMIN, ADMIN_PASSWORD) as vault, vault.session() as s:
        rows = dict(s.execute(text("SELECT id, sort_name FROM households")).all())
        keys = dict(s.execute(text("SELECT id, name_key FROM persons")).all())
        street = s.execute(text("SELECT street_key FROM households WHERE id = 2")).scalar()
        joined = s.execute(text("SELECT joined_at FROM persons WHERE id = 3")).scalar()
    assert rows[2] == "ozturk" and keys[2] == "ozturk" and street == "alvlaan"
    assert rows[1] == "yilmaz van"  # the adult Yılmaz (prefix van) now leads, folded
    assert keys[3] == "yilmaz" and joined is None


def test_foreign_keys_are_enforced_again_after_a_migration(tmp_path):
    """The migrations run without foreign-key enforcement (a table rebuild would otherwise
    check every referencing row per dropped row); the store enforces them again afterwards,
    on the very connection that migrated, and the migrated data has no broken reference."""
    path = tmp_path / "oud.h4c"
    _old_store(path)
    with open_store(path, ADMIN, ADMIN_PASSWORD) as vault:
        with vault.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        with vault.engine.connect() as conn, pytest.raises(IntegrityError):
            conn.exec_driver_sql("UPDATE persons SET household_id = 999999")
            conn.commit()
