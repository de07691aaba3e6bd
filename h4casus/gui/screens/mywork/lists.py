"""How each worklist of Mijn werk reads on screen: its title, its columns, the cells of a row,
the line it gets in the list of worklists, and what Enter on a row opens.

Rules:
- The rows come from the read model (`services.queries.my_work`); this module only gives
  them words (stored values through `gui.widgets.words` and `domain.labels`), and keeps no
  list or rule of its own.
- A row opens a household (`household_id`), an approval (`approval`), or nothing (the
  caseload, the beheerder's lists: no case content there).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from h4casus.domain.labels import status_label
from h4casus.gui.widgets.words import choice_label, date_text, word
from h4casus.services.queries import stalled_help
from h4casus.services.queries.my_work import WorkList
from h4casus.services.queries.worklists import ApprovalItem

# stored words of the read model these lists show through `choice_label` (not enums of the
# domain, so not in label_words.py): marked here so that lupdate finds them
SHOWN_WORDS = (
    QT_TRANSLATE_NOOP("labels", "Op- of afschaling"),  # ApprovalItem.kind
    QT_TRANSLATE_NOOP("labels", "Overdracht"),
    QT_TRANSLATE_NOOP("labels", "Geen perspectiefplan"),  # youths: a signal's kind
    QT_TRANSLATE_NOOP("labels", "Perspectiefplan nog niet vastgesteld"),
    QT_TRANSLATE_NOOP("labels", "Verlengde jeugdhulp niet besloten"),
    QT_TRANSLATE_NOOP("labels", "Geen"),  # youths: the state of the perspectiefplan
)


@dataclass(frozen=True)
class ListView:
    title: str
    role: str  # the heading the list stands under (regisseur, teamleider, beheerder)
    columns: tuple[str, ...]
    cells: Callable[[Any], list[str]]
    empty: str
    note: str = ""
    opens: str = "household"  # "household" | "approval" | "nothing"


def _time(value: str | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    return value.strftime("%d-%m-%Y %H:%M")


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{max(1, n // 1024)} kB"


class WorkListViews(QObject):
    """The words of every worklist (a QObject, so every text goes through `tr`)."""

    def __init__(self, today, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = today
        reg, tl, bh = self.tr("Als regisseur"), self.tr("Als teamleider"), self.tr("Als beheerder")
        household = [self.tr("Dossier"), self.tr("Huishouden")]
        self.views: dict[str, ListView] = {
            "my_households": ListView(
                self.tr("Mijn huishoudens"),
                reg,
                (*household, self.tr("Niveau"), self.tr("Status"), self.tr("Volgende evaluatie")),
                lambda r: [
                    r.case_number,
                    r.display_name,
                    r.level,
                    word(status_label(r.status)),
                    date_text(r.due),
                ],
                self.tr("U voert nog over geen enkel open huishouden de regie."),
            ),
            "my_overdue": ListView(
                self.tr("Mijn verlopen evaluaties"),
                reg,
                (
                    *household,
                    self.tr("Niveau"),
                    self.tr("Evaluatie was"),
                    self.tr("Dagen verlopen"),
                ),
                lambda r: [
                    r.case_number,
                    r.display_name,
                    r.level,
                    date_text(r.next_review_date),
                    str(r.days_overdue),
                ],
                self.tr("Geen verlopen evaluaties."),
                self.tr("Meest verlopen eerst."),
            ),
            "handovers_for_me": ListView(
                self.tr("Overdrachten aan mij"),
                reg,
                (*household, self.tr("Van"), self.tr("Voorgesteld door"), self.tr("Sinds")),
                lambda r: [
                    r.case_number,
                    r.display_name,
                    r.detail.removeprefix("van "),
                    r.requested_by,
                    _time(r.requested_at),
                ],
                self.tr("Niemand heeft u een huishouden voorgesteld."),
                self.tr("Accepteren of weigeren doet u in het dossier, onderdeel Regie."),
            ),
            "my_transition": ListView(
                self.tr("Bijna 18, zonder vastgesteld perspectiefplan"),
                reg,
                (
                    self.tr("Dossier"),
                    self.tr("Jongere"),
                    self.tr("Wordt 18 op"),
                    self.tr("Dagen"),
                    self.tr("Signaal"),
                ),
                lambda r: [
                    r.case_number,
                    r.name,
                    date_text(r.turns_18_on),
                    str(r.days_left),
                    choice_label(r.kind),
                ],
                self.tr("Geen jongeren die binnenkort 18 worden zonder vastgesteld plan."),
            ),
            "nazorg": ListView(
                self.tr("Nazorg: contactmoment"),
                reg,
                (*household, self.tr("Contactmoment")),
                lambda r: [r.case_number, r.display_name, date_text(r.due)],
                self.tr("Geen contactmomenten in de komende week."),
                self.tr("Verlopen en binnen 7 dagen."),
            ),
            "late_actions": ListView(
                self.tr("Acties over de deadline"),
                reg,
                (*household, self.tr("Deadline"), self.tr("Actie")),
                lambda r: [r.case_number, r.display_name, date_text(r.due), r.detail],
                self.tr("Geen acties over hun deadline."),
                self.tr("Oudste deadline eerst."),
            ),
            "approvals": ListView(
                self.tr("Goed te keuren"),
                tl,
                (
                    self.tr("Soort"),
                    *household,
                    self.tr("Aanvraag"),
                    self.tr("Gevraagd door"),
                    self.tr("Sinds"),
                ),
                lambda r: [
                    choice_label(r.kind),
                    r.case_number,
                    r.display_name,
                    r.detail.replace(" -> ", " → "),
                    r.requested_by,
                    _time(r.requested_at),
                ],
                self.tr("Er wacht niets op uw goedkeuring."),
                self.tr(
                    "Uw eigen aanvragen, en aanvragen over uzelf, staan hier niet: die keurt "
                    "iemand anders goed (vier ogen)."
                ),
                "approval",
            ),
            "regie_escalations": ListView(
                self.tr("Regie op regie: open escalaties"),
                tl,
                (*household, self.tr("Aan"), self.tr("Over"), self.tr("Door"), self.tr("Sinds")),
                lambda r: [
                    r.case_number,
                    r.display_name,
                    r.addressee,
                    r.subject,
                    r.raised_by,
                    _time(r.raised_at),
                ],
                self.tr("Geen escalaties die op een antwoord wachten."),
                self.tr(
                    "Vastgelopen hulp die bij u of een partner is neergelegd; antwoorden doet u "
                    "in het dossier."
                ),
            ),
            "stalled": ListView(
                self.tr("Vastgelopen hulp in het team"),
                tl,
                (*household, self.tr("Regisseur"), self.tr("Wat"), self.tr("Sinds")),
                lambda r: [
                    r.case_number,
                    r.display_name,
                    r.regisseur or self.tr("— geen —"),
                    self._stalled(r.detail),
                    date_text(r.due),
                ],
                self.tr("Geen acties over hun deadline en geen plannen zonder voortgang."),
                self.tr(
                    "Acties over de deadline (sinds de oudste deadline) en plannen zonder "
                    "voortgang sinds de laatste evaluatie; langst vastgelopen eerst."
                ),
            ),
            "team_overdue": ListView(
                self.tr("Verlopen evaluaties van het team"),
                tl,
                (*household, self.tr("Regisseur"), self.tr("Niveau"), self.tr("Dagen verlopen")),
                lambda r: [
                    r.case_number,
                    r.display_name,
                    r.regisseur or self.tr("— geen —"),
                    r.level,
                    str(r.days_overdue),
                ],
                self.tr("Geen verlopen evaluaties in uw team."),
                self.tr("Meest verlopen eerst."),
            ),
            "team_youths": ListView(
                self.tr("Jongeren bijna 18"),
                tl,
                (
                    self.tr("Dossier"),
                    self.tr("Jongere"),
                    self.tr("Leeftijd"),
                    self.tr("Wordt 18 op"),
                    self.tr("Plan"),
                ),
                lambda r: [
                    r.case_number,
                    r.name,
                    str(r.age),
                    date_text(r.turns_18_on),
                    choice_label(r.plan_state),
                ],
                self.tr("Geen jongeren die 18 naderen."),
                self.tr("Dichtst bij 18 eerst; Plan is de staat van hun perspectiefplan."),
            ),
            "caseload": ListView(
                self.tr("Caseload per regisseur"),
                tl,
                (
                    self.tr("Team"),
                    self.tr("Regisseur"),
                    self.tr("Huishoudens"),
                    self.tr("Per niveau"),
                    self.tr("Last"),
                    self.tr("Norm"),
                    self.tr("Van de norm"),
                ),
                self._caseload_cells,
                self.tr("Er zijn geen regisseurs in uw team."),
                "",
                "nothing",
            ),
            "breakglass": ListView(
                self.tr("Noodtoegang die loopt"),
                tl,
                (self.tr("Dossier"), self.tr("Door"), self.tr("Tot"), self.tr("Reden")),
                lambda r: [
                    r.case_number,
                    r.username if not r.own else self.tr("{name} (u)").format(name=r.username),
                    _time(r.expires_at),
                    r.reason,
                ],
                self.tr("Er loopt geen noodtoegang."),
                self.tr("Uw eigen noodtoegang beëindigt u in de balk bovenin het venster."),
            ),
            "retention": ListView(
                self.tr("Bewaartermijn verstreken"),
                bh,
                (
                    self.tr("Dossier"),
                    self.tr("Team"),
                    self.tr("Regel"),
                    self.tr("Afgesloten"),
                    self.tr("Verstreken op"),
                ),
                lambda r: [
                    r.case_number,
                    r.team,
                    r.rule,
                    date_text(r.closed_on),
                    date_text(r.due_on),
                ],
                self.tr("Geen dossiers waarvan de bewaartermijn is verstreken."),
                self.tr("Alleen dossiernummers en data; vernietigen gaat met vier ogen."),
                "nothing",
            ),
            "locked_accounts": ListView(
                self.tr("Geblokkeerde accounts"),
                bh,
                (
                    self.tr("Account"),
                    self.tr("Naam"),
                    self.tr("Mislukte pogingen"),
                    self.tr("Wacht nog"),
                ),
                lambda r: [
                    r.username,
                    r.display_name,
                    str(r.failures),
                    self.tr("{n} s").format(n=r.wait_seconds) if r.wait_seconds else self.tr("—"),
                ],
                self.tr("Geen accounts met herhaald mislukte aanmeldingen."),
                self.tr("Na drie mislukte pogingen wacht elke volgende poging langer."),
                "nothing",
            ),
            "backup": ListView(
                self.tr("Laatste back-up"),
                bh,
                (
                    self.tr("Gemaakt"),
                    self.tr("Bestand"),
                    self.tr("Grootte"),
                    self.tr("Door"),
                    self.tr("Controle"),
                ),
                lambda r: [
                    _time(r.at),
                    r.file,
                    _size(r.size),
                    self.tr("automatisch ({name})").format(name=r.username)
                    if r.scheduled
                    else r.username,
                    r.check,
                ],
                self.tr("Er is nog geen back-up gemaakt van deze database."),
                "",
                "nothing",
            ),
            "verify": ListView(
                self.tr("Laatste controle (verify)"),
                bh,
                (self.tr("Uitkomst"),),
                lambda r: [r],
                self.tr("De database is nog niet gecontroleerd (h4casus verify)."),
                "",
                "nothing",
            ),
        }

    def _stalled(self, detail: str) -> str:
        """The read model's two kinds of stalled help (`stalled_help.LATE`, `stalled_help.QUIET`)
        in the desktop's language; anything else as it came."""
        if detail == stalled_help.LATE:
            return self.tr("acties over de deadline")
        if detail == stalled_help.QUIET:
            return self.tr("geen voortgang sinds laatste evaluatie")
        return detail

    def _caseload_cells(self, r) -> list[str]:
        per_level = ", ".join(f"{code}: {n}" for code, n in sorted(r.per_level.items()))
        name = self.tr("Zonder regisseur") if r.user_id is None else r.name
        return [
            r.team,
            name,
            str(r.households),
            per_level,
            str(r.load),
            "" if r.norm is None else str(r.norm),
            "" if r.percent is None else f"{r.percent}%",
        ]

    # ------------------------------------------------------------------ lines

    def line(self, work: WorkList) -> str:
        """The entry in the list of worklists: the title with the count or the state."""
        title = self.views[work.key].title
        if work.key == "caseload":
            over = work.total
            state = (
                self.tr("{n} boven de norm").format(n=over) if over else self.tr("binnen de norm")
            )
            return f"{title} — {state}"
        if work.key == "backup":
            if not work.rows:
                none_yet = self.tr("nog geen")
                return f"{title} — {none_yet}"
            r = work.rows[0]
            return f"{title} — {_time(r.at)}" + ("" if r.check_ok else self.tr(" — NIET IN ORDE"))
        if work.key == "verify":
            if not work.rows:
                not_yet = self.tr("nog niet gedaan")
                return f"{title} — {not_yet}"
            r = work.rows[0]
            return f"{title} — " + (
                self.tr("in orde") if r.ok else self.tr("{n} problemen").format(n=len(r.problems))
            )
        return f"{title} ({work.total})"

    def rows(self, work: WorkList) -> list[tuple[list[str], Any]]:
        """(cells, the row) for the table; the verify result as its lines."""
        view = self.views[work.key]
        if work.key == "verify" and work.rows:
            r = work.rows[0]
            head = self.tr("{when}, door {name}: {result}").format(
                when=_time(r.at),
                name=r.username,
                result=self.tr("in orde") if r.ok else self.tr("NIET IN ORDE"),
            )
            return (
                [([head], None)]
                + [([p], None) for p in r.problems]
                + [([line], None) for line in r.lines]
            )
        return [(view.cells(r), r) for r in work.rows]

    @staticmethod
    def household_of(row: Any) -> int | None:
        return getattr(row, "household_id", None)

    @staticmethod
    def approval_of(row: Any) -> ApprovalItem | None:
        return row if isinstance(row, ApprovalItem) else None
