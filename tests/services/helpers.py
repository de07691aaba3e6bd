"""Small read helpers for the workflow tests (raw look-ups a reviewer can trust)."""

from __future__ import annotations

from sqlalchemy import func, select

from h4casus.storage import models as m


def active_holders(store, household_id: int) -> list[tuple[int | None, str | None]]:
    with store.vault.session() as s:
        return [
            tuple(r)
            for r in s.execute(
                select(m.RegieAssignment.user_id, m.RegieAssignment.external_party).where(
                    m.RegieAssignment.household_id == household_id,
                    m.RegieAssignment.ended_at.is_(None),
                )
            )
        ]


def user_id(store, username: str) -> int:
    return store.ctx(username).actor.user_id


def count(store, model, *conditions) -> int:
    with store.vault.session() as s:
        return s.scalar(select(func.count()).select_from(model).where(*conditions))


def household_row(store, household_id: int) -> m.Household:
    with store.vault.session() as s:
        return s.get(m.Household, household_id)
