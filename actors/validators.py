"""Validators for what organisations type in."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# The Brønnøysund Register Centre's modulus 11 weights for the first eight digits.
ORGANISATION_NUMBER_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def organisation_number_check_digit(first_eight):
    """The ninth digit for these eight, or None if no number can start with them."""
    pairs = zip(first_eight, ORGANISATION_NUMBER_WEIGHTS, strict=True)
    remainder = sum(int(digit) * weight for digit, weight in pairs) % 11
    check = 11 - remainder
    if check == 11:
        return 0
    if check == 10:
        return None
    return check


def validate_organisation_number(value):
    """A Norwegian organisation number: nine digits whose last is the mod-11 check digit."""
    if not value:
        return
    if len(value) != 9 or not value.isascii() or not value.isdigit():
        raise ValidationError(
            _("An organisation number has nine digits, for example 123 456 785."),
            code="organisation_number_format",
        )
    if organisation_number_check_digit(value[:8]) != int(value[8]):
        raise ValidationError(
            _(
                "This is not a valid organisation number. Check the digits against the "
                "Brønnøysund Register Centre (brreg.no)."
            ),
            code="organisation_number_check_digit",
        )
