"""The portal's recruitment needs (portal:needs and portal:need_*): an employer's list of its
needs, the form to add or edit one, and the buttons that confirm, close and reopen one.

Every view finds the organisation through the person's own membership and the need through
the organisation (`_employer_view`), so another organisation's need is a 404. Organisations
that are not employers (NEED_KINDS) get a 403 page that says why.
"""

from functools import wraps

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from narvik_tilflytter.errors import flash_error

from .. import needs as services
from ..access import member_actors, portal_view
from ..forms.needs import NeedForm


def _employer_view(view):
    """Call `view(request, actor, ...)` with the person's own organisation `slug`, if it is one
    that registers recruitment needs."""

    @wraps(view)
    def wrapped(request, slug, **kwargs):
        actor = get_object_or_404(member_actors(request.user), slug=slug)
        if not actor.registers_recruitment_needs:
            return render(request, "portal/needs_not_available.html", {"actor": actor}, status=403)
        return view(request, actor, **kwargs)

    return wrapped


def _own_need(actor, pk):
    return get_object_or_404(actor.recruitment_needs, pk=pk)


@require_http_methods(["GET", "HEAD"])
@portal_view
@_employer_view
def needs(request, actor):
    rows = list(actor.recruitment_needs.with_unconfirmed().order_by("starts_on", "pk"))
    closed = sorted(
        (need for need in rows if not need.is_open), key=lambda need: need.closed_at, reverse=True
    )
    return render(
        request,
        "portal/needs.html",
        {"actor": actor, "open_needs": [need for need in rows if need.is_open], "closed": closed},
    )


def _render_form(request, actor, form, need=None):
    return render(
        request,
        "portal/need_form.html",
        {"actor": actor, "form": form, "need": need},
        status=400 if form.errors else 200,
    )


@require_http_methods(["GET", "POST"])
@portal_view
@_employer_view
def need_add(request, actor):
    initial = {"contact_name": request.user.full_name, "contact_email": request.user.email}
    form = NeedForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        need = form.save(commit=False)
        need.actor = actor
        services.add_need(need, by=request.user)
        messages.success(request, _("The recruitment need is saved: %(need)s.") % {"need": need})
        return redirect("portal:needs", slug=actor.slug)
    return _render_form(request, actor, form)


@require_http_methods(["GET", "POST"])
@portal_view
@_employer_view
def need_edit(request, actor, pk):
    need = _own_need(actor, pk)
    form = NeedForm(request.POST or None, instance=need)
    if request.method == "POST" and form.is_valid():
        services.update_need(form.save(commit=False), by=request.user, changed=form.changed_data)
        messages.success(request, _("The recruitment need is saved: %(need)s.") % {"need": need})
        return redirect("portal:needs", slug=actor.slug)
    return _render_form(request, actor, form, need)


def _move(request, actor, pk, move, done):
    need = _own_need(actor, pk)
    try:
        move(need, by=request.user)
    except services.NeedError as error:
        flash_error(request, error)
    else:
        messages.success(request, done % {"need": need})
    return redirect("portal:needs", slug=actor.slug)


@require_POST
@portal_view
@_employer_view
def need_confirm(request, actor, pk):
    return _move(request, actor, pk, services.confirm_need, _("Thank you. %(need)s still stands."))


@require_POST
@portal_view
@_employer_view
def need_close(request, actor, pk):
    return _move(request, actor, pk, services.close_need, _("%(need)s is closed."))


@require_POST
@portal_view
@_employer_view
def need_reopen(request, actor, pk):
    return _move(request, actor, pk, services.reopen_need, _("%(need)s is open again."))
