"""Invariants the database itself holds, whatever a service does."""

from datetime import datetime

import pytest
from sqlalchemy.exc import IntegrityError

from h4casus.storage import models as m
from tests.factories import register


def test_second_active_regisseur_is_refused_by_the_database(store):
    view = register(store.ctx("carla"))
    with pytest.raises(IntegrityError), store.vault.session() as s:
        s.add(
            m.RegieAssignment(
                household_id=view.id,
                user_id=store.ctx("rik").actor.user_id,
                started_at=datetime(2026, 3, 15),
                reason="x",
            )
        )
        s.flush()


def test_ended_assignments_do_not_count(store):
    view = register(store.ctx("carla"))
    with store.vault.session() as s:
        for _ in range(3):
            s.add(
                m.RegieAssignment(
                    household_id=view.id,
                    user_id=store.ctx("rik").actor.user_id,
                    started_at=datetime(2025, 1, 1),
                    ended_at=datetime(2025, 2, 1),
                    reason="eerder",
                )
            )


def test_only_one_concept_plan_version(store):
    view = register(store.ctx("carla"))
    uid = store.ctx("carla").actor.user_id
    with pytest.raises(IntegrityError), store.vault.session() as s:
        plan = s.query(m.Plan).filter_by(household_id=view.id).one()
        s.add(
            m.PlanVersion(
                plan_id=plan.id,
                number=1,
                status="concept",
                created_at=datetime(2026, 1, 1),
                created_by=uid,
            )
        )
        s.add(
            m.PlanVersion(
                plan_id=plan.id,
                number=2,
                status="concept",
                created_at=datetime(2026, 1, 1),
                created_by=uid,
            )
        )
        s.flush()


def test_status_check_constraint(store):
    view = register(store.ctx("carla"))
    with pytest.raises(IntegrityError), store.vault.session() as s:
        s.get(m.Household, view.id).status = "zomaar"
        s.flush()
