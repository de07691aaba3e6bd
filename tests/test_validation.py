from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from h4casus.domain import validation as v
from h4casus.domain.ages import age_on, date_turning
from h4casus.domain.errors import ValidationError


def elfproef(digits: str) -> bool:
    weights = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


@pytest.mark.parametrize("good", ["111222333", "123456782", "999999990", "100000009"])
def test_valid_bsns_pass_and_are_normalised(good):
    assert v.bsn(good) == good
    assert v.bsn(f" {good[:4]}.{good[4:6]}.{good[6:]} ") == good


def test_eight_digit_bsn_gets_leading_zero():
    assert v.bsn("12345672") == "012345672"


@pytest.mark.parametrize(
    "bad, why",
    [
        ("123456789", "elfproef"),
        ("000000000", "nullen"),
        ("12345", "9 cijfers"),
        ("1234567890", "9 cijfers"),
        ("12345678a", "cijfers"),
        ("111222334", "elfproef"),
    ],
)
def test_invalid_bsns_are_refused_with_reason(bad, why):
    with pytest.raises(ValidationError) as exc:
        v.bsn(bad)
    assert "bsn" in exc.value.errors
    assert why in exc.value.errors["bsn"]


def test_empty_bsn_means_none():
    assert v.bsn("") is None and v.bsn(None) is None and v.bsn("  ") is None


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_bsn_check_matches_the_elfproef_definition(digits):
    expected = elfproef(digits) and digits != "000000000"
    assert v.is_valid_bsn(digits) == expected


@pytest.mark.parametrize(
    "raw, norm", [("2611CD", "2611 CD"), ("2611 cd", "2611 CD"), (" 1000 AA ", "1000 AA")]
)
def test_postcode_is_normalised(raw, norm):
    assert v.postcode(raw) == norm


@pytest.mark.parametrize(
    "bad", ["0611 CD", "261 CD", "2611 C", "2611-CD", "ABCD EF", "2611 SS", ""]
)
def test_bad_postcodes_refused(bad):
    with pytest.raises(ValidationError) as exc:
        v.postcode(bad)
    assert "postcode" in exc.value.errors


def test_birth_date_in_future_refused():
    with pytest.raises(ValidationError, match="toekomst"):
        v.birth_date("2030-01-01", date(2026, 1, 1))


def test_dates_accept_both_formats_and_reject_impossible_ones():
    assert v.parse_date("31-12-2001", "d") == date(2001, 12, 31)
    assert v.parse_date("2001-12-31", "d") == date(2001, 12, 31)
    with pytest.raises(ValidationError, match="bestaande"):
        v.parse_date("2001-02-30", "d")
    with pytest.raises(ValidationError, match="datum"):
        v.parse_date("gisteren", "d")


@pytest.mark.parametrize("bad", ["a\x00b", "tab\x07bell", "rtl\u202eoverride"])
def test_text_rejects_control_characters(bad):
    with pytest.raises(ValidationError, match="tekens"):
        v.text(bad, "naam")


def test_text_length_limit_names_field():
    with pytest.raises(ValidationError) as exc:
        v.text("x" * 201, "achternaam")
    assert "te lang" in exc.value.errors["achternaam"]


def test_mask_bsn_shows_only_last_three():
    assert v.mask_bsn("111222333") == "******333"
    assert "111222" not in v.mask_bsn("111222333")


@pytest.mark.parametrize(
    "born, today, age",
    [
        (date(2008, 2, 29), date(2026, 2, 28), 17),
        (date(2008, 2, 29), date(2026, 3, 1), 18),
        (date(2008, 2, 29), date(2028, 2, 29), 20),
        (date(2008, 6, 1), date(2026, 5, 31), 17),
        (date(2008, 6, 1), date(2026, 6, 1), 18),
    ],
)
def test_age_including_leap_day_birthdays(born, today, age):
    assert age_on(born, today) == age


def test_leap_day_youth_turns_18_on_first_of_march():
    assert date_turning(date(2008, 2, 29), 18) == date(2026, 3, 1)
