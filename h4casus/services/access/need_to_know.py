"""Need to know: who reads a confidential journal entry. The one rule, asked by every path
that shows journal text (the case file and its Journaal section, the journal pages, the
Casusoverzicht, the inzage export).

Rules:
- A confidential entry is read by the household's active regisseur, the teamleider of the
  household's team (policy action `journal.read_confidential`), and its author. Anyone else
  who may open the household sees *that* there is an entry (date, kind, author), not its text
  (`MASK`).
- The rule is the policy table plus the author; a break-glass grant does not widen it (an
  emergency opens the file, not the confidential notes).
- Paper is narrower still: printing confidential entries also needs `report.confidential`
  (services.queries.case_report) — the author alone may not print them.
"""

from __future__ import annotations

from h4casus.security.policy import Actor, decide, require

MASK = "(vertrouwelijk)"


def may_read_confidential(actor: Actor, *, team_id: int, regisseur_id: int | None) -> bool:
    """Every confidential entry of this household: the regisseur and the teamleider."""
    return decide(
        actor, "journal.read_confidential", team_id=team_id, assigned_user_id=regisseur_id
    ).allowed


def require_confidential(actor: Actor, *, team_id: int, regisseur_id: int | None) -> str:
    """The audit ground, or PermissionDenied naming the action (e.g. a print that asks for
    every confidential entry)."""
    return require(
        actor, "journal.read_confidential", team_id=team_id, assigned_user_id=regisseur_id
    )


def may_read_entry(
    actor: Actor,
    *,
    confidential: bool,
    author_id: int,
    team_id: int,
    regisseur_id: int | None,
) -> bool:
    """May `actor` read the text of this one entry?"""
    if not confidential or author_id == actor.user_id:
        return True
    return may_read_confidential(actor, team_id=team_id, regisseur_id=regisseur_id)


class EntryFilter:
    """The rule for one household, asked once per entry (the policy is asked once)."""

    def __init__(self, actor: Actor, *, team_id: int, regisseur_id: int | None) -> None:
        self.actor_id = actor.user_id
        self.all_confidential = may_read_confidential(
            actor, team_id=team_id, regisseur_id=regisseur_id
        )

    def readable(self, *, confidential: bool, author_id: int) -> bool:
        return not confidential or self.all_confidential or author_id == self.actor_id

    def text(self, text: str, *, confidential: bool, author_id: int) -> str:
        """The entry's text, or `MASK` for whoever may not read it."""
        return text if self.readable(confidential=confidential, author_id=author_id) else MASK
