"""Keeping offers current: reminders before an offer expires, and "is this still current?"
every six months, answered by a signed link that needs no login.

The two windows are defined here once, as queryset methods on `Offer.objects`
(`expiring_soon()`, `unconfirmed()`, and `with_freshness()` for both as flags in one query): the
portal's dashboard, the daily reminders and the admin's filters all ask them.
"""

import calendar
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import models, transaction
from django.db.models import BooleanField, Case, F, Q, When
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from actors.access import members_of
from narvik_tilflytter import mail
from narvik_tilflytter.validators import validate_not_in_the_past

# An offer "expires soon" when it leaves the public pages within this many days.
EXPIRING_WITHIN = timedelta(days=14)
# An offer is "unconfirmed" when nobody has said it is current for this long.
CONFIRM_AFTER = timedelta(days=182)
# How often an unconfirmed offer's organisation is asked again.
ASK_AGAIN_AFTER = timedelta(days=14)
CONFIRM_LINK_MAX_AGE = 60 * 60 * 24 * 30
# The end date the portal offers when an organisation extends an expired offer.
EXTEND_BY_MONTHS = 3
SALT = "offers.confirm-current"


class FreshnessQuerySet(models.QuerySet):
    """Mixed into Offer's queryset (offers.models.OfferQuerySet)."""

    def _expiring_soon(self, today):
        return Q(
            status=self.model.Status.PUBLISHED,
            valid_until__gte=today,
            valid_until__lte=today + EXPIRING_WITHIN,
        )

    def _unconfirmed(self, now):
        cutoff = now - CONFIRM_AFTER
        return Q(status=self.model.Status.PUBLISHED) & (
            Q(last_confirmed_at__lt=cutoff)
            | Q(last_confirmed_at__isnull=True, published_at__lt=cutoff)
        )

    def expiring_soon(self, today=None):
        """Published offers that leave the public pages within EXPIRING_WITHIN."""
        return self.filter(self._expiring_soon(today or timezone.localdate()))

    def _expired(self, today):
        return Q(status=self.model.Status.PUBLISHED, valid_until__lt=today)

    def expired(self, today=None):
        """Published offers whose last valid day has passed, so the public rule hides them."""
        return self.filter(self._expired(today or timezone.localdate()))

    def unconfirmed(self, now=None):
        """Published offers nobody has confirmed as current for CONFIRM_AFTER."""
        return self.filter(self._unconfirmed(now or timezone.now()))

    def with_freshness(self, now=None):
        """Annotate `is_expiring_soon`, `is_unconfirmed` and `is_expired` (published, but its
        last valid day has passed, so the public rule hides it), the same rules as flags."""
        now = now or timezone.now()
        today = timezone.localdate(now)

        def flag(condition):
            # Case, not a bare condition: an empty date must read False, not NULL.
            return Case(When(condition, then=True), default=False, output_field=BooleanField())

        return self.annotate(
            is_expiring_soon=flag(self._expiring_soon(today)),
            is_unconfirmed=flag(self._unconfirmed(now)),
            is_expired=flag(self._expired(today)),
        )


def _offers():
    # offers.models imports this module for FreshnessQuerySet, so the model is looked up when
    # a function runs, not when the module loads.
    from .models import Offer

    return Offer.objects


def confirm_token(offer):
    return signing.dumps({"offer": offer.pk}, salt=SALT, compress=True)


def offer_from_token(token):
    """The offer a link is for. Raises signing.BadSignature (SignatureExpired if too old)."""
    data = signing.loads(token, salt=SALT, max_age=CONFIRM_LINK_MAX_AGE)
    return _offers().get(pk=data["offer"])


def confirm_url(offer, language):
    with translation.override(language):
        path = reverse("offers:confirm", kwargs={"token": confirm_token(offer)})
    return settings.SITE_URL + path


@transaction.atomic
def confirm(offer, *, by=None):
    """The organisation says the published offer is still current."""
    offer.last_confirmed_at = timezone.now()
    offer.confirmation_requested_at = None
    offer.save(update_fields=["last_confirmed_at", "confirmation_requested_at", "updated_at"])
    offer.events.create(
        by=by,
        from_status=offer.status,
        to_status=offer.status,
        note=_("Confirmed as still current."),
    )


def default_extension(today=None):
    """The end date offered for an extension: EXTEND_BY_MONTHS after today (the month's last
    day when it is shorter, so 30 November gives 28 or 29 February)."""
    today = today or timezone.localdate()
    months = today.month - 1 + EXTEND_BY_MONTHS
    year, month = today.year + months // 12, months % 12 + 1
    day = min(today.day, calendar.monthrange(year, month)[1])
    return today.replace(year=year, month=month, day=day)


@transaction.atomic
def extend(offer, *, by, until):
    """A member moves a published offer's last valid day to `until`; an expired offer is public
    again at once. Only the date changes, and the project office approved the offer as it is,
    so this is not sent for review; the note says so. A pending change gets the same date, so
    approving it later does not bring the old one back."""
    from .moderation import ModerationError

    if offer.status != offer.Status.PUBLISHED or offer.is_change:
        raise ModerationError(_("Only published offers can be extended."), code="not-allowed")
    validate_not_in_the_past(until)
    offer.valid_until = until
    offer.full_clean()
    offer.save(update_fields=["valid_until", "updated_at"])
    change = getattr(offer, "pending_change", None)
    if change is not None:
        change.valid_until = until
        change.save(update_fields=["valid_until", "updated_at"])
    note = _("Extended to %(date)s. Only the end date changed, so it was not sent for review.") % {
        "date": date_format(until, "DATE_FORMAT")
    }
    offer.events.create(by=by, from_status=offer.status, to_status=offer.status, note=note)


def _send(offer, template):
    for user in members_of(offer.actor):
        mail.send_to_user(
            user,
            template,
            {"offer": offer, "confirm_url": confirm_url(offer, user.language)},
        )


def send_reminders(*, now=None):
    """E-mail the organisations whose published offers need a look. Returns the counts."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    offers = _offers()
    expiring = offers.expiring_soon(today).exclude(expiry_reminder_for=F("valid_until"))
    unconfirmed = offers.unconfirmed(now).filter(
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
