"""Reads, searches and exports of personal data are logged with who, what and why."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from h4casus.services.casework import households, journal
from h4casus.services.privacy import person_export
from h4casus.services.queries import listing, search
from h4casus.storage import models as m
from tests.factories import register


def rows_after(store, last_id: int) -> list[m.AuditEvent]:
    with store.vault.session() as s:
        return list(s.scalars(select(m.AuditEvent).where(m.AuditEvent.id > last_id).order_by("id")))


def last_id(store) -> int:
    with store.vault.session() as s:
        return s.scalar(select(m.AuditEvent.id).order_by(m.AuditEvent.id.desc()).limit(1))


CALLS = {
    "get_household": (lambda ctx, hh: households.get_household(ctx, hh.id), "read", True),
    "reveal_bsn": (lambda ctx, hh: households.reveal_bsn(ctx, hh.members[0].id), "read", True),
    "journal": (lambda ctx, hh: journal.list_entries(ctx, hh.id), "read", True),
    "search": (lambda ctx, hh: search.search_households(ctx, "Jansen"), "search", False),
    "list_page": (lambda ctx, hh: search.list_page(ctx), "search", False),
    # The whole list is one read per listed household (issue 10, item 20).
    "iter": (lambda ctx, hh: list(listing.iter_households(ctx)), "read", True),
    "export_person": (
        lambda ctx, hh: person_export.export_person(ctx, hh.members[0].id),
        "export",
        True,
    ),
}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_access_to_personal_data_is_logged(store, name):
    hh = register(store.ctx("rik"))
    call, event, about_household = CALLS[name]
    ctx = store.ctx("tim")
    before = last_id(store)
    call(ctx, hh)
    new = [r for r in rows_after(store, before) if r.username == "tim"]
    assert any(r.event == event for r in new), [(r.event, r.action) for r in new]
    row = next(r for r in new if r.event == event)
    assert row.ground and row.workstation and "T" in row.at
    if about_household:
        assert row.household_id == hh.id
    assert "Jansen" not in (row.detail or "") or name == "search"
