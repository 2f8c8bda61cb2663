"""Signed, expiring links in e-mails: confirming an e-mail address and accepting an invitation.

The links carry a small signed payload (TimestampSigner, its own salt per purpose) and expire
after settings.SIGNED_LINK_MAX_AGE seconds. Reading a link gives the object it is for, or raises
LinkExpired / LinkInvalid; views turn those into a clear 400 page.
"""

from django.conf import settings
from django.core import signing

from .models import Invitation, User

VERIFY_SALT = "actors.verify-email"
INVITATION_SALT = "actors.invitation"


class LinkInvalid(Exception):
    """The link was changed, cut short, or is for something that no longer exists."""


class LinkExpired(LinkInvalid):
    """The link was genuine but is older than settings.SIGNED_LINK_MAX_AGE."""


def link_days():
    """How many days a link works, for the e-mails (at least one)."""
    return max(1, settings.SIGNED_LINK_MAX_AGE // (60 * 60 * 24))


def _load(token, salt):
    try:
        return signing.TimestampSigner(salt=salt).unsign_object(
            token, max_age=settings.SIGNED_LINK_MAX_AGE
        )
    except signing.SignatureExpired:
        raise LinkExpired from None
    except (signing.BadSignature, ValueError, TypeError, UnicodeError):
        raise LinkInvalid from None


def make_verification_token(user):
    # The address is part of the payload: a link stops working if the address changes.
    return signing.TimestampSigner(salt=VERIFY_SALT).sign_object({"u": user.pk, "e": user.email})


def read_verification_token(token):
    data = _load(token, VERIFY_SALT)
    if not isinstance(data, dict):
        raise LinkInvalid
    user = User.objects.filter(pk=data.get("u"), email=data.get("e"), is_active=True).first()
    if user is None:
        raise LinkInvalid
    return user


def make_invitation_token(invitation):
    return signing.TimestampSigner(salt=INVITATION_SALT).sign_object(
        {
            "i": invitation.pk,
            "a": invitation.actor_id,
            "e": invitation.email,
            "r": invitation.role,
        }
    )


def read_invitation_token(token):
    """The invitation, if it still exists unchanged (revoked or re-sent with another role: no)."""
    data = _load(token, INVITATION_SALT)
    if not isinstance(data, dict):
        raise LinkInvalid
    invitation = (
        Invitation.objects.select_related("actor", "invited_by")
        .filter(pk=data.get("i"), actor_id=data.get("a"), email=data.get("e"), role=data.get("r"))
        .first()
    )
    if invitation is None:
        raise LinkInvalid
    return invitation
