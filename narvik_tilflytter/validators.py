"""Validators the apps share for what people type."""

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

# The dates a person may type, anywhere on the site. Wide enough for any real offer or record;
# narrow enough that no time zone turns one into a timestamp the database stores but Python
# cannot read back (0001-01-01 00:00 in Oslo is in year 0 in UTC).
EARLIEST_DATE = datetime.date(2000, 1, 1)
LATEST_DATE = datetime.date(2100, 12, 31)


def validate_date_in_range(value):
    """A date, or a date and time (by its day as typed), from EARLIEST_DATE to LATEST_DATE."""
    if value is None:
        return
    # Not timezone.localdate(): converting a year-1 time to another zone can overflow.
    day = value.date() if isinstance(value, datetime.datetime) else value
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise ValidationError(
            _("Choose a date from %(earliest)s to %(latest)s."),
            code="date_out_of_range",
            params={"earliest": date_format(EARLIEST_DATE), "latest": date_format(LATEST_DATE)},
        )


def validate_not_in_the_past(value):
    """A last valid day someone sets: today or later."""
    if value is not None and value < timezone.localdate():
        raise ValidationError(
            _("This date has passed. Choose today or a later date."), code="in-the-past"
        )


def date_input_limits(*, with_time=False):
    """The range as `min`/`max` attributes of an <input type="date"> (or "datetime-local"), so
    the browser offers only these dates; the validator still decides."""
    if with_time:
        return {
            "min": f"{EARLIEST_DATE.isoformat()}T00:00",
            "max": f"{LATEST_DATE.isoformat()}T23:59",
        }
    return {"min": EARLIEST_DATE.isoformat(), "max": LATEST_DATE.isoformat()}
