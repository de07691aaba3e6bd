"""A household with something in every part of the file, for export and retention tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from h4casus.services.casework import journal
from h4casus.services.casework.consent import record_consent
from h4casus.services.plan import actions, goals, versions
from h4casus.storage import models as m
from tests.factories import BSNS, Store, member, register

ANNA_NOTE = "Anna vertelt over schulden bij de woningcorporatie"
SECRET_NOTE = "Vertrouwelijk: zorgen over de veiligheid van Anna"
PIET_NOTE = "Piet heeft een afspraak bij de huisarts gemaakt"
HOUSEHOLD_NOTE = "Huisbezoek met het hele gezin"


@dataclass
class File:
    household_id: int
    case_number: str
    anna: int
    piet: int
    sara: int


def rich_file(store: Store, *, adopt: bool = True, **overrides) -> File:
    """Anna (ouder, BSN), Piet (partner) and Sara (kind), with journal entries about each and
    about the household, consents, goals (Anna's, Piet's, household-level), an action, a
    measurement, a meldcode step and optionally a vastgestelde plan version."""
    rik = store.ctx("rik")
    hh = register(
        rik,
        members=[
            member("Anna", "Jansen", "1985-04-12", "ouder", BSNS[0]),
            member("Piet", "Vries", "1983-09-30", "partner", BSNS[1], prefix="de"),
            member("Sara", "Jansen", "2010-06-01", "kind"),
        ],
        **overrides,
    )
    anna, piet, sara = (mm.id for mm in hh.members)
    journal.add_entry(rik, hh.id, "huisbezoek", ANNA_NOTE, person_id=anna)
    journal.add_entry(rik, hh.id, "notitie", SECRET_NOTE, person_id=anna, confidential=True)
    journal.add_entry(rik, hh.id, "telefonisch", PIET_NOTE, person_id=piet)
    journal.add_entry(rik, hh.id, "huisbezoek", HOUSEHOLD_NOTE)
    record_consent(rik, hh.id, given=True, given_by="Anna Jansen", scope="school", person_id=anna)
    record_consent(
        rik, hh.id, given=True, given_by="Piet de Vries", scope="huisarts", person_id=piet
    )
    g_anna = goals.add_goal(
        rik, hh.id, "financien", "Schulden op orde", "Binnen 6 maanden", person_id=anna
    )
    goals.add_goal(
        rik, hh.id, "lichamelijke_gezondheid", "Piet naar de huisarts", "Deze maand", person_id=piet
    )
    goals.add_goal(rik, hh.id, "huisvesting", "Woning behouden", "Huur betaald")
    actions.add_action(rik, g_anna.id, "Budgetcoach bellen", "wijkteam")
    with store.vault.session() as s:
        instr = s.get(m.Instrument, "ZRM2017")
        s.add(
            m.Measurement(
                household_id=hh.id,
                person_id=anna,
                instrument_code=instr.code,
                measured_on=date(2026, 3, 10),
                kind="intake",
                recorded_by=rik.actor.user_id,
                scores=[m.MeasurementScore(domain_code="financien", score=2)],
            )
        )
        s.add(
            m.MeldcodeStep(
                household_id=hh.id,
                person_id=sara,
                step=1,
                done_on=date(2026, 3, 10),
                author_id=rik.actor.user_id,
                note="Signalen rond Sara in kaart gebracht",
                recorded_at=datetime(2026, 3, 10, 9, 0),
            )
        )
    if adopt:
        versions.finalise(rik, hh.id, date(2026, 3, 14))
    return File(hh.id, hh.case_number, anna, piet, sara)


def close_file(store: Store, household_id: int, when: datetime) -> None:
    """Mark a file closed at `when` (the retention clock starts then)."""
    with store.vault.session() as s:
        hh = s.get(m.Household, household_id)
        hh.status = "afgesloten"
        hh.closed_at = when
        for ra in s.scalars(
            select(m.RegieAssignment).where(
                m.RegieAssignment.household_id == household_id,
                m.RegieAssignment.ended_at.is_(None),
            )
        ):
            ra.ended_at = when
            ra.end_reason = "afgesloten"


def table_counts(store: Store) -> dict[str, int]:
    with store.vault.session() as s:
        return {
            t.name: s.scalar(select(func.count()).select_from(t))
            for t in m.Base.metadata.sorted_tables
        }


def cli(argv: list[str]) -> int:
    """Run the CLI in-process; usage errors (SystemExit) become their exit code."""
    from h4casus.cli import main

    try:
        return main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
