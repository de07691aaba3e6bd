"""Inzageverzoek: one JSON document with everything about one person, and nothing about
the other members; the export is logged; via the CLI too."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from h4casus.domain.errors import NotFound, PermissionDenied, ValidationError
from h4casus.services.casework.households import get_household
from h4casus.services.privacy.person_export import export_person
from h4casus.storage import models as m
from tests.factories import ADMIN, ADMIN_PASSWORD, BSNS
from tests.privacy.helpers import (
    ANNA_NOTE,
    HOUSEHOLD_NOTE,
    PIET_NOTE,
    SECRET_NOTE,
    cli,
    rich_file,
)


def test_export_holds_everything_about_the_person_and_nothing_about_others(store):
    f = rich_file(store)
    get_household(store.ctx("roos"), f.household_id)  # a colleague looked at the file
    doc = export_person(store.ctx("tim"), f.anna)
    text = json.dumps(doc, ensure_ascii=False)
    assert doc["persoon"]["id"] == f.anna and doc["persoon"]["bsn"] == BSNS[0]
    assert doc["huishouden"]["case_number"] == f.case_number
    assert doc["huishouden"]["team"] == "Wijkteam Delft-Noord"
    data = doc["gegevens"]
    notes = {j["text"] for j in data["journal_entries"]}
    assert notes == {ANNA_NOTE, SECRET_NOTE, HOUSEHOLD_NOTE}  # confidential included
    assert PIET_NOTE not in text and BSNS[1] not in text  # other members left out
    assert {c["scope"] for c in data["consents"]} == {"school"}
    assert {g["title"] for g in data["goals"]} == {"Schulden op orde", "Woning behouden"}
    assert [a["description"] for a in data["actions"]] == ["Budgetcoach bellen"]
    assert data["measurements"][0]["person_id"] == f.anna
    assert data["measurement_scores"] == [
        {"measurement_id": data["measurements"][0]["id"], "domain_code": "financien", "score": 2}
    ]
    assert "meldcode_steps" not in data  # Sara's step is hers, not Anna's
    assert data["plan_versions"][0]["status"] == "vastgesteld"
    assert data["journal_entries"][0]["author_id_naam"]  # names of colleagues, not just ids
    users = {a["username"] for a in doc["logboek"]}
    assert {"rik", "roos", "tim"} <= users  # who accessed the file
    assert doc["logboek"][-1]["event"] == "export" and doc["logboek"][-1]["person_id"] == f.anna
    with store.vault.session() as s:
        last = s.scalars(select(m.AuditEvent).order_by(m.AuditEvent.id.desc())).first()
        assert (last.event, last.action, last.person_id) == ("export", "export.person", f.anna)


def test_child_export_has_their_meldcode_step(store):
    f = rich_file(store)
    doc = export_person(store.ctx("tim"), f.sara)
    assert [s["step"] for s in doc["gegevens"]["meldcode_steps"]] == [1]


def test_export_is_refused_outside_policy(store):
    f = rich_file(store)
    for who in ("rik", "carla", "tess", "bert"):
        with pytest.raises(PermissionDenied):
            export_person(store.ctx(who), f.anna)
    with pytest.raises(NotFound):
        export_person(store.ctx("tim"), 999)
    for bad in ("1", 0, -3, True, None, 1.5):
        with pytest.raises(ValidationError):
            export_person(store.ctx("tim"), bad)


def test_cli_export_person(store, tmp_path, monkeypatch, capsys):
    f = rich_file(store)
    store.close()
    monkeypatch.setenv("H4CASUS_PASSWORD", ADMIN_PASSWORD)
    out = tmp_path / "inzage.json"
    base = ["--db", str(store.path), "--user", ADMIN]
    assert cli([*base, "export", "person", str(f.anna), "-o", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["persoon"]["given_names"] == "Anna"
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert cli([*base, "export", "person", "abc", "-o", str(out)]) == 2
    assert cli([*base, "export", "person", "999", "-o", str(out)]) == 4
    assert cli([*base, "export", "person", "1", "-o", str(tmp_path / "nope" / "x.json")]) == 4
    err = capsys.readouterr().err
    assert "Traceback" not in err and "bestaat niet" in err
