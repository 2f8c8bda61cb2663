"""Keeping offers current: reminders before an offer expires, and "is this still current?"
every six months, answered by a signed link that needs no login."""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from actors.services import members_of
from narvik_tilflytter import mail

from .models import ModerationEvent, Offer

EXPIRY_NOTICE = timedelta(days=14)
CONFIRM_AFTER = timedelta(days=182)
ASK_AGAIN_AFTER = timedelta(days=14)
CONFIRM_LINK_MAX_AGE = 60 * 60 * 24 * 30
SALT = "offers.confirm-current"


def confirm_token(offer):
    return signing.dumps({"offer": offer.pk}, salt=SALT, compress=True)


def offer_from_token(token):
    """The offer a link is for. Raises signing.BadSignature (SignatureExpired if too old)."""
    data = signing.loads(token, salt=SALT, max_age=CONFIRM_LINK_MAX_AGE)
    return Offer.objects.get(pk=data["offer"])


def confirm_url(offer, language):
    with translation.override(language):
        path = reverse("offers:confirm", kwargs={"token": confirm_token(offer)})
    return settings.SITE_URL + path


@transaction.atomic
def confirm(offer, by=None):
    """The organisation says the published offer is still current."""
    offer.last_confirmed_at = timezone.now()
    offer.confirmation_requested_at = None
    offer.save(update_fields=["last_confirmed_at", "confirmation_requested_at", "updated_at"])
    ModerationEvent.objects.create(
        offer=offer,
        by=by,
        from_status=offer.status,
        to_status=offer.status,
        note=_("Confirmed as still current."),
    )


def _send(offer, template):
    for user in members_of(offer.actor):
        mail.send_to_user(
            user,
            template,
            {"offer": offer, "confirm_url": confirm_url(offer, user.language)},
        )


def send_reminders(now=None):
    """E-mail the organisations whose published offers need a look. Returns the counts."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    published = Offer.objects.filter(status=Offer.Status.PUBLISHED, change_of__isnull=True)
    expiring = published.filter(
        valid_until__gte=today, valid_until__lte=today + EXPIRY_NOTICE
    ).exclude(expiry_reminder_for=F("valid_until"))
    unconfirmed = published.filter(
        Q(last_confirmed_at__lt=now - CONFIRM_AFTER)
        | Q(last_confirmed_at__isnull=True, published_at__lt=now - CONFIRM_AFTER)
    ).filter(
        Q(confirmation_requested_at__isnull=True)
        | Q(confirmation_requested_at__lt=now - ASK_AGAIN_AFTER)
    )
    counts = {"expiring": 0, "unconfirmed": 0}
    for offer in expiring.select_related("actor"):
        _send(offer, "email/offers/expiring")
        offer.expiry_reminder_for = offer.valid_until
        offer.save(update_fields=["expiry_reminder_for"])
        counts["expiring"] += 1
    for offer in unconfirmed.select_related("actor"):
        _send(offer, "email/offers/still_current")
        offer.confirmation_requested_at = now
        offer.save(update_fields=["confirmation_requested_at"])
        counts["unconfirmed"] += 1
    return counts
