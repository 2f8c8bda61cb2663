"""The portal's organisation pages: profile, members, invitations and requests to join.

Every view finds the organisation through the person's own membership (`_membership`,
`_admin_membership`), so another organisation's page, member or request is a 404.
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from narvik_tilflytter.errors import flash_error

from .. import services, tokens
from ..access import portal_view
from ..forms.organisation import ActorProfileForm, InviteForm, RoleForm
from ..forms.registration import Registration
from ..models import Invitation, JoinRequest, Membership, User
from ..office import is_office
from .account import link_problem

Role = Membership.Role


def _membership(request, slug):
    """The person's own membership of the organisation `slug` (404 if they have none)."""
    return get_object_or_404(
        Membership.objects.select_related("actor"), actor__slug=slug, user=request.user
    )


def _admin_membership(request, slug):
    """As _membership, for organisations the person administers (404 otherwise)."""
    return get_object_or_404(
        Membership.objects.select_related("actor"),
        actor__slug=slug,
        user=request.user,
        role=Role.ADMIN,
    )


def _render_detail(request, membership, *, invite_form=None, error=None, status=200):
    actor = membership.actor
    is_admin = membership.role == Role.ADMIN
    members = list(
        actor.memberships.select_related("user").order_by("user__full_name", "user__email")
    )
    admin_count = sum(1 for m in members if m.role == Role.ADMIN)
    context = {
        "actor": actor,
        "membership": membership,
        "is_admin": is_admin,
        "members": members,
        "is_last_admin": is_admin and admin_count == 1,
        "role_choices": Role.choices,
        "error": error,
    }
    if is_admin:
        context.update(
            join_requests=actor.join_requests.visible().select_related("user"),
            invitations=actor.invitations.select_related("invited_by"),
            invite_form=invite_form or InviteForm(),
        )
    return render(request, "portal/organisation.html", context, status=status)


@require_http_methods(["GET", "HEAD"])
@portal_view
def actor_detail(request, slug):
    return _render_detail(request, _membership(request, slug))


@require_http_methods(["GET", "POST"])
@portal_view
def actor_edit(request, slug):
    actor = _admin_membership(request, slug).actor
    form = ActorProfileForm(request.POST or None, instance=actor)
    if request.method == "POST" and form.is_valid():
        services.update_profile(form.save(commit=False), by=request.user, changed=form.changed_data)
        messages.success(request, _("The profile is saved."))
        return redirect("portal:actor_detail", slug=actor.slug)
    return render(
        request,
        "portal/organisation_form.html",
        {"form": form, "actor": actor},
        status=400 if form.errors else 200,
    )


@require_http_methods(["GET", "POST"])
@portal_view
def actor_add(request):
    """A logged-in person registers another organisation, or asks to join one."""
    registration = Registration(
        request.POST if request.method == "POST" else None, user=request.user
    )
    if request.method == "POST" and registration.is_valid():
        if registration.chose_new:
            actor = services.create_actor(
                actor=registration.actor.save(commit=False), by=request.user
            )
            messages.success(
                request,
                _(
                    "%(actor)s is registered. The project office will look at it and e-mail "
                    "you when it is approved."
                )
                % {"actor": actor.name},
            )
            return redirect("portal:actor_detail", slug=actor.slug)
        join = registration.join.cleaned_data
        try:
            services.request_to_join(
                user=request.user, actor=join["actor"], message=join["message"]
            )
        except services.MembershipError as error:
            registration.join.add_error("actor", error)
        else:
            messages.success(
                request,
                _("Your request is sent. %(actor)s's administrators will answer it.")
                % {"actor": join["actor"].name},
            )
            return redirect("portal:dashboard")
    return render(
        request,
        "portal/organisation_add.html",
        {"registration": registration},
        status=400 if request.method == "POST" else 200,
    )


@require_POST
@portal_view
def member_invite(request, slug):
    membership = _admin_membership(request, slug)
    form = InviteForm(request.POST)
    if form.is_valid():
        try:
            invitation = services.invite(
                actor=membership.actor,
                email=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
                by=request.user,
            )
        except services.MembershipError as error:
            form.add_error("email", error)
        else:
            messages.success(
                request,
                _("The invitation is sent to %(email)s.") % {"email": invitation.email},
            )
            return redirect("portal:actor_detail", slug=slug)
    return _render_detail(request, membership, invite_form=form, status=400)


@require_POST
@portal_view
def invitation_revoke(request, slug, pk):
    membership = _admin_membership(request, slug)
    invitation = get_object_or_404(Invitation, pk=pk, actor=membership.actor)
    services.revoke_invitation(invitation, by=request.user)
    messages.success(
        request,
        _("The invitation to %(email)s is withdrawn. Its link no longer works.")
        % {"email": invitation.email},
    )
    return redirect("portal:actor_detail", slug=slug)


@require_POST
@portal_view
def member_role(request, slug, pk):
    membership = _admin_membership(request, slug)
    target = get_object_or_404(
        Membership.objects.select_related("user", "actor"), pk=pk, actor=membership.actor
    )
    form = RoleForm(request.POST)
    if not form.is_valid():
        return _render_detail(
            request, membership, error=_("Choose a role from the list."), status=400
        )
    try:
        services.change_role(target, role=form.cleaned_data["role"], by=request.user)
    except services.MembershipError as error:
        flash_error(request, error)
    else:
        messages.success(
            request,
            _("%(name)s is now: %(role)s.")
            % {"name": target.user, "role": target.get_role_display()},
        )
    return redirect("portal:actor_detail", slug=slug)


@require_POST
@portal_view
def member_remove(request, slug, pk):
    membership = _admin_membership(request, slug)
    target = get_object_or_404(
        Membership.objects.select_related("user", "actor"), pk=pk, actor=membership.actor
    )
    try:
        services.remove_member(target, by=request.user)
    except services.MembershipError as error:
        flash_error(request, error)
        return redirect("portal:actor_detail", slug=slug)
    if target.pk == membership.pk:
        messages.success(request, _("You have left %(actor)s.") % {"actor": membership.actor.name})
        return redirect("portal:dashboard")
    messages.success(
        request,
        _("%(name)s is no longer a member of %(actor)s.")
        % {"name": target.user, "actor": membership.actor.name},
    )
    return redirect("portal:actor_detail", slug=slug)


@require_POST
@portal_view
def actor_leave(request, slug):
    membership = _membership(request, slug)
    try:
        services.leave(membership)
    except services.MembershipError as error:
        flash_error(request, error)
        return redirect("portal:actor_detail", slug=slug)
    messages.success(request, _("You have left %(actor)s.") % {"actor": membership.actor.name})
    return redirect("portal:dashboard")


def _join_request(request, slug, pk):
    membership = _admin_membership(request, slug)
    return get_object_or_404(
        JoinRequest.objects.visible().select_related("user", "actor"),
        pk=pk,
        actor=membership.actor,
    )


@require_POST
@portal_view
def join_request_accept(request, slug, pk):
    join_request = _join_request(request, slug, pk)
    services.accept_join_request(join_request, by=request.user)
    messages.success(
        request,
        _("%(name)s is now a member of %(actor)s.")
        % {"name": join_request.user, "actor": join_request.actor.name},
    )
    return redirect("portal:actor_detail", slug=slug)


@require_POST
@portal_view
def join_request_decline(request, slug, pk):
    join_request = _join_request(request, slug, pk)
    services.decline_join_request(join_request, by=request.user)
    messages.success(
        request,
        _("The request from %(name)s is declined. We have told them.")
        % {"name": join_request.user},
    )
    return redirect("portal:actor_detail", slug=slug)


@require_http_methods(["GET", "HEAD", "POST"])
def invitation(request, token):
    """The link in an invitation e-mail. Anyone may open it; only the invited address can
    accept it, logged in (or after registering with it)."""
    try:
        invitation = tokens.read_invitation_token(token)
    except tokens.LinkInvalid as error:
        return link_problem(request, error, "invitation")
    user = request.user
    if is_office(user):
        return render(request, "portal/staff.html", status=403)
    context = {"invitation": invitation, "actor": invitation.actor, "token": token}
    if not user.is_authenticated:
        if request.method == "POST":
            return redirect("portal:invitation", token=token)
        context["has_account"] = User.objects.filter(email__iexact=invitation.email).exists()
        return render(request, "portal/invitation.html", context)
    if user.email.lower() != invitation.email.lower():
        return render(
            request, "portal/invitation.html", {**context, "wrong_user": True}, status=403
        )
    if request.method == "POST":
        membership, created = services.accept_invitation(invitation, user=user)
        if created:
            messages.success(
                request,
                _("Welcome! You are now a member of %(actor)s.") % {"actor": membership.actor},
            )
        else:
            messages.info(
                request,
                _("You were already a member of %(actor)s.") % {"actor": membership.actor},
            )
        return redirect("portal:actor_detail", slug=membership.actor.slug)
    return render(request, "portal/invitation.html", context)
