"""The newcomers' voice on the public pages: feedback on an offer, "didn't find what you
need?". No cookie: these views are exempt from CSRF and guarded by narvik_tilflytter/guard.py
and the rate limits in ratelimit.py (applied in offers/urls.py) instead."""

from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from ..models import Offer
from ..public_forms import FeedbackForm, UnmetNeedForm


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def feedback(request, slug):
    """The feedback form on its own page: where a post that needs fixing comes back to."""
    offer = get_object_or_404(Offer.objects.public(), slug=slug)
    if request.method == "POST":
        form = FeedbackForm(request.POST, offer=offer)
        if form.is_valid():
            form.save()
            return redirect(f"{offer.get_absolute_url()}?feedback=thanks#feedback")
        status = 400
    else:
        form = FeedbackForm(offer=offer)
        status = 200
    return render(
        request, "offers/feedback_form.html", {"offer": offer, "form": form}, status=status
    )


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unmet_need(request):
    if request.method == "POST":
        form = UnmetNeedForm(request.POST)
        if form.is_valid():
            form.save()
            return redirect(f"{reverse('offers:unmet_need')}?sent=1")
        status = 400
    else:
        form = UnmetNeedForm(initial=_initial_from(request.GET))
        status = 200
    sent = request.method != "POST" and request.GET.get("sent") == "1"
    return render(request, "offers/unmet_need.html", {"form": form, "sent": sent}, status=status)


def _initial_from(query):
    """A link from the list may carry what was searched (?text=…) and the single filters."""
    fields = ("text", "who", "focus_area", "offer_language")
    return {name: query[name][:1000] for name in fields if query.get(name)}
