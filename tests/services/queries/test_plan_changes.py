"""What changed between two plan versions: goals matched by lineage, actions by description
then position; added, removed and changed field by field; read in a fixed number of
statements and only within the household."""

from __future__ import annotations

from datetime import date

import pytest

from h4casus.domain.errors import NotFound, PermissionDenied
from h4casus.services.plan import actions, goals, versions
from h4casus.services.queries.plan_changes import compare_versions
from tests.data.test_statement_count import statements
from tests.factories import register

TODAY = date(2026, 3, 15)


@pytest.fixture
def two_versions(store, hh):
    """Version 1 with two goals; version 2 changes one, removes one and adds one."""
    rik = store.ctx("rik")
    sara = next(p for p in hh.members if p.given_names == "Sara")
    money = goals.add_goal_with_actions(
        rik,
        hh.id,
        "financien",
        "Schulden in beeld",
        "Voor 1 juni alle schulden op een lijst",
        [
            goals.ActionInput("Map met post doornemen", "inwoner", "Anna"),
            goals.ActionInput("Aanmelden schuldhulp", "wijkteam", deadline="2026-04-01"),
            goals.ActionInput("Vraag stellen aan buurman", "netwerk"),
        ],
    )
    school = goals.add_goal(
        rik, hh.id, "werk_opleiding", "Naar school", "Elke dag op school", person_id=sara.id
    )
    v1 = versions.finalise(rik, hh.id, TODAY)
    goals.update_goal(rik, money.id, new_concept=True, status="lopend", title="Schulden op een rij")
    concept = versions.get_plan(rik, hh.id).current
    copied = next(g for g in concept.goals if g.lineage_id == money.id)
    post, signup, neighbour = copied.actions
    actions.update_action(rik, post.id, status="afgerond")
    actions.update_action(rik, signup.id, deadline="2026-05-01", responsible_name="Wijkteam Noord")
    actions.remove_action(rik, neighbour.id)
    actions.add_action(rik, copied.id, "Budgetcursus volgen", "aanbieder")
    school_copy = next(g for g in concept.goals if g.lineage_id == school.id)
    goals.remove_goal(rik, school_copy.id)
    goals.add_goal(rik, hh.id, "huisvesting", "Woning behouden", "Geen huurachterstand")
    versions.update_concept(rik, hh.id, summary="We willen rust in de financiën")
    v2 = versions.get_plan(rik, hh.id).current
    return v1, v2, money, school


def test_goals_and_actions_added_removed_and_changed(store, hh, two_versions):
    v1, v2, money, school = two_versions
    cmp = compare_versions(store.ctx("rik"), hh.id, v1.id, v2.id)
    assert (cmp.old.number, cmp.new.number) == (1, 2)
    kinds = [(g.kind, g.title) for g in cmp.goals]
    assert kinds == [
        ("changed", "Schulden op een rij"),
        ("added", "Woning behouden"),
        ("removed", "Naar school"),
    ]
    changed = cmp.goals[0]
    assert changed.lineage_id == money.id
    assert {(c.field, c.before, c.after) for c in changed.changes} == {
        ("title", "Schulden in beeld", "Schulden op een rij"),
        ("status", "open", "lopend"),
    }
    by_action = {(a.kind, a.description): a for a in changed.actions}
    assert set(by_action) == {
        ("changed", "Map met post doornemen"),
        ("changed", "Aanmelden schuldhulp"),
        ("added", "Budgetcursus volgen"),
        ("removed", "Vraag stellen aan buurman"),
    }
    signup = by_action[("changed", "Aanmelden schuldhulp")]
    assert {(c.field, c.before, c.after) for c in signup.changes} == {
        ("deadline", date(2026, 4, 1), date(2026, 5, 1)),
        ("responsible_name", None, "Wijkteam Noord"),
    }
    removed = cmp.goals[2]
    assert removed.person_id is not None and removed.leefgebied == "Werk & opleiding"
    assert [(c.field, c.after) for c in cmp.plan] == [("summary", "We willen rust in de financiën")]
    assert cmp.count("added") == 2 and cmp.count("removed") == 2 and not cmp.unchanged


def test_an_edited_description_is_the_same_action_changed(store, hh, two_versions):
    v1, v2, *_ = two_versions
    rik = store.ctx("rik")
    goal = next(g for g in v2.goals if g.title == "Schulden op een rij")
    actions.update_action(rik, goal.actions[0].id, description="Alle post sorteren")
    cmp = compare_versions(rik, hh.id, v1.id, v2.id)
    first = next(a for a in cmp.goals[0].actions if a.description == "Alle post sorteren")
    assert first.kind == "changed"
    assert ("description", "Map met post doornemen", "Alle post sorteren") in {
        (c.field, c.before, c.after) for c in first.changes
    }


def test_a_version_compared_with_itself_is_unchanged_and_the_other_way_round_reverses(
    store, hh, two_versions
):
    v1, v2, *_ = two_versions
    rik = store.ctx("rik")
    assert compare_versions(rik, hh.id, v1.id, v1.id).unchanged
    back = compare_versions(rik, hh.id, v2.id, v1.id)
    assert [(g.kind, g.title) for g in back.goals] == [
        ("changed", "Schulden in beeld"),
        ("added", "Naar school"),
        ("removed", "Woning behouden"),
    ]


def test_versions_of_another_household_or_outside_the_team_are_refused(store, hh, two_versions):
    v1, v2, *_ = two_versions
    other = register(store.ctx("rik"), street="Voorstraat", house_number=3)
    with pytest.raises(NotFound):
        compare_versions(store.ctx("rik"), other.id, v1.id, v2.id)
    with pytest.raises(PermissionDenied):
        compare_versions(store.ctx("rob"), hh.id, v1.id, v2.id)


def test_the_comparison_reads_a_fixed_number_of_statements(store, hh, two_versions):
    v1, v2, *_ = two_versions
    rik = store.ctx("rik")
    small = statements(store, compare_versions, rik, hh.id, v1.id, v2.id)
    for i in range(5):
        g = goals.add_goal(rik, hh.id, "justitie", f"Doel {i}", "Resultaat")
        actions.add_action(rik, g.id, f"Actie {i}", "wijkteam")
    assert statements(store, compare_versions, rik, hh.id, v1.id, v2.id) == small
