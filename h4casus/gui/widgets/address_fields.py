"""The address fields of a form: the postcode tidied and checked as typed, and the street,
place and gemeente filled in from what the database knows of that postcode.

Rules:
- "2611cd" becomes "2611 CD" as soon as it is complete; a wrong postcode is marked at once.
- A complete postcode is looked up on the database lane (`queries.registration`); the answer
  fills the street, place, gemeente and wijk only where the user has not typed something
  of their own (a field filled by an earlier look-up may be filled again).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit

from h4casus.gui.ops import Ops
from h4casus.gui.widgets.field_checks import LiveCheck, postcode_problem, tidy_postcode
from h4casus.services.core.context import ServiceContext
from h4casus.services.queries.registration import AddressHint, address_for_postcode

AUTO = "autoFilled"  # dynamic property: the text came from a look-up, not from the user


class AddressAssist(QObject):
    def __init__(
        self,
        ctx: ServiceContext,
        ops: Ops,
        *,
        postcode: QLineEdit,
        street: QLineEdit,
        city: QLineEdit,
        gemeente: QLineEdit,
        wijk: QLineEdit | None = None,
        found: Callable[[AddressHint | None], None] | None = None,
    ) -> None:
        super().__init__(postcode)
        self.ctx, self.ops = ctx, ops
        self.postcode = postcode
        self.targets = {"street": street, "city": city, "gemeente": gemeente, "wijk": wijk}
        self.found = found
        self._asked = ""
        self.check = LiveCheck(postcode, postcode_problem, tidy=tidy_postcode)
        postcode.textEdited.connect(self._typed)
        for edit in self.targets.values():
            if edit is not None:
                edit.textEdited.connect(lambda _t, e=edit: e.setProperty(AUTO, False))

    def _typed(self, text: str) -> None:
        tidied = tidy_postcode(text)
        if tidied != text:
            self.postcode.setText(tidied)
        if postcode_problem(tidied, final=True) is None:
            self.look_up(tidied)

    def look_up(self, postcode: str) -> None:
        if postcode == self._asked:
            return
        self._asked = postcode
        ctx = self.ctx
        self.ops.query(self, lambda: address_for_postcode(ctx, postcode), self._fill, self._none)

    def _none(self, _exc: BaseException) -> None:
        if self.found is not None:
            self.found(None)

    def _fill(self, hint: AddressHint | None) -> None:
        if hint is not None and hint.postcode == self.postcode.text():
            values = {
                "street": hint.street,
                "city": hint.city,
                "gemeente": hint.gemeente,
                "wijk": hint.wijk,
            }
            for key, value in values.items():
                edit = self.targets[key]
                if edit is None or not value:
                    continue
                if not edit.text().strip() or edit.property(AUTO):
                    edit.setText(value)
                    edit.setProperty(AUTO, True)
        if self.found is not None:
            self.found(hint)
