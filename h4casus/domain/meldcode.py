"""The Meldcode huiselijk geweld en kindermishandeling as rules: the order of the five steps,
when the conversation (step 3) may be skipped, the questions of the afwegingskader (step 4)
and the meldnorm that binds the decision (step 5). No I/O.

Rules:
- step 3, the conversation with the people involved, may be skipped only when it would
  endanger the safety of the child, of the adult or of the professional; that ground and an
  explanation are recorded instead of the conversation;
- step 4 answers the afwegingskader's questions in order; a question is asked only while the
  earlier answers do not settle the matter (no suspicion: stop; unsafety, no sufficient help,
  help refused or not leading to lasting safety: melden);
- step 5 may not contradict step 4: when the answers mean a melding to Veilig Thuis (the
  meldnorm: acute or structural unsafety, or help that cannot bring lasting safety), the
  decision includes melden; when there is a suspicion that help can answer, the decision
  includes help. Melden is never refused: a professional may always consult or inform
  Veilig Thuis.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from h4casus.domain.enums import MeldcodeDecision
from h4casus.domain.errors import ValidationError

STEP_NAMES = {
    1: "Signalen in kaart brengen",
    2: "Collegiale consultatie en zo nodig Veilig Thuis raadplegen",
    3: "Gesprek met de betrokkene(n)",
    4: "Wegen met het afwegingskader",
    5: "Beslissen: melden en/of hulp organiseren",
}
CONVERSATION_STEP = 3
WEIGHING_STEP = 4
DECISION_STEP = 5


class SkipGround(StrEnum):
    """Why the conversation (step 3) was not held: it would endanger someone's safety."""

    KIND = "veiligheid kind"
    VOLWASSENE = "veiligheid volwassene"
    PROFESSIONAL = "veiligheid professional"


@dataclass(frozen=True)
class Question:
    code: str
    text: str
    # The answer that settles the weighing at this question; after the first question that
    # answer means a melding (the meldnorm), named by `melding_cause`.
    stops_at: bool
    melding_cause: str = ""


QUESTIONS: tuple[Question, ...] = (
    Question(
        "vermoeden",
        "Is er op grond van stap 1 tot en met 3 een vermoeden van huiselijk geweld of "
        "kindermishandeling?",
        stops_at=False,
    ),
    Question(
        "onveiligheid",
        "Is er sprake van acute of structurele onveiligheid?",
        stops_at=True,
        melding_cause="acute of structurele onveiligheid",
    ),
    Question(
        "hulp_mogelijk",
        "Kan ik (of mijn organisatie) voldoende hulp bieden of organiseren om de onveiligheid "
        "af te wenden?",
        stops_at=False,
        melding_cause="dat er geen voldoende hulp geboden of georganiseerd kan worden",
    ),
    Question(
        "hulp_aanvaard",
        "Aanvaarden de betrokkenen de hulp en zijn zij bereid zich in te zetten?",
        stops_at=False,
        melding_cause="dat de betrokkenen de hulp niet aanvaarden",
    ),
    Question(
        "duurzame_veiligheid",
        "Leidt de hulp binnen de gewenste termijn tot duurzame veiligheid en welzijn van alle "
        "betrokkenen?",
        stops_at=False,
        melding_cause="dat de hulp niet tot duurzame veiligheid leidt",
    ),
)
QUESTION_BY_CODE = {q.code: q for q in QUESTIONS}
_YES = {"ja", "j", "yes", "true", "1"}
_NO = {"nee", "n", "no", "false", "0"}
FIELD = "afweging"


def _answer(value: object, field: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _YES | _NO:
        return value.strip().lower() in _YES
    raise ValidationError("moet ja of nee zijn", field)


def asked(answers: dict[str, bool]) -> list[str]:
    """The codes of the questions that must be answered, given the answers so far."""
    out: list[str] = []
    for q in QUESTIONS:
        out.append(q.code)
        given = answers.get(q.code)
        if given is None or given == q.stops_at:
            break
    return out


def parse_answers(raw: object) -> dict[str, bool]:
    """The weighing of step 4 as {code: answer}, every asked question answered.
    Raises ValidationError naming each missing, unknown or unclear answer."""
    if not isinstance(raw, dict) or not raw:
        raise ValidationError(
            "stap 4 legt de vragen van het afwegingskader vast, te beginnen met: "
            + QUESTIONS[0].text,
            FIELD,
        )
    errors: dict[str, str] = {}
    answers: dict[str, bool] = {}
    for code, value in raw.items():
        field = f"{FIELD} {code}"
        if code not in QUESTION_BY_CODE:
            errors[field] = (
                "is geen vraag van het afwegingskader (" + ", ".join(QUESTION_BY_CODE) + ")"
            )
            continue
        try:
            answers[code] = _answer(value, field)
        except ValidationError as exc:
            errors.update(exc.errors)
    if not errors:
        for code in asked(answers):
            if code not in answers:
                errors[f"{FIELD} {code}"] = (
                    f"moet worden beantwoord (ja of nee): {QUESTION_BY_CODE[code].text}"
                )
    if errors:
        raise ValidationError(errors)
    return answers


@dataclass(frozen=True)
class Weighing:
    """The answers of one step 4 and what they mean for step 5."""

    answers: dict[str, bool]

    @property
    def suspicion(self) -> bool:
        return self.answers.get("vermoeden") is True

    @property
    def melding_cause(self) -> str | None:
        """Why the meldnorm requires a melding, or None when it does not."""
        if not self.suspicion:
            return None
        for q in QUESTIONS[1:]:
            given = self.answers.get(q.code)
            if given is None:
                return None
            if given == q.stops_at:
                return q.melding_cause
        return None

    @property
    def conclusion(self) -> str:
        if not self.suspicion:
            return "geen vermoeden: geen melding nodig"
        if self.melding_cause:
            return f"melden bij Veilig Thuis ({self.melding_cause})"
        return "hulp bieden of organiseren"


def decision_conflict(weighing: Weighing, decision: MeldcodeDecision) -> str | None:
    """Why `decision` contradicts the weighing of step 4, or None when it follows from it."""
    melds = decision in (MeldcodeDecision.MELDEN, MeldcodeDecision.MELDEN_EN_HULP)
    helps = decision in (MeldcodeDecision.HULP, MeldcodeDecision.MELDEN_EN_HULP)
    cause = weighing.melding_cause
    if cause and not melds:
        return (
            f"bij stap 4 is {cause} vastgelegd; volgens de meldnorm volgt dan een melding bij "
            f"Veilig Thuis. Kies '{MeldcodeDecision.MELDEN.value}' of "
            f"'{MeldcodeDecision.MELDEN_EN_HULP.value}', of leg eerst een nieuwe weging "
            "(stap 4) vast"
        )
    if weighing.suspicion and not cause and not (helps or melds):
        return (
            "bij stap 4 is een vermoeden vastgelegd waarop hulp het antwoord is; kies "
            f"'{MeldcodeDecision.HULP.value}' of '{MeldcodeDecision.MELDEN_EN_HULP.value}', "
            "of leg eerst een nieuwe weging (stap 4) vast"
        )
    return None
