"""Changes to a published offer, in one place.

A published offer is never edited in place. Editing it starts a *pending change*: a second,
never-public `Offer` row with `change_of` pointing at the live offer, holding a copy of the live
offer's content. The change goes through the lifecycle in `offers.moderation` like any offer;
approving it copies its content into the live offer (which stays published throughout) and
removes the row; discarding it removes the row and leaves the live offer as it was.

What "content" means (the text in every language, the facts and the tags) is listed once, on
the model: `Offer.TRANSLATED_FIELDS`, `PLAIN_FIELDS`, `DERIVED_FIELDS` and `TAG_FIELDS`.
"""

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from .models import ModerationEvent, Offer

Status = Offer.Status

# A change the organisation may still throw away. One waiting for review is withdrawn first.
DISCARDABLE = frozenset({Status.DRAFT, Status.REJECTED})


def content_field_names():
    """The model fields that make up an offer's content, translated fields in every language."""
    translated = [
        f"{field}_{language}"
        for field in Offer.TRANSLATED_FIELDS
        for language in settings.MODELTRANSLATION_LANGUAGES
    ]
    return [*translated, *Offer.PLAIN_FIELDS, *Offer.DERIVED_FIELDS]


def copy_content(source, target, **overrides):
    """Give `target` the content of `source` (not its status, organisation or slug) and save it."""
    for name in content_field_names():
        setattr(target, name, getattr(source, name))
    for name, value in overrides.items():
        setattr(target, name, value)
    target.save()
    for name in Offer.TAG_FIELDS:
        getattr(target, name).set(getattr(source, name).all())
    return target


def working_copy(offer):
    """What the organisation edits and submits: the offer itself, or, for a published offer,
    its pending change (None while it has none)."""
    if offer.status == Status.PUBLISHED:
        return getattr(offer, "pending_change", None)
    return offer


def start(offer):
    """A new, unsaved change to the published `offer`, holding its content, and the form's
    initial tags (a many-to-many cannot be set before the row is saved)."""
    change = Offer(actor=offer.actor, change_of=offer, status=Status.DRAFT)
    for name in content_field_names():
        setattr(change, name, getattr(offer, name))
    initial = {name: list(getattr(offer, name).all()) for name in Offer.TAG_FIELDS}
    return change, initial


@transaction.atomic
def apply(change):
    """Put an approved change's content into the live offer and remove the change. Only
    `offers.moderation.approve` calls this (it checks and records the decision)."""
    live = change.change_of
    copy_content(change, live)
    change.delete()
    return live


def can_discard(change):
    return change is not None and change.status in DISCARDABLE


@transaction.atomic
def discard(change, *, by):
    """Throw a change away; the published offer stays as it is. Recorded in its history."""
    live = change.change_of
    ModerationEvent.objects.create(
        offer=live,
        is_change=True,
        by=by,
        from_status=change.status,
        to_status=live.status,
        note=_("The change was discarded. The published offer is unchanged."),
    )
    change.delete()


def diff(change):
    """(field label, live value, changed value) for every field the change alters."""
    live = change.change_of
    rows = []
    for name in content_field_names():
        before, after = getattr(live, name), getattr(change, name)
        if before != after:
            rows.append((Offer._meta.get_field(name).verbose_name, before, after))
    for name in Offer.TAG_FIELDS:
        before = sorted(str(term) for term in getattr(live, name).all())
        after = sorted(str(term) for term in getattr(change, name).all())
        if before != after:
            rows.append((Offer._meta.get_field(name).verbose_name, before, after))
    return rows
