"""The household list as a lazy table model: pages are fetched from the services layer as the
view scrolls (keyset paging, so page 400 costs what page 1 costs), or one batch of search
hits. Rows are plain service dataclasses; the BSN is never part of them."""

from __future__ import annotations

import functools
import sys
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor

from h4casus.domain.labels import STATUS_LABELS
from h4casus.gui.ops import Ops
from h4casus.gui.style import COLOURS
from h4casus.gui.widgets.level_badge import LEVEL_ROLE
from h4casus.gui.widgets.words import word
from h4casus.services.queries import search
from h4casus.services.queries.filters import ListFilter
from h4casus.services.queries.listing import HouseholdRow
from h4casus.services.queries.search import Cursor, SearchHit

PAGE_SIZE = 100
SEARCH_LIMIT = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    sort: str | None = None  # services.search sort key, when the column can be sorted


COLUMNS = (
    Column("case", QT_TRANSLATE_NOOP("HouseholdTableModel", "Dossier")),
    Column("name", QT_TRANSLATE_NOOP("HouseholdTableModel", "Naam"), "name"),
    Column("address", QT_TRANSLATE_NOOP("HouseholdTableModel", "Adres")),
    Column("postcode", QT_TRANSLATE_NOOP("HouseholdTableModel", "Postcode")),
    Column("city", QT_TRANSLATE_NOOP("HouseholdTableModel", "Plaats")),
    Column("team", QT_TRANSLATE_NOOP("HouseholdTableModel", "Team")),
    Column("regisseur", QT_TRANSLATE_NOOP("HouseholdTableModel", "Regisseur")),
    Column("level", QT_TRANSLATE_NOOP("HouseholdTableModel", "AVE"), "level"),
    Column("status", QT_TRANSLATE_NOOP("HouseholdTableModel", "Status")),
    Column("review", QT_TRANSLATE_NOOP("HouseholdTableModel", "Volgende evaluatie"), "review"),
)
COL = {c.key: i for i, c in enumerate(COLUMNS)}
_KEYS = tuple(c.key for c in COLUMNS)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_CENTERED = frozenset({"level", "review", "postcode", "case"})
_CENTER = int(Qt.AlignmentFlag.AlignCenter.value)
_LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)


class ListRow(NamedTuple):
    """One line of the list, from a page row or a search hit (the same facts).

    The model keeps each row as a plain tuple of these fields (`ListRow._make` gives the
    names back), with what many rows share (postcode, place, team, regisseur, level,
    status, review date) kept once: 80,000 rows scrolled through stay small, and the
    garbage collector stops looking at them after their first pass (an exact tuple of
    plain values is untracked; a subclass is not), so a long list never makes the desktop
    pause for a collection."""

    id: int
    case_number: str
    name: str
    address: str
    postcode: str
    city: str
    team: str | None
    regisseur: str | None
    level: str
    status: str
    next_review: date | None
    eigen_regie: bool = False

    @classmethod
    def from_page(cls, r: HouseholdRow) -> ListRow:
        return cls(
            r.id,
            r.case_number,
            r.display_name,
            _address(r.street, r.house_number, r.house_number_suffix),
            _shared(r.postcode),
            _shared(r.city),
            _shared(r.team),
            _shared(r.regisseur_name or r.regisseur),
            _shared(r.level),
            _shared(r.status),
            _shared_day(r.next_review_date),
            r.eigen_regie,
        )

    @classmethod
    def from_hit(cls, h: SearchHit) -> ListRow:
        return cls(
            h.household_id,
            h.case_number,
            h.display_name,
            _address(h.street, h.house_number, h.house_number_suffix),
            _shared(h.postcode),
            _shared(h.city),
            _shared(h.team),
            _shared(h.regisseur_name or h.regisseur),
            _shared(h.level),
            _shared(h.status),
            _shared_day(h.next_review_date),
            h.eigen_regie,
        )


def _shared(word: str | None) -> str | None:
    return None if word is None else sys.intern(word)


@functools.lru_cache(maxsize=4096)
def _shared_day(day: date | None) -> date | None:
    """One date object per day (the first seen): review dates repeat across many rows."""
    return day


def _address(street: str, number: int, suffix: str | None) -> str:
    return f"{street} {number} {suffix}" if suffix else f"{street} {number}"


class HouseholdTableModel(QAbstractTableModel):
    """Browse mode (no query): sorted pages, fetched on demand. Search mode: up to
    SEARCH_LIMIT hits for the query. Both are narrowed by `filters` (open households by
    default). Every load runs through `ops` (off the GUI thread)."""

    loaded = Signal()  # after each page or search result arrives
    failed = Signal(object)  # the exception of a failed load

    def __init__(
        self,
        ctx,
        ops: Ops,
        *,
        level_colours: dict[str, str] | None = None,
        today: date | None = None,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ops = ops
        self.level_colours = level_colours or {}
        self.today = today
        self.page_size = page_size
        self.sort_key = "name"
        self.query = ""
        self.filters = ListFilter()
        self._rows: list[tuple] = []  # plain tuples of ListRow's fields (see ListRow)
        self._next: Cursor | None = None
        self._more = False
        self._loading = False
        self._generation = 0
        self._started = False

    # ------------------------------------------------------------------ state

    @property
    def searching(self) -> bool:
        return bool(self.query)

    @property
    def complete(self) -> bool:
        """True when every row of the current list is loaded."""
        return self._started and not self._more and not self._loading

    @property
    def loading(self) -> bool:
        return self._loading

    def row_at(self, row: int) -> ListRow:
        return ListRow._make(self._rows[row])

    def reload(self) -> None:
        """Start over (new query, sort, or after unlocking): clear and fetch the first batch."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._next = None
        self._more = False
        self._loading = False
        self._started = True
        self.endResetModel()
        self._load()

    def clear(self, ctx=None) -> None:
        """Forget every row (at lock: no personal data stays in memory) and stop loading."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._next = None
        self._more = False
        self._loading = False
        self._started = False
        self.endResetModel()
        if ctx is not None:
            self.ctx = ctx

    def set_query(self, text: str) -> None:
        query = " ".join(text.split())
        query = query if len(query) >= 2 else ""
        if query == self.query and self._started:
            return
        self.query = query
        self.reload()

    def set_filters(self, filters: ListFilter) -> None:
        if filters == self.filters and self._started:
            return
        self.filters = filters
        self.reload()

    def set_sort(self, key: str) -> None:
        if key not in search.SORTS:
            raise ValueError(key)
        self.sort_key = key
        if not self.searching:
            self.reload()

    # ------------------------------------------------------------------ loading

    def _load(self) -> None:
        generation = self._generation
        self._loading = True
        ctx, query, sort, after, size, flt = (
            self.ctx,
            self.query,
            self.sort_key,
            self._next,
            self.page_size,
            self.filters,
        )
        if query:

            def job():
                hits = search.search_households(ctx, query, limit=SEARCH_LIMIT, filters=flt)
                return [tuple(ListRow.from_hit(h)) for h in hits], None

        else:

            def job():
                page = search.list_page(ctx, sort, after=after, limit=size, filters=flt)
                return [tuple(ListRow.from_page(r)) for r in page.rows], page.next

        self.ops.query(
            self,
            job,
            lambda result: self._arrived(generation, result),
            lambda exc: self._load_failed(generation, exc),
        )

    def _arrived(self, generation: int, result: tuple[list[tuple], Cursor | None]) -> None:
        if generation != self._generation:
            return  # an answer to a query that is no longer asked
        rows, nxt = result
        self._loading = False
        self._next = nxt
        self._more = nxt is not None
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.loaded.emit()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._more = False
        self.failed.emit(exc)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load()

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        col = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(col.title)
        if role == Qt.ItemDataRole.ToolTipRole and col.sort:
            return self.tr("Klik om hierop te sorteren")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        # Called for every visible cell and role at every paint: compares plain ints.
        row = index.row()
        if row >= len(self._rows) or row < 0:
            return None
        role = int(role)
        r = ListRow._make(self._rows[row])
        key = _KEYS[index.column()]
        if role == _DISPLAY:
            return self._display(r, key)
        if role == _ALIGN:
            return _CENTER if key in _CENTERED else _LEFT
        if role == ID_ROLE:
            return r.id
        if role == LEVEL_ROLE:
            return self.level_colours.get(r.level) if key == "level" else None
        if key == "status" and role == _TOOLTIP and r.eigen_regie:
            return self.tr(
                "Eigen regie: het huishouden of zijn netwerk voert de regie; de regisseur is "
                "contactpersoon namens het wijkteam"
            )
        if key == "review" and role in (_FOREGROUND, _TOOLTIP) and self._overdue(r):
            return (
                QColor(COLOURS["error"])
                if role == _FOREGROUND
                else self.tr("Evaluatie is verlopen")
            )
        return None

    def _overdue(self, r: ListRow) -> bool:
        return (
            self.today is not None
            and r.next_review is not None
            and r.status != "afgesloten"
            and r.next_review < self.today
        )

    def _display(self, r: ListRow, key: str) -> str:
        if key == "case":
            return r.case_number
        if key == "name":
            return r.name
        if key == "address":
            return r.address
        if key == "postcode":
            return r.postcode
        if key == "city":
            return r.city
        if key == "team":
            return r.team or ""
        if key == "regisseur":
            if r.regisseur:
                return r.regisseur
            # An open household without a regisseur stands out; a closed one needs none.
            if r.status == "afgesloten":
                return ""
            return self.tr("— geen —")
        if key == "level":
            return r.level
        if key == "status":
            status = word(STATUS_LABELS.get(r.status, r.status))
            return (
                self.tr("{status} · eigen regie").format(status=status) if r.eigen_regie else status
            )
        if key == "review":
            return r.next_review.strftime("%d-%m-%Y") if r.next_review else ""
        return ""
