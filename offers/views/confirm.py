"""The one-click "still current" link from the six-monthly e-mail. It needs no login: the
signed token in the link is the proof. GET shows a button; only POST confirms, so a mail
scanner that follows links confirms nothing."""

from django.core import signing
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt

from .. import freshness
from ..models import Offer


# The signed token authenticates the request the way a CSRF token would, and the page must
# work from an e-mail link without a session or cookie.
@csrf_exempt
def confirm_current(request, token):
    try:
        offer = freshness.offer_from_token(token)
    except signing.SignatureExpired:
        return render(request, "offers/confirm_invalid.html", {"expired": True}, status=400)
    except (signing.BadSignature, Offer.DoesNotExist):
        return render(request, "offers/confirm_invalid.html", {"expired": False}, status=400)
    if offer.status != Offer.Status.PUBLISHED or offer.is_change:
        return render(
            request, "offers/confirm_invalid.html", {"offer": offer, "gone": True}, status=400
        )
    if request.method == "POST":
        freshness.confirm(offer)
        return render(request, "offers/confirm_current.html", {"offer": offer, "done": True})
    return render(request, "offers/confirm_current.html", {"offer": offer, "done": False})
