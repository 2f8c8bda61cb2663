"""Who may use the actor portal, and the queries that keep each organisation's data its own.

Ownership is part of the query: a view asks for `Offer.objects.filter(pk=pk,
actor__in=member_actors(request.user))`, so another organisation's offer is simply not found
(404), never "found, then refused".
"""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.shortcuts import redirect, render

from .models import Actor, JoinRequest, Membership, User
from .office import is_office


def member_actors(user):
    """The organisations `user` is a member of (any role)."""
    return Actor.objects.filter(memberships__user=user)


def admin_actors(user):
    """The organisations `user` administers."""
    return Actor.objects.filter(memberships__user=user, memberships__role=Membership.Role.ADMIN)


def members_of(actor):
    """The organisation's active people, whatever their role: who hears about its offers."""
    return User.objects.filter(memberships__actor=actor, is_active=True)


def admins_of(actor):
    """The organisation's active administrators."""
    return members_of(actor).filter(memberships__role=Membership.Role.ADMIN)


def pending_join_requests(user):
    """Requests to join the organisations `user` administers, that they should answer."""
    return JoinRequest.objects.visible().filter(actor__in=admin_actors(user))


def pending_join_request_counts(user):
    """{actor pk: number of requests waiting} for the organisations `user` administers."""
    rows = pending_join_requests(user).values("actor").annotate(n=Count("pk"))
    return {row["actor"]: row["n"] for row in rows}


def portal_view(view=None, *, verified=True):
    """Log in first; the project office (staff) works in Django admin, not in the portal; and
    the portal needs a confirmed e-mail address (unconfirmed: the "check your e-mail" page).

    `@portal_view` for portal pages; `@portal_view(verified=False)` for the few pages a person
    needs before confirming (the confirmation page itself, their account and privacy pages).
    """

    def decorator(view):
        @login_required
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if is_office(request.user):
                return render(request, "portal/staff.html", status=403)
            if verified and request.user.email_verified_at is None:
                return redirect("portal:verify_email_sent")
            return view(request, *args, **kwargs)

        return wrapped

    if view is None:
        return decorator
    return decorator(view)
