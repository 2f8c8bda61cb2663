"""The portal's bulk import (portal:offer_import) and its template (portal:offer_import_template):
for an organisation's administrators, for the organisations they administer. The reading,
checking and saving is offers/imports.py, shared with the project office's import in admin."""

from django import forms
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from actors.access import admin_actors, portal_view
from narvik_tilflytter.errors import error_text

from .. import imports, moderation

TEMPLATE_FORMATS = {
    "csv": ("text/csv; charset=utf-8", imports.template_csv),
    "xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        imports.template_xlsx,
    ),
}
# Errors shown on the page at most; the rest are counted.
SHOWN_ERRORS = 200


def template_download(request):
    """The template file in ?format=csv or xlsx; anything else is a 400 that says so."""
    chosen = request.GET.get("format", "xlsx")
    if chosen not in TEMPLATE_FORMATS:
        return HttpResponse(
            _("Choose the template as csv or xlsx."),
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    content_type, make = TEMPLATE_FORMATS[chosen]
    response = HttpResponse(make(), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="offers-template.{chosen}"'
    return response


def report_context(report):
    """What the page shows of an import's row-by-row report."""
    if report is None:
        return {}
    return {
        "report": report,
        "shown_errors": report.errors[:SHOWN_ERRORS],
        "more_errors": max(0, len(report.errors) - SHOWN_ERRORS),
    }


def run_import(request, form, **options):
    """The import of a valid upload form: (report or None); a file that cannot be read, or an
    option the form refuses, is an error on the form's file field."""
    try:
        return imports.import_offers(
            form.cleaned_data["file"], actor=form.cleaned_data["actor"], by=request.user, **options
        )
    except imports.ImportFileError as error:
        form.add_error("file", error.message)
        return None
    except moderation.ModerationError as error:
        # Publishing refused (nothing was saved: the import is one transaction).
        form.add_error(None, error_text(error))
        return None


def imported_message(report, *, published=False):
    count = len(report.offers)
    if published:
        return ngettext(
            "%(count)d offer imported and published.",
            "%(count)d offers imported and published.",
            count,
        ) % {"count": count}
    return ngettext(
        "%(count)d offer imported as a draft. Check it and send it for review.",
        "%(count)d offers imported as drafts. Check them and send them for review.",
        count,
    ) % {"count": count}


def page_context(form, report):
    return {
        "form": form,
        "columns": imports.column_help(),
        "allowed": imports.allowed_values(),
        "max_rows": imports.MAX_ROWS,
        "max_megabytes": imports.MAX_BYTES // (1024 * 1024),
        **report_context(report),
    }


def _administered(request):
    actors = admin_actors(request.user).order_by("name")
    # Members who administer nothing are not told the page exists, as with offer_archive.
    if not actors.exists():
        raise Http404
    return actors


@portal_view
def offer_import(request):
    actors = _administered(request)
    initial = {"actor": request.GET.get("actor") or actors[0].slug}
    data = request.POST if request.method == "POST" else None
    if data is not None and len(actors) == 1 and not data.get("actor"):
        # Only one organisation to import into: it need not be sent.
        data = data.copy()
        data["actor"] = actors[0].slug
    form = imports.ImportForm(data, request.FILES or None, actors=actors, initial=initial)
    if len(actors) == 1:
        form.fields["actor"].widget = forms.HiddenInput()
    report = None
    if request.method == "POST" and form.is_valid():
        report = run_import(request, form)
        if report is not None and report.ok:
            messages.success(request, imported_message(report))
            return redirect("portal:dashboard")
    context = {**page_context(form, report), "actors": actors}
    failed = request.method == "POST"
    return render(request, "portal/offer_import.html", context, status=400 if failed else 200)


@portal_view
def offer_import_template(request):
    _administered(request)
    return template_download(request)
