"""18-/18+ perspectiefplan: from age 16 (configurable), checklist, signals, exact ages."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from h4casus.domain.errors import PermissionDenied, RuleViolation, ValidationError
from h4casus.services.admin import configuration
from h4casus.services.plan import goals, versions
from h4casus.services.plan import perspectiefplan as transition
from h4casus.services.queries import worklists, youths
from tests.factories import member, register


def youth_household(store, born: str, given: str = "Daan"):
    return register(
        store.ctx("rik"),
        members=[
            member("Mira", "Bakker", "1980-01-05", "ouder"),
            member(given, "Bakker", born, "kind"),
        ],
        signal_date=store.clock.today(),
    )


def youth(hh, given: str = "Daan"):
    return next(p for p in hh.members if p.given_names == given)


def set_today(store, day: date) -> None:
    store.clock.at = datetime(day.year, day.month, day.day, 9, 0)


def test_starts_from_age_16_with_the_standard_checklist_and_areas(store):
    hh = youth_household(store, "2010-03-16")  # 15 on 2026-03-15, 16 the next day
    with pytest.raises(RuleViolation, match="vanaf 16"):
        transition.start_transition_plan(store.ctx("rik"), hh.id, youth(hh).id)
    set_today(store, date(2026, 3, 16))
    tp = transition.start_transition_plan(store.ctx("rik"), hh.id, youth(hh).id)
    assert tp.age == 16 and tp.turns_18_on == date(2028, 3, 16)
    assert set(tp.areas) == {
        "wonen",
        "school",
        "werk",
        "inkomen",
        "zorg",
        "veiligheid",
        "relaties",
        "vrije_tijd",
    }
    codes = [i.code for i in tp.items]
    assert codes[0] == "digid" and "verlengde_jeugdhulp" in codes and len(codes) == 10
    assert all(i.status == "open" for i in tp.items)
    # asking again returns the same section, not a second one
    assert transition.start_transition_plan(store.ctx("rik"), hh.id, youth(hh).id).id == tp.id


def test_from_age_is_configurable(store):
    hh = youth_household(store, "2010-06-01")  # 15
    with pytest.raises(ValidationError):
        configuration.update_settings(store.ctx("bert"), {"transition_from_age": 9})
    configuration.update_settings(store.ctx("bert"), {"transition_from_age": 15})
    assert transition.start_transition_plan(store.ctx("rik"), hh.id, youth(hh).id).age == 15


def test_the_setup_names_the_areas_in_order_and_follows_the_setting(store):
    setup = transition.transition_setup(store.ctx("carla"))
    assert setup.from_age == 16
    assert [code for code, _ in setup.areas] == list(transition.AREAS)
    assert dict(setup.areas)["school"] == "School / opleiding"
    configuration.update_settings(store.ctx("bert"), {"transition_from_age": 15})
    assert transition.transition_setup(store.ctx("rik")).from_age == 15


def test_sections_items_and_contact_are_edited_in_the_concept(store):
    hh = youth_household(store, "2009-01-10")
    tp = transition.start_transition_plan(store.ctx("rik"), hh.id, youth(hh).id)
    tp = transition.update_transition_plan(
        store.ctx("rik"),
        tp.id,
        wonen="Wil op kamers in Delft",
        risk_assessment="Schulden dreigen bij 18",
        contact_18plus="Sanne (Wmo-consulent)",
        transfer_date="2027-01-10",
    )
    assert tp.contact_18plus == "Sanne (Wmo-consulent)" and tp.transfer_date == date(2027, 1, 10)
    digid = tp.items[0]
    tp = transition.update_checklist_item(
        store.ctx("rik"), digid.id, status="geregeld", responsible="Daan", due_date="2026-12-01"
    )
    assert (tp.items[0].status, tp.items[0].responsible) == ("geregeld", "Daan")
    with pytest.raises(ValidationError):
        transition.update_checklist_item(store.ctx("rik"), digid.id, status="half")
    with pytest.raises(ValidationError):
        transition.update_transition_plan(store.ctx("rik"), tp.id, hobby="gamen")
    with pytest.raises(PermissionDenied):
        transition.update_transition_plan(store.ctx("rob"), tp.id, wonen="x")


def test_signal_until_the_perspectiefplan_is_finalised(store):
    hh = youth_household(store, "2008-07-01")  # turns 18 on 2026-07-01: within 6 months
    far = youth_household(store, "2009-01-01", "Lotte")  # turns 18 in 2027: not yet
    kinds = {(s.person_id, s.kind) for s in youths.signals(store.ctx("rik"))}
    assert kinds == {
        (youth(hh).id, youths.NO_PLAN),
        (youth(hh).id, youths.EXTENDED_CARE),
    }
    tp = transition.start_transition_plan(store.ctx("rik"), hh.id, youth(hh).id)
    goals.add_goal(store.ctx("rik"), hh.id, "werk_opleiding", "Diploma", "MBO-2 in 2027")
    still = {s.kind for s in youths.signals(store.ctx("rik"))}
    # a concept still signals, but says what is missing: vaststellen, not starting one
    assert still == {youths.PLAN_NOT_FINALISED, youths.EXTENDED_CARE}
    versions.finalise(store.ctx("rik"), hh.id, store.clock.today())
    assert {s.kind for s in youths.signals(store.ctx("rik"))} == {youths.EXTENDED_CARE}
    item = next(i for i in tp.items if i.code == "verlengde_jeugdhulp")
    new = transition.transition_plans(store.ctx("rik"), hh.id)
    assert new[0].frozen  # the finalised section cannot change; decide in a new concept
    with pytest.raises(RuleViolation):
        transition.update_checklist_item(store.ctx("rik"), item.id, status="geregeld")
    versions.start_concept(store.ctx("rik"), hh.id)
    (concept,) = transition.transition_plans(store.ctx("rik"), hh.id)
    transition.update_transition_plan(
        store.ctx("rik"), concept.id, extended_youth_care_decided=True
    )
    assert youths.signals(store.ctx("rik")) == []
    assert far.id not in {s.household_id for s in youths.signals(store.ctx("tim"))}


def test_signal_window_is_configurable_and_scoped(store):
    hh = youth_household(store, "2008-12-01")  # turns 18 in 8.5 months
    assert youths.signals(store.ctx("rik")) == []
    configuration.update_settings(store.ctx("bert"), {"transition_signal_months": 9})
    assert {s.household_id for s in youths.signals(store.ctx("tim"))} == {hh.id}
    assert youths.signals(store.ctx("tess")) == []  # other team sees nothing


@pytest.mark.parametrize(
    ("today", "age", "signalled"),
    [
        (date(2025, 8, 31), 17, False),  # 18th birthday 2026-03-01 is beyond 2026-02-28
        (date(2025, 9, 1), 17, True),  # window reaches 2026-03-01
        (date(2026, 2, 28), 17, True),  # still 17 on 28 Feb in a common year
        (date(2026, 3, 1), 18, False),  # 18 today: no longer "turning 18"
    ],
)
def test_29_february_birthday_is_exact(store, today, age, signalled):
    set_today(store, date(2025, 8, 1))
    hh = youth_household(store, "2008-02-29")
    set_today(store, today)
    assert transition.start_transition_plan(store.ctx("rik"), hh.id, youth(hh).id).age == age
    goals.add_goal(store.ctx("rik"), hh.id, "financien", "Doel", "Resultaat")
    got = {s.person_id for s in youths.signals(store.ctx("rik")) if s.kind in youths.PLAN_SIGNALS}
    assert (youth(hh).id in got) is signalled


def test_youths_nearing_18_worklist(store):
    hh = youth_household(store, "2009-05-05")  # 16
    youth_household(store, "2012-05-05", "Noor")  # 13: not listed
    rows = worklists.youths_nearing_18(store.ctx("rik"), mine=True)
    assert [(r.person_id, r.age, r.plan_state) for r in rows] == [(youth(hh).id, 16, "geen")]
    transition.start_transition_plan(store.ctx("rik"), hh.id, youth(hh).id)
    assert worklists.youths_nearing_18(store.ctx("tim"))[0].plan_state == "concept"
    assert worklists.youths_nearing_18(store.ctx("roos"), mine=True) == []


def test_youths_nearing_18_window_is_exact_to_the_day(store):
    # today is 2026-03-15: 16 today is listed, 18 today is not, 17 tomorrow-turning-18 is
    born = {
        "Sixteen": "2010-03-15",
        "Almost16": "2010-03-16",
        "Eighteen": "2008-03-15",
        "Almost18": "2008-03-16",
    }
    for given, day in born.items():
        youth_household(store, day, given)
    listed = {r.name.split()[0] for r in worklists.youths_nearing_18(store.ctx("tim"))}
    assert listed == {"Sixteen", "Almost18"}


def test_youths_nearing_18_first_page_is_nearest_to_18(store):
    for given, day in {"Jong": "2010-01-01", "Oud": "2008-06-01", "Midden": "2009-01-01"}.items():
        youth_household(store, day, given)
    page = worklists.youths_nearing_18(store.ctx("tim"), limit=2)
    assert [r.name.split()[0] for r in page] == ["Oud", "Midden"]
    assert len(worklists.youths_nearing_18(store.ctx("tim"), limit=None)) == 3
