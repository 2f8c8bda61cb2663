"""The project office's bulk import in admin (admin:offers_offer_import, from OfferAdmin's
URLs): for any organisation, as drafts or published at once through offers.moderation. The
reading and checking is offers/imports.py, the same as the portal's."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from actors.models import Actor
from actors.office import is_office

from .. import imports
from .portal_import import imported_message, page_context, run_import, template_download


def offer_import(request, model_admin):
    if not is_office(request.user):
        raise PermissionDenied
    form = imports.OfficeImportForm(
        request.POST or None,
        request.FILES or None,
        actors=Actor.objects.order_by("name"),
        initial={"actor": request.GET.get("actor")},
    )
    report = None
    if request.method == "POST" and form.is_valid():
        publish = form.cleaned_data["publish"]
        report = run_import(request, form, publish=publish)
        if report is not None and report.ok:
            model_admin.message_user(
                request, imported_message(report, published=publish), messages.SUCCESS
            )
            return redirect("admin:offers_offer_changelist")
    context = {
        **model_admin.admin_site.each_context(request),
        **page_context(form, report),
        "title": _("Import offers"),
        "opts": model_admin.model._meta,
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "admin/offers/offer/import.html", context, status=status)


def offer_import_template(request, model_admin):
    if not is_office(request.user):
        raise PermissionDenied
    return template_download(request)
