from datetime import date

import pytest
from sqlalchemy import func, select

from h4casus.domain.errors import ConflictError, PermissionDenied, ValidationError
from h4casus.services.casework import household_edits as he
from h4casus.services.casework import households as hs
from h4casus.services.casework.journal import add_entry, list_entries
from h4casus.storage import models as m
from tests.factories import BSNS, TEAM_A, TEAM_B, household_input, member, register


def count(store, model) -> int:
    with store.vault.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_register_household_with_members_regisseur_and_level(store):
    view = register(store.ctx("carla"))
    assert view.case_number == "2026-000001"
    assert view.display_name == "Jansen / de Vries"
    assert [mm.relation for mm in view.members] == ["ouder", "partner", "kind"]
    assert view.members[2].age == 15
    assert view.level == "AVE 2"
    assert view.regisseur_id == store.ctx("carla").actor.user_id
    assert view.next_review_date == date(2026, 5, 31)  # signal date + 91 days
    assert view.members[0].bsn_masked == "******333"


def test_invalid_member_writes_nothing_and_names_every_field(store):
    bad = household_input(
        members=[
            member("Anna", "Jansen", "1985-04-12", "ouder", BSNS[0]),
            member("", "Jansen", "2040-01-01", "oom", "123456789"),
        ],
        postcode="12AB",
    )
    with pytest.raises(ValidationError) as exc:
        hs.register_household(store.ctx("carla"), bad)
    errs = exc.value.errors
    assert set(errs) >= {
        "postcode",
        "lid 2 voornamen",
        "lid 2 geboortedatum",
        "lid 2 relatie",
        "lid 2 bsn",
    }
    assert count(store, m.Household) == 0
    assert count(store, m.Person) == 0


def test_duplicate_bsn_within_household_refused(store):
    bad = household_input(
        members=[member(bsn=BSNS[1]), member("Piet", bsn=BSNS[1], relation="partner")]
    )
    with pytest.raises(ValidationError, match="gelijk aan het BSN"):
        hs.register_household(store.ctx("carla"), bad)


def test_household_needs_a_member(store):
    with pytest.raises(ValidationError) as exc:
        hs.register_household(store.ctx("carla"), household_input(members=[]))
    assert "leden" in exc.value.errors


def test_register_in_other_team_refused(store):
    with pytest.raises(PermissionDenied):
        hs.register_household(store.ctx("carla"), household_input(team=TEAM_B))
    assert count(store, m.Household) == 0


def test_beheerder_reads_no_case_content(store):
    view = register(store.ctx("carla"))
    with pytest.raises(PermissionDenied):
        hs.get_household(store.ctx("bert"), view.id)


def test_other_team_cannot_read(store):
    view = register(store.ctx("carla"))
    with pytest.raises(PermissionDenied):
        hs.get_household(store.ctx("rob"), view.id)
    assert hs.get_household(store.ctx("tim"), view.id).id == view.id


def test_stale_edit_is_a_conflict_and_keeps_the_first_save(store):
    view = register(store.ctx("carla"))
    first = he.update_household(
        store.ctx("carla"), view.id, view.version, street="Nieuwe Langendijk"
    )
    with pytest.raises(ConflictError):
        he.update_household(store.ctx("tim"), view.id, view.version, street="Markt")
    again = hs.get_household(store.ctx("carla"), view.id)
    assert again.street == "Nieuwe Langendijk"
    assert again.version == first.version


def test_bad_edit_writes_nothing(store):
    view = register(store.ctx("carla"))
    with pytest.raises(ValidationError) as exc:
        he.update_household(
            store.ctx("carla"), view.id, view.version, street="Markt", postcode="nope"
        )
    assert "postcode" in exc.value.errors
    assert hs.get_household(store.ctx("carla"), view.id).street == "Oude Delft"


def test_reveal_bsn_is_logged(store):
    view = register(store.ctx("carla"))
    pid = view.members[0].id
    assert hs.reveal_bsn(store.ctx("carla"), pid) == BSNS[0]
    with store.vault.session() as s:
        row = s.scalars(select(m.AuditEvent).where(m.AuditEvent.person_id == pid)).all()[-1]
    assert row.detail == "BSN getoond" and row.username == "carla"


def test_confidential_journal_hidden_from_other_team_reader(store):
    view = register(store.ctx("carla"))
    add_entry(
        store.ctx("carla"), view.id, "huisbezoek", "Moeder vertelt over schulden", confidential=True
    )
    entries = list_entries(store.ctx("tim"), view.id)
    assert entries[0].text == "Moeder vertelt over schulden"
    with pytest.raises(PermissionDenied):
        list_entries(store.ctx("rob"), view.id)


def test_journal_refuses_future_date_and_bad_type(store):
    from datetime import datetime

    view = register(store.ctx("carla"))
    with pytest.raises(ValidationError) as exc:
        add_entry(store.ctx("carla"), view.id, "roddel", "x", occurred_at=datetime(2030, 1, 1))
    assert {"soort", "datum"} <= set(exc.value.errors)


def test_team_b_list_scope(store):
    register(store.ctx("carla"))
    from h4casus.services.queries.listing import iter_households

    assert [r.team for r in iter_households(store.ctx("tim"))] == [TEAM_A]
    assert list(iter_households(store.ctx("rob"))) == []
