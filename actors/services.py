"""Multi-step writes for accounts, organisations and memberships.

Each function checks what it must (a clear, translated MembershipError if the move is not
allowed), writes in one transaction with an audit row (`ActorEvent`: who, when, what, note)
for every move someone makes on an organisation, and e-mails the people concerned in their own
language through narvik_tilflytter.mail, which sends after the transaction commits. Arguments
after the object are keyword-only, so a call reads as a sentence: `approve_actor(actor, by=...)`.
Views and the admin call these; they do not change organisations or memberships themselves.
"""

import hashlib
from datetime import timedelta
from types import SimpleNamespace

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from narvik_tilflytter import mail, slugs

from . import tokens
from .access import admins_of
from .models import Actor, ActorEvent, Invitation, JoinRequest, Membership, User
from .office import is_office

Role = Membership.Role
Action = ActorEvent.Action

# The site's mail must not be a way to spam: what one organisation or one person can make it
# send in a day.
DAY = timedelta(days=1)
INVITATIONS_PER_ORGANISATION_PER_DAY = 20
ORGANISATIONS_INVITING_AN_ADDRESS_PER_DAY = 3
JOIN_REQUESTS_PER_PERSON_PER_DAY = 5
JOIN_REQUESTS_PER_ORGANISATION_PER_DAY = 20


class MembershipError(ValidationError):
    """A move on memberships that is not allowed (the last admin leaving, and so on)."""


def _log(actor, action, *, by, person=None, note=""):
    """The audit row of a move on `actor`, in the caller's transaction. The person it concerns
    is a link, never a copy of their name or address, so deleting an account removes them."""
    return ActorEvent.objects.create(actor=actor, action=action, by=by, person=person, note=note)


def _office_words(text):
    """A note in the project office's language (bokmål), whoever made the move in which
    language: the history reads the same for everyone."""
    with translation.override(settings.LANGUAGE_CODE):
        return str(text)


# Organisations -------------------------------------------------------------------------------


ACTOR_SLUG_FALLBACK = "organisasjon"


def unique_actor_slug(name):
    return slugs.unique_slug(Actor.objects.all(), name, ACTOR_SLUG_FALLBACK)


def create_actor(*, actor, by):
    """Save a new organisation (not approved) with `by` as its admin. The project office hears
    of it once `by` has confirmed their e-mail address (now, or when they do)."""
    with transaction.atomic():
        actor.is_approved = False
        # The slug is chosen as it is saved, free even if someone registers the same name then.
        actor.full_clean(exclude=["slug"])
        slugs.save_with_unique_slug(actor, actor.name, ACTOR_SLUG_FALLBACK)
        Membership.objects.create(user=by, actor=actor, role=Role.ADMIN)
        _log(actor, Action.REGISTERED, by=by, person=by)
    if by.is_email_verified:
        _tell_office_of_new_actor(actor, by)
    return actor


def _tell_office_of_new_actor(actor, user):
    mail.send_to_office(
        "email/actors/actor_registered", {"actor": actor, "person": user, "email": user.email}
    )


@transaction.atomic
def update_profile(actor, *, by, changed):
    """Save an organisation's profile as an admin edited it, noting which fields changed."""
    actor.full_clean()
    actor.save()
    if changed:
        labels = ", ".join(
            _office_words(Actor._meta.get_field(name).verbose_name) for name in changed
        )
        _log(actor, Action.PROFILE_CHANGED, by=by, note=labels)
    return actor


# Joining -------------------------------------------------------------------------------------


def request_to_join(*, user, actor, message=""):
    """Ask to join an approved organisation. Its admins hear of it once the e-mail address is
    confirmed: a request from an address nobody has confirmed could be from anyone."""
    if Membership.objects.filter(user=user, actor=actor).exists():
        raise MembershipError(
            _("You are already a member of %(actor)s.") % {"actor": actor.name}, code="member"
        )
    since = timezone.now() - DAY
    asked_already = JoinRequest.objects.filter(user=user, actor=actor).exists()
    if not asked_already and (
        JoinRequest.objects.filter(user=user, created_at__gte=since).count()
        >= JOIN_REQUESTS_PER_PERSON_PER_DAY
        or JoinRequest.objects.filter(actor=actor, created_at__gte=since).count()
        >= JOIN_REQUESTS_PER_ORGANISATION_PER_DAY
    ):
        raise MembershipError(
            _("Too many requests to join in one day. Try again tomorrow."), code="limit"
        )
    join_request, created = JoinRequest.objects.update_or_create(
        user=user, actor=actor, defaults={"message": message}
    )
    # Asking again changes the message; the admins were told the first time.
    if created and user.is_email_verified:
        _tell_admins_of_join_request(join_request)
    return join_request


def _tell_admins_of_join_request(join_request):
    mail.send_to_users(
        admins_of(join_request.actor),
        "email/actors/join_request",
        {"join_request": join_request, "actor": join_request.actor, "person": join_request.user},
    )


@transaction.atomic
def accept_join_request(join_request, *, by):
    actor, user = join_request.actor, join_request.user
    # A request is always for the role "member"; admins can change it afterwards.
    Membership.objects.get_or_create(user=user, actor=actor, defaults={"role": Role.MEMBER})
    join_request.delete()
    _log(actor, Action.JOIN_ACCEPTED, by=by, person=user)
    mail.send_to_user(user, "email/actors/join_request_accepted", {"actor": actor})


@transaction.atomic
def decline_join_request(join_request, *, by):
    actor, user = join_request.actor, join_request.user
    join_request.delete()
    _log(actor, Action.JOIN_DECLINED, by=by, person=user)
    mail.send_to_user(user, "email/actors/join_request_declined", {"actor": actor})


# E-mail confirmation -------------------------------------------------------------------------


# An address whose owner was told of a registration attempt is not told again for this long.
REGISTRATION_ATTEMPT_NOTICE_INTERVAL = 60 * 60


def tell_owner_of_registration_attempt(email):
    """Someone registered with an address that has an account: tell its owner how to log in
    (at most once an hour), instead of telling the person at the keyboard that it exists."""
    user = User.objects.filter(email__iexact=email, is_active=True).first()
    if user is None:
        return
    key = "registration-attempt:" + hashlib.sha256(user.email.encode()).hexdigest()
    if cache.add(key, True, REGISTRATION_ATTEMPT_NOTICE_INTERVAL):
        mail.send_to_user(user, "email/actors/register_existing")


def send_verification(user):
    token = tokens.make_verification_token(user)
    with translation.override(user.language):
        path = reverse("portal:verify_email", kwargs={"token": token})
    mail.send_to_user(user, "email/actors/verify_email", {"path": path, "days": tokens.link_days()})


def confirm_email(user):
    """Mark the address confirmed, and pass on what waited for it: the new organisations this
    person registered (to the project office) and their requests to join (to the admins).
    Returns False if it was confirmed already (nothing is sent twice)."""
    if user.is_email_verified:
        return False
    user.email_verified_at = timezone.now()
    user.save(update_fields=["email_verified_at"])
    for actor in Actor.objects.filter(
        is_approved=False, memberships__user=user, memberships__role=Role.ADMIN
    ):
        _tell_office_of_new_actor(actor, user)
    for join_request in user.join_requests.select_related("actor", "user"):
        _tell_admins_of_join_request(join_request)
    return True


# Invitations ---------------------------------------------------------------------------------


@transaction.atomic
def invite(*, actor, email, role, by):
    """Invite `email` to `actor` with `role`. Inviting the same address again replaces the
    earlier invitation (its link stops working) and sends a new link."""
    email = User.objects.normalize_email(email).lower()
    if Membership.objects.filter(actor=actor, user__email__iexact=email).exists():
        raise MembershipError(
            _("%(email)s is already a member of %(actor)s.")
            % {"email": email, "actor": actor.name},
            code="member",
        )
    _check_invitation_limits(actor, email, role)
    invitation, _created = Invitation.objects.update_or_create(
        actor=actor,
        email=email,
        defaults={"role": role, "invited_by": by, "created_at": timezone.now()},
    )
    # Someone with an account gets it in their language; anyone else in the inviter's.
    recipient = User.objects.filter(email__iexact=email).first() or SimpleNamespace(
        email=email, full_name="", language=translation.get_language() or by.language
    )
    # The role only: the address is someone's who may never answer, and the invitation row
    # (which holds it) goes when it is answered or withdrawn.
    _log(actor, Action.INVITED, by=by, note=_office_words(Role(role).label))
    token = tokens.make_invitation_token(invitation)
    with translation.override(recipient.language):
        path = reverse("portal:invitation", kwargs={"token": token})
    mail.send_to_user(
        recipient,
        "email/actors/invitation",
        {
            "actor": actor,
            "invitation": invitation,
            "inviter": by,
            "path": path,
            "days": tokens.link_days(),
        },
    )
    return invitation


def _check_invitation_limits(actor, email, role):
    """An organisation the office has not approved (its name is unreviewed text) sends no
    invitations; an approved one only so many a day; one address gets the same invitation from
    it once a day (a corrected role may follow at once), and hears from only a few
    organisations a day."""
    if not actor.is_approved:
        raise MembershipError(
            _(
                "You can invite colleagues once the project office has approved the "
                "organisation. Until then, they can register and ask to join."
            ),
            code="not-approved",
        )
    since = timezone.now() - DAY
    sent = actor.events.filter(action=Action.INVITED, at__gte=since).count()
    if sent >= INVITATIONS_PER_ORGANISATION_PER_DAY:
        raise MembershipError(
            _("Your organisation has sent as many invitations as it can today. Try tomorrow."),
            code="limit",
        )
    recent = Invitation.objects.filter(email=email, created_at__gte=since)
    if recent.filter(actor=actor, role=role).exists():
        raise MembershipError(
            _(
                "%(email)s got an invitation from you less than a day ago. Try again tomorrow, "
                "or ask them to look in their spam folder."
            )
            % {"email": email},
            code="limit",
        )
    if recent.exclude(actor=actor).count() >= ORGANISATIONS_INVITING_AN_ADDRESS_PER_DAY:
        raise MembershipError(
            _("%(email)s has had many invitations today. Try again tomorrow.") % {"email": email},
            code="limit",
        )


@transaction.atomic
def revoke_invitation(invitation, *, by):
    """Withdraw an invitation: its link stops working."""
    invitation.delete()
    _log(invitation.actor, Action.INVITATION_WITHDRAWN, by=by)


def accept_invitation(invitation, *, user):
    """Make `user` a member with the invited role. Only the invited address may accept: the
    link came to it, so it also confirms that address."""
    if user.email.lower() != invitation.email.lower():
        raise MembershipError(_("This invitation is for another e-mail address."), code="email")
    with transaction.atomic():
        membership, created = Membership.objects.get_or_create(
            user=user, actor=invitation.actor, defaults={"role": invitation.role}
        )
        JoinRequest.objects.filter(user=user, actor=invitation.actor).delete()
        invitation.delete()
        if created:
            _log(
                invitation.actor,
                Action.INVITATION_ACCEPTED,
                by=user,
                person=user,
                note=_office_words(membership.get_role_display()),
            )
    confirm_email(user)
    return membership, created


# Roles and leaving ---------------------------------------------------------------------------


def _other_admins(membership):
    """The organisation's other admins, with its membership rows locked for this transaction,
    so two admins demoting each other at the same moment cannot leave it with none."""
    list(Membership.objects.select_for_update().filter(actor_id=membership.actor_id))
    return Membership.objects.filter(actor_id=membership.actor_id, role=Role.ADMIN).exclude(
        pk=membership.pk
    )


def _is_last_admin(membership):
    return membership.role == Role.ADMIN and not _other_admins(membership).exists()


@transaction.atomic
def change_role(membership, *, role, by):
    if role not in Role.values:
        raise MembershipError(_("Choose a role from the list."), code="role")
    if role == membership.role:
        return membership
    if role != Role.ADMIN and _is_last_admin(membership):
        raise MembershipError(
            _(
                "%(name)s is the only administrator of %(actor)s. Make another member an "
                "administrator first."
            )
            % {"name": membership.user, "actor": membership.actor.name},
            code="last-admin",
        )
    before = Role(membership.role).label
    membership.role = role
    membership.save(update_fields=["role"])
    _log(
        membership.actor,
        Action.ROLE_CHANGED,
        by=by,
        person=membership.user,
        note=f"{_office_words(before)} → {_office_words(Role(role).label)}",
    )
    return membership


@transaction.atomic
def remove_member(membership, *, by):
    if _is_last_admin(membership):
        raise MembershipError(
            _(
                "%(name)s is the only administrator of %(actor)s and cannot be removed. Make "
                "another member an administrator first."
            )
            % {"name": membership.user, "actor": membership.actor.name},
            code="last-admin",
        )
    membership.delete()
    action = Action.MEMBER_LEFT if by.pk == membership.user_id else Action.MEMBER_REMOVED
    _log(membership.actor, action, by=by, person=membership.user)


@transaction.atomic
def leave(membership):
    if _is_last_admin(membership):
        raise MembershipError(
            _(
                "You are the only administrator of %(actor)s. Make another member an "
                "administrator before you leave."
            )
            % {"actor": membership.actor.name},
            code="last-admin",
        )
    membership.delete()
    _log(membership.actor, Action.MEMBER_LEFT, by=membership.user, person=membership.user)


# Privacy -------------------------------------------------------------------------------------


def export_user_data(user):
    """Everything stored about this person, as JSON-ready data. The organisations' offers are
    the organisations' data, not the person's, and are not included."""

    def when(value):
        return value.isoformat() if value else None

    return {
        "exported_at": when(timezone.now()),
        "user": {
            "email": user.email,
            "full_name": user.full_name,
            "language": user.language,
            "date_joined": when(user.date_joined),
            "last_login": when(user.last_login),
            "email_verified_at": when(user.email_verified_at),
        },
        "memberships": [
            {
                "organisation": m.actor.name,
                "organisation_slug": m.actor.slug,
                "role": m.role,
                "since": when(m.created_at),
            }
            for m in user.memberships.select_related("actor").order_by("created_at", "pk")
        ],
        "join_requests": [
            {
                "organisation": r.actor.name,
                "organisation_slug": r.actor.slug,
                "message": r.message,
                "created_at": when(r.created_at),
            }
            for r in user.join_requests.select_related("actor")
        ],
        "organisation_history": [
            {
                "organisation": event.actor.name,
                "what": event.action,
                "at": when(event.at),
                "by_you": event.by_id == user.pk,
                "concerning_you": event.person_id == user.pk,
            }
            for event in ActorEvent.objects.filter(Q(by=user) | Q(person=user))
            .select_related("actor")
            .order_by("at", "pk")
        ],
    }


def actors_blocking_deletion(user):
    """Organisations where `user` is the only admin and there are other members to hand over
    to. (If they are the only member, the organisation stays, without members, for the project
    office.)"""
    blocking = []
    for membership in user.memberships.filter(role=Role.ADMIN).select_related("actor"):
        others = Membership.objects.filter(actor_id=membership.actor_id).exclude(user=user)
        if others.exists() and not others.filter(role=Role.ADMIN).exists():
            blocking.append(membership.actor)
    return blocking


@transaction.atomic
def delete_account(user):
    """Delete the person and their memberships and requests. Their organisations and those
    organisations' offers stay; moderation history keeps the event without the person."""
    blocking = actors_blocking_deletion(user)
    if blocking:
        raise MembershipError(
            _(
                "You are the only administrator of %(actors)s. Make another member an "
                "administrator first, then delete your account."
            )
            % {"actors": ", ".join(actor.name for actor in blocking)},
            code="last-admin",
        )
    user.delete()


# Approval by the project office ----------------------------------------------------------------


@transaction.atomic
def approve_actor(actor, *, by):
    """The project office approves an organisation: it is shown publicly and may submit offers.
    Its administrators are told, each in their own language."""
    if not is_office(by):
        raise MembershipError(_("Only the project office can do this."), code="forbidden")
    if actor.is_approved:
        return False
    actor.is_approved = True
    actor.save(update_fields=["is_approved", "updated_at"])
    _log(actor, Action.APPROVED, by=by)
    mail.send_to_users(admins_of(actor), "email/actors/approved", {"actor": actor})
    return True
