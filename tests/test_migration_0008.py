"""Migration 0008: existing network contacts get their relation, circle and partner type;
existing consents count as given by the person themselves for the plan and every partner."""

from __future__ import annotations

from sqlalchemy import text

from h4casus.security import keyslots
from h4casus.security.keyslots import SlotFile, slot_path_for
from h4casus.services.store.vault import open_store
from h4casus.storage.engine import create_encrypted_engine
from tests.factories import ADMIN, ADMIN_PASSWORD
from tests.test_migrations import _store_at_0004


def test_migrating_fills_the_network_map_and_keeps_consents(tmp_path):
    path = tmp_path / "0004.h4c"
    _store_at_0004(path)
    key = SlotFile.load(slot_path_for(path)).unwrap(keyslots.user_slot_id(ADMIN), ADMIN_PASSWORD)
    engine = create_encrypted_engine(path, key)
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO network_contacts (id, household_id, kind, organisation, "
                "contact_name, role, active, version) VALUES "
                "(1, 1, 'informeel', NULL, 'Truus', 'oma', 1, 1), "
                "(2, 1, 'informeel', NULL, 'Gerrit', 'voetbaltrainer', 1, 1), "
                "(3, 1, 'formeel', 'Praktijk Zuid', 'Dr. P', 'huisarts', 1, 1), "
                "(4, 1, 'formeel', 'Stichting X', 'Y', 'coach', 1, 1)"
            )
        )
        c.execute(
            text(
                "INSERT INTO consents (id, household_id, person_id, given, given_on, given_by, "
                "scope, recorded_by, recorded_at, version) VALUES "
                "(1, 1, 1, 1, '2025-02-01', 'Kees', 'delen met partners', 1, "
                "'2025-02-01 10:00:00', 1)"
            )
        )
    engine.dispose()
    with open_store(path, ADMIN, ADMIN_PASSWORD) as vault, vault.session() as s:
        rows = s.execute(
            text(
                "SELECT id, role, relation, circle, partner_type FROM network_contacts ORDER BY id"
            )
        ).all()
        consent = s.execute(text("SELECT decider, parts, partner_type FROM consents")).one()
    assert [tuple(r) for r in rows] == [
        (1, None, "oma", "familie", None),
        (2, None, "voetbaltrainer", "vereniging", None),
        (3, "huisarts", None, None, "huisarts"),
        (4, "coach", None, None, "anders"),
    ]
    assert tuple(consent) == ("zelf", "plan", None)
