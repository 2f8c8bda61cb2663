"""Recruitment needs: an employer registers, edits, confirms, closes and reopens them in the
portal (no moderation), and is asked every NEED_REMIND_AFTER whether an open one still stands.

Like actors.services, each move writes the need and an audit row (`ActorEvent`, with the need
in the note, in bokmål) in one transaction; arguments after the need are keyword-only. Which
organisations may register needs (NEED_KINDS) and when a need is unconfirmed
(`RecruitmentNeed.objects.unconfirmed()`) are defined in actors.models, once.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from narvik_tilflytter import mail

from .access import admins_of, members_of
from .models import ActorEvent, RecruitmentNeed
from .services import _log, _office_words

Action = ActorEvent.Action


class NeedError(ValidationError):
    """A move on a recruitment need that is not allowed (closing a closed one, and so on)."""


def _note(need):
    return _office_words(str(need))


def _check_kind(actor):
    if not actor.registers_recruitment_needs:
        raise NeedError(
            _("Only businesses and public agencies register recruitment needs."), code="kind"
        )


@transaction.atomic
def add_need(need, *, by):
    """Save the new `need` (its organisation set by the caller), confirmed as of now."""
    _check_kind(need.actor)
    need.confirmed_at = timezone.now()
    need.closed_at = None
    need.full_clean()
    need.save()
    _log(need.actor, Action.NEED_ADDED, by=by, note=_note(need))
    return need


@transaction.atomic
def update_need(need, *, by, changed):
    """Save an edited need. Someone looked at it and kept it, so it counts as confirmed."""
    need.confirmed_at = timezone.now()
    need.reminded_at = None
    need.full_clean()
    need.save()
    labels = ", ".join(
        _office_words(RecruitmentNeed._meta.get_field(name).verbose_name) for name in changed
    )
    note = f"{_note(need)}: {labels}" if labels else _note(need)
    _log(need.actor, Action.NEED_CHANGED, by=by, note=note)
    return need


@transaction.atomic
def confirm_need(need, *, by):
    """The organisation says the open need still stands."""
    if not need.is_open:
        raise NeedError(_("This need is closed. Open it again first."), code="closed")
    need.confirmed_at = timezone.now()
    need.reminded_at = None
    need.save(update_fields=["confirmed_at", "reminded_at", "updated_at"])
    _log(need.actor, Action.NEED_CONFIRMED, by=by, note=_note(need))


@transaction.atomic
def close_need(need, *, by):
    """The need is filled or gone. It stays in the list (and the office's numbers) as closed."""
    if not need.is_open:
        raise NeedError(_("This need is already closed."), code="closed")
    need.closed_at = timezone.now()
    need.save(update_fields=["closed_at", "updated_at"])
    _log(need.actor, Action.NEED_CLOSED, by=by, note=_note(need))


@transaction.atomic
def reopen_need(need, *, by):
    """A closed need stands again, confirmed as of now."""
    if need.is_open:
        raise NeedError(_("This need is already open."), code="open")
    need.closed_at = None
    need.confirmed_at = timezone.now()
    need.reminded_at = None
    need.save(update_fields=["closed_at", "confirmed_at", "reminded_at", "updated_at"])
    _log(need.actor, Action.NEED_REOPENED, by=by, note=_note(need))


def needs_url(actor, language):
    """The organisation's page of needs (login needed), in `language`."""
    with translation.override(language):
        path = reverse("portal:needs", kwargs={"slug": actor.slug})
    return settings.SITE_URL + path


def send_need_reminders(*, now=None):
    """Ask each organisation with open needs nobody has confirmed for NEED_REMIND_AFTER whether
    they still stand: one e-mail per organisation to its admins (its members if it has none),
    once per period (`reminded_at`). Returns how many needs were asked about."""
    now = now or timezone.now()
    due = list(
        RecruitmentNeed.objects.due_for_reminder(now)
        .select_related("actor")
        .order_by("actor", "starts_on", "pk")
    )
    by_actor = {}
    for need in due:
        by_actor.setdefault(need.actor, []).append(need)
    for actor, needs in by_actor.items():
        with transaction.atomic():
            recipients = list(admins_of(actor)) or list(members_of(actor))
            for user in recipients:
                mail.send_to_user(
                    user,
                    "email/actors/need_reminder",
                    {"actor": actor, "needs": needs, "needs_url": needs_url(actor, user.language)},
                )
            RecruitmentNeed.objects.filter(pk__in=[need.pk for need in needs]).update(
                reminded_at=now
            )
    return len(due)
