"""`{{ value|datetime_attr }}`: a date or time as a valid HTML `datetime` attribute.

Django's `|date:"c"` is Python's isoformat(), which writes microseconds when a time has them
(every saved `updated_at` does), and HTML allows at most three digits of a second. This is the
same ISO 8601 text in the current time zone, to the whole second."""

import datetime

from django import template

register = template.Library()


@register.filter(expects_localtime=True)
def datetime_attr(value):
    if isinstance(value, datetime.datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return ""
