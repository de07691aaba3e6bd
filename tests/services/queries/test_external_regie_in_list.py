"""While regie is temporarily with an external party, the list and the search name it,
marked, in the regisseur column; when it comes back the regisseur is named again."""

from __future__ import annotations

from h4casus.services.casework import regie
from h4casus.services.queries.search import list_page, search_households
from tests.factories import register


def test_external_regie_is_marked_in_the_list_and_the_search(store):
    rik = store.ctx("rik")
    hh = register(rik)

    def shown() -> tuple[str | None, str | None]:
        (row,) = [r for r in list_page(rik, "name", limit=50).rows if r.id == hh.id]
        (hit,) = search_households(rik, "jansen")
        assert (hit.regisseur, hit.regisseur_name) == (row.regisseur, row.regisseur_name)
        return row.regisseur, row.regisseur_name

    assert shown() == ("rik", "rik")
    regie.transfer_to_external(rik, hh.id, "Veilig Thuis", "acute onveiligheid")
    assert shown() == (None, "extern: Veilig Thuis")
    regie.return_from_external(rik, hh.id, "veilig")
    assert shown() == ("rik", "rik")
