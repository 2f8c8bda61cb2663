"""The portal's account and organisation pages (`portal:` names, see
narvik_tilflytter/portal_urls.py). Paths are translated; slugs are not. Registering, accepting
an invitation and asking to join are rate limited per client address
(narvik_tilflytter/ratelimit.py)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from narvik_tilflytter.ratelimit import (
    INVITATION_LIMIT,
    JOIN_REQUEST_LIMIT,
    REGISTRATION_LIMIT,
    rate_limited,
)

from .views import account, needs, portal

urlpatterns = [
    path(_("register/"), rate_limited(REGISTRATION_LIMIT)(account.register), name="register"),
    path(_("confirm-email/"), account.verify_email_sent, name="verify_email_sent"),
    path(_("confirm-email/send/"), account.verify_email_resend, name="verify_email_resend"),
    path(_("confirm-email/<str:token>/"), account.verify_email, name="verify_email"),
    path(
        _("invitation/<str:token>/"),
        rate_limited(INVITATION_LIMIT)(portal.invitation),
        name="invitation",
    ),
    path(_("account/"), account.account, name="account"),
    path(_("account/my-data/"), account.account_data, name="account_data"),
    path(_("account/delete/"), account.account_delete, name="account_delete"),
    path(
        _("account/requests/<int:pk>/withdraw/"),
        account.join_request_cancel,
        name="join_request_cancel",
    ),
    path(
        _("new-organisation/"), rate_limited(JOIN_REQUEST_LIMIT)(portal.actor_add), name="actor_add"
    ),
    path(_("organisations/<slug:slug>/"), portal.actor_detail, name="actor_detail"),
    path(_("organisations/<slug:slug>/edit/"), portal.actor_edit, name="actor_edit"),
    path(_("organisations/<slug:slug>/leave/"), portal.actor_leave, name="actor_leave"),
    path(_("organisations/<slug:slug>/invite/"), portal.member_invite, name="member_invite"),
    path(
        _("organisations/<slug:slug>/invitations/<int:pk>/withdraw/"),
        portal.invitation_revoke,
        name="invitation_revoke",
    ),
    path(
        _("organisations/<slug:slug>/members/<int:pk>/role/"),
        portal.member_role,
        name="member_role",
    ),
    path(
        _("organisations/<slug:slug>/members/<int:pk>/remove/"),
        portal.member_remove,
        name="member_remove",
    ),
    path(
        _("organisations/<slug:slug>/requests/<int:pk>/accept/"),
        portal.join_request_accept,
        name="join_request_accept",
    ),
    path(
        _("organisations/<slug:slug>/requests/<int:pk>/decline/"),
        portal.join_request_decline,
        name="join_request_decline",
    ),
    path(_("organisations/<slug:slug>/recruitment/"), needs.needs, name="needs"),
    path(_("organisations/<slug:slug>/recruitment/new/"), needs.need_add, name="need_add"),
    path(
        _("organisations/<slug:slug>/recruitment/<int:pk>/edit/"),
        needs.need_edit,
        name="need_edit",
    ),
    path(
        _("organisations/<slug:slug>/recruitment/<int:pk>/confirm/"),
        needs.need_confirm,
        name="need_confirm",
    ),
    path(
        _("organisations/<slug:slug>/recruitment/<int:pk>/close/"),
        needs.need_close,
        name="need_close",
    ),
    path(
        _("organisations/<slug:slug>/recruitment/<int:pk>/reopen/"),
        needs.need_reopen,
        name="need_reopen",
    ),
]
