"""The gap map in the admin (admin:gap_map, narvik_tilflytter/admin_site.py), for the project
office only: the page, and each of its tables as CSV with `?format=csv&table=<name>`. The
numbers come from offers/gaps.py, the same data for both."""

import re

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from actors.office import is_office
from narvik_tilflytter import spreadsheets
from narvik_tilflytter.validators import validate_date_in_range

from ..gaps import THIN_MAX, GapMap, Period, month_add, months_in

# The longest period the map shows: ten years of months.
MAX_MONTHS = 120


class MonthInput(forms.DateInput):
    """<input type="month"> (a picker where the browser has one, a text box elsewhere). A value
    that is no month (typed into the address, or by a browser without the picker) comes back in a
    text box instead: a month input cannot hold it, and what was typed stays in sight."""

    input_type = "month"

    def __init__(self):
        super().__init__(format="%Y-%m")

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        shown = context["widget"]["value"]
        if shown and not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", str(shown)):
            context["widget"]["type"] = "text"
        return context


class MonthField(forms.DateField):
    """A month, typed or picked as YYYY-MM, as its first day."""

    widget = MonthInput
    input_formats = ["%Y-%m", "%m.%Y", "%m/%Y"]
    default_validators = [validate_date_in_range]
    default_error_messages = {"invalid": _("Write the month as year and month, like 2026-03.")}

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", _("Year and month, like 2026-03."))
        super().__init__(**kwargs)


class GapMapForm(forms.Form):
    start = MonthField(label=_("From month"), required=False)
    end = MonthField(label=_("To month"), required=False)
    by = forms.ChoiceField(
        label=_("Columns of the first table"),
        choices=[("group", _("Target groups")), ("segment", _("Segments"))],
        required=False,
        widget=forms.RadioSelect,
    )
    format = forms.ChoiceField(
        choices=[("", "HTML"), ("csv", "CSV")], required=False, widget=forms.HiddenInput
    )
    table = forms.ChoiceField(
        choices=[("", "")] + [(key, key) for key in GapMap.TABLES],
        required=False,
        widget=forms.HiddenInput,
    )

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        default = Period.last_twelve_months()
        start, end = data.get("start"), data.get("end")
        if start and not end:
            end = max(start, default.last)
        elif end and not start:
            start = month_add(end, -11)
        start, end = start or default.first, end or default.last
        start, end = start.replace(day=1), end.replace(day=1)
        if start > end:
            self.add_error("end", _("The last month must not be before the first."))
        elif months_in(start, end) > MAX_MONTHS:
            self.add_error(
                "end", _("Choose at most %(count)s months at a time.") % {"count": MAX_MONTHS}
            )
        data["period"] = Period(start, end)
        data["by"] = data.get("by") or "group"
        if data.get("format") == "csv" and not data.get("table"):
            self.add_error("table", _("Choose which table to download."))
        return data


def gap_map(request, site):
    if not is_office(request.user):
        raise PermissionDenied
    form = GapMapForm(with_defaults(request.GET))
    if not form.is_valid():
        if request.GET.get("format") == "csv":
            errors = [str(error) for errors in form.errors.values() for error in errors]
            return HttpResponse(
                "\n".join(errors), status=400, content_type="text/plain; charset=utf-8"
            )
        return page(request, site, form, None, status=400)
    data = form.cleaned_data
    gaps = GapMap(data["period"], by=data["by"])
    if data["format"] == "csv":
        return csv_response(gaps.table(data["table"]), data["period"])
    return page(request, site, form, gaps)


def with_defaults(query):
    """The query with the default choices filled in where none was made, so the form shows
    what the page counts (the last 12 months, target groups)."""
    data = query.copy()
    if not data.get("start") and not data.get("end"):
        default = Period.last_twelve_months()
        data["start"], data["end"] = f"{default.first:%Y-%m}", f"{default.last:%Y-%m}"
    if not data.get("by"):
        data["by"] = "group"
    return data


def page(request, site, form, gaps, status=200):
    tables = gaps.tables() if gaps else {}
    context = {
        **site.each_context(request),
        "title": _("Gap map"),
        "thin_max": THIN_MAX,
        "form": form,
        "period": period_words(gaps.period) if gaps else "",
        "grid": tables.pop("grid", None),
        "tables": list(tables.values()),
    }
    return render(request, "admin/gap_map.html", context, status=status)


def csv_response(table, period):
    name = f"gap-map-{table.key}-{period.first:%Y-%m}-{period.last:%Y-%m}.csv"
    return spreadsheets.csv_response(table.csv_rows(), name)


def period_words(period):
    """The period as the page's heading says it."""
    first = formats.date_format(period.first, "YEAR_MONTH_FORMAT")
    last = formats.date_format(period.last, "YEAR_MONTH_FORMAT")
    if period.first == period.last:
        return first
    return gettext("%(first)s to %(last)s") % {"first": first, "last": last}
