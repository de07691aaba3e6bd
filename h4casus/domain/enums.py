"""Closed vocabularies of the domain. Open lists (leefgebieden, instruments, the escalation
ladder) are configuration data in resources/config, not enums."""

from __future__ import annotations

from enum import StrEnum


class HouseholdStatus(StrEnum):
    AANGEMELD = "aangemeld"
    INTAKE = "intake"
    ACTIEF = "actief"
    NAZORG = "nazorg"
    AFGESLOTEN = "afgesloten"

    @property
    def is_open(self) -> bool:
        return self is not HouseholdStatus.AFGESLOTEN


class Relation(StrEnum):
    OUDER = "ouder"  # ouder/verzorger
    PARTNER = "partner"
    KIND = "kind"
    OVERIG = "overig"


class SignalSource(StrEnum):
    ZELFMELDER = "zelfmelder"
    HUISARTS = "huisarts"
    SCHOOL = "school"
    POLITIE = "politie"
    VEILIG_THUIS = "veilig thuis"
    WONINGCORPORATIE = "woningcorporatie"
    JGZ = "jeugdgezondheidszorg"
    NETWERK = "netwerk"
    ANDERS = "anders"


class Role(StrEnum):
    CONSULENT = "consulent"
    REGISSEUR = "regisseur"
    TEAMLEIDER = "teamleider"
    BEHEERDER = "beheerder"
    # Designated by the beheerder for one team (or all): approves requests that need a second
    # pair of eyes (op-/afschalen to AVE 3/4, handovers) when the teamleider cannot.
    PLAATSVERVANGER = "plaatsvervanger"


class FileKind(StrEnum):
    """Which law a file falls under; it decides the retention period."""

    JEUGDWET = "jeugdwet"
    WMO = "wmo"
    PARTICIPATIEWET = "participatiewet"


class PlanStatus(StrEnum):
    CONCEPT = "concept"
    VASTGESTELD = "vastgesteld"


class GoalStatus(StrEnum):
    OPEN = "open"
    LOPEND = "lopend"
    BEHAALD = "behaald"
    NIET_BEHAALD = "niet behaald"
    VERVALLEN = "vervallen"


class EvaluationOutcome(StrEnum):
    """How a goal stands at an evaluation. "lopend" is the same word as the goal status."""

    BEHAALD = "behaald"
    DEELS_BEHAALD = "deels behaald"
    NIET_BEHAALD = "niet behaald"
    LOPEND = "lopend"
    VERVALLEN = "vervallen"


class ActionStatus(StrEnum):
    OPEN = "open"
    LOPEND = "lopend"
    AFGEROND = "afgerond"
    GESTOPT = "gestopt"

    @property
    def is_open(self) -> bool:
        return self.value in OPEN_ACTION_STATUSES


# The stored words of an action still to be done (open or running): late when past deadline.
OPEN_ACTION_STATUSES = (ActionStatus.OPEN.value, ActionStatus.LOPEND.value)


class ResponsibleType(StrEnum):
    INWONER = "inwoner"
    NETWERK = "netwerk"
    WIJKTEAM = "wijkteam"
    AANBIEDER = "aanbieder"
    PROFESSIONAL = "professional"

    @property
    def is_own_circle(self) -> bool:
        """The household itself or its own (informal) network, as against professionals:
        the plan shows what each side does."""
        return self in (ResponsibleType.INWONER, ResponsibleType.NETWERK)


class JournalType(StrEnum):
    HUISBEZOEK = "huisbezoek"
    TELEFONISCH = "telefonisch"
    OVERLEG = "overleg"
    CASUSOVERLEG = "casusoverleg"
    NOTITIE = "notitie"


class HandoverStatus(StrEnum):
    VOORGESTELD = "voorgesteld"  # waiting for the receiving regisseur
    GEACCEPTEERD = "geaccepteerd"  # accepted, waiting for teamleider approval
    VOLTOOID = "voltooid"
    AFGEWEZEN = "afgewezen"
    INGETROKKEN = "ingetrokken"

    @property
    def is_pending(self) -> bool:
        return self in (HandoverStatus.VOORGESTELD, HandoverStatus.GEACCEPTEERD)


class LevelChangeStatus(StrEnum):
    AANGEVRAAGD = "aangevraagd"  # waiting for teamleider approval (four eyes)
    DOORGEVOERD = "doorgevoerd"
    AFGEWEZEN = "afgewezen"
    INGETROKKEN = "ingetrokken"  # withdrawn by the one who asked, before a decision


class MeasurementKind(StrEnum):
    INTAKE = "intake"
    EVALUATIE = "evaluatie"
    AFSLUITING = "afsluiting"


class ChecklistStatus(StrEnum):
    OPEN = "open"
    LOPEND = "lopend"
    GEREGELD = "geregeld"
    NVT = "n.v.t."


class MeldcodeDecision(StrEnum):
    MELDEN = "melden"
    HULP = "hulp organiseren"
    MELDEN_EN_HULP = "melden en hulp organiseren"
    GEEN = "geen melding, geen hulp nodig"


class NetworkKind(StrEnum):
    FORMEEL = "formeel"  # professionals, ketenpartners
    INFORMEEL = "informeel"  # family, friends, neighbours, church, sports club


class InformalCircle(StrEnum):
    """Where an informal network member comes from (the ecogram groups them so)."""

    FAMILIE = "familie"
    VRIENDEN = "vrienden"
    BUREN = "buren"
    GELOOFSGEMEENSCHAP = "geloofsgemeenschap"  # kerk, moskee
    VERENIGING = "vereniging"  # sport, club
    ANDERS = "anders"


class PartnerType(StrEnum):
    """The kind of a formal partner; consent can name a type instead of one partner."""

    JGZ = "jeugdgezondheidszorg"
    SCHOOL = "school"
    HUISARTS = "huisarts"
    JEUGDHULP = "jeugdhulp"
    GGZ = "ggz"
    CLIENTONDERSTEUNING = "clientondersteuning"
    MAATSCHAPPELIJK_WERK = "maatschappelijk_werk"
    SCHULDHULP = "schuldhulp"
    WONINGCORPORATIE = "woningcorporatie"
    VERSLAVINGSZORG = "verslavingszorg"
    VEILIGHEID = "veiligheid"  # Veilig Thuis, jeugdbescherming, reclassering
    WERK_INKOMEN = "werk_inkomen"
    WIJKVERPLEGING = "wijkverpleging"
    ANDERS = "anders"


# The usual fixed partners of a household with children, offered when adding a partner.
FIXED_PARTNERS = (PartnerType.JGZ, PartnerType.SCHOOL, PartnerType.HUISARTS)


class ClosureReason(StrEnum):
    """Why support ended (recorded when a household is closed; the monitor counts them)."""

    ZELFREDZAAM = "zelfredzaam"  # the household copes on its own
    OVERGEDRAGEN = "overgedragen"  # another organisation took over
    VERHUISD = "verhuisd"
    WEIGERT_HULP = "weigert hulp"
    OVERLEDEN = "overleden"
    ANDERS = "anders"  # with a text saying what


class EscalationTarget(StrEnum):
    """Regie op regie: to whom a stalled case is escalated."""

    TEAMLEIDER = "teamleider"
    PARTNER = "partner"  # the partner organisation whose action stalls
