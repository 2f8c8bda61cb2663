"""E-mail alerts on the public pages: ask for one, confirm it, end it (offers/alerts.py).

No cookie: the form is guarded by narvik_tilflytter/guard.py and SUBSCRIBE_LIMIT (offers/urls.py)
instead of CSRF, and the links are authorised by their signatures. Every answer to the form is
the same whether the address is known or not."""

from django import forms
from django.core import signing
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from narvik_tilflytter.guard import GuardedForm

from .. import alerts
from ..filters import OfferFilter
from ..models import Offer
from .public import active_filters


class SubscribeForm(GuardedForm):
    purpose = "subscribe"

    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Write your e-mail address."),
            "invalid": _("Write the whole e-mail address, for example kari@example.no."),
        },
    )


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    """The list's filters come in the query string, on the form's page and on its post."""
    filterset = OfferFilter(request.GET, queryset=Offer.objects.none())
    if not filterset.is_valid():
        context = {"invalid": True, "filters": [], "query": ""}
        return render(request, "offers/subscribe.html", context, status=400)
    query = request.GET.copy()
    for name in ("page", "sort", "sent"):
        query.pop(name, None)
    context = {
        "filters": [label for label, _url in active_filters(filterset, query)],
        "query": query.urlencode(),
        "sent": False,
    }
    status = 200
    if request.method == "POST":
        form = SubscribeForm(request.POST)
        if form.is_valid():
            alerts.subscribe(
                email=form.cleaned_data["email"],
                filters=alerts.stored_filters(filterset.form.cleaned_data),
                language=get_language(),
            )
            query["sent"] = "1"
            return redirect(f"{reverse('offers:subscribe')}?{query.urlencode()}")
        status = 400
    else:
        form = SubscribeForm()
        context["sent"] = request.GET.get("sent") == "1"
    context["form"] = form
    return render(request, "offers/subscribe.html", context, status=status)


def _invalid(request, reason):
    context = {"reason": reason, "confirm_days": alerts.CONFIRM_DAYS}
    return render(request, "offers/subscription_invalid.html", context, status=400)


# The signed link is the proof, as a CSRF token would be, and the page opens from an e-mail
# without a session or cookie. GET shows a button; only POST confirms, so a mail scanner that
# follows links confirms nothing.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def subscription_confirm(request, token):
    try:
        subscription = alerts.subscription_to_confirm(token)
    except signing.SignatureExpired:
        return _invalid(request, "expired")
    except signing.BadSignature:
        return _invalid(request, "broken")
    if subscription is None:
        return _invalid(request, "gone")
    done = request.method == "POST"
    if done:
        alerts.confirm(subscription)
    context = {
        "done": done,
        "filters": alerts.describe(subscription),
        "list_url": alerts.list_url(subscription, absolute=False),
    }
    return render(request, "offers/subscription_confirm.html", context)


# RFC 8058: a mail program's one-click POST carries no CSRF token; the signature authorises it.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    try:
        subscription = alerts.subscription_to_end(token)
    except signing.BadSignature:
        return _invalid(request, "broken")
    done = request.method == "POST" or subscription is None
    filters = alerts.describe(subscription) if subscription else []
    if request.method == "POST" and subscription is not None:
        alerts.unsubscribe(subscription)
    return render(request, "offers/unsubscribe.html", {"done": done, "filters": filters})
