"""What every section of the case file shares.

Rules:
- A section shows one part of the `CaseFile` read model (`show_casefile`) and changes the
  household only through `write` (the database lane; the write announces its change, the
  case file reloads, and every section shows the new state — a section never patches its own
  rows by hand).
- A section reads the acting user's rights from the read model and the policy
  (`may(action)`) only to hide what the services would refuse anyway.
- Errors go to the case file's message bar in words; validation errors of a dialog stay in
  that dialog, at the field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtWidgets import QWidget

from h4casus.security.policy import decide
from h4casus.services.core.context import ServiceContext
from h4casus.services.queries.casefile import CaseFile

if TYPE_CHECKING:
    from h4casus.gui.screens.casefile.screen import CaseFileScreen


class Section(QWidget):
    key: ClassVar[str]
    # Dutch, shown in the section list through words.word() (context "labels"); the
    # update script lists every SECTIONS title for lupdate (docs/translation.md)
    title: ClassVar[str]
    # Shortcuts that work anywhere in the case file: key sequence -> method of the section
    # (the file shows the section first).
    shortcuts: ClassVar[dict[str, str]] = {}

    def __init__(self, screen: CaseFileScreen) -> None:
        super().__init__()
        self.screen = screen
        self.ops = screen.ops
        self.household_id = screen.household_id
        self.casefile: CaseFile | None = None

    @property
    def ctx(self) -> ServiceContext:
        return self.screen.ctx

    def show_casefile(self, casefile: CaseFile) -> None:
        """Show the freshly read case file (called after every load)."""
        self.casefile = casefile
        self.render(casefile)

    def render(self, casefile: CaseFile) -> None:
        raise NotImplementedError

    def may(self, action: str) -> bool:
        """Would the policy allow the acting user `action` on this household?"""
        cf = self.casefile
        if cf is None:
            return False
        hh = cf.household
        return decide(
            self.ctx.actor, action, team_id=hh.team_id, assigned_user_id=hh.regisseur_id
        ).allowed

    def write(
        self,
        fn: Callable[[], Any],
        *,
        kind: str,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        done_message: str | None = None,
    ) -> None:
        """Run a change on the database lane; the case file reloads when it succeeds."""

        def done(result: Any) -> None:
            if done_message:
                self.screen.message.show_message(done_message, "ok")
            if on_done is not None:
                on_done(result)

        self.ops.write(
            self,
            fn,
            done,
            on_error or self.screen.show_error,
            kind=kind,
            household_id=self.household_id,
        )

    def query(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self.ops.query(self, fn, on_done, self.screen.show_error)
