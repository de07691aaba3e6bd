"""The one access policy: role × action × relation to the household.

Services call `require()` before they act; the GUI only hides what this would refuse.
Relations:
- assigned: the actor holds regie over the household (active assignment)
- team:     the household belongs to a team the role was granted for (or all teams)
- other:    any other household (another team)
- global:   actions not about one household (accounts, configuration, backups)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from h4casus.domain.enums import Role
from h4casus.domain.errors import PermissionDenied


class Rel(StrEnum):
    ASSIGNED = "assigned"
    TEAM = "team"
    OTHER = "other"
    GLOBAL = "global"


A, T, G = Rel.ASSIGNED, Rel.TEAM, Rel.GLOBAL
CASEWORK = {A, T}

# action -> role -> relations that allow it. Anything absent is refused.
POLICY: dict[str, dict[Role, set[Rel]]] = {
    # households and members
    "household.create": {Role.CONSULENT: {T}, Role.REGISSEUR: {T}, Role.TEAMLEIDER: {T}},
    # a plaatsvervanger reads the households of the team they approve for (the request's case)
    "household.read": {
        Role.CONSULENT: CASEWORK,
        Role.REGISSEUR: CASEWORK,
        Role.TEAMLEIDER: CASEWORK,
        Role.PLAATSVERVANGER: {T},
    },
    "household.search": {Role.CONSULENT: {G}, Role.REGISSEUR: {G}, Role.TEAMLEIDER: {G}},
    "household.update": {
        Role.CONSULENT: CASEWORK,
        Role.REGISSEUR: CASEWORK,
        Role.TEAMLEIDER: CASEWORK,
    },
    "household.close": {Role.REGISSEUR: {A}, Role.TEAMLEIDER: {T}},
    # the file kind decides the retention period: the regisseur or the teamleider, with a reason
    "household.file_kind": {Role.REGISSEUR: {A}, Role.CONSULENT: {A}, Role.TEAMLEIDER: {T}},
    "household.reopen": {Role.REGISSEUR: {A, T}, Role.TEAMLEIDER: {T}},
    "person.reveal_bsn": {
        Role.CONSULENT: CASEWORK,
        Role.REGISSEUR: CASEWORK,
        Role.TEAMLEIDER: CASEWORK,
    },
    "consent.record": {
        Role.CONSULENT: CASEWORK,
        Role.REGISSEUR: CASEWORK,
        Role.TEAMLEIDER: CASEWORK,
    },
    "intake.record": {
        Role.CONSULENT: CASEWORK,
        Role.REGISSEUR: CASEWORK,
        Role.TEAMLEIDER: CASEWORK,
    },
    "measurement.record": {
        Role.CONSULENT: CASEWORK,
        Role.REGISSEUR: CASEWORK,
        Role.TEAMLEIDER: CASEWORK,
    },
    "journal.write": {
        Role.CONSULENT: CASEWORK,
        Role.REGISSEUR: CASEWORK,
        Role.TEAMLEIDER: CASEWORK,
    },
    # need to know (services.access.need_to_know): the regisseur and the teamleider read every
    # confidential entry; the author reads their own; other team members see only that it exists
    "journal.read_confidential": {
        Role.CONSULENT: {A},
        Role.REGISSEUR: {A},
        Role.TEAMLEIDER: {T},
    },
    "network.edit": {Role.CONSULENT: CASEWORK, Role.REGISSEUR: CASEWORK, Role.TEAMLEIDER: CASEWORK},
    "meldcode.record": {
        Role.CONSULENT: CASEWORK,
        Role.REGISSEUR: CASEWORK,
        Role.TEAMLEIDER: CASEWORK,
    },
    # regie
    "regie.assign": {Role.TEAMLEIDER: {T}},
    "handover.propose": {Role.REGISSEUR: {A}, Role.CONSULENT: {A}, Role.TEAMLEIDER: {T}},
    "handover.accept": {
        Role.REGISSEUR: {T, Rel.OTHER},
        Role.CONSULENT: {T, Rel.OTHER},
        Role.TEAMLEIDER: {T, Rel.OTHER},
    },
    # four eyes (services.casework.approval): never one's own request, never the people involved
    "handover.approve": {Role.TEAMLEIDER: {T}, Role.PLAATSVERVANGER: {T}},
    "regie.external": {Role.REGISSEUR: {A}, Role.CONSULENT: {A}, Role.TEAMLEIDER: {T}},
    "regie.return": {Role.REGISSEUR: {T}, Role.CONSULENT: {T}, Role.TEAMLEIDER: {T}},
    # eigen regie (services.casework.eigen_regie): the regisseur who answers for it, or the
    # teamleider
    "regie.eigen": {Role.REGISSEUR: {A}, Role.CONSULENT: {A}, Role.TEAMLEIDER: {T}},
    # regie op regie (services.casework.stalled): the regisseur escalates stalled help; the
    # answer is recorded by the regisseur (a partner's answer) or the teamleider
    "regie.escalate": {Role.REGISSEUR: {A}, Role.CONSULENT: {A}, Role.TEAMLEIDER: {T}},
    "regie.escalation_answer": {Role.REGISSEUR: {A}, Role.CONSULENT: {A}, Role.TEAMLEIDER: {T}},
    "household.status": {Role.REGISSEUR: {A}, Role.CONSULENT: {A}, Role.TEAMLEIDER: {T}},
    # plan
    "plan.edit": {Role.REGISSEUR: {A}, Role.CONSULENT: {A}, Role.TEAMLEIDER: {T}},
    "plan.finalise": {Role.REGISSEUR: {A}, Role.CONSULENT: {A}, Role.TEAMLEIDER: {T}},
    "evaluation.record": {Role.REGISSEUR: {A}, Role.CONSULENT: {A}, Role.TEAMLEIDER: {T}},
    "decision.record": {Role.REGISSEUR: {A}, Role.CONSULENT: {A}, Role.TEAMLEIDER: {T}},
    # op- en afschalen
    "level.request": {Role.REGISSEUR: {A}, Role.CONSULENT: {A}, Role.TEAMLEIDER: {T}},
    "level.approve": {Role.TEAMLEIDER: {T}, Role.PLAATSVERVANGER: {T}},
    # reports and exports
    "report.case": {Role.CONSULENT: CASEWORK, Role.REGISSEUR: CASEWORK, Role.TEAMLEIDER: CASEWORK},
    "report.team": {Role.TEAMLEIDER: {T}},
    # Ons plan: the household's own one-page plan, printed by those who work on the case
    "report.plan": {Role.CONSULENT: CASEWORK, Role.REGISSEUR: CASEWORK, Role.TEAMLEIDER: CASEWORK},
    # 18-/18+ overview of a team's youths (names and plan state): the teamleider
    "report.transition": {Role.TEAMLEIDER: {T}},
    # On paper the data leave the access control, so a printed case with full BSNs or with
    # confidential journal entries is narrower than seeing them on screen: the regisseur who
    # holds regie and the teamleider only (on top of person.reveal_bsn /
    # journal.read_confidential, which the report also asks).
    "report.full_bsn": {Role.REGISSEUR: {A}, Role.CONSULENT: {A}, Role.TEAMLEIDER: {T}},
    "report.confidential": {Role.REGISSEUR: {A}, Role.CONSULENT: {A}, Role.TEAMLEIDER: {T}},
    "report.monitor": {Role.TEAMLEIDER: {G}, Role.BEHEERDER: {G}},
    # The partner version of the plan leaves the wijkteam: whoever holds regie, or the
    # teamleider; it also needs the consent of everyone the age rule names (services).
    "report.partner": {Role.REGISSEUR: {A}, Role.CONSULENT: {A}, Role.TEAMLEIDER: {T}},
    "export.person": {Role.TEAMLEIDER: {T}},
    "audit.read": {Role.TEAMLEIDER: {G}, Role.BEHEERDER: {G}},
    # the export of the log is itself logged; rows are limited to the teamleider's teams
    "audit.export": {Role.TEAMLEIDER: {G}, Role.BEHEERDER: {G}},
    # emergency access: only a teamleider, only outside their own team (inside it they
    # already have access); time-limited, with a typed reason
    "breakglass.request": {Role.TEAMLEIDER: {Rel.OTHER}},
    # keys and backups (no case content): re-key, restore
    "keys.rekey": {Role.BEHEERDER: {G}},
    "backup.restore": {Role.BEHEERDER: {G}},
    # every account may change its own password
    "account.password": {
        Role.CONSULENT: {G},
        Role.REGISSEUR: {G},
        Role.TEAMLEIDER: {G},
        Role.BEHEERDER: {G},
    },
    # administration (no case content)
    "user.manage": {Role.BEHEERDER: {G}},
    "config.manage": {Role.BEHEERDER: {G}},
    "backup.run": {Role.BEHEERDER: {G}},
    "import.households": {Role.BEHEERDER: {G}},
    "demo.generate": {Role.BEHEERDER: {G}},
    "retention.approve": {Role.BEHEERDER: {G}, Role.TEAMLEIDER: {G}},
    # retention worklist (case numbers and dates only) and proposals; approval is four-eyes
    "retention.list": {Role.BEHEERDER: {G}, Role.TEAMLEIDER: {G}},
    "retention.propose": {Role.BEHEERDER: {G}, Role.TEAMLEIDER: {G}},
    # rights of the person: rectification, restriction, and the privileged path that may
    # still process a restricted person's data
    "person.correct": {
        Role.CONSULENT: CASEWORK,
        Role.REGISSEUR: CASEWORK,
        Role.TEAMLEIDER: CASEWORK,
    },
    "person.restrict": {Role.REGISSEUR: {A}, Role.TEAMLEIDER: {T}},
    "person.process_restricted": {Role.TEAMLEIDER: {T}},
}


@dataclass(frozen=True)
class Grant:
    role: Role
    team_id: int | None  # None: all teams


@dataclass(frozen=True)
class Actor:
    """Who is acting: the account, its role grants, the workstation and, when someone acts
    for a colleague, on whose behalf."""

    user_id: int
    username: str
    grants: frozenset[Grant] = field(default_factory=frozenset)
    workstation: str = "onbekend"
    on_behalf_of: str | None = None

    def has_role(self, role: Role) -> bool:
        return any(g.role is role for g in self.grants)

    def team_ids(self, role: Role | None = None) -> set[int] | None:
        """Teams the actor works in (for `role`, or any casework role). None means all teams."""
        roles = {role} if role else {Role.CONSULENT, Role.REGISSEUR, Role.TEAMLEIDER}
        teams: set[int] = set()
        for g in self.grants:
            if g.role in roles:
                if g.team_id is None:
                    return None
                teams.add(g.team_id)
        return teams


@dataclass(frozen=True)
class Decision:
    allowed: bool
    ground: str  # e.g. "teamleider/team", used in the audit log


def relation_for(
    actor: Actor, grant: Grant, team_id: int | None, assigned_user_id: int | None
) -> Rel:
    if team_id is None:
        return Rel.GLOBAL
    if assigned_user_id is not None and assigned_user_id == actor.user_id:
        return Rel.ASSIGNED
    if grant.team_id is None or grant.team_id == team_id:
        return Rel.TEAM
    return Rel.OTHER


def decide(
    actor: Actor,
    action: str,
    *,
    team_id: int | None = None,
    assigned_user_id: int | None = None,
) -> Decision:
    rules = POLICY.get(action)
    if rules is None:
        raise KeyError(f"unknown action {action!r}")
    # Try the strongest relation first so the audit ground says why access was allowed.
    for grant in sorted(actor.grants, key=lambda g: (g.role.value, g.team_id or 0)):
        allowed = rules.get(grant.role, set())
        rel = relation_for(actor, grant, team_id, assigned_user_id)
        candidates = [rel]
        if rel is Rel.ASSIGNED:
            # The assigned regisseur also has whatever their team membership gives.
            if grant.team_id is None or grant.team_id == team_id:
                candidates.append(Rel.TEAM)
            else:
                candidates.append(Rel.OTHER)
        for r in candidates:
            if r in allowed:
                return Decision(True, f"{grant.role.value}/{r.value}")
    return Decision(False, "")


# What each action is, in words, for refusals ("... heeft geen recht om <label>").
# Every action of POLICY has one (tests/security/test_policy_labels.py).
ACTION_LABELS = {
    "household.create": "een huishouden aanmelden",
    "household.read": "dit huishouden inzien",
    "household.search": "huishoudens zoeken",
    "household.update": "dit huishouden wijzigen",
    "household.close": "dit huishouden afsluiten",
    "household.file_kind": "de dossiersoort van dit huishouden wijzigen",
    "household.reopen": "dit huishouden heropenen",
    "household.status": "de status van dit huishouden wijzigen",
    "person.reveal_bsn": "volledige BSN's inzien",
    "consent.record": "toestemming vastleggen",
    "intake.record": "de intake vastleggen",
    "measurement.record": "een ZRM-meting vastleggen",
    "journal.write": "in het journaal schrijven",
    "journal.read_confidential": "vertrouwelijke journaalregels inzien",
    "regie.eigen": "eigen regie van het huishouden vastleggen of beëindigen",
    "regie.escalate": "vastgelopen hulp opschalen (regie op regie)",
    "regie.escalation_answer": "het antwoord op een opschaling (regie op regie) vastleggen",
    "network.edit": "het netwerk van dit huishouden wijzigen",
    "meldcode.record": "een stap van de meldcode vastleggen",
    "regie.assign": "een regisseur toewijzen",
    "handover.propose": "een overdracht voorstellen",
    "handover.accept": "deze overdracht accepteren",
    "handover.approve": "een overdracht goedkeuren",
    "regie.external": "de regie aan een externe partner geven",
    "regie.return": "de regie terugnemen",
    "plan.edit": "het plan wijzigen",
    "plan.finalise": "het plan vaststellen",
    "evaluation.record": "een evaluatie vastleggen",
    "decision.record": "een besluit vastleggen",
    "level.request": "een op- of afschaling voorstellen",
    "level.approve": "een op- of afschaling goedkeuren",
    "report.case": "een casusoverzicht van dit huishouden afdrukken",
    "report.plan": "Ons plan van dit huishouden afdrukken",
    "report.team": "een teamoverzicht van dit team afdrukken",
    "report.transition": "het 18-/18+ overzicht van dit team afdrukken",
    "report.full_bsn": "volledige BSN's afdrukken",
    "report.confidential": "vertrouwelijke journaalregels afdrukken",
    "report.monitor": "de monitor afdrukken",
    "report.partner": "het plan met een partner delen",
    "export.person": "de gegevens van een betrokkene exporteren",
    "audit.read": "het logboek inzien",
    "audit.export": "het logboek exporteren",
    "breakglass.request": "noodtoegang vragen",
    "keys.rekey": "de database opnieuw versleutelen",
    "backup.run": "een back-up maken",
    "backup.restore": "een back-up terugzetten",
    "account.password": "een wachtwoord wijzigen",
    "user.manage": "accounts beheren",
    "config.manage": "de instellingen beheren",
    "import.households": "huishoudens importeren",
    "demo.generate": "demogegevens maken",
    "retention.list": "de bewaartermijnen inzien",
    "retention.propose": "vernietiging of anonimisering voorstellen",
    "retention.approve": "vernietiging of anonimisering goedkeuren",
    "person.correct": "gegevens van een betrokkene corrigeren",
    "person.restrict": "de verwerking van een betrokkene beperken",
    "person.process_restricted": "gegevens van een beperkte betrokkene verwerken",
}


def action_label(action: str) -> str:
    """The action in words; an action without a label is a defect the tests catch."""
    return ACTION_LABELS.get(action, "deze handeling uitvoeren")


def require(
    actor: Actor,
    action: str,
    *,
    team_id: int | None = None,
    assigned_user_id: int | None = None,
) -> str:
    """The audit ground when allowed; PermissionDenied otherwise."""
    decision = decide(actor, action, team_id=team_id, assigned_user_id=assigned_user_id)
    if not decision.allowed:
        exc = PermissionDenied(f"{actor.username} heeft geen recht om {action_label(action)}")
        exc.action = action
        raise exc
    return decision.ground
