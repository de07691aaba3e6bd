"""More than 200 malformed inputs through the service forms, the CSV import and the CLI:
each gives a clear error naming the field (or the line) and writes nothing."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from h4casus.domain.errors import ValidationError
from h4casus.services.admin.importer import import_households
from h4casus.services.casework.households import register_household
from h4casus.services.core.clock import FixedClock
from h4casus.storage import models as m
from tests.factories import ADMIN, ADMIN_PASSWORD, BSNS, Store, household_input, member
from tests.privacy.helpers import cli

HUGE = "x" * 1_000_000
BAD_TEXT = [
    "",
    "   ",
    "a\x00b",
    "a\x07b",
    "nieuwe\nregel",
    "\u202egnissalp",  # right-to-left override (format character)
    "x" * 201,
    HUGE,
    123,
    4.5,
    ["Jansen"],
    {"naam": "Jansen"},
    b"Jansen",
    True,
]
BAD_OPTIONAL_TEXT = ["a\x00b", "a\x1bb", "x" * 300, 123, ["a"], b"x"]
# (field of HouseholdInput or of the first member, expected error key, bad values)
CASES: list[tuple[str, str, list]] = [
    ("street", "straat", [None, *BAD_TEXT]),
    ("city", "plaats", [None, *BAD_TEXT]),
    ("gemeente", "gemeente", [None, *BAD_TEXT]),
    ("team", "team", [None, *BAD_TEXT, "Wijkteam Nergens", "'; DROP TABLE teams; --"]),
    ("m.given_names", "lid 1 voornamen", [None, *BAD_TEXT]),
    ("m.family_name", "lid 1 achternaam", [None, *BAD_TEXT]),
    ("house_number_suffix", "toevoeging", [*BAD_OPTIONAL_TEXT, "x" * 11]),
    ("wijk", "wijk", BAD_OPTIONAL_TEXT),
    ("m.family_name_prefix", "lid 1 tussenvoegsel", [*BAD_OPTIONAL_TEXT, "x" * 21]),
    ("m.phone", "lid 1 telefoon", [*BAD_OPTIONAL_TEXT, "1" * 41]),
    ("m.email", "lid 1 e-mail", [*BAD_OPTIONAL_TEXT, "geen-adres"]),
    (
        "house_number",
        "huisnummer",
        [
            None,
            "",
            "abc",
            "-1",
            0,
            -5,
            "1e9",
            10**12,
            "12a",
            3.7,
            True,
            [1],
            "123456",
            "1 2",
            "²",
            "1٣",
        ],
    ),
    (
        "postcode",
        "postcode",
        [
            None,
            "",
            "0123 AB",
            "1234",
            "1234 SA",
            "12345 AB",
            "ABCD 12",
            1234,
            "1234 A",
            "1234\x00AB",
            HUGE,
            "'; DROP TABLE households; --",
            '=HYPERLINK("x")',
        ],
    ),
    ("signal_source", "bron", ["", "facebook", None, 3, "huisarts; DROP TABLE x", HUGE]),
    (
        "signal_date",
        "meldingsdatum",
        [
            "2099-01-01",
            "31-02-2026",
            "gisteren",
            "2026/13/01",
            20260101,
            "0000-00-00",
            "9999-99-99",
            "2026-03-16",
            ["2026-01-01"],
        ],
    ),
    ("signal_note", "toelichting", ["a\x00", "x" * 10_001, 5, "a\x1b[31m"]),
    ("file_kind", "dossiersoort", ["", "jeugd", None, "WMO ", 1]),
    (
        "m.birth_date",
        "lid 1 geboortedatum",
        [
            "",
            None,
            "2030-01-01",
            "1800-01-01",
            "31-02-2000",
            "abc",
            19850412,
            "12-04-85",
            "1985-4-12x",
            HUGE,
        ],
    ),
    ("m.relation", "lid 1 relatie", ["", "vader", None, 1, "ouder; --", "kind\x00"]),
    (
        "m.bsn",
        "lid 1 bsn",
        [
            "123",
            "123456789",
            "abcdefghi",
            "000000000",
            "1234567890",
            "11122233x",
            "111 222 334",
            "²" * 9,
            "=1+1",
            "' OR 1=1 --",
        ],
    ),
]
PARAMS = [
    pytest.param(field, key, value, id=f"{field}-{i}")
    for field, key, values in CASES
    for i, value in enumerate(values)
]


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    st_ = Store.create(
        tmp_path_factory.mktemp("malformed") / "w.h4c", FixedClock(datetime(2026, 3, 15, 10, 30))
    )
    yield st_
    st_.close()


def counts(store) -> tuple[int, ...]:
    with store.vault.session() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(t))
            for t in (m.Household.__table__, m.Person.__table__, m.AuditEvent.__table__)
        )


def _with(field: str, value):
    data = household_input()
    if field.startswith("m."):
        data.members[0] = replace(data.members[0], **{field[2:]: value})
        return data
    return replace(data, **{field: value})


def test_there_are_at_least_200_form_cases():
    assert len(PARAMS) >= 200


@pytest.mark.parametrize(("field", "key", "value"), PARAMS)
def test_malformed_form_field_names_the_field_and_writes_nothing(shared, field, key, value):
    before = counts(shared)
    with pytest.raises(ValidationError) as exc:
        register_household(shared.ctx("rik"), _with(field, value))
    assert key in exc.value.errors, exc.value.errors
    assert exc.value.errors[key].strip()
    assert counts(shared) == before


def test_whole_form_errors_reported_together(shared):
    before = counts(shared)
    data = replace(household_input(), street="", postcode="x", house_number="abc", members=[])
    with pytest.raises(ValidationError) as exc:
        register_household(shared.ctx("rik"), data)
    assert {"straat", "postcode", "huisnummer", "leden"} <= set(exc.value.errors)
    dup = household_input(members=[member(bsn=BSNS[0]), member("Piet", bsn=BSNS[0])])
    with pytest.raises(ValidationError, match="BSN van lid 1"):
        register_household(shared.ctx("rik"), dup)
    assert counts(shared) == before


HOSTILE_VALID = [
    "Robert'); DROP TABLE households;--",
    '=HYPERLINK("http://example.invalid","klik")',
    "+31 6 cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "<script>alert(1)</script>",
    "O'Brien-Ünal",
]


@pytest.mark.parametrize("name", HOSTILE_VALID)
def test_injection_text_is_stored_literally_never_executed(shared, name):
    view = register_household(
        shared.ctx("rik"), household_input(members=[member("Anna", name, "1985-04-12", "ouder")])
    )
    assert view.members[0].family_name == name
    with shared.vault.session() as s:
        assert (
            s.scalar(select(m.Person.family_name).where(m.Person.id == view.members[0].id)) == name
        )
        assert s.scalar(select(func.count()).select_from(m.Household)) >= 1  # table still there


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    street=st.one_of(st.text(max_size=300), st.integers(), st.none(), st.binary(max_size=20)),
    postcode=st.one_of(st.text(max_size=12), st.integers()),
    number=st.one_of(st.text(max_size=8), st.integers(-10, 10**6), st.floats()),
)
def test_random_address_input_is_valid_or_refused_without_writing(shared, street, postcode, number):
    before = counts(shared)
    try:
        view = register_household(
            shared.ctx("rik"),
            household_input(street=street, postcode=postcode, house_number=number),
        )
    except ValidationError as exc:
        assert set(exc.errors) <= {"straat", "postcode", "huisnummer"}
        assert counts(shared) == before
    else:
        assert view.street == unicodedata.normalize("NFC", street).strip()  # stored as typed
        assert counts(shared)[0] == before[0] + 1


# --------------------------------------------------------------------------- CSV import

HEADER = "huishouden,achternaam,voornamen,geboortedatum,bsn,relatie,straat,huisnummer,toevoeging,postcode,plaats,team"
GOOD = {
    "huishouden": "H1",
    "achternaam": "Jansen",
    "voornamen": "Anna",
    "geboortedatum": "1985-04-12",
    "bsn": "",
    "relatie": "ouder",
    "straat": "Oude Delft",
    "huisnummer": "12",
    "toevoeging": "",
    "postcode": "2611 CD",
    "plaats": "Delft",
    "team": "Wijkteam Delft-Noord",
}


def _line(**over) -> str:
    vals = {**GOOD, **over}
    cells = []
    for k in HEADER.split(","):
        v = vals[k]
        cells.append('"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\n') else v)
    return ",".join(cells)


def _file(*lines: str, header: str = HEADER) -> bytes:
    return ("\n".join([header, *lines]) + "\n").encode("utf-8")


CSV_CELL_CASES = [
    ("achternaam", ""),
    ("achternaam", "x" * 201),
    ("achternaam", "a\x07b"),
    ("voornamen", ""),
    ("voornamen", "\u202eevil"),
    ("geboortedatum", ""),
    ("geboortedatum", "2099-01-01"),
    ("geboortedatum", "31-02-2000"),
    ("geboortedatum", "gisteren"),
    ("geboortedatum", "=TODAY()"),
    ("bsn", "123456789"),
    ("bsn", "12345"),
    ("bsn", "=1+1"),
    ("bsn", "abcdefghi"),
    ("relatie", "vader"),
    ("relatie", ""),
    ("relatie", "@SUM(A1)"),
    ("straat", ""),
    ("straat", "x" * 5000),
    ("huisnummer", "abc"),
    ("huisnummer", "0"),
    ("huisnummer", "-3"),
    ("huisnummer", '=HYPERLINK("http://x","klik")'),
    ("toevoeging", "x" * 11),
    ("postcode", "1234"),
    ("postcode", "0000 AA"),
    ("postcode", "'; DROP TABLE persons; --"),
    ("plaats", ""),
    ("team", "Wijkteam Nergens"),
    ("team", ""),
    ("huishouden", ""),
]


@pytest.mark.parametrize(("column", "value"), CSV_CELL_CASES)
def test_malformed_csv_cell_rejects_whole_file(shared, column, value):
    before = counts(shared)
    data = _file(_line(huishouden="OK1", voornamen="Piet"), _line(**{column: value}))
    with pytest.raises(ValidationError) as exc:
        import_households(shared.ctx(ADMIN), data)
    rejected = getattr(exc.value, "rejected", None)
    assert rejected, exc.value.errors
    assert [r.line for r in rejected] == [3]  # the header is line 1
    assert all(reason.strip() for r in rejected for reason in r.reasons)
    assert counts(shared) == before


CSV_FILE_CASES = [
    b"",
    b"\x00\x01\x02\xff\xfe",
    b"huishouden;achternaam\nH1;Jansen\n",
    HEADER.encode("utf-16"),
    (HEADER + ",kleur\n" + _line() + ",rood\n").encode(),
    (HEADER + "\n").encode(),
    (HEADER.replace("team", "achternaam") + "\n" + _line() + "\n").encode(),
    (HEADER + "\n" + _line() + ",extra,velden\n").encode(),
    (HEADER + "\n" + ",".join(["H1"] * 3) + "\n").encode(),
    (HEADER + "\n" + _line() + "\n").encode("latin-1", "replace") + b"\xe9\xff\n",
    (HEADER + "\n" + _line(achternaam="Jan\x00sen") + "\n").encode(),
    (HEADER + "\n" + _line(achternaam="x" * 1_000_000) + "\n").encode(),
]


@pytest.mark.parametrize("data", CSV_FILE_CASES, ids=range(len(CSV_FILE_CASES)))
def test_malformed_csv_file_is_refused_without_writing(shared, data):
    before = counts(shared)
    with pytest.raises(ValidationError) as exc:
        import_households(shared.ctx(ADMIN), data)
    assert exc.value.errors and all(v.strip() for v in exc.value.errors.values())
    assert counts(shared) == before


def test_cli_import_reports_lines_and_writes_nothing(shared, tmp_path, monkeypatch, capsys):
    f = tmp_path / "fout.csv"
    f.write_bytes(
        _file(_line(), _line(huishouden="H2", bsn="123"), _line(huishouden="H3", postcode="1"))
    )
    before = counts(shared)
    monkeypatch.setenv("H4CASUS_PASSWORD", ADMIN_PASSWORD)
    code = cli(["--db", str(shared.path), "--user", ADMIN, "import", "households", str(f)])
    err = capsys.readouterr().err
    assert code == 4 and "regel 3" in err and "regel 4" in err and "Traceback" not in err
    assert counts(shared)[:2] == before[:2]


# --------------------------------------------------------------------------- CLI arguments

CLI_CASES = [
    ["bestaat-niet"],
    ["export"],
    ["export", "person"],
    ["export", "person", "1"],
    ["export", "person", "-1", "-o", "x.json"],
    ["export", "person", "abc", "-o", "x.json"],
    ["export", "person", "1e3", "-o", "x.json"],
    ["export", "person", "99999999999999999999999", "-o", "x.json"],
    ["export", "person", "999999", "-o", "{tmp}/x.json"],
    ["export", "person", "1", "-o", "{tmp}"],
    ["export", "person", "1", "-o", "{tmp}/geen/map/x.json"],
    ["retention"],
    ["retention", "approve"],
    ["retention", "approve", "abc"],
    ["retention", "approve", "424242"],
    ["retention", "reject", "0"],
    ["retention", "propose", "1", "--wipe"],
    ["retention", "propose", "424242"],
    ["person", "correct", "1", "--reason", "r"],
    ["person", "correct", "1", "--set", "zonder-is-teken", "--reason", "r"],
    ["person", "correct", "1", "--set", "bsn=123", "--reason", "r"],
    ["person", "correct", "1", "--set", "family_name=", "--reason", "r"],
    ["person", "correct", "1", "--set", "kleur=rood", "--reason", "r"],
    ["person", "correct", "1", "--set", "given_names=A\x07", "--reason", "r"],
    ["person", "correct", "1", "--set", "given_names=Ann", "--reason", ""],
    ["person", "restrict", "abc", "--reason", "r"],
    ["person", "restrict", "1"],
    ["user", "add", "x", "--role", "koning"],
    ["user", "add"],
    ["user", "add", "x" * 300, "--role", "consulent"],
    ["user", "add", "a\x00b", "--role", "consulent"],
    ["list", "households", "--xml"],
    ["list", "huizen"],
    ["import", "households"],
    ["import", "households", "{tmp}/bestaat-niet.csv"],
    ["import", "households", "{tmp}"],
    ["demo", "--households", "abc"],
    ["verify", "--snel"],
    ["--db"],
]


@pytest.mark.parametrize("argv", CLI_CASES, ids=[" ".join(a)[:40] for a in CLI_CASES])
def test_malformed_cli_arguments(shared, argv, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("H4CASUS_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("H4CASUS_NEW_PASSWORD", "een-heel-lang-wachtwoord-42")
    monkeypatch.chdir(tmp_path)
    shared.vault.engine.dispose()
    before = counts(shared)
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code = cli(["--db", str(shared.path), "--user", ADMIN, *args])
    out, err = capsys.readouterr()
    assert code in (2, 3, 4), (code, out, err)
    assert err.strip() and "Traceback" not in err
    assert counts(shared)[:2] == before[:2]
    assert not list(tmp_path.glob("*.json"))


def test_count_of_malformed_inputs():
    total = len(PARAMS) + len(CSV_CELL_CASES) + len(CSV_FILE_CASES) + len(CLI_CASES)
    print(f"\n{total} malformed inputs (+ hypothesis examples)")
    assert total >= 200
