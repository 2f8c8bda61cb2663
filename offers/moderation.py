"""The offer lifecycle. Nothing else changes `Offer.status`.

    draft --submit--> pending --approve--> published --archive--> archived
      ^                 |  |
      +----withdraw-----+  +--reject(reason)--> rejected --edit, submit--> pending

A published offer is changed through a *pending change*: a second, never-public Offer row with
`change_of` pointing at the live one. It goes through the same moves; approving it copies its
content into the live offer (which stays published throughout) and removes it; rejecting it
leaves the live offer untouched.

Each move checks that it is allowed (`ModerationError` with a message for people if not),
writes a `ModerationEvent` (who, when, from, to, note) and e-mails the people concerned, each in
their own language.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from actors.access import members_of
from actors.models import Membership
from actors.office import is_office
from narvik_tilflytter import mail

from . import changes
from .models import ModerationEvent, Offer

Status = Offer.Status


class ModerationError(ValidationError):
    """A move the lifecycle does not allow, or that this person may not make."""


def _is_member(offer, user, role=None):
    memberships = Membership.objects.filter(actor=offer.actor, user=user)
    if role:
        memberships = memberships.filter(role=role)
    return memberships.exists()


def _check_status(offer, allowed, message):
    if offer.status not in allowed:
        raise ModerationError(message, code="not-allowed")


def _check_office(user):
    if not is_office(user):
        raise ModerationError(_("Only the project office can do this."), code="forbidden")


def _move(offer, to_status, by, note=""):
    """Change the status and write the audit row, in one transaction with the caller."""
    from_status = offer.status
    offer.status = to_status
    offer.save(update_fields=["status", "updated_at"])
    ModerationEvent.objects.create(
        offer=offer.live_offer(),
        is_change=offer.is_change,
        by=by,
        from_status=from_status,
        to_status=to_status,
        note=note,
    )


def _mail_context(offer):
    return {"offer": offer.live_offer(), "is_change": offer.is_change, "actor": offer.actor}


@transaction.atomic
def submit(offer, *, by, note=""):
    """An organisation member sends a draft (or a rejected offer, after editing) for review; the
    project office may too, on the organisation's behalf (its import, offers/imports.py)."""
    _check_status(
        offer,
        {Status.DRAFT, Status.REJECTED},
        _("Only drafts and rejected offers can be sent for review."),
    )
    by_office = is_office(by)
    if not by_office and not _is_member(offer, by):
        raise ModerationError(_("Only the organisation's members can do this."), code="forbidden")
    if not offer.actor.is_approved:
        raise ModerationError(
            _(
                "Your organisation has not been approved by the project office yet. You can "
                "write drafts, and send them for review once it is approved."
            ),
            code="actor-not-approved",
        )
    offer.full_clean()
    if not offer.focus_areas.exists() or not offer.languages.exists():
        raise ModerationError(
            _("Choose at least one topic and one language before you send the offer."),
            code="incomplete",
        )
    _move(offer, Status.PENDING, by, note=note)
    if not by_office:
        # The office does not need telling what it sent itself.
        mail.send_to_office("email/offers/submitted", _mail_context(offer))


@transaction.atomic
def withdraw(offer, *, by):
    """Take a submission back to draft before the project office has decided."""
    _check_status(offer, {Status.PENDING}, _("Only offers waiting for review can be withdrawn."))
    if not _is_member(offer, by):
        raise ModerationError(_("Only the organisation's members can do this."), code="forbidden")
    _move(offer, Status.DRAFT, by)


@transaction.atomic
def approve(offer, *, by, note="", notify=True):
    """The project office publishes an offer, or puts an approved change into the live offer.

    `notify=False` leaves the organisation's e-mail to the caller: the office's import publishes
    many offers at once and sends one mail for them all (offers/imports.py)."""
    _check_status(offer, {Status.PENDING}, _("Only offers waiting for review can be approved."))
    _check_office(by)
    now = timezone.now()
    if offer.is_change:
        live = changes.apply(offer)
        live.last_confirmed_at = now
        live.save(update_fields=["last_confirmed_at", "updated_at"])
        ModerationEvent.objects.create(
            offer=live,
            is_change=True,
            by=by,
            from_status=Status.PENDING,
            to_status=Status.PUBLISHED,
            note=_("The change was approved and is now public."),
        )
        context = {"offer": live, "is_change": True, "actor": live.actor}
    else:
        offer.published_at = offer.published_at or now
        offer.last_confirmed_at = now
        offer.save(update_fields=["published_at", "last_confirmed_at"])
        _move(offer, Status.PUBLISHED, by, note=note)
        context = _mail_context(offer)
    if notify:
        mail.send_to_users(members_of(offer.actor), "email/offers/approved", context)


@transaction.atomic
def reject(offer, *, by, reason):
    """The project office sends an offer (or a change) back, saying why."""
    _check_status(offer, {Status.PENDING}, _("Only offers waiting for review can be rejected."))
    _check_office(by)
    reason = (reason or "").strip()
    if not reason:
        raise ModerationError(
            _("Write a reason, so the organisation knows what to change."), code="no-reason"
        )
    _move(offer, Status.REJECTED, by, note=reason)
    context = {**_mail_context(offer), "reason": reason}
    mail.send_to_users(members_of(offer.actor), "email/offers/rejected", context)


@transaction.atomic
def archive(offer, *, by):
    """Take a published offer off the site for good (an organisation admin or the office)."""
    _check_status(offer, {Status.PUBLISHED}, _("Only published offers can be archived."))
    if offer.is_change:
        raise ModerationError(_("A change cannot be archived."), code="not-allowed")
    if not is_office(by) and not _is_member(offer, by, role=Membership.Role.ADMIN):
        raise ModerationError(
            _("Only the organisation's administrators can archive offers."), code="forbidden"
        )
    change = getattr(offer, "pending_change", None)
    if change is not None:
        changes.discard(change, by=by)
    _move(offer, Status.ARCHIVED, by)
    mail.send_to_users(members_of(offer.actor), "email/offers/archived", _mail_context(offer))
