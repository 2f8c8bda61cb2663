"""E-mail alerts: new public offers for a list's filters, in a weekly digest (issue 10, item 5).

- Double opt-in: asking stores the address unconfirmed and sends one e-mail with a signed link
  (valid `CONFIRM_DAYS`); nothing else goes to an address until that link is used. One such
  e-mail per address every `CONFIRM_MAIL_SECONDS`, whatever is asked (the cache remembers a hash
  of the address, not the address). A confirmed address that asks again gets the same e-mail:
  its link renews the alert. The page says the same in every case.
- `send_digests` (the daily `manage.py send_digests`): to each confirmed alert whose last digest
  is `DIGEST_DAYS` or more days old, the public offers matching its filters published since its
  mark (`last_sent_at`), at most `DIGEST_MAX`; then the mark moves, so no offer comes twice.
  No new offers, no e-mail, except in the alert's last `RENEW_NOTICE_DAYS`.
- Kept for a year: an alert confirmed more than `KEEP_DAYS` ago is deleted. Each digest in the
  last `RENEW_NOTICE_DAYS` carries a link "Keep getting these e-mails" (the confirmation link,
  which sets `confirmed_on` to today). An address that never confirms is deleted after
  `CONFIRM_DAYS`. Unsubscribing deletes the alert at once (a signed link that does not expire,
  and RFC 8058's one-click POST from the `List-Unsubscribe` header).
"""

import hashlib
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone, translation

from actors.login import normalise_login
from narvik_tilflytter import mail

from .filters import OfferFilter
from .models import Offer, Subscription
from .needs import normalise_filters, normalise_words

CONFIRM_DAYS = 7
CONFIRM_MAIL_SECONDS = 60 * 60
DIGEST_DAYS = 7
DIGEST_MAX = 20
KEEP_DAYS = 365
RENEW_NOTICE_DAYS = 14

CONFIRM_SALT = "offers.subscription-confirm"
UNSUBSCRIBE_SALT = "offers.unsubscribe"


# The filters an alert stores, and back


def stored_filters(cleaned_data):
    """The list's valid filters as an alert stores them (offers/needs.py's form), the search
    words normalised under "q"."""
    filters = normalise_filters(cleaned_data)
    words = normalise_words(cleaned_data.get("q"))
    if words:
        filters["q"] = words
    return filters


def filter_query(filters):
    """The stored filters as the list's query string (a QueryDict)."""
    query = QueryDict(mutable=True)
    for name, value in filters.items():
        if value is True:
            query[name] = "1"
        elif isinstance(value, list):
            query.setlist(name, [str(item) for item in value])
        else:
            query[name] = str(value)
    return query


def list_url(subscription, *, absolute=True):
    """The list's address for the alert's filters, in the active language (with the site's
    address, for an e-mail)."""
    query = filter_query(subscription.filters).urlencode()
    url = f"{reverse('offers:list')}{'?' + query if query else ''}"
    return f"{settings.SITE_URL}{url}" if absolute else url


# Tokens


# A token names the alert and its address; the address as a hash, since a signed token is
# only signed, not secret, and links end up in server logs.
def _address_hash(email):
    return hashlib.sha256(email.encode()).hexdigest()[:20]


def confirm_token(subscription):
    payload = {"s": subscription.pk, "e": _address_hash(subscription.email)}
    return signing.dumps(payload, salt=CONFIRM_SALT, compress=True)


def unsubscribe_token(subscription):
    payload = {"s": subscription.pk, "e": _address_hash(subscription.email)}
    return signing.dumps(payload, salt=UNSUBSCRIBE_SALT, compress=True)


def _subscription_of(token, salt, max_age=None):
    """The alert a token is for, or None if it is gone (an id used again by another address
    is gone too). Raises signing.BadSignature (SignatureExpired if too old)."""
    data = signing.loads(token, salt=salt, max_age=max_age)
    try:
        pk, address_hash = int(data["s"]), str(data["e"])
    except (KeyError, TypeError, ValueError):
        raise signing.BadSignature("Not an alert's token") from None
    subscription = Subscription.objects.filter(pk=pk).first()
    if subscription is None or _address_hash(subscription.email) != address_hash:
        return None
    return subscription


def subscription_to_confirm(token):
    """The alert a confirmation link is for, or None if it is gone (raises BadSignature)."""
    return _subscription_of(token, CONFIRM_SALT, max_age=timedelta(days=CONFIRM_DAYS))


def subscription_to_end(token):
    """The alert an unsubscribe link is for, or None if it is gone (raises BadSignature)."""
    return _subscription_of(token, UNSUBSCRIBE_SALT)


def _link(name, token):
    return f"{settings.SITE_URL}{reverse(name, args=[token])}"


# Moves


def subscribe(*, email, filters, language):
    """Ask for an alert. Returns nothing that says whether the address was known.

    A new address and filters are stored unconfirmed, and the confirmation e-mail is sent,
    unless one went to this address within the hour (then nothing is stored)."""
    email = normalise_login(email)
    if not _may_mail(email):
        return
    with transaction.atomic():
        subscription = Subscription.objects.filter(email=email, filters=filters).first()
        if subscription is None:
            try:
                with transaction.atomic():
                    subscription = Subscription.objects.create(
                        email=email, filters=filters, language=language
                    )
            except IntegrityError:
                # The same request twice at once: the other one made it.
                subscription = Subscription.objects.get(email=email, filters=filters)
        _send_confirmation(subscription)


def _may_mail(email):
    """True once per address in CONFIRM_MAIL_SECONDS (a hash of it in the cache)."""
    key = "alert-mail:" + _address_hash(email)
    try:
        return cache.add(key, 1, timeout=CONFIRM_MAIL_SECONDS)
    except Exception:
        # Without the cache, send: the per-client rate limit still holds.
        return True


def _send_confirmation(subscription):
    with translation.override(subscription.language):
        context = {
            "filters": describe(subscription),
            "confirm_url": _link("offers:subscription_confirm", confirm_token(subscription)),
            "confirm_days": CONFIRM_DAYS,
            "renewing": subscription.confirmed_on is not None,
        }
    mail.send_to_address(
        subscription.email, subscription.language, "email/offers/subscription_confirm", context
    )


def confirm(subscription):
    """The link was used: the alert starts (or is kept for another year). Its first digest
    has the offers published from now on."""
    first = subscription.confirmed_on is None
    subscription.confirmed_on = timezone.localdate()
    if first:
        subscription.last_sent_at = timezone.now()
    subscription.save(update_fields=["confirmed_on", "last_sent_at"])


def unsubscribe(subscription):
    subscription.delete()


def describe(subscription, filterset=None):
    """The alert's filters in words, in the active language (as the list's chips say them).
    `filterset`: the alert's, already valid (saves its queries)."""
    from .views.public import active_filters

    filterset = filterset or _valid_filterset(subscription, Offer.objects.none())
    if filterset is None:
        return []
    return [label for label, _url in active_filters(filterset, filterset.data)]


def _valid_filterset(subscription, queryset):
    """The list's filter for the alert over `queryset`, or None if it is no longer valid (a
    term it names was deleted: nothing then matches what it asked for, rather than more)."""
    filterset = OfferFilter(filter_query(subscription.filters), queryset=queryset)
    return filterset if filterset.is_valid() else None


# The digests


def delete_expired(today=None):
    """Unconfirmed after CONFIRM_DAYS, or not confirmed again within KEEP_DAYS: deleted."""
    today = today or timezone.localdate()
    unconfirmed = Subscription.objects.filter(
        confirmed_on__isnull=True, created_on__lte=today - timedelta(days=CONFIRM_DAYS)
    )
    too_old = Subscription.objects.filter(confirmed_on__lte=today - timedelta(days=KEEP_DAYS))
    return unconfirmed.delete()[0] + too_old.delete()[0]


def send_digests():
    """One digest to each confirmed alert that is due; safe to run as often as you like.

    Returns {"sent": n, "deleted": n}."""
    now = timezone.now()
    today = timezone.localdate(now)
    deleted = delete_expired(today)
    due_before = today - timedelta(days=DIGEST_DAYS)
    sent = 0
    for subscription in Subscription.objects.filter(confirmed_on__isnull=False).order_by("pk"):
        mark = subscription.last_sent_at
        if mark is not None and timezone.localdate(mark) > due_before:
            continue
        if _send_digest(subscription, now=now, today=today):
            sent += 1
    return {"sent": sent, "deleted": deleted}


def _new_offers_filterset(subscription, *, now):
    """The alert's filter over the public offers published after its mark (or None)."""
    queryset = Offer.objects.public().filter(published_at__lte=now)
    if subscription.last_sent_at is not None:
        queryset = queryset.filter(published_at__gt=subscription.last_sent_at)
    return _valid_filterset(subscription, queryset)


def _send_digest(subscription, *, now, today):
    ends_on = subscription.confirmed_on + timedelta(days=KEEP_DAYS)
    renew = ends_on - today <= timedelta(days=RENEW_NOTICE_DAYS)
    with transaction.atomic():
        with translation.override(subscription.language):
            filterset = _new_offers_filterset(subscription, now=now)
            newest_first = filterset.qs.order_by("-published_at", "pk") if filterset else []
            offers = list(newest_first[: DIGEST_MAX + 1])
            if not offers and not renew:
                return False
            unsubscribe_url = _link("offers:unsubscribe", unsubscribe_token(subscription))
            context = {
                "offers": [
                    (offer, f"{settings.SITE_URL}{offer.get_absolute_url()}")
                    for offer in offers[:DIGEST_MAX]
                ],
                "more": len(offers) > DIGEST_MAX,
                "list_url": list_url(subscription),
                "filters": describe(subscription, filterset),
                "unsubscribe_url": unsubscribe_url,
                "renew_url": (
                    _link("offers:subscription_confirm", confirm_token(subscription))
                    if renew
                    else ""
                ),
                "ends_on": ends_on,
                "digest_days": DIGEST_DAYS,
            }
        mail.send_to_address(
            subscription.email,
            subscription.language,
            "email/offers/digest",
            context,
            headers={
                "List-Unsubscribe": f"<{unsubscribe_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
        subscription.last_sent_at = now
        subscription.save(update_fields=["last_sent_at"])
    return True
