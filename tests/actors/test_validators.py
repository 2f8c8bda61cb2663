"""The Norwegian organisation number: nine digits, the last a modulus 11 check digit."""

import pytest
from django.core.exceptions import ValidationError

from actors.validators import organisation_number_check_digit, validate_organisation_number


@pytest.mark.parametrize(
    "number",
    [
        "123456785",
        "889640782",  # Nav
        "974760673",  # the Brønnøysund Register Centre
        "910000020",  # sum divisible by 11: the check digit is 0
    ],
)
def test_valid_organisation_numbers_pass(number):
    validate_organisation_number(number)


def test_empty_number_passes_for_informal_groups():
    validate_organisation_number("")


@pytest.mark.parametrize("number", ["123456784", "123456786", "889640781", "974760670"])
def test_wrong_check_digit_is_refused(number):
    with pytest.raises(ValidationError) as error:
        validate_organisation_number(number)
    assert error.value.code == "organisation_number_check_digit"


@pytest.mark.parametrize("last", "0123456789")
def test_number_whose_check_digit_would_be_10_is_never_valid(last):
    assert organisation_number_check_digit("91000008") is None
    with pytest.raises(ValidationError):
        validate_organisation_number("91000008" + last)


@pytest.mark.parametrize(
    "number", ["12345678", "1234567850", "12345678a", "123 45678", "١٢٣٤٥٦٧٨٥", "-12345678"]
)
def test_anything_but_nine_digits_is_refused_with_the_format_message(number):
    with pytest.raises(ValidationError) as error:
        validate_organisation_number(number)
    assert error.value.code == "organisation_number_format"


def test_check_digit_calculation():
    assert organisation_number_check_digit("12345678") == 5
    assert organisation_number_check_digit("91000002") == 0
