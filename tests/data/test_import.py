"""CSV import: every row validated first, all or nothing, rejected rows reported by line."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from h4casus.cli import main as cli_main
from h4casus.domain.errors import PermissionDenied, ValidationError
from h4casus.services.admin.importer import ImportRejected, import_households
from h4casus.storage import models as m
from tests.factories import ADMIN, ADMIN_PASSWORD, BSNS, TEAM_A, TEAM_B

HEADER = "huishouden,achternaam,voornamen,geboortedatum,bsn,relatie,straat,huisnummer,toevoeging,postcode,plaats,team"
GOOD = [
    f"A,Jansen,Anna,1985-04-12,{BSNS[0]},ouder,Oude Delft,12,,2611 CD,Delft,{TEAM_A}",
    f"A,Jansen,Piet,30-09-1983,,partner,Oude Delft,12,,2611 CD,Delft,{TEAM_A}",
    f"A,Jansen,Sara,2010-06-01,{BSNS[1]},kind,Oude Delft,12,,2611 CD,Delft,{TEAM_A}",
    f"B,Öztürk,Ayşe,1970-01-05,,ouder,Herenstraat,5,B,2282 AB,Rijswijk,{TEAM_B}",
]


def csv_bytes(lines: list[str], *, delimiter: str = ",", bom: bool = False) -> bytes:
    text = "\n".join([HEADER, *lines]).replace(",", delimiter) + "\n"
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")


def households(store) -> int:
    with store.vault.session() as s:
        return s.scalar(select(func.count()).select_from(m.Household))


def test_imports_every_household_in_one_go(store):
    result = import_households(store.admin, csv_bytes(GOOD))
    assert result.households == 2 and result.persons == 4
    assert result.teams == {TEAM_A: 1, TEAM_B: 1}
    with store.vault.session() as s:
        hh = s.scalar(select(m.Household).where(m.Household.case_number == result.case_numbers[0]))
        assert hh.gemeente == "Delft"  # from the team
        assert hh.signal_source == "anders"
        assert hh.status == "aangemeld"
        born = s.scalar(select(m.Person.birth_date).where(m.Person.given_names == "Piet"))
        assert born.isoformat() == "1983-09-30"  # DD-MM-YYYY accepted
        regie = s.scalar(
            select(m.User.username)
            .join(m.RegieAssignment, m.RegieAssignment.user_id == m.User.id)
            .where(m.RegieAssignment.household_id == hh.id, m.RegieAssignment.ended_at.is_(None))
        )
        assert regie == "tim"  # the team's teamleider holds regie until assigned
        audit = s.scalar(
            select(func.count())
            .select_from(m.AuditEvent)
            .where(m.AuditEvent.action == "import.households")
        )
        assert audit == 2


def test_semicolons_and_a_bom_are_fine(store):
    result = import_households(store.admin, csv_bytes(GOOD, delimiter=";", bom=True))
    assert result.households == 2


def test_one_bad_row_rejects_the_whole_file(store):
    before = households(store)
    bad = [*GOOD]
    bad[2] = bad[2].replace(BSNS[1], "123456789")  # fails the elfproef, on line 4
    with pytest.raises(ImportRejected) as err:
        import_households(store.admin, csv_bytes(bad))
    rejected = err.value.rejected
    assert [r.line for r in rejected] == [4]
    assert "elfproef" in str(rejected[0])
    assert households(store) == before


def test_every_kind_of_problem_is_reported_with_its_line(store):
    lines = [
        *GOOD[:2],
        f"A,Jansen,Kees,2012-01-01,,kind,Oude Delft,14,,2611 CD,Delft,{TEAM_A}",  # other address
        f"C,Bakker,Bas,2099-01-01,,ouder,Markt,1,,2611 GA,Delft,{TEAM_A}",  # future birth
        f"D,Smit,Sam,1980-01-01,,ouder,Markt,2,,2611,Delft,{TEAM_A}",  # postcode
        "E,Mol,Mia,1980-01-01,,ouder,Markt,3,,2611 GA,Delft,Wijkteam Nergens",  # team
        f"F,Bos,Bo,1980-01-01,,buurman,Markt,4,,2611 GA,Delft,{TEAM_A}",  # relatie
        f"G,Vos,Vic,1980-01-01,{BSNS[0]},ouder,Markt,5,,2611 GA,Delft,{TEAM_A}",  # BSN twice
        f"H,Kok,K\x07o,1980-01-01,,ouder,Markt,6,,2611 GA,Delft,{TEAM_A}",  # control char
    ]
    with pytest.raises(ImportRejected) as err:
        import_households(store.admin, csv_bytes(lines))
    by_line = {r.line: str(r) for r in err.value.rejected}
    assert "adres wijkt af" in by_line[4]
    assert "geboortedatum" in by_line[5] and "toekomst" in by_line[5]
    assert "postcode" in by_line[6]
    assert "Wijkteam Nergens" in by_line[7]
    assert "relatie" in by_line[8]
    assert "bsn" in by_line[9] and "regel 2" in by_line[9]
    assert "voornamen" in by_line[10]
    assert households(store) == 0


def test_a_bsn_already_registered_is_refused(store):
    import_households(store.admin, csv_bytes(GOOD[3:]))
    again = [GOOD[3].replace(",,ouder", f",{BSNS[2]},ouder").replace("B,", "X,", 1)]
    import_households(store.admin, csv_bytes(again))
    with pytest.raises(ImportRejected) as err:
        import_households(store.admin, csv_bytes([again[0].replace("X,", "Y,", 1)]))
    assert "al geregistreerd" in str(err.value.rejected[0])


def test_header_must_name_the_contract_columns(store):
    with pytest.raises(ValidationError) as err:
        import_households(store.admin, b"huishouden,naam\nA,Jansen\n")
    assert "kolommen ontbreken" in str(err.value)


def test_optional_source_column(store):
    header_extra = HEADER + ",bron"
    body = "\n".join([header_extra, GOOD[0] + ",school"]) + "\n"
    result = import_households(store.admin, body.encode())
    with store.vault.session() as s:
        source = s.scalar(
            select(m.Household.signal_source).where(
                m.Household.case_number == result.case_numbers[0]
            )
        )
    assert source == "school"


def test_only_a_beheerder_may_import(store):
    with pytest.raises(PermissionDenied):
        import_households(store.ctx("rik"), csv_bytes(GOOD))
    assert households(store) == 0


def test_cli_prints_rejected_rows_and_exits_4(store, tmp_path, monkeypatch, capsys):
    store.close()
    monkeypatch.setenv("H4CASUS_PASSWORD", ADMIN_PASSWORD)
    bad = tmp_path / "bad.csv"
    bad.write_bytes(csv_bytes([GOOD[0], GOOD[1].replace("30-09-1983", "31-02-1983")]))
    base = ["--db", str(store.path), "--user", ADMIN, "import", "households"]
    assert cli_main([*base, str(bad)]) == 4
    err = capsys.readouterr().err
    assert "regel 3" in err and "niets geïmporteerd" in err
    good = tmp_path / "good.csv"
    good.write_bytes(csv_bytes(GOOD, delimiter=";"))
    assert cli_main([*base, str(good)]) == 0
    assert "2 huishoudens met 4 personen" in capsys.readouterr().out


def with_kinds(lines: list[str], kinds: list[str]) -> bytes:
    """The GOOD rows with a column soort."""
    rows = [f"{line},{kind}" for line, kind in zip(lines, kinds, strict=True)]
    return ("\n".join([HEADER + ",soort", *rows]) + "\n").encode("utf-8")


def kind_of(store, case_number: str) -> str:
    with store.vault.session() as s:
        return s.scalar(select(m.Household.file_kind).where(m.Household.case_number == case_number))


def test_the_column_soort_sets_the_file_kind(store):
    result = import_households(
        store.admin, with_kinds(GOOD, ["Jeugdwet", "jeugdwet", "jeugdwet ", "participatiewet"])
    )
    a, b = result.case_numbers
    assert (kind_of(store, a), kind_of(store, b)) == ("jeugdwet", "participatiewet")
    assert result.kinds == {"jeugdwet": 1, "participatiewet": 1} and not result.kind_assumed


@pytest.mark.parametrize(
    ("kinds", "line", "reason"),
    [
        (["jeugdwet", "jeugdwet", "jeugdwet", "jeugd"], 5, "soort: moet jeugdwet, wmo of"),
        (["jeugdwet", "jeugdwet", "jeugdwet", ""], 5, "soort: is verplicht"),
        (["jeugdwet", "wmo", "jeugdwet", "wmo"], 3, "soort"),  # one household, two kinds
    ],
)
def test_a_bad_soort_rejects_the_file(store, kinds, line, reason):
    with pytest.raises(ImportRejected) as err:
        import_households(store.admin, with_kinds(GOOD, kinds))
    (rejected,) = err.value.rejected
    assert rejected.line == line and reason in str(rejected)
    assert households(store) == 0


def test_without_the_column_soort_the_result_says_wmo_was_assumed(store):
    result = import_households(store.admin, csv_bytes(GOOD))
    assert result.kind_assumed and result.kinds == {"wmo": 2}


def test_cli_counts_in_proper_dutch(store, tmp_path, monkeypatch, capsys):
    store.close()
    monkeypatch.setenv("H4CASUS_PASSWORD", ADMIN_PASSWORD)
    one = tmp_path / "een.csv"
    one.write_bytes(with_kinds(GOOD[3:], ["jeugdwet"]))
    assert (
        cli_main(["--db", str(store.path), "--user", ADMIN, "import", "households", str(one)]) == 0
    )
    out = capsys.readouterr().out
    assert "1 huishouden met 1 persoon geïmporteerd." in out
    assert "Dossiernummer 2026-000001." in out and "t/m" not in out
    assert "Dossiersoort: Jeugdwet 1." in out and "Let op" not in out
    more = tmp_path / "meer.csv"
    more.write_bytes(csv_bytes(GOOD))
    assert (
        cli_main(["--db", str(store.path), "--user", ADMIN, "import", "households", str(more)]) == 0
    )
    out = capsys.readouterr().out
    assert "2 huishoudens met 4 personen geïmporteerd." in out
    assert "Dossiernummers 2026-000002 t/m 2026-000003." in out
    assert "Let op: het bestand heeft geen kolom soort" in out
