"""Monitor: anonymous counts, small numbers suppressed, no names; CSV safe for spreadsheets."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from sqlalchemy import select

from h4casus.domain.errors import PermissionDenied, ValidationError
from h4casus.reports import monitor as monitor_report
from h4casus.services.admin import accounts
from h4casus.services.queries import monitor as mq
from h4casus.storage import models as m
from tests.factories import TEAM_A, member, register
from tests.reports.helpers import assert_every_page_stamped, flat, text

FROM, TO = date(2026, 1, 1), date(2026, 3, 15)


def test_suppression_rules():
    assert [mq.suppress(n) for n in (0, 1, 4, 5, 17)] == [0, None, None, 5, 17]
    # one small cell hides the next smallest too, so it cannot be worked back from the total
    assert mq.suppress_column([3, 7, 20, 0]) == [None, None, 20, 0]
    assert mq.suppress_column([3, 2, 20]) == [None, None, 20]
    assert mq.suppress_column([0, 9, 6]) == [0, 9, 6]


def test_small_counts_are_not_shown_and_no_names_appear(store, case):
    pdf = monitor_report.monitor_pdf(store.ctx("tim"), FROM, TO)
    t = flat(text(pdf))
    assert "Monitor sociaal domein" in t and "< 5" in t
    for name in ("Jansen", "Anna", "Daan", "Zoë", "Vries", "rik"):
        assert name not in t.replace("Afgedrukt door", ""), name
    data = mq.monitor(store.ctx("tim"), FROM, TO)
    assert data.registrations is None  # one household registered: suppressed
    assert all(t.registrations in (None, 0) for t in data.teams)
    assert data.median_days_to_plan is None  # fewer than five households
    for inst in data.zrm:
        for f in inst.domains:
            assert f.subjects is None and f.average_change is None


def test_counts_from_five_are_shown(store):
    rik = store.ctx("rik")
    for i in range(6):
        register(rik, members=[member("Kim", f"Test{i}", "1990-01-01", "ouder")])
    data = mq.monitor(store.ctx("tim"), FROM, TO)
    assert data.registrations == 6
    team_a = next(t for t in data.teams if t.team == TEAM_A)
    assert team_a.registrations == 6


def test_csv_is_neutralised_against_formulas_and_logged_as_export(store, case, tmp_path):
    with store.vault.session() as s:
        accounts.get_or_create_team(s, '=HYPERLINK("http://x")', "Delft")
    out = tmp_path / "monitor.csv"
    monitor_report.monitor_csv(store.admin, FROM, TO, target=out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["onderdeel", "omschrijving", "waarde"]
    cells = [c for r in rows for c in r]
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)
    assert '\'=HYPERLINK("http://x")' in cells
    assert "Jansen" not in raw.decode("utf-8")
    with store.vault.session() as s:
        row = s.scalars(
            select(m.AuditEvent).where(
                m.AuditEvent.action == "report.monitor", m.AuditEvent.event != "search"
            )
        ).all()[-1]
    assert row.event == "export" and row.household_id is None


def test_pdf_pages_are_stamped(store, case):
    pdf = monitor_report.monitor_pdf(store.ctx("bert"), FROM, TO)  # beheerder: anonymous only
    with store.vault.session() as s:
        row = s.scalars(
            select(m.AuditEvent).where(
                m.AuditEvent.action == "report.monitor", m.AuditEvent.event != "search"
            )
        ).all()[-1]
    assert row.event == "print" and row.username == "bert"
    assert_every_page_stamped(pdf, row.id)


@pytest.mark.parametrize("who", ["carla", "rik"])
def test_casework_roles_are_refused(store, who):
    with pytest.raises(PermissionDenied):
        monitor_report.monitor_pdf(store.ctx(who), FROM, TO)


def test_period_is_validated(store):
    with pytest.raises(ValidationError) as err:
        monitor_report.monitor_pdf(store.ctx("tim"), TO, FROM)
    assert "periode" in err.value.errors


def test_youth_share_counts_only_plans_finalised_before_18(store):
    """Ten youths turn 18 in February 2026; five had a perspectiefplan finalised in January,
    before their birthday, one only after it."""
    from datetime import datetime

    from h4casus.services.plan import goals, versions
    from h4casus.services.plan import perspectiefplan as transition

    rik = store.ctx("rik")
    store.clock.at = datetime(2026, 1, 5, 10, 0)
    kids = []
    for i in range(10):
        hh = register(
            rik,
            signal_date=date(2025, 6, 1),
            members=[
                member("Ouder", f"Fam{i}", "1980-01-01", "ouder"),
                member("Jongere", f"Fam{i}", f"2008-02-{10 + i:02d}", "kind"),
            ],
        )
        kids.append((hh.id, hh.members[1].id))

    def finalise_with_section(hid: int, pid: int) -> None:
        goals.add_goal(rik, hid, "financien", "Geldzaken op orde", "Een eigen rekening.")
        transition.start_transition_plan(rik, hid, pid)
        versions.finalise(rik, hid, store.clock.today())

    for hid, pid in kids[:5]:
        finalise_with_section(hid, pid)
    store.clock.at = datetime(2026, 3, 15, 10, 30)
    finalise_with_section(*kids[5])  # after the 18th birthday: does not count
    data = mq.monitor(store.ctx("tim"), date(2026, 2, 1), date(2026, 2, 28))
    assert data.youths_turned_18 == 10
    assert data.youths_with_plan == 5 and data.youths_share == 0.5
    text_ = flat(text(monitor_report.render(data)))
    assert "50%" in text_
    # six households had their first plan finalised in the period Jan..Mar
    later = mq.monitor(store.ctx("tim"), date(2026, 1, 1), date(2026, 3, 15))
    assert later.plans_finalised == 6 and later.median_days_to_plan is not None


def test_closure_reasons_and_follow_up_are_counted_with_small_counts_suppressed(store, tmp_path):
    from h4casus.services.casework import lifecycle

    rik = store.ctx("rik")
    plan = [("verhuisd", True)] * 7 + [("zelfredzaam", False)] * 6 + [("overleden", True)] * 2
    for i, (code, follow_up) in enumerate(plan):
        hh = register(rik, members=[member("Kim", f"Sluit{i}", "1990-01-01", "ouder")])
        lifecycle.close(rik, hh.id, code, follow_up=follow_up)
    data = mq.monitor(store.ctx("tim"), FROM, TO)
    counts = {c.reason: c.count for c in data.closure_reasons}
    assert counts["Verhuisd"] == 7
    assert counts["Overleden"] is None  # 2: suppressed
    assert counts["Zelfredzaam: het huishouden redt zich zelf"] is None  # secondary
    assert counts["Anders (toelichting)"] == 0
    assert (data.closures_with_follow_up, data.closures_without_follow_up) == (9, 6)
    out = tmp_path / "monitor.csv"
    monitor_report.monitor_csv(store.ctx("tim"), FROM, TO, target=out)
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert ["afsluitreden", "Verhuisd", "7"] in rows
    assert ["afsluitreden", "Overleden", "< 5"] in rows
    assert ["afsluiten", "nazorg of vervolghulp geregeld", "9"] in rows
    pdf = flat(text(monitor_report.monitor_pdf(store.ctx("tim"), FROM, TO)))
    assert "Redenen van afsluiten" in pdf and "Verhuisd 7" in pdf
