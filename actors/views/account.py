"""Registration, e-mail confirmation, and a person's own account: details, data and deletion.

Log in, log out and passwords are Django's own views (actors/account_urls.py).
"""

import json
import time

from django.contrib import messages
from django.contrib.auth import login, logout
from django.db import IntegrityError, transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from .. import services, tokens
from ..access import portal_view
from ..forms.account import AccountForm, DeleteAccountForm
from ..forms.registration import Registration
from ..models import JoinRequest
from ..office import is_office

# The backend to log a person in with right after they register (they typed their password).
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"
# A new confirmation link at most this often (seconds), so the button cannot flood an inbox.
RESEND_INTERVAL = 60
SENT_AT = "actors.verification_sent_at"


def link_problem(request, error, purpose):
    """A clear page (400) for a link that has expired or is not valid, with a way on."""
    return render(
        request,
        "portal/link_invalid.html",
        {"expired": isinstance(error, tokens.LinkExpired), "purpose": purpose},
        status=400,
    )


def _send_verification(request, user):
    services.send_verification(user)
    request.session[SENT_AT] = time.time()


@require_http_methods(["GET", "POST"])
def register(request):
    """Register a person and either a new organisation or a request to join one; or, with
    ?invitation=…, register the invited person straight into the organisation."""
    if request.user.is_authenticated:
        return redirect("portal:actor_add")
    token = request.GET.get("invitation", "")
    invitation = None
    if token:
        try:
            invitation = tokens.read_invitation_token(token)
        except tokens.LinkInvalid as error:
            return link_problem(request, error, "invitation")
    registration = Registration(
        request.POST if request.method == "POST" else None, invitation=invitation
    )
    if request.method == "POST" and registration.is_valid():
        if invitation is None and registration.account.has_an_account():
            # Answer as for a new registration, so the page tells nobody which addresses are
            # registered; the owner gets an e-mail saying how to log in.
            services.tell_owner_of_registration_attempt(registration.account.cleaned_data["email"])
            return redirect("portal:verify_email_sent")
        try:
            with transaction.atomic():
                user = registration.account.save()
                if invitation is not None:
                    membership, _created = services.accept_invitation(invitation, user=user)
                elif registration.chose_new:
                    actor = registration.actor.save(commit=False)
                    services.create_actor(actor=actor, by=user)
                else:
                    join = registration.join.cleaned_data
                    services.request_to_join(
                        user=user, actor=join["actor"], message=join["message"]
                    )
        except services.MembershipError as error:
            # The organisation has had as many requests as it takes in a day.
            registration.join.add_error("actor", error)
            return _render_registration(request, registration, invitation)
        except IntegrityError:
            # The same address or name registered by someone else a moment ago.
            registration.account.add_error(
                None, _("Someone registered the same details just now. Check them and try again.")
            )
            return _render_registration(request, registration, invitation)
        if invitation is not None:
            # The invitation link came to this address, so it is confirmed: straight in.
            login(request, user, backend=MODEL_BACKEND)
            messages.success(
                request,
                _("Welcome! You are now a member of %(actor)s.") % {"actor": membership.actor},
            )
            return redirect("portal:actor_detail", slug=membership.actor.slug)
        # Not logged in, and no message: the answer is the same whether or not the address
        # had an account. The link in the e-mail confirms the address; then they log in.
        services.send_verification(user)
        return redirect("portal:verify_email_sent")
    return _render_registration(request, registration, invitation)


def _render_registration(request, registration, invitation):
    return render(
        request,
        "portal/register.html",
        {"registration": registration, "invitation": invitation},
        status=400 if request.method == "POST" else 200,
    )


@require_http_methods(["GET", "HEAD"])
def verify_email_sent(request):
    """ "Check your e-mail": after registering (not logged in yet), and for a logged-in person
    whose address is not confirmed."""
    if not request.user.is_authenticated:
        return render(request, "portal/verify_sent.html")
    if is_office(request.user):
        return render(request, "portal/staff.html", status=403)
    if request.user.is_email_verified:
        return redirect("portal:dashboard")
    return render(request, "portal/verify_sent.html")


@require_POST
@portal_view(verified=False)
def verify_email_resend(request):
    if request.user.is_email_verified:
        messages.info(request, _("Your e-mail address is already confirmed."))
        return redirect("portal:dashboard")
    sent_at = request.session.get(SENT_AT)
    if isinstance(sent_at, float) and time.time() - sent_at < RESEND_INTERVAL:
        messages.info(
            request,
            _(
                "We sent a link less than a minute ago. Give it a few minutes, and look in "
                "your spam folder too."
            ),
        )
    else:
        _send_verification(request, request.user)
        messages.success(
            request,
            _("We have sent a new link to %(email)s.") % {"email": request.user.email},
        )
    return redirect("portal:verify_email_sent")


@require_http_methods(["GET", "HEAD"])
def verify_email(request, token):
    """The link in the confirmation e-mail. It works without being logged in (people often open
    it on another device), and opening it twice is harmless."""
    try:
        user = tokens.read_verification_token(token)
    except tokens.LinkInvalid as error:
        return link_problem(request, error, "verify")
    if services.confirm_email(user):
        messages.success(request, _("Thank you! Your e-mail address is confirmed."))
    else:
        messages.info(request, _("Your e-mail address is already confirmed."))
    if request.user.is_authenticated and request.user.pk == user.pk:
        return redirect("portal:dashboard")
    return redirect(f"{reverse('login')}?{urlencode({'next': reverse('portal:dashboard')})}")


@require_http_methods(["GET", "POST"])
@portal_view(verified=False)
def account(request):
    form = AccountForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your details are saved."))
        return redirect("portal:account")
    join_requests = request.user.join_requests.select_related("actor").order_by("actor__name")
    return render(
        request,
        "portal/account.html",
        {"form": form, "join_requests": join_requests},
        status=400 if form.errors else 200,
    )


@require_http_methods(["GET", "HEAD"])
@portal_view(verified=False)
def account_data(request):
    """Everything we store about the person, as a JSON file to download."""
    data = services.export_user_data(request.user)
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json"
    )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="narvik-tilflytter-{stamp}.json"'
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET", "POST"])
@portal_view(verified=False)
def account_delete(request):
    blocking = services.actors_blocking_deletion(request.user)
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and not blocking and form.is_valid():
        try:
            services.delete_account(request.user)
        except services.MembershipError:
            # Someone changed the roles in the meantime: show what blocks it now.
            blocking = services.actors_blocking_deletion(request.user)
        else:
            logout(request)
            messages.success(request, _("Your account is deleted. Thank you for your work."))
            return redirect("home")
    return render(
        request,
        "portal/account_delete.html",
        {"form": form, "blocking": blocking},
        status=400 if request.method == "POST" else 200,
    )


@require_POST
@portal_view(verified=False)
def join_request_cancel(request, pk):
    join_request = get_object_or_404(
        JoinRequest.objects.select_related("actor"), pk=pk, user=request.user
    )
    join_request.delete()
    messages.success(
        request,
        _("Your request to join %(actor)s is withdrawn.") % {"actor": join_request.actor.name},
    )
    return redirect("portal:account")
