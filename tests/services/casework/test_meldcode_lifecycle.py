"""Meldcode steps and the household lifecycle (intake safety check, nazorg, closing, reopening)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from h4casus.domain.errors import PermissionDenied, RuleViolation, ValidationError
from h4casus.services.casework import escalation, lifecycle, meldcode, regie
from h4casus.services.plan import actions, goals
from h4casus.storage import models as m
from tests.services.helpers import active_holders, count, household_row, user_id

TODAY = date(2026, 3, 15)
ACUTE = {"vermoeden": "ja", "onveiligheid": "ja"}
HELP_WORKS = {
    "vermoeden": True,
    "onveiligheid": False,
    "hulp_mogelijk": True,
    "hulp_aanvaard": True,
    "duurzame_veiligheid": True,
}


def steps_up_to(store, hh, last: int, **step4) -> None:
    """Record steps 1..last (step 4 with the answers given, acute unsafety by default)."""
    for step in range(1, last + 1):
        extra = {"answers": step4.get("answers", ACUTE)} if step == 4 else {}
        meldcode.record_step(store.ctx("rik"), hh.id, step, f"stap {step}", **extra)


# --------------------------------------------------------------------------- meldcode


def test_five_steps_dated_attributed_with_a_decision_at_step_5(store, hh):
    dates = ["2026-03-02", "2026-03-04", "2026-03-06", "2026-03-09"]
    for step, (who, day) in enumerate(
        zip(["carla", "rik", "rik", "roos"], dates, strict=True), start=1
    ):
        extra = {"answers": ACUTE} if step == 4 else {}
        meldcode.record_step(store.ctx(who), hh.id, step, f"stap {step}", done_on=day, **extra)
    five = meldcode.record_step(
        store.ctx("rik"), hh.id, 5, "Melding gedaan", decision="melden en hulp organiseren"
    )
    assert five.decision == "melden en hulp organiseren" and five.done_on == TODAY
    history = meldcode.history(store.ctx("tim"), hh.id)
    assert [(h.step, h.author, h.done_on.isoformat()) for h in history[:4]] == [
        (1, "carla", "2026-03-02"),
        (2, "rik", "2026-03-04"),
        (3, "rik", "2026-03-06"),
        (4, "roos", "2026-03-09"),
    ]
    assert history[1].step_name.startswith("Collegiale consultatie")


def test_steps_follow_each_other_and_the_decision_belongs_to_step_5(store, hh):
    with pytest.raises(RuleViolation, match="na stap 1"):
        meldcode.record_step(store.ctx("rik"), hh.id, 2, "consultatie")
    meldcode.record_step(store.ctx("rik"), hh.id, 1, "signalen", done_on="2026-03-10")
    with pytest.raises(ValidationError):
        meldcode.record_step(store.ctx("rik"), hh.id, 2, "x", done_on="2026-03-09")  # before 1
    with pytest.raises(ValidationError):
        meldcode.record_step(store.ctx("rik"), hh.id, 2, "x", decision="melden")
    for step in (2, 3):
        meldcode.record_step(store.ctx("rik"), hh.id, step, "ok")
    meldcode.record_step(store.ctx("rik"), hh.id, 4, "ok", answers=HELP_WORKS)
    with pytest.raises(ValidationError, match="besluit"):
        meldcode.record_step(store.ctx("rik"), hh.id, 5, "beslissen")
    with pytest.raises(ValidationError):
        meldcode.record_step(store.ctx("rik"), hh.id, 6, "bestaat niet")
    with pytest.raises(PermissionDenied):
        meldcode.record_step(store.ctx("rob"), hh.id, 1, "ander team")


def test_the_conversation_may_be_skipped_only_with_a_safety_ground(store, hh):
    meldcode.record_step(store.ctx("rik"), hh.id, 1, "signalen")
    meldcode.record_step(store.ctx("rik"), hh.id, 2, "Veilig Thuis geraadpleegd")
    with pytest.raises(RuleViolation, match="overgeslagen"):
        meldcode.record_step(store.ctx("rik"), hh.id, 4, "wegen", answers=ACUTE)
    with pytest.raises(ValidationError) as err:
        meldcode.skip_conversation(store.ctx("rik"), hh.id, "geen zin", "")
    assert set(err.value.errors) == {"reden", "toelichting"}
    assert count(store, m.MeldcodeStep, m.MeldcodeStep.household_id == hh.id) == 2
    skipped = meldcode.skip_conversation(
        store.ctx("rik"), hh.id, "veiligheid kind", "vader dreigt het kind iets aan te doen"
    )
    assert skipped.step == 3 and skipped.skipped and skipped.skip_ground == "veiligheid kind"
    four = meldcode.record_step(store.ctx("rik"), hh.id, 4, "wegen", answers=ACUTE)
    five = meldcode.record_step(store.ctx("rik"), hh.id, 5, "gemeld", decision="melden")
    assert (four.step, five.decision) == (4, "melden")
    history = meldcode.history(store.ctx("tim"), hh.id)
    assert [(h.step, h.skip_ground) for h in history] == [
        (1, None),
        (2, None),
        (3, "veiligheid kind"),
        (4, None),
        (5, None),
    ]


def test_skipping_needs_the_steps_before_it(store, hh):
    with pytest.raises(RuleViolation, match="na stap 2"):
        meldcode.skip_conversation(store.ctx("rik"), hh.id, "veiligheid professional", "dreiging")


def test_step_4_records_the_questions_of_the_afwegingskader(store, hh):
    steps_up_to(store, hh, 3)
    with pytest.raises(ValidationError) as err:
        meldcode.record_step(store.ctx("rik"), hh.id, 4, "gewogen")  # free text only
    assert "afweging" in err.value.errors
    with pytest.raises(ValidationError) as err:
        meldcode.record_step(store.ctx("rik"), hh.id, 4, "gewogen", answers={"vermoeden": "ja"})
    assert "afweging onveiligheid" in err.value.errors  # the next question must be answered
    with pytest.raises(ValidationError) as err:
        meldcode.record_step(
            store.ctx("rik"), hh.id, 4, "x", answers={"vermoeden": "misschien", "gevoel": True}
        )
    assert set(err.value.errors) == {"afweging vermoeden", "afweging gevoel"}
    with pytest.raises(ValidationError):
        meldcode.record_step(store.ctx("rik"), hh.id, 3, "gesprek", answers=ACUTE)
    four = meldcode.record_step(store.ctx("rik"), hh.id, 4, "gewogen", answers=HELP_WORKS)
    assert [(a.code, a.answer) for a in four.answers] == list(HELP_WORKS.items())
    assert four.answers[1].question == "Is er sprake van acute of structurele onveiligheid?"
    assert four.weighing.conclusion == "hulp bieden of organiseren"
    (again,) = [h for h in meldcode.history(store.ctx("tim"), hh.id) if h.step == 4]
    assert again.answers == four.answers


def test_no_suspicion_settles_the_weighing_at_the_first_question(store, hh):
    steps_up_to(store, hh, 4, answers={"vermoeden": "nee"})
    five = meldcode.record_step(
        store.ctx("rik"), hh.id, 5, "geen vervolg", decision="geen melding, geen hulp nodig"
    )
    assert five.decision == "geen melding, geen hulp nodig"


@pytest.mark.parametrize(
    ("answers", "cause"),
    [
        (ACUTE, "acute of structurele onveiligheid"),
        ({**HELP_WORKS, "hulp_mogelijk": False}, "geen voldoende hulp"),
        ({**HELP_WORKS, "hulp_aanvaard": False}, "niet aanvaarden"),
        ({**HELP_WORKS, "duurzame_veiligheid": False}, "niet tot duurzame veiligheid"),
    ],
)
def test_the_meldnorm_refuses_a_decision_without_a_melding(store, hh, answers, cause):
    steps_up_to(store, hh, 4, answers=answers)
    for decision in ("geen melding, geen hulp nodig", "hulp organiseren"):
        with pytest.raises(RuleViolation, match=cause) as err:
            meldcode.record_step(store.ctx("rik"), hh.id, 5, "besluit", decision=decision)
        assert "Veilig Thuis" in str(err.value)
    assert count(store, m.MeldcodeStep, m.MeldcodeStep.step == 5) == 0
    done = meldcode.record_step(
        store.ctx("rik"), hh.id, 5, "gemeld", decision="melden en hulp organiseren"
    )
    assert done.decision == "melden en hulp organiseren"


def test_a_suspicion_that_help_answers_needs_help_but_may_still_be_reported(store, hh):
    steps_up_to(store, hh, 4, answers=HELP_WORKS)
    with pytest.raises(RuleViolation, match="hulp organiseren"):
        meldcode.record_step(
            store.ctx("rik"), hh.id, 5, "niets", decision="geen melding, geen hulp nodig"
        )
    assert meldcode.record_step(store.ctx("rik"), hh.id, 5, "ok", decision="melden").step == 5
    assert meldcode.record_step(
        store.ctx("rik"), hh.id, 5, "ok", decision="hulp organiseren"
    ).decision == ("hulp organiseren")


def test_intake_not_safe_starts_the_meldcode(store, hh):
    with pytest.raises(ValidationError):
        lifecycle.record_intake(store.ctx("carla"), hh.id, False)  # signals must be described
    result = lifecycle.record_intake(store.ctx("carla"), hh.id, False, note="blauwe plekken")
    assert result.meldcode_started and result.status.status == "intake"
    (step1,) = meldcode.history(store.ctx("rik"), hh.id)
    assert step1.step == 1 and "blauwe plekken" in step1.note and step1.author == "carla"
    meldcode.record_step(store.ctx("rik"), hh.id, 2, "Veilig Thuis geraadpleegd")


def test_intake_safe_starts_no_meldcode(store, hh):
    result = lifecycle.record_intake(store.ctx("carla"), hh.id, True)
    assert not result.meldcode_started and meldcode.history(store.ctx("rik"), hh.id) == []


# --------------------------------------------------------------------------- lifecycle


def test_aangemeld_intake_actief_nazorg_afgesloten(store, hh):
    with pytest.raises(RuleViolation):
        lifecycle.activate(store.ctx("rik"), hh.id)  # intake first
    with pytest.raises(RuleViolation):
        lifecycle.start_nazorg(store.ctx("rik"), hh.id)
    lifecycle.record_intake(store.ctx("carla"), hh.id, True)
    assert lifecycle.activate(store.ctx("rik"), hh.id).status == "actief"
    nazorg = lifecycle.start_nazorg(store.ctx("rik"), hh.id)
    assert nazorg.status == "nazorg" and nazorg.nazorg_checkin_date == TODAY + timedelta(weeks=12)
    later = lifecycle.set_checkin(store.ctx("rik"), hh.id, "2026-09-01")
    assert later.nazorg_checkin_date == date(2026, 9, 1)
    closed = lifecycle.close(store.ctx("rik"), hh.id, "zelfredzaam", follow_up=False)
    assert closed.status == "afgesloten" and closed.closed_at == store.clock.now()
    assert closed.close_reason == "Zelfredzaam: het huishouden redt zich zelf"
    assert closed.nazorg_checkin_date is None and closed.regisseur_id is None


def test_closing_with_open_actions_needs_a_reason(store, hh):
    g = goals.add_goal(store.ctx("rik"), hh.id, "financien", "Doel", "Resultaat")
    a = actions.add_action(store.ctx("rik"), g.id, "Bellen", "wijkteam")
    with pytest.raises(ValidationError, match="openstaande") as refused:
        lifecycle.close(store.ctx("rik"), hh.id, "zelfredzaam", follow_up=False)
    assert set(refused.value.errors) == {"toelichting"}
    assert household_row(store, hh.id).status == "aangemeld"
    actions.update_action(store.ctx("rik"), a.id, status="afgerond")
    assert (
        lifecycle.close(store.ctx("rik"), hh.id, "zelfredzaam", follow_up=False).status
        == "afgesloten"
    )


def test_closing_records_reason_ends_regie_and_clears_pending_work(store, hh):
    g = goals.add_goal(store.ctx("rik"), hh.id, "financien", "Doel", "Resultaat")
    actions.add_action(store.ctx("rik"), g.id, "Bellen", "wijkteam")
    h = regie.propose_handover(store.ctx("rik"), hh.id, "roos", "verlof")
    change = escalation.request_level_change(store.ctx("rik"), hh.id, "AVE 3", "zorgen")
    closed = lifecycle.close(
        store.ctx("rik"), hh.id, "anders", "verhuisd naar buiten de regio", follow_up=False
    )
    assert closed.close_reason == "verhuisd naar buiten de regio"
    assert active_holders(store, hh.id) == []
    assert regie.history(store.ctx("tim"), hh.id)[-1].end_reason == "huishouden afgesloten"
    with pytest.raises(RuleViolation):
        regie.accept_handover(store.ctx("roos"), h.id)
    with pytest.raises(RuleViolation):
        escalation.approve_level_change(store.ctx("tim"), change.id)
    # A closed household accepts no casework until it is reopened.
    with pytest.raises(RuleViolation, match="afgesloten"):
        goals.add_goal(store.ctx("tim"), hh.id, "financien", "Doel", "Resultaat")
    with pytest.raises(RuleViolation):
        regie.assign(store.ctx("tim"), hh.id, "roos", "na afsluiten")
    with pytest.raises(RuleViolation):
        lifecycle.close(store.ctx("tim"), hh.id, "anders", "nog eens", follow_up=False)


def test_who_may_close(store, hh):
    for who in ("carla", "roos", "rob", "tess", "bert"):
        with pytest.raises(PermissionDenied):
            lifecycle.close(store.ctx(who), hh.id, "anders", "reden", follow_up=False)
    assert household_row(store, hh.id).status == "aangemeld"
    assert (
        lifecycle.close(store.ctx("tim"), hh.id, "anders", "reden", follow_up=False).status
        == "afgesloten"
    )


def test_reopen_assigns_a_regisseur_and_stops_the_retention_clock(store, hh):
    lifecycle.close(store.ctx("rik"), hh.id, "zelfredzaam", follow_up=False)
    with pytest.raises(RuleViolation):
        lifecycle.activate(store.ctx("tim"), hh.id)  # only reopening leaves afgesloten
    store.clock.advance(days=30)
    back = lifecycle.reopen(store.ctx("tim"), hh.id, "nieuwe vraag")
    assert back.status == "actief" and back.closed_at is None and back.close_reason is None
    assert back.regisseur_id == user_id(store, "rik")  # the teamleider returns it to rik
    assert household_row(store, hh.id).next_review_date == store.clock.today() + timedelta(days=91)
    with pytest.raises(RuleViolation):
        lifecycle.reopen(store.ctx("tim"), hh.id, "al open")


def test_a_regisseur_reopens_for_themselves_only(store, hh):
    lifecycle.close(store.ctx("rik"), hh.id, "zelfredzaam", follow_up=False)
    with pytest.raises(PermissionDenied):
        lifecycle.reopen(store.ctx("roos"), hh.id, "nieuwe vraag", regisseur="rik")
    with pytest.raises(PermissionDenied):
        lifecycle.reopen(store.ctx("rob"), hh.id, "ander team")
    back = lifecycle.reopen(store.ctx("roos"), hh.id, "nieuwe vraag")
    assert back.regisseur_id == user_id(store, "roos")
