"""Weak passwords are refused as Norwegians write them, not only as Django's English list has
them."""

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.utils import translation

from actors.passwords import NorwegianCommonPasswordValidator


@pytest.mark.parametrize(
    "password",
    [
        "passord123",
        "narvik2026",
        "Narvik123",
        "  Narvik2026!  ",
        "sommer-2024",
        "Tromso1234",
        "tromsø1234",
        "123hemmelig!",
        "Jegelskerdeg1",
        "password123",  # Django's own list still applies
    ],
)
def test_common_norwegian_passwords_are_refused(password):
    with pytest.raises(ValidationError) as error:
        NorwegianCommonPasswordValidator().validate(password)
    assert error.value.error_list[0].code == "password_too_common"


@pytest.mark.parametrize(
    "password",
    ["narvik-demo-2026", "Fjelltur i Narvik hver sommer", "a-long-test-password", "sol og snø 7"],
)
def test_longer_passwords_with_such_words_inside_pass(password):
    NorwegianCommonPasswordValidator().validate(password)


def test_the_site_uses_it_and_says_so_in_norwegian():
    with translation.override("nb"), pytest.raises(ValidationError) as error:
        validate_password("passord123")
    assert error.value.messages == [
        "Dette passordet er for vanlig og lett å gjette. Velg et annet."
    ]
