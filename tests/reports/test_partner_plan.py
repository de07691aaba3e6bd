"""The partner version of the plan: goals, actions and owners only, shared only with the
consent of everyone the age rule names, logged; on the command line exit 3 without consent."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from h4casus.cli import main
from h4casus.domain.errors import PermissionDenied
from h4casus.reports.partner_plan import partnerversie
from h4casus.services.casework.consent import record_consent, withdraw_consent
from h4casus.services.casework.network import add_contact
from h4casus.services.plan import actions, goals
from h4casus.storage import models as m
from tests.factories import BSNS, USER_PASSWORD, member, register
from tests.reports.conftest import GOAL, OPEN_NOTE, SECRET
from tests.reports.helpers import flat, text


def consent_all(rik, case, **scope):
    ids = case.member_ids
    for name in ("Anna", "Piet", "Daan", "Zoë", "Sara"):
        record_consent(
            rik, case.household_id, given=True, given_by=name, person_id=ids[name], **scope
        )
    # Sara is 13: her parents as well
    return record_consent(
        rik,
        case.household_id,
        given=True,
        given_by="Anna",
        person_id=ids["Sara"],
        decider="ouders",
        **scope,
    )


def audit(store, action: str) -> list[tuple[str, str]]:
    with store.vault.session() as s:
        return [
            (e, d or "")
            for e, d in s.execute(
                select(m.AuditEvent.event, m.AuditEvent.detail)
                .where(m.AuditEvent.action == action)
                .order_by(m.AuditEvent.id)
            )
        ]


def test_refused_without_consent_naming_whose_is_missing(store, case):
    rik = store.ctx("rik")
    with pytest.raises(PermissionDenied) as exc:
        partnerversie(rik, case.household_id, "GGZ Delfland")
    msg = str(exc.value)
    assert msg.startswith("Niet gedeeld met GGZ Delfland: toestemming ontbreekt van Anna Jansen")
    assert "Sara Jansen (ontbreekt)" in msg and "de ouders/verzorgers van Sara Jansen" in msg
    assert [e for e, _ in audit(store, "report.partner")] == ["denied"]


def test_partner_version_holds_goals_actions_owners_and_no_problem_details(store, case):
    rik = store.ctx("rik")
    consent_all(rik, case)
    pdf = partnerversie(rik, case.household_id, "GGZ Delfland")
    body = flat(text(pdf))
    for shown in (
        GOAL,
        "Alle post over geld in één map doen",
        "Inwoner · Anna",
        "Netwerk · Oma Jansen",
        "Wat het huishouden en zijn netwerk doen",
        "Wat professionals doen",
        "Aanmelden bij de schuldhulp",
        "GGZ Delfland",
        "Vertrouwelijk",
    ):
        assert shown in body, shown
    for hidden in (
        *BSNS[:2],
        SECRET,  # the confidential journal
        OPEN_NOTE,  # any journal
        "Goed gesprek",  # the evaluation
        "12-04-1985",  # a birth date
        "ZRM",
        "Journaal",
        "Oude Delft",  # the address: consent does not cover contact details
    ):
        assert hidden not in body, hidden
    assert audit(store, "report.partner")[-1] == (
        "print",
        "partnerversie van het plan voor GGZ Delfland",
    )


def test_withdrawal_ends_sharing(store, case):
    rik = store.ctx("rik")
    sara_parents = consent_all(rik, case)
    partnerversie(rik, case.household_id, "GGZ Delfland")
    withdraw_consent(rik, sara_parents.id, withdrawn_by="Anna Jansen")
    with pytest.raises(
        PermissionDenied, match=r"ouders/verzorgers van Sara Jansen \(ingetrokken\)"
    ):
        partnerversie(rik, case.household_id, "GGZ Delfland")


def test_consent_for_one_leefgebied_shares_only_its_goals_and_contact_when_covered(store, case):
    rik = store.ctx("rik")
    consent_all(rik, case, parts=["lg:huisvesting", "contact"])
    body = flat(text(partnerversie(rik, case.household_id, "GGZ Delfland")))
    assert "Vaste lasten op tijd betaald" in body and GOAL not in body
    assert "Oude Delft 12" in body
    assert "De toestemming geldt alleen voor: Huisvesting." in body


def test_a_household_without_children(store):
    """One adult: no parents to ask, no fixed partners offered, everything else the same."""
    rik = store.ctx("rik")
    hh = register(rik, members=[member("Henk", "Bakker", "1961-07-02", "ouder", BSNS[2])])
    henk = hh.members[0].id
    huisarts = add_contact(
        rik,
        hh.id,
        kind="formeel",
        organisation="Huisartsenpraktijk Zuid",
        partner_type="huisarts",
        contact_name="Dr. Peters",
    )
    buur = add_contact(
        rik,
        hh.id,
        kind="informeel",
        contact_name="Gerda",
        relation="buurvrouw",
        circle="buren",
        can_do="Doet boodschappen",
    )
    g = goals.add_goal(rik, hh.id, "basale_adl", "Zelf koken", "Drie keer per week", person_id=henk)
    actions.add_action(rik, g.id, "Samen boodschappen doen", "netwerk", network_contact_id=buur.id)
    actions.add_action(rik, g.id, "Controle bloeddruk", "aanbieder", network_contact_id=huisarts.id)
    with pytest.raises(PermissionDenied, match="toestemming ontbreekt van Henk Bakker"):
        partnerversie(rik, hh.id, "huisarts")
    record_consent(rik, hh.id, given=True, given_by="Henk", person_id=henk, partner_type="huisarts")
    body = flat(text(partnerversie(rik, hh.id, str(huisarts.id))))
    assert "voor Henk" in body and "Netwerk · Gerda" in body
    assert "Aanbieder · Huisartsenpraktijk Zuid" in body
    assert BSNS[2] not in body


@pytest.fixture
def run(store, monkeypatch, capsys):
    def _run(user: str, *args: str) -> tuple[int, str]:
        monkeypatch.setenv("H4CASUS_PASSWORD", USER_PASSWORD)
        store.vault.close()
        rc = main(["--db", str(store.path), "--user", user, *args])
        out = capsys.readouterr()
        return rc, out.out + out.err

    return _run


def test_cli_partner_version_exit_3_without_consent_and_nothing_written(store, case, run, tmp_path):
    hid = str(case.household_id)
    out = tmp_path / "partner.pdf"
    rc, said = run("rik", "report", "plan", hid, "--partner", "GGZ Delfland", "-o", str(out))
    assert rc == 3 and not out.exists()
    assert "toestemming ontbreekt van Anna Jansen" in said
    rc, said = run("rik", "report", "plan", hid, "--partner", "Bakker", "-o", str(out))
    assert rc == 4 and "staat niet in het netwerk" in said


def test_cli_partner_version_with_consent(store, case, run, tmp_path):
    consent_all(store.ctx("rik"), case)
    out = tmp_path / "partner.pdf"
    hid = str(case.household_id)
    rc, said = run("rik", "report", "plan", hid, "--partner", "GGZ Delfland", "-o", str(out))
    assert rc == 0, said
    assert GOAL in flat(text(out.read_bytes()))
    rc, said = run("rik", "report", "plan", hid, "-o", str(tmp_path / "ons.pdf"))  # unchanged
    assert rc == 0 and "Ons plan" in said
